<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>views</name>
        <message>
            <source>Investment pipeline</source>
            <translation>招商项目</translation>
        </message>
        <message>
            <source>Deals under negotiation by stage, pre-entry assessment, sites and reports</source>
            <translation>在谈项目按阶段排列、引进前评估、载体与招商统计</translation>
        </message>
    </context>
    <context>
        <name />
        <message>
            <source>Someone else saved this deal</source>
            <translation>他人已修改此招商项目</translation>
        </message>
        <message>
            <source>%1 saved this deal at %2, after you opened it, and changed the same fields (theirs → yours):</source>
            <translation>%1 在您打开后于 %2 保存了此招商项目，并修改了相同的字段（对方 → 您）：</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>保留对方的</translation>
        </message>
        <message>
            <source>Investment pipeline</source>
            <translation>招商项目</translation>
        </message>
        <message>
            <source>Drag a deal onto a stage to move it</source>
            <translation>把项目拖到阶段上即可改变阶段</translation>
        </message>
        <message>
            <source>New deal…</source>
            <translation>新建项目…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Assessment…</source>
            <translation>项目评估…</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>签约…</translation>
        </message>
        <message>
            <source>Hand off…</source>
            <translation>移交镇街…</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>看板</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>All officers</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <source>All towns</source>
            <translation>全部镇街</translation>
        </message>
        <message>
            <source>Search deals or firms…</source>
            <translation>搜索项目或企业…</translation>
        </message>
        <message>
            <source>%1 deals, %2 planned</source>
            <translation>项目 %1 个，计划投资 %2</translation>
        </message>
        <message>
            <source>Board · %1 live · %2</source>
            <translation>看板 · 在册 %1 个 · %2</translation>
        </message>
        <message>
            <source>Deals shown that are not dropped, and their planned investment</source>
            <translation>所列未放弃项目的个数及计划投资合计</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>In town</source>
            <translation>镇街</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划投资</translation>
        </message>
        <message>
            <source>overdue %1</source>
            <translation>已逾期 %1</translation>
        </message>
        <message>
            <source>Click to show only this stage; drop a deal here to move it.</source>
            <translation>单击只看本阶段；把项目拖到这里即改到本阶段。</translation>
        </message>
        <message>
            <source>Select a deal to see its facts, assessment and history.</source>
            <translation>选择一个项目，查看基本情况、评估和进展记录。</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>基本情况</translation>
        </message>
        <message>
            <source>Planned investment</source>
            <translation>计划投资</translation>
        </message>
        <message>
            <source>Land or floor space</source>
            <translation>用地或面积</translation>
        </message>
        <message>
            <source>Site chosen</source>
            <translation>选定载体</translation>
        </message>
        <message>
            <source>Sites offered</source>
            <translation>推荐过的载体</translation>
        </message>
        <message>
            <source>Expected output, tax, jobs</source>
            <translation>预计产值 / 税收 / 就业</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>Pre-entry assessment</source>
            <translation>项目评估</translation>
        </message>
        <message>
            <source>Assessment sheet…</source>
            <translation>评估表…</translation>
        </message>
        <message>
            <source>Save assessment</source>
            <translation>保存评估</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>阶段记录</translation>
        </message>
        <message>
            <source>Hand-offs to towns</source>
            <translation>移交镇街</translation>
        </message>
        <message>
            <source>Record feedback…</source>
            <translation>记录反馈…</translation>
        </message>
        <message>
            <source>Town feedback</source>
            <translation>镇街反馈</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>What the town reported</source>
            <translation>镇街反馈内容</translation>
        </message>
        <message>
            <source>Awaiting feedback</source>
            <translation>待反馈</translation>
        </message>
        <message>
            <source>Following up</source>
            <translation>跟进中</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>已落实</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>未定期限</translation>
        </message>
        <message>
            <source>%1 people</source>
            <translation>%1 人</translation>
        </message>
        <message>
            <source>brought-in project %1</source>
            <translation>引进项目 %1</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>未签约</translation>
        </message>
        <message>
            <source>Major project: goes to the leading group (领导小组审议).</source>
            <translation>重大项目：须提交领导小组审议。</translation>
        </message>
        <message>
            <source>Findings come from the data; the recommendation is staff's, not the program's.</source>
            <translation>评估结论来自数据；是否引进的建议由经办人员填写，程序不代为判断。</translation>
        </message>
        <message>
            <source>No history.</source>
            <translation>暂无记录。</translation>
        </message>
        <message>
            <source>Not handed off.</source>
            <translation>尚未移交镇街。</translation>
        </message>
        <message>
            <source>Sites…</source>
            <translation>载体…</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>载体</translation>
        </message>
        <message>
            <source>Register a site</source>
            <translation>登记载体</translation>
        </message>
        <message>
            <source>Register a site…</source>
            <translation>登记载体…</translation>
        </message>
        <message>
            <source>Park</source>
            <translation>园区</translation>
        </message>
        <message>
            <source>Site name</source>
            <translation>载体名称</translation>
        </message>
        <message>
            <source>Located in</source>
            <translation>所在镇街</translation>
        </message>
        <message>
            <source>Available floor (㎡)</source>
            <translation>可用面积（㎡）</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Price or rent</source>
            <translation>价格或租金</translation>
        </message>
        <message>
            <source>Suits</source>
            <translation>适合方向</translation>
        </message>
        <message>
            <source>Suits (directions)</source>
            <translation>适合方向（目录代码）</translation>
        </message>
        <message>
            <source>Available from</source>
            <translation>可用日期</translation>
        </message>
        <message>
            <source>e.g. 80万元/亩 or 28元/㎡·月</source>
            <translation>如 80万元/亩、28元/㎡·月</translation>
        </message>
        <message>
            <source>catalog codes, comma-separated, e.g. equip.robot,it</source>
            <translation>目录代码，逗号分隔，如 equip.robot,it</translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>%1 (%2): %3 in 2017, %4 in 2020, %5 in 2025</source>
            <translation>%1（%2）：2017 年 %3，2020 年 %4，2025 年 %5</translation>
        </message>
        <message>
            <source>The plan's Table 1 (for context)</source>
            <translation>规划表1 目标（参照）</translation>
        </message>
        <message>
            <source>Compiled by %1</source>
            <translation>编制人：%1</translation>
        </message>
        <message>
            <source>Planned construction start</source>
            <translation>计划开工日期</translation>
        </message>
        <message>
            <source>Planned production start</source>
            <translation>计划投产日期</translation>
        </message>
        <message>
            <source>Investment pipeline this year</source>
            <translation>本年招商项目</translation>
        </message>
        <message>
            <source>Signed and landed against the bureau's targets; deals at each stage</source>
            <translation>签约、投产对照本局年度目标；各阶段项目数</translation>
        </message>
        <message>
            <source>No deals yet.</source>
            <translation>还没有招商项目。</translation>
        </message>
        <message>
            <source>%1: %2 new leads, %3 signed (%4), %5 in production (%6)</source>
            <translation>%1：新增线索 %2 个，签约 %3 个（%4），投产 %5 个（%6）</translation>
        </message>
        <message>
            <source>Sites of the register that fit this deal; record one offered or chosen</source>
            <translation>载体库中适合本项目的载体；记录推荐或选定</translation>
        </message>
        <message>
            <source>Sites for %1</source>
            <translation>%1 的载体</translation>
        </message>
        <message>
            <source>Needs %1 in %2; sites of the register that fit, best first.</source>
            <translation>需求 %1，意向 %2；载体库中适合的载体，最合适的在前。</translation>
        </message>
        <message>
            <source>(no stated need)</source>
            <translation>（未填需求）</translation>
        </message>
        <message>
            <source>(no town)</source>
            <translation>（未定镇街）</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>载体</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>可用空间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>已选定</translation>
        </message>
        <message>
            <source>offered</source>
            <translation>已推荐</translation>
        </message>
        <message>
            <source>No site in the register fits (chainfill site add …).</source>
            <translation>载体库中没有适合的载体（chainfill site add …）。</translation>
        </message>
        <message>
            <source>Record as offered</source>
            <translation>记为已推荐</translation>
        </message>
        <message>
            <source>Record as chosen</source>
            <translation>记为选定</translation>
        </message>
        <message>
            <source>Signed → project %1</source>
            <translation>已签约 → 项目 %1</translation>
        </message>
        <message>
            <source>Why move back?</source>
            <translation>退回原因</translation>
        </message>
        <message>
            <source>Moving from %1 back to %2 needs a note saying why:</source>
            <translation>从“%1”退回到“%2”须写明原因：</translation>
        </message>
        <message>
            <source>Why drop it?</source>
            <translation>放弃原因</translation>
        </message>
        <message>
            <source>Dropping a deal needs its reason:</source>
            <translation>放弃一个项目须写明原因：</translation>
        </message>
        <message>
            <source>Why take it up again?</source>
            <translation>重新启动的理由</translation>
        </message>
        <message>
            <source>Taking up a dropped deal needs a note:</source>
            <translation>重新启动已放弃的项目须写明理由：</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>招商项目</translation>
        </message>
        <message>
            <source>Firm (id, credit code or exact name)</source>
            <translation>企业（编号、信用代码或完整名称）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>项目类型</translation>
        </message>
        <message>
            <source>Floor space (㎡)</source>
            <translation>厂房面积（㎡）</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>意向镇街</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步工作</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Expected jobs</source>
            <translation>预计就业人数</translation>
        </message>
        <message>
            <source>Energy and environmental load</source>
            <translation>能耗与环保负荷</translation>
        </message>
        <message>
            <source>Recommendation (set by staff)</source>
            <translation>评估建议（经办人员填写）</translation>
        </message>
        <message>
            <source>Reason or conditions</source>
            <translation>理由或条件</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（未填）</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未定）</translation>
        </message>
        <message>
            <source>Select a deal first.</source>
            <translation>请先选择一个项目。</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Agreement number</source>
            <translation>协议编号</translation>
        </message>
        <message>
            <source>Signing date</source>
            <translation>签约日期</translation>
        </message>
        <message>
            <source>Sign the deal</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>Signed: brought-in project %1 created with the commitments of the deal.</source>
            <translation>已签约：已建立引进项目 %1，承诺已自动带入。</translation>
        </message>
        <message>
            <source>Hand off to a town</source>
            <translation>移交镇街</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>统计期间</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>New leads</source>
            <translation>新增线索</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>Landed (in production)</source>
            <translation>投产</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>Signed amount by group</source>
            <translation>签约额（按分组）</translation>
        </message>
        <message>
            <source>Deals by stage at the period's end</source>
            <translation>期末各阶段项目数</translation>
        </message>
        <message>
            <source>Targets of %1 (1 January to the period's end)</source>
            <translation>%1 年目标完成情况（年初至期末）</translation>
        </message>
        <message>
            <source>No targets set (chainfill targets set YEAR …)</source>
            <translation>未设年度目标（chainfill targets set 年份 …）</translation>
        </message>
        <message>
            <source>Nothing in this period.</source>
            <translation>本期无数据。</translation>
        </message>
        <message>
            <source>No deals yet: New deal… adds one.</source>
            <translation>还没有招商项目：点“新建项目…”登记。</translation>
        </message>
        <message>
            <source>Drop reasons</source>
            <translation>放弃原因</translation>
        </message>
        <message>
            <source>%1 deals on the board, %2 next steps overdue</source>
            <translation>看板上 %1 个招商项目，%2 项下一步已逾期</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>接洽</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>考察</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>洽谈</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>注册</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>开工</translation>
        </message>
        <message>
            <source>In production</source>
            <translation>投产</translation>
        </message>
        <message>
            <source>New establishment</source>
            <translation>新设</translation>
        </message>
        <message>
            <source>Capital increase / expansion</source>
            <translation>增资扩产</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>总部</translation>
        </message>
        <message>
            <source>R&amp;D centre</source>
            <translation>研发中心</translation>
        </message>
        <message>
            <source>Regional headquarters</source>
            <translation>区域总部</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Introduce</source>
            <translation>建议引进</translation>
        </message>
        <message>
            <source>Introduce with conditions</source>
            <translation>有条件引进</translation>
        </message>
        <message>
            <source>Defer</source>
            <translation>暂缓</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>%1 of target</source>
            <translation>完成目标的 %1</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Town reported</source>
            <translation>镇街反馈</translation>
        </message>
    </context>
</TS>
