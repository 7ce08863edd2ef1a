<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AddSegmentDialog</name>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="570" />
      <source>Add segment</source>
      <translation>新增产业链环节</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="572" />
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="574" />
      <source>e.g. Dexterous hands</source>
      <translation>例如：灵巧手</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="575" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="580" />
      <source>Chain position</source>
      <translation>链条位置</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="584" />
      <source>Local strength</source>
      <translation>本地基础</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="587" />
      <source>Words that name its products, separated by commas</source>
      <translation>该环节产品和技术的叫法，用逗号分开</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="589" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="591" />
      <source>Optional, separated by commas</source>
      <translation>可不填，用逗号分开</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="592" />
      <source>Typical products</source>
      <translation>典型产品</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="596" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="599" />
      <source>The classifier learns the new segment from its keywords: after saving, every firm not confirmed by staff is classified again and the scores are updated (about a minute per million firms).</source>
      <translation>分类模型从关键词中认识新环节：保存后，所有未经人工确认的企业会按新目录重新分类，并重新评分（每百万家企业约需一两分钟）。</translation>
    </message>
  </context>
  <context>
    <name>CatalogView</name>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="155" />
      <source>Add segment…</source>
      <translation>新增环节…</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="156" />
      <source>Add a value-chain segment to this direction</source>
      <translation>在本方向下新增一个产业链环节</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="159" />
      <source>Rename…</source>
      <translation>改名…</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="160" />
      <source>Rename this segment (its code stays)</source>
      <translation>修改本环节的名称（环节代码不变）</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="162" />
      <source>Remove…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="354" />
      <source>The last segment of a direction cannot be removed</source>
      <translation>每个方向至少保留一个环节，最后一个环节不能删除</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="356" />
      <source>Remove this segment from the catalog</source>
      <translation>从目录中删除本环节</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="478" />
      <source>Adding a segment</source>
      <translation>正在新增环节</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="494" />
      <source>Renaming the segment</source>
      <translation>正在修改环节名称</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="516" />
      <source>Remove the segment “%1” from the catalog?</source>
      <translation>从目录中删除环节“%1”？</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="519" />
      <source>%1 firms the classifier put in it will be classified again.</source>
      <translation>模型分入该环节的 %1 家企业将重新分类。</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="521" />
      <source>The removal is recorded in the audit log.</source>
      <translation>删除操作会记入审计日志。</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="522" />
      <source>Remove segment</source>
      <translation>删除环节</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="526" />
      <source>Removing the segment</source>
      <translation>正在删除环节</translation>
    </message>
  </context>
  <context>
    <name>RemoveSegmentDialog</name>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="696" />
      <source>Remove segment</source>
      <translation>删除环节</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="698" />
      <source>Remove the segment “%1” from the catalog?</source>
      <translation>从目录中删除环节“%1”？</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="704" />
      <source>%1 firms in “%2” were confirmed by staff. Choose the segment of the same direction they and their corrections move to:</source>
      <translation>“%2”中有 %1 家企业经人工确认。请选择把这些企业及其修正记录转入本方向的哪个环节：</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="719" />
      <source>%1 firms the classifier put in it will be classified again.</source>
      <translation>模型分入该环节的 %1 家企业将重新分类。</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="724" />
      <source>The removal is recorded in the audit log.</source>
      <translation>删除操作会记入审计日志。</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="727" />
      <source>Move and remove</source>
      <translation>转入并删除</translation>
    </message>
  </context>
  <context>
    <name>RenameSegmentDialog</name>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="662" />
      <source>Rename segment</source>
      <translation>环节改名</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="664" />
      <source>Code</source>
      <translation>环节代码</translation>
    </message>
    <message>
      <location filename="../../ui/views/catalog_view.py" line="667" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
  </context>
</TS>
