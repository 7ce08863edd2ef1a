<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Direction retired</source>
            <translation>方向已停用</translation>
        </message>
        <message>
            <source>The firm was in %1, a direction retired from the catalog; the model's call is its new place until someone confirms or corrects it</source>
            <translation>该企业原属“%1”，此方向已从目录停用；模型判断是它的新归属，须人工确认或改正</translation>
        </message>
    </context>
    <context>
        <name>ProjectsView</name>
        <message>
            <source>Project details</source>
            <translation>项目用地与规模</translation>
        </message>
        <message>
            <source>Land (mu)</source>
            <translation>用地面积（亩）</translation>
        </message>
        <message>
            <source>Leased floor space (m²)</source>
            <translation>租赁厂房建筑面积（平方米）</translation>
        </message>
        <message>
            <source>Below the statistical scale (规下)</source>
            <translation>规下企业（规模以下工业企业）</translation>
        </message>
        <message>
            <source>A 规下 firm is appraised on fewer indicators: %1.</source>
            <translation>规下企业按较少的指标评价：%1。</translation>
        </message>
        <message>
            <source>Leased premises without land of their own: enter 0 or leave the land empty, and the floor space is converted to land by the plot ratio %1.</source>
            <translation>租赁厂房、无自有用地的项目：用地留空或填 0，按建筑面积以容积率 %1 折算用地。</translation>
        </message>
        <message>
            <source>Appraised on %1 mu (floor space ÷ plot ratio %2 ÷ 666.67 m² per mu).</source>
            <translation>按折算用地 %1 亩评价（建筑面积 ÷ 容积率 %2 ÷ 666.67 平方米/亩）。</translation>
        </message>
        <message>
            <source>Add a bonus or deduction item…</source>
            <translation>新增加减分项…</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>veto: grade D</source>
            <translation>一票否决（定为 D 档）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>e.g. the penalty decision's number and date</source>
            <translation>如处罚决定书文号和日期</translation>
        </message>
        <message>
            <source>default %1; empty keeps the default</source>
            <translation>默认 %1，留空即用默认值</translation>
        </message>
        <message>
            <source>Land and size…</source>
            <translation>用地与规模…</translation>
        </message>
        <message>
            <source>Land, leased floor space and whether the firm is below the statistical scale (规下)</source>
            <translation>用地面积、租赁厂房面积和是否规下企业</translation>
        </message>
        <message>
            <source>Bonus and deduction items</source>
            <translation>加减分项</translation>
        </message>
        <message>
            <source>Entered per year; they move that year's score, and a veto item sets grade D.</source>
            <translation>按年度登记，计入该年度综合得分；一票否决项直接定为 D 档。</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>No bonus or deduction items.</source>
            <translation>暂无加减分项。</translation>
        </message>
        <message>
            <source>Counts in %1, not in the year shown</source>
            <translation>计入 %1 年，不计入当前显示年度的得分</translation>
        </message>
        <message>
            <source>%1 mu converted from %2 m² leased</source>
            <translation>折算 %1 亩（租赁厂房 %2 平方米）</translation>
        </message>
        <message>
            <source>below the statistical scale (规下)</source>
            <translation>规下企业</translation>
        </message>
        <message>
            <source>Remove this bonus or deduction item?</source>
            <translation>删除这条加减分记录？</translation>
        </message>
        <message>
            <source>Score: %1</source>
            <translation>得分：%1</translation>
        </message>
        <message>
            <source>Per-mu composite score: %1</source>
            <translation>亩均综合得分：%1</translation>
        </message>
    </context>
</TS>
