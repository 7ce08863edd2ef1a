<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>MainWindow</name>
    <message>
      <source>Working copy of %1, checked out %2</source>
      <translation>工作副本：来自 %1，%2 带出</translation>
    </message>
    <message>
      <source>working copy</source>
      <translation>工作副本</translation>
    </message>
    <message>
      <source>Check &amp;out a working copy…</source>
      <translation>带出工作副本(&amp;O)…</translation>
    </message>
    <message>
      <source>Check &amp;in and merge…</source>
      <translation>带回并合并(&amp;I)…</translation>
    </message>
  </context>
  <context>
    <name>SyncDialogs</name>
    <message>
      <source>Save the working copy as</source>
      <translation>工作副本保存为</translation>
    </message>
    <message>
      <source>ChainFill databases (*.sqlite)</source>
      <translation>ChainFill 数据库 (*.sqlite)</translation>
    </message>
    <message>
      <source>Working copy saved: %1 firms in %2. Open it to work offline.</source>
      <translation>工作副本已保存：%1 家企业，文件 %2。打开该文件即可离线工作。</translation>
    </message>
    <message>
      <source>Check in a working copy</source>
      <translation>带回工作副本</translation>
    </message>
    <message>
      <source>ChainFill databases (*.sqlite);;All files (*)</source>
      <translation>ChainFill 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
      <source>%1 changes merged.</source>
      <translation>已合并 %1 处改动。</translation>
    </message>
    <message>
      <source>%1 conflicts wait for your decision.</source>
      <translation>%1 处冲突等待您决定。</translation>
    </message>
  </context>
  <context>
    <name>SyncConflictDialog</name>
    <message>
      <source>Check-in conflicts</source>
      <translation>带回冲突</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>At checkout</source>
      <translation>带出时（基准）</translation>
    </message>
    <message>
      <source>Mine (this copy)</source>
      <translation>我的（本副本）</translation>
    </message>
    <message>
      <source>Theirs (team)</source>
      <translation>团队的</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <source>No conflicts are waiting.</source>
      <translation>没有等待处理的冲突。</translation>
    </message>
    <message>
      <source>Keep my choices</source>
      <translation>保存选择</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>CheckoutDialog</name>
    <message>
      <source>Check out a working copy</source>
      <translation>带出工作副本</translation>
    </message>
    <message>
      <source>A working copy takes the chosen firms with their contacts, visits, stages, shortlists, projects and deals to this laptop, to work on without a connection. Check it in when you are back.</source>
      <translation>工作副本把所选企业及其联系人、走访记录、跟进阶段、名单、项目带到本机，无需联网即可工作。回来后“带回并合并”。</translation>
    </message>
    <message>
      <source>My shortlists, stages and deals</source>
      <translation>本人负责的名单、跟进和项目</translation>
    </message>
    <message>
      <source>Shortlist: %1</source>
      <translation>名单：%1</translation>
    </message>
    <message>
      <source>All firms</source>
      <translation>全部企业</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
</TS>
