<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AnchorDialog</name>
        <message>
            <source>Linked candidates of an anchor firm</source>
            <translation>以商引商：关联候选企业</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Direction · segment</source>
            <translation>方向 · 环节</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>推荐理由</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>Finding linked candidates</source>
            <translation>正在查找关联候选企业</translation>
        </message>
        <message>
            <source>Linked candidates of %1</source>
            <translation>以商引商：%1 的关联候选企业</translation>
        </message>
        <message>
            <source>%1 linked firms in the database, %2 outside it; only candidates are ranked.</source>
            <translation>库中关联企业 %1 家，库外 %2 家；只有候选地区的企业参与排名。</translation>
        </message>
    </context>
    <context>
        <name>FirmTable</name>
        <message>
            <source>Profile</source>
            <translation>名录·动向</translation>
        </message>
    </context>
    <context>
        <name>FlagFilter</name>
        <message>
            <source>List</source>
            <translation>名录</translation>
        </message>
        <message>
            <source>Only firms on one of the imported lists</source>
            <translation>只看列入某一名录的企业</translation>
        </message>
        <message>
            <source>All firms</source>
            <translation>全部企业</translation>
        </message>
        <message>
            <source>On any list</source>
            <translation>列入任一名录</translation>
        </message>
    </context>
    <context>
        <name>OutreachPanel</name>
        <message>
            <source>Signal: %1</source>
            <translation>动向：%1</translation>
        </message>
    </context>
    <context>
        <name>RegionsEditor</name>
        <message>
            <source>Candidate regions</source>
            <translation>候选地区</translation>
        </message>
        <message>
            <source>Separated by commas, e.g. 深圳市、广州市、港澳、境外:日本</source>
            <translation>用顿号或逗号分隔，如：深圳市、广州市、港澳、境外:日本</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Candidates now come from: %1</source>
            <translation>当前候选企业来自：%1</translation>
        </message>
        <message>
            <source>Re-ranking with the candidate regions</source>
            <translation>正在按候选地区重新排名</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Candidate regions</source>
            <translation>候选地区</translation>
        </message>
        <message>
            <source>Where the ranked candidates are registered: cities, Hong Kong and Macao, or foreign firms (with their country). Firms of Dongguan are its local base.</source>
            <translation>参与排名的候选企业的注册地：城市、港澳，或境外企业（可注明国家）。东莞企业是本地产业基础，不作为候选。</translation>
        </message>
    </context>
    <context>
        <name>SignalDialog</name>
        <message>
            <source>Record a signal</source>
            <translation>记录动向</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>StrategyChooser</name>
        <message>
            <source>Strategy</source>
            <translation>招商策略</translation>
        </message>
        <message>
            <source>Re-ranking with the strategy</source>
            <translation>正在按所选策略重新排名</translation>
        </message>
    </context>
    <context>
        <name>TargetingPanel</name>
        <message>
            <source>Lists</source>
            <translation>名录</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>动向</translation>
        </message>
        <message>
            <source>Record a signal…</source>
            <translation>记录动向…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>当前权重</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>关联企业</translation>
        </message>
        <message>
            <source>Linked candidates…</source>
            <translation>以商引商…</translation>
        </message>
        <message>
            <source>Candidates linked to this firm: its suppliers first, then customers and group</source>
            <translation>与该企业关联的候选企业：先列供应商，再列客户和同一集团企业</translation>
        </message>
        <message>
            <source>This firm is</source>
            <translation>本企业是</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>关联企业</translation>
        </message>
        <message>
            <source>On no list imported so far.</source>
            <translation>未列入已导入的任何名录。</translation>
        </message>
        <message>
            <source>Signals raise the landing propensity; each fades by half over its half-life.</source>
            <translation>动向提高落地可能性；每条动向的权重按其半衰期逐渐减半。</translation>
        </message>
        <message>
            <source>No signals recorded.</source>
            <translation>尚无动向记录。</translation>
        </message>
        <message>
            <source>No links recorded.</source>
            <translation>尚无关联企业记录。</translation>
        </message>
        <message>
            <source>(not in the database)</source>
            <translation>（库外企业）</translation>
        </message>
        <message>
            <source>Same group: %1</source>
            <translation>同一集团：%1</translation>
        </message>
        <message>
            <source>Recording the signal</source>
            <translation>正在记录动向</translation>
        </message>
        <message>
            <source>Lists &amp; links</source>
            <translation>名录与关联</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Import &amp;lists, links or signals…</source>
            <translation>导入名录、关联关系或动向(&amp;L)…</translation>
        </message>
    </context>
    <context>
        <name>TargetingImportDialog</name>
        <message>
            <source>Import lists, links or signals</source>
            <translation>导入名录、关联关系或动向</translation>
        </message>
        <message>
            <source>A list of firms (专精特新, 小巨人 …)</source>
            <translation>企业名录（专精特新、小巨人等）</translation>
        </message>
        <message>
            <source>Links between firms</source>
            <translation>企业关联关系</translation>
        </message>
        <message>
            <source>Signals of movement</source>
            <translation>企业动向</translation>
        </message>
        <message>
            <source>What</source>
            <translation>导入内容</translation>
        </message>
        <message>
            <source>CSV or XLSX file</source>
            <translation>CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>List</source>
            <translation>名录名称</translation>
        </message>
        <message>
            <source>when the file has no year column</source>
            <translation>文件中没有年份列时填写</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>入选年份</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Columns: 企业名称 and/or 统一社会信用代码 (English headers too); 年份 optional.</source>
            <translation>列：企业名称和/或统一社会信用代码（也可用英文列名），可有年份列。</translation>
        </message>
        <message>
            <source>Columns: 企业名称, 关联企业, 关系 (供应商/客户/母公司/子公司/同一集团), 来源, 日期.</source>
            <translation>列：企业名称、关联企业、关系（供应商/客户/母公司/子公司/同一集团）、来源、日期。关系说明本企业对关联企业是什么。</translation>
        </message>
        <message>
            <source>Columns: 企业名称, 类型, 日期, 说明 (来源 optional). A row dated after today is refused.</source>
            <translation>列：企业名称、类型、日期、说明（可有来源列）。日期在今天之后的行不导入。</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>Sheets (*.csv *.xlsx)</source>
            <translation>表格文件 (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
    </context>
</TS>
