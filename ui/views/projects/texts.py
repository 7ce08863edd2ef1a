"""The projects view's texts: English sources, Chinese until the .ts catalogue has them."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
)

from ui import i18n

CONTEXT = "ProjectsView"
PROJECTS = "projects"  # the kind of data change announced after an edit or import

# Chinese for the English source strings, used until the .ts catalogue translates them.
ZH = {
    "Brought-in projects": "项目履约",
    "Commitments against actuals, milestones and the per-mu appraisal of brought-in projects": "引进项目的承诺与实绩、节点进度和亩均效益评价",
    "Import…": "导入…",
    "Template…": "模板…",
    "Print sheet…": "打印评价表…",
    "Print summary…": "打印汇总…",
    "Export PDF…": "导出 PDF…",
    "Refresh": "刷新",
    "Projects": "项目",
    "Grades A / B / C / D": "等级 A / B / C / D",
    "Commitments at risk / missed": "承诺有风险 / 未达标",
    "Alerts": "提醒",
    "All zones": "全部集聚区",
    "All directions": "全部方向",
    "All grades": "全部等级",
    "Not graded": "不评级",
    "All statuses": "全部履约状态",
    "Latest year": "最近年度",
    "Search projects or firms…": "搜索项目或企业…",
    "Portfolio": "项目一览",
    "Alerts (%1)": "提醒（%1）",
    "Project": "项目",
    "Grade": "等级",
    "Score": "得分",
    "Commitments": "承诺履约",
    "Milestones": "节点",
    "No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database.": "还没有引进项目。可从 Excel 模板导入项目协议和年度报表，或打开演示数据库。",
    "No project matches the filters.": "没有符合筛选条件的项目。",
    "Select a project on the left.": "请在左侧选择一个项目。",
    "Per-mu appraisal": "亩均效益评价",
    "Indicators against their benchmarks": "各指标与基准值之比（竖线为基准，最高按封顶倍数计）",
    "Committed vs actual": "承诺与实绩",
    "Project milestones": "项目节点",
    "Yearly reports": "年度报表",
    "Edit year…": "编辑所选年度…",
    "Add year…": "新增年度…",
    "Rewards and penalties": "奖励与违约",
    "What would it take": "还差多少",
    "committed": "承诺",
    "actual": "实绩",
    "today": "今天",
    "Yearly report": "年度报表",
    "Report year": "年度",
    "Note": "备注",
    "Leave a figure empty when it was not reported; it is then left out, never counted as 0.": "未报的数字请留空：留空的指标不参与评分，不按 0 计。",
    "Not a number: %1": "不是数字：%1",
    "Import projects": "导入项目",
    "Excel workbooks (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Save the import template": "保存导入模板",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Export the appraisal to PDF": "导出评价表 PDF",
    "Saved: %1": "已保存：%1",
    "Import finished": "导入完成",
    "Act now": "需立即处理",
    "%1 projects, grades A/B/C/D %2, %3 alerts": "项目 %1 个，等级 A/B/C/D %2，提醒 %3 条",
    "Record a milestone…": "登记节点完成…",
    "Milestone": "节点",
    "Reached on": "完成日期",
    "Not reached yet (clear the date)": "尚未完成（清除日期）",
    "Watch": "需关注",
    "Double-click a year to edit its report.": "双击某一年度可编辑该年报表。",
    "%1: %2; committed %3 %4, actual %5 %4": "%1 年：%2；承诺 %3 %4，实绩 %5 %4",
    "; trend to %1: %2": "；趋势至 %1 年 %2",
    "%1 (due %2)": "%1（约定 %2）",
    "Commitment": "承诺事项",
    "Committed": "承诺值",
    "Actual": "实绩",
    "Assessed on": "考核日期",
    "Status": "状态",
    "%1　agreement %2　signed %3　%4　%5　land %6": "%1　协议 %2　签约 %3　%4　%5　用地 %6",
    "%1 per-mu appraisal: grade %2, score %3": "%1 年亩均评价：等级 %2，综合得分 %3",
    "%1 per-mu appraisal: not graded": "%1 年亩均评价：不评级",
    "%1. %2": "%1。%2",
    "Not agreed": "未约定",
    "Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, jobs, R&D ratio": "每个圆点依次为：固定资产投资、亩均投资、达产产值、年纳税额、就业人数、研发投入占比",
    "Project details": "项目用地与规模",
    "Land (mu)": "用地面积（亩）",
    "Leased floor space (m²)": "租赁厂房建筑面积（平方米）",
    "Below the statistical scale (规下)": "规下企业（规模以下工业企业）",
    "A 规下 firm is appraised on fewer indicators: %1.": "规下企业按较少的指标评价：%1。",
    "Leased premises without land of their own: enter 0 or leave the land empty, and the floor space is converted to land by the plot ratio %1.": "租赁厂房、无自有用地的项目：用地留空或填 0，按建筑面积以容积率 %1 折算用地。",
    "Appraised on %1 mu (floor space ÷ plot ratio %2 ÷ 666.67 m² per mu).": "按折算用地 %1 亩评价（建筑面积 ÷ 容积率 %2 ÷ 666.67 平方米/亩）。",
    "Add a bonus or deduction item…": "新增加减分项…",
    "Year": "年度",
    "veto: grade D": "一票否决（定为 D 档）",
    "Item": "事项",
    "Points": "分值",
    "e.g. the penalty decision's number and date": "如处罚决定书文号和日期",
    "default %1; empty keeps the default": "默认 %1，留空即用默认值",
    "Land and size…": "用地与规模…",
    "Land, leased floor space and whether the firm is below the statistical scale (规下)": "用地面积、租赁厂房面积和是否规下企业",
    "Bonus and deduction items": "加减分项",
    "Entered per year; they move that year's score, and a veto item sets grade D.": "按年度登记，计入该年度综合得分；一票否决项直接定为 D 档。",
    "Add item…": "新增…",
    "Remove": "删除",
    "No bonus or deduction items.": "暂无加减分项。",
    "Counts in %1, not in the year shown": "计入 %1 年，不计入当前显示年度的得分",
    "%1 mu converted from %2 m² leased": "折算 %1 亩（租赁厂房 %2 平方米）",
    "below the statistical scale (规下)": "规下企业",
    "Remove this bonus or deduction item?": "删除这条加减分记录？",
    "Per-mu composite score: %1": "亩均综合得分：%1",
    "Score: %1": "得分：%1",
}


def tx(text: str) -> str:
    s = QCoreApplication.translate(CONTEXT, text)
    if s == text and i18n.is_chinese():
        return ZH.get(text, text)
    return s


def txf(text: str, *args: object) -> str:
    """``tx(text)`` with %1, %2 … replaced by ``args``."""
    s = tx(text)
    for i in range(len(args), 0, -1):  # %10 before %1
        s = s.replace(f"%{i}", str(args[i - 1]))
    return s
