<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>MappingPage</name>
        <message>
            <source>Every column of the file, with its first values. Choose the field each column holds in the drop-down above it (ChainFill pre-selects what it recognised), or choose not to import it. The firm name is needed.</source>
            <translation>下面列出文件的每一列及其前几行的值。请在每列上方的下拉框中选择该列对应的字段（程序已预选能识别的列），或选择不导入该列。至少要指定企业名称。</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Your details</source>
            <translation>本人信息</translation>
        </message>
        <message>
            <source>Named as the owner of shortlists, the compiler of dossiers and in the change log, instead of the computer's login name.</source>
            <translation>用作重点名单的负责人、走访材料的编制人和操作记录中的人名，代替电脑的登录名。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>科室</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
    </context>
    <context>
        <name>FirmDetail</name>
        <message>
            <source>Show the arithmetic</source>
            <translation>显示计算明细</translation>
        </message>
    </context>
    <context>
        <name>CandidatesView</name>
        <message>
            <source>Only firms in the catalog's directions</source>
            <translation>只看产业目录方向内的企业（隐藏银行、房地产等目录外企业）</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <source>None yet: no scored firm in this segment.</source>
            <translation>暂无：该环节还没有已评分的候选企业。</translation>
        </message>
    </context>
    <context>
        <name>RatesEditor</name>
        <message>
            <source>Rates as of</source>
            <translation>汇率日期</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Yuan per unit</source>
            <translation>1 单位折合人民币（元）</translation>
        </message>
        <message>
            <source>Save and re-rank</source>
            <translation>保存并重新评分</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <source>How many yuan one unit of this currency is worth</source>
            <translation>1 单位该币种折合多少元人民币</translation>
        </message>
        <message>
            <source>Foreign-currency registered capital is converted at these rates for scoring and dossiers. Double-click a rate to change it.</source>
            <translation>外币注册资本按此表折算为人民币，用于评分和走访档案。双击汇率即可修改。</translation>
        </message>
        <message>
            <source>Saved; re-ranking every firm…</source>
            <translation>已保存，正在按新汇率重新评分…</translation>
        </message>
        <message>
            <source>Re-ranking with the new exchange rates</source>
            <translation>按新汇率重新评分</translation>
        </message>
        <message>
            <source>Rates saved; %1 firms re-ranked.</source>
            <translation>汇率已保存；已重新评分 %1 家企业。</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <source>Yuan per unit of each currency.</source>
            <translation>各币种 1 单位折合人民币的元数，外币注册资本按此折算。</translation>
        </message>
    </context>
    <context>
        <name>OutreachPanel</name>
        <message>
            <source>Recorded by %1</source>
            <translation>经办人：%1</translation>
        </message>
        <message>
            <source>E-mail: %1</source>
            <translation>邮箱：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;User guide</source>
            <translation>使用指南(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>补链招商助手 使用指南</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>ChainFill user guide.pdf</source>
            <translation>补链招商助手使用指南.pdf</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
    </context>
    <context>
        <name />
        <message>
            <source>Brought-in projects</source>
            <translation>项目履约</translation>
        </message>
        <message>
            <source>Commitments against actuals, milestones and the per-mu appraisal of brought-in projects</source>
            <translation>引进项目的承诺与实绩、节点进度和亩均效益评价</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Template…</source>
            <translation>模板…</translation>
        </message>
        <message>
            <source>Print sheet…</source>
            <translation>打印评价表…</translation>
        </message>
        <message>
            <source>Print summary…</source>
            <translation>打印汇总…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Grades A / B / C / D</source>
            <translation>等级 A / B / C / D</translation>
        </message>
        <message>
            <source>Commitments at risk / missed</source>
            <translation>承诺有风险 / 未达标</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>All zones</source>
            <translation>全部集聚区</translation>
        </message>
        <message>
            <source>All directions</source>
            <translation>全部方向</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <source>Not graded</source>
            <translation>不评级</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部履约状态</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>最近年度</translation>
        </message>
        <message>
            <source>Search projects or firms…</source>
            <translation>搜索项目或企业…</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>项目一览</translation>
        </message>
        <message>
            <source>Alerts (%1)</source>
            <translation>提醒（%1）</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>承诺履约</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database.</source>
            <translation>还没有引进项目。可从 Excel 模板导入项目协议和年度报表，或打开演示数据库。</translation>
        </message>
        <message>
            <source>No project matches the filters.</source>
            <translation>没有符合筛选条件的项目。</translation>
        </message>
        <message>
            <source>Select a project on the left.</source>
            <translation>请在左侧选择一个项目。</translation>
        </message>
        <message>
            <source>Per-mu appraisal</source>
            <translation>亩均效益评价</translation>
        </message>
        <message>
            <source>Indicators against their benchmarks</source>
            <translation>各指标与基准值之比（竖线为基准，最高按封顶倍数计）</translation>
        </message>
        <message>
            <source>Committed vs actual</source>
            <translation>承诺与实绩</translation>
        </message>
        <message>
            <source>Project milestones</source>
            <translation>项目节点</translation>
        </message>
        <message>
            <source>Yearly reports</source>
            <translation>年度报表</translation>
        </message>
        <message>
            <source>Edit year…</source>
            <translation>编辑所选年度…</translation>
        </message>
        <message>
            <source>Add year…</source>
            <translation>新增年度…</translation>
        </message>
        <message>
            <source>Rewards and penalties</source>
            <translation>奖励与违约</translation>
        </message>
        <message>
            <source>What would it take</source>
            <translation>还差多少</translation>
        </message>
        <message>
            <source>committed</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>实绩</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Yearly report</source>
            <translation>年度报表</translation>
        </message>
        <message>
            <source>Report year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Leave a figure empty when it was not reported; it is then left out, never counted as 0.</source>
            <translation>未报的数字请留空：留空的指标不参与评分，不按 0 计。</translation>
        </message>
        <message>
            <source>Not a number: %1</source>
            <translation>不是数字：%1</translation>
        </message>
        <message>
            <source>Import projects</source>
            <translation>导入项目</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the import template</source>
            <translation>保存导入模板</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Export the appraisal to PDF</source>
            <translation>导出评价表 PDF</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Act now</source>
            <translation>需立即处理</translation>
        </message>
        <message>
            <source>%1 projects, grades A/B/C/D %2, %3 alerts</source>
            <translation>项目 %1 个，等级 A/B/C/D %2，提醒 %3 条</translation>
        </message>
        <message>
            <source>Record a milestone…</source>
            <translation>登记节点完成…</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Not reached yet (clear the date)</source>
            <translation>尚未完成（清除日期）</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>需关注</translation>
        </message>
        <message>
            <source>Double-click a year to edit its report.</source>
            <translation>双击某一年度可编辑该年报表。</translation>
        </message>
        <message>
            <source>%1: %2; committed %3 %4, actual %5 %4</source>
            <translation>%1 年：%2；承诺 %3 %4，实绩 %5 %4</translation>
        </message>
        <message>
            <source>; trend to %1: %2</source>
            <translation>；趋势至 %1 年 %2</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1（约定 %2）</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>承诺事项</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>承诺值</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>实绩</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>考核日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>%1　agreement %2　signed %3　%4　%5　land %6</source>
            <translation>%1　协议 %2　签约 %3　%4　%5　用地 %6</translation>
        </message>
        <message>
            <source>%1 per-mu appraisal: grade %2, score %3</source>
            <translation>%1 年亩均评价：等级 %2，综合得分 %3</translation>
        </message>
        <message>
            <source>%1 per-mu appraisal: not graded</source>
            <translation>%1 年亩均评价：不评级</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1。%2</translation>
        </message>
        <message>
            <source>Not agreed</source>
            <translation>未约定</translation>
        </message>
        <message>
            <source>Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, jobs, R&amp;D ratio</source>
            <translation>每个圆点依次为：固定资产投资、亩均投资、达产产值、年纳税额、就业人数、研发投入占比</translation>
        </message>
        <message>
            <source>committed (assessed in %1)</source>
            <translation>承诺值（%1 年考核）</translation>
        </message>
        <message>
            <source>Invested to date (10k yuan)</source>
            <translation>累计投资(万元)</translation>
        </message>
        <message>
            <source>Output value (10k yuan)</source>
            <translation>总产值(万元)</translation>
        </message>
        <message>
            <source>Revenue (10k yuan)</source>
            <translation>营业收入(万元)</translation>
        </message>
        <message>
            <source>Value added (10k yuan)</source>
            <translation>增加值(万元)</translation>
        </message>
        <message>
            <source>Tax paid (10k yuan)</source>
            <translation>实缴税收(万元)</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>从业人数</translation>
        </message>
        <message>
            <source>Energy (t of coal eq.)</source>
            <translation>能耗(吨标煤)</translation>
        </message>
        <message>
            <source>Emissions (t)</source>
            <translation>排放(吨)</translation>
        </message>
        <message>
            <source>R&amp;D spending (10k yuan)</source>
            <translation>研发支出(万元)</translation>
        </message>
        <message>
            <source>Land in use (mu)</source>
            <translation>实际用地(亩)</translation>
        </message>
        <message>
            <source>Rewards paid (10k yuan)</source>
            <translation>已兑现奖励(万元)</translation>
        </message>
        <message>
            <source>Project details</source>
            <translation>项目用地与规模</translation>
        </message>
        <message>
            <source>Land (mu)</source>
            <translation>用地面积（亩）</translation>
        </message>
        <message>
            <source>Leased floor space (m²)</source>
            <translation>租赁厂房建筑面积（平方米）</translation>
        </message>
        <message>
            <source>Below the statistical scale (规下)</source>
            <translation>规下企业（规模以下工业企业）</translation>
        </message>
        <message>
            <source>A 规下 firm is appraised on fewer indicators: %1.</source>
            <translation>规下企业按较少的指标评价：%1。</translation>
        </message>
        <message>
            <source>Leased premises without land of their own: enter 0 or leave the land empty, and the floor space is converted to land by the plot ratio %1.</source>
            <translation>租赁厂房、无自有用地的项目：用地留空或填 0，按建筑面积以容积率 %1 折算用地。</translation>
        </message>
        <message>
            <source>Appraised on %1 mu (floor space ÷ plot ratio %2 ÷ 666.67 m² per mu).</source>
            <translation>按折算用地 %1 亩评价（建筑面积 ÷ 容积率 %2 ÷ 666.67 平方米/亩）。</translation>
        </message>
        <message>
            <source>Add a bonus or deduction item…</source>
            <translation>新增加减分项…</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>veto: grade D</source>
            <translation>一票否决（定为 D 档）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>e.g. the penalty decision's number and date</source>
            <translation>如处罚决定书文号和日期</translation>
        </message>
        <message>
            <source>default %1; empty keeps the default</source>
            <translation>默认 %1，留空即用默认值</translation>
        </message>
        <message>
            <source>Land and size…</source>
            <translation>用地与规模…</translation>
        </message>
        <message>
            <source>Land, leased floor space and whether the firm is below the statistical scale (规下)</source>
            <translation>用地面积、租赁厂房面积和是否规下企业</translation>
        </message>
        <message>
            <source>Bonus and deduction items</source>
            <translation>加减分项</translation>
        </message>
        <message>
            <source>Entered per year; they move that year's score, and a veto item sets grade D.</source>
            <translation>按年度登记，计入该年度综合得分；一票否决项直接定为 D 档。</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>No bonus or deduction items.</source>
            <translation>暂无加减分项。</translation>
        </message>
        <message>
            <source>Counts in %1, not in the year shown</source>
            <translation>计入 %1 年，不计入当前显示年度的得分</translation>
        </message>
        <message>
            <source>%1 mu converted from %2 m² leased</source>
            <translation>折算 %1 亩（租赁厂房 %2 平方米）</translation>
        </message>
        <message>
            <source>below the statistical scale (规下)</source>
            <translation>规下企业</translation>
        </message>
        <message>
            <source>Remove this bonus or deduction item?</source>
            <translation>删除这条加减分记录？</translation>
        </message>
        <message>
            <source>Per-mu composite score: %1</source>
            <translation>亩均综合得分：%1</translation>
        </message>
        <message>
            <source>Score: %1</source>
            <translation>得分：%1</translation>
        </message>
    </context>
</TS>
