<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>restore</name>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Replace the content of the open database with this backup?
%1

The current database is backed up first, so this can be undone.</source>
            <translation>用这份备份替换当前数据库的内容吗？
%1

替换前会先备份当前数据库，可以撤回。</translation>
        </message>
        <message>
            <source>Restored. The database as it was before is kept as a backup:
%1</source>
            <translation>已恢复。恢复前的数据库已保存为备份：
%1</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation>正在恢复</translation>
        </message>
        <message>
            <source>Database damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>The database failed its integrity check and no sound backup was found.
Copy the database file somewhere safe before working with it.</source>
            <translation>数据库未通过完整性检查，且没有找到完好的备份。
请先把数据库文件复制到安全的位置，再继续使用。</translation>
        </message>
        <message>
            <source>The database failed its integrity check.</source>
            <translation>数据库未通过完整性检查。</translation>
        </message>
        <message>
            <source>The newest sound backup is:
%1
Restore it now?</source>
            <translation>最新的完好备份是：
%1
现在恢复吗？</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>暂不</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Restore selected…</source>
            <translation>从所选备份恢复…</translation>
        </message>
        <message>
            <source>Restore from file…</source>
            <translation>从文件恢复…</translation>
        </message>
        <message>
            <source>Select a backup in the list first.</source>
            <translation>请先在列表中选择一份备份。</translation>
        </message>
        <message>
            <source>Restore from file</source>
            <translation>从文件恢复</translation>
        </message>
        <message>
            <source>ChainFill database (*.sqlite *.db);;All files (*)</source>
            <translation>ChainFill 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Automatic backups to keep:</source>
            <translation>自动备份保留份数：</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>All fields when the firm was added</source>
            <translation>建档时的全部字段</translation>
        </message>
    </context>
</TS>
