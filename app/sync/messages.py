"""Every message of app.sync and its commands, in one place.

Each is marked ``N_()`` (Chinese source, English in the core's catalog) and translated with
``_()`` where it is raised or shown, after which its named placeholders are filled: the CLI
speaks Chinese, the desktop app in English speaks English. The record labels a check-in stores
in ``sync_conflicts`` keep the Chinese table word (data in the database, written once);
:func:`app.sync.conflicts.shown_record` translates it when a conflict is listed.
"""

from __future__ import annotations

from resources.i18n import N_

NO_SCOPE = N_("请指定带出范围：--shortlist 名单名（可多个）、--mine（本人负责的）或 --all（全部）")
NO_SHORTLIST = N_("没有名为“{name}”的名单")
TARGET_EXISTS = N_("文件 {path} 已存在：工作副本不会覆盖已有文件，请换一个文件名")
TARGET_NOT_SQLITE = N_("工作副本必须是本机的 SQLite 文件（.sqlite），不能是服务器地址")
SOURCE_IS_COPY = N_("{source} 本身是一份工作副本，请从团队数据库带出")
NOTHING_CHOSEN = N_("所选范围内没有企业，未生成工作副本")
NO_COPY_FILE = N_("找不到工作副本文件：{path}")
NO_DATABASE = N_("找不到数据库文件：{path}（请检查路径；团队数据库请用 postgresql:// 地址）")
NOT_A_COPY = N_("{path} 不是工作副本（不是用 chainfill checkout 带出的），无法带回")
NO_CONFLICT_STORE = N_(
    "{path} 不是工作副本（不是用 chainfill checkout 带出的），也没有合并过工作副本或变更文件，"
    "没有冲突可以处理"
)
OTHER_DATABASE = N_(
    "这份工作副本来自另一个团队数据库（副本来源 {copy_db}，目标数据库 {team_db}），"
    "为避免数据混乱，拒绝带回"
)
NO_IDENTITY = N_("目标数据库没有身份标识，无法核对工作副本的来源")
SAME_FILE = N_("工作副本和目标数据库是同一个文件")
NO_CONFLICT = N_("没有编号为 {id} 的冲突")
BAD_CHOICE = N_("请选择 mine（保留我的）或 theirs（采用团队的）")
READ_ONLY_COPY = N_("{path} 以只读方式打开，不能记录冲突的处理")

CHANGES_DAMAGED = N_("变更文件 {path} 已损坏或被改动过（校验不符），拒绝应用：{why}")
WHY_INCOMPLETE = N_("文件不完整或不是变更文件")
WHY_NOT_CHANGES = N_("不是 ChainFill 变更文件")
WHY_CHECKSUM = N_("内容与校验值不符")
CHANGES_UNREADABLE = N_("无法读取变更文件 {path}：{why}")
CHANGES_APPLIED = N_("变更文件 {path} 已经应用过（{at}），不再重复应用")
CHANGES_NEWER = N_(
    "变更文件 {path} 由更新版本的 ChainFill 导出（结构版本 {version}，本程序支持到 {supported}），"
    "请先升级 ChainFill"
)
CHANGES_SUFFIX = N_("变更文件应以 .cfsync 结尾：{path}")
CHANGES_CONFLICTS_WAIT = N_(
    "{count} 处冲突未合并（其余已合并），记录在本数据库中：用 chainfill --db {db} conflicts list "
    "查看，chainfill --db {db} conflicts resolve 编号 mine|theirs 处理，然后再应用一次同一个变更文件："
    "chainfill --db {db} changes apply {path}"
)
CHANGES_WRITTEN = N_("已导出变更文件 {path}：{rows} 条改动、{deleted} 条删除（来自 {source}）")

# What was done, for the CLI's lines and the audit log.
CHECKED_OUT = N_("已带出工作副本 {path}：{firms} 家企业，共 {rows} 行数据（来源 {source}）")
MERGED = N_("已合并 {merged} 处改动")
DRY_RUN = N_("（试运行：团队数据库和工作副本都未改动）")
DRY_RUN_CONFLICTS = N_("{count} 处冲突（试运行，未记录）：去掉 --dry-run 运行后再处理")
CONFLICTS_WAIT = N_("{count} 处冲突等待处理：chainfill --db {path} conflicts list；处理后再次带回")
NOTHING_NEW = N_("没有新的改动需要带回")
KEPT_EDIT = N_("{record}：团队已删除，但副本中有修改——保留修改并重新写入")
NOT_DELETED = N_("{record}：副本中删除了此记录，但{what}不随工作副本删除，请在团队数据库中处理")
ORPHAN_CORRECTION = N_("{record}：更正到的方向或环节“{code}”已不在团队的产业目录中，已记录，请复核")
RESOLVED = N_("冲突 {id} 已处理：{choice}。再次带回即可写入")
RESOLVED_HERE = N_("冲突 {id} 已处理：{choice}。再次应用同一个变更文件（changes apply）即可写入")
WHOLE_RECORD = N_("整条记录")
DELETED_MINE = N_("已删除")
PENDING = N_("待处理")
CHOICE_ZH = {"mine": N_("保留我的"), "theirs": N_("采用团队的")}
NO_CONFLICTS = N_("没有等待处理的冲突。")

# The tables as staff know them (conflict records, reports).
TABLE_ZH = {
    "firms": N_("企业"),
    "sites": N_("载体"),
    "shortlists": N_("名单"),
    "projects": N_("履约项目"),
    "deals": N_("招商项目"),
    "corrections": N_("方向更正"),
    "pipeline": N_("跟进阶段"),
    "stage_history": N_("阶段记录"),
    "contacts": N_("联系人"),
    "visits": N_("走访记录"),
    "shortlist_items": N_("名单企业"),
    "firm_flags": N_("企业名录标记"),
    "firm_links": N_("企业关系"),
    "firm_signals": N_("企业动向"),
    "project_commitments": N_("承诺指标"),
    "project_milestones": N_("项目节点"),
    "project_reports": N_("年度数据"),
    "project_adjustments": N_("加减分项"),
    "deal_history": N_("项目阶段记录"),
    "deal_handoffs": N_("市镇联动"),
    "deal_sites": N_("推荐载体"),
}

# Column names as staff know them, for conflicts outside the firm record (whose labels are
# app.firm_record.FIELDS).
FIELD_ZH = {
    "title": N_("职务"),
    "phone": N_("电话"),
    "email": N_("邮箱"),
    "note": N_("备注"),
    "date": N_("日期"),
    "place": N_("地点"),
    "our_staff": N_("我方人员"),
    "their_people": N_("对方人员"),
    "summary": N_("会谈纪要"),
    "requests": N_("企业诉求"),
    "expansion_plans": N_("扩产计划"),
    "pressure": N_("外迁压力"),
    "next_step": N_("下一步"),
    "next_date": N_("下一步日期"),
    "next_done": N_("下一步已完成"),
    "stage": N_("阶段"),
    "reason": N_("原因"),
    "owner": N_("负责人"),
    "position": N_("排序"),
    "direction": N_("方向"),
    "segment": N_("环节"),
    "committed": N_("承诺值"),
    "due": N_("期限"),
    "done": N_("完成日期"),
    "investment_to_date": N_("累计投资"),
    "output_value": N_("产值"),
    "revenue": N_("营业收入"),
    "value_added": N_("增加值"),
    "tax_paid": N_("税收"),
    "jobs": N_("就业人数"),
    "energy_tce": N_("能耗"),
    "emissions_t": N_("排放"),
    "rd_spending": N_("研发投入"),
    "land_in_use": N_("用地"),
    "reward_paid": N_("已兑现奖励"),
    "amount": N_("投资额"),
    "land_mu": N_("用地（亩）"),
    "floor_m2": N_("面积（平方米）"),
    "town": N_("镇街"),
    "next_due": N_("下一步期限"),
    "points": N_("分值"),
    "kind": N_("类型"),
    "status": N_("状态"),
    "feedback": N_("反馈"),
}
PERSONAL_FIELDS = frozenset({"phone", "email"})
