<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>SyncConflictDialog</name>
    <message>
      <source>Deleted on this laptop (delete it)</source>
      <translation>本机已删除（删除）</translation>
    </message>
    <message>
      <source>Keep: %1</source>
      <translation>保留：%1</translation>
    </message>
    <message>
      <source>These fields were changed both on this laptop and in the team database since the copy was checked out (or a record deleted here was changed there). Choose which to keep for each; nothing of these records is written until you decide. Check in again to apply your choices.</source>
      <translation>自带出以来，以下字段在本机和团队数据库中都被修改过（或本机删除的记录同事改过）。请逐项选择保留哪一方；决定之前，这些记录都不会写入。选择后再次“带回并合并”即可生效。</translation>
    </message>
  </context>
  <context>
    <name>SyncDialogs</name>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
  </context>
</TS>
