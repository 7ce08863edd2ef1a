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
        <name />
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
    <context>
        <name>AddDirectionDialog</name>
        <message>
            <source>A key industry</source>
            <translation>重点产业</translation>
        </message>
        <message>
            <source>Add direction</source>
            <translation>新增方向</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>The code is lower-case letters, digits and _, and is never reused; the plan's own codes stay fixed. The direction starts with one segment: add its value chain afterwards. Every firm not confirmed by staff is classified again.</source>
            <translation>代码由小写英文字母、数字和 _ 组成，用过的代码不再使用；规划的方向代码固定不变。新方向先有一个产业链环节，之后再补充其产业链。保存后，未经人工确认的企业将重新分类。</translation>
        </message>
        <message>
            <source>Words that name its products, separated by commas</source>
            <translation>说明其产品的词，用逗号分开</translation>
        </message>
        <message>
            <source>e.g. Hydrogen energy</source>
            <translation>如：氢能</translation>
        </message>
        <message>
            <source>e.g. hydrogen</source>
            <translation>如：hydrogen</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <source>Add a direction to a domain, for the next plan</source>
            <translation>为下一期规划在某一领域下新增方向</translation>
        </message>
        <message>
            <source>Add direction…</source>
            <translation>新增方向…</translation>
        </message>
        <message>
            <source>Adding a direction</source>
            <translation>正在新增方向</translation>
        </message>
        <message>
            <source>Its %1 firms (%2 confirmed by staff) will be classified into the directions left and all of them go to the review queue (待确认) until someone confirms or corrects them.</source>
            <translation>该方向的 %1 家企业（其中人工确认 %2 家）将重新分类到其余方向，并全部进入“待确认”队列，直到有人确认或改正。</translation>
        </message>
        <message>
            <source>Its code is never used again. The retirement is recorded in the audit log.</source>
            <translation>该方向代码今后不再使用。停用记入操作日志。</translation>
        </message>
        <message>
            <source>Rename direction…</source>
            <translation>重命名方向…</translation>
        </message>
        <message>
            <source>Rename this direction (its code stays)</source>
            <translation>重命名此方向（代码不变）</translation>
        </message>
        <message>
            <source>Renaming the direction</source>
            <translation>正在重命名方向</translation>
        </message>
        <message>
            <source>Retire direction</source>
            <translation>停用方向</translation>
        </message>
        <message>
            <source>Retire direction…</source>
            <translation>停用方向…</translation>
        </message>
        <message>
            <source>Retire the direction “%1” from the catalog?</source>
            <translation>从目录中停用方向“%1”？</translation>
        </message>
        <message>
            <source>Retiring the direction</source>
            <translation>正在停用方向</translation>
        </message>
        <message>
            <source>Take this direction out of the catalog; its firms go to the review queue</source>
            <translation>将此方向移出目录；其企业进入待确认队列</translation>
        </message>
    </context>
    <context>
        <name>RenameDirectionDialog</name>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Rename direction</source>
            <translation>重命名方向</translation>
        </message>
    </context>
</TS>
