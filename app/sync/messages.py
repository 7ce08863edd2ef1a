"""Every message of app.sync and its commands, as plain Chinese literals in one place (to be
wrapped into the message catalogue with the rest of app/)."""

from __future__ import annotations

NO_SCOPE = "请指定带出范围：--shortlist 名单名（可多个）、--mine（本人负责的）或 --all（全部）"
NO_SHORTLIST = "没有名为“{name}”的名单"
TARGET_EXISTS = "文件 {path} 已存在：工作副本不会覆盖已有文件，请换一个文件名"
TARGET_NOT_SQLITE = "工作副本必须是本机的 SQLite 文件（.sqlite），不能是服务器地址"
SOURCE_IS_COPY = "{source} 本身是一份工作副本，请从团队数据库带出"
NOTHING_CHOSEN = "所选范围内没有企业，未生成工作副本"
NO_COPY_FILE = "找不到工作副本文件：{path}"
NOT_A_COPY = "{path} 不是工作副本（不是用 chainfill checkout 带出的），无法带回"
NO_CONFLICT_STORE = (
    "{path} 不是工作副本（不是用 chainfill checkout 带出的），也没有合并过工作副本或变更文件，"
    "没有冲突可以处理"
)
OTHER_DATABASE = (
    "这份工作副本来自另一个团队数据库（副本来源 {copy_db}，目标数据库 {team_db}），"
    "为避免数据混乱，拒绝带回"
)
NO_IDENTITY = "目标数据库没有身份标识，无法核对工作副本的来源"
COPY_NEWER = (
    "工作副本 {path} 由更新版本的 ChainFill 带出（结构版本 {version}，本程序支持到 {supported}），"
    "请先升级 ChainFill"
)
SAME_FILE = "工作副本和目标数据库是同一个文件"
NO_CONFLICT = "没有编号为 {id} 的冲突"
BAD_CHOICE = "请选择 mine（保留我的）或 theirs（采用团队的）"
READ_ONLY_COPY = "{path} 以只读方式打开，不能记录冲突的处理"

CHANGES_DAMAGED = "变更文件 {path} 已损坏或被改动过（校验不符），拒绝应用：{why}"
WHY_INCOMPLETE = "文件不完整或不是变更文件"
WHY_NOT_CHANGES = "不是 ChainFill 变更文件"
WHY_CHECKSUM = "内容与校验值不符"
CHANGES_UNREADABLE = "无法读取变更文件 {path}：{why}"
CHANGES_APPLIED = "变更文件 {path} 已经应用过（{at}），不再重复应用"
CHANGES_NEWER = (
    "变更文件 {path} 由更新版本的 ChainFill 导出（结构版本 {version}，本程序支持到 {supported}），"
    "请先升级 ChainFill"
)
CHANGES_SUFFIX = "变更文件应以 .cfsync 结尾：{path}"
CHANGES_CONFLICTS_WAIT = (
    "{count} 处冲突未合并（其余已合并），记录在本数据库中：用 chainfill --db {db} conflicts list "
    "查看，chainfill --db {db} conflicts resolve 编号 mine|theirs 处理，然后再应用一次同一个变更文件："
    "chainfill --db {db} changes apply {path}"
)
CHANGES_WRITTEN = "已导出变更文件 {path}：{rows} 条改动、{deleted} 条删除（来自 {source}）"

# What was done, for the CLI's lines and the audit log.
CHECKED_OUT = "已带出工作副本 {path}：{firms} 家企业，共 {rows} 行数据（来源 {source}）"
MERGED = "已合并 {merged} 处改动"
DRY_RUN = "（试运行：团队数据库和工作副本都未改动）"
DRY_RUN_CONFLICTS = "{count} 处冲突（试运行，未记录）：去掉 --dry-run 运行后再处理"
CONFLICTS_WAIT = "{count} 处冲突等待处理：chainfill --db {path} conflicts list；处理后再次带回"
NOTHING_NEW = "没有新的改动需要带回"
KEPT_EDIT = "{record}：团队已删除，但副本中有修改——保留修改并重新写入"
DELETED_KEPT = "{record}：团队已删除，副本中未修改——不再写回"
NOT_DELETED = "{record}：副本中删除了此记录，但{what}不随工作副本删除，请在团队数据库中处理"
ORPHAN_CORRECTION = "{record}：更正到的方向或环节“{code}”已不在团队的产业目录中，已记录，请复核"
RESOLVED = "冲突 {id} 已处理：{choice}。再次带回即可写入"
RESOLVED_HERE = "冲突 {id} 已处理：{choice}。再次应用同一个变更文件（changes apply）即可写入"
WHOLE_RECORD = "整条记录"
DELETED_MINE = "已删除"
CHOICE_ZH = {"mine": "保留我的", "theirs": "采用团队的"}
NO_CONFLICTS = "没有等待处理的冲突。"
WORKING_COPY_NOTE = "工作副本（来自 {source}，{at} 带出）"

# The tables as staff know them (conflict records, reports).
TABLE_ZH = {
    "firms": "企业",
    "sites": "载体",
    "shortlists": "名单",
    "projects": "履约项目",
    "deals": "招商项目",
    "corrections": "方向更正",
    "pipeline": "跟进阶段",
    "stage_history": "阶段记录",
    "contacts": "联系人",
    "visits": "走访记录",
    "shortlist_items": "名单企业",
    "firm_flags": "企业名录标记",
    "firm_links": "企业关系",
    "firm_signals": "企业动向",
    "project_commitments": "承诺指标",
    "project_milestones": "项目节点",
    "project_reports": "年度数据",
    "project_adjustments": "加减分项",
    "deal_history": "项目阶段记录",
    "deal_handoffs": "市镇联动",
    "deal_sites": "推荐载体",
}

# Column names as staff know them, for conflicts outside the firm record (whose labels are
# app.firm_record.FIELDS).
FIELD_ZH = {
    "title": "职务",
    "phone": "电话",
    "email": "邮箱",
    "note": "备注",
    "date": "日期",
    "place": "地点",
    "our_staff": "我方人员",
    "their_people": "对方人员",
    "summary": "会谈纪要",
    "requests": "企业诉求",
    "expansion_plans": "扩产计划",
    "pressure": "外迁压力",
    "next_step": "下一步",
    "next_date": "下一步日期",
    "next_done": "下一步已完成",
    "stage": "阶段",
    "reason": "原因",
    "owner": "负责人",
    "position": "排序",
    "direction": "方向",
    "segment": "环节",
    "committed": "承诺值",
    "due": "期限",
    "done": "完成日期",
    "investment_to_date": "累计投资",
    "output_value": "产值",
    "revenue": "营业收入",
    "value_added": "增加值",
    "tax_paid": "税收",
    "jobs": "就业人数",
    "energy_tce": "能耗",
    "emissions_t": "排放",
    "rd_spending": "研发投入",
    "land_in_use": "用地",
    "reward_paid": "已兑现奖励",
    "amount": "投资额",
    "land_mu": "用地（亩）",
    "floor_m2": "面积（平方米）",
    "town": "镇街",
    "next_due": "下一步期限",
    "points": "分值",
    "kind": "类型",
    "status": "状态",
    "feedback": "反馈",
}
PERSONAL_FIELDS = frozenset({"phone", "email"})
