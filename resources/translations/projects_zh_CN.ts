<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name />
    <message>
      <source>%1 projects, grades A/B/C/D %2, %3 alerts</source>
      <translation>项目 %1 个，等级 A/B/C/D %2，提醒 %3 条</translation>
    </message>
    <message>
      <source>Act now</source>
      <translation>需立即处理</translation>
    </message>
    <message>
      <source>Add year…</source>
      <translation>新增年度…</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Alerts (%1)</source>
      <translation>提醒（%1）</translation>
    </message>
    <message>
      <source>All directions</source>
      <translation>全部方向</translation>
    </message>
    <message>
      <source>All grades</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部履约状态</translation>
    </message>
    <message>
      <source>All zones</source>
      <translation>全部集聚区</translation>
    </message>
    <message>
      <source>Brought-in projects</source>
      <translation>项目履约</translation>
    </message>
    <message>
      <source>Commitments</source>
      <translation>承诺履约</translation>
    </message>
    <message>
      <source>Commitments against actuals, milestones and the per-mu appraisal of brought-in projects</source>
      <translation>引进项目的承诺与实绩、节点进度和亩均效益评价</translation>
    </message>
    <message>
      <source>Commitments at risk / missed</source>
      <translation>承诺有风险 / 未达标</translation>
    </message>
    <message>
      <source>Committed vs actual</source>
      <translation>承诺与实绩</translation>
    </message>
    <message>
      <source>Double-click a year to edit its report.</source>
      <translation>双击某一年度可编辑该年报表。</translation>
    </message>
    <message>
      <source>Edit year…</source>
      <translation>编辑所选年度…</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>导出 PDF…</translation>
    </message>
    <message>
      <source>Export the appraisal to PDF</source>
      <translation>导出评价表 PDF</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Grades A / B / C / D</source>
      <translation>等级 A / B / C / D</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>导入完成</translation>
    </message>
    <message>
      <source>Import projects</source>
      <translation>导入项目</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Indicators against their benchmarks</source>
      <translation>各指标与基准值之比（竖线为基准，最高按封顶倍数计）</translation>
    </message>
    <message>
      <source>Latest year</source>
      <translation>最近年度</translation>
    </message>
    <message>
      <source>Leave a figure empty when it was not reported; it is then left out, never counted as 0.</source>
      <translation>未报的数字请留空：留空的指标不参与评分，不按 0 计。</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>节点</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>节点</translation>
    </message>
    <message>
      <source>No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database.</source>
      <translation>还没有引进项目。可从 Excel 模板导入项目协议和年度报表，或打开演示数据库。</translation>
    </message>
    <message>
      <source>No project matches the filters.</source>
      <translation>没有符合筛选条件的项目。</translation>
    </message>
    <message>
      <source>Not a number: %1</source>
      <translation>不是数字：%1</translation>
    </message>
    <message>
      <source>Not graded</source>
      <translation>不评级</translation>
    </message>
    <message>
      <source>Not reached yet (clear the date)</source>
      <translation>尚未完成（清除日期）</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Per-mu appraisal</source>
      <translation>亩均效益评价</translation>
    </message>
    <message>
      <source>Portfolio</source>
      <translation>项目一览</translation>
    </message>
    <message>
      <source>Print sheet…</source>
      <translation>打印评价表…</translation>
    </message>
    <message>
      <source>Print summary…</source>
      <translation>打印汇总…</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Project milestones</source>
      <translation>项目节点</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Reached on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <source>Record a milestone…</source>
      <translation>登记节点完成…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Report year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Rewards and penalties</source>
      <translation>奖励与违约</translation>
    </message>
    <message>
      <source>Save the import template</source>
      <translation>保存导入模板</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>已保存：%1</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Search projects or firms…</source>
      <translation>搜索项目或企业…</translation>
    </message>
    <message>
      <source>Select a project on the left.</source>
      <translation>请在左侧选择一个项目。</translation>
    </message>
    <message>
      <source>Template…</source>
      <translation>模板…</translation>
    </message>
    <message>
      <source>Watch</source>
      <translation>需关注</translation>
    </message>
    <message>
      <source>Yearly report</source>
      <translation>年度报表</translation>
    </message>
    <message>
      <source>Yearly reports</source>
      <translation>年度报表</translation>
    </message>
    <message>
      <source>actual</source>
      <translation>实绩</translation>
    </message>
    <message>
      <source>today</source>
      <translation>今天</translation>
    </message>
  </context>
  <context>
    <name>views</name>
    <message>
      <source>Brought-in projects</source>
      <translation>项目履约</translation>
    </message>
    <message>
      <source>Commitments against actuals, milestones and the per-mu appraisal</source>
      <translation>引进项目的承诺与实绩、节点进度和亩均效益评价</translation>
    </message>
  </context>
</TS>