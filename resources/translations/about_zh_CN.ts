<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>About</name>
    <message>
      <location filename="../../ui/about.py" line="69" />
      <source>unavailable</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="88" />
      <source>not available (retrain in Tools)</source>
      <translation>不可用（请在“工具”菜单中重新训练）</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="108" />
      <source>installed folder</source>
      <translation>安装版</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="110" />
      <source>from source</source>
      <translation>源代码运行</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="113" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="114" />
      <source>Catalog</source>
      <translation>产业目录</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="116" />
      <source>Direction classifier</source>
      <translation>方向分类模型</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="119" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="120" />
      <source>Data folder</source>
      <translation>数据文件夹</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="122" />
      <source>Platform</source>
      <translation>运行环境</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="140" />
      <source>Font licence text: %1</source>
      <translation>字体许可证全文：%1</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="147" />
      <source>Fonts shipped with ChainFill</source>
      <translation>随 ChainFill 附带的字体</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="148" />
      <source>Open-source software used</source>
      <translation>使用的开源软件</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="156" />
      <source>Qt is used under the GNU LGPL version 3: its libraries are shipped as separate files in the program folder and may be replaced. The licence texts are available from each project.</source>
      <translation>Qt 按 GNU LGPL 第 3 版使用：其程序库以独立文件形式放在程序文件夹中，可以替换。各许可证全文可从相应项目获取。</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="178" />
      <source>About ChainFill</source>
      <translation>关于补链招商助手</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="200" />
      <source>ChainFill %1</source>
      <translation>补链招商助手 ChainFill %1</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="203" />
      <source>Value-chain gap investment promotion for the Dongguan Municipal Commerce Bureau, after the Dongguan Key Emerging Industries Development Plan (2018–2025).</source>
      <translation>东莞市商务局产业链补链招商工具，依据《东莞市重点新兴产业发展规划（2018—2025年）》。</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="226" />
      <source>Copy details</source>
      <translation>复制详细信息</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="230" />
      <source>Copy the versions and paths, e.g. for a support request</source>
      <translation>复制版本和路径信息（例如用于求助）</translation>
    </message>
  </context>
</TS>