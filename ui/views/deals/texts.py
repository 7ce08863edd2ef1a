"""The deals view's texts: English sources, Chinese until the .ts catalogue has them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import i18n

CONTEXT = "DealsView"
DEALS = "deals"  # the kind of data change announced after an edit

ZH = {
    "Investment pipeline": "招商项目",
    "Deals by stage: drag one onto a stage to move it; assessment and reports": "按阶段跟踪招商项目：拖到阶段上即改变阶段；项目评估与招商统计",
    "New deal…": "新建项目…",
    "Edit…": "编辑…",
    "Assessment…": "项目评估…",
    "Sign…": "签约…",
    "Hand off…": "移交镇街…",
    "Refresh": "刷新",
    "Board": "看板",
    "Report": "统计",
    "All officers": "全部负责人",
    "All towns": "全部镇街",
    "All directions": "全部方向",
    "Search deals or firms…": "搜索项目或企业…",
    "%1 deals, %2 planned": "项目 %1 个，计划投资 %2",
    "Due %1": "期限 %1",
    "%1 live · %2": "在册 %1 个 · %2",
    "Deals shown that are not dropped, and their planned investment": "所列未放弃项目的个数及计划投资合计",
    "Stage": "阶段",
    "Planned": "计划投资",
    "overdue %1": "已逾期 %1",
    "Click to show only this stage; drop a deal here to move it.": "单击只看本阶段；把项目拖到这里即改到本阶段。",
    "Select a deal to see its facts, assessment and history.": "选择一个项目，查看基本情况、评估和进展记录。",
    "Facts": "基本情况",
    "Planned investment": "计划投资",
    "Land or floor space": "用地或面积",
    "Site chosen": "选定载体",
    "Sites offered": "推荐过的载体",
    "Expected output, tax, jobs": "预计产值 / 税收 / 就业",
    "Signing": "签约",
    "Pre-entry assessment": "项目评估",
    "Assessment sheet…": "评估表…",
    "Save assessment": "保存评估",
    "Stage history": "阶段记录",
    "Hand-offs to towns": "移交镇街",
    "Record feedback…": "记录反馈…",
    "Town feedback": "镇街反馈",
    "Status": "状态",
    "What the town reported": "镇街反馈内容",
    "Town reported": "镇街反馈",
    "Awaiting feedback": "待反馈",
    "Following up": "跟进中",
    "Settled": "已落实",
    "Returned": "已退回",
    "No.": "编号",
    "%1 万元/亩": "%1 万元/亩",
    "no due date": "未定期限",
    "%1 people": "%1 人",
    "brought-in project %1": "引进项目 %1",
    "not signed": "未签约",
    "Risks": "风险",
    "Major project: goes to the leading group (领导小组审议).": "重大项目：须提交领导小组审议。",
    "Findings come from the data; the recommendation is staff's, not the program's.": "评估结论来自数据；是否引进的建议由经办人员填写，程序不代为判断。",
    "No history.": "暂无记录。",
    "Not handed off.": "尚未移交镇街。",
    "Overdue %1": "已逾期 %1",
    "Signed → project %1": "已签约 → 项目 %1",
    "Why move back?": "退回原因",
    "Moving from %1 back to %2 needs a note saying why:": "从“%1”退回到“%2”须写明原因：",
    "Why drop it?": "放弃原因",
    "Dropping a deal needs its reason:": "放弃一个项目须写明原因：",
    "Why take it up again?": "重新启动的理由",
    "Taking up a dropped deal needs a note:": "重新启动已放弃的项目须写明理由：",
    "Deal": "招商项目",
    "Firm (id, credit code or exact name)": "企业（编号、信用代码或完整名称）",
    "Name": "项目名称",
    "Type": "项目类型",
    "Planned investment (万元, or 3.5亿)": "计划投资（万元，或 3.5亿）",
    "Land (亩)": "用地（亩）",
    "Floor space (㎡)": "厂房面积（㎡）",
    "Town": "意向镇街",
    "Direction": "产业方向",
    "Officer": "负责人",
    "Next step": "下一步工作",
    "Due": "期限",
    "Expected output (万元/year)": "预计年产值（万元）",
    "Expected tax (万元/year)": "预计年税收（万元）",
    "Expected jobs": "预计就业人数",
    "Energy and environmental load": "能耗与环保负荷",
    "Recommendation (set by staff)": "评估建议（经办人员填写）",
    "Reason or conditions": "理由或条件",
    "(none)": "（未填）",
    "(not set)": "（未定）",
    "Save": "保存",
    "Cancel": "取消",
    "Select a deal first.": "请先选择一个项目。",
    "Print…": "打印…",
    "Export PDF…": "导出 PDF…",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Excel workbooks (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Saved: %1": "已保存：%1",
    "Close": "关闭",
    "Agreement number": "协议编号",
    "Signing date": "签约日期",
    "Sign the deal": "签约",
    "Signed: brought-in project %1 created with the commitments of the deal.": "已签约：已建立引进项目 %1，承诺已自动带入。",
    "Hand off to a town": "移交镇街",
    "Note": "说明",
    "Period": "统计期间",
    "Group by": "分组",
    "Domain": "领域",
    "Export Excel…": "导出 Excel…",
    "New leads": "新增线索",
    "Signed": "签约",
    "Landed (in production)": "投产",
    "Dropped": "放弃",
    "Signed amount by group": "签约额（按分组）",
    "Deals by stage at the period's end": "期末各阶段项目数",
    "Targets of %1 (1 January to the period's end)": "%1 年目标完成情况（年初至期末）",
    "No targets set (chainfill targets set YEAR …)": "未设年度目标（chainfill targets set 年份 …）",
    "Nothing in this period.": "本期无数据。",
    "%1 of target": "完成目标 %1",
    "No deals yet: New deal… adds one.": "还没有招商项目：点“新建项目…”登记。",
    "Drop reasons": "放弃原因",
    "%1 deals on the board, %2 next steps overdue": "看板上 %1 个招商项目，%2 项下一步已逾期",
    # stages, types, recommendations and load classes (the app keeps their Chinese labels)
    "Lead": "线索",
    "Contact": "接洽",
    "Site visit": "考察",
    "Negotiation": "洽谈",
    "Registered": "注册",
    "Construction": "开工",
    "In production": "投产",
    "New establishment": "新设",
    "Capital increase / expansion": "增资扩产",
    "Headquarters": "总部",
    "R&D centre": "研发中心",
    "Regional headquarters": "区域总部",
    "Other": "其他",
    "Introduce": "建议引进",
    "Introduce with conditions": "有条件引进",
    "Defer": "暂缓",
    "Low": "低",
    "Medium": "中",
    "High": "高",
}

STAGE_EN = {
    "lead": "Lead",
    "contact": "Contact",
    "visit": "Site visit",
    "negotiate": "Negotiation",
    "signed": "Signed",
    "registered": "Registered",
    "started": "Construction",
    "producing": "In production",
    "dropped": "Dropped",
}
TYPE_EN = {
    "new": "New establishment",
    "expansion": "Capital increase / expansion",
    "hq": "Headquarters",
    "rnd": "R&D centre",
    "regional_hq": "Regional headquarters",
    "other": "Other",
}
RECOMMENDATION_EN = {
    "introduce": "Introduce",
    "conditional": "Introduce with conditions",
    "defer": "Defer",
}
ENERGY_EN = {"low": "Low", "medium": "Medium", "high": "High"}


def tx(text: str) -> str:
    s = QCoreApplication.translate(CONTEXT, text)
    if s == text and i18n.is_chinese():
        return ZH.get(text, text)
    return s


def txf(text: str, *args: object) -> str:
    """``tx(text)`` with %1, %2 … replaced by ``args``."""
    s = tx(text)
    for i in range(len(args), 0, -1):
        s = s.replace(f"%{i}", str(args[i - 1]))
    return s
