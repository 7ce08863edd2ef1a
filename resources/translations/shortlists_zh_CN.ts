<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../ui/views/shortlists.py" line="153" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="158" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="159" />
      <source>Title</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="160" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="161" />
      <source>E-mail</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="162" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="170" />
      <source>Personal data: shown in full here and in the dossier, masked in lists and exports.</source>
      <translation>个人信息：此处和走访档案中完整显示，名单和导出文件中脱敏。</translation>
    </message>
  </context>
  <context>
    <name>DossierPrint</name>
    <message>
      <location filename="../../ui/dossier_print.py" line="711" />
      <source>Print preview — visit dossiers</source>
      <translation>打印预览——走访档案</translation>
    </message>
    <message>
      <location filename="../../ui/dossier_print.py" line="713" />
      <source>Print preview — visit dossier</source>
      <translation>打印预览——走访档案</translation>
    </message>
  </context>
  <context>
    <name>OutreachPanel</name>
    <message>
      <location filename="../../ui/views/shortlists.py" line="259" />
      <source>Choose a firm to see its stage, contacts and visits.</source>
      <translation>选择一家企业，查看其跟进阶段、联系人和走访记录。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="275" />
      <location filename="../../ui/views/shortlists.py" line="310" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="276" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="277" />
      <source>Visits</source>
      <translation>走访</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="295" />
      <source>Required when dropping a firm</source>
      <translation>标记为“已放弃”时必填</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="297" />
      <source>New stage</source>
      <translation>新阶段</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="298" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="299" />
      <location filename="../../ui/views/shortlists.py" line="310" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="301" />
      <source>Change stage</source>
      <translation>更新阶段</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="307" />
      <source>History</source>
      <translation>阶段历史</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="310" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="322" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="322" />
      <source>Title</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="322" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="329" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="330" />
      <location filename="../../ui/views/shortlists.py" line="359" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="331" />
      <location filename="../../ui/views/shortlists.py" line="361" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="345" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="345" />
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="345" />
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="358" />
      <source>Log visit…</source>
      <translation>登记走访…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="360" />
      <source>Next step done</source>
      <translation>下一步已完成</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="403" />
      <source>On shortlists: %1</source>
      <translation>所在名单：%1</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="411" />
      <source>Current stage: %1</source>
      <translation>当前阶段：%1</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="501" />
      <source>Changing stage</source>
      <translation>正在更新阶段</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="511" />
      <location filename="../../ui/views/shortlists.py" line="522" />
      <source>Saving contact</source>
      <translation>正在保存联系人</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="530" />
      <source>Delete the contact %1?</source>
      <translation>删除联系人“%1”？</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="533" />
      <source>Deleting contact</source>
      <translation>正在删除联系人</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="542" />
      <location filename="../../ui/views/shortlists.py" line="552" />
      <location filename="../../ui/views/shortlists.py" line="561" />
      <source>Saving visit</source>
      <translation>正在保存走访记录</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="569" />
      <source>Delete the visit of %1?</source>
      <translation>删除 %1 的走访记录？</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="571" />
      <source>Deleting visit</source>
      <translation>正在删除走访记录</translation>
    </message>
  </context>
  <context>
    <name>ShortlistsView</name>
    <message>
      <location filename="../../ui/views/shortlists.py" line="66" />
      <source>#</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="67" />
      <source>Firm</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="68" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="69" />
      <source>Direction</source>
      <translation>产业方向</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="70" />
      <source>Score</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="71" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="72" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="590" />
      <source>Shortlists &amp; visits</source>
      <translation>名单与走访</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="593" />
      <source>Print preview…</source>
      <translation>打印预览…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="595" />
      <source>Preview and print the dossier of the chosen firm (Ctrl+P: the whole list)</source>
      <translation>预览并打印所选企业的走访档案（Ctrl+P：整份名单）</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="598" />
      <source>Dossiers to PDF…</source>
      <translation>走访档案导出 PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="600" />
      <source>Export to Excel…</source>
      <translation>导出 Excel…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="610" />
      <source>Shortlists</source>
      <translation>名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="618" />
      <source>New…</source>
      <translation>新建…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="619" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="620" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="630" />
      <source>Next steps due</source>
      <translation>到期的下一步</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="631" />
      <source>Overdue and due within a week; double-click to open the firm.</source>
      <translation>已逾期和一周内到期的事项；双击打开企业。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="664" />
      <source>This list is empty. Add firms from Firms or Recommendations with “Add to shortlist”.</source>
      <translation>名单中还没有企业。可在“企业库”或“推荐”中用“加入名单”添加。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="670" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="671" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="672" />
      <source>Remove from list</source>
      <translation>移出名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="681" />
      <source>Drag rows to change the order; double-click a note to edit it.</source>
      <translation>拖动行可调整顺序；双击备注可编辑。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="731" />
      <source>%1 shortlists, %2 firms in the chosen one, %3 next steps due</source>
      <translation>%1 份名单，当前名单 %2 家企业，%3 项下一步到期</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="755" />
      <source>No shortlist yet — create one with “New…”</source>
      <translation>还没有名单——点“新建…”创建</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="765" />
      <source>Owner: %1</source>
      <translation>负责人：%1</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="790" />
      <source>Double-click to write a note</source>
      <translation>双击填写备注</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="818" />
      <source>%1 days overdue</source>
      <translation>逾期 %1 天</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="820" />
      <source>due today</source>
      <translation>今天到期</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="822" />
      <source>due in %1 days</source>
      <translation>%1 天后到期</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="829" />
      <source>Nothing due.</source>
      <translation>没有到期事项。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="883" />
      <source>New shortlist</source>
      <translation>新建名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="883" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="888" />
      <source>Creating shortlist</source>
      <translation>正在新建名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="896" />
      <source>Rename shortlist</source>
      <translation>重命名名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="896" />
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="903" />
      <source>Renaming shortlist</source>
      <translation>正在重命名名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="911" />
      <source>Delete the shortlist “%1”? The firms stay in the database.</source>
      <translation>删除名单“%1”？名单中的企业仍保留在企业库中。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="917" />
      <source>Deleting shortlist</source>
      <translation>正在删除名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="925" />
      <source>Reordering</source>
      <translation>正在调整顺序</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="942" />
      <source>Removing from shortlist</source>
      <translation>正在移出名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="954" />
      <source>Saving note</source>
      <translation>正在保存备注</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="973" />
      <location filename="../../ui/views/shortlists.py" line="1006" />
      <source>There is nothing to print: the list is empty.</source>
      <translation>没有可打印的内容：名单是空的。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="992" />
      <source>no printer installed (print to PDF instead)</source>
      <translation>未安装打印机（可改为输出 PDF）</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1011" />
      <source>Save dossiers as PDF</source>
      <translation>将走访档案保存为 PDF</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1013" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1023" />
      <source>Laying out the dossiers…</source>
      <translation>正在排版走访档案…</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1023" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1025" />
      <location filename="../../ui/views/shortlists.py" line="1052" />
      <source>Dossiers to PDF</source>
      <translation>走访档案导出 PDF</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1039" />
      <source>%1 dossiers, %2 pages, written to %3.</source>
      <translation>已生成 %1 份走访档案，共 %2 页，保存在 %3。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1047" />
      <source>Cancelled; no file was written.</source>
      <translation>已取消，没有写入文件。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1067" />
      <source>Export shortlist</source>
      <translation>导出名单</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1067" />
      <source>Excel files (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1077" />
      <source>Include full contact details (phone, e-mail, names)? They are personal data: choose No to export them masked.</source>
      <translation>导出完整的联系人信息（电话、邮箱、姓名）吗？这些是个人信息：选“否”将脱敏导出。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1085" />
      <source>Exported to %1.</source>
      <translation>已导出到 %1。</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="1091" />
      <source>Exporting shortlist</source>
      <translation>正在导出名单</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../ui/views/shortlists.py" line="190" />
      <source>Visit</source>
      <translation>走访记录</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="194" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="197" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="198" />
      <source>Our staff</source>
      <translation>我方人员</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="199" />
      <source>Their people</source>
      <translation>对方人员</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="205" />
      <source>Summary</source>
      <translation>会谈纪要</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="206" />
      <source>What they asked for</source>
      <translation>企业诉求</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="207" />
      <source>Expansion plans</source>
      <translation>扩产计划</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="208" />
      <source>Land and cost pressure</source>
      <translation>用地与成本压力</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="216" />
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="218" />
      <source>Due on</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="226" />
      <source>Next step date</source>
      <translation>下一步日期</translation>
    </message>
  </context>
  <context>
    <name>stages</name>
    <message>
      <location filename="../../ui/views/shortlists.py" line="56" />
      <source>Lead</source>
      <translation>线索</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="57" />
      <source>Contacted</source>
      <translation>已接洽</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="58" />
      <source>Visited</source>
      <translation>已走访</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="59" />
      <source>Negotiating</source>
      <translation>洽谈中</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="60" />
      <source>Signed</source>
      <translation>已签约</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="61" />
      <source>Landed</source>
      <translation>已落地</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="62" />
      <source>Dropped</source>
      <translation>已放弃</translation>
    </message>
    <message>
      <location filename="../../ui/views/shortlists.py" line="64" />
      <source>Not in pipeline</source>
      <translation>未跟进</translation>
    </message>
  </context>
  <context>
    <name>views</name>
    <message>
      <location filename="../../ui/views/__init__.py" line="127" />
      <source>Shortlists &amp; visits</source>
      <translation>名单与走访</translation>
    </message>
    <message>
      <location filename="../../ui/views/__init__.py" line="127" />
      <source>Shortlists, outreach stages, contacts, visits and printed visit dossiers</source>
      <translation>重点企业名单、跟进阶段、联系人、走访记录和走访档案打印</translation>
    </message>
  </context>
</TS>