<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>FirmDetail</name>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Correct this firm's name, codes, figures or description</source>
      <translation>修改企业的名称、代码、数据或业务描述</translation>
    </message>
  </context>
  <context>
    <name>FirmEditDialog</name>
    <message>
      <source>(not stated)</source>
      <translation>（未填写）</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Edit firm</source>
      <translation>编辑企业信息</translation>
    </message>
    <message>
      <source>Values are read as in an import: amounts in 10,000 yuan unless a unit is written (1.2亿, 500万美元), ratios in percent. Leave a field empty to clear it.</source>
      <translation>填写规则与导入相同：金额默认以万元计，也可写明单位（1.2亿、500万美元）；比例以百分数计。留空表示清除该项。</translation>
    </message>
    <message>
      <source>Basic information</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Business description</source>
      <translation>业务描述</translation>
    </message>
    <message>
      <source>Size and facts</source>
      <translation>规模与经营</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>%1 (10,000 yuan)</source>
      <translation>%1（万元）</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <source>Saving the firm</source>
      <translation>保存企业信息</translation>
    </message>
    <message>
      <source>%1 (to correct)</source>
      <translation>%1（有误）</translation>
    </message>
    <message>
      <source>Nothing was saved. Please correct: %1</source>
      <translation>未作任何修改。请更正：%1</translation>
    </message>
  </context>
</TS>
