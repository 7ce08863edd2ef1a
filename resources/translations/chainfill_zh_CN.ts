<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../ui/views/projects/charts.py" line="71" />
            <source>%1 %2 · %3 pts</source>
            <translation>%1 %2 · %3 分</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="72" />
            <source>Undefined</source>
            <translation>无定义</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="72" />
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/projects/charts.py" line="82" />
            <source>%1 %2 · %3 pts</source>
            <comment>00,000.00</comment>
            <translation>
                <numerusform>%1 %2 · %3 分</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="155" />
            <source>%1: due %2, done %3, %4</source>
            <translation>%1：约定 %2，完成 %3，%4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="173" />
            <location filename="../../ui/views/projects/charts.py" line="203" />
            <source>late</source>
            <translation>迟</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="175" />
            <source>%1 days overdue</source>
            <translation>逾期 %1 天</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="177" />
            <source>%1 days left</source>
            <translation>还有 %1 天</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="221" />
            <location filename="../../ui/views/projects/charts.py" line="223" />
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="329" />
            <source>actual</source>
            <translation>实绩</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="340" />
            <source>committed (assessed in %1)</source>
            <translation>承诺值（%1 年考核）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="353" />
            <source>%1: %2; committed %3 %4, actual %5 %4</source>
            <translation>%1 年：%2；承诺 %3 %4，实绩 %5 %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="361" />
            <source>; trend to %1: %2</source>
            <translation>；趋势至 %1 年 %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="51" />
            <source>Report year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="81" />
            <source>(not set)</source>
            <translation>（未定）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="104" />
            <source>Deal</source>
            <translation>招商项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="156" />
            <source>Firm (id, credit code or exact name)</source>
            <translation>企业（编号、信用代码或完整名称）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="41" />
            <location filename="../../ui/views/deals/form.py" line="157" />
            <source>Name</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="42" />
            <location filename="../../ui/views/deals/form.py" line="158" />
            <source>Type</source>
            <translation>项目类型</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="43" />
            <location filename="../../ui/views/deals/form.py" line="159" />
            <location filename="../../ui/views/deals/form.py" line="222" />
            <source>Planned investment (万元, or 3.5亿)</source>
            <translation>计划投资（万元，或 3.5亿）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="44" />
            <location filename="../../ui/views/deals/form.py" line="160" />
            <location filename="../../ui/views/deals/form.py" line="223" />
            <source>Land (亩)</source>
            <translation>用地（亩）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="45" />
            <location filename="../../ui/views/deals/form.py" line="161" />
            <location filename="../../ui/views/deals/form.py" line="224" />
            <source>Floor space (㎡)</source>
            <translation>厂房面积（㎡）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="46" />
            <location filename="../../ui/views/deals/form.py" line="162" />
            <location filename="../../ui/views/deals/form.py" line="342" />
            <location filename="../../ui/views/deals/form.py" line="434" />
            <source>Town</source>
            <translation>意向镇街</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="47" />
            <location filename="../../ui/views/deals/form.py" line="48" />
            <location filename="../../ui/views/deals/form.py" line="163" />
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="49" />
            <location filename="../../ui/views/deals/form.py" line="165" />
            <source>Officer</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="50" />
            <location filename="../../ui/views/deals/form.py" line="166" />
            <source>Next step</source>
            <translation>下一步工作</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="51" />
            <location filename="../../ui/views/deals/form.py" line="167" />
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="52" />
            <location filename="../../ui/views/deals/form.py" line="168" />
            <location filename="../../ui/views/deals/form.py" line="232" />
            <source>Expected output (万元/year)</source>
            <translation>预计年产值（万元）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="53" />
            <location filename="../../ui/views/deals/form.py" line="169" />
            <location filename="../../ui/views/deals/form.py" line="233" />
            <source>Expected tax (万元/year)</source>
            <translation>预计年税收（万元）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="54" />
            <location filename="../../ui/views/deals/form.py" line="170" />
            <source>Expected jobs</source>
            <translation>预计就业人数</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="55" />
            <location filename="../../ui/views/deals/form.py" line="171" />
            <source>Planned construction start</source>
            <translation>计划开工日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="56" />
            <location filename="../../ui/views/deals/form.py" line="172" />
            <source>Planned production start</source>
            <translation>计划投产日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="284" />
            <source>Someone else saved this deal</source>
            <translation>他人已修改此招商项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="287" />
            <source>%1 saved this deal at %2, after you opened it, and changed the same fields (theirs → yours):</source>
            <translation>%1 在您打开后于 %2 保存了此招商项目，并修改了相同的字段（对方 → 您）：</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="294" />
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="295" />
            <source>Keep theirs</source>
            <translation>保留对方的</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="314" />
            <source>Sign the deal</source>
            <translation>签约</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="320" />
            <source>Agreement number</source>
            <translation>协议编号</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="321" />
            <source>Signing date</source>
            <translation>签约日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="333" />
            <source>Hand off to a town</source>
            <translation>移交镇街</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="343" />
            <location filename="../../ui/views/projects/dialogs.py" line="61" />
            <location filename="../../ui/views/projects/dialogs.py" line="315" />
            <location filename="../../ui/views/projects/page.py" line="108" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="367" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="369" />
            <location filename="../../ui/views/deals/form.py" line="470" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="415" />
            <source>Sites for %1</source>
            <translation>%1 的载体</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="424" />
            <source>Needs %1 in %2; sites of the register that fit, best first.</source>
            <comment>、</comment>
            <translation>需求 %1，意向 %2；载体库中适合的载体，最合适的在前。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="425" />
            <source>(no stated need)</source>
            <translation>（未填需求）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="426" />
            <source>(no town)</source>
            <translation>（未定镇街）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="434" />
            <source>Site</source>
            <translation>载体</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="434" />
            <source>Space</source>
            <translation>可用空间</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="434" />
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="448" />
            <source>chosen</source>
            <translation>已选定</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="450" />
            <source>offered</source>
            <translation>已推荐</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="461" />
            <source>No site in the register fits (chainfill site add …).</source>
            <translation>载体库中没有适合的载体（chainfill site add …）。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="468" />
            <source>Record as offered</source>
            <translation>记为已推荐</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="469" />
            <source>Record as chosen</source>
            <translation>记为选定</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="58" />
            <location filename="../../ui/views/projects/page.py" line="270" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="66" />
            <source>Leave a figure empty when it was not reported; it is then left out, never counted as 0.</source>
            <translation>未报的数字请留空：留空的指标不参与评分，不按 0 计。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="103" />
            <source>%1: </source>
            <translation>%1：</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="104" />
            <location filename="../../ui/views/projects/dialogs.py" line="190" />
            <source>Not a number: %1</source>
            <translation>不是数字：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="138" />
            <source>%1 (due %2)</source>
            <translation>%1（约定 %2）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="142" />
            <source>Milestone</source>
            <translation>节点</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="150" />
            <source>Reached on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="151" />
            <source>Not reached yet (clear the date)</source>
            <translation>尚未完成（清除日期）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="203" />
            <source>Project details</source>
            <translation>项目用地与规模</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="212" />
            <location filename="../../ui/views/projects/dialogs.py" line="248" />
            <source>Land (mu)</source>
            <translation>用地面积（亩）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="213" />
            <location filename="../../ui/views/projects/dialogs.py" line="249" />
            <source>Leased floor space (m²)</source>
            <translation>租赁厂房建筑面积（平方米）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="217" />
            <source>Below the statistical scale (规下)</source>
            <translation>规下企业（规模以下工业企业）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="220" />
            <location filename="../../ui/views/projects/page.py" line="342" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="224" />
            <source>A 规下 firm is appraised on fewer indicators: %1.</source>
            <translation>规下企业按较少的指标评价：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="264" />
            <source>Leased premises without land of their own: enter 0 or leave the land empty, and the floor space is converted to land by the plot ratio %1.</source>
            <translation>租赁厂房、无自有用地的项目：用地留空或填 0，按建筑面积以容积率 %1 折算用地。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="269" />
            <source>Appraised on %1 mu (floor space ÷ plot ratio %2 ÷ 666.67 m² per mu).</source>
            <translation>按折算用地 %1 亩评价（建筑面积 ÷ 容积率 %2 ÷ 666.67 平方米/亩）。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="297" />
            <source>Add a bonus or deduction item…</source>
            <translation>新增加减分项…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="303" />
            <location filename="../../ui/views/projects/page.py" line="108" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="306" />
            <location filename="../../ui/views/projects/dialogs.py" line="335" />
            <location filename="../../ui/views/projects/page.py" line="291" />
            <source>veto: grade D</source>
            <translation>一票否决（定为 D 档）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="309" />
            <location filename="../../ui/views/projects/page.py" line="108" />
            <source>Item</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="312" />
            <location filename="../../ui/views/projects/dialogs.py" line="346" />
            <location filename="../../ui/views/projects/page.py" line="108" />
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="314" />
            <source>e.g. the penalty decision's number and date</source>
            <translation>如处罚决定书文号和日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="338" />
            <source>default %1; empty keeps the default</source>
            <translation>默认 %1，留空即用默认值</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="58" />
            <source>Select a project on the left.</source>
            <translation>请在左侧选择一个项目。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="77" />
            <location filename="../../ui/views/projects/view.py" line="426" />
            <source>Land and size…</source>
            <translation>用地与规模…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="80" />
            <source>Land, leased floor space and whether the firm is below the statistical scale (规下)</source>
            <translation>用地面积、租赁厂房面积和是否规下企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="94" />
            <source>Per-mu appraisal</source>
            <translation>亩均效益评价</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="94" />
            <source>Indicators against their benchmarks</source>
            <translation>各指标与基准值之比（竖线为基准，最高按封顶倍数计）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="100" />
            <location filename="../../ui/views/projects/view.py" line="450" />
            <location filename="../../ui/views/projects/view.py" line="470" />
            <source>Bonus and deduction items</source>
            <translation>加减分项</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="101" />
            <source>Entered per year; they move that year's score, and a veto item sets grade D.</source>
            <translation>按年度登记，计入该年度综合得分；一票否决项直接定为 D 档。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="103" />
            <source>Add item…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="104" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="115" />
            <source>No bonus or deduction items.</source>
            <translation>暂无加减分项。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="123" />
            <source>Committed vs actual</source>
            <translation>承诺与实绩</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Commitment</source>
            <translation>承诺事项</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Committed</source>
            <translation>承诺值</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Actual</source>
            <translation>实绩</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Assessed on</source>
            <translation>考核日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="227" />
            <source>&lt;b&gt;What would it take:&lt;/b&gt; %1</source>
            <comment>&lt;br/&gt;</comment>
            <translation>&lt;b&gt;还差多少：&lt;/b&gt;%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="333" />
            <source>%1: reward of %2 (10k yuan) payable</source>
            <translation>%1 年可兑现奖励 %2 万元</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="337" />
            <location filename="../../ui/views/projects/page.py" line="349" />
            <source> (%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="340" />
            <source>%1 reward: not payable (%2)</source>
            <translation>%1 年奖励：不兑现（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="346" />
            <source>Penalty exposure %1 (10k yuan)</source>
            <translation>违约风险 %1 万元</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="349" />
            <source>: %1 missed</source>
            <translation>：%1未达标</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="353" />
            <source>No missed commitments: no penalty applies</source>
            <translation>无未达标承诺，不涉及违约责任</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="355" />
            <source>Penalty clause: %1</source>
            <translation>违约条款：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="37" />
            <source>Awaiting feedback</source>
            <translation>待反馈</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="38" />
            <source>Following up</source>
            <translation>跟进中</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="39" />
            <source>Settled</source>
            <translation>已落实</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="40" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="70" />
            <source>Town feedback</source>
            <translation>镇街反馈</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="77" />
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="78" />
            <source>What the town reported</source>
            <translation>镇街反馈内容</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="105" />
            <source>Select a deal to see its facts, assessment and history.</source>
            <translation>选择一个项目，查看基本情况、评估和进展记录。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="119" />
            <source>Facts</source>
            <translation>基本情况</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="138" />
            <source>Sites…</source>
            <translation>载体…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="140" />
            <source>Sites of the register that fit this deal; record one offered or chosen</source>
            <translation>载体库中适合本项目的载体；记录推荐或选定</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="147" />
            <source>Pre-entry assessment</source>
            <translation>项目评估</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="148" />
            <source>Assessment sheet…</source>
            <translation>评估表…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="158" />
            <location filename="../../ui/views/deals/detail.py" line="162" />
            <location filename="../../ui/views/deals/form.py" line="66" />
            <location filename="../../ui/views/deals/form.py" line="122" />
            <location filename="../../ui/views/deals/form.py" line="126" />
            <location filename="../../ui/views/deals/form.py" line="139" />
            <location filename="../../ui/views/deals/form.py" line="143" />
            <source>(none)</source>
            <translation>（未填）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="166" />
            <location filename="../../ui/views/deals/detail.py" line="174" />
            <location filename="../../ui/views/deals/form.py" line="59" />
            <location filename="../../ui/views/deals/form.py" line="175" />
            <source>Reason or conditions</source>
            <translation>理由或条件</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="172" />
            <location filename="../../ui/views/deals/form.py" line="57" />
            <location filename="../../ui/views/deals/form.py" line="173" />
            <source>Energy and environmental load</source>
            <translation>能耗与环保负荷</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="173" />
            <location filename="../../ui/views/deals/form.py" line="58" />
            <location filename="../../ui/views/deals/form.py" line="174" />
            <source>Recommendation (set by staff)</source>
            <translation>评估建议（经办人员填写）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="185" />
            <source>Save assessment</source>
            <translation>保存评估</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="193" />
            <source>Stage history</source>
            <translation>阶段记录</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="198" />
            <source>Hand-offs to towns</source>
            <translation>移交镇街</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="199" />
            <source>Record feedback…</source>
            <translation>记录反馈…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="236" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="260" />
            <source>%1 mu</source>
            <translation>%1 亩</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="262" />
            <source>%1 ×10k yuan/mu</source>
            <translation>%1 万元/亩</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="265" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="319" />
            <source>Risks: %1</source>
            <translation>风险：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="319" />
            <location filename="../../ui/views/projects/page.py" line="349" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="278" />
            <source>no due date</source>
            <translation>未定期限</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="289" />
            <source>%1 people</source>
            <translation>%1 人</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="296" />
            <source>brought-in project %1</source>
            <translation>引进项目 %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="299" />
            <source>not signed</source>
            <translation>未签约</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="323" />
            <source>Major project: goes to the leading group (领导小组审议).</source>
            <translation>重大项目：须提交领导小组审议。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="334" />
            <source>Findings come from the data; the recommendation is staff's, not the program's.</source>
            <translation>评估结论来自数据；是否引进的建议由经办人员填写，程序不代为判断。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="344" />
            <source>No history.</source>
            <translation>暂无记录。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="355" />
            <source>Town reported</source>
            <translation>镇街反馈</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="358" />
            <source>Not handed off.</source>
            <translation>尚未移交镇街。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="134" />
            <source>Project milestones</source>
            <translation>项目节点</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="132" />
            <location filename="../../ui/views/projects/page.py" line="135" />
            <location filename="../../ui/views/projects/view.py" line="485" />
            <source>Record a milestone…</source>
            <translation>登记节点完成…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="142" />
            <source>Yearly reports</source>
            <translation>年度报表</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="142" />
            <source>Double-click a year to edit its report.</source>
            <translation>双击某一年度可编辑该年报表。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="143" />
            <source>Edit year…</source>
            <translation>编辑所选年度…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="144" />
            <source>Add year…</source>
            <translation>新增年度…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="156" />
            <source>Rewards and penalties</source>
            <translation>奖励与违约</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="199" />
            <source>%1 mu</source>
            <comment>{p.land_mu:g}</comment>
            <translation>%1 亩</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="201" />
            <source>%1 mu converted from %2 m² leased</source>
            <translation>折算 %1 亩（租赁厂房 %2 平方米）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="203" />
            <source>below the statistical scale (规下)</source>
            <translation>规下企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="205" />
            <source>%1　agreement %2　signed %3　%4　%5　land %6</source>
            <translation>%1　协议 %2　签约 %3　%4　%5　用地 %6</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="216" />
            <source>%1 per-mu appraisal: grade %2, score %3</source>
            <translation>%1 年亩均评价：等级 %2，综合得分 %3</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="218" />
            <source>%1 per-mu appraisal: not graded</source>
            <translation>%1 年亩均评价：不评级</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="220" />
            <source>%1. %2</source>
            <translation>%1。%2</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="302" />
            <source>Counts in %1, not in the year shown</source>
            <translation>计入 %1 年，不计入当前显示年度的得分</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="63" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="64" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="65" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="66" />
            <source>Commitments</source>
            <translation>承诺履约</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="67" />
            <source>Milestones</source>
            <translation>节点</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="78" />
            <source>%1 overdue</source>
            <translation>%1已逾期</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="80" />
            <source>%1 in %2 d</source>
            <translation>%1%2天</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="83" />
            <source>All done</source>
            <translation>全部完成</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="86" />
            <source>Next: %1</source>
            <translation>待%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="119" />
            <source>Per-mu composite score: %1</source>
            <translation>亩均综合得分：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="161" />
            <source>%1: %2 (committed %3, actual %4 %5)</source>
            <translation>%1：%2（承诺 %3，实绩 %4 %5）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="178" />
            <source>%1: %2 (due %3)</source>
            <translation>%1：%2（约定 %3）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="264" />
            <source>Invested to date (10k yuan)</source>
            <translation>累计投资(万元)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="265" />
            <source>Output value (10k yuan)</source>
            <translation>总产值(万元)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="266" />
            <source>Revenue (10k yuan)</source>
            <translation>营业收入(万元)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="267" />
            <source>Value added (10k yuan)</source>
            <translation>增加值(万元)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="268" />
            <source>Tax paid (10k yuan)</source>
            <translation>实缴税收(万元)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="269" />
            <source>Employees</source>
            <translation>从业人数</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="270" />
            <source>Energy (t of coal eq.)</source>
            <translation>能耗(吨标煤)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="271" />
            <source>Emissions (t)</source>
            <translation>排放(吨)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="272" />
            <source>R&amp;D spending (10k yuan)</source>
            <translation>研发支出(万元)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="273" />
            <source>Land in use (mu)</source>
            <translation>实际用地(亩)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="274" />
            <source>Rewards paid (10k yuan)</source>
            <translation>已兑现奖励(万元)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="63" />
            <source>Not agreed</source>
            <translation>未约定</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="64" />
            <source>Score: %1</source>
            <translation>得分：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="74" />
            <source>Brought-in projects</source>
            <translation>项目履约</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="76" />
            <source>Commitments against actuals, milestones and the per-mu appraisal of brought-in projects</source>
            <translation>引进项目的承诺与实绩、节点进度和亩均效益评价</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="79" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="80" />
            <source>Template…</source>
            <translation>模板…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="81" />
            <source>Print sheet…</source>
            <translation>打印评价表…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="82" />
            <source>Print summary…</source>
            <translation>打印汇总…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="368" />
            <location filename="../../ui/views/deals/form.py" line="390" />
            <location filename="../../ui/views/deals/view.py" line="163" />
            <location filename="../../ui/views/deals/view.py" line="483" />
            <location filename="../../ui/views/projects/view.py" line="83" />
            <location filename="../../ui/views/projects/view.py" line="635" />
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="48" />
            <source>Investment pipeline</source>
            <translation>招商项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="49" />
            <source>Drag a deal onto a stage to move it</source>
            <translation>把项目拖到阶段上即可改变阶段</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="51" />
            <source>New deal…</source>
            <translation>新建项目…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="52" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="53" />
            <source>Assessment…</source>
            <translation>项目评估…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="54" />
            <source>Sign…</source>
            <translation>签约…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="55" />
            <source>Hand off…</source>
            <translation>移交镇街…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="56" />
            <location filename="../../ui/views/projects/view.py" line="84" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="79" />
            <source>Search deals or firms…</source>
            <translation>搜索项目或企业…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="112" />
            <source>No deals yet: New deal… adds one.</source>
            <translation>还没有招商项目：点“新建项目…”登记。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="115" />
            <source>Board</source>
            <translation>看板</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="121" />
            <source>Report</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="124" />
            <source>Sites</source>
            <translation>载体</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="136" />
            <source>Period</source>
            <translation>统计期间</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="151" />
            <source>Group by</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="162" />
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="172" />
            <source>New leads</source>
            <translation>新增线索</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="174" />
            <source>Landed (in production)</source>
            <translation>投产</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="180" />
            <source>Signed amount by group</source>
            <translation>签约额（按分组）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="182" />
            <location filename="../../ui/views/deals/view.py" line="343" />
            <source>Nothing in this period.</source>
            <translation>本期无数据。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="185" />
            <source>Deals by stage at the period's end</source>
            <translation>期末各阶段项目数</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="194" />
            <source>Drop reasons</source>
            <translation>放弃原因</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="200" />
            <source>The plan's Table 1 (for context)</source>
            <translation>规划表1 目标（参照）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="272" />
            <source>Board · %1 live · %2</source>
            <translation>看板 · 在册 %1 个 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="274" />
            <source>Deals shown that are not dropped, and their planned investment</source>
            <translation>所列未放弃项目的个数及计划投资合计</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="307" />
            <source>Compiled by %1</source>
            <translation>编制人：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="334" />
            <source>Targets of %1 (1 January to the period's end)</source>
            <translation>%1 年目标完成情况（年初至期末）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="348" />
            <source>%1 (%2): %3 in 2017, %4 in 2020, %5 in 2025</source>
            <translation>%1（%2）：2017 年 %3，2020 年 %4，2025 年 %5</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="363" />
            <source>%1 deals on the board, %2 next steps overdue</source>
            <translation>看板上 %1 个招商项目，%2 项下一步已逾期</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="370" />
            <location filename="../../ui/views/deals/view.py" line="419" />
            <source>Select a deal first.</source>
            <translation>请先选择一个项目。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="385" />
            <source>Why drop it?</source>
            <translation>放弃原因</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="385" />
            <source>Dropping a deal needs its reason:</source>
            <translation>放弃一个项目须写明原因：</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="388" />
            <source>Why take it up again?</source>
            <translation>重新启动的理由</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="389" />
            <source>Taking up a dropped deal needs a note:</source>
            <translation>重新启动已放弃的项目须写明理由：</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="392" />
            <source>Why move back?</source>
            <translation>退回原因</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="394" />
            <source>Moving from %1 back to %2 needs a note saying why:</source>
            <translation>从“%1”退回到“%2”须写明原因：</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="449" />
            <source>Signed: brought-in project %1 created with the commitments of the deal.</source>
            <translation>已签约：已建立引进项目 %1，承诺已自动带入。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="481" />
            <source>Investment report-%1.%2</source>
            <translation>招商统计-%1.%2</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="100" />
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="101" />
            <source>Grades A / B / C / D</source>
            <translation>等级 A / B / C / D</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="102" />
            <source>Commitments at risk / missed</source>
            <translation>承诺有风险 / 未达标</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="103" />
            <source>Alerts</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="117" />
            <source>Search projects or firms…</source>
            <translation>搜索项目或企业…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="119" />
            <source>All grades</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="122" />
            <source>Not graded</source>
            <translation>不评级</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="123" />
            <source>All statuses</source>
            <translation>全部履约状态</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="126" />
            <location filename="../../ui/views/projects/view.py" line="240" />
            <source>Latest year</source>
            <translation>最近年度</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="161" />
            <location filename="../../ui/views/projects/view.py" line="334" />
            <source>No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database.</source>
            <translation>还没有引进项目。可从 Excel 模板导入项目协议和年度报表，或打开演示数据库。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="168" />
            <source>Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, jobs, R&amp;D ratio</source>
            <translation>每个圆点依次为：固定资产投资、亩均投资、达产产值、年纳税额、就业人数、研发投入占比</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="191" />
            <source>Portfolio</source>
            <translation>项目一览</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="192" />
            <location filename="../../ui/views/projects/view.py" line="271" />
            <source>Alerts (%1)</source>
            <translation>提醒（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="231" />
            <source>All zones</source>
            <translation>全部集聚区</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="235" />
            <source>All directions</source>
            <translation>全部方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="250" />
            <source>%1 not graded</source>
            <translation>不评级 %1 个</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="256" />
            <source>%1 met · %2 pending</source>
            <translation>已达标 %1 · 待考核 %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="260" />
            <source>%1 to act on</source>
            <translation>需处理 %1 条</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="269" />
            <source>Act now</source>
            <translation>需立即处理</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="269" />
            <source>Watch</source>
            <translation>需关注</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="338" />
            <source>No project matches the filters.</source>
            <translation>没有符合筛选条件的项目。</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="459" />
            <source>Remove this bonus or deduction item?</source>
            <translation>删除这条加减分记录？</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="527" />
            <source>Agreements: %1 added, %2 updated, %3 unchanged, %4 refused</source>
            <translation>项目协议：新增 %1，更新 %2，未变 %3，拒收 %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="534" />
            <source>Yearly reports: %1 added, %2 updated, %3 unchanged, %4 refused</source>
            <translation>年度报表：新增 %1，更新 %2，未变 %3，拒收 %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="542" />
            <source>Refused: %1 row %2 [%3] %4</source>
            <translation>拒收 %1 第 %2 行【%3】%4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="546" />
            <source>Note: %1 row %2 [%3] %4</source>
            <translation>提示 %1 第 %2 行【%3】%4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="560" />
            <source>Project import template.xlsx</source>
            <translation>项目履约导入模板.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="614" />
            <source>Project appraisal.pdf</source>
            <translation>项目履约评价.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="39" />
            <location filename="../../ui/views/projects/view.py" line="501" />
            <source>Yearly report</source>
            <translation>年度报表</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="509" />
            <location filename="../../ui/views/projects/view.py" line="553" />
            <source>Import projects</source>
            <translation>导入项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="482" />
            <location filename="../../ui/views/projects/view.py" line="509" />
            <location filename="../../ui/views/projects/view.py" line="561" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="549" />
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="559" />
            <source>Save the import template</source>
            <translation>保存导入模板</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="399" />
            <location filename="../../ui/views/deals/view.py" line="498" />
            <location filename="../../ui/views/projects/view.py" line="573" />
            <location filename="../../ui/views/projects/view.py" line="633" />
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="613" />
            <source>Export the appraisal to PDF</source>
            <translation>导出评价表 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="390" />
            <location filename="../../ui/views/deals/view.py" line="482" />
            <location filename="../../ui/views/projects/view.py" line="615" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="644" />
            <source>%1 projects, grades A/B/C/D %2, %3 alerts</source>
            <translation>项目 %1 个，等级 A/B/C/D %2，提醒 %3 条</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/board.py" line="80" />
            <source>%1 deals, %2 planned</source>
            <translation>项目 %1 个，计划投资 %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/board.py" line="82" />
            <source>Click to show only this stage; drop a deal here to move it.</source>
            <translation>单击只看本阶段；把项目拖到这里即改到本阶段。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/board.py" line="166" />
            <source>Signed → project %1</source>
            <translation>已签约 → 项目 %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/board.py" line="173" />
            <location filename="../../ui/views/deals/detail.py" line="278" />
            <source>overdue %1</source>
            <translation>已逾期 %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="44" />
            <source>Register a site</source>
            <translation>登记载体</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="56" />
            <source>e.g. 80万元/亩 or 28元/㎡·月</source>
            <translation>如 80万元/亩、28元/㎡·月</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="59" />
            <source>catalog codes, comma-separated, e.g. equip.robot,it</source>
            <translation>目录代码，逗号分隔，如 equip.robot,it</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="122" />
            <source>Register a site…</source>
            <translation>登记载体…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="166" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="175" />
            <source>%1 sites on offer; Sites… in a deal's detail matches them</source>
            <translation>载体库共 %1 个；在项目详情中点“载体…”为项目匹配</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="38" />
            <source>%1 of target</source>
            <comment>{prog * 100:.0f}%</comment>
            <translation>完成目标的 %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="39" />
            <source>%1: %2 / %3　%4</source>
            <translation>%1：%2 / %3　%4</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="61" />
            <source>Investment pipeline this year</source>
            <translation>本年招商项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="62" />
            <source>Signed and landed against the bureau's targets; deals at each stage</source>
            <translation>签约、投产对照本局年度目标；各阶段项目数</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="86" />
            <source>No deals yet.</source>
            <translation>还没有招商项目。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="88" />
            <source>Investment pipeline → New deal… records one.</source>
            <translation>在“招商项目”中点“新建项目…”登记。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="106" />
            <source>Amounts are planned investment; details in Investment pipeline → Report.</source>
            <translation>金额为计划投资；明细见“招商项目 → 统计”。</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="92" />
            <source>%1: %2 new leads, %3 signed (%4), %5 in production (%6)</source>
            <translation>%1：新增线索 %2 个，签约 %3 个（%4），投产 %5 个（%6）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="103" />
            <location filename="../../ui/views/deals/view.py" line="339" />
            <source>No targets set (chainfill targets set YEAR …)</source>
            <translation>未设年度目标（chainfill targets set 年份 …）</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="24" />
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="25" />
            <source>Contact</source>
            <translation>接洽</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="26" />
            <source>Site visit</source>
            <translation>考察</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="27" />
            <source>Negotiation</source>
            <translation>洽谈</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="28" />
            <location filename="../../ui/views/deals/view.py" line="173" />
            <source>Signed</source>
            <translation>签约</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="29" />
            <source>Registered</source>
            <translation>注册</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="30" />
            <source>Construction</source>
            <translation>开工</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="31" />
            <source>In production</source>
            <translation>投产</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="32" />
            <location filename="../../ui/views/deals/view.py" line="175" />
            <source>Dropped</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="35" />
            <source>New establishment</source>
            <translation>新设</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="36" />
            <source>Capital increase / expansion</source>
            <translation>增资扩产</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="37" />
            <source>Headquarters</source>
            <translation>总部</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="38" />
            <source>R&amp;D centre</source>
            <translation>研发中心</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="39" />
            <source>Regional headquarters</source>
            <translation>区域总部</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="40" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="43" />
            <source>Introduce</source>
            <translation>建议引进</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="44" />
            <source>Introduce with conditions</source>
            <translation>有条件引进</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="45" />
            <source>Defer</source>
            <translation>暂缓</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="48" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="49" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="50" />
            <source>High</source>
            <translation>高</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <location filename="../../ui/about.py" line="69" />
            <source>unavailable</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="86" />
            <source>not available (retrain in Tools)</source>
            <translation>不可用（请在“工具”菜单中重新训练）</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="108" />
            <source>installed folder</source>
            <translation>安装版</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="110" />
            <source>from source</source>
            <translation>源代码运行</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="113" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="114" />
            <source>Catalog</source>
            <translation>产业目录</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="116" />
            <source>Direction classifier</source>
            <translation>方向分类模型</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="119" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="120" />
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="122" />
            <source>Platform</source>
            <translation>运行环境</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="140" />
            <source>Font licence text: %1</source>
            <translation>字体许可证全文：%1</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="147" />
            <source>Fonts shipped with ChainFill</source>
            <translation>随 ChainFill 附带的字体</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="148" />
            <source>Open-source software used</source>
            <translation>使用的开源软件</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="156" />
            <source>Qt is used under the GNU LGPL version 3: its libraries are shipped as separate files in the program folder and may be replaced. The licence texts are available from each project.</source>
            <translation>Qt 按 GNU LGPL 第 3 版使用：其程序库以独立文件形式放在程序文件夹中，可以替换。各许可证全文可从相应项目获取。</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="178" />
            <source>About ChainFill</source>
            <translation>关于补链招商助手</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="200" />
            <source>ChainFill %1</source>
            <translation>补链招商助手 ChainFill %1</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="203" />
            <source>Value-chain gap investment promotion for the Dongguan Municipal Commerce Bureau, after the Dongguan Key Emerging Industries Development Plan (2018–2025).</source>
            <translation>东莞市商务局产业链补链招商工具，依据《东莞市重点新兴产业发展规划（2018—2025年）》。</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="226" />
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="230" />
            <source>Copy the versions and paths, e.g. for a support request</source>
            <translation>复制版本和路径信息（例如用于求助）</translation>
        </message>
    </context>
    <context>
        <name>AddDirectionDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="799" />
            <source>Add direction</source>
            <translation>新增方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="805" />
            <source>Domain</source>
            <translation>领域</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="809" />
            <source>e.g. hydrogen</source>
            <translation>如：hydrogen</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="812" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="814" />
            <source>e.g. Hydrogen energy</source>
            <translation>如：氢能</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="815" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="816" />
            <source>A key industry</source>
            <translation>重点产业</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="820" />
            <source>Words that name its products, separated by commas</source>
            <translation>说明其产品的词，用逗号分开</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="822" />
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="825" />
            <source>The code is lower-case letters, digits and _, and is never reused; the plan's own codes stay fixed. The direction starts with one segment: add its value chain afterwards. Every firm not confirmed by staff is classified again.</source>
            <translation>代码由小写英文字母、数字和 _ 组成，用过的代码不再使用；规划的方向代码固定不变。新方向先有一个产业链环节，之后再补充其产业链。保存后，未经人工确认的企业将重新分类。</translation>
        </message>
    </context>
    <context>
        <name>AddSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="707" />
            <source>Add segment</source>
            <translation>新增产业链环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="709" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="711" />
            <source>e.g. Dexterous hands</source>
            <translation>例如：灵巧手</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="712" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="717" />
            <source>Chain position</source>
            <translation>链条位置</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="721" />
            <source>Local strength</source>
            <translation>本地基础</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="724" />
            <source>Words that name its products, separated by commas</source>
            <translation>该环节产品和技术的叫法，用逗号分开</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="726" />
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="728" />
            <source>Optional, separated by commas</source>
            <translation>可不填，用逗号分开</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="729" />
            <source>Typical products</source>
            <translation>典型产品</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="733" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="736" />
            <source>The classifier learns the new segment from its keywords: after saving, every firm not confirmed by staff is classified again and the scores are updated (about a minute per million firms).</source>
            <translation>分类模型从关键词中认识新环节：保存后，所有未经人工确认的企业会按新目录重新分类，并重新评分（每百万家企业约需一两分钟）。</translation>
        </message>
    </context>
    <context>
        <name>AnchorDialog</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="304" />
            <source>Linked candidates of an anchor firm</source>
            <translation>以商引商：关联候选企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="312" />
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="313" />
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="314" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="315" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="316" />
            <source>Direction · segment</source>
            <translation>方向 · 环节</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="317" />
            <source>Why</source>
            <translation>推荐理由</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="322" />
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="335" />
            <source>Finding linked candidates</source>
            <translation>正在查找关联候选企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="343" />
            <source>Linked candidates of %1</source>
            <translation>以商引商：%1 的关联候选企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="362" />
            <source>%1 linked firms in the database, %2 outside it; only candidates are ranked.</source>
            <translation>库中关联企业 %1 家，库外 %2 家；只有候选地区的企业参与排名。</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ui/context.py" line="136" />
            <source>Changes saved by others were loaded.</source>
            <translation>已载入其他人保存的修改。</translation>
        </message>
    </context>
    <context>
        <name>CandidatesView</name>
        <message>
            <location filename="../../ui/views/candidates.py" line="58" />
            <source>Print list…</source>
            <translation>打印名单…</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="75" />
            <source>Search candidates… (Ctrl+F)</source>
            <translation>搜索候选企业…（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="88" />
            <source>Only firms in the catalog's directions</source>
            <translation>只看产业目录方向内的企业（隐藏银行、房地产等目录外企业）</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="106" />
            <source>Ranking weights</source>
            <translation>评分权重</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="185" />
            <source>%1 candidates ranked</source>
            <translation>已排序候选企业 %1 家</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="197" />
            <source>Recommended candidates</source>
            <translation>推荐候选企业</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="135" />
            <source>Value chain</source>
            <translation>产业链图谱</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="144" />
            <source>Segment</source>
            <translation>产业链环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="148" />
            <source>Candidates for this segment</source>
            <translation>本环节候选企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="149" />
            <source>Shenzhen and Guangzhou firms classified into the segment, best score first.</source>
            <translation>归入本环节的深圳、广州企业，按综合评分从高到低排列。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="160" />
            <source>None yet: no scored firm in this segment.</source>
            <translation>暂无：该环节还没有已评分的候选企业。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="163" />
            <source>Open in Recommendations</source>
            <translation>在“推荐”中查看</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="187" />
            <source>Add segment…</source>
            <translation>新增环节…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="188" />
            <source>Add a value-chain segment to this direction</source>
            <translation>在本方向下新增一个产业链环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="191" />
            <source>Rename…</source>
            <translation>改名…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="192" />
            <source>Rename this segment (its code stays)</source>
            <translation>修改本环节的名称（环节代码不变）</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="194" />
            <source>Remove…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="199" />
            <source>Click a segment in the chain map.</source>
            <translation>请在上方产业链图谱中点击一个环节。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="223" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="227" />
            <source>Local strength</source>
            <translation>本地基础</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="230" />
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="232" />
            <source>The classifier learns from these words. Changes are audited.</source>
            <translation>分类模型从这些关键词中学习；每次修改都会记入审计日志。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="244" />
            <source>New keywords, separated by commas</source>
            <translation>新关键词，多个用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="245" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="246" />
            <source>Remove selected</source>
            <translation>删除所选</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="284" />
            <source>One of the ten key industries</source>
            <translation>十大重点产业之一</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="314" />
            <source>Key industry</source>
            <translation>重点产业</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="316" />
            <source>Plan: %1</source>
            <translation>规划表述：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="319" />
            <source>Lead: %1</source>
            <translation>牵头部门：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="338" />
            <source>Cluster zone: %1</source>
            <translation>产业集聚区：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="407" />
            <source>The last segment of a direction cannot be removed</source>
            <translation>每个方向至少保留一个环节，最后一个环节不能删除</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="409" />
            <source>Remove this segment from the catalog</source>
            <translation>从目录中删除本环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="417" />
            <source>Segment · %1</source>
            <translation>产业链环节 · %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="323" />
            <source>The plan's words (%2): “%1”</source>
            <translation>规划原文（%2）：“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="88" />
            <source>Add direction…</source>
            <translation>新增方向…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="89" />
            <source>Add a direction to a domain, for the next plan</source>
            <translation>为下一期规划在某一领域下新增方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="122" />
            <source>Rename direction…</source>
            <translation>重命名方向…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="123" />
            <source>Rename this direction (its code stays)</source>
            <translation>重命名此方向（代码不变）</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="125" />
            <source>Retire direction…</source>
            <translation>停用方向…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="127" />
            <source>Take this direction out of the catalog; its firms go to the review queue</source>
            <translation>将此方向移出目录；其企业进入待确认队列</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="331" />
            <location filename="../../ui/views/catalog_view.py" line="423" />
            <source>Catalog note: %1</source>
            <translation>目录说明：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="346" />
            <source>Industry belt: %1</source>
            <translation>产业带：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="427" />
            <source>Typical products: %1</source>
            <translation>典型产品：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="437" />
            <source>Candidates for “%1”</source>
            <translation>“%1”候选企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="473" />
            <source>Saving the local strength</source>
            <translation>正在保存本地基础</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="485" />
            <source>Adding keywords</source>
            <translation>正在添加关键词</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="495" />
            <source>Remove %1 keywords from this segment?</source>
            <translation>要从本环节删除 %1 个关键词吗？</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="502" />
            <source>Removing keywords</source>
            <translation>正在删除关键词</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="530" />
            <source>Adding a segment</source>
            <translation>正在新增环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="546" />
            <source>Renaming the segment</source>
            <translation>正在修改环节名称</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="568" />
            <source>Remove the segment “%1” from the catalog?</source>
            <translation>从目录中删除环节“%1”？</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="571" />
            <source>%1 firms the classifier put in it will be classified again.</source>
            <translation>模型分入该环节的 %1 家企业将重新分类。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="573" />
            <source>The removal is recorded in the audit log.</source>
            <translation>删除操作会记入审计日志。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="574" />
            <source>Remove segment</source>
            <translation>删除环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="578" />
            <source>Removing the segment</source>
            <translation>正在删除环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="613" />
            <source>Adding a direction</source>
            <translation>正在新增方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="630" />
            <source>Renaming the direction</source>
            <translation>正在重命名方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="643" />
            <source>Retire the direction “%1” from the catalog?</source>
            <translation>从目录中停用方向“%1”？</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="648" />
            <source>Its %1 firms (%2 confirmed by staff) will be classified into the directions left and all of them go to the review queue (待确认) until someone confirms or corrects them.</source>
            <translation>该方向的 %1 家企业（其中人工确认 %2 家）将重新分类到其余方向，并全部进入“待确认”队列，直到有人确认或改正。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="656" />
            <source>Its code is never used again. The retirement is recorded in the audit log.</source>
            <translation>该方向代码今后不再使用。停用记入操作日志。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="658" />
            <source>Retire direction</source>
            <translation>停用方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="663" />
            <source>Retiring the direction</source>
            <translation>正在停用方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="683" />
            <source>%1 directions; chain of %2 shown</source>
            <translation>共 %1 个产业方向；当前显示“%2”产业链</translation>
        </message>
    </context>
    <context>
        <name>ChainMap</name>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="25" />
            <source>Upstream · materials, parts, core devices</source>
            <translation>上游 · 材料、零部件、核心器件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="26" />
            <source>Midstream · bodies, systems, products</source>
            <translation>中游 · 本体、系统、整机产品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="27" />
            <source>Downstream · integration, applications, services</source>
            <translation>下游 · 集成、应用、服务</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="153" />
            <source>No segment in this position</source>
            <translation>此位置暂无环节</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="178" />
            <source>Colour: Dongguan's local strength. Click a segment to list its candidates.</source>
            <translation>颜色表示东莞本地基础；点击环节可查看候选企业。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="246" />
            <source>Dongguan %1 · candidates %2</source>
            <translation>东莞 %1 家 · 候选 %2 家</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="274" />
            <source>The firms in the database suggest a different strength; review it.</source>
            <translation>库内企业数据显示的本地基础与目录记录不一致，建议复核。</translation>
        </message>
    </context>
    <context>
        <name>CheckoutDialog</name>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="180" />
            <source>Check out a working copy</source>
            <translation>带出工作副本</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="184" />
            <source>A working copy takes the chosen firms with their contacts, visits, stages, shortlists, projects and deals to this laptop, to work on without a connection. Check it in when you are back.</source>
            <translation>工作副本把所选企业及其联系人、走访记录、跟进阶段、名单、项目带到本机，无需联网即可工作。回来后“带回并合并”。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="192" />
            <source>My shortlists, stages and deals</source>
            <translation>本人负责的名单、跟进和项目</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="194" />
            <source>Shortlist: %1</source>
            <translation>名单：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="195" />
            <source>All firms</source>
            <translation>全部企业</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="200" />
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="201" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="347" />
            <source>Someone else saved this firm</source>
            <translation>其他人已修改这家企业</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="356" />
            <source>%1 saved this firm at %2, after you opened it. Choose for each field which value to keep; saving then applies your choices to their version.</source>
            <translation>%1 在您打开后于 %2 保存了这家企业。请逐项选择保留哪个值；保存时按您的选择在其版本上修改。</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="369" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="370" />
            <source>Saved by %1</source>
            <translation>%1 保存的</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="371" />
            <source>Yours</source>
            <translation>您填写的</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="378" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="402" />
            <source>Save my choices</source>
            <translation>按所选保存</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="404" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../ui/connect_dialog.py" line="79" />
            <source>Connect to the team database</source>
            <translation>连接团队数据库</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="85" />
            <source>The bureau's shared database on its PostgreSQL server. Ask the database administrator for the server, the database name and your login.</source>
            <translation>局里共用的数据库，位于 PostgreSQL 服务器上。服务器地址、数据库名和您的登录名请向数据库管理员索取。</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="93" />
            <source>e.g. 10.20.1.15 or db.swj.local</source>
            <translation>如 10.20.1.15 或 db.swj.local</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="102" />
            <location filename="../../ui/connect_dialog.py" line="157" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="103" />
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="104" />
            <location filename="../../ui/connect_dialog.py" line="158" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="105" />
            <location filename="../../ui/connect_dialog.py" line="159" />
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="106" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="108" />
            <source>Remember the password in the system keyring</source>
            <translation>在系统钥匙串中记住密码</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="115" />
            <source>No system keyring is available: the password is asked each time (never written to a file).</source>
            <translation>本机没有可用的系统钥匙串：每次连接时询问密码（密码从不写入文件）。</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="128" />
            <source>If the server cannot be reached, keep working in a local database (File → Open database…).</source>
            <translation>服务器连不上时，可以继续在本机数据库中工作（文件 → 打开数据库…）。</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="136" />
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="164" />
            <source>Fill in: %1</source>
            <translation>请填写：%1</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="40" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="45" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="46" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="47" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="48" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="49" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="57" />
            <source>Personal data: shown in full here and in the dossier, masked in lists and exports.</source>
            <translation>个人信息：此处和走访档案中完整显示，名单和导出文件中脱敏。</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="202" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="203" />
            <source>Reload the figures (F5)</source>
            <translation>重新加载数据（F5）</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="219" />
            <source>Firms in the database</source>
            <translation>企业库企业总数</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="220" />
            <source>Candidates (Shenzhen, Guangzhou)</source>
            <translation>候选企业（深圳、广州）</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="221" />
            <location filename="../../ui/views/dashboard.py" line="281" />
            <source>Dongguan firms</source>
            <translation>东莞本地企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="222" />
            <source>Classified into the catalog</source>
            <translation>已归入目录方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="223" />
            <source>In the outreach pipeline</source>
            <translation>跟进中的企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="237" />
            <source>Plan targets (Table 1)</source>
            <translation>规划发展目标（表1）</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="238" />
            <source>Dongguan Key Emerging Industries Development Plan 2018–2025</source>
            <translation>《东莞市重点新兴产业发展规划（2018-2025年）》</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="242" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="243" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="247" />
            <source>Growth p.a.</source>
            <translation>年均增速</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="259" />
            <source>Outreach pipeline</source>
            <translation>招商跟进进度</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="259" />
            <source>Firms at each stage of the follow-up</source>
            <translation>各跟进阶段的企业数</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="269" />
            <source>Biggest chain gaps</source>
            <translation>主要补链缺口</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="271" />
            <source>Segments where Dongguan is weakest, with the candidates that could fill them. Double-click a row to see its candidates.</source>
            <translation>东莞最薄弱的产业链环节及可补链的候选企业数。双击一行查看候选企业。</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="277" />
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="278" />
            <source>Chain segment</source>
            <translation>产业链环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="279" />
            <source>Position</source>
            <translation>链条位置</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="280" />
            <source>Local strength</source>
            <translation>本地基础</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="282" />
            <source>Gap</source>
            <translation>缺口程度</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="283" />
            <source>Candidates</source>
            <translation>候选企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="294" />
            <source>No gaps computed yet.</source>
            <translation>尚未计算补链缺口。</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="301" />
            <source>Brought-in projects</source>
            <translation>已引进项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="302" />
            <source>Commitments against actuals and the per-mu appraisal</source>
            <translation>承诺与实绩对照、亩均效益评价</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="340" />
            <source>scored, in the catalog's directions</source>
            <translation>已评分、属于目录方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="344" />
            <source>Scored firms in one of the catalog's directions: what Recommendations lists by default. %1 more are scored but outside the catalog (banks, developers …).</source>
            <translation>已评分且属于目录中某一产业方向的企业，即“推荐”默认列出的企业。另有 %1 家已评分但不在目录内（银行、房地产开发商等）。</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="348" />
            <source>the local base of the chain</source>
            <translation>产业链本地基础</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="352" />
            <source>%1 of all firms · %2 confirmed</source>
            <translation>占全部企业 %1 · 人工确认 %2 家</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="360" />
            <source>%1 landed · %2 shortlists</source>
            <translation>已落地 %1 家 · 名单 %2 份</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="404" />
            <source>No firm is being followed up yet.</source>
            <translation>目前还没有跟进中的企业。</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="406" />
            <source>%1 firms followed up in total.</source>
            <translation>累计跟进企业 %1 家。</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="433" />
            <source>No brought-in projects recorded yet.</source>
            <translation>尚未录入已引进项目。</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="439" />
            <source>Grade %1</source>
            <translation>%1 档</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="439" />
            <source>Not graded</source>
            <translation>未评级</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="449" />
            <source>met</source>
            <translation>已达标</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="450" />
            <source>at risk</source>
            <translation>有风险</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="451" />
            <source>missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="452" />
            <source>pending</source>
            <translation>待考核</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="456" />
            <source>%1 projects. Commitments: %2</source>
            <translation>共 %1 个项目。承诺履约：%2</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="458" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="467" />
            <source>…and %1 more alerts</source>
            <translation>……另有 %1 条提醒</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="470" />
            <source>No alerts.</source>
            <translation>暂无提醒。</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="485" />
            <source>%1 targets, %2 gaps</source>
            <translation>目标 %1 项，缺口 %2 个</translation>
        </message>
    </context>
    <context>
        <name>DossierPrint</name>
        <message>
            <location filename="../../ui/dossier_print.py" line="722" />
            <source>Print preview — visit dossiers</source>
            <translation>打印预览——走访档案</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_print.py" line="724" />
            <source>Print preview — visit dossier</source>
            <translation>打印预览——走访档案</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="225" />
            <location filename="../../ui/import_wizard.py" line="268" />
            <source>Choose a firm list</source>
            <translation>选择企业名单</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="228" />
            <source>An Excel (.xlsx) or CSV file: a registry export, an exchange list, a colleague's sheet or ChainFill's template. Nothing is written until the last step.</source>
            <translation>Excel（.xlsx）或 CSV 文件：工商信息导出、上市公司列表、同事整理的表格或本程序的导入模板均可。最后一步之前不会写入数据库。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="236" />
            <source>Path of the file</source>
            <translation>文件路径</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="237" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="240" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="242" />
            <source>e.g. registry export, November 2026</source>
            <translation>例如：工商信息导出（2026年11月）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="243" />
            <source>Source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="248" />
            <source>The source is recorded with every value this file brings in, so that the firm's page can say where each value came from.</source>
            <translation>本文件带入的每个数值都会记录来源，企业详情页可据此查看各项数据的出处。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="255" />
            <source>No list yet? Start from ChainFill's template.</source>
            <translation>还没有名单？可以从本程序的导入模板开始填写。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="256" />
            <source>Save the template…</source>
            <translation>保存导入模板…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="270" />
            <source>Firm lists (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>企业名单 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="291" />
            <source>Save the import template</source>
            <translation>保存导入模板</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="293" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/widgets/filters.py" line="68" />
            <source>Search name, short name, business… (Ctrl+F)</source>
            <translation>搜索企业名称、简称、主营业务…（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="79" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="80" />
            <source>Clear the search and every filter</source>
            <translation>清除搜索词和全部筛选条件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="96" />
            <source>Score ≥ </source>
            <translation>评分 ≥ </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="97" />
            <source>Any score</source>
            <translation>评分不限</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="106" />
            <source>Confidence ≥ </source>
            <translation>置信度 ≥ </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="108" />
            <source>Any confidence</source>
            <translation>置信度不限</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="110" />
            <source>Hide firms whose classification the model is less sure of</source>
            <translation>隐藏模型对其产业分类把握较低的企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="116" />
            <source>Confirmed only</source>
            <translation>仅看已确认</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="179" />
            <source>All cities</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="210" />
            <source>All districts</source>
            <translation>全部区县</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="221" />
            <source>All directions</source>
            <translation>全部产业方向</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="222" />
            <source>Outside the catalog</source>
            <translation>目录外（无方向）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="246" />
            <source>All segments</source>
            <translation>全部环节</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="357" />
            <source>Searching…</source>
            <translation>正在查询…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="361" />
            <source>%1 firms</source>
            <translation>共 %1 家</translation>
        </message>
    </context>
    <context>
        <name>FirmDetail</name>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="89" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="89" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="138" />
            <source>Select a firm to see its details.</source>
            <translation>选择一家企业查看详情。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="154" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="155" />
            <source>Correct this firm's name, codes, figures or description</source>
            <translation>修改企业的名称、代码、数据或业务描述</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="158" />
            <source>Add to shortlist</source>
            <translation>加入名单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="225" />
            <source>Profile</source>
            <translation>企业概况</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="239" />
            <location filename="../../ui/widgets/firm_detail.py" line="260" />
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="240" />
            <location filename="../../ui/widgets/firm_detail.py" line="261" />
            <source>Chain segment</source>
            <translation>产业链环节</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="241" />
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="242" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="243" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="245" />
            <source>Confirm this classification</source>
            <translation>确认当前分类</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="250" />
            <source>Correct the classification</source>
            <translation>更正分类</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="253" />
            <source>Staff corrections are kept, audited and used to retrain the classifier.</source>
            <translation>人工更正会被保存、记入审计日志，并用于重新训练分类模型。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="263" />
            <source>Save correction</source>
            <translation>保存更正</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="270" />
            <source>Classification</source>
            <translation>产业分类</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="282" />
            <source>overall score (0–100)</source>
            <translation>综合评分（0–100）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="285" />
            <source>Gap fit</source>
            <translation>补链契合度</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="286" />
            <source>Capability</source>
            <translation>企业实力</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="287" />
            <source>Propensity</source>
            <translation>落地可能性</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="295" />
            <source>Show the arithmetic</source>
            <translation>显示计算明细</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="300" />
            <source>Score</source>
            <translation>评分说明</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="316" />
            <source>Where each value came from</source>
            <translation>各项数据的来源</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="318" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="318" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="318" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="327" />
            <source>Sources</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="391" />
            <source>Outreach: %1</source>
            <translation>跟进阶段：%1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="398" />
            <source>Outside the catalog / not classified</source>
            <translation>目录外 / 尚未分类</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="405" />
            <source>Confirmed by staff</source>
            <translation>已人工确认</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="411" />
            <source>Automatic (not yet checked)</source>
            <translation>自动分类（尚未核对）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="414" />
            <source>Not yet classified</source>
            <translation>尚未分类</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="427" />
            <source>(outside every direction)</source>
            <translation>（不属于任何产业方向）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="444" />
            <source>(no particular segment)</source>
            <translation>（不指定环节）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="464" />
            <source>Every value came from the source above; nothing has been merged.</source>
            <translation>全部数据均来自上述来源，没有合并其他来源的数据。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="478" />
            <source>Working out the explanation…</source>
            <translation>正在生成评分说明…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="585" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="591" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="595" />
            <source>Saving the classification</source>
            <translation>正在保存分类</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="616" />
            <source>%1 (already on it)</source>
            <translation>%1（已在名单中）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="620" />
            <source>New shortlist…</source>
            <translation>新建名单…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="630" />
            <source>New shortlist</source>
            <translation>新建名单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="630" />
            <source>Name of the new shortlist:</source>
            <translation>新名单的名称：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="644" />
            <source>Added to shortlist “%1”.</source>
            <translation>已加入名单“%1”。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="649" />
            <source>Adding to shortlist</source>
            <translation>正在加入名单</translation>
        </message>
    </context>
    <context>
        <name>FirmEditDialog</name>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="69" />
            <source>(not stated)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="70" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="71" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="131" />
            <source>Edit firm</source>
            <translation>编辑企业信息</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="144" />
            <source>Values are read as in an import: amounts in 10,000 yuan unless a unit is written (1.2亿, 500万美元), ratios in percent. Leave a field empty to clear it.</source>
            <translation>填写规则与导入相同：金额默认以万元计，也可写明单位（1.2亿、500万美元）；比例以百分数计。留空表示清除该项。</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="160" />
            <source>Basic information</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="161" />
            <source>Business description</source>
            <translation>业务描述</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="162" />
            <source>Size and facts</source>
            <translation>规模与经营</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="196" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="198" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="209" />
            <source>%1 (10,000 yuan)</source>
            <translation>%1（万元）</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="239" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="243" />
            <source>Saving the firm</source>
            <translation>保存企业信息</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="279" />
            <source>Nothing was saved. Please correct: %1</source>
            <translation>未作任何修改。请更正：%1</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="283" />
            <source>%1 (to correct)</source>
            <translation>%1（有误）</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="297" />
            <source>Not saved: %1 changed this firm meanwhile.</source>
            <translation>未保存：%1 在此期间修改了这家企业。</translation>
        </message>
    </context>
    <context>
        <name>FirmTable</name>
        <message>
            <location filename="../../ui/models/firm_table.py" line="60" />
            <source>#</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="61" />
            <source>Name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="62" />
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="63" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="64" />
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="65" />
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="66" />
            <source>Chain segment</source>
            <translation>产业链环节</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="69" />
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="74" />
            <source>Score</source>
            <translation>综合评分</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="75" />
            <source>Gap fit</source>
            <translation>补链契合度</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="78" />
            <source>Capability</source>
            <translation>企业实力</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="85" />
            <source>Propensity</source>
            <translation>落地可能性</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="91" />
            <source>Profile</source>
            <translation>名录·动向</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="94" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="99" />
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="100" />
            <source>Revenue</source>
            <translation>营业收入</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="101" />
            <source>Founded</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="102" />
            <source>USCC</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="103" />
            <source>Stock code</source>
            <translation>股票代码</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="104" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="466" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
    </context>
    <context>
        <name>FirmsView</name>
        <message>
            <location filename="../../ui/views/firms.py" line="99" />
            <source>Import firms…</source>
            <translation>导入企业名单…</translation>
        </message>
        <message>
            <location filename="../../ui/views/firms.py" line="179" />
            <source>%1 firms listed</source>
            <translation>列出企业 %1 家</translation>
        </message>
    </context>
    <context>
        <name>FlagFilter</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="457" />
            <source>List</source>
            <translation>名录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="458" />
            <source>Only firms on one of the imported lists</source>
            <translation>只看列入某一名录的企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="466" />
            <source>All firms</source>
            <translation>全部企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="469" />
            <source>On any list</source>
            <translation>列入任一名录</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../ui/guide.py" line="80" />
            <source>User guide</source>
            <translation>补链招商助手 使用指南</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="105" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="107" />
            <location filename="../../ui/guide.py" line="152" />
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="109" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="152" />
            <source>ChainFill user guide.pdf</source>
            <translation>补链招商助手使用指南.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="163" />
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="54" />
            <source>(do not import)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="78" />
            <source>Rows read</source>
            <translation>读取行数</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="79" />
            <source>New firms</source>
            <translation>新增企业</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="80" />
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="81" />
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="82" />
            <source>Rejected</source>
            <translation>拒收</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="83" />
            <source>Conflicting values</source>
            <translation>数值冲突</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="95" />
            <location filename="../../ui/import_wizard.py" line="160" />
            <source>Rejected rows</source>
            <translation>拒收的行</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="98" />
            <source>Save rejected rows as CSV…</source>
            <translation>将拒收的行另存为 CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="105" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="106" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="107" />
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="108" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="125" />
            <source>Values that differed from the database</source>
            <translation>与库中已有数据不同的数值</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="131" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="132" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="133" />
            <source>Was</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="134" />
            <source>Now (from this file)</source>
            <translation>现值（来自本文件）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="162" />
            <source>(first %1 shown; save the CSV for all)</source>
            <translation>（仅显示前 %1 条，全部内容请另存为 CSV）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="183" />
            <source>Save rejected rows</source>
            <translation>保存拒收的行</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="185" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="642" />
            <source>Import firms</source>
            <translation>导入企业名单</translation>
        </message>
    </context>
    <context>
        <name>JobStatus</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="51" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="139" />
            <source>ChainFill</source>
            <translation>补链招商助手</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="142" />
            <source>Dongguan Commerce Bureau</source>
            <translation>东莞市商务局</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="202" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="204" />
            <source>&amp;Import firms…</source>
            <translation>导入企业名单(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="207" />
            <source>Last import &amp;report…</source>
            <translation>上次导入报告(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="213" />
            <source>Import &amp;lists, links or signals…</source>
            <translation>导入名录、关联关系或动向(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="219" />
            <source>&amp;Open database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="221" />
            <source>Connect to the &amp;team database…</source>
            <translation>连接团队数据库(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="223" />
            <source>&amp;New database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="224" />
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="227" />
            <source>Check &amp;out a working copy…</source>
            <translation>带出工作副本(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="228" />
            <source>Check &amp;in and merge…</source>
            <translation>带回并合并(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="231" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="234" />
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="236" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="243" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="244" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="246" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="249" />
            <source>Re&amp;compute classification, gaps and scores</source>
            <translation>重新计算分类、缺口和评分(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="255" />
            <source>Re&amp;train the direction classifier</source>
            <translation>重新训练产业方向分类模型(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="258" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="260" />
            <source>&amp;User guide</source>
            <translation>使用指南(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="262" />
            <source>&amp;About ChainFill</source>
            <translation>关于补链招商助手(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="362" />
            <source>ChainFill — value-chain investment promotion</source>
            <translation>补链招商助手</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="365" />
            <source>Team database %1</source>
            <translation>团队数据库 %1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="366" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="370" />
            <source>Working copy of %1, checked out %2</source>
            <translation>工作副本：来自 %1，%2 带出</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="374" />
            <source>working copy</source>
            <translation>工作副本</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="386" />
            <source>Firms: %1</source>
            <translation>企业 %1 家</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="425" />
            <source>Updating classification and scores</source>
            <translation>正在更新分类和评分</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="437" />
            <source>The classifier has been retrained.</source>
            <translation>分类模型已重新训练。</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="440" />
            <source>Retraining the classifier</source>
            <translation>正在重新训练分类模型</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="447" />
            <source>The team database is backed up on its server by the database administrator, not on this laptop.</source>
            <translation>团队数据库由数据库管理员在服务器上备份，不在本机备份。</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="461" />
            <source>Backup written: %1</source>
            <translation>已写入备份：%1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="465" />
            <source>Backing up</source>
            <translation>正在备份</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="470" />
            <source>Open a ChainFill database</source>
            <translation>打开补链招商助手数据库</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="472" />
            <source>ChainFill databases (*.sqlite *.db);;All files (*)</source>
            <translation>补链招商助手数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="480" />
            <source>Create a new ChainFill database</source>
            <translation>新建补链招商助手数据库</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="482" />
            <source>ChainFill databases (*.sqlite)</source>
            <translation>补链招商助手数据库 (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="487" />
            <source>That file already exists. Choose a new file name.</source>
            <translation>该文件已存在，请换一个文件名。</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="576" />
            <source>A background task is still running (%1). Stop it and exit?</source>
            <translation>后台任务仍在运行（%1）。要停止任务并退出吗？</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="318" />
            <source>Check the columns</source>
            <translation>核对列对应关系</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="321" />
            <source>Every column of the file, with its first values. Choose the field each column holds in the drop-down above it (ChainFill pre-selects what it recognised), or choose not to import it. The firm name is needed.</source>
            <translation>下面列出文件的每一列及其前几行的值。请在每列上方的下拉框中选择该列对应的字段（程序已预选能识别的列），或选择不导入该列。至少要指定企业名称。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="340" />
            <source>Problems found in the first rows</source>
            <translation>前几行中发现的问题</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="357" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="392" />
            <source>Format: %1</source>
            <translation>格式：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="393" />
            <source>Encoding: %1</source>
            <translation>编码：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="394" />
            <source>Header in row %1</source>
            <translation>表头在第 %1 行</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="397" />
            <source>Sheet: %1</source>
            <translation>工作表：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="398" />
            <source>%1 sample rows</source>
            <translation>预览 %1 行</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="408" />
            <source>Not imported: %1</source>
            <translation>不导入：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="410" />
            <source>No problems in the first rows.</source>
            <translation>前几行没有发现问题。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="420" />
            <source>Field</source>
            <translation>对应字段</translation>
        </message>
    </context>
    <context>
        <name>OutreachPanel</name>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="60" />
            <source>Choose a firm to see its stage, contacts and visits.</source>
            <translation>选择一家企业，查看其跟进阶段、联系人和走访记录。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="76" />
            <location filename="../../ui/views/shortlists/outreach.py" line="111" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="77" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="78" />
            <source>Visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="96" />
            <source>Required when dropping a firm</source>
            <translation>标记为“已放弃”时必填</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="98" />
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="99" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="100" />
            <location filename="../../ui/views/shortlists/outreach.py" line="111" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="102" />
            <source>Change stage</source>
            <translation>更新阶段</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="108" />
            <source>History</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="111" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="123" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="123" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="123" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="130" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="131" />
            <location filename="../../ui/views/shortlists/outreach.py" line="164" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="132" />
            <location filename="../../ui/views/shortlists/outreach.py" line="166" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="148" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="148" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="148" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="163" />
            <source>Log visit…</source>
            <translation>登记走访…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="165" />
            <source>Next step done</source>
            <translation>下一步已完成</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="208" />
            <source>On shortlists: %1</source>
            <translation>所在名单：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="216" />
            <source>Current stage: %1</source>
            <translation>当前阶段：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="233" />
            <source>Recorded by %1</source>
            <translation>经办人：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="241" />
            <source>Signal: %1</source>
            <translation>动向：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="259" />
            <source>E-mail: %1</source>
            <translation>邮箱：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="323" />
            <source>Changing stage</source>
            <translation>正在更新阶段</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="333" />
            <location filename="../../ui/views/shortlists/outreach.py" line="344" />
            <source>Saving contact</source>
            <translation>正在保存联系人</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="352" />
            <source>Delete the contact %1?</source>
            <translation>删除联系人“%1”？</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="355" />
            <source>Deleting contact</source>
            <translation>正在删除联系人</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="364" />
            <location filename="../../ui/views/shortlists/outreach.py" line="374" />
            <location filename="../../ui/views/shortlists/outreach.py" line="383" />
            <source>Saving visit</source>
            <translation>正在保存走访记录</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="391" />
            <source>Delete the visit of %1?</source>
            <translation>删除 %1 的走访记录？</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="393" />
            <source>Deleting visit</source>
            <translation>正在删除走访记录</translation>
        </message>
    </context>
    <context>
        <name>RatesEditor</name>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="45" />
            <source>Rates as of</source>
            <translation>汇率日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="56" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="56" />
            <source>Yuan per unit</source>
            <translation>1 单位折合人民币（元）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="77" />
            <source>Save and re-rank</source>
            <translation>保存并重新评分</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="79" />
            <source>Revert</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="107" />
            <location filename="../../ui/widgets/fx_rates.py" line="155" />
            <source>How many yuan one unit of this currency is worth</source>
            <translation>1 单位该币种折合多少元人民币</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="113" />
            <source>Foreign-currency registered capital is converted at these rates for scoring and dossiers. Double-click a rate to change it.</source>
            <translation>外币注册资本按此表折算为人民币，用于评分和走访档案。双击汇率即可修改。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="179" />
            <source>Saved; re-ranking every firm…</source>
            <translation>已保存，正在按新汇率重新评分…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="183" />
            <source>Re-ranking with the new exchange rates</source>
            <translation>按新汇率重新评分</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="191" />
            <source>Rates saved; %1 firms re-ranked.</source>
            <translation>汇率已保存；已重新评分 %1 家企业。</translation>
        </message>
    </context>
    <context>
        <name>RegionsEditor</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="494" />
            <source>Candidate regions</source>
            <translation>候选地区</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="495" />
            <source>Separated by commas, e.g. 深圳市、广州市、港澳、境外:日本</source>
            <translation>用顿号或逗号分隔，如：深圳市、广州市、港澳、境外:日本</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="498" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="511" />
            <source>Candidates now come from: %1</source>
            <translation>当前候选企业来自：%1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="534" />
            <source>Re-ranking with the candidate regions</source>
            <translation>正在按候选地区重新排名</translation>
        </message>
    </context>
    <context>
        <name>RemoveSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="946" />
            <source>Remove segment</source>
            <translation>删除环节</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="948" />
            <source>Remove the segment “%1” from the catalog?</source>
            <translation>从目录中删除环节“%1”？</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="954" />
            <source>%1 firms in “%2” were confirmed by staff. Choose the segment of the same direction they and their corrections move to:</source>
            <translation>“%2”中有 %1 家企业经人工确认。请选择把这些企业及其修正记录转入本方向的哪个环节：</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="969" />
            <source>%1 firms the classifier put in it will be classified again.</source>
            <translation>模型分入该环节的 %1 家企业将重新分类。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="974" />
            <source>The removal is recorded in the audit log.</source>
            <translation>删除操作会记入审计日志。</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="977" />
            <source>Move and remove</source>
            <translation>转入并删除</translation>
        </message>
    </context>
    <context>
        <name>RenameDirectionDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="915" />
            <source>Rename direction</source>
            <translation>重命名方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="915" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="915" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
    </context>
    <context>
        <name>RenameSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="931" />
            <source>Rename segment</source>
            <translation>环节改名</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="931" />
            <source>Code</source>
            <translation>环节代码</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="931" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="691" />
            <source>Import report</source>
            <translation>导入报告</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <location filename="../../ui/views/review.py" line="59" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="60" />
            <source>Model's call</source>
            <translation>模型判断</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="61" />
            <source>Certainty</source>
            <translation>把握</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="62" />
            <source>Industry label</source>
            <translation>所属行业</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="63" />
            <source>Why queued</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="64" />
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="65" />
            <source>Ranking impact</source>
            <translation>排名影响</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="66" />
            <source>Done</source>
            <translation>处理</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="70" />
            <source>Model unsure</source>
            <translation>把握不足</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="71" />
            <source>Label disagrees</source>
            <translation>行业不符</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="72" />
            <source>Direction retired</source>
            <translation>方向已停用</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="111" />
            <source>Outside the catalog</source>
            <translation>不属于目录</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="148" />
            <source>The label points outside the catalog</source>
            <translation>所属行业指向目录之外</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="152" />
            <source>The label suggests: %1</source>
            <translation>所属行业提示：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="156" />
            <source>Expected change of the score (points of 100) if the call is wrong and is corrected to the suggestion; — for firms that are not candidates</source>
            <translation>若模型判断有误并改为建议方向，评分（满分 100）预期变动多少；非候选企业为 —</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="167" />
            <source>Firm no. %1</source>
            <translation>企业编号 %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="178" />
            <source>The firm was in %1, a direction retired from the catalog; the model's call is its new place until someone confirms or corrects it</source>
            <translation>该企业原属“%1”，此方向已从目录停用；模型判断是它的新归属，须人工确认或改正</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="186" />
            <source>The model's call disagrees with the firm's industry label</source>
            <translation>模型的判断与企业的所属行业不符</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <location filename="../../ui/views/review.py" line="239" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="250" />
            <source>Confirm call (Space)</source>
            <translation>确认判断（空格）</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="252" />
            <source>Take suggestion (A)</source>
            <translation>采纳建议（A）</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="254" />
            <source>Outside the catalog (N)</source>
            <translation>不属于目录（N）</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="256" />
            <source>Change to…</source>
            <translation>改为…</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="267" />
            <source>Show up to </source>
            <translation>最多显示 </translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="268" />
            <source> firms</source>
            <translation> 家</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="281" />
            <source>Retrain</source>
            <translation>重新训练</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="322" />
            <source>Nothing to confirm: every classified firm is either confirmed, or the model is sure and agrees with its industry label.</source>
            <translation>没有待确认的企业：已分类的企业要么已经人工确认，要么模型有把握且与所属行业一致。</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="336" />
            <source>Select one or several rows (Shift/Ctrl). Space or Enter confirms the model's call, A takes the suggestion, N marks outside the catalog; right-click or “Change to…” picks another direction.</source>
            <translation>可选一行或多行（Shift/Ctrl）。空格或回车：确认模型的判断；A：采纳建议；N：不属于目录；右键或“改为…”：改为其他方向。</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="384" />
            <source>Edited</source>
            <translation>已修改</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="420" />
            <source>%1 firms to confirm</source>
            <translation>待确认 %1 家企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="459" />
            <source>Saving the classification</source>
            <translation>正在保存分类</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="469" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="473" />
            <source>→ %1</source>
            <translation>→ %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="488" />
            <source>%1 calls confirmed and %2 corrected in this session. Retrain the classifier so that it learns from them?</source>
            <translation>本次已确认 %1 家、修正 %2 家。重新训练分类模型，让它学到这些确认和修正？</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="509" />
            <source>Outside the catalog</source>
            <translation>不属于目录</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="517" />
            <source>Confirm the model's call</source>
            <translation>确认模型的判断</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="520" />
            <source>Take the suggestion</source>
            <translation>采纳建议</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="523" />
            <source>Change to</source>
            <translation>改为</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="530" />
            <source>Retraining the classifier…</source>
            <translation>正在重新训练分类模型……</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="541" />
            <source>Retraining the classifier</source>
            <translation>重新训练分类模型</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="554" />
            <source>Retrained. Of the %1 firms staff have confirmed or corrected, the old model agreed with %2, the new one with %3 (it has seen them, so this is an upper bound).</source>
            <translation>已重新训练。人工确认或修正过的 %1 家企业：原模型判对 %2，新模型判对 %3（新模型已见过这些企业，此数为上限）。</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="563" />
            <source>Retrained.</source>
            <translation>已重新训练。</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="567" />
            <source>%1: %2</source>
            <translation>%1 %2 家</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="571" />
            <source>%1 unconfirmed firms changed direction (mostly %2): if a correction was wrong, similar firms followed it.</source>
            <translation>另有 %1 家未确认的企业改变了方向（主要为 %2）；若有修正有误，相似的企业也会随之改变。</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="584" />
            <source>Retraining failed.</source>
            <translation>重新训练未完成。</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="496" />
            <source>Check every row</source>
            <translation>逐行校验</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="499" />
            <source>A trial run over the whole file: the counts below are exact, and nothing has been written yet.</source>
            <translation>对整个文件试运行一遍：下列统计数字准确无误，但尚未写入数据库。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="504" />
            <location filename="../../ui/import_wizard.py" line="525" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="507" />
            <source>The firms are written in one step: if you cancel, the database stays exactly as it was.</source>
            <translation>企业数据一次性写入：如果中途取消，数据库将保持原样。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="516" />
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="539" />
            <source>Checking the rows…</source>
            <translation>正在校验…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="539" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="567" />
            <source>Importing %1</source>
            <translation>正在导入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="609" />
            <source>Cancelled. The database has not been changed.</source>
            <translation>已取消，数据库未作任何改动。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="615" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../ui/views/settings_view.py" line="71" />
            <source>daily</source>
            <translation>每日自动</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="72" />
            <source>by hand</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="73" />
            <source>before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="74" />
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="81" />
            <source>before an upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="104" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="104" />
            <source>Where ChainFill keeps its data.</source>
            <translation>本程序数据的存放位置。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="111" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="116" />
            <source>Open another database…</source>
            <translation>打开其他数据库…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="117" />
            <source>Create a new database…</source>
            <translation>新建数据库…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="118" />
            <source>Show folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="119" />
            <source>Connect to the team database…</source>
            <translation>连接团队数据库…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="127" />
            <source>Recently used databases</source>
            <translation>最近使用的数据库</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="138" />
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="138" />
            <source>The language of the interface. Chinese is the default.</source>
            <translation>界面显示语言，默认为中文。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="147" />
            <source>Restart now</source>
            <translation>立即重启</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="159" />
            <source>Ranking weights</source>
            <translation>评分权重</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="161" />
            <source>How the overall score of a candidate combines its three parts. Stored in the database, so colleagues sharing it rank the same way.</source>
            <translation>候选企业综合评分中三个部分所占的比重。权重保存在数据库中，共用同一数据库的同事排序结果一致。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="171" />
            <source>Your details</source>
            <translation>本人信息</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="173" />
            <source>Named as the owner of shortlists, the compiler of dossiers and in the change log, instead of the computer's login name.</source>
            <translation>用作重点名单的负责人、走访材料的编制人和操作记录中的人名，代替电脑的登录名。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="181" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="182" />
            <source>Section</source>
            <translation>科室</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="183" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="201" />
            <source>Backups</source>
            <translation>数据备份</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="204" />
            <source>Backup time</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="204" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="204" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="218" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="220" />
            <source>Show backup folder</source>
            <translation>打开备份文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="222" />
            <source>Restore selected…</source>
            <translation>从所选备份恢复…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="224" />
            <source>Restore from file…</source>
            <translation>从文件恢复…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="235" />
            <source>Automatic backups to keep:</source>
            <translation>自动备份保留份数：</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="249" />
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="249" />
            <source>Yuan per unit of each currency.</source>
            <translation>各币种 1 单位折合人民币的元数，外币注册资本按此折算。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="259" />
            <source>Candidate regions</source>
            <translation>候选地区</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="261" />
            <source>Where the ranked candidates are registered: cities, Hong Kong and Macao, or foreign firms (with their country). Firms of Dongguan are its local base.</source>
            <translation>参与排名的候选企业的注册地：城市、港澳，或境外企业（可注明国家）。东莞企业是本地产业基础，不作为候选。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="280" />
            <source>Team database %1</source>
            <translation>团队数据库 %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="303" />
            <source>%1 firms · on the team's server · schema version %3 · created %4</source>
            <translation>%1 家企业 · 位于团队服务器 · 架构版本 %3 · 创建于 %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="305" />
            <source>%1 firms · %2 on disk · schema version %3 · created %4</source>
            <translation>企业 %1 家 · 占用 %2 · 结构版本 %3 · 创建于 %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="335" />
            <source>The team database is backed up on its server by the database administrator (docs/team-database.md, section 3), not on this laptop.</source>
            <translation>团队数据库由数据库管理员在服务器上备份（见 docs/team-database.md 第 3 节），不在本机备份。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="342" />
            <source>A backup is made on the first start of each day and before imports, restores and upgrades; the newest %1 are kept. Backups are in %2.</source>
            <translation>每天首次启动时以及导入、恢复、升级之前都会自动备份，保留最近 %1 份。备份位于 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="379" />
            <source>Select a backup in the list first.</source>
            <translation>请先在列表中选择一份备份。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="393" />
            <source>Restore from file</source>
            <translation>从文件恢复</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="395" />
            <source>ChainFill database (*.sqlite *.db);;All files (*)</source>
            <translation>ChainFill 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="412" />
            <source>Backup written: %1</source>
            <translation>已写入备份：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="418" />
            <source>Backing up</source>
            <translation>正在备份</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="459" />
            <source>Choosing the person</source>
            <translation>正在选择本人</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="472" />
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="473" />
            <source>investment officer</source>
            <translation>招商专员</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="474" />
            <source>read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="482" />
            <source>On this database: %1, not on its list of people.</source>
            <translation>在本数据库：%1，尚未登记在人员名单中。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="487" />
            <source>On this database: %1, %2.</source>
            <translation>在本数据库：%1，%2。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="492" />
            <source>(deactivated)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="503" />
            <source>The new language is used after a restart.</source>
            <translation>重启程序后使用新的界面语言。</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="520" />
            <source>%1 backups listed</source>
            <translation>列出备份 %1 份</translation>
        </message>
    </context>
    <context>
        <name>ShortlistsView</name>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="24" />
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="25" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="26" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="27" />
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="28" />
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="29" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="30" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="50" />
            <source>Shortlists &amp; visits</source>
            <translation>名单与走访</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="53" />
            <source>Print preview…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="55" />
            <source>Preview and print the dossier of the chosen firm (Ctrl+P: the whole list)</source>
            <translation>预览并打印所选企业的走访档案（Ctrl+P：整份名单）</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="58" />
            <source>Dossiers to PDF…</source>
            <translation>走访档案导出 PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="60" />
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="70" />
            <source>Shortlists</source>
            <translation>名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="78" />
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="79" />
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="80" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="90" />
            <source>Next steps due</source>
            <translation>到期的下一步</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="91" />
            <source>Overdue and due within a week; double-click to open the firm.</source>
            <translation>已逾期和一周内到期的事项；双击打开企业。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="124" />
            <source>This list is empty. Add firms from Firms or Recommendations with “Add to shortlist”.</source>
            <translation>名单中还没有企业。可在“企业库”或“推荐”中用“加入名单”添加。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="134" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="134" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="137" />
            <source>Remove from list</source>
            <translation>移出名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="145" />
            <source>Drag rows to change the order; double-click a note to edit it.</source>
            <translation>拖动行可调整顺序；双击备注可编辑。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="212" />
            <source>%1 shortlists, %2 firms in the chosen one, %3 next steps due</source>
            <translation>%1 份名单，当前名单 %2 家企业，%3 项下一步到期</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="236" />
            <source>No shortlist yet — create one with “New…”</source>
            <translation>还没有名单——点“新建…”创建</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="246" />
            <source>Owner: %1</source>
            <translation>负责人：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="271" />
            <source>Double-click to write a note</source>
            <translation>双击填写备注</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="299" />
            <source>%1 days overdue</source>
            <translation>逾期 %1 天</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="301" />
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="303" />
            <source>due in %1 days</source>
            <translation>%1 天后到期</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="310" />
            <source>Nothing due.</source>
            <translation>没有到期事项。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="364" />
            <source>New shortlist</source>
            <translation>新建名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="364" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="369" />
            <source>Creating shortlist</source>
            <translation>正在新建名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="377" />
            <source>Rename shortlist</source>
            <translation>重命名名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="377" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="384" />
            <source>Renaming shortlist</source>
            <translation>正在重命名名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="392" />
            <source>Delete the shortlist “%1”? The firms stay in the database.</source>
            <translation>删除名单“%1”？名单中的企业仍保留在企业库中。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="398" />
            <source>Deleting shortlist</source>
            <translation>正在删除名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="406" />
            <source>Reordering</source>
            <translation>正在调整顺序</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="423" />
            <source>Removing from shortlist</source>
            <translation>正在移出名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="435" />
            <source>Saving note</source>
            <translation>正在保存备注</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="454" />
            <location filename="../../ui/views/shortlists/view.py" line="487" />
            <source>There is nothing to print: the list is empty.</source>
            <translation>没有可打印的内容：名单是空的。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="473" />
            <source>no printer installed (print to PDF instead)</source>
            <translation>未安装打印机（可改为输出 PDF）</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="492" />
            <source>Save dossiers as PDF</source>
            <translation>将走访档案保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="494" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="504" />
            <source>Laying out the dossiers…</source>
            <translation>正在排版走访档案…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="504" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="506" />
            <location filename="../../ui/views/shortlists/view.py" line="533" />
            <source>Dossiers to PDF</source>
            <translation>走访档案导出 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="520" />
            <source>%1 dossiers, %2 pages, written to %3.</source>
            <translation>已生成 %1 份走访档案，共 %2 页，保存在 %3。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="528" />
            <source>Cancelled; no file was written.</source>
            <translation>已取消，没有写入文件。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="548" />
            <source>Export shortlist</source>
            <translation>导出名单</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="548" />
            <source>Excel files (*.xlsx)</source>
            <translation>Excel 文件 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="558" />
            <source>Include full contact details (phone, e-mail, names)? They are personal data: choose No to export them masked.</source>
            <translation>导出完整的联系人信息（电话、邮箱、姓名）吗？这些是个人信息：选“否”将脱敏导出。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="566" />
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="572" />
            <source>Exporting shortlist</source>
            <translation>正在导出名单</translation>
        </message>
    </context>
    <context>
        <name>SignalDialog</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="273" />
            <source>Record a signal</source>
            <translation>记录动向</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="284" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="285" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="286" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>StrategyChooser</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="404" />
            <location filename="../../ui/widgets/targeting.py" line="410" />
            <source>Strategy</source>
            <translation>招商策略</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="444" />
            <source>Re-ranking with the strategy</source>
            <translation>正在按所选策略重新排名</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictDialog</name>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="65" />
            <source>Check-in conflicts</source>
            <translation>带回冲突</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="74" />
            <source>These fields were changed both on this laptop and in the team database since the copy was checked out (or a record deleted here was changed there). Choose which to keep for each; nothing of these records is written until you decide. Check in again to apply your choices.</source>
            <translation>自带出以来，以下字段在本机和团队数据库中都被修改过（或本机删除的记录同事改过）。请逐项选择保留哪一方；决定之前，这些记录都不会写入。选择后再次“带回并合并”即可生效。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="87" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="88" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="89" />
            <source>At checkout</source>
            <translation>带出时（基准）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="90" />
            <source>Mine (this copy)</source>
            <translation>我的（本副本）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="91" />
            <source>Theirs (team)</source>
            <translation>团队的</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="97" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="112" />
            <source>Deleted on this laptop (delete it)</source>
            <translation>本机已删除（删除）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="114" />
            <source>Keep: %1</source>
            <translation>保留：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="139" />
            <source>No conflicts are waiting.</source>
            <translation>没有等待处理的冲突。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="144" />
            <source>Keep my choices</source>
            <translation>保存选择</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="146" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>SyncDialogs</name>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="40" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="41" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="225" />
            <source>Save the working copy as</source>
            <translation>工作副本保存为</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="227" />
            <source>ChainFill databases (*.sqlite)</source>
            <translation>ChainFill 数据库 (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="243" />
            <source>Working copy saved: %1 firms in %2. Open it to work offline.</source>
            <translation>工作副本已保存：%1 家企业，文件 %2。打开该文件即可离线工作。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="272" />
            <source>Check in a working copy</source>
            <translation>带回工作副本</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="274" />
            <source>ChainFill databases (*.sqlite);;All files (*)</source>
            <translation>ChainFill 数据库 (*.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="292" />
            <source>%1 changes merged.</source>
            <translation>已合并 %1 处改动。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="298" />
            <source>%1 conflicts wait for your decision.</source>
            <translation>%1 处冲突等待您决定。</translation>
        </message>
    </context>
    <context>
        <name>TargetingImportDialog</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="555" />
            <source>Import lists, links or signals</source>
            <translation>导入名录、关联关系或动向</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="561" />
            <source>A list of firms (专精特新, 小巨人 …)</source>
            <translation>企业名录（专精特新、小巨人等）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="562" />
            <source>Links between firms</source>
            <translation>企业关联关系</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="563" />
            <source>Signals of movement</source>
            <translation>企业动向</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="565" />
            <source>What</source>
            <translation>导入内容</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="568" />
            <source>CSV or XLSX file</source>
            <translation>CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="569" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="573" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="577" />
            <source>List</source>
            <translation>名录名称</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="580" />
            <source>when the file has no year column</source>
            <translation>文件中没有年份列时填写</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="581" />
            <source>Year</source>
            <translation>入选年份</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="593" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="606" />
            <source>Columns: 企业名称 and/or 统一社会信用代码 (English headers too); 年份 optional.</source>
            <translation>列：企业名称和/或统一社会信用代码（也可用英文列名），可有年份列。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="609" />
            <source>Columns: 企业名称, 关联企业, 关系 (供应商/客户/母公司/子公司/同一集团), 来源, 日期.</source>
            <translation>列：企业名称、关联企业、关系（供应商/客户/母公司/子公司/同一集团）、来源、日期。关系说明本企业对关联企业是什么。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="612" />
            <source>Columns: 企业名称, 类型, 日期, 说明 (来源 optional). A row dated after today is refused.</source>
            <translation>列：企业名称、类型、日期、说明（可有来源列）。日期在今天之后的行不导入。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="621" />
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="621" />
            <source>Sheets (*.csv *.xlsx)</source>
            <translation>表格文件 (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="667" />
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
    </context>
    <context>
        <name>TargetingPanel</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="94" />
            <source>Lists</source>
            <translation>名录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="101" />
            <source>Signals</source>
            <translation>动向</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="103" />
            <source>Record a signal…</source>
            <translation>记录动向…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="109" />
            <location filename="../../ui/widgets/targeting.py" line="131" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="110" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="111" />
            <source>Weight</source>
            <translation>当前权重</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="112" />
            <location filename="../../ui/widgets/targeting.py" line="131" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="113" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="121" />
            <source>Links</source>
            <translation>关联企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="123" />
            <source>Linked candidates…</source>
            <translation>以商引商…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="125" />
            <source>Candidates linked to this firm: its suppliers first, then customers and group</source>
            <translation>与该企业关联的候选企业：先列供应商，再列客户和同一集团企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="131" />
            <source>This firm is</source>
            <translation>本企业是</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="131" />
            <source>Partner</source>
            <translation>关联企业</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="163" />
            <source>On no list imported so far.</source>
            <translation>未列入已导入的任何名录。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="179" />
            <source>Signals raise the landing propensity; each fades by half over its half-life.</source>
            <translation>动向提高落地可能性；每条动向的权重按其半衰期逐渐减半。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="181" />
            <source>No signals recorded.</source>
            <translation>尚无动向记录。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="183" />
            <source>(not in the database)</source>
            <translation>（库外企业）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="196" />
            <source>No links recorded.</source>
            <translation>尚无关联企业记录。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="201" />
            <source>Same group: %1</source>
            <translation>同一集团：%1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="232" />
            <source>Recording the signal</source>
            <translation>正在记录动向</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="379" />
            <source>Lists &amp; links</source>
            <translation>名录与关联</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="77" />
            <source>Visit</source>
            <translation>走访记录</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="81" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="84" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="85" />
            <source>Our staff</source>
            <translation>我方人员</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="86" />
            <source>Their people</source>
            <translation>对方人员</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="92" />
            <source>Summary</source>
            <translation>会谈纪要</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="93" />
            <source>What they asked for</source>
            <translation>企业诉求</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="94" />
            <source>Expansion plans</source>
            <translation>扩产计划</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="95" />
            <source>Land and cost pressure</source>
            <translation>用地与成本压力</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="103" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="105" />
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="113" />
            <source>Next step date</source>
            <translation>下一步日期</translation>
        </message>
    </context>
    <context>
        <name>WeightsEditor</name>
        <message>
            <location filename="../../ui/widgets/weights.py" line="88" />
            <source>Defaults</source>
            <translation>恢复默认</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="89" />
            <source>Back to the default weights</source>
            <translation>恢复为默认权重</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="127" />
            <source>At least one weight must be above zero.</source>
            <translation>至少有一项权重必须大于 0。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="130" />
            <source>Re-ranking when you stop moving the sliders…</source>
            <translation>停止拖动滑块后将重新排序…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="156" />
            <source>Re-ranking every firm…</source>
            <translation>正在为全部企业重新评分…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="160" />
            <source>Re-ranking with the new weights</source>
            <translation>正在按新权重重新评分</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="169" />
            <source>Re-ranked %1 firms in %2 s.</source>
            <translation>已重新评分 %1 家企业，用时 %2 秒。</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="38" />
            <source>Upstream</source>
            <translation>上游</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="39" />
            <source>Midstream</source>
            <translation>中游</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="40" />
            <source>Downstream</source>
            <translation>下游</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="46" />
            <location filename="../../ui/widgets/chainmap.py" line="33" />
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="47" />
            <location filename="../../ui/widgets/chainmap.py" line="34" />
            <source>Weak</source>
            <translation>薄弱</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="48" />
            <location filename="../../ui/widgets/chainmap.py" line="35" />
            <source>Present</source>
            <translation>具备</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="49" />
            <location filename="../../ui/widgets/chainmap.py" line="36" />
            <source>Strong</source>
            <translation>优势</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="../../ui/field_labels.py" line="25" />
            <source>All fields when the firm was added</source>
            <translation>建档时的全部字段</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="26" />
            <source>Name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="27" />
            <source>Short name</source>
            <translation>企业简称</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="28" />
            <source>USCC</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="29" />
            <source>Stock code</source>
            <translation>股票代码</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="30" />
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="31" />
            <source>Firm type</source>
            <translation>企业类型</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="32" />
            <source>Industry</source>
            <translation>所属行业</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="33" />
            <source>Province</source>
            <translation>所属省份</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="34" />
            <source>City</source>
            <translation>所属城市</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="35" />
            <source>District</source>
            <translation>所属区县</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="36" />
            <source>Registered address</source>
            <translation>注册地址</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="37" />
            <source>Founded</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="38" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="39" />
            <source>Currency</source>
            <translation>注册资本币种</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="40" />
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="41" />
            <source>Revenue</source>
            <translation>营业收入</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="42" />
            <source>Revenue growth</source>
            <translation>营收增长率</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="43" />
            <source>R&amp;D ratio</source>
            <translation>研发投入占比</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="44" />
            <source>Patents</source>
            <translation>专利数量</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="45" />
            <source>High-tech enterprise</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="46" />
            <source>Listing</source>
            <translation>上市板块</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="47" />
            <source>Listing date</source>
            <translation>上市日期</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="48" />
            <source>Main business</source>
            <translation>主营业务</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="49" />
            <source>Business scope</source>
            <translation>经营范围</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="50" />
            <source>Introduction</source>
            <translation>企业简介</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="51" />
            <source>Website</source>
            <translation>官网</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="52" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="53" />
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="54" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <location filename="../../ui/fmt.py" line="100" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="101" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="102" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="131" />
            <source>%1 firms</source>
            <translation>%1 家</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../ui/main.py" line="77" />
            <location filename="../../ui/main.py" line="133" />
            <location filename="../../ui/main.py" line="141" />
            <source>ChainFill</source>
            <translation>补链招商助手</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="134" />
            <source>Work in the local database instead?</source>
            <translation>改为使用本机数据库吗？</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="151" />
            <source>Generating demo data…</source>
            <translation>正在生成演示数据…</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="151" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="153" />
            <source>Demo database</source>
            <translation>演示数据库</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="182" />
            <source>Generating demo data</source>
            <translation>正在生成演示数据</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="199" />
            <source>Welcome to ChainFill</source>
            <translation>欢迎使用补链招商助手</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="200" />
            <source>A new, empty database has been created:</source>
            <translation>已新建一个空数据库：</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="202" />
            <source>Import a firm list (an Excel or CSV export) to begin, or open the demo database with fictional firms to look around first.</source>
            <translation>可以先导入一份企业名单（Excel 或 CSV 导出文件），也可以先打开内含虚构企业的演示数据库熟悉各项功能。</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="209" />
            <source>Import a firm list…</source>
            <translation>导入企业名单…</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="212" />
            <source>Open the demo database</source>
            <translation>打开演示数据库</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="214" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <location filename="../../ui/messages.py" line="96" />
            <location filename="../../ui/messages.py" line="106" />
            <source>ChainFill</source>
            <translation>补链招商助手</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="79" />
            <source>An unexpected error occurred. Your data has not been changed.</source>
            <translation>发生了意外错误。您的数据没有被改动。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>The details have been written to %1. Please send them to your IT colleague.</source>
            <translation>详细信息已写入 %1，请发给负责信息技术的同事。</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <location filename="../../ui/restore.py" line="20" />
            <location filename="../../ui/restore.py" line="41" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="21" />
            <source>Replace the content of the open database with this backup?
%1

The current database is backed up first, so this can be undone.</source>
            <translation>用这份备份替换当前数据库的内容吗？
%1

替换前会先备份当前数据库，可以撤回。</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="42" />
            <source>Restored. The database as it was before is kept as a backup:
%1</source>
            <translation>已恢复。恢复前的数据库已保存为备份：
%1</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="47" />
            <location filename="../../ui/restore.py" line="108" />
            <source>Restoring</source>
            <translation>正在恢复</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="73" />
            <location filename="../../ui/restore.py" line="83" />
            <source>Database damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="74" />
            <source>The database failed its integrity check and no sound backup was found.
Copy the database file somewhere safe before working with it.</source>
            <translation>数据库未通过完整性检查，且没有找到完好的备份。
请先把数据库文件复制到安全的位置，再继续使用。</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="84" />
            <source>The database failed its integrity check.</source>
            <translation>数据库未通过完整性检查。</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="86" />
            <source>The newest sound backup is:
%1
Restore it now?</source>
            <translation>最新的完好备份是：
%1
现在恢复吗？</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="90" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="91" />
            <source>Not now</source>
            <translation>暂不</translation>
        </message>
    </context>
    <context>
        <name>stages</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="55" />
            <location filename="../../ui/views/shortlists/common.py" line="14" />
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="56" />
            <location filename="../../ui/views/shortlists/common.py" line="15" />
            <source>Contacted</source>
            <translation>已接洽</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="57" />
            <location filename="../../ui/views/shortlists/common.py" line="16" />
            <source>Visited</source>
            <translation>已走访</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="58" />
            <location filename="../../ui/views/shortlists/common.py" line="17" />
            <source>Negotiating</source>
            <translation>洽谈中</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="59" />
            <location filename="../../ui/views/shortlists/common.py" line="18" />
            <source>Signed</source>
            <translation>已签约</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="60" />
            <location filename="../../ui/views/shortlists/common.py" line="19" />
            <source>Landed</source>
            <translation>已落地</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="61" />
            <location filename="../../ui/views/shortlists/common.py" line="20" />
            <source>Dropped</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="22" />
            <source>Not in pipeline</source>
            <translation>未跟进</translation>
        </message>
    </context>
    <context>
        <name>targeting</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="255" />
            <source>Through firms here: %1 of %2</source>
            <translation>以商引商：%2的%1</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <location filename="../../ui/views/__init__.py" line="72" />
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="73" />
            <source>Plan targets, the outreach pipeline and the biggest chain gaps at a glance</source>
            <translation>规划目标、招商跟进进度和主要补链缺口一览</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="84" />
            <source>Industry catalog</source>
            <translation>产业目录</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="85" />
            <source>Directions of the 2018–2025 plan and each direction's value chain</source>
            <translation>2018–2025 年规划的产业方向及各方向产业链图谱</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="96" />
            <source>Firms</source>
            <translation>企业库</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="97" />
            <source>Search and filter every firm; check and correct its classification</source>
            <translation>检索、筛选全部企业，核对并更正其产业分类</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="120" />
            <source>To confirm</source>
            <translation>待确认</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="121" />
            <source>The classifier's least sure calls, by how much a correction would change the ranking</source>
            <translation>分类模型最没把握的判断，按修正后对排名的影响排序</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="167" />
            <source>Investment pipeline</source>
            <translation>招商项目</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="168" />
            <source>Deals under negotiation by stage, pre-entry assessment, sites and reports</source>
            <translation>在谈项目按阶段排列、引进前评估、载体与招商统计</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="108" />
            <source>Recommendations</source>
            <translation>推荐</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="109" />
            <source>Candidates ranked by how well they fill Dongguan's chain gaps</source>
            <translation>按补链契合程度排序的候选企业</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="133" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="134" />
            <source>Database, language, ranking weights and backups</source>
            <translation>数据库、界面语言、评分权重与数据备份</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="143" />
            <source>Shortlists &amp; visits</source>
            <translation>名单与走访</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="144" />
            <source>Shortlists, outreach stages, contacts, visits and printed visit dossiers</source>
            <translation>重点企业名单、跟进阶段、联系人、走访记录和走访档案打印</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="155" />
            <source>Brought-in projects</source>
            <translation>项目履约</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="156" />
            <source>Commitments against actuals, milestones and the per-mu appraisal</source>
            <translation>引进项目的承诺与实绩、节点进度和亩均效益评价</translation>
        </message>
    </context>
    <context>
        <name>weights</name>
        <message>
            <location filename="../../ui/widgets/weights.py" line="20" />
            <source>Gap fit</source>
            <translation>补链契合度</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="21" />
            <source>Capability</source>
            <translation>企业实力</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="22" />
            <source>Landing propensity</source>
            <translation>落地可能性</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="28" />
            <source>How much of a Dongguan gap the firm's segment would fill</source>
            <translation>企业所在环节能在多大程度上填补东莞的缺口</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="31" />
            <source>Size, growth, R&amp;D, patents, listing, high-tech status</source>
            <translation>规模、成长性、研发投入、专利、上市情况、高新技术企业资格</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="34" />
            <source>How likely such a firm is to land, learnt from the bureau's outcomes</source>
            <translation>此类企业落地东莞的可能性，从本局以往的落地与放弃结果中学习</translation>
        </message>
    </context>
</TS>
