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
</TS>
