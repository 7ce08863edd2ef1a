<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>CandidatesView</name>
        <message>
            <source>Print list…</source>
            <translation>打印名单…</translation>
        </message>
        <message>
            <source>Search candidates… (Ctrl+F)</source>
            <translation>搜索候选企业…（Ctrl+F）</translation>
        </message>
        <message>
            <source>Ranking weights</source>
            <translation>评分权重</translation>
        </message>
        <message>
            <source>%1 candidates ranked</source>
            <translation>已排序候选企业 %1 家</translation>
        </message>
        <message>
            <source>Recommended candidates</source>
            <translation>推荐候选企业</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <source>Value chain</source>
            <translation>产业链图谱</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>产业链环节</translation>
        </message>
        <message>
            <source>Candidates for this segment</source>
            <translation>本环节候选企业</translation>
        </message>
        <message>
            <source>Shenzhen and Guangzhou firms classified into the segment, best score first.</source>
            <translation>归入本环节的深圳、广州企业，按综合评分从高到低排列。</translation>
        </message>
        <message>
            <source>Open in Recommendations</source>
            <translation>在“推荐”中查看</translation>
        </message>
        <message>
            <source>Click a segment in the chain map.</source>
            <translation>请在上方产业链图谱中点击一个环节。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Local strength</source>
            <translation>本地基础</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <source>The classifier learns from these words. Changes are audited.</source>
            <translation>分类模型从这些关键词中学习；每次修改都会记入审计日志。</translation>
        </message>
        <message>
            <source>New keywords, separated by commas</source>
            <translation>新关键词，多个用逗号分隔</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>删除所选</translation>
        </message>
        <message>
            <source>One of the ten key industries</source>
            <translation>十大重点产业之一</translation>
        </message>
        <message>
            <source>Key industry</source>
            <translation>重点产业</translation>
        </message>
        <message>
            <source>Plan: %1</source>
            <translation>规划表述：%1</translation>
        </message>
        <message>
            <source>Lead: %1</source>
            <translation>牵头部门：%1</translation>
        </message>
        <message>
            <source>Cluster zone: %1</source>
            <translation>产业集聚区：%1</translation>
        </message>
        <message>
            <source>Segment · %1</source>
            <translation>产业链环节 · %1</translation>
        </message>
        <message>
            <source>The plan's words (%2): “%1”</source>
            <translation>规划原文（%2）：“%1”</translation>
        </message>
        <message>
            <source>Catalog note: %1</source>
            <translation>目录说明：%1</translation>
        </message>
        <message>
            <source>Industry belt: %1</source>
            <translation>产业带：%1</translation>
        </message>
        <message>
            <source>Typical products: %1</source>
            <translation>典型产品：%1</translation>
        </message>
        <message>
            <source>Candidates for “%1”</source>
            <translation>“%1”候选企业</translation>
        </message>
        <message>
            <source>Saving the local strength</source>
            <translation>正在保存本地基础</translation>
        </message>
        <message>
            <source>Adding keywords</source>
            <translation>正在添加关键词</translation>
        </message>
        <message>
            <source>Remove %1 keywords from this segment?</source>
            <translation>要从本环节删除 %1 个关键词吗？</translation>
        </message>
        <message>
            <source>Removing keywords</source>
            <translation>正在删除关键词</translation>
        </message>
        <message>
            <source>%1 directions; chain of %2 shown</source>
            <translation>共 %1 个产业方向；当前显示“%2”产业链</translation>
        </message>
    </context>
    <context>
        <name>ChainMap</name>
        <message>
            <source>Upstream · materials, parts, core devices</source>
            <translation>上游 · 材料、零部件、核心器件</translation>
        </message>
        <message>
            <source>Midstream · bodies, systems, products</source>
            <translation>中游 · 本体、系统、整机产品</translation>
        </message>
        <message>
            <source>Downstream · integration, applications, services</source>
            <translation>下游 · 集成、应用、服务</translation>
        </message>
        <message>
            <source>No segment in this position</source>
            <translation>此位置暂无环节</translation>
        </message>
        <message>
            <source>Colour: Dongguan's local strength. Click a segment to list its candidates.</source>
            <translation>颜色表示东莞本地基础；点击环节可查看候选企业。</translation>
        </message>
        <message>
            <source>Dongguan %1 · candidates %2</source>
            <translation>东莞 %1 家 · 候选 %2 家</translation>
        </message>
        <message>
            <source>The firms in the database suggest a different strength; review it.</source>
            <translation>库内企业数据显示的本地基础与目录记录不一致，建议复核。</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Reload the figures (F5)</source>
            <translation>重新加载数据（F5）</translation>
        </message>
        <message>
            <source>Firms in the database</source>
            <translation>企业库企业总数</translation>
        </message>
        <message>
            <source>Candidates (Shenzhen, Guangzhou)</source>
            <translation>候选企业（深圳、广州）</translation>
        </message>
        <message>
            <source>Dongguan firms</source>
            <translation>东莞本地企业</translation>
        </message>
        <message>
            <source>Classified into the catalog</source>
            <translation>已归入目录方向</translation>
        </message>
        <message>
            <source>In the outreach pipeline</source>
            <translation>跟进中的企业</translation>
        </message>
        <message>
            <source>Plan targets (Table 1)</source>
            <translation>规划发展目标（表1）</translation>
        </message>
        <message>
            <source>Dongguan Key Emerging Industries Development Plan 2018–2025</source>
            <translation>《东莞市重点新兴产业发展规划（2018-2025年）》</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Growth p.a.</source>
            <translation>年均增速</translation>
        </message>
        <message>
            <source>Outreach pipeline</source>
            <translation>招商跟进进度</translation>
        </message>
        <message>
            <source>Firms at each stage of the follow-up</source>
            <translation>各跟进阶段的企业数</translation>
        </message>
        <message>
            <source>Biggest chain gaps</source>
            <translation>主要补链缺口</translation>
        </message>
        <message>
            <source>Segments where Dongguan is weakest, with the candidates that could fill them. Double-click a row to see its candidates.</source>
            <translation>东莞最薄弱的产业链环节及可补链的候选企业数。双击一行查看候选企业。</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <source>Chain segment</source>
            <translation>产业链环节</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>链条位置</translation>
        </message>
        <message>
            <source>Local strength</source>
            <translation>本地基础</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>缺口程度</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>候选企业</translation>
        </message>
        <message>
            <source>No gaps computed yet.</source>
            <translation>尚未计算补链缺口。</translation>
        </message>
        <message>
            <source>Brought-in projects</source>
            <translation>已引进项目</translation>
        </message>
        <message>
            <source>Commitments against actuals and the per-mu appraisal</source>
            <translation>承诺与实绩对照、亩均效益评价</translation>
        </message>
        <message>
            <source>the local base of the chain</source>
            <translation>产业链本地基础</translation>
        </message>
        <message>
            <source>%1 of all firms · %2 confirmed</source>
            <translation>占全部企业 %1 · 人工确认 %2 家</translation>
        </message>
        <message>
            <source>%1 landed · %2 shortlists</source>
            <translation>已落地 %1 家 · 名单 %2 份</translation>
        </message>
        <message>
            <source>No firm is being followed up yet.</source>
            <translation>目前还没有跟进中的企业。</translation>
        </message>
        <message>
            <source>%1 firms followed up in total.</source>
            <translation>累计跟进企业 %1 家。</translation>
        </message>
        <message>
            <source>No brought-in projects recorded yet.</source>
            <translation>尚未录入已引进项目。</translation>
        </message>
        <message>
            <source>Grade %1</source>
            <translation>%1 档</translation>
        </message>
        <message>
            <source>Not graded</source>
            <translation>未评级</translation>
        </message>
        <message>
            <source>met</source>
            <translation>已达标</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>有风险</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待考核</translation>
        </message>
        <message>
            <source>%1 projects. Commitments: %2</source>
            <translation>共 %1 个项目。承诺履约：%2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>…and %1 more alerts</source>
            <translation>……另有 %1 条提醒</translation>
        </message>
        <message>
            <source>No alerts.</source>
            <translation>暂无提醒。</translation>
        </message>
        <message>
            <source>%1 targets, %2 gaps</source>
            <translation>目标 %1 项，缺口 %2 个</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a firm list</source>
            <translation>选择企业名单</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV file: a registry export, an exchange list, a colleague's sheet or ChainFill's template. Nothing is written until the last step.</source>
            <translation>Excel（.xlsx）或 CSV 文件：工商信息导出、上市公司列表、同事整理的表格或本程序的导入模板均可。最后一步之前不会写入数据库。</translation>
        </message>
        <message>
            <source>Path of the file</source>
            <translation>文件路径</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>e.g. registry export, November 2026</source>
            <translation>例如：工商信息导出（2026年11月）</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <source>The source is recorded with every value this file brings in, so that the firm's page can say where each value came from.</source>
            <translation>本文件带入的每个数值都会记录来源，企业详情页可据此查看各项数据的出处。</translation>
        </message>
        <message>
            <source>No list yet? Start from ChainFill's template.</source>
            <translation>还没有名单？可以从本程序的导入模板开始填写。</translation>
        </message>
        <message>
            <source>Save the template…</source>
            <translation>保存导入模板…</translation>
        </message>
        <message>
            <source>Firm lists (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>企业名单 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save the import template</source>
            <translation>保存导入模板</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, short name, business… (Ctrl+F)</source>
            <translation>搜索企业名称、简称、主营业务…（Ctrl+F）</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Clear the search and every filter</source>
            <translation>清除搜索词和全部筛选条件</translation>
        </message>
        <message>
            <source>Score ≥ </source>
            <translation>评分 ≥ </translation>
        </message>
        <message>
            <source>Any score</source>
            <translation>评分不限</translation>
        </message>
        <message>
            <source>Confidence ≥ </source>
            <translation>置信度 ≥ </translation>
        </message>
        <message>
            <source>Any confidence</source>
            <translation>置信度不限</translation>
        </message>
        <message>
            <source>Hide firms whose classification the model is less sure of</source>
            <translation>隐藏模型对其产业分类把握较低的企业</translation>
        </message>
        <message>
            <source>Confirmed only</source>
            <translation>仅看已确认</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>全部区县</translation>
        </message>
        <message>
            <source>All directions</source>
            <translation>全部产业方向</translation>
        </message>
        <message>
            <source>Outside the catalog</source>
            <translation>目录外（无方向）</translation>
        </message>
        <message>
            <source>All segments</source>
            <translation>全部环节</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在查询…</translation>
        </message>
        <message>
            <source>%1 firms</source>
            <translation>共 %1 家</translation>
        </message>
    </context>
    <context>
        <name>FirmDetail</name>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Select a firm to see its details.</source>
            <translation>选择一家企业查看详情。</translation>
        </message>
        <message>
            <source>Add to shortlist</source>
            <translation>加入名单</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>企业概况</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <source>Chain segment</source>
            <translation>产业链环节</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Confirm this classification</source>
            <translation>确认当前分类</translation>
        </message>
        <message>
            <source>Correct the classification</source>
            <translation>更正分类</translation>
        </message>
        <message>
            <source>Staff corrections are kept, audited and used to retrain the classifier.</source>
            <translation>人工更正会被保存、记入审计日志，并用于重新训练分类模型。</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>保存更正</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>产业分类</translation>
        </message>
        <message>
            <source>overall score (0–100)</source>
            <translation>综合评分（0–100）</translation>
        </message>
        <message>
            <source>Gap fit</source>
            <translation>补链契合度</translation>
        </message>
        <message>
            <source>Capability</source>
            <translation>企业实力</translation>
        </message>
        <message>
            <source>Propensity</source>
            <translation>落地可能性</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>评分说明</translation>
        </message>
        <message>
            <source>Where each value came from</source>
            <translation>各项数据的来源</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <source>Outreach: %1</source>
            <translation>跟进阶段：%1</translation>
        </message>
        <message>
            <source>Outside the catalog / not classified</source>
            <translation>目录外 / 尚未分类</translation>
        </message>
        <message>
            <source>Confirmed by staff</source>
            <translation>已人工确认</translation>
        </message>
        <message>
            <source>Automatic (not yet checked)</source>
            <translation>自动分类（尚未核对）</translation>
        </message>
        <message>
            <source>Not yet classified</source>
            <translation>尚未分类</translation>
        </message>
        <message>
            <source>(outside every direction)</source>
            <translation>（不属于任何产业方向）</translation>
        </message>
        <message>
            <source>(no particular segment)</source>
            <translation>（不指定环节）</translation>
        </message>
        <message>
            <source>Every value came from the source above; nothing has been merged.</source>
            <translation>全部数据均来自上述来源，没有合并其他来源的数据。</translation>
        </message>
        <message>
            <source>Working out the explanation…</source>
            <translation>正在生成评分说明…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Saving the classification</source>
            <translation>正在保存分类</translation>
        </message>
        <message>
            <source>%1 (already on it)</source>
            <translation>%1（已在名单中）</translation>
        </message>
        <message>
            <source>New shortlist…</source>
            <translation>新建名单…</translation>
        </message>
        <message>
            <source>New shortlist</source>
            <translation>新建名单</translation>
        </message>
        <message>
            <source>Name of the new shortlist:</source>
            <translation>新名单的名称：</translation>
        </message>
        <message>
            <source>Added to shortlist “%1”.</source>
            <translation>已加入名单“%1”。</translation>
        </message>
        <message>
            <source>Adding to shortlist</source>
            <translation>正在加入名单</translation>
        </message>
    </context>
    <context>
        <name>FirmTable</name>
        <message>
            <source>#</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>产业方向</translation>
        </message>
        <message>
            <source>Chain segment</source>
            <translation>产业链环节</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>综合评分</translation>
        </message>
        <message>
            <source>Gap fit</source>
            <translation>补链契合度</translation>
        </message>
        <message>
            <source>Capability</source>
            <translation>企业实力</translation>
        </message>
        <message>
            <source>Propensity</source>
            <translation>落地可能性</translation>
        </message>
        <message>
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>营业收入</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <source>USCC</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Stock code</source>
            <translation>股票代码</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
    </context>
    <context>
        <name>FirmsView</name>
        <message>
            <source>Import firms…</source>
            <translation>导入企业名单…</translation>
        </message>
        <message>
            <source>%1 firms listed</source>
            <translation>列出企业 %1 家</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>(do not import)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>读取行数</translation>
        </message>
        <message>
            <source>New firms</source>
            <translation>新增企业</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>Conflicting values</source>
            <translation>数值冲突</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>拒收的行</translation>
        </message>
        <message>
            <source>Save rejected rows as CSV…</source>
            <translation>将拒收的行另存为 CSV…</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Values that differed from the database</source>
            <translation>与库中已有数据不同的数值</translation>
        </message>
        <message>
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>Now (from this file)</source>
            <translation>现值（来自本文件）</translation>
        </message>
        <message>
            <source>(first %1 shown; save the CSV for all)</source>
            <translation>（仅显示前 %1 条，全部内容请另存为 CSV）</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>保存拒收的行</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Import firms</source>
            <translation>导入企业名单</translation>
        </message>
    </context>
    <context>
        <name>JobStatus</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ChainFill</source>
            <translation>补链招商助手</translation>
        </message>
        <message>
            <source>Dongguan Commerce Bureau</source>
            <translation>东莞市商务局</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import firms…</source>
            <translation>导入企业名单(&amp;I)…</translation>
        </message>
        <message>
            <source>Last import &amp;report…</source>
            <translation>上次导入报告(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>Re&amp;compute classification, gaps and scores</source>
            <translation>重新计算分类、缺口和评分(&amp;C)</translation>
        </message>
        <message>
            <source>Re&amp;train the direction classifier</source>
            <translation>重新训练产业方向分类模型(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About ChainFill</source>
            <translation>关于补链招商助手(&amp;A)</translation>
        </message>
        <message>
            <source>ChainFill — value-chain investment promotion</source>
            <translation>补链招商助手</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>Firms: %1</source>
            <translation>企业 %1 家</translation>
        </message>
        <message>
            <source>Updating classification and scores</source>
            <translation>正在更新分类和评分</translation>
        </message>
        <message>
            <source>The classifier has been retrained.</source>
            <translation>分类模型已重新训练。</translation>
        </message>
        <message>
            <source>Retraining the classifier</source>
            <translation>正在重新训练分类模型</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>已写入备份：%1</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>正在备份</translation>
        </message>
        <message>
            <source>Open a ChainFill database</source>
            <translation>打开补链招商助手数据库</translation>
        </message>
        <message>
            <source>ChainFill databases (*.sqlite *.db);;All files (*)</source>
            <translation>补链招商助手数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Create a new ChainFill database</source>
            <translation>新建补链招商助手数据库</translation>
        </message>
        <message>
            <source>ChainFill databases (*.sqlite)</source>
            <translation>补链招商助手数据库 (*.sqlite)</translation>
        </message>
        <message>
            <source>That file already exists. Choose a new file name.</source>
            <translation>该文件已存在，请换一个文件名。</translation>
        </message>
        <message>
            <source>A background task is still running (%1). Stop it and exit?</source>
            <translation>后台任务仍在运行（%1）。要停止任务并退出吗？</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Check the columns</source>
            <translation>核对列对应关系</translation>
        </message>
        <message>
            <source>Problems found in the first rows</source>
            <translation>前几行中发现的问题</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>Format: %1</source>
            <translation>格式：%1</translation>
        </message>
        <message>
            <source>Encoding: %1</source>
            <translation>编码：%1</translation>
        </message>
        <message>
            <source>Header in row %1</source>
            <translation>表头在第 %1 行</translation>
        </message>
        <message>
            <source>Sheet: %1</source>
            <translation>工作表：%1</translation>
        </message>
        <message>
            <source>%1 sample rows</source>
            <translation>预览 %1 行</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>不导入：%1</translation>
        </message>
        <message>
            <source>No problems in the first rows.</source>
            <translation>前几行没有发现问题。</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>对应字段</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>导入报告</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Check every row</source>
            <translation>逐行校验</translation>
        </message>
        <message>
            <source>A trial run over the whole file: the counts below are exact, and nothing has been written yet.</source>
            <translation>对整个文件试运行一遍：下列统计数字准确无误，但尚未写入数据库。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>The firms are written in one step: if you cancel, the database stays exactly as it was.</source>
            <translation>企业数据一次性写入：如果中途取消，数据库将保持原样。</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>正在校验…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>正在导入 %1</translation>
        </message>
        <message>
            <source>Cancelled. The database has not been changed.</source>
            <translation>已取消，数据库未作任何改动。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>daily</source>
            <translation>每日自动</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Where ChainFill keeps its data.</source>
            <translation>本程序数据的存放位置。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Open another database…</source>
            <translation>打开其他数据库…</translation>
        </message>
        <message>
            <source>Create a new database…</source>
            <translation>新建数据库…</translation>
        </message>
        <message>
            <source>Show folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>Recently used databases</source>
            <translation>最近使用的数据库</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>The language of the interface. Chinese is the default.</source>
            <translation>界面显示语言，默认为中文。</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>立即重启</translation>
        </message>
        <message>
            <source>Ranking weights</source>
            <translation>评分权重</translation>
        </message>
        <message>
            <source>How the overall score of a candidate combines its three parts. Stored in the database, so colleagues sharing it rank the same way.</source>
            <translation>候选企业综合评分中三个部分所占的比重。权重保存在数据库中，共用同一数据库的同事排序结果一致。</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>数据备份</translation>
        </message>
        <message>
            <source>Backup time</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Show backup folder</source>
            <translation>打开备份文件夹</translation>
        </message>
        <message>
            <source>%1 firms · %2 on disk · schema version %3 · created %4</source>
            <translation>企业 %1 家 · 占用 %2 · 结构版本 %3 · 创建于 %4</translation>
        </message>
        <message>
            <source>A backup is made on the first start of each day and before imports, restores and upgrades; the newest %1 are kept. Backups are in %2.</source>
            <translation>每天首次启动时以及导入、恢复、升级之前都会自动备份，保留最近 %1 份。备份位于 %2。</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>已写入备份：%1</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>正在备份</translation>
        </message>
        <message>
            <source>The new language is used after a restart.</source>
            <translation>重启程序后使用新的界面语言。</translation>
        </message>
        <message>
            <source>%1 backups listed</source>
            <translation>列出备份 %1 份</translation>
        </message>
    </context>
    <context>
        <name>WeightsEditor</name>
        <message>
            <source>Defaults</source>
            <translation>恢复默认</translation>
        </message>
        <message>
            <source>Back to the default weights</source>
            <translation>恢复为默认权重</translation>
        </message>
        <message>
            <source>At least one weight must be above zero.</source>
            <translation>至少有一项权重必须大于 0。</translation>
        </message>
        <message>
            <source>Re-ranking when you stop moving the sliders…</source>
            <translation>停止拖动滑块后将重新排序…</translation>
        </message>
        <message>
            <source>Re-ranking every firm…</source>
            <translation>正在为全部企业重新评分…</translation>
        </message>
        <message>
            <source>Re-ranking with the new weights</source>
            <translation>正在按新权重重新评分</translation>
        </message>
        <message>
            <source>Re-ranked %1 firms in %2 s.</source>
            <translation>已重新评分 %1 家企业，用时 %2 秒。</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>Upstream</source>
            <translation>上游</translation>
        </message>
        <message>
            <source>Midstream</source>
            <translation>中游</translation>
        </message>
        <message>
            <source>Downstream</source>
            <translation>下游</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>薄弱</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>具备</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>优势</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>企业简称</translation>
        </message>
        <message>
            <source>USCC</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Stock code</source>
            <translation>股票代码</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Firm type</source>
            <translation>企业类型</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>所属行业</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>所属省份</translation>
        </message>
        <message>
            <source>City</source>
            <translation>所属城市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>所属区县</translation>
        </message>
        <message>
            <source>Registered address</source>
            <translation>注册地址</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>注册资本币种</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>营业收入</translation>
        </message>
        <message>
            <source>Revenue growth</source>
            <translation>营收增长率</translation>
        </message>
        <message>
            <source>R&amp;D ratio</source>
            <translation>研发投入占比</translation>
        </message>
        <message>
            <source>Patents</source>
            <translation>专利数量</translation>
        </message>
        <message>
            <source>High-tech enterprise</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <source>Listing</source>
            <translation>上市板块</translation>
        </message>
        <message>
            <source>Listing date</source>
            <translation>上市日期</translation>
        </message>
        <message>
            <source>Main business</source>
            <translation>主营业务</translation>
        </message>
        <message>
            <source>Business scope</source>
            <translation>经营范围</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>企业简介</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>官网</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <source>%1 firms</source>
            <translation>%1 家</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>ChainFill</source>
            <translation>补链招商助手</translation>
        </message>
        <message>
            <source>Generating demo data…</source>
            <translation>正在生成演示数据…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Demo database</source>
            <translation>演示数据库</translation>
        </message>
        <message>
            <source>Generating demo data</source>
            <translation>正在生成演示数据</translation>
        </message>
        <message>
            <source>Welcome to ChainFill</source>
            <translation>欢迎使用补链招商助手</translation>
        </message>
        <message>
            <source>A new, empty database has been created:</source>
            <translation>已新建一个空数据库：</translation>
        </message>
        <message>
            <source>Import a firm list (an Excel or CSV export) to begin, or open the demo database with fictional firms to look around first.</source>
            <translation>可以先导入一份企业名单（Excel 或 CSV 导出文件），也可以先打开内含虚构企业的演示数据库熟悉各项功能。</translation>
        </message>
        <message>
            <source>Import a firm list…</source>
            <translation>导入企业名单…</translation>
        </message>
        <message>
            <source>Open the demo database</source>
            <translation>打开演示数据库</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>ChainFill</source>
            <translation>补链招商助手</translation>
        </message>
        <message>
            <source>An unexpected error occurred. Your data has not been changed.</source>
            <translation>发生了意外错误。您的数据没有被改动。</translation>
        </message>
        <message>
            <source>The details have been written to %1. Please send them to your IT colleague.</source>
            <translation>详细信息已写入 %1，请发给负责信息技术的同事。</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <source>Plan targets, the outreach pipeline and the biggest chain gaps at a glance</source>
            <translation>规划目标、招商跟进进度和主要补链缺口一览</translation>
        </message>
        <message>
            <source>Industry catalog</source>
            <translation>产业目录</translation>
        </message>
        <message>
            <source>Directions of the 2018–2025 plan and each direction's value chain</source>
            <translation>2018–2025 年规划的产业方向及各方向产业链图谱</translation>
        </message>
        <message>
            <source>Firms</source>
            <translation>企业库</translation>
        </message>
        <message>
            <source>Search and filter every firm; check and correct its classification</source>
            <translation>检索、筛选全部企业，核对并更正其产业分类</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>Candidates ranked by how well they fill Dongguan's chain gaps</source>
            <translation>按补链契合程度排序的候选企业</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Database, language, ranking weights and backups</source>
            <translation>数据库、界面语言、评分权重与数据备份</translation>
        </message>
    </context>
    <context>
        <name>weights</name>
        <message>
            <source>Gap fit</source>
            <translation>补链契合度</translation>
        </message>
        <message>
            <source>Capability</source>
            <translation>企业实力</translation>
        </message>
        <message>
            <source>Landing propensity</source>
            <translation>落地可能性</translation>
        </message>
        <message>
            <source>How much of a Dongguan gap the firm's segment would fill</source>
            <translation>企业所在环节能在多大程度上填补东莞的缺口</translation>
        </message>
        <message>
            <source>Size, growth, R&amp;D, patents, listing, high-tech status</source>
            <translation>规模、成长性、研发投入、专利、上市情况、高新技术企业资格</translation>
        </message>
        <message>
            <source>How likely such a firm is to land, learnt from the bureau's outcomes</source>
            <translation>此类企业落地东莞的可能性，从本局以往的落地与放弃结果中学习</translation>
        </message>
    </context>
</TS>
