<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../ui/views/projects/charts.py" line="71" />
            <source>%1 %2 · %3 pts</source>
            <translation>%1 %2 · %3 pts</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="72" />
            <source>Undefined</source>
            <translation>Undefined</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="72" />
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/projects/charts.py" line="82" />
            <source>%1 %2 · %3 pts</source>
            <comment>00,000.00</comment>
            <translation>
                <numerusform>%1 %2 · %3 pts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="155" />
            <source>%1: due %2, done %3, %4</source>
            <translation>%1: due %2, done %3, %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="173" />
            <location filename="../../ui/views/projects/charts.py" line="203" />
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="175" />
            <source>%1 days overdue</source>
            <translation>%1 days overdue</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="177" />
            <source>%1 days left</source>
            <translation>%1 days left</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="221" />
            <location filename="../../ui/views/projects/charts.py" line="223" />
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="329" />
            <source>actual</source>
            <translation>actual</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="340" />
            <source>committed (assessed in %1)</source>
            <translation>committed (assessed in %1)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="353" />
            <source>%1: %2; committed %3 %4, actual %5 %4</source>
            <translation>%1: %2; committed %3 %4, actual %5 %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/charts.py" line="361" />
            <source>; trend to %1: %2</source>
            <translation>; trend to %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="51" />
            <source>Report year</source>
            <translation>Report year</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="81" />
            <source>(not set)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="104" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="156" />
            <source>Firm (id, credit code or exact name)</source>
            <translation>Firm (id, credit code or exact name)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="41" />
            <location filename="../../ui/views/deals/form.py" line="157" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="42" />
            <location filename="../../ui/views/deals/form.py" line="158" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="43" />
            <location filename="../../ui/views/deals/form.py" line="159" />
            <location filename="../../ui/views/deals/form.py" line="222" />
            <source>Planned investment (万元, or 3.5亿)</source>
            <translation>Planned investment (万元, or 3.5亿)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="44" />
            <location filename="../../ui/views/deals/form.py" line="160" />
            <location filename="../../ui/views/deals/form.py" line="223" />
            <source>Land (亩)</source>
            <translation>Land (亩)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="45" />
            <location filename="../../ui/views/deals/form.py" line="161" />
            <location filename="../../ui/views/deals/form.py" line="224" />
            <source>Floor space (㎡)</source>
            <translation>Floor space (㎡)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="46" />
            <location filename="../../ui/views/deals/form.py" line="162" />
            <location filename="../../ui/views/deals/form.py" line="342" />
            <location filename="../../ui/views/deals/form.py" line="434" />
            <source>Town</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="47" />
            <location filename="../../ui/views/deals/form.py" line="48" />
            <location filename="../../ui/views/deals/form.py" line="163" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="49" />
            <location filename="../../ui/views/deals/form.py" line="165" />
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="50" />
            <location filename="../../ui/views/deals/form.py" line="166" />
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="51" />
            <location filename="../../ui/views/deals/form.py" line="167" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="52" />
            <location filename="../../ui/views/deals/form.py" line="168" />
            <location filename="../../ui/views/deals/form.py" line="232" />
            <source>Expected output (万元/year)</source>
            <translation>Expected output (万元/year)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="53" />
            <location filename="../../ui/views/deals/form.py" line="169" />
            <location filename="../../ui/views/deals/form.py" line="233" />
            <source>Expected tax (万元/year)</source>
            <translation>Expected tax (万元/year)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="54" />
            <location filename="../../ui/views/deals/form.py" line="170" />
            <source>Expected jobs</source>
            <translation>Expected jobs</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="55" />
            <location filename="../../ui/views/deals/form.py" line="171" />
            <source>Planned construction start</source>
            <translation>Planned construction start</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="56" />
            <location filename="../../ui/views/deals/form.py" line="172" />
            <source>Planned production start</source>
            <translation>Planned production start</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="284" />
            <source>Someone else saved this deal</source>
            <translation>Someone else saved this deal</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="287" />
            <source>%1 saved this deal at %2, after you opened it, and changed the same fields (theirs → yours):</source>
            <translation>%1 saved this deal at %2, after you opened it, and changed the same fields (theirs → yours):</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="294" />
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="295" />
            <source>Keep theirs</source>
            <translation>Keep theirs</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="314" />
            <source>Sign the deal</source>
            <translation>Sign the deal</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="320" />
            <source>Agreement number</source>
            <translation>Agreement number</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="321" />
            <source>Signing date</source>
            <translation>Signing date</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="333" />
            <source>Hand off to a town</source>
            <translation>Hand off to a town</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="343" />
            <location filename="../../ui/views/projects/dialogs.py" line="61" />
            <location filename="../../ui/views/projects/dialogs.py" line="315" />
            <location filename="../../ui/views/projects/page.py" line="108" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="367" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="369" />
            <location filename="../../ui/views/deals/form.py" line="470" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="415" />
            <source>Sites for %1</source>
            <translation>Sites for %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="424" />
            <source>Needs %1 in %2; sites of the register that fit, best first.</source>
            <comment>、</comment>
            <translation>Needs %1 in %2; sites of the register that fit, best first.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="425" />
            <source>(no stated need)</source>
            <translation>(no stated need)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="426" />
            <source>(no town)</source>
            <translation>(no town)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="434" />
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="434" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="434" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="448" />
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="450" />
            <source>offered</source>
            <translation>offered</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="461" />
            <source>No site in the register fits (chainfill site add …).</source>
            <translation>No site in the register fits (chainfill site add …).</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="468" />
            <source>Record as offered</source>
            <translation>Record as offered</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="469" />
            <source>Record as chosen</source>
            <translation>Record as chosen</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="58" />
            <location filename="../../ui/views/projects/page.py" line="270" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="66" />
            <source>Leave a figure empty when it was not reported; it is then left out, never counted as 0.</source>
            <translation>Leave a figure empty when it was not reported; it is then left out, never counted as 0.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="103" />
            <source>%1: </source>
            <translation>%1: </translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="104" />
            <location filename="../../ui/views/projects/dialogs.py" line="190" />
            <source>Not a number: %1</source>
            <translation>Not a number: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="138" />
            <source>%1 (due %2)</source>
            <translation>%1 (due %2)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="142" />
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="150" />
            <source>Reached on</source>
            <translation>Reached on</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="151" />
            <source>Not reached yet (clear the date)</source>
            <translation>Not reached yet (clear the date)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="203" />
            <source>Project details</source>
            <translation>Project details</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="212" />
            <location filename="../../ui/views/projects/dialogs.py" line="248" />
            <source>Land (mu)</source>
            <translation>Land (mu)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="213" />
            <location filename="../../ui/views/projects/dialogs.py" line="249" />
            <source>Leased floor space (m²)</source>
            <translation>Leased floor space (m²)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="217" />
            <source>Below the statistical scale (规下)</source>
            <translation>Below the statistical scale (规下)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="220" />
            <location filename="../../ui/views/projects/page.py" line="342" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="224" />
            <source>A 规下 firm is appraised on fewer indicators: %1.</source>
            <translation>A 规下 firm is appraised on fewer indicators: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="264" />
            <source>Leased premises without land of their own: enter 0 or leave the land empty, and the floor space is converted to land by the plot ratio %1.</source>
            <translation>Leased premises without land of their own: enter 0 or leave the land empty, and the floor space is converted to land by the plot ratio %1.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="269" />
            <source>Appraised on %1 mu (floor space ÷ plot ratio %2 ÷ 666.67 m² per mu).</source>
            <translation>Appraised on %1 mu (floor space ÷ plot ratio %2 ÷ 666.67 m² per mu).</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="297" />
            <source>Add a bonus or deduction item…</source>
            <translation>Add a bonus or deduction item…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="303" />
            <location filename="../../ui/views/projects/page.py" line="108" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="306" />
            <location filename="../../ui/views/projects/dialogs.py" line="335" />
            <location filename="../../ui/views/projects/page.py" line="291" />
            <source>veto: grade D</source>
            <translation>veto: grade D</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="309" />
            <location filename="../../ui/views/projects/page.py" line="108" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="312" />
            <location filename="../../ui/views/projects/dialogs.py" line="346" />
            <location filename="../../ui/views/projects/page.py" line="108" />
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="314" />
            <source>e.g. the penalty decision's number and date</source>
            <translation>e.g. the penalty decision's number and date</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="338" />
            <source>default %1; empty keeps the default</source>
            <translation>default %1; empty keeps the default</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="58" />
            <source>Select a project on the left.</source>
            <translation>Select a project on the left.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="77" />
            <location filename="../../ui/views/projects/view.py" line="426" />
            <source>Land and size…</source>
            <translation>Land and size…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="80" />
            <source>Land, leased floor space and whether the firm is below the statistical scale (规下)</source>
            <translation>Land, leased floor space and whether the firm is below the statistical scale (规下)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="94" />
            <source>Per-mu appraisal</source>
            <translation>Per-mu appraisal</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="94" />
            <source>Indicators against their benchmarks</source>
            <translation>Indicators against their benchmarks</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="100" />
            <location filename="../../ui/views/projects/view.py" line="450" />
            <location filename="../../ui/views/projects/view.py" line="470" />
            <source>Bonus and deduction items</source>
            <translation>Bonus and deduction items</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="101" />
            <source>Entered per year; they move that year's score, and a veto item sets grade D.</source>
            <translation>Entered per year; they move that year's score, and a veto item sets grade D.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="103" />
            <source>Add item…</source>
            <translation>Add item…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="104" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="115" />
            <source>No bonus or deduction items.</source>
            <translation>No bonus or deduction items.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="123" />
            <source>Committed vs actual</source>
            <translation>Committed vs actual</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Commitment</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Assessed on</source>
            <translation>Assessed on</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="227" />
            <source>&lt;b&gt;What would it take:&lt;/b&gt; %1</source>
            <comment>&lt;br/&gt;</comment>
            <translation>&lt;b&gt;What would it take:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="333" />
            <source>%1: reward of %2 (10k yuan) payable</source>
            <translation>%1: reward of %2 (10k yuan) payable</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="337" />
            <location filename="../../ui/views/projects/page.py" line="349" />
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="340" />
            <source>%1 reward: not payable (%2)</source>
            <translation>%1 reward: not payable (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="346" />
            <source>Penalty exposure %1 (10k yuan)</source>
            <translation>Penalty exposure %1 (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="349" />
            <source>: %1 missed</source>
            <translation>: %1 missed</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="353" />
            <source>No missed commitments: no penalty applies</source>
            <translation>No missed commitments: no penalty applies</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="355" />
            <source>Penalty clause: %1</source>
            <translation>Penalty clause: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="37" />
            <source>Awaiting feedback</source>
            <translation>Awaiting feedback</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="38" />
            <source>Following up</source>
            <translation>Following up</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="39" />
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="40" />
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="70" />
            <source>Town feedback</source>
            <translation>Town feedback</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="77" />
            <location filename="../../ui/views/projects/page.py" line="128" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="78" />
            <source>What the town reported</source>
            <translation>What the town reported</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="105" />
            <source>Select a deal to see its facts, assessment and history.</source>
            <translation>Select a deal to see its facts, assessment and history.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="119" />
            <source>Facts</source>
            <translation>Facts</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="138" />
            <source>Sites…</source>
            <translation>Sites…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="140" />
            <source>Sites of the register that fit this deal; record one offered or chosen</source>
            <translation>Sites of the register that fit this deal; record one offered or chosen</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="147" />
            <source>Pre-entry assessment</source>
            <translation>Pre-entry assessment</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="148" />
            <source>Assessment sheet…</source>
            <translation>Assessment sheet…</translation>
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
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="166" />
            <location filename="../../ui/views/deals/detail.py" line="174" />
            <location filename="../../ui/views/deals/form.py" line="59" />
            <location filename="../../ui/views/deals/form.py" line="175" />
            <source>Reason or conditions</source>
            <translation>Reason or conditions</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="172" />
            <location filename="../../ui/views/deals/form.py" line="57" />
            <location filename="../../ui/views/deals/form.py" line="173" />
            <source>Energy and environmental load</source>
            <translation>Energy and environmental load</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="173" />
            <location filename="../../ui/views/deals/form.py" line="58" />
            <location filename="../../ui/views/deals/form.py" line="174" />
            <source>Recommendation (set by staff)</source>
            <translation>Recommendation (set by staff)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="185" />
            <source>Save assessment</source>
            <translation>Save assessment</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="193" />
            <source>Stage history</source>
            <translation>Stage history</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="198" />
            <source>Hand-offs to towns</source>
            <translation>Hand-offs to towns</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="199" />
            <source>Record feedback…</source>
            <translation>Record feedback…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="236" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="260" />
            <source>%1 mu</source>
            <translation>%1 mu</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="262" />
            <source>%1 ×10k yuan/mu</source>
            <translation>%1 ×10k yuan/mu</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="265" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="319" />
            <source>Risks: %1</source>
            <translation>Risks: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="319" />
            <location filename="../../ui/views/projects/page.py" line="349" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="278" />
            <source>no due date</source>
            <translation>no due date</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="289" />
            <source>%1 people</source>
            <translation>%1 people</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="296" />
            <source>brought-in project %1</source>
            <translation>brought-in project %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="299" />
            <source>not signed</source>
            <translation>not signed</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="323" />
            <source>Major project: goes to the leading group (领导小组审议).</source>
            <translation>Major project: goes to the leading group (领导小组审议).</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="334" />
            <source>Findings come from the data; the recommendation is staff's, not the program's.</source>
            <translation>Findings come from the data; the recommendation is staff's, not the program's.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="344" />
            <source>No history.</source>
            <translation>No history.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="355" />
            <source>Town reported</source>
            <translation>Town reported</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/detail.py" line="358" />
            <source>Not handed off.</source>
            <translation>Not handed off.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="134" />
            <source>Project milestones</source>
            <translation>Project milestones</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="132" />
            <location filename="../../ui/views/projects/page.py" line="135" />
            <location filename="../../ui/views/projects/view.py" line="485" />
            <source>Record a milestone…</source>
            <translation>Record a milestone…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="142" />
            <source>Yearly reports</source>
            <translation>Yearly reports</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="142" />
            <source>Double-click a year to edit its report.</source>
            <translation>Double-click a year to edit its report.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="143" />
            <source>Edit year…</source>
            <translation>Edit year…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="144" />
            <source>Add year…</source>
            <translation>Add year…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="156" />
            <source>Rewards and penalties</source>
            <translation>Rewards and penalties</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="199" />
            <source>%1 mu</source>
            <comment>{p.land_mu:g}</comment>
            <translation>%1 mu</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="201" />
            <source>%1 mu converted from %2 m² leased</source>
            <translation>%1 mu converted from %2 m² leased</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="203" />
            <source>below the statistical scale (规下)</source>
            <translation>below the statistical scale (规下)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="205" />
            <source>%1　agreement %2　signed %3　%4　%5　land %6</source>
            <translation>%1　agreement %2　signed %3　%4　%5　land %6</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="216" />
            <source>%1 per-mu appraisal: grade %2, score %3</source>
            <translation>%1 per-mu appraisal: grade %2, score %3</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="218" />
            <source>%1 per-mu appraisal: not graded</source>
            <translation>%1 per-mu appraisal: not graded</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="220" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/page.py" line="302" />
            <source>Counts in %1, not in the year shown</source>
            <translation>Counts in %1, not in the year shown</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="63" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="64" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="65" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="66" />
            <source>Commitments</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="67" />
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="78" />
            <source>%1 overdue</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="80" />
            <source>%1 in %2 d</source>
            <translation>%1 in %2 d</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="83" />
            <source>All done</source>
            <translation>All done</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="86" />
            <source>Next: %1</source>
            <translation>Next: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="119" />
            <source>Per-mu composite score: %1</source>
            <translation>Per-mu composite score: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="161" />
            <source>%1: %2 (committed %3, actual %4 %5)</source>
            <translation>%1: %2 (committed %3, actual %4 %5)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="178" />
            <source>%1: %2 (due %3)</source>
            <translation>%1: %2 (due %3)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="264" />
            <source>Invested to date (10k yuan)</source>
            <translation>Invested to date (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="265" />
            <source>Output value (10k yuan)</source>
            <translation>Output value (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="266" />
            <source>Revenue (10k yuan)</source>
            <translation>Revenue (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="267" />
            <source>Value added (10k yuan)</source>
            <translation>Value added (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="268" />
            <source>Tax paid (10k yuan)</source>
            <translation>Tax paid (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="269" />
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="270" />
            <source>Energy (t of coal eq.)</source>
            <translation>Energy (t of coal eq.)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="271" />
            <source>Emissions (t)</source>
            <translation>Emissions (t)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="272" />
            <source>R&amp;D spending (10k yuan)</source>
            <translation>R&amp;D spending (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="273" />
            <source>Land in use (mu)</source>
            <translation>Land in use (mu)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/portfolio.py" line="274" />
            <source>Rewards paid (10k yuan)</source>
            <translation>Rewards paid (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="63" />
            <source>Not agreed</source>
            <translation>Not agreed</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="64" />
            <source>Score: %1</source>
            <translation>Score: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="74" />
            <source>Brought-in projects</source>
            <translation>Brought-in projects</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="76" />
            <source>Commitments against actuals, milestones and the per-mu appraisal of brought-in projects</source>
            <translation>Commitments against actuals, milestones and the per-mu appraisal of brought-in projects</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="79" />
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="80" />
            <source>Template…</source>
            <translation>Template…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="81" />
            <source>Print sheet…</source>
            <translation>Print sheet…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="82" />
            <source>Print summary…</source>
            <translation>Print summary…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="368" />
            <location filename="../../ui/views/deals/form.py" line="390" />
            <location filename="../../ui/views/deals/view.py" line="163" />
            <location filename="../../ui/views/deals/view.py" line="483" />
            <location filename="../../ui/views/projects/view.py" line="83" />
            <location filename="../../ui/views/projects/view.py" line="635" />
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="48" />
            <source>Investment pipeline</source>
            <translation>Investment pipeline</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="49" />
            <source>Drag a deal onto a stage to move it</source>
            <translation>Drag a deal onto a stage to move it</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="51" />
            <source>New deal…</source>
            <translation>New deal…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="52" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="53" />
            <source>Assessment…</source>
            <translation>Assessment…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="54" />
            <source>Sign…</source>
            <translation>Sign…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="55" />
            <source>Hand off…</source>
            <translation>Hand off…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="56" />
            <location filename="../../ui/views/projects/view.py" line="84" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="79" />
            <source>Search deals or firms…</source>
            <translation>Search deals or firms…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="112" />
            <source>No deals yet: New deal… adds one.</source>
            <translation>No deals yet: New deal… adds one.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="115" />
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="121" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="124" />
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="136" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="151" />
            <source>Group by</source>
            <translation>Group by</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="162" />
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="172" />
            <source>New leads</source>
            <translation>New leads</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="174" />
            <source>Landed (in production)</source>
            <translation>Landed (in production)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="180" />
            <source>Signed amount by group</source>
            <translation>Signed amount by group</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="182" />
            <location filename="../../ui/views/deals/view.py" line="343" />
            <source>Nothing in this period.</source>
            <translation>Nothing in this period.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="185" />
            <source>Deals by stage at the period's end</source>
            <translation>Deals by stage at the period's end</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="194" />
            <source>Drop reasons</source>
            <translation>Drop reasons</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="200" />
            <source>The plan's Table 1 (for context)</source>
            <translation>The plan's Table 1 (for context)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="272" />
            <source>Board · %1 live · %2</source>
            <translation>Board · %1 live · %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="274" />
            <source>Deals shown that are not dropped, and their planned investment</source>
            <translation>Deals shown that are not dropped, and their planned investment</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="307" />
            <source>Compiled by %1</source>
            <translation>Compiled by %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="334" />
            <source>Targets of %1 (1 January to the period's end)</source>
            <translation>Targets of %1 (1 January to the period's end)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="348" />
            <source>%1 (%2): %3 in 2017, %4 in 2020, %5 in 2025</source>
            <translation>%1 (%2): %3 in 2017, %4 in 2020, %5 in 2025</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="363" />
            <source>%1 deals on the board, %2 next steps overdue</source>
            <translation>%1 deals on the board, %2 next steps overdue</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="370" />
            <location filename="../../ui/views/deals/view.py" line="419" />
            <source>Select a deal first.</source>
            <translation>Select a deal first.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="385" />
            <source>Why drop it?</source>
            <translation>Why drop it?</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="385" />
            <source>Dropping a deal needs its reason:</source>
            <translation>Dropping a deal needs its reason:</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="388" />
            <source>Why take it up again?</source>
            <translation>Why take it up again?</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="389" />
            <source>Taking up a dropped deal needs a note:</source>
            <translation>Taking up a dropped deal needs a note:</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="392" />
            <source>Why move back?</source>
            <translation>Why move back?</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="394" />
            <source>Moving from %1 back to %2 needs a note saying why:</source>
            <translation>Moving from %1 back to %2 needs a note saying why:</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="449" />
            <source>Signed: brought-in project %1 created with the commitments of the deal.</source>
            <translation>Signed: brought-in project %1 created with the commitments of the deal.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="481" />
            <source>Investment report-%1.%2</source>
            <translation>Investment report-%1.%2</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="100" />
            <source>Projects</source>
            <translation>Projects</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="101" />
            <source>Grades A / B / C / D</source>
            <translation>Grades A / B / C / D</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="102" />
            <source>Commitments at risk / missed</source>
            <translation>Commitments at risk / missed</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="103" />
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="117" />
            <source>Search projects or firms…</source>
            <translation>Search projects or firms…</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="119" />
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="122" />
            <source>Not graded</source>
            <translation>Not graded</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="123" />
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="126" />
            <location filename="../../ui/views/projects/view.py" line="240" />
            <source>Latest year</source>
            <translation>Latest year</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="161" />
            <location filename="../../ui/views/projects/view.py" line="334" />
            <source>No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database.</source>
            <translation>No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="168" />
            <source>Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, jobs, R&amp;D ratio</source>
            <translation>Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, jobs, R&amp;D ratio</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="191" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="192" />
            <location filename="../../ui/views/projects/view.py" line="271" />
            <source>Alerts (%1)</source>
            <translation>Alerts (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="231" />
            <source>All zones</source>
            <translation>All zones</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="235" />
            <source>All directions</source>
            <translation>All directions</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="250" />
            <source>%1 not graded</source>
            <translation>%1 not graded</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="256" />
            <source>%1 met · %2 pending</source>
            <translation>%1 met · %2 pending</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="260" />
            <source>%1 to act on</source>
            <translation>%1 to act on</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="269" />
            <source>Act now</source>
            <translation>Act now</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="269" />
            <source>Watch</source>
            <translation>Watch</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="338" />
            <source>No project matches the filters.</source>
            <translation>No project matches the filters.</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="459" />
            <source>Remove this bonus or deduction item?</source>
            <translation>Remove this bonus or deduction item?</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="527" />
            <source>Agreements: %1 added, %2 updated, %3 unchanged, %4 refused</source>
            <translation>Agreements: %1 added, %2 updated, %3 unchanged, %4 refused</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="534" />
            <source>Yearly reports: %1 added, %2 updated, %3 unchanged, %4 refused</source>
            <translation>Yearly reports: %1 added, %2 updated, %3 unchanged, %4 refused</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="542" />
            <source>Refused: %1 row %2 [%3] %4</source>
            <translation>Refused: %1 row %2 [%3] %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="546" />
            <source>Note: %1 row %2 [%3] %4</source>
            <translation>Note: %1 row %2 [%3] %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="560" />
            <source>Project import template.xlsx</source>
            <translation>Project import template.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="614" />
            <source>Project appraisal.pdf</source>
            <translation>Project appraisal.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/dialogs.py" line="39" />
            <location filename="../../ui/views/projects/view.py" line="501" />
            <source>Yearly report</source>
            <translation>Yearly report</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="509" />
            <location filename="../../ui/views/projects/view.py" line="553" />
            <source>Import projects</source>
            <translation>Import projects</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/view.py" line="482" />
            <location filename="../../ui/views/projects/view.py" line="509" />
            <location filename="../../ui/views/projects/view.py" line="561" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="549" />
            <source>Import finished</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="559" />
            <source>Save the import template</source>
            <translation>Save the import template</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="399" />
            <location filename="../../ui/views/deals/view.py" line="498" />
            <location filename="../../ui/views/projects/view.py" line="573" />
            <location filename="../../ui/views/projects/view.py" line="633" />
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="613" />
            <source>Export the appraisal to PDF</source>
            <translation>Export the appraisal to PDF</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/form.py" line="390" />
            <location filename="../../ui/views/deals/view.py" line="482" />
            <location filename="../../ui/views/projects/view.py" line="615" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/views/projects/view.py" line="644" />
            <source>%1 projects, grades A/B/C/D %2, %3 alerts</source>
            <translation>%1 projects, grades A/B/C/D %2, %3 alerts</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/board.py" line="80" />
            <source>%1 deals, %2 planned</source>
            <translation>%1 deals, %2 planned</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/board.py" line="82" />
            <source>Click to show only this stage; drop a deal here to move it.</source>
            <translation>Click to show only this stage; drop a deal here to move it.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/board.py" line="166" />
            <source>Signed → project %1</source>
            <translation>Signed → project %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/board.py" line="173" />
            <location filename="../../ui/views/deals/detail.py" line="278" />
            <source>overdue %1</source>
            <translation>overdue %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="44" />
            <source>Register a site</source>
            <translation>Register a site</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="56" />
            <source>e.g. 80万元/亩 or 28元/㎡·月</source>
            <translation>e.g. 80万元/亩 or 28元/㎡·月</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="59" />
            <source>catalog codes, comma-separated, e.g. equip.robot,it</source>
            <translation>catalog codes, comma-separated, e.g. equip.robot,it</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="122" />
            <source>Register a site…</source>
            <translation>Register a site…</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="166" />
            <source>any</source>
            <translation>any</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/sites_tab.py" line="175" />
            <source>%1 sites on offer; Sites… in a deal's detail matches them</source>
            <translation>%1 sites on offer; Sites… in a deal's detail matches them</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="38" />
            <source>%1 of target</source>
            <comment>{prog * 100:.0f}%</comment>
            <translation>%1 of target</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="39" />
            <source>%1: %2 / %3　%4</source>
            <translation>%1: %2 / %3　%4</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="61" />
            <source>Investment pipeline this year</source>
            <translation>Investment pipeline this year</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="62" />
            <source>Signed and landed against the bureau's targets; deals at each stage</source>
            <translation>Signed and landed against the bureau's targets; deals at each stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="86" />
            <source>No deals yet.</source>
            <translation>No deals yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="88" />
            <source>Investment pipeline → New deal… records one.</source>
            <translation>Investment pipeline → New deal… records one.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="106" />
            <source>Amounts are planned investment; details in Investment pipeline → Report.</source>
            <translation>Amounts are planned investment; details in Investment pipeline → Report.</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="92" />
            <source>%1: %2 new leads, %3 signed (%4), %5 in production (%6)</source>
            <translation>%1: %2 new leads, %3 signed (%4), %5 in production (%6)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/summary.py" line="103" />
            <location filename="../../ui/views/deals/view.py" line="339" />
            <source>No targets set (chainfill targets set YEAR …)</source>
            <translation>No targets set (chainfill targets set YEAR …)</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="24" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="25" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="26" />
            <source>Site visit</source>
            <translation>Site visit</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="27" />
            <source>Negotiation</source>
            <translation>Negotiation</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="28" />
            <location filename="../../ui/views/deals/view.py" line="173" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="29" />
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="30" />
            <source>Construction</source>
            <translation>Construction</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="31" />
            <source>In production</source>
            <translation>In production</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="32" />
            <location filename="../../ui/views/deals/view.py" line="175" />
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="35" />
            <source>New establishment</source>
            <translation>New establishment</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="36" />
            <source>Capital increase / expansion</source>
            <translation>Capital increase / expansion</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="37" />
            <source>Headquarters</source>
            <translation>Headquarters</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="38" />
            <source>R&amp;D centre</source>
            <translation>R&amp;D centre</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="39" />
            <source>Regional headquarters</source>
            <translation>Regional headquarters</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="40" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="43" />
            <source>Introduce</source>
            <translation>Introduce</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="44" />
            <source>Introduce with conditions</source>
            <translation>Introduce with conditions</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="45" />
            <source>Defer</source>
            <translation>Defer</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="48" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="49" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../ui/views/deals/texts.py" line="50" />
            <source>High</source>
            <translation>High</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <location filename="../../ui/about.py" line="69" />
            <source>unavailable</source>
            <translation>unavailable</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="86" />
            <source>not available (retrain in Tools)</source>
            <translation>not available (retrain in Tools)</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="108" />
            <source>installed folder</source>
            <translation>installed folder</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="110" />
            <source>from source</source>
            <translation>from source</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="113" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="114" />
            <source>Catalog</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="116" />
            <source>Direction classifier</source>
            <translation>Direction classifier</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="119" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="120" />
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="122" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="140" />
            <source>Font licence text: %1</source>
            <translation>Font licence text: %1</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="147" />
            <source>Fonts shipped with ChainFill</source>
            <translation>Fonts shipped with ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="148" />
            <source>Open-source software used</source>
            <translation>Open-source software used</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="156" />
            <source>Qt is used under the GNU LGPL version 3: its libraries are shipped as separate files in the program folder and may be replaced. The licence texts are available from each project.</source>
            <translation>Qt is used under the GNU LGPL version 3: its libraries are shipped as separate files in the program folder and may be replaced. The licence texts are available from each project.</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="178" />
            <source>About ChainFill</source>
            <translation>About ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="200" />
            <source>ChainFill %1</source>
            <translation>ChainFill %1</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="203" />
            <source>Value-chain gap investment promotion for the Dongguan Municipal Commerce Bureau, after the Dongguan Key Emerging Industries Development Plan (2018–2025).</source>
            <translation>Value-chain gap investment promotion for the Dongguan Municipal Commerce Bureau, after the Dongguan Key Emerging Industries Development Plan (2018–2025).</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="226" />
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="230" />
            <source>Copy the versions and paths, e.g. for a support request</source>
            <translation>Copy the versions and paths, e.g. for a support request</translation>
        </message>
    </context>
    <context>
        <name>AddDirectionDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="799" />
            <source>Add direction</source>
            <translation>Add direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="805" />
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="809" />
            <source>e.g. hydrogen</source>
            <translation>e.g. hydrogen</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="812" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="814" />
            <source>e.g. Hydrogen energy</source>
            <translation>e.g. Hydrogen energy</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="815" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="816" />
            <source>A key industry</source>
            <translation>A key industry</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="820" />
            <source>Words that name its products, separated by commas</source>
            <translation>Words that name its products, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="822" />
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="825" />
            <source>The code is lower-case letters, digits and _, and is never reused; the plan's own codes stay fixed. The direction starts with one segment: add its value chain afterwards. Every firm not confirmed by staff is classified again.</source>
            <translation>The code is lower-case letters, digits and _, and is never reused; the plan's own codes stay fixed. The direction starts with one segment: add its value chain afterwards. Every firm not confirmed by staff is classified again.</translation>
        </message>
    </context>
    <context>
        <name>AddSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="707" />
            <source>Add segment</source>
            <translation>Add segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="709" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="711" />
            <source>e.g. Dexterous hands</source>
            <translation>e.g. Dexterous hands</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="712" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="717" />
            <source>Chain position</source>
            <translation>Chain position</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="721" />
            <source>Local strength</source>
            <translation>Local strength</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="724" />
            <source>Words that name its products, separated by commas</source>
            <translation>Words that name its products, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="726" />
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="728" />
            <source>Optional, separated by commas</source>
            <translation>Optional, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="729" />
            <source>Typical products</source>
            <translation>Typical products</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="733" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="736" />
            <source>The classifier learns the new segment from its keywords: after saving, every firm not confirmed by staff is classified again and the scores are updated (about a minute per million firms).</source>
            <translation>The classifier learns the new segment from its keywords: after saving, every firm not confirmed by staff is classified again and the scores are updated (about a minute per million firms).</translation>
        </message>
    </context>
    <context>
        <name>AnchorDialog</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="304" />
            <source>Linked candidates of an anchor firm</source>
            <translation>Linked candidates of an anchor firm</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="312" />
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="313" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="314" />
            <source>Firm</source>
            <translation>Firm</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="315" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="316" />
            <source>Direction · segment</source>
            <translation>Direction · segment</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="317" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="322" />
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="335" />
            <source>Finding linked candidates</source>
            <translation>Finding linked candidates</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="343" />
            <source>Linked candidates of %1</source>
            <translation>Linked candidates of %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="362" />
            <source>%1 linked firms in the database, %2 outside it; only candidates are ranked.</source>
            <translation>%1 linked firms in the database, %2 outside it; only candidates are ranked.</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ui/context.py" line="136" />
            <source>Changes saved by others were loaded.</source>
            <translation>Changes saved by others were loaded.</translation>
        </message>
    </context>
    <context>
        <name>CandidatesView</name>
        <message>
            <location filename="../../ui/views/candidates.py" line="58" />
            <source>Print list…</source>
            <translation>Print list…</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="75" />
            <source>Search candidates… (Ctrl+F)</source>
            <translation>Search candidates… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="88" />
            <source>Only firms in the catalog's directions</source>
            <translation>Only firms in the catalog's directions</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="106" />
            <source>Ranking weights</source>
            <translation>Ranking weights</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="185" />
            <source>%1 candidates ranked</source>
            <translation>%1 candidates ranked</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="197" />
            <source>Recommended candidates</source>
            <translation>Recommended candidates</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="135" />
            <source>Value chain</source>
            <translation>Value chain</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="144" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="148" />
            <source>Candidates for this segment</source>
            <translation>Candidates for this segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="149" />
            <source>Shenzhen and Guangzhou firms classified into the segment, best score first.</source>
            <translation>Shenzhen and Guangzhou firms classified into the segment, best score first.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="160" />
            <source>None yet: no scored firm in this segment.</source>
            <translation>None yet: no scored firm in this segment.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="163" />
            <source>Open in Recommendations</source>
            <translation>Open in Recommendations</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="187" />
            <source>Add segment…</source>
            <translation>Add segment…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="188" />
            <source>Add a value-chain segment to this direction</source>
            <translation>Add a value-chain segment to this direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="191" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="192" />
            <source>Rename this segment (its code stays)</source>
            <translation>Rename this segment (its code stays)</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="194" />
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="199" />
            <source>Click a segment in the chain map.</source>
            <translation>Click a segment in the chain map.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="223" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="227" />
            <source>Local strength</source>
            <translation>Local strength</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="230" />
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="232" />
            <source>The classifier learns from these words. Changes are audited.</source>
            <translation>The classifier learns from these words. Changes are audited.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="244" />
            <source>New keywords, separated by commas</source>
            <translation>New keywords, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="245" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="246" />
            <source>Remove selected</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="284" />
            <source>One of the ten key industries</source>
            <translation>One of the ten key industries</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="314" />
            <source>Key industry</source>
            <translation>Key industry</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="316" />
            <source>Plan: %1</source>
            <translation>Plan: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="319" />
            <source>Lead: %1</source>
            <translation>Lead: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="338" />
            <source>Cluster zone: %1</source>
            <translation>Cluster zone: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="407" />
            <source>The last segment of a direction cannot be removed</source>
            <translation>The last segment of a direction cannot be removed</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="409" />
            <source>Remove this segment from the catalog</source>
            <translation>Remove this segment from the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="417" />
            <source>Segment · %1</source>
            <translation>Segment · %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="323" />
            <source>The plan's words (%2): “%1”</source>
            <translation>The plan's words (%2): “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="88" />
            <source>Add direction…</source>
            <translation>Add direction…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="89" />
            <source>Add a direction to a domain, for the next plan</source>
            <translation>Add a direction to a domain, for the next plan</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="122" />
            <source>Rename direction…</source>
            <translation>Rename direction…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="123" />
            <source>Rename this direction (its code stays)</source>
            <translation>Rename this direction (its code stays)</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="125" />
            <source>Retire direction…</source>
            <translation>Retire direction…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="127" />
            <source>Take this direction out of the catalog; its firms go to the review queue</source>
            <translation>Take this direction out of the catalog; its firms go to the review queue</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="331" />
            <location filename="../../ui/views/catalog_view.py" line="423" />
            <source>Catalog note: %1</source>
            <translation>Catalog note: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="346" />
            <source>Industry belt: %1</source>
            <translation>Industry belt: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="427" />
            <source>Typical products: %1</source>
            <translation>Typical products: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="437" />
            <source>Candidates for “%1”</source>
            <translation>Candidates for “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="473" />
            <source>Saving the local strength</source>
            <translation>Saving the local strength</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="485" />
            <source>Adding keywords</source>
            <translation>Adding keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="495" />
            <source>Remove %1 keywords from this segment?</source>
            <translation>Remove %1 keywords from this segment?</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="502" />
            <source>Removing keywords</source>
            <translation>Removing keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="530" />
            <source>Adding a segment</source>
            <translation>Adding a segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="546" />
            <source>Renaming the segment</source>
            <translation>Renaming the segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="568" />
            <source>Remove the segment “%1” from the catalog?</source>
            <translation>Remove the segment “%1” from the catalog?</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="571" />
            <source>%1 firms the classifier put in it will be classified again.</source>
            <translation>%1 firms the classifier put in it will be classified again.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="573" />
            <source>The removal is recorded in the audit log.</source>
            <translation>The removal is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="574" />
            <source>Remove segment</source>
            <translation>Remove segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="578" />
            <source>Removing the segment</source>
            <translation>Removing the segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="613" />
            <source>Adding a direction</source>
            <translation>Adding a direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="630" />
            <source>Renaming the direction</source>
            <translation>Renaming the direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="643" />
            <source>Retire the direction “%1” from the catalog?</source>
            <translation>Retire the direction “%1” from the catalog?</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="648" />
            <source>Its %1 firms (%2 confirmed by staff) will be classified into the directions left and all of them go to the review queue (待确认) until someone confirms or corrects them.</source>
            <translation>Its %1 firms (%2 confirmed by staff) will be classified into the directions left and all of them go to the review queue (待确认) until someone confirms or corrects them.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="656" />
            <source>Its code is never used again. The retirement is recorded in the audit log.</source>
            <translation>Its code is never used again. The retirement is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="658" />
            <source>Retire direction</source>
            <translation>Retire direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="663" />
            <source>Retiring the direction</source>
            <translation>Retiring the direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="683" />
            <source>%1 directions; chain of %2 shown</source>
            <translation>%1 directions; chain of %2 shown</translation>
        </message>
    </context>
    <context>
        <name>ChainMap</name>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="25" />
            <source>Upstream · materials, parts, core devices</source>
            <translation>Upstream · materials, parts, core devices</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="26" />
            <source>Midstream · bodies, systems, products</source>
            <translation>Midstream · bodies, systems, products</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="27" />
            <source>Downstream · integration, applications, services</source>
            <translation>Downstream · integration, applications, services</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="153" />
            <source>No segment in this position</source>
            <translation>No segment in this position</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="178" />
            <source>Colour: Dongguan's local strength. Click a segment to list its candidates.</source>
            <translation>Colour: Dongguan's local strength. Click a segment to list its candidates.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="246" />
            <source>Dongguan %1 · candidates %2</source>
            <translation>Dongguan %1 · candidates %2</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="274" />
            <source>The firms in the database suggest a different strength; review it.</source>
            <translation>The firms in the database suggest a different strength; review it.</translation>
        </message>
    </context>
    <context>
        <name>CheckoutDialog</name>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="180" />
            <source>Check out a working copy</source>
            <translation>Check out a working copy</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="184" />
            <source>A working copy takes the chosen firms with their contacts, visits, stages, shortlists, projects and deals to this laptop, to work on without a connection. Check it in when you are back.</source>
            <translation>A working copy takes the chosen firms with their contacts, visits, stages, shortlists, projects and deals to this laptop, to work on without a connection. Check it in when you are back.</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="192" />
            <source>My shortlists, stages and deals</source>
            <translation>My shortlists, stages and deals</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="194" />
            <source>Shortlist: %1</source>
            <translation>Shortlist: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="195" />
            <source>All firms</source>
            <translation>All firms</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="200" />
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="201" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="347" />
            <source>Someone else saved this firm</source>
            <translation>Someone else saved this firm</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="356" />
            <source>%1 saved this firm at %2, after you opened it. Choose for each field which value to keep; saving then applies your choices to their version.</source>
            <translation>%1 saved this firm at %2, after you opened it. Choose for each field which value to keep; saving then applies your choices to their version.</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="369" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="370" />
            <source>Saved by %1</source>
            <translation>Saved by %1</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="371" />
            <source>Yours</source>
            <translation>Yours</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="378" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="402" />
            <source>Save my choices</source>
            <translation>Save my choices</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="404" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../ui/connect_dialog.py" line="79" />
            <source>Connect to the team database</source>
            <translation>Connect to the team database</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="85" />
            <source>The bureau's shared database on its PostgreSQL server. Ask the database administrator for the server, the database name and your login.</source>
            <translation>The bureau's shared database on its PostgreSQL server. Ask the database administrator for the server, the database name and your login.</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="93" />
            <source>e.g. 10.20.1.15 or db.swj.local</source>
            <translation>e.g. 10.20.1.15 or db.swj.local</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="102" />
            <location filename="../../ui/connect_dialog.py" line="157" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="103" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="104" />
            <location filename="../../ui/connect_dialog.py" line="158" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="105" />
            <location filename="../../ui/connect_dialog.py" line="159" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="106" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="108" />
            <source>Remember the password in the system keyring</source>
            <translation>Remember the password in the system keyring</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="115" />
            <source>No system keyring is available: the password is asked each time (never written to a file).</source>
            <translation>No system keyring is available: the password is asked each time (never written to a file).</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="128" />
            <source>If the server cannot be reached, keep working in a local database (File → Open database…).</source>
            <translation>If the server cannot be reached, keep working in a local database (File → Open database…).</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="136" />
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../ui/connect_dialog.py" line="164" />
            <source>Fill in: %1</source>
            <translation>Fill in: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="40" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="45" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="46" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="47" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="48" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="49" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="57" />
            <source>Personal data: shown in full here and in the dossier, masked in lists and exports.</source>
            <translation>Personal data: shown in full here and in the dossier, masked in lists and exports.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="202" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="203" />
            <source>Reload the figures (F5)</source>
            <translation>Reload the figures (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="219" />
            <source>Firms in the database</source>
            <translation>Firms in the database</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="220" />
            <source>Candidates (Shenzhen, Guangzhou)</source>
            <translation>Candidates (Shenzhen, Guangzhou)</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="221" />
            <location filename="../../ui/views/dashboard.py" line="281" />
            <source>Dongguan firms</source>
            <translation>Dongguan firms</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="222" />
            <source>Classified into the catalog</source>
            <translation>Classified into the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="223" />
            <source>In the outreach pipeline</source>
            <translation>In the outreach pipeline</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="237" />
            <source>Plan targets (Table 1)</source>
            <translation>Plan targets (Table 1)</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="238" />
            <source>Dongguan Key Emerging Industries Development Plan 2018–2025</source>
            <translation>Dongguan Key Emerging Industries Development Plan 2018–2025</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="242" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="243" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="247" />
            <source>Growth p.a.</source>
            <translation>Growth p.a.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="259" />
            <source>Outreach pipeline</source>
            <translation>Outreach pipeline</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="259" />
            <source>Firms at each stage of the follow-up</source>
            <translation>Firms at each stage of the follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="269" />
            <source>Biggest chain gaps</source>
            <translation>Biggest chain gaps</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="271" />
            <source>Segments where Dongguan is weakest, with the candidates that could fill them. Double-click a row to see its candidates.</source>
            <translation>Segments where Dongguan is weakest, with the candidates that could fill them. Double-click a row to see its candidates.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="277" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="278" />
            <source>Chain segment</source>
            <translation>Chain segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="279" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="280" />
            <source>Local strength</source>
            <translation>Local strength</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="282" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="283" />
            <source>Candidates</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="294" />
            <source>No gaps computed yet.</source>
            <translation>No gaps computed yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="301" />
            <source>Brought-in projects</source>
            <translation>Brought-in projects</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="302" />
            <source>Commitments against actuals and the per-mu appraisal</source>
            <translation>Commitments against actuals and the per-mu appraisal</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="340" />
            <source>scored, in the catalog's directions</source>
            <translation>scored, in the catalog's directions</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="344" />
            <source>Scored firms in one of the catalog's directions: what Recommendations lists by default. %1 more are scored but outside the catalog (banks, developers …).</source>
            <translation>Scored firms in one of the catalog's directions: what Recommendations lists by default. %1 more are scored but outside the catalog (banks, developers …).</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="348" />
            <source>the local base of the chain</source>
            <translation>the local base of the chain</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="352" />
            <source>%1 of all firms · %2 confirmed</source>
            <translation>%1 of all firms · %2 confirmed</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="360" />
            <source>%1 landed · %2 shortlists</source>
            <translation>%1 landed · %2 shortlists</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="404" />
            <source>No firm is being followed up yet.</source>
            <translation>No firm is being followed up yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="406" />
            <source>%1 firms followed up in total.</source>
            <translation>%1 firms followed up in total.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="433" />
            <source>No brought-in projects recorded yet.</source>
            <translation>No brought-in projects recorded yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="439" />
            <source>Grade %1</source>
            <translation>Grade %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="439" />
            <source>Not graded</source>
            <translation>Not graded</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="449" />
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="450" />
            <source>at risk</source>
            <translation>at risk</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="451" />
            <source>missed</source>
            <translation>missed</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="452" />
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="456" />
            <source>%1 projects. Commitments: %2</source>
            <translation>%1 projects. Commitments: %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="458" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="467" />
            <source>…and %1 more alerts</source>
            <translation>…and %1 more alerts</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="470" />
            <source>No alerts.</source>
            <translation>No alerts.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="485" />
            <source>%1 targets, %2 gaps</source>
            <translation>%1 targets, %2 gaps</translation>
        </message>
    </context>
    <context>
        <name>DossierPrint</name>
        <message>
            <location filename="../../ui/dossier_print.py" line="722" />
            <source>Print preview — visit dossiers</source>
            <translation>Print preview — visit dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_print.py" line="724" />
            <source>Print preview — visit dossier</source>
            <translation>Print preview — visit dossier</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="225" />
            <location filename="../../ui/import_wizard.py" line="268" />
            <source>Choose a firm list</source>
            <translation>Choose a firm list</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="228" />
            <source>An Excel (.xlsx) or CSV file: a registry export, an exchange list, a colleague's sheet or ChainFill's template. Nothing is written until the last step.</source>
            <translation>An Excel (.xlsx) or CSV file: a registry export, an exchange list, a colleague's sheet or ChainFill's template. Nothing is written until the last step.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="236" />
            <source>Path of the file</source>
            <translation>Path of the file</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="237" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="240" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="242" />
            <source>e.g. registry export, November 2026</source>
            <translation>e.g. registry export, November 2026</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="243" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="248" />
            <source>The source is recorded with every value this file brings in, so that the firm's page can say where each value came from.</source>
            <translation>The source is recorded with every value this file brings in, so that the firm's page can say where each value came from.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="255" />
            <source>No list yet? Start from ChainFill's template.</source>
            <translation>No list yet? Start from ChainFill's template.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="256" />
            <source>Save the template…</source>
            <translation>Save the template…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="270" />
            <source>Firm lists (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Firm lists (*.xlsx *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="291" />
            <source>Save the import template</source>
            <translation>Save the import template</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="293" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/widgets/filters.py" line="68" />
            <source>Search name, short name, business… (Ctrl+F)</source>
            <translation>Search name, short name, business… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="79" />
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="80" />
            <source>Clear the search and every filter</source>
            <translation>Clear the search and every filter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="96" />
            <source>Score ≥ </source>
            <translation>Score ≥ </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="97" />
            <source>Any score</source>
            <translation>Any score</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="106" />
            <source>Confidence ≥ </source>
            <translation>Confidence ≥ </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="108" />
            <source>Any confidence</source>
            <translation>Any confidence</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="110" />
            <source>Hide firms whose classification the model is less sure of</source>
            <translation>Hide firms whose classification the model is less sure of</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="116" />
            <source>Confirmed only</source>
            <translation>Confirmed only</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="179" />
            <source>All cities</source>
            <translation>All cities</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="210" />
            <source>All districts</source>
            <translation>All districts</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="221" />
            <source>All directions</source>
            <translation>All directions</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="222" />
            <source>Outside the catalog</source>
            <translation>Outside the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="246" />
            <source>All segments</source>
            <translation>All segments</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="357" />
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="361" />
            <source>%1 firms</source>
            <translation>%1 firms</translation>
        </message>
    </context>
    <context>
        <name>FirmDetail</name>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="89" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="89" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="138" />
            <source>Select a firm to see its details.</source>
            <translation>Select a firm to see its details.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="154" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="155" />
            <source>Correct this firm's name, codes, figures or description</source>
            <translation>Correct this firm's name, codes, figures or description</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="158" />
            <source>Add to shortlist</source>
            <translation>Add to shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="225" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="239" />
            <location filename="../../ui/widgets/firm_detail.py" line="260" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="240" />
            <location filename="../../ui/widgets/firm_detail.py" line="261" />
            <source>Chain segment</source>
            <translation>Chain segment</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="241" />
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="242" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="243" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="245" />
            <source>Confirm this classification</source>
            <translation>Confirm this classification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="250" />
            <source>Correct the classification</source>
            <translation>Correct the classification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="253" />
            <source>Staff corrections are kept, audited and used to retrain the classifier.</source>
            <translation>Staff corrections are kept, audited and used to retrain the classifier.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="263" />
            <source>Save correction</source>
            <translation>Save correction</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="270" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="282" />
            <source>overall score (0–100)</source>
            <translation>overall score (0–100)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="285" />
            <source>Gap fit</source>
            <translation>Gap fit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="286" />
            <source>Capability</source>
            <translation>Capability</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="287" />
            <source>Propensity</source>
            <translation>Propensity</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="295" />
            <source>Show the arithmetic</source>
            <translation>Show the arithmetic</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="300" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="316" />
            <source>Where each value came from</source>
            <translation>Where each value came from</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="318" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="318" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="318" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="327" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="391" />
            <source>Outreach: %1</source>
            <translation>Outreach: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="398" />
            <source>Outside the catalog / not classified</source>
            <translation>Outside the catalog / not classified</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="405" />
            <source>Confirmed by staff</source>
            <translation>Confirmed by staff</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="411" />
            <source>Automatic (not yet checked)</source>
            <translation>Automatic (not yet checked)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="414" />
            <source>Not yet classified</source>
            <translation>Not yet classified</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="427" />
            <source>(outside every direction)</source>
            <translation>(outside every direction)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="444" />
            <source>(no particular segment)</source>
            <translation>(no particular segment)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="464" />
            <source>Every value came from the source above; nothing has been merged.</source>
            <translation>Every value came from the source above; nothing has been merged.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="478" />
            <source>Working out the explanation…</source>
            <translation>Working out the explanation…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="585" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="591" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="595" />
            <source>Saving the classification</source>
            <translation>Saving the classification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="616" />
            <source>%1 (already on it)</source>
            <translation>%1 (already on it)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="620" />
            <source>New shortlist…</source>
            <translation>New shortlist…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="630" />
            <source>New shortlist</source>
            <translation>New shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="630" />
            <source>Name of the new shortlist:</source>
            <translation>Name of the new shortlist:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="644" />
            <source>Added to shortlist “%1”.</source>
            <translation>Added to shortlist “%1”.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="649" />
            <source>Adding to shortlist</source>
            <translation>Adding to shortlist</translation>
        </message>
    </context>
    <context>
        <name>FirmEditDialog</name>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="69" />
            <source>(not stated)</source>
            <translation>(not stated)</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="70" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="71" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="131" />
            <source>Edit firm</source>
            <translation>Edit firm</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="144" />
            <source>Values are read as in an import: amounts in 10,000 yuan unless a unit is written (1.2亿, 500万美元), ratios in percent. Leave a field empty to clear it.</source>
            <translation>Values are read as in an import: amounts in 10,000 yuan unless a unit is written (1.2亿, 500万美元), ratios in percent. Leave a field empty to clear it.</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="160" />
            <source>Basic information</source>
            <translation>Basic information</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="161" />
            <source>Business description</source>
            <translation>Business description</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="162" />
            <source>Size and facts</source>
            <translation>Size and facts</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="196" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="198" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="209" />
            <source>%1 (10,000 yuan)</source>
            <translation>%1 (10,000 yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="239" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="243" />
            <source>Saving the firm</source>
            <translation>Saving the firm</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="279" />
            <source>Nothing was saved. Please correct: %1</source>
            <translation>Nothing was saved. Please correct: %1</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="283" />
            <source>%1 (to correct)</source>
            <translation>%1 (to correct)</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="297" />
            <source>Not saved: %1 changed this firm meanwhile.</source>
            <translation>Not saved: %1 changed this firm meanwhile.</translation>
        </message>
    </context>
    <context>
        <name>FirmTable</name>
        <message>
            <location filename="../../ui/models/firm_table.py" line="60" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="61" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="62" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="63" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="64" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="65" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="66" />
            <source>Chain segment</source>
            <translation>Chain segment</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="69" />
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="74" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="75" />
            <source>Gap fit</source>
            <translation>Gap fit</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="78" />
            <source>Capability</source>
            <translation>Capability</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="85" />
            <source>Propensity</source>
            <translation>Propensity</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="91" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="94" />
            <source>Registered capital</source>
            <translation>Registered capital</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="99" />
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="100" />
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="101" />
            <source>Founded</source>
            <translation>Founded</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="102" />
            <source>USCC</source>
            <translation>USCC</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="103" />
            <source>Stock code</source>
            <translation>Stock code</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="104" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="466" />
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
    </context>
    <context>
        <name>FirmsView</name>
        <message>
            <location filename="../../ui/views/firms.py" line="99" />
            <source>Import firms…</source>
            <translation>Import firms…</translation>
        </message>
        <message>
            <location filename="../../ui/views/firms.py" line="179" />
            <source>%1 firms listed</source>
            <translation>%1 firms listed</translation>
        </message>
    </context>
    <context>
        <name>FlagFilter</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="457" />
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="458" />
            <source>Only firms on one of the imported lists</source>
            <translation>Only firms on one of the imported lists</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="466" />
            <source>All firms</source>
            <translation>All firms</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="469" />
            <source>On any list</source>
            <translation>On any list</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../ui/guide.py" line="80" />
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="105" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="107" />
            <location filename="../../ui/guide.py" line="152" />
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="109" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="152" />
            <source>ChainFill user guide.pdf</source>
            <translation>ChainFill user guide.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/guide.py" line="163" />
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="54" />
            <source>(do not import)</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="78" />
            <source>Rows read</source>
            <translation>Rows read</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="79" />
            <source>New firms</source>
            <translation>New firms</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="80" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="81" />
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="82" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="83" />
            <source>Conflicting values</source>
            <translation>Conflicting values</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="95" />
            <location filename="../../ui/import_wizard.py" line="160" />
            <source>Rejected rows</source>
            <translation>Rejected rows</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="98" />
            <source>Save rejected rows as CSV…</source>
            <translation>Save rejected rows as CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="105" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="106" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="107" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="108" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="125" />
            <source>Values that differed from the database</source>
            <translation>Values that differed from the database</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="131" />
            <source>Firm</source>
            <translation>Firm</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="132" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="133" />
            <source>Was</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="134" />
            <source>Now (from this file)</source>
            <translation>Now (from this file)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="162" />
            <source>(first %1 shown; save the CSV for all)</source>
            <translation>(first %1 shown; save the CSV for all)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="183" />
            <source>Save rejected rows</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="185" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="642" />
            <source>Import firms</source>
            <translation>Import firms</translation>
        </message>
    </context>
    <context>
        <name>JobStatus</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="51" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="139" />
            <source>ChainFill</source>
            <translation>ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="142" />
            <source>Dongguan Commerce Bureau</source>
            <translation>Dongguan Commerce Bureau</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="202" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="204" />
            <source>&amp;Import firms…</source>
            <translation>&amp;Import firms…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="207" />
            <source>Last import &amp;report…</source>
            <translation>Last import &amp;report…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="213" />
            <source>Import &amp;lists, links or signals…</source>
            <translation>Import &amp;lists, links or signals…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="219" />
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="221" />
            <source>Connect to the &amp;team database…</source>
            <translation>Connect to the &amp;team database…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="223" />
            <source>&amp;New database…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="224" />
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="227" />
            <source>Check &amp;out a working copy…</source>
            <translation>Check &amp;out a working copy…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="228" />
            <source>Check &amp;in and merge…</source>
            <translation>Check &amp;in and merge…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="231" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="234" />
            <source>E&amp;xit</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="236" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="243" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="244" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="246" />
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="249" />
            <source>Re&amp;compute classification, gaps and scores</source>
            <translation>Re&amp;compute classification, gaps and scores</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="255" />
            <source>Re&amp;train the direction classifier</source>
            <translation>Re&amp;train the direction classifier</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="258" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="260" />
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="262" />
            <source>&amp;About ChainFill</source>
            <translation>&amp;About ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="362" />
            <source>ChainFill — value-chain investment promotion</source>
            <translation>ChainFill — value-chain investment promotion</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="365" />
            <source>Team database %1</source>
            <translation>Team database %1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="366" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="370" />
            <source>Working copy of %1, checked out %2</source>
            <translation>Working copy of %1, checked out %2</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="374" />
            <source>working copy</source>
            <translation>working copy</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="386" />
            <source>Firms: %1</source>
            <translation>Firms: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="425" />
            <source>Updating classification and scores</source>
            <translation>Updating classification and scores</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="437" />
            <source>The classifier has been retrained.</source>
            <translation>The classifier has been retrained.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="440" />
            <source>Retraining the classifier</source>
            <translation>Retraining the classifier</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="447" />
            <source>The team database is backed up on its server by the database administrator, not on this laptop.</source>
            <translation>The team database is backed up on its server by the database administrator, not on this laptop.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="461" />
            <source>Backup written: %1</source>
            <translation>Backup written: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="465" />
            <source>Backing up</source>
            <translation>Backing up</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="470" />
            <source>Open a ChainFill database</source>
            <translation>Open a ChainFill database</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="472" />
            <source>ChainFill databases (*.sqlite *.db);;All files (*)</source>
            <translation>ChainFill databases (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="480" />
            <source>Create a new ChainFill database</source>
            <translation>Create a new ChainFill database</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="482" />
            <source>ChainFill databases (*.sqlite)</source>
            <translation>ChainFill databases (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="487" />
            <source>That file already exists. Choose a new file name.</source>
            <translation>That file already exists. Choose a new file name.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="576" />
            <source>A background task is still running (%1). Stop it and exit?</source>
            <translation>A background task is still running (%1). Stop it and exit?</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="318" />
            <source>Check the columns</source>
            <translation>Check the columns</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="321" />
            <source>Every column of the file, with its first values. Choose the field each column holds in the drop-down above it (ChainFill pre-selects what it recognised), or choose not to import it. The firm name is needed.</source>
            <translation>Every column of the file, with its first values. Choose the field each column holds in the drop-down above it (ChainFill pre-selects what it recognised), or choose not to import it. The firm name is needed.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="340" />
            <source>Problems found in the first rows</source>
            <translation>Problems found in the first rows</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="357" />
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="392" />
            <source>Format: %1</source>
            <translation>Format: %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="393" />
            <source>Encoding: %1</source>
            <translation>Encoding: %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="394" />
            <source>Header in row %1</source>
            <translation>Header in row %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="397" />
            <source>Sheet: %1</source>
            <translation>Sheet: %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="398" />
            <source>%1 sample rows</source>
            <translation>%1 sample rows</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="408" />
            <source>Not imported: %1</source>
            <translation>Not imported: %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="410" />
            <source>No problems in the first rows.</source>
            <translation>No problems in the first rows.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="420" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
    </context>
    <context>
        <name>OutreachPanel</name>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="60" />
            <source>Choose a firm to see its stage, contacts and visits.</source>
            <translation>Choose a firm to see its stage, contacts and visits.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="76" />
            <location filename="../../ui/views/shortlists/outreach.py" line="111" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="77" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="78" />
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="96" />
            <source>Required when dropping a firm</source>
            <translation>Required when dropping a firm</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="98" />
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="99" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="100" />
            <location filename="../../ui/views/shortlists/outreach.py" line="111" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="102" />
            <source>Change stage</source>
            <translation>Change stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="108" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="111" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="123" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="123" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="123" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="130" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="131" />
            <location filename="../../ui/views/shortlists/outreach.py" line="164" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="132" />
            <location filename="../../ui/views/shortlists/outreach.py" line="166" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="148" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="148" />
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="148" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="163" />
            <source>Log visit…</source>
            <translation>Log visit…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="165" />
            <source>Next step done</source>
            <translation>Next step done</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="208" />
            <source>On shortlists: %1</source>
            <translation>On shortlists: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="216" />
            <source>Current stage: %1</source>
            <translation>Current stage: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="233" />
            <source>Recorded by %1</source>
            <translation>Recorded by %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="241" />
            <source>Signal: %1</source>
            <translation>Signal: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="259" />
            <source>E-mail: %1</source>
            <translation>E-mail: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="323" />
            <source>Changing stage</source>
            <translation>Changing stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="333" />
            <location filename="../../ui/views/shortlists/outreach.py" line="344" />
            <source>Saving contact</source>
            <translation>Saving contact</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="352" />
            <source>Delete the contact %1?</source>
            <translation>Delete the contact %1?</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="355" />
            <source>Deleting contact</source>
            <translation>Deleting contact</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="364" />
            <location filename="../../ui/views/shortlists/outreach.py" line="374" />
            <location filename="../../ui/views/shortlists/outreach.py" line="383" />
            <source>Saving visit</source>
            <translation>Saving visit</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="391" />
            <source>Delete the visit of %1?</source>
            <translation>Delete the visit of %1?</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="393" />
            <source>Deleting visit</source>
            <translation>Deleting visit</translation>
        </message>
    </context>
    <context>
        <name>RatesEditor</name>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="45" />
            <source>Rates as of</source>
            <translation>Rates as of</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="56" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="56" />
            <source>Yuan per unit</source>
            <translation>Yuan per unit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="77" />
            <source>Save and re-rank</source>
            <translation>Save and re-rank</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="79" />
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="107" />
            <location filename="../../ui/widgets/fx_rates.py" line="155" />
            <source>How many yuan one unit of this currency is worth</source>
            <translation>How many yuan one unit of this currency is worth</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="113" />
            <source>Foreign-currency registered capital is converted at these rates for scoring and dossiers. Double-click a rate to change it.</source>
            <translation>Foreign-currency registered capital is converted at these rates for scoring and dossiers. Double-click a rate to change it.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="179" />
            <source>Saved; re-ranking every firm…</source>
            <translation>Saved; re-ranking every firm…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="183" />
            <source>Re-ranking with the new exchange rates</source>
            <translation>Re-ranking with the new exchange rates</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="191" />
            <source>Rates saved; %1 firms re-ranked.</source>
            <translation>Rates saved; %1 firms re-ranked.</translation>
        </message>
    </context>
    <context>
        <name>RegionsEditor</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="494" />
            <source>Candidate regions</source>
            <translation>Candidate regions</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="495" />
            <source>Separated by commas, e.g. 深圳市、广州市、港澳、境外:日本</source>
            <translation>Separated by commas, e.g. 深圳市、广州市、港澳、境外:日本</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="498" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="511" />
            <source>Candidates now come from: %1</source>
            <translation>Candidates now come from: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="534" />
            <source>Re-ranking with the candidate regions</source>
            <translation>Re-ranking with the candidate regions</translation>
        </message>
    </context>
    <context>
        <name>RemoveSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="946" />
            <source>Remove segment</source>
            <translation>Remove segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="948" />
            <source>Remove the segment “%1” from the catalog?</source>
            <translation>Remove the segment “%1” from the catalog?</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="954" />
            <source>%1 firms in “%2” were confirmed by staff. Choose the segment of the same direction they and their corrections move to:</source>
            <translation>%1 firms in “%2” were confirmed by staff. Choose the segment of the same direction they and their corrections move to:</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="969" />
            <source>%1 firms the classifier put in it will be classified again.</source>
            <translation>%1 firms the classifier put in it will be classified again.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="974" />
            <source>The removal is recorded in the audit log.</source>
            <translation>The removal is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="977" />
            <source>Move and remove</source>
            <translation>Move and remove</translation>
        </message>
    </context>
    <context>
        <name>RenameDirectionDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="915" />
            <source>Rename direction</source>
            <translation>Rename direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="915" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="915" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>RenameSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="931" />
            <source>Rename segment</source>
            <translation>Rename segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="931" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="931" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="691" />
            <source>Import report</source>
            <translation>Import report</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <location filename="../../ui/views/review.py" line="59" />
            <source>Firm</source>
            <translation>Firm</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="60" />
            <source>Model's call</source>
            <translation>Model's call</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="61" />
            <source>Certainty</source>
            <translation>Certainty</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="62" />
            <source>Industry label</source>
            <translation>Industry label</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="63" />
            <source>Why queued</source>
            <translation>Why queued</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="64" />
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="65" />
            <source>Ranking impact</source>
            <translation>Ranking impact</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="66" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="70" />
            <source>Model unsure</source>
            <translation>Model unsure</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="71" />
            <source>Label disagrees</source>
            <translation>Label disagrees</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="72" />
            <source>Direction retired</source>
            <translation>Direction retired</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="111" />
            <source>Outside the catalog</source>
            <translation>Outside the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="148" />
            <source>The label points outside the catalog</source>
            <translation>The label points outside the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="152" />
            <source>The label suggests: %1</source>
            <translation>The label suggests: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="156" />
            <source>Expected change of the score (points of 100) if the call is wrong and is corrected to the suggestion; — for firms that are not candidates</source>
            <translation>Expected change of the score (points of 100) if the call is wrong and is corrected to the suggestion; — for firms that are not candidates</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="167" />
            <source>Firm no. %1</source>
            <translation>Firm no. %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="178" />
            <source>The firm was in %1, a direction retired from the catalog; the model's call is its new place until someone confirms or corrects it</source>
            <translation>The firm was in %1, a direction retired from the catalog; the model's call is its new place until someone confirms or corrects it</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="186" />
            <source>The model's call disagrees with the firm's industry label</source>
            <translation>The model's call disagrees with the firm's industry label</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <location filename="../../ui/views/review.py" line="239" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="250" />
            <source>Confirm call (Space)</source>
            <translation>Confirm call (Space)</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="252" />
            <source>Take suggestion (A)</source>
            <translation>Take suggestion (A)</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="254" />
            <source>Outside the catalog (N)</source>
            <translation>Outside the catalog (N)</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="256" />
            <source>Change to…</source>
            <translation>Change to…</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="267" />
            <source>Show up to </source>
            <translation>Show up to </translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="268" />
            <source> firms</source>
            <translation> firms</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="281" />
            <source>Retrain</source>
            <translation>Retrain</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="322" />
            <source>Nothing to confirm: every classified firm is either confirmed, or the model is sure and agrees with its industry label.</source>
            <translation>Nothing to confirm: every classified firm is either confirmed, or the model is sure and agrees with its industry label.</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="336" />
            <source>Select one or several rows (Shift/Ctrl). Space or Enter confirms the model's call, A takes the suggestion, N marks outside the catalog; right-click or “Change to…” picks another direction.</source>
            <translation>Select one or several rows (Shift/Ctrl). Space or Enter confirms the model's call, A takes the suggestion, N marks outside the catalog; right-click or “Change to…” picks another direction.</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="384" />
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="420" />
            <source>%1 firms to confirm</source>
            <translation>%1 firms to confirm</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="459" />
            <source>Saving the classification</source>
            <translation>Saving the classification</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="469" />
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="473" />
            <source>→ %1</source>
            <translation>→ %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="488" />
            <source>%1 calls confirmed and %2 corrected in this session. Retrain the classifier so that it learns from them?</source>
            <translation>%1 calls confirmed and %2 corrected in this session. Retrain the classifier so that it learns from them?</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="509" />
            <source>Outside the catalog</source>
            <translation>Outside the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="517" />
            <source>Confirm the model's call</source>
            <translation>Confirm the model's call</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="520" />
            <source>Take the suggestion</source>
            <translation>Take the suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="523" />
            <source>Change to</source>
            <translation>Change to</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="530" />
            <source>Retraining the classifier…</source>
            <translation>Retraining the classifier…</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="541" />
            <source>Retraining the classifier</source>
            <translation>Retraining the classifier</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="554" />
            <source>Retrained. Of the %1 firms staff have confirmed or corrected, the old model agreed with %2, the new one with %3 (it has seen them, so this is an upper bound).</source>
            <translation>Retrained. Of the %1 firms staff have confirmed or corrected, the old model agreed with %2, the new one with %3 (it has seen them, so this is an upper bound).</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="563" />
            <source>Retrained.</source>
            <translation>Retrained.</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="567" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="571" />
            <source>%1 unconfirmed firms changed direction (mostly %2): if a correction was wrong, similar firms followed it.</source>
            <translation>%1 unconfirmed firms changed direction (mostly %2): if a correction was wrong, similar firms followed it.</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="584" />
            <source>Retraining failed.</source>
            <translation>Retraining failed.</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="496" />
            <source>Check every row</source>
            <translation>Check every row</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="499" />
            <source>A trial run over the whole file: the counts below are exact, and nothing has been written yet.</source>
            <translation>A trial run over the whole file: the counts below are exact, and nothing has been written yet.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="504" />
            <location filename="../../ui/import_wizard.py" line="525" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="507" />
            <source>The firms are written in one step: if you cancel, the database stays exactly as it was.</source>
            <translation>The firms are written in one step: if you cancel, the database stays exactly as it was.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="516" />
            <source>Cancel import</source>
            <translation>Cancel import</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="539" />
            <source>Checking the rows…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="539" />
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="567" />
            <source>Importing %1</source>
            <translation>Importing %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="609" />
            <source>Cancelled. The database has not been changed.</source>
            <translation>Cancelled. The database has not been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="615" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../ui/views/settings_view.py" line="71" />
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="72" />
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="73" />
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="74" />
            <source>before an import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="81" />
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="104" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="104" />
            <source>Where ChainFill keeps its data.</source>
            <translation>Where ChainFill keeps its data.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="111" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="116" />
            <source>Open another database…</source>
            <translation>Open another database…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="117" />
            <source>Create a new database…</source>
            <translation>Create a new database…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="118" />
            <source>Show folder</source>
            <translation>Show folder</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="119" />
            <source>Connect to the team database…</source>
            <translation>Connect to the team database…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="127" />
            <source>Recently used databases</source>
            <translation>Recently used databases</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="138" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="138" />
            <source>The language of the interface. Chinese is the default.</source>
            <translation>The language of the interface. Chinese is the default.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="147" />
            <source>Restart now</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="159" />
            <source>Ranking weights</source>
            <translation>Ranking weights</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="161" />
            <source>How the overall score of a candidate combines its three parts. Stored in the database, so colleagues sharing it rank the same way.</source>
            <translation>How the overall score of a candidate combines its three parts. Stored in the database, so colleagues sharing it rank the same way.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="171" />
            <source>Your details</source>
            <translation>Your details</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="173" />
            <source>Named as the owner of shortlists, the compiler of dossiers and in the change log, instead of the computer's login name.</source>
            <translation>Named as the owner of shortlists, the compiler of dossiers and in the change log, instead of the computer's login name.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="181" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="182" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="183" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="201" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="204" />
            <source>Backup time</source>
            <translation>Backup time</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="204" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="204" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="218" />
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="220" />
            <source>Show backup folder</source>
            <translation>Show backup folder</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="222" />
            <source>Restore selected…</source>
            <translation>Restore selected…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="224" />
            <source>Restore from file…</source>
            <translation>Restore from file…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="235" />
            <source>Automatic backups to keep:</source>
            <translation>Automatic backups to keep:</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="249" />
            <source>Exchange rates</source>
            <translation>Exchange rates</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="249" />
            <source>Yuan per unit of each currency.</source>
            <translation>Yuan per unit of each currency.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="259" />
            <source>Candidate regions</source>
            <translation>Candidate regions</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="261" />
            <source>Where the ranked candidates are registered: cities, Hong Kong and Macao, or foreign firms (with their country). Firms of Dongguan are its local base.</source>
            <translation>Where the ranked candidates are registered: cities, Hong Kong and Macao, or foreign firms (with their country). Firms of Dongguan are its local base.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="280" />
            <source>Team database %1</source>
            <translation>Team database %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="303" />
            <source>%1 firms · on the team's server · schema version %3 · created %4</source>
            <translation>%1 firms · on the team's server · schema version %3 · created %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="305" />
            <source>%1 firms · %2 on disk · schema version %3 · created %4</source>
            <translation>%1 firms · %2 on disk · schema version %3 · created %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="335" />
            <source>The team database is backed up on its server by the database administrator (docs/team-database.md, section 3), not on this laptop.</source>
            <translation>The team database is backed up on its server by the database administrator (docs/team-database.md, section 3), not on this laptop.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="342" />
            <source>A backup is made on the first start of each day and before imports, restores and upgrades; the newest %1 are kept. Backups are in %2.</source>
            <translation>A backup is made on the first start of each day and before imports, restores and upgrades; the newest %1 are kept. Backups are in %2.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="379" />
            <source>Select a backup in the list first.</source>
            <translation>Select a backup in the list first.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="393" />
            <source>Restore from file</source>
            <translation>Restore from file</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="395" />
            <source>ChainFill database (*.sqlite *.db);;All files (*)</source>
            <translation>ChainFill database (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="412" />
            <source>Backup written: %1</source>
            <translation>Backup written: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="418" />
            <source>Backing up</source>
            <translation>Backing up</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="459" />
            <source>Choosing the person</source>
            <translation>Choosing the person</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="472" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="473" />
            <source>investment officer</source>
            <translation>investment officer</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="474" />
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="482" />
            <source>On this database: %1, not on its list of people.</source>
            <translation>On this database: %1, not on its list of people.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="487" />
            <source>On this database: %1, %2.</source>
            <translation>On this database: %1, %2.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="492" />
            <source>(deactivated)</source>
            <translation>(deactivated)</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="503" />
            <source>The new language is used after a restart.</source>
            <translation>The new language is used after a restart.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="520" />
            <source>%1 backups listed</source>
            <translation>%1 backups listed</translation>
        </message>
    </context>
    <context>
        <name>ShortlistsView</name>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="24" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="25" />
            <source>Firm</source>
            <translation>Firm</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="26" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="27" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="28" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="29" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="30" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="50" />
            <source>Shortlists &amp; visits</source>
            <translation>Shortlists &amp; visits</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="53" />
            <source>Print preview…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="55" />
            <source>Preview and print the dossier of the chosen firm (Ctrl+P: the whole list)</source>
            <translation>Preview and print the dossier of the chosen firm (Ctrl+P: the whole list)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="58" />
            <source>Dossiers to PDF…</source>
            <translation>Dossiers to PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="60" />
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="70" />
            <source>Shortlists</source>
            <translation>Shortlists</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="78" />
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="79" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="80" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="90" />
            <source>Next steps due</source>
            <translation>Next steps due</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="91" />
            <source>Overdue and due within a week; double-click to open the firm.</source>
            <translation>Overdue and due within a week; double-click to open the firm.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="124" />
            <source>This list is empty. Add firms from Firms or Recommendations with “Add to shortlist”.</source>
            <translation>This list is empty. Add firms from Firms or Recommendations with “Add to shortlist”.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="134" />
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="134" />
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="137" />
            <source>Remove from list</source>
            <translation>Remove from list</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="145" />
            <source>Drag rows to change the order; double-click a note to edit it.</source>
            <translation>Drag rows to change the order; double-click a note to edit it.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="212" />
            <source>%1 shortlists, %2 firms in the chosen one, %3 next steps due</source>
            <translation>%1 shortlists, %2 firms in the chosen one, %3 next steps due</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="236" />
            <source>No shortlist yet — create one with “New…”</source>
            <translation>No shortlist yet — create one with “New…”</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="246" />
            <source>Owner: %1</source>
            <translation>Owner: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="271" />
            <source>Double-click to write a note</source>
            <translation>Double-click to write a note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="299" />
            <source>%1 days overdue</source>
            <translation>%1 days overdue</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="301" />
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="303" />
            <source>due in %1 days</source>
            <translation>due in %1 days</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="310" />
            <source>Nothing due.</source>
            <translation>Nothing due.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="364" />
            <source>New shortlist</source>
            <translation>New shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="364" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="369" />
            <source>Creating shortlist</source>
            <translation>Creating shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="377" />
            <source>Rename shortlist</source>
            <translation>Rename shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="377" />
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="384" />
            <source>Renaming shortlist</source>
            <translation>Renaming shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="392" />
            <source>Delete the shortlist “%1”? The firms stay in the database.</source>
            <translation>Delete the shortlist “%1”? The firms stay in the database.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="398" />
            <source>Deleting shortlist</source>
            <translation>Deleting shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="406" />
            <source>Reordering</source>
            <translation>Reordering</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="423" />
            <source>Removing from shortlist</source>
            <translation>Removing from shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="435" />
            <source>Saving note</source>
            <translation>Saving note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="454" />
            <location filename="../../ui/views/shortlists/view.py" line="487" />
            <source>There is nothing to print: the list is empty.</source>
            <translation>There is nothing to print: the list is empty.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="473" />
            <source>no printer installed (print to PDF instead)</source>
            <translation>no printer installed (print to PDF instead)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="492" />
            <source>Save dossiers as PDF</source>
            <translation>Save dossiers as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="494" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="504" />
            <source>Laying out the dossiers…</source>
            <translation>Laying out the dossiers…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="504" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="506" />
            <location filename="../../ui/views/shortlists/view.py" line="533" />
            <source>Dossiers to PDF</source>
            <translation>Dossiers to PDF</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="520" />
            <source>%1 dossiers, %2 pages, written to %3.</source>
            <translation>%1 dossiers, %2 pages, written to %3.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="528" />
            <source>Cancelled; no file was written.</source>
            <translation>Cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="548" />
            <source>Export shortlist</source>
            <translation>Export shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="548" />
            <source>Excel files (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="558" />
            <source>Include full contact details (phone, e-mail, names)? They are personal data: choose No to export them masked.</source>
            <translation>Include full contact details (phone, e-mail, names)? They are personal data: choose No to export them masked.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="566" />
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="572" />
            <source>Exporting shortlist</source>
            <translation>Exporting shortlist</translation>
        </message>
    </context>
    <context>
        <name>SignalDialog</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="273" />
            <source>Record a signal</source>
            <translation>Record a signal</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="284" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="285" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="286" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>StrategyChooser</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="404" />
            <location filename="../../ui/widgets/targeting.py" line="410" />
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="444" />
            <source>Re-ranking with the strategy</source>
            <translation>Re-ranking with the strategy</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictDialog</name>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="65" />
            <source>Check-in conflicts</source>
            <translation>Check-in conflicts</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="74" />
            <source>These fields were changed both on this laptop and in the team database since the copy was checked out (or a record deleted here was changed there). Choose which to keep for each; nothing of these records is written until you decide. Check in again to apply your choices.</source>
            <translation>These fields were changed both on this laptop and in the team database since the copy was checked out (or a record deleted here was changed there). Choose which to keep for each; nothing of these records is written until you decide. Check in again to apply your choices.</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="87" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="88" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="89" />
            <source>At checkout</source>
            <translation>At checkout</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="90" />
            <source>Mine (this copy)</source>
            <translation>Mine (this copy)</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="91" />
            <source>Theirs (team)</source>
            <translation>Theirs (team)</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="97" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="112" />
            <source>Deleted on this laptop (delete it)</source>
            <translation>Deleted on this laptop (delete it)</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="114" />
            <source>Keep: %1</source>
            <translation>Keep: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="139" />
            <source>No conflicts are waiting.</source>
            <translation>No conflicts are waiting.</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="144" />
            <source>Keep my choices</source>
            <translation>Keep my choices</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="146" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SyncDialogs</name>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="40" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="41" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="225" />
            <source>Save the working copy as</source>
            <translation>Save the working copy as</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="227" />
            <source>ChainFill databases (*.sqlite)</source>
            <translation>ChainFill databases (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="243" />
            <source>Working copy saved: %1 firms in %2. Open it to work offline.</source>
            <translation>Working copy saved: %1 firms in %2. Open it to work offline.</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="272" />
            <source>Check in a working copy</source>
            <translation>Check in a working copy</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="274" />
            <source>ChainFill databases (*.sqlite);;All files (*)</source>
            <translation>ChainFill databases (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="292" />
            <source>%1 changes merged.</source>
            <translation>%1 changes merged.</translation>
        </message>
        <message>
            <location filename="../../ui/sync_dialogs.py" line="298" />
            <source>%1 conflicts wait for your decision.</source>
            <translation>%1 conflicts wait for your decision.</translation>
        </message>
    </context>
    <context>
        <name>TargetingImportDialog</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="555" />
            <source>Import lists, links or signals</source>
            <translation>Import lists, links or signals</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="561" />
            <source>A list of firms (专精特新, 小巨人 …)</source>
            <translation>A list of firms (专精特新, 小巨人 …)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="562" />
            <source>Links between firms</source>
            <translation>Links between firms</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="563" />
            <source>Signals of movement</source>
            <translation>Signals of movement</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="565" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="568" />
            <source>CSV or XLSX file</source>
            <translation>CSV or XLSX file</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="569" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="573" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="577" />
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="580" />
            <source>when the file has no year column</source>
            <translation>when the file has no year column</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="581" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="593" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="606" />
            <source>Columns: 企业名称 and/or 统一社会信用代码 (English headers too); 年份 optional.</source>
            <translation>Columns: 企业名称 and/or 统一社会信用代码 (English headers too); 年份 optional.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="609" />
            <source>Columns: 企业名称, 关联企业, 关系 (供应商/客户/母公司/子公司/同一集团), 来源, 日期.</source>
            <translation>Columns: 企业名称, 关联企业, 关系 (供应商/客户/母公司/子公司/同一集团), 来源, 日期.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="612" />
            <source>Columns: 企业名称, 类型, 日期, 说明 (来源 optional). A row dated after today is refused.</source>
            <translation>Columns: 企业名称, 类型, 日期, 说明 (来源 optional). A row dated after today is refused.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="621" />
            <source>Choose a file</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="621" />
            <source>Sheets (*.csv *.xlsx)</source>
            <translation>Sheets (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="667" />
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
    </context>
    <context>
        <name>TargetingPanel</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="94" />
            <source>Lists</source>
            <translation>Lists</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="101" />
            <source>Signals</source>
            <translation>Signals</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="103" />
            <source>Record a signal…</source>
            <translation>Record a signal…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="109" />
            <location filename="../../ui/widgets/targeting.py" line="131" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="110" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="111" />
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="112" />
            <location filename="../../ui/widgets/targeting.py" line="131" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="113" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="121" />
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="123" />
            <source>Linked candidates…</source>
            <translation>Linked candidates…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="125" />
            <source>Candidates linked to this firm: its suppliers first, then customers and group</source>
            <translation>Candidates linked to this firm: its suppliers first, then customers and group</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="131" />
            <source>This firm is</source>
            <translation>This firm is</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="131" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="163" />
            <source>On no list imported so far.</source>
            <translation>On no list imported so far.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="179" />
            <source>Signals raise the landing propensity; each fades by half over its half-life.</source>
            <translation>Signals raise the landing propensity; each fades by half over its half-life.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="181" />
            <source>No signals recorded.</source>
            <translation>No signals recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="183" />
            <source>(not in the database)</source>
            <translation>(not in the database)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="196" />
            <source>No links recorded.</source>
            <translation>No links recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="201" />
            <source>Same group: %1</source>
            <translation>Same group: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="232" />
            <source>Recording the signal</source>
            <translation>Recording the signal</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="379" />
            <source>Lists &amp; links</source>
            <translation>Lists &amp; links</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="77" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="81" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="84" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="85" />
            <source>Our staff</source>
            <translation>Our staff</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="86" />
            <source>Their people</source>
            <translation>Their people</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="92" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="93" />
            <source>What they asked for</source>
            <translation>What they asked for</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="94" />
            <source>Expansion plans</source>
            <translation>Expansion plans</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="95" />
            <source>Land and cost pressure</source>
            <translation>Land and cost pressure</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="103" />
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="105" />
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="113" />
            <source>Next step date</source>
            <translation>Next step date</translation>
        </message>
    </context>
    <context>
        <name>WeightsEditor</name>
        <message>
            <location filename="../../ui/widgets/weights.py" line="88" />
            <source>Defaults</source>
            <translation>Defaults</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="89" />
            <source>Back to the default weights</source>
            <translation>Back to the default weights</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="127" />
            <source>At least one weight must be above zero.</source>
            <translation>At least one weight must be above zero.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="130" />
            <source>Re-ranking when you stop moving the sliders…</source>
            <translation>Re-ranking when you stop moving the sliders…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="156" />
            <source>Re-ranking every firm…</source>
            <translation>Re-ranking every firm…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="160" />
            <source>Re-ranking with the new weights</source>
            <translation>Re-ranking with the new weights</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="169" />
            <source>Re-ranked %1 firms in %2 s.</source>
            <translation>Re-ranked %1 firms in %2 s.</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="38" />
            <source>Upstream</source>
            <translation>Upstream</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="39" />
            <source>Midstream</source>
            <translation>Midstream</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="40" />
            <source>Downstream</source>
            <translation>Downstream</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="46" />
            <location filename="../../ui/widgets/chainmap.py" line="33" />
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="47" />
            <location filename="../../ui/widgets/chainmap.py" line="34" />
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="48" />
            <location filename="../../ui/widgets/chainmap.py" line="35" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="49" />
            <location filename="../../ui/widgets/chainmap.py" line="36" />
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="../../ui/field_labels.py" line="25" />
            <source>All fields when the firm was added</source>
            <translation>All fields when the firm was added</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="26" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="27" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="28" />
            <source>USCC</source>
            <translation>USCC</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="29" />
            <source>Stock code</source>
            <translation>Stock code</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="30" />
            <source>Legal representative</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="31" />
            <source>Firm type</source>
            <translation>Firm type</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="32" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="33" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="34" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="35" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="36" />
            <source>Registered address</source>
            <translation>Registered address</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="37" />
            <source>Founded</source>
            <translation>Founded</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="38" />
            <source>Registered capital</source>
            <translation>Registered capital</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="39" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="40" />
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="41" />
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="42" />
            <source>Revenue growth</source>
            <translation>Revenue growth</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="43" />
            <source>R&amp;D ratio</source>
            <translation>R&amp;D ratio</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="44" />
            <source>Patents</source>
            <translation>Patents</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="45" />
            <source>High-tech enterprise</source>
            <translation>High-tech enterprise</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="46" />
            <source>Listing</source>
            <translation>Listing</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="47" />
            <source>Listing date</source>
            <translation>Listing date</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="48" />
            <source>Main business</source>
            <translation>Main business</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="49" />
            <source>Business scope</source>
            <translation>Business scope</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="50" />
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="51" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="52" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="53" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="54" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <location filename="../../ui/fmt.py" line="100" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="101" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="102" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="131" />
            <source>%1 firms</source>
            <translation>%1 firms</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../ui/main.py" line="77" />
            <location filename="../../ui/main.py" line="133" />
            <location filename="../../ui/main.py" line="141" />
            <source>ChainFill</source>
            <translation>ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="134" />
            <source>Work in the local database instead?</source>
            <translation>Work in the local database instead?</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="151" />
            <source>Generating demo data…</source>
            <translation>Generating demo data…</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="151" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="153" />
            <source>Demo database</source>
            <translation>Demo database</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="182" />
            <source>Generating demo data</source>
            <translation>Generating demo data</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="199" />
            <source>Welcome to ChainFill</source>
            <translation>Welcome to ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="200" />
            <source>A new, empty database has been created:</source>
            <translation>A new, empty database has been created:</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="202" />
            <source>Import a firm list (an Excel or CSV export) to begin, or open the demo database with fictional firms to look around first.</source>
            <translation>Import a firm list (an Excel or CSV export) to begin, or open the demo database with fictional firms to look around first.</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="209" />
            <source>Import a firm list…</source>
            <translation>Import a firm list…</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="212" />
            <source>Open the demo database</source>
            <translation>Open the demo database</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="214" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <location filename="../../ui/messages.py" line="96" />
            <location filename="../../ui/messages.py" line="106" />
            <source>ChainFill</source>
            <translation>ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="79" />
            <source>An unexpected error occurred. Your data has not been changed.</source>
            <translation>An unexpected error occurred. Your data has not been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>The details have been written to %1. Please send them to your IT colleague.</source>
            <translation>The details have been written to %1. Please send them to your IT colleague.</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <location filename="../../ui/restore.py" line="20" />
            <location filename="../../ui/restore.py" line="41" />
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="21" />
            <source>Replace the content of the open database with this backup?
%1

The current database is backed up first, so this can be undone.</source>
            <translation>Replace the content of the open database with this backup?
%1

The current database is backed up first, so this can be undone.</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="42" />
            <source>Restored. The database as it was before is kept as a backup:
%1</source>
            <translation>Restored. The database as it was before is kept as a backup:
%1</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="47" />
            <location filename="../../ui/restore.py" line="108" />
            <source>Restoring</source>
            <translation>Restoring</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="73" />
            <location filename="../../ui/restore.py" line="83" />
            <source>Database damaged</source>
            <translation>Database damaged</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="74" />
            <source>The database failed its integrity check and no sound backup was found.
Copy the database file somewhere safe before working with it.</source>
            <translation>The database failed its integrity check and no sound backup was found.
Copy the database file somewhere safe before working with it.</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="84" />
            <source>The database failed its integrity check.</source>
            <translation>The database failed its integrity check.</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="86" />
            <source>The newest sound backup is:
%1
Restore it now?</source>
            <translation>The newest sound backup is:
%1
Restore it now?</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="90" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="91" />
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>stages</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="55" />
            <location filename="../../ui/views/shortlists/common.py" line="14" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="56" />
            <location filename="../../ui/views/shortlists/common.py" line="15" />
            <source>Contacted</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="57" />
            <location filename="../../ui/views/shortlists/common.py" line="16" />
            <source>Visited</source>
            <translation>Visited</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="58" />
            <location filename="../../ui/views/shortlists/common.py" line="17" />
            <source>Negotiating</source>
            <translation>Negotiating</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="59" />
            <location filename="../../ui/views/shortlists/common.py" line="18" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="60" />
            <location filename="../../ui/views/shortlists/common.py" line="19" />
            <source>Landed</source>
            <translation>Landed</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="61" />
            <location filename="../../ui/views/shortlists/common.py" line="20" />
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="22" />
            <source>Not in pipeline</source>
            <translation>Not in pipeline</translation>
        </message>
    </context>
    <context>
        <name>targeting</name>
        <message>
            <location filename="../../ui/widgets/targeting.py" line="255" />
            <source>Through firms here: %1 of %2</source>
            <translation>Through firms here: %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <location filename="../../ui/views/__init__.py" line="72" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="73" />
            <source>Plan targets, the outreach pipeline and the biggest chain gaps at a glance</source>
            <translation>Plan targets, the outreach pipeline and the biggest chain gaps at a glance</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="84" />
            <source>Industry catalog</source>
            <translation>Industry catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="85" />
            <source>Directions of the 2018–2025 plan and each direction's value chain</source>
            <translation>Directions of the 2018–2025 plan and each direction's value chain</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="96" />
            <source>Firms</source>
            <translation>Firms</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="97" />
            <source>Search and filter every firm; check and correct its classification</source>
            <translation>Search and filter every firm; check and correct its classification</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="120" />
            <source>To confirm</source>
            <translation>To confirm</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="121" />
            <source>The classifier's least sure calls, by how much a correction would change the ranking</source>
            <translation>The classifier's least sure calls, by how much a correction would change the ranking</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="167" />
            <source>Investment pipeline</source>
            <translation>Investment pipeline</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="168" />
            <source>Deals under negotiation by stage, pre-entry assessment, sites and reports</source>
            <translation>Deals under negotiation by stage, pre-entry assessment, sites and reports</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="108" />
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="109" />
            <source>Candidates ranked by how well they fill Dongguan's chain gaps</source>
            <translation>Candidates ranked by how well they fill Dongguan's chain gaps</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="133" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="134" />
            <source>Database, language, ranking weights and backups</source>
            <translation>Database, language, ranking weights and backups</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="143" />
            <source>Shortlists &amp; visits</source>
            <translation>Shortlists &amp; visits</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="144" />
            <source>Shortlists, outreach stages, contacts, visits and printed visit dossiers</source>
            <translation>Shortlists, outreach stages, contacts, visits and printed visit dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="155" />
            <source>Brought-in projects</source>
            <translation>Brought-in projects</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="156" />
            <source>Commitments against actuals, milestones and the per-mu appraisal</source>
            <translation>Commitments against actuals, milestones and the per-mu appraisal</translation>
        </message>
    </context>
    <context>
        <name>weights</name>
        <message>
            <location filename="../../ui/widgets/weights.py" line="20" />
            <source>Gap fit</source>
            <translation>Gap fit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="21" />
            <source>Capability</source>
            <translation>Capability</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="22" />
            <source>Landing propensity</source>
            <translation>Landing propensity</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="28" />
            <source>How much of a Dongguan gap the firm's segment would fill</source>
            <translation>How much of a Dongguan gap the firm's segment would fill</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="31" />
            <source>Size, growth, R&amp;D, patents, listing, high-tech status</source>
            <translation>Size, growth, R&amp;D, patents, listing, high-tech status</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="34" />
            <source>How likely such a firm is to land, learnt from the bureau's outcomes</source>
            <translation>How likely such a firm is to land, learnt from the bureau's outcomes</translation>
        </message>
    </context>
</TS>
