<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AppContext</name>
    <message>
      <source>Changes saved by others were loaded.</source>
      <translation>已载入其他人保存的修改。</translation>
    </message>
  </context>
  <context>
    <name>FirmEditDialog</name>
    <message>
      <source>Not saved: %1 changed this firm meanwhile.</source>
      <translation>未保存：%1 在此期间修改了这家企业。</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Someone else saved this firm</source>
      <translation>其他人已修改这家企业</translation>
    </message>
    <message>
      <source>%1 saved this firm at %2, after you opened it. Choose for each field which value to keep; saving then applies your choices to their version.</source>
      <translation>%1 在您打开后于 %2 保存了这家企业。请逐项选择保留哪个值；保存时按您的选择在其版本上修改。</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Saved by %1</source>
      <translation>%1 保存的</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>您填写的</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <source>Save my choices</source>
      <translation>按所选保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Choosing the person</source>
      <translation>正在选择本人</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <source>investment officer</source>
      <translation>招商专员</translation>
    </message>
    <message>
      <source>read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>On this database: %1, not on its list of people.</source>
      <translation>在本数据库：%1，尚未登记在人员名单中。</translation>
    </message>
    <message>
      <source>On this database: %1, %2.</source>
      <translation>在本数据库：%1，%2。</translation>
    </message>
    <message>
      <source>(deactivated)</source>
      <translation>（已停用）</translation>
    </message>
  </context>
</TS>
