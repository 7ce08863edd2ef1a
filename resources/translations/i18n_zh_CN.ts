<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name></name>
        <message>
            <source>%1 %2 · %3 pts</source>
            <translation>%1 %2 · %3 分</translation>
        </message>
        <message>
            <source>Undefined</source>
            <translation>无定义</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>%1: due %2, done %3, %4</source>
            <translation>%1：约定 %2，完成 %3，%4</translation>
        </message>
        <message>
            <source>late</source>
            <translation>迟</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>逾期 %1 天</translation>
        </message>
        <message>
            <source>%1 days left</source>
            <translation>还有 %1 天</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1已逾期</translation>
        </message>
        <message>
            <source>%1 in %2 d</source>
            <translation>%1%2天</translation>
        </message>
        <message>
            <source>All done</source>
            <translation>全部完成</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>待%1</translation>
        </message>
        <message>
            <source>%1: %2 (committed %3, actual %4 %5)</source>
            <translation>%1：%2（承诺 %3，实绩 %4 %5）</translation>
        </message>
        <message>
            <source>%1: %2 (due %3)</source>
            <translation>%1：%2（约定 %3）</translation>
        </message>
        <message>
            <source>%1 not graded</source>
            <translation>不评级 %1 个</translation>
        </message>
        <message>
            <source>%1 met · %2 pending</source>
            <translation>已达标 %1 · 待考核 %2</translation>
        </message>
        <message>
            <source>%1 to act on</source>
            <translation>需处理 %1 条</translation>
        </message>
        <message>
            <source>Agreements: %1 added, %2 updated, %3 unchanged, %4 refused</source>
            <translation>项目协议：新增 %1，更新 %2，未变 %3，拒收 %4</translation>
        </message>
        <message>
            <source>Yearly reports: %1 added, %2 updated, %3 unchanged, %4 refused</source>
            <translation>年度报表：新增 %1，更新 %2，未变 %3，拒收 %4</translation>
        </message>
        <message>
            <source>Refused: %1 row %2 [%3] %4</source>
            <translation>拒收 %1 第 %2 行【%3】%4</translation>
        </message>
        <message>
            <source>Note: %1 row %2 [%3] %4</source>
            <translation>提示 %1 第 %2 行【%3】%4</translation>
        </message>
        <message>
            <source>Project import template.xlsx</source>
            <translation>项目履约导入模板.xlsx</translation>
        </message>
        <message>
            <source>Project appraisal.pdf</source>
            <translation>项目履约评价.pdf</translation>
        </message>
        <message>
            <source>%1 mu</source>
            <translation>%1 亩</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1: reward of %2 (10k yuan) payable</source>
            <translation>%1 年可兑现奖励 %2 万元</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>%1 reward: not payable (%2)</source>
            <translation>%1 年奖励：不兑现（%2）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Penalty exposure %1 (10k yuan)</source>
            <translation>违约风险 %1 万元</translation>
        </message>
        <message>
            <source>: %1 missed</source>
            <translation>：%1未达标</translation>
        </message>
        <message>
            <source>No missed commitments: no penalty applies</source>
            <translation>无未达标承诺，不涉及违约责任</translation>
        </message>
        <message>
            <source>Penalty clause: %1</source>
            <translation>违约条款：%1</translation>
        </message>
        <message>
            <source>%1: </source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>&lt;b&gt;What would it take:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;还差多少：&lt;/b&gt;%1</translation>
        </message>
        <message>
            <source>Investment report-%1.%2</source>
            <translation>招商统计-%1.%2</translation>
        </message>
        <message>
            <source>Investment pipeline → New deal… records one.</source>
            <translation>在“招商项目”中点“新建项目…”登记。</translation>
        </message>
        <message>
            <source>Amounts are planned investment; details in Investment pipeline → Report.</source>
            <translation>金额为计划投资；明细见“招商项目 → 统计”。</translation>
        </message>
        <message>
            <source>%1: %2 / %3　%4</source>
            <translation>%1：%2 / %3　%4</translation>
        </message>
        <message>
            <source>Risks: %1</source>
            <translation>风险：%1</translation>
        </message>
        <message>
            <source>%1 ×10k yuan/mu</source>
            <translation>%1 万元/亩</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>%1 sites on offer; Sites… in a deal's detail matches them</source>
            <translation>载体库共 %1 个；在项目详情中点“载体…”为项目匹配</translation>
        </message>
    </context>
    <context>
        <name>targeting</name>
        <message>
            <source>Through firms here: %1 of %2</source>
            <translation>以商引商：%2的%1</translation>
        </message>
    </context>
</TS>
