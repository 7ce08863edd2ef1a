<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to the team database</source>
            <translation>连接团队数据库</translation>
        </message>
        <message>
            <source>The bureau's shared database on its PostgreSQL server. Ask the database administrator for the server, the database name and your login.</source>
            <translation>局里共用的数据库，位于 PostgreSQL 服务器上。服务器地址、数据库名和您的登录名请向数据库管理员索取。</translation>
        </message>
        <message>
            <source>e.g. 10.20.1.15 or db.swj.local</source>
            <translation>如 10.20.1.15 或 db.swj.local</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Remember the password in the system keyring</source>
            <translation>在系统钥匙串中记住密码</translation>
        </message>
        <message>
            <source>No system keyring is available: the password is asked each time (never written to a file).</source>
            <translation>本机没有可用的系统钥匙串：每次连接时询问密码（密码从不写入文件）。</translation>
        </message>
        <message>
            <source>If the server cannot be reached, keep working in a local database (File → Open database…).</source>
            <translation>服务器连不上时，可以继续在本机数据库中工作（文件 → 打开数据库…）。</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Fill in: %1</source>
            <translation>请填写：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Connect to the &amp;team database…</source>
            <translation>连接团队数据库(&amp;T)…</translation>
        </message>
        <message>
            <source>The team database is backed up on its server by the database administrator, not on this laptop.</source>
            <translation>团队数据库由数据库管理员在服务器上备份，不在本机备份。</translation>
        </message>
        <message>
            <source>Team database %1</source>
            <translation>团队数据库 %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>The team database is backed up on its server by the database administrator (docs/team-database.md, section 3), not on this laptop.</source>
            <translation>团队数据库由数据库管理员在服务器上备份（见 docs/team-database.md 第 3 节），不在本机备份。</translation>
        </message>
        <message>
            <source>Connect to the team database…</source>
            <translation>连接团队数据库…</translation>
        </message>
        <message>
            <source>Team database %1</source>
            <translation>团队数据库 %1</translation>
        </message>
        <message>
            <source>%1 firms · on the team's server · schema version %3 · created %4</source>
            <translation>企业 %1 家 · 位于团队服务器 · 结构版本 %3 · 创建于 %4</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Work in the local database instead?</source>
            <translation>改为使用本机数据库吗？</translation>
        </message>
    </context>
</TS>
