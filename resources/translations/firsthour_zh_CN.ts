<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>MappingPage</name>
        <message>
            <source>Every column of the file, with its first values. Choose the field each column holds in the drop-down above it (ChainFill pre-selects what it recognised), or choose not to import it. The firm name is needed.</source>
            <translation>下面列出文件的每一列及其前几行的值。请在每列上方的下拉框中选择该列对应的字段（程序已预选能识别的列），或选择不导入该列。至少要指定企业名称。</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Your details</source>
            <translation>本人信息</translation>
        </message>
        <message>
            <source>Named as the owner of shortlists, the compiler of dossiers and in the change log, instead of the computer's login name.</source>
            <translation>用作重点名单的负责人、走访材料的编制人和操作记录中的人名，代替电脑的登录名。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>科室</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
    </context>
    <context>
        <name>FirmDetail</name>
        <message>
            <source>Show the arithmetic</source>
            <translation>显示计算明细</translation>
        </message>
    </context>
    <context>
        <name>CandidatesView</name>
        <message>
            <source>Only firms in the catalog's directions</source>
            <translation>只看产业目录方向内的企业（隐藏银行、房地产等目录外企业）</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <source>None yet: no scored firm in this segment.</source>
            <translation>暂无：该环节还没有已评分的候选企业。</translation>
        </message>
    </context>
    <context>
        <name>RatesEditor</name>
        <message>
            <source>Rates as of</source>
            <translation>汇率日期</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Yuan per unit</source>
            <translation>1 单位折合人民币（元）</translation>
        </message>
        <message>
            <source>Save and re-rank</source>
            <translation>保存并重新评分</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <source>How many yuan one unit of this currency is worth</source>
            <translation>1 单位该币种折合多少元人民币</translation>
        </message>
        <message>
            <source>Foreign-currency registered capital is converted at these rates for scoring and dossiers. Double-click a rate to change it.</source>
            <translation>外币注册资本按此表折算为人民币，用于评分和走访档案。双击汇率即可修改。</translation>
        </message>
        <message>
            <source>Saved; re-ranking every firm…</source>
            <translation>已保存，正在按新汇率重新评分…</translation>
        </message>
        <message>
            <source>Re-ranking with the new exchange rates</source>
            <translation>按新汇率重新评分</translation>
        </message>
        <message>
            <source>Rates saved; %1 firms re-ranked.</source>
            <translation>汇率已保存；已重新评分 %1 家企业。</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <source>Yuan per unit of each currency.</source>
            <translation>各币种 1 单位折合人民币的元数，外币注册资本按此折算。</translation>
        </message>
    </context>
    <context>
        <name>OutreachPanel</name>
        <message>
            <source>Recorded by %1</source>
            <translation>经办人：%1</translation>
        </message>
        <message>
            <source>E-mail: %1</source>
            <translation>邮箱：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;User guide</source>
            <translation>使用指南(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>补链招商助手 使用指南</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>ChainFill user guide.pdf</source>
            <translation>补链招商助手使用指南.pdf</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
    </context>
    <context>
        <name />
        <message>
            <source>%1: %2; committed %3 %4, actual %5 %4</source>
            <translation>%1 年：%2；承诺 %3 %4，实绩 %5 %4</translation>
        </message>
        <message>
            <source>; trend to %1: %2</source>
            <translation>；趋势至 %1 年 %2</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1（约定 %2）</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>承诺事项</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>承诺值</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>实绩</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>考核日期</translation>
        </message>
        <message>
            <source>%1　agreement %2　signed %3　%4　%5　land %6</source>
            <translation>%1　协议 %2　签约 %3　%4　%5　用地 %6</translation>
        </message>
        <message>
            <source>%1 per-mu appraisal: grade %2, score %3</source>
            <translation>%1 年亩均评价：等级 %2，综合得分 %3</translation>
        </message>
        <message>
            <source>%1 per-mu appraisal: not graded</source>
            <translation>%1 年亩均评价：不评级</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1。%2</translation>
        </message>
        <message>
            <source>Not agreed</source>
            <translation>未约定</translation>
        </message>
        <message>
            <source>Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, jobs, R&amp;D ratio</source>
            <translation>每个圆点依次为：固定资产投资、亩均投资、达产产值、年纳税额、就业人数、研发投入占比</translation>
        </message>
        <message>
            <source>committed (assessed in %1)</source>
            <translation>承诺值（%1 年考核）</translation>
        </message>
        <message>
            <source>Invested to date (10k yuan)</source>
            <translation>累计投资(万元)</translation>
        </message>
        <message>
            <source>Output value (10k yuan)</source>
            <translation>总产值(万元)</translation>
        </message>
        <message>
            <source>Revenue (10k yuan)</source>
            <translation>营业收入(万元)</translation>
        </message>
        <message>
            <source>Value added (10k yuan)</source>
            <translation>增加值(万元)</translation>
        </message>
        <message>
            <source>Tax paid (10k yuan)</source>
            <translation>实缴税收(万元)</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>从业人数</translation>
        </message>
        <message>
            <source>Energy (t of coal eq.)</source>
            <translation>能耗(吨标煤)</translation>
        </message>
        <message>
            <source>Emissions (t)</source>
            <translation>排放(吨)</translation>
        </message>
        <message>
            <source>R&amp;D spending (10k yuan)</source>
            <translation>研发支出(万元)</translation>
        </message>
        <message>
            <source>Land in use (mu)</source>
            <translation>实际用地(亩)</translation>
        </message>
        <message>
            <source>Rewards paid (10k yuan)</source>
            <translation>已兑现奖励(万元)</translation>
        </message>
    </context>
</TS>
