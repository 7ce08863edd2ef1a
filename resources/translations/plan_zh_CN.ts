<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Direction retired</source>
            <translation>方向已停用</translation>
        </message>
        <message>
            <source>The firm was in %1, a direction retired from the catalog; the model's call is its new place until someone confirms or corrects it</source>
            <translation>该企业原属“%1”，此方向已从目录停用；模型判断是它的新归属，须人工确认或改正</translation>
        </message>
    </context>
</TS>
