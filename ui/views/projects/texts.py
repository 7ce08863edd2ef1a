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
