<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>DashboardView</name>
        <message>
            <source>scored, in the catalog's directions</source>
            <translation>已评分、属于目录方向</translation>
        </message>
        <message>
            <source>Scored firms in one of the catalog's directions: what Recommendations lists by default. %1 more are scored but outside the catalog (banks, developers …).</source>
            <translation>已评分且属于目录中某一产业方向的企业，即“推荐”默认列出的企业。另有 %1 家已评分但不在目录内（银行、房地产开发商等）。</translation>
        </message>
    </context>
</TS>
