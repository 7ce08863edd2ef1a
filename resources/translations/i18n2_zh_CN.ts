<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name></name>
        <message>
            <source>Planned investment (10k yuan, or 3.5亿)</source>
            <translation>计划投资（万元，或 3.5亿）</translation>
        </message>
        <message>
            <source>Expected output (10k yuan/year)</source>
            <translation>预计年产值（万元）</translation>
        </message>
        <message>
            <source>Expected tax (10k yuan/year)</source>
            <translation>预计年税收（万元）</translation>
        </message>
        <message>
            <source>Assessment of a proposed project</source>
            <translation>拟引进项目评估表</translation>
        </message>
        <message>
            <source>Available land (mu)</source>
            <translation>可用土地（亩）</translation>
        </message>
        <message>
            <source>Below the statistical scale</source>
            <translation>规下企业（规模以下工业企业）</translation>
        </message>
        <message>
            <source>A firm below the statistical scale is appraised on fewer indicators: %1.</source>
            <translation>规下企业按较少的指标评价：%1。</translation>
        </message>
        <message>
            <source>Land, leased floor space and whether the firm is below the statistical scale</source>
            <translation>用地面积、租赁厂房面积和是否规下企业</translation>
        </message>
        <message>
            <source>below the statistical scale</source>
            <translation>规下企业</translation>
        </message>
    </context>
</TS>
