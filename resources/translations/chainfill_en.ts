<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <location filename="../../ui/about.py" line="68" />
            <source>unavailable</source>
            <translation>unavailable</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="85" />
            <source>not available (retrain in Tools)</source>
            <translation>not available (retrain in Tools)</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="103" />
            <source>installed folder</source>
            <translation>installed folder</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="105" />
            <source>from source</source>
            <translation>from source</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="108" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="109" />
            <source>Catalog</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="111" />
            <source>Direction classifier</source>
            <translation>Direction classifier</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="114" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="115" />
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="117" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="135" />
            <source>Font licence text: %1</source>
            <translation>Font licence text: %1</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="142" />
            <source>Fonts shipped with ChainFill</source>
            <translation>Fonts shipped with ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="143" />
            <source>Open-source software used</source>
            <translation>Open-source software used</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="151" />
            <source>Qt is used under the GNU LGPL version 3: its libraries are shipped as separate files in the program folder and may be replaced. The licence texts are available from each project.</source>
            <translation>Qt is used under the GNU LGPL version 3: its libraries are shipped as separate files in the program folder and may be replaced. The licence texts are available from each project.</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="173" />
            <source>About ChainFill</source>
            <translation>About ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="195" />
            <source>ChainFill %1</source>
            <translation>ChainFill %1</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="198" />
            <source>Value-chain gap investment promotion for the Dongguan Municipal Commerce Bureau, after the Dongguan Key Emerging Industries Development Plan (2018–2025).</source>
            <translation>Value-chain gap investment promotion for the Dongguan Municipal Commerce Bureau, after the Dongguan Key Emerging Industries Development Plan (2018–2025).</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="221" />
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <location filename="../../ui/about.py" line="225" />
            <source>Copy the versions and paths, e.g. for a support request</source>
            <translation>Copy the versions and paths, e.g. for a support request</translation>
        </message>
    </context>
    <context>
        <name>AddDirectionDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="796" />
            <source>Add direction</source>
            <translation>Add direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="802" />
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="806" />
            <source>e.g. hydrogen</source>
            <translation>e.g. hydrogen</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="809" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="811" />
            <source>e.g. Hydrogen energy</source>
            <translation>e.g. Hydrogen energy</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="812" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="813" />
            <source>A key industry</source>
            <translation>A key industry</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="817" />
            <source>Words that name its products, separated by commas</source>
            <translation>Words that name its products, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="819" />
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="822" />
            <source>The code is lower-case letters, digits and _, and is never reused; the plan's own codes stay fixed. The direction starts with one segment: add its value chain afterwards. Every firm not confirmed by staff is classified again.</source>
            <translation>The code is lower-case letters, digits and _, and is never reused; the plan's own codes stay fixed. The direction starts with one segment: add its value chain afterwards. Every firm not confirmed by staff is classified again.</translation>
        </message>
    </context>
    <context>
        <name>AddSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="704" />
            <source>Add segment</source>
            <translation>Add segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="706" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="708" />
            <source>e.g. Dexterous hands</source>
            <translation>e.g. Dexterous hands</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="709" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="714" />
            <source>Chain position</source>
            <translation>Chain position</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="718" />
            <source>Local strength</source>
            <translation>Local strength</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="721" />
            <source>Words that name its products, separated by commas</source>
            <translation>Words that name its products, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="723" />
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="725" />
            <source>Optional, separated by commas</source>
            <translation>Optional, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="726" />
            <source>Typical products</source>
            <translation>Typical products</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="730" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="733" />
            <source>The classifier learns the new segment from its keywords: after saving, every firm not confirmed by staff is classified again and the scores are updated (about a minute per million firms).</source>
            <translation>The classifier learns the new segment from its keywords: after saving, every firm not confirmed by staff is classified again and the scores are updated (about a minute per million firms).</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ui/context.py" line="130" />
            <source>Changes saved by others were loaded.</source>
            <translation>Changes saved by others were loaded.</translation>
        </message>
    </context>
    <context>
        <name>CandidatesView</name>
        <message>
            <location filename="../../ui/views/candidates.py" line="51" />
            <source>Print list…</source>
            <translation>Print list…</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="66" />
            <source>Search candidates… (Ctrl+F)</source>
            <translation>Search candidates… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="79" />
            <source>Only firms in the catalog's directions</source>
            <translation>Only firms in the catalog's directions</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="89" />
            <source>Ranking weights</source>
            <translation>Ranking weights</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="159" />
            <source>%1 candidates ranked</source>
            <translation>%1 candidates ranked</translation>
        </message>
        <message>
            <location filename="../../ui/views/candidates.py" line="171" />
            <source>Recommended candidates</source>
            <translation>Recommended candidates</translation>
        </message>
    </context>
    <context>
        <name>CatalogView</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="134" />
            <source>Value chain</source>
            <translation>Value chain</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="143" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="147" />
            <source>Candidates for this segment</source>
            <translation>Candidates for this segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="148" />
            <source>Shenzhen and Guangzhou firms classified into the segment, best score first.</source>
            <translation>Shenzhen and Guangzhou firms classified into the segment, best score first.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="159" />
            <source>None yet: no scored firm in this segment.</source>
            <translation>None yet: no scored firm in this segment.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="162" />
            <source>Open in Recommendations</source>
            <translation>Open in Recommendations</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="184" />
            <source>Add segment…</source>
            <translation>Add segment…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="185" />
            <source>Add a value-chain segment to this direction</source>
            <translation>Add a value-chain segment to this direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="188" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="189" />
            <source>Rename this segment (its code stays)</source>
            <translation>Rename this segment (its code stays)</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="191" />
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="196" />
            <source>Click a segment in the chain map.</source>
            <translation>Click a segment in the chain map.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="220" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="224" />
            <source>Local strength</source>
            <translation>Local strength</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="227" />
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="229" />
            <source>The classifier learns from these words. Changes are audited.</source>
            <translation>The classifier learns from these words. Changes are audited.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="241" />
            <source>New keywords, separated by commas</source>
            <translation>New keywords, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="242" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="243" />
            <source>Remove selected</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="281" />
            <source>One of the ten key industries</source>
            <translation>One of the ten key industries</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="311" />
            <source>Key industry</source>
            <translation>Key industry</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="313" />
            <source>Plan: %1</source>
            <translation>Plan: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="316" />
            <source>Lead: %1</source>
            <translation>Lead: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="335" />
            <source>Cluster zone: %1</source>
            <translation>Cluster zone: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="404" />
            <source>The last segment of a direction cannot be removed</source>
            <translation>The last segment of a direction cannot be removed</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="406" />
            <source>Remove this segment from the catalog</source>
            <translation>Remove this segment from the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="414" />
            <source>Segment · %1</source>
            <translation>Segment · %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="320" />
            <source>The plan's words (%2): “%1”</source>
            <translation>The plan's words (%2): “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="87" />
            <source>Add direction…</source>
            <translation>Add direction…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="88" />
            <source>Add a direction to a domain, for the next plan</source>
            <translation>Add a direction to a domain, for the next plan</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="121" />
            <source>Rename direction…</source>
            <translation>Rename direction…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="122" />
            <source>Rename this direction (its code stays)</source>
            <translation>Rename this direction (its code stays)</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="124" />
            <source>Retire direction…</source>
            <translation>Retire direction…</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="126" />
            <source>Take this direction out of the catalog; its firms go to the review queue</source>
            <translation>Take this direction out of the catalog; its firms go to the review queue</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="328" />
            <location filename="../../ui/views/catalog_view.py" line="420" />
            <source>Catalog note: %1</source>
            <translation>Catalog note: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="343" />
            <source>Industry belt: %1</source>
            <translation>Industry belt: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="424" />
            <source>Typical products: %1</source>
            <translation>Typical products: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="434" />
            <source>Candidates for “%1”</source>
            <translation>Candidates for “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="470" />
            <source>Saving the local strength</source>
            <translation>Saving the local strength</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="482" />
            <source>Adding keywords</source>
            <translation>Adding keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="492" />
            <source>Remove %1 keywords from this segment?</source>
            <translation>Remove %1 keywords from this segment?</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="499" />
            <source>Removing keywords</source>
            <translation>Removing keywords</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="527" />
            <source>Adding a segment</source>
            <translation>Adding a segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="543" />
            <source>Renaming the segment</source>
            <translation>Renaming the segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="565" />
            <source>Remove the segment “%1” from the catalog?</source>
            <translation>Remove the segment “%1” from the catalog?</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="568" />
            <source>%1 firms the classifier put in it will be classified again.</source>
            <translation>%1 firms the classifier put in it will be classified again.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="570" />
            <source>The removal is recorded in the audit log.</source>
            <translation>The removal is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="571" />
            <source>Remove segment</source>
            <translation>Remove segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="575" />
            <source>Removing the segment</source>
            <translation>Removing the segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="610" />
            <source>Adding a direction</source>
            <translation>Adding a direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="627" />
            <source>Renaming the direction</source>
            <translation>Renaming the direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="640" />
            <source>Retire the direction “%1” from the catalog?</source>
            <translation>Retire the direction “%1” from the catalog?</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="645" />
            <source>Its %1 firms (%2 confirmed by staff) will be classified into the directions left and all of them go to the review queue (待确认) until someone confirms or corrects them.</source>
            <translation>Its %1 firms (%2 confirmed by staff) will be classified into the directions left and all of them go to the review queue (待确认) until someone confirms or corrects them.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="653" />
            <source>Its code is never used again. The retirement is recorded in the audit log.</source>
            <translation>Its code is never used again. The retirement is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="655" />
            <source>Retire direction</source>
            <translation>Retire direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="660" />
            <source>Retiring the direction</source>
            <translation>Retiring the direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="680" />
            <source>%1 directions; chain of %2 shown</source>
            <translation>%1 directions; chain of %2 shown</translation>
        </message>
    </context>
    <context>
        <name>ChainMap</name>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="25" />
            <source>Upstream · materials, parts, core devices</source>
            <translation>Upstream · materials, parts, core devices</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="26" />
            <source>Midstream · bodies, systems, products</source>
            <translation>Midstream · bodies, systems, products</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="27" />
            <source>Downstream · integration, applications, services</source>
            <translation>Downstream · integration, applications, services</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="153" />
            <source>No segment in this position</source>
            <translation>No segment in this position</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="178" />
            <source>Colour: Dongguan's local strength. Click a segment to list its candidates.</source>
            <translation>Colour: Dongguan's local strength. Click a segment to list its candidates.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="246" />
            <source>Dongguan %1 · candidates %2</source>
            <translation>Dongguan %1 · candidates %2</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/chainmap.py" line="274" />
            <source>The firms in the database suggest a different strength; review it.</source>
            <translation>The firms in the database suggest a different strength; review it.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="347" />
            <source>Someone else saved this firm</source>
            <translation>Someone else saved this firm</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="356" />
            <source>%1 saved this firm at %2, after you opened it. Choose for each field which value to keep; saving then applies your choices to their version.</source>
            <translation>%1 saved this firm at %2, after you opened it. Choose for each field which value to keep; saving then applies your choices to their version.</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="369" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="370" />
            <source>Saved by %1</source>
            <translation>Saved by %1</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="371" />
            <source>Yours</source>
            <translation>Yours</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="378" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="402" />
            <source>Save my choices</source>
            <translation>Save my choices</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="404" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="40" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="45" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="46" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="47" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="48" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="49" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="57" />
            <source>Personal data: shown in full here and in the dossier, masked in lists and exports.</source>
            <translation>Personal data: shown in full here and in the dossier, masked in lists and exports.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="199" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="200" />
            <source>Reload the figures (F5)</source>
            <translation>Reload the figures (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="216" />
            <source>Firms in the database</source>
            <translation>Firms in the database</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="217" />
            <source>Candidates (Shenzhen, Guangzhou)</source>
            <translation>Candidates (Shenzhen, Guangzhou)</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="218" />
            <location filename="../../ui/views/dashboard.py" line="278" />
            <source>Dongguan firms</source>
            <translation>Dongguan firms</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="219" />
            <source>Classified into the catalog</source>
            <translation>Classified into the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="220" />
            <source>In the outreach pipeline</source>
            <translation>In the outreach pipeline</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="234" />
            <source>Plan targets (Table 1)</source>
            <translation>Plan targets (Table 1)</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="235" />
            <source>Dongguan Key Emerging Industries Development Plan 2018–2025</source>
            <translation>Dongguan Key Emerging Industries Development Plan 2018–2025</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="239" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="240" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="244" />
            <source>Growth p.a.</source>
            <translation>Growth p.a.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="256" />
            <source>Outreach pipeline</source>
            <translation>Outreach pipeline</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="256" />
            <source>Firms at each stage of the follow-up</source>
            <translation>Firms at each stage of the follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="266" />
            <source>Biggest chain gaps</source>
            <translation>Biggest chain gaps</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="268" />
            <source>Segments where Dongguan is weakest, with the candidates that could fill them. Double-click a row to see its candidates.</source>
            <translation>Segments where Dongguan is weakest, with the candidates that could fill them. Double-click a row to see its candidates.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="274" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="275" />
            <source>Chain segment</source>
            <translation>Chain segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="276" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="277" />
            <source>Local strength</source>
            <translation>Local strength</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="279" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="280" />
            <source>Candidates</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="291" />
            <source>No gaps computed yet.</source>
            <translation>No gaps computed yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="298" />
            <source>Brought-in projects</source>
            <translation>Brought-in projects</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="299" />
            <source>Commitments against actuals and the per-mu appraisal</source>
            <translation>Commitments against actuals and the per-mu appraisal</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="333" />
            <source>scored, in the catalog's directions</source>
            <translation>scored, in the catalog's directions</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="337" />
            <source>Scored firms in one of the catalog's directions: what Recommendations lists by default. %1 more are scored but outside the catalog (banks, developers …).</source>
            <translation>Scored firms in one of the catalog's directions: what Recommendations lists by default. %1 more are scored but outside the catalog (banks, developers …).</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="341" />
            <source>the local base of the chain</source>
            <translation>the local base of the chain</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="345" />
            <source>%1 of all firms · %2 confirmed</source>
            <translation>%1 of all firms · %2 confirmed</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="353" />
            <source>%1 landed · %2 shortlists</source>
            <translation>%1 landed · %2 shortlists</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="396" />
            <source>No firm is being followed up yet.</source>
            <translation>No firm is being followed up yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="398" />
            <source>%1 firms followed up in total.</source>
            <translation>%1 firms followed up in total.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="425" />
            <source>No brought-in projects recorded yet.</source>
            <translation>No brought-in projects recorded yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="431" />
            <source>Grade %1</source>
            <translation>Grade %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="431" />
            <source>Not graded</source>
            <translation>Not graded</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="441" />
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="442" />
            <source>at risk</source>
            <translation>at risk</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="443" />
            <source>missed</source>
            <translation>missed</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="444" />
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="448" />
            <source>%1 projects. Commitments: %2</source>
            <translation>%1 projects. Commitments: %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="450" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="459" />
            <source>…and %1 more alerts</source>
            <translation>…and %1 more alerts</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="462" />
            <source>No alerts.</source>
            <translation>No alerts.</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="477" />
            <source>%1 targets, %2 gaps</source>
            <translation>%1 targets, %2 gaps</translation>
        </message>
    </context>
    <context>
        <name>DossierPrint</name>
        <message>
            <location filename="../../ui/dossier_print.py" line="721" />
            <source>Print preview — visit dossiers</source>
            <translation>Print preview — visit dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_print.py" line="723" />
            <source>Print preview — visit dossier</source>
            <translation>Print preview — visit dossier</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="225" />
            <location filename="../../ui/import_wizard.py" line="268" />
            <source>Choose a firm list</source>
            <translation>Choose a firm list</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="228" />
            <source>An Excel (.xlsx) or CSV file: a registry export, an exchange list, a colleague's sheet or ChainFill's template. Nothing is written until the last step.</source>
            <translation>An Excel (.xlsx) or CSV file: a registry export, an exchange list, a colleague's sheet or ChainFill's template. Nothing is written until the last step.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="236" />
            <source>Path of the file</source>
            <translation>Path of the file</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="237" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="240" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="242" />
            <source>e.g. registry export, November 2026</source>
            <translation>e.g. registry export, November 2026</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="243" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="248" />
            <source>The source is recorded with every value this file brings in, so that the firm's page can say where each value came from.</source>
            <translation>The source is recorded with every value this file brings in, so that the firm's page can say where each value came from.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="255" />
            <source>No list yet? Start from ChainFill's template.</source>
            <translation>No list yet? Start from ChainFill's template.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="256" />
            <source>Save the template…</source>
            <translation>Save the template…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="270" />
            <source>Firm lists (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Firm lists (*.xlsx *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="291" />
            <source>Save the import template</source>
            <translation>Save the import template</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="293" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/widgets/filters.py" line="68" />
            <source>Search name, short name, business… (Ctrl+F)</source>
            <translation>Search name, short name, business… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="79" />
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="80" />
            <source>Clear the search and every filter</source>
            <translation>Clear the search and every filter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="96" />
            <source>Score ≥ </source>
            <translation>Score ≥ </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="97" />
            <source>Any score</source>
            <translation>Any score</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="106" />
            <source>Confidence ≥ </source>
            <translation>Confidence ≥ </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="108" />
            <source>Any confidence</source>
            <translation>Any confidence</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="110" />
            <source>Hide firms whose classification the model is less sure of</source>
            <translation>Hide firms whose classification the model is less sure of</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="116" />
            <source>Confirmed only</source>
            <translation>Confirmed only</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="179" />
            <source>All cities</source>
            <translation>All cities</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="210" />
            <source>All districts</source>
            <translation>All districts</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="221" />
            <source>All directions</source>
            <translation>All directions</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="222" />
            <source>Outside the catalog</source>
            <translation>Outside the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="246" />
            <source>All segments</source>
            <translation>All segments</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="357" />
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/filters.py" line="361" />
            <source>%1 firms</source>
            <translation>%1 firms</translation>
        </message>
    </context>
    <context>
        <name>FirmDetail</name>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="88" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="88" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="137" />
            <source>Select a firm to see its details.</source>
            <translation>Select a firm to see its details.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="153" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="154" />
            <source>Correct this firm's name, codes, figures or description</source>
            <translation>Correct this firm's name, codes, figures or description</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="157" />
            <source>Add to shortlist</source>
            <translation>Add to shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="223" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="237" />
            <location filename="../../ui/widgets/firm_detail.py" line="258" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="238" />
            <location filename="../../ui/widgets/firm_detail.py" line="259" />
            <source>Chain segment</source>
            <translation>Chain segment</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="239" />
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="240" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="241" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="243" />
            <source>Confirm this classification</source>
            <translation>Confirm this classification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="248" />
            <source>Correct the classification</source>
            <translation>Correct the classification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="251" />
            <source>Staff corrections are kept, audited and used to retrain the classifier.</source>
            <translation>Staff corrections are kept, audited and used to retrain the classifier.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="261" />
            <source>Save correction</source>
            <translation>Save correction</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="268" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="280" />
            <source>overall score (0–100)</source>
            <translation>overall score (0–100)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="283" />
            <source>Gap fit</source>
            <translation>Gap fit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="284" />
            <source>Capability</source>
            <translation>Capability</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="285" />
            <source>Propensity</source>
            <translation>Propensity</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="293" />
            <source>Show the arithmetic</source>
            <translation>Show the arithmetic</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="298" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="314" />
            <source>Where each value came from</source>
            <translation>Where each value came from</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="316" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="316" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="316" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="325" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="388" />
            <source>Outreach: %1</source>
            <translation>Outreach: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="395" />
            <source>Outside the catalog / not classified</source>
            <translation>Outside the catalog / not classified</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="402" />
            <source>Confirmed by staff</source>
            <translation>Confirmed by staff</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="408" />
            <source>Automatic (not yet checked)</source>
            <translation>Automatic (not yet checked)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="411" />
            <source>Not yet classified</source>
            <translation>Not yet classified</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="424" />
            <source>(outside every direction)</source>
            <translation>(outside every direction)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="441" />
            <source>(no particular segment)</source>
            <translation>(no particular segment)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="461" />
            <source>Every value came from the source above; nothing has been merged.</source>
            <translation>Every value came from the source above; nothing has been merged.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="475" />
            <source>Working out the explanation…</source>
            <translation>Working out the explanation…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="582" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="588" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="592" />
            <source>Saving the classification</source>
            <translation>Saving the classification</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="613" />
            <source>%1 (already on it)</source>
            <translation>%1 (already on it)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="617" />
            <source>New shortlist…</source>
            <translation>New shortlist…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="627" />
            <source>New shortlist</source>
            <translation>New shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="627" />
            <source>Name of the new shortlist:</source>
            <translation>Name of the new shortlist:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="641" />
            <source>Added to shortlist “%1”.</source>
            <translation>Added to shortlist “%1”.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/firm_detail.py" line="646" />
            <source>Adding to shortlist</source>
            <translation>Adding to shortlist</translation>
        </message>
    </context>
    <context>
        <name>FirmEditDialog</name>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="69" />
            <source>(not stated)</source>
            <translation>(not stated)</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="70" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="71" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="131" />
            <source>Edit firm</source>
            <translation>Edit firm</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="144" />
            <source>Values are read as in an import: amounts in 10,000 yuan unless a unit is written (1.2亿, 500万美元), ratios in percent. Leave a field empty to clear it.</source>
            <translation>Values are read as in an import: amounts in 10,000 yuan unless a unit is written (1.2亿, 500万美元), ratios in percent. Leave a field empty to clear it.</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="160" />
            <source>Basic information</source>
            <translation>Basic information</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="161" />
            <source>Business description</source>
            <translation>Business description</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="162" />
            <source>Size and facts</source>
            <translation>Size and facts</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="196" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="198" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="209" />
            <source>%1 (10,000 yuan)</source>
            <translation>%1 (10,000 yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="239" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="243" />
            <source>Saving the firm</source>
            <translation>Saving the firm</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="279" />
            <source>Nothing was saved. Please correct: %1</source>
            <translation>Nothing was saved. Please correct: %1</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="283" />
            <source>%1 (to correct)</source>
            <translation>%1 (to correct)</translation>
        </message>
        <message>
            <location filename="../../ui/firm_edit_dialog.py" line="297" />
            <source>Not saved: %1 changed this firm meanwhile.</source>
            <translation>Not saved: %1 changed this firm meanwhile.</translation>
        </message>
    </context>
    <context>
        <name>FirmTable</name>
        <message>
            <location filename="../../ui/models/firm_table.py" line="56" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="57" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="58" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="59" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="60" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="61" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="62" />
            <source>Chain segment</source>
            <translation>Chain segment</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="65" />
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="70" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="71" />
            <source>Gap fit</source>
            <translation>Gap fit</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="74" />
            <source>Capability</source>
            <translation>Capability</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="81" />
            <source>Propensity</source>
            <translation>Propensity</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="88" />
            <source>Registered capital</source>
            <translation>Registered capital</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="93" />
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="94" />
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="95" />
            <source>Founded</source>
            <translation>Founded</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="96" />
            <source>USCC</source>
            <translation>USCC</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="97" />
            <source>Stock code</source>
            <translation>Stock code</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="98" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/models/firm_table.py" line="453" />
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
    </context>
    <context>
        <name>FirmsView</name>
        <message>
            <location filename="../../ui/views/firms.py" line="98" />
            <source>Import firms…</source>
            <translation>Import firms…</translation>
        </message>
        <message>
            <location filename="../../ui/views/firms.py" line="160" />
            <source>%1 firms listed</source>
            <translation>%1 firms listed</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="54" />
            <source>(do not import)</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="78" />
            <source>Rows read</source>
            <translation>Rows read</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="79" />
            <source>New firms</source>
            <translation>New firms</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="80" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="81" />
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="82" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="83" />
            <source>Conflicting values</source>
            <translation>Conflicting values</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="95" />
            <location filename="../../ui/import_wizard.py" line="160" />
            <source>Rejected rows</source>
            <translation>Rejected rows</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="98" />
            <source>Save rejected rows as CSV…</source>
            <translation>Save rejected rows as CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="105" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="106" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="107" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="108" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="125" />
            <source>Values that differed from the database</source>
            <translation>Values that differed from the database</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="131" />
            <source>Firm</source>
            <translation>Firm</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="132" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="133" />
            <source>Was</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="134" />
            <source>Now (from this file)</source>
            <translation>Now (from this file)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="162" />
            <source>(first %1 shown; save the CSV for all)</source>
            <translation>(first %1 shown; save the CSV for all)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="183" />
            <source>Save rejected rows</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="185" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="642" />
            <source>Import firms</source>
            <translation>Import firms</translation>
        </message>
    </context>
    <context>
        <name>JobStatus</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="51" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.py" line="139" />
            <source>ChainFill</source>
            <translation>ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="142" />
            <source>Dongguan Commerce Bureau</source>
            <translation>Dongguan Commerce Bureau</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="202" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="204" />
            <source>&amp;Import firms…</source>
            <translation>&amp;Import firms…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="207" />
            <source>Last import &amp;report…</source>
            <translation>Last import &amp;report…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="211" />
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="212" />
            <source>&amp;New database…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="213" />
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="216" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="219" />
            <source>E&amp;xit</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="221" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="228" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="229" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="231" />
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="234" />
            <source>Re&amp;compute classification, gaps and scores</source>
            <translation>Re&amp;compute classification, gaps and scores</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="240" />
            <source>Re&amp;train the direction classifier</source>
            <translation>Re&amp;train the direction classifier</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="243" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="244" />
            <source>&amp;About ChainFill</source>
            <translation>&amp;About ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="334" />
            <source>ChainFill — value-chain investment promotion</source>
            <translation>ChainFill — value-chain investment promotion</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="336" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="345" />
            <source>Firms: %1</source>
            <translation>Firms: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="384" />
            <source>Updating classification and scores</source>
            <translation>Updating classification and scores</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="396" />
            <source>The classifier has been retrained.</source>
            <translation>The classifier has been retrained.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="399" />
            <source>Retraining the classifier</source>
            <translation>Retraining the classifier</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="410" />
            <source>Backup written: %1</source>
            <translation>Backup written: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="414" />
            <source>Backing up</source>
            <translation>Backing up</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="419" />
            <source>Open a ChainFill database</source>
            <translation>Open a ChainFill database</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="421" />
            <source>ChainFill databases (*.sqlite *.db);;All files (*)</source>
            <translation>ChainFill databases (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="429" />
            <source>Create a new ChainFill database</source>
            <translation>Create a new ChainFill database</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="431" />
            <source>ChainFill databases (*.sqlite)</source>
            <translation>ChainFill databases (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="436" />
            <source>That file already exists. Choose a new file name.</source>
            <translation>That file already exists. Choose a new file name.</translation>
        </message>
        <message>
            <location filename="../../ui/mainwindow.py" line="485" />
            <source>A background task is still running (%1). Stop it and exit?</source>
            <translation>A background task is still running (%1). Stop it and exit?</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="318" />
            <source>Check the columns</source>
            <translation>Check the columns</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="321" />
            <source>Every column of the file, with its first values. Choose the field each column holds in the drop-down above it (ChainFill pre-selects what it recognised), or choose not to import it. The firm name is needed.</source>
            <translation>Every column of the file, with its first values. Choose the field each column holds in the drop-down above it (ChainFill pre-selects what it recognised), or choose not to import it. The firm name is needed.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="340" />
            <source>Problems found in the first rows</source>
            <translation>Problems found in the first rows</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="357" />
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="392" />
            <source>Format: %1</source>
            <translation>Format: %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="393" />
            <source>Encoding: %1</source>
            <translation>Encoding: %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="394" />
            <source>Header in row %1</source>
            <translation>Header in row %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="397" />
            <source>Sheet: %1</source>
            <translation>Sheet: %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="398" />
            <source>%1 sample rows</source>
            <translation>%1 sample rows</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="408" />
            <source>Not imported: %1</source>
            <translation>Not imported: %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="410" />
            <source>No problems in the first rows.</source>
            <translation>No problems in the first rows.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="420" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
    </context>
    <context>
        <name>OutreachPanel</name>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="51" />
            <source>Choose a firm to see its stage, contacts and visits.</source>
            <translation>Choose a firm to see its stage, contacts and visits.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="67" />
            <location filename="../../ui/views/shortlists/outreach.py" line="102" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="68" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="69" />
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="87" />
            <source>Required when dropping a firm</source>
            <translation>Required when dropping a firm</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="89" />
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="90" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="91" />
            <location filename="../../ui/views/shortlists/outreach.py" line="102" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="93" />
            <source>Change stage</source>
            <translation>Change stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="99" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="102" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="102" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="114" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="114" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="114" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="114" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="121" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="122" />
            <location filename="../../ui/views/shortlists/outreach.py" line="153" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="123" />
            <location filename="../../ui/views/shortlists/outreach.py" line="155" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="137" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="137" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="137" />
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="137" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="152" />
            <source>Log visit…</source>
            <translation>Log visit…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="154" />
            <source>Next step done</source>
            <translation>Next step done</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="196" />
            <source>On shortlists: %1</source>
            <translation>On shortlists: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="204" />
            <source>Current stage: %1</source>
            <translation>Current stage: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="287" />
            <source>Changing stage</source>
            <translation>Changing stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="297" />
            <location filename="../../ui/views/shortlists/outreach.py" line="308" />
            <source>Saving contact</source>
            <translation>Saving contact</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="316" />
            <source>Delete the contact %1?</source>
            <translation>Delete the contact %1?</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="319" />
            <source>Deleting contact</source>
            <translation>Deleting contact</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="328" />
            <location filename="../../ui/views/shortlists/outreach.py" line="338" />
            <location filename="../../ui/views/shortlists/outreach.py" line="347" />
            <source>Saving visit</source>
            <translation>Saving visit</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="355" />
            <source>Delete the visit of %1?</source>
            <translation>Delete the visit of %1?</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/outreach.py" line="357" />
            <source>Deleting visit</source>
            <translation>Deleting visit</translation>
        </message>
    </context>
    <context>
        <name>RatesEditor</name>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="45" />
            <source>Rates as of</source>
            <translation>Rates as of</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="56" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="56" />
            <source>Yuan per unit</source>
            <translation>Yuan per unit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="77" />
            <source>Save and re-rank</source>
            <translation>Save and re-rank</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="79" />
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="107" />
            <location filename="../../ui/widgets/fx_rates.py" line="155" />
            <source>How many yuan one unit of this currency is worth</source>
            <translation>How many yuan one unit of this currency is worth</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="113" />
            <source>Foreign-currency registered capital is converted at these rates for scoring and dossiers. Double-click a rate to change it.</source>
            <translation>Foreign-currency registered capital is converted at these rates for scoring and dossiers. Double-click a rate to change it.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="179" />
            <source>Saved; re-ranking every firm…</source>
            <translation>Saved; re-ranking every firm…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="183" />
            <source>Re-ranking with the new exchange rates</source>
            <translation>Re-ranking with the new exchange rates</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/fx_rates.py" line="191" />
            <source>Rates saved; %1 firms re-ranked.</source>
            <translation>Rates saved; %1 firms re-ranked.</translation>
        </message>
    </context>
    <context>
        <name>RemoveSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="948" />
            <source>Remove segment</source>
            <translation>Remove segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="950" />
            <source>Remove the segment “%1” from the catalog?</source>
            <translation>Remove the segment “%1” from the catalog?</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="956" />
            <source>%1 firms in “%2” were confirmed by staff. Choose the segment of the same direction they and their corrections move to:</source>
            <translation>%1 firms in “%2” were confirmed by staff. Choose the segment of the same direction they and their corrections move to:</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="971" />
            <source>%1 firms the classifier put in it will be classified again.</source>
            <translation>%1 firms the classifier put in it will be classified again.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="976" />
            <source>The removal is recorded in the audit log.</source>
            <translation>The removal is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="979" />
            <source>Move and remove</source>
            <translation>Move and remove</translation>
        </message>
    </context>
    <context>
        <name>RenameDirectionDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="878" />
            <source>Rename direction</source>
            <translation>Rename direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="880" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="883" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>RenameSegmentDialog</name>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="914" />
            <source>Rename segment</source>
            <translation>Rename segment</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="916" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/views/catalog_view.py" line="919" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="691" />
            <source>Import report</source>
            <translation>Import report</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <location filename="../../ui/views/review.py" line="59" />
            <source>Firm</source>
            <translation>Firm</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="60" />
            <source>Model's call</source>
            <translation>Model's call</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="61" />
            <source>Certainty</source>
            <translation>Certainty</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="62" />
            <source>Industry label</source>
            <translation>Industry label</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="63" />
            <source>Why queued</source>
            <translation>Why queued</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="64" />
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="65" />
            <source>Ranking impact</source>
            <translation>Ranking impact</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="66" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="70" />
            <source>Model unsure</source>
            <translation>Model unsure</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="71" />
            <source>Label disagrees</source>
            <translation>Label disagrees</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="72" />
            <source>Direction retired</source>
            <translation>Direction retired</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="111" />
            <source>Outside the catalog</source>
            <translation>Outside the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="148" />
            <source>The label points outside the catalog</source>
            <translation>The label points outside the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="152" />
            <source>The label suggests: %1</source>
            <translation>The label suggests: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="156" />
            <source>Expected change of the score (points of 100) if the call is wrong and is corrected to the suggestion; — for firms that are not candidates</source>
            <translation>Expected change of the score (points of 100) if the call is wrong and is corrected to the suggestion; — for firms that are not candidates</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="167" />
            <source>Firm no. %1</source>
            <translation>Firm no. %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="178" />
            <source>The firm was in %1, a direction retired from the catalog; the model's call is its new place until someone confirms or corrects it</source>
            <translation>The firm was in %1, a direction retired from the catalog; the model's call is its new place until someone confirms or corrects it</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="186" />
            <source>The model's call disagrees with the firm's industry label</source>
            <translation>The model's call disagrees with the firm's industry label</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <location filename="../../ui/views/review.py" line="239" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="250" />
            <source>Confirm call (Space)</source>
            <translation>Confirm call (Space)</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="252" />
            <source>Take suggestion (A)</source>
            <translation>Take suggestion (A)</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="254" />
            <source>Outside the catalog (N)</source>
            <translation>Outside the catalog (N)</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="256" />
            <source>Change to…</source>
            <translation>Change to…</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="267" />
            <source>Show up to </source>
            <translation>Show up to </translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="268" />
            <source> firms</source>
            <translation> firms</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="281" />
            <source>Retrain</source>
            <translation>Retrain</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="322" />
            <source>Nothing to confirm: every classified firm is either confirmed, or the model is sure and agrees with its industry label.</source>
            <translation>Nothing to confirm: every classified firm is either confirmed, or the model is sure and agrees with its industry label.</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="336" />
            <source>Select one or several rows (Shift/Ctrl). Space or Enter confirms the model's call, A takes the suggestion, N marks outside the catalog; right-click or “Change to…” picks another direction.</source>
            <translation>Select one or several rows (Shift/Ctrl). Space or Enter confirms the model's call, A takes the suggestion, N marks outside the catalog; right-click or “Change to…” picks another direction.</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="384" />
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="420" />
            <source>%1 firms to confirm</source>
            <translation>%1 firms to confirm</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="459" />
            <source>Saving the classification</source>
            <translation>Saving the classification</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="469" />
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="473" />
            <source>→ %1</source>
            <translation>→ %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="488" />
            <source>%1 calls confirmed and %2 corrected in this session. Retrain the classifier so that it learns from them?</source>
            <translation>%1 calls confirmed and %2 corrected in this session. Retrain the classifier so that it learns from them?</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="509" />
            <source>Outside the catalog</source>
            <translation>Outside the catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="517" />
            <source>Confirm the model's call</source>
            <translation>Confirm the model's call</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="520" />
            <source>Take the suggestion</source>
            <translation>Take the suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="523" />
            <source>Change to</source>
            <translation>Change to</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="530" />
            <source>Retraining the classifier…</source>
            <translation>Retraining the classifier…</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="541" />
            <source>Retraining the classifier</source>
            <translation>Retraining the classifier</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="554" />
            <source>Retrained. Of the %1 firms staff have confirmed or corrected, the old model agreed with %2, the new one with %3 (it has seen them, so this is an upper bound).</source>
            <translation>Retrained. Of the %1 firms staff have confirmed or corrected, the old model agreed with %2, the new one with %3 (it has seen them, so this is an upper bound).</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="563" />
            <source>Retrained.</source>
            <translation>Retrained.</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="567" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="571" />
            <source>%1 unconfirmed firms changed direction (mostly %2): if a correction was wrong, similar firms followed it.</source>
            <translation>%1 unconfirmed firms changed direction (mostly %2): if a correction was wrong, similar firms followed it.</translation>
        </message>
        <message>
            <location filename="../../ui/views/review.py" line="584" />
            <source>Retraining failed.</source>
            <translation>Retraining failed.</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="496" />
            <source>Check every row</source>
            <translation>Check every row</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="499" />
            <source>A trial run over the whole file: the counts below are exact, and nothing has been written yet.</source>
            <translation>A trial run over the whole file: the counts below are exact, and nothing has been written yet.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="504" />
            <location filename="../../ui/import_wizard.py" line="525" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="507" />
            <source>The firms are written in one step: if you cancel, the database stays exactly as it was.</source>
            <translation>The firms are written in one step: if you cancel, the database stays exactly as it was.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="516" />
            <source>Cancel import</source>
            <translation>Cancel import</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="539" />
            <source>Checking the rows…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="539" />
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="567" />
            <source>Importing %1</source>
            <translation>Importing %1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="609" />
            <source>Cancelled. The database has not been changed.</source>
            <translation>Cancelled. The database has not been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="615" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../ui/views/settings_view.py" line="68" />
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="69" />
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="70" />
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="71" />
            <source>before an import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="78" />
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="101" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="101" />
            <source>Where ChainFill keeps its data.</source>
            <translation>Where ChainFill keeps its data.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="108" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="112" />
            <source>Open another database…</source>
            <translation>Open another database…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="113" />
            <source>Create a new database…</source>
            <translation>Create a new database…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="114" />
            <source>Show folder</source>
            <translation>Show folder</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="120" />
            <source>Recently used databases</source>
            <translation>Recently used databases</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="130" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="130" />
            <source>The language of the interface. Chinese is the default.</source>
            <translation>The language of the interface. Chinese is the default.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="139" />
            <source>Restart now</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="151" />
            <source>Ranking weights</source>
            <translation>Ranking weights</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="153" />
            <source>How the overall score of a candidate combines its three parts. Stored in the database, so colleagues sharing it rank the same way.</source>
            <translation>How the overall score of a candidate combines its three parts. Stored in the database, so colleagues sharing it rank the same way.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="163" />
            <source>Your details</source>
            <translation>Your details</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="165" />
            <source>Named as the owner of shortlists, the compiler of dossiers and in the change log, instead of the computer's login name.</source>
            <translation>Named as the owner of shortlists, the compiler of dossiers and in the change log, instead of the computer's login name.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="173" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="174" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="175" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="193" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="196" />
            <source>Backup time</source>
            <translation>Backup time</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="196" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="196" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="210" />
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="212" />
            <source>Show backup folder</source>
            <translation>Show backup folder</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="214" />
            <source>Restore selected…</source>
            <translation>Restore selected…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="216" />
            <source>Restore from file…</source>
            <translation>Restore from file…</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="227" />
            <source>Automatic backups to keep:</source>
            <translation>Automatic backups to keep:</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="241" />
            <source>Exchange rates</source>
            <translation>Exchange rates</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="241" />
            <source>Yuan per unit of each currency.</source>
            <translation>Yuan per unit of each currency.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="273" />
            <source>%1 firms · %2 on disk · schema version %3 · created %4</source>
            <translation>%1 firms · %2 on disk · schema version %3 · created %4</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="295" />
            <source>A backup is made on the first start of each day and before imports, restores and upgrades; the newest %1 are kept. Backups are in %2.</source>
            <translation>A backup is made on the first start of each day and before imports, restores and upgrades; the newest %1 are kept. Backups are in %2.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="332" />
            <source>Select a backup in the list first.</source>
            <translation>Select a backup in the list first.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="346" />
            <source>Restore from file</source>
            <translation>Restore from file</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="348" />
            <source>ChainFill database (*.sqlite *.db);;All files (*)</source>
            <translation>ChainFill database (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="365" />
            <source>Backup written: %1</source>
            <translation>Backup written: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="371" />
            <source>Backing up</source>
            <translation>Backing up</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="412" />
            <source>Choosing the person</source>
            <translation>Choosing the person</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="425" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="426" />
            <source>investment officer</source>
            <translation>investment officer</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="427" />
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="435" />
            <source>On this database: %1, not on its list of people.</source>
            <translation>On this database: %1, not on its list of people.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="440" />
            <source>On this database: %1, %2.</source>
            <translation>On this database: %1, %2.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="445" />
            <source>(deactivated)</source>
            <translation>(deactivated)</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="456" />
            <source>The new language is used after a restart.</source>
            <translation>The new language is used after a restart.</translation>
        </message>
        <message>
            <location filename="../../ui/views/settings_view.py" line="473" />
            <source>%1 backups listed</source>
            <translation>%1 backups listed</translation>
        </message>
    </context>
    <context>
        <name>ShortlistsView</name>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="24" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="25" />
            <source>Firm</source>
            <translation>Firm</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="26" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="27" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="28" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="29" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="30" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="50" />
            <source>Shortlists &amp; visits</source>
            <translation>Shortlists &amp; visits</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="53" />
            <source>Print preview…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="55" />
            <source>Preview and print the dossier of the chosen firm (Ctrl+P: the whole list)</source>
            <translation>Preview and print the dossier of the chosen firm (Ctrl+P: the whole list)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="58" />
            <source>Dossiers to PDF…</source>
            <translation>Dossiers to PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="60" />
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="70" />
            <source>Shortlists</source>
            <translation>Shortlists</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="78" />
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="79" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="80" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="90" />
            <source>Next steps due</source>
            <translation>Next steps due</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="91" />
            <source>Overdue and due within a week; double-click to open the firm.</source>
            <translation>Overdue and due within a week; double-click to open the firm.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="124" />
            <source>This list is empty. Add firms from Firms or Recommendations with “Add to shortlist”.</source>
            <translation>This list is empty. Add firms from Firms or Recommendations with “Add to shortlist”.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="130" />
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="131" />
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="132" />
            <source>Remove from list</source>
            <translation>Remove from list</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="141" />
            <source>Drag rows to change the order; double-click a note to edit it.</source>
            <translation>Drag rows to change the order; double-click a note to edit it.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="203" />
            <source>%1 shortlists, %2 firms in the chosen one, %3 next steps due</source>
            <translation>%1 shortlists, %2 firms in the chosen one, %3 next steps due</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="227" />
            <source>No shortlist yet — create one with “New…”</source>
            <translation>No shortlist yet — create one with “New…”</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="237" />
            <source>Owner: %1</source>
            <translation>Owner: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="262" />
            <source>Double-click to write a note</source>
            <translation>Double-click to write a note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="290" />
            <source>%1 days overdue</source>
            <translation>%1 days overdue</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="292" />
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="294" />
            <source>due in %1 days</source>
            <translation>due in %1 days</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="301" />
            <source>Nothing due.</source>
            <translation>Nothing due.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="355" />
            <source>New shortlist</source>
            <translation>New shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="355" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="360" />
            <source>Creating shortlist</source>
            <translation>Creating shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="368" />
            <source>Rename shortlist</source>
            <translation>Rename shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="368" />
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="375" />
            <source>Renaming shortlist</source>
            <translation>Renaming shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="383" />
            <source>Delete the shortlist “%1”? The firms stay in the database.</source>
            <translation>Delete the shortlist “%1”? The firms stay in the database.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="389" />
            <source>Deleting shortlist</source>
            <translation>Deleting shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="397" />
            <source>Reordering</source>
            <translation>Reordering</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="414" />
            <source>Removing from shortlist</source>
            <translation>Removing from shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="426" />
            <source>Saving note</source>
            <translation>Saving note</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="445" />
            <location filename="../../ui/views/shortlists/view.py" line="478" />
            <source>There is nothing to print: the list is empty.</source>
            <translation>There is nothing to print: the list is empty.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="464" />
            <source>no printer installed (print to PDF instead)</source>
            <translation>no printer installed (print to PDF instead)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="483" />
            <source>Save dossiers as PDF</source>
            <translation>Save dossiers as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="485" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="495" />
            <source>Laying out the dossiers…</source>
            <translation>Laying out the dossiers…</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="495" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="497" />
            <location filename="../../ui/views/shortlists/view.py" line="524" />
            <source>Dossiers to PDF</source>
            <translation>Dossiers to PDF</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="511" />
            <source>%1 dossiers, %2 pages, written to %3.</source>
            <translation>%1 dossiers, %2 pages, written to %3.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="519" />
            <source>Cancelled; no file was written.</source>
            <translation>Cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="539" />
            <source>Export shortlist</source>
            <translation>Export shortlist</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="539" />
            <source>Excel files (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="549" />
            <source>Include full contact details (phone, e-mail, names)? They are personal data: choose No to export them masked.</source>
            <translation>Include full contact details (phone, e-mail, names)? They are personal data: choose No to export them masked.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="557" />
            <source>Exported to %1.</source>
            <translation>Exported to %1.</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/view.py" line="563" />
            <source>Exporting shortlist</source>
            <translation>Exporting shortlist</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="77" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="81" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="84" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="85" />
            <source>Our staff</source>
            <translation>Our staff</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="86" />
            <source>Their people</source>
            <translation>Their people</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="92" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="93" />
            <source>What they asked for</source>
            <translation>What they asked for</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="94" />
            <source>Expansion plans</source>
            <translation>Expansion plans</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="95" />
            <source>Land and cost pressure</source>
            <translation>Land and cost pressure</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="103" />
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="105" />
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/dialogs.py" line="113" />
            <source>Next step date</source>
            <translation>Next step date</translation>
        </message>
    </context>
    <context>
        <name>WeightsEditor</name>
        <message>
            <location filename="../../ui/widgets/weights.py" line="86" />
            <source>Defaults</source>
            <translation>Defaults</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="87" />
            <source>Back to the default weights</source>
            <translation>Back to the default weights</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="125" />
            <source>At least one weight must be above zero.</source>
            <translation>At least one weight must be above zero.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="128" />
            <source>Re-ranking when you stop moving the sliders…</source>
            <translation>Re-ranking when you stop moving the sliders…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="152" />
            <source>Re-ranking every firm…</source>
            <translation>Re-ranking every firm…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="156" />
            <source>Re-ranking with the new weights</source>
            <translation>Re-ranking with the new weights</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="165" />
            <source>Re-ranked %1 firms in %2 s.</source>
            <translation>Re-ranked %1 firms in %2 s.</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="38" />
            <source>Upstream</source>
            <translation>Upstream</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="39" />
            <source>Midstream</source>
            <translation>Midstream</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="40" />
            <source>Downstream</source>
            <translation>Downstream</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="46" />
            <location filename="../../ui/widgets/chainmap.py" line="33" />
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="47" />
            <location filename="../../ui/widgets/chainmap.py" line="34" />
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="48" />
            <location filename="../../ui/widgets/chainmap.py" line="35" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="49" />
            <location filename="../../ui/widgets/chainmap.py" line="36" />
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="../../ui/field_labels.py" line="25" />
            <source>All fields when the firm was added</source>
            <translation>All fields when the firm was added</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="26" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="27" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="28" />
            <source>USCC</source>
            <translation>USCC</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="29" />
            <source>Stock code</source>
            <translation>Stock code</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="30" />
            <source>Legal representative</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="31" />
            <source>Firm type</source>
            <translation>Firm type</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="32" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="33" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="34" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="35" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="36" />
            <source>Registered address</source>
            <translation>Registered address</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="37" />
            <source>Founded</source>
            <translation>Founded</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="38" />
            <source>Registered capital</source>
            <translation>Registered capital</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="39" />
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="40" />
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="41" />
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="42" />
            <source>Revenue growth</source>
            <translation>Revenue growth</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="43" />
            <source>R&amp;D ratio</source>
            <translation>R&amp;D ratio</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="44" />
            <source>Patents</source>
            <translation>Patents</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="45" />
            <source>High-tech enterprise</source>
            <translation>High-tech enterprise</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="46" />
            <source>Listing</source>
            <translation>Listing</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="47" />
            <source>Listing date</source>
            <translation>Listing date</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="48" />
            <source>Main business</source>
            <translation>Main business</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="49" />
            <source>Business scope</source>
            <translation>Business scope</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="50" />
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="51" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="52" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="53" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../ui/field_labels.py" line="54" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <location filename="../../ui/fmt.py" line="100" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="101" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="102" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="131" />
            <source>%1 firms</source>
            <translation>%1 firms</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../ui/main.py" line="71" />
            <source>ChainFill</source>
            <translation>ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="117" />
            <source>Generating demo data…</source>
            <translation>Generating demo data…</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="117" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="119" />
            <source>Demo database</source>
            <translation>Demo database</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="148" />
            <source>Generating demo data</source>
            <translation>Generating demo data</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="165" />
            <source>Welcome to ChainFill</source>
            <translation>Welcome to ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="166" />
            <source>A new, empty database has been created:</source>
            <translation>A new, empty database has been created:</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="168" />
            <source>Import a firm list (an Excel or CSV export) to begin, or open the demo database with fictional firms to look around first.</source>
            <translation>Import a firm list (an Excel or CSV export) to begin, or open the demo database with fictional firms to look around first.</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="175" />
            <source>Import a firm list…</source>
            <translation>Import a firm list…</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="178" />
            <source>Open the demo database</source>
            <translation>Open the demo database</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="180" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <location filename="../../ui/messages.py" line="96" />
            <location filename="../../ui/messages.py" line="106" />
            <source>ChainFill</source>
            <translation>ChainFill</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="79" />
            <source>An unexpected error occurred. Your data has not been changed.</source>
            <translation>An unexpected error occurred. Your data has not been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>The details have been written to %1. Please send them to your IT colleague.</source>
            <translation>The details have been written to %1. Please send them to your IT colleague.</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <location filename="../../ui/restore.py" line="20" />
            <location filename="../../ui/restore.py" line="41" />
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="21" />
            <source>Replace the content of the open database with this backup?
%1

The current database is backed up first, so this can be undone.</source>
            <translation>Replace the content of the open database with this backup?
%1

The current database is backed up first, so this can be undone.</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="42" />
            <source>Restored. The database as it was before is kept as a backup:
%1</source>
            <translation>Restored. The database as it was before is kept as a backup:
%1</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="47" />
            <location filename="../../ui/restore.py" line="108" />
            <source>Restoring</source>
            <translation>Restoring</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="73" />
            <location filename="../../ui/restore.py" line="83" />
            <source>Database damaged</source>
            <translation>Database damaged</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="74" />
            <source>The database failed its integrity check and no sound backup was found.
Copy the database file somewhere safe before working with it.</source>
            <translation>The database failed its integrity check and no sound backup was found.
Copy the database file somewhere safe before working with it.</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="84" />
            <source>The database failed its integrity check.</source>
            <translation>The database failed its integrity check.</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="86" />
            <source>The newest sound backup is:
%1
Restore it now?</source>
            <translation>The newest sound backup is:
%1
Restore it now?</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="90" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/restore.py" line="91" />
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>stages</name>
        <message>
            <location filename="../../ui/views/dashboard.py" line="55" />
            <location filename="../../ui/views/shortlists/common.py" line="14" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="56" />
            <location filename="../../ui/views/shortlists/common.py" line="15" />
            <source>Contacted</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="57" />
            <location filename="../../ui/views/shortlists/common.py" line="16" />
            <source>Visited</source>
            <translation>Visited</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="58" />
            <location filename="../../ui/views/shortlists/common.py" line="17" />
            <source>Negotiating</source>
            <translation>Negotiating</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="59" />
            <location filename="../../ui/views/shortlists/common.py" line="18" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="60" />
            <location filename="../../ui/views/shortlists/common.py" line="19" />
            <source>Landed</source>
            <translation>Landed</translation>
        </message>
        <message>
            <location filename="../../ui/views/dashboard.py" line="61" />
            <location filename="../../ui/views/shortlists/common.py" line="20" />
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <location filename="../../ui/views/shortlists/common.py" line="22" />
            <source>Not in pipeline</source>
            <translation>Not in pipeline</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <location filename="../../ui/views/__init__.py" line="72" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="73" />
            <source>Plan targets, the outreach pipeline and the biggest chain gaps at a glance</source>
            <translation>Plan targets, the outreach pipeline and the biggest chain gaps at a glance</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="84" />
            <source>Industry catalog</source>
            <translation>Industry catalog</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="85" />
            <source>Directions of the 2018–2025 plan and each direction's value chain</source>
            <translation>Directions of the 2018–2025 plan and each direction's value chain</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="96" />
            <source>Firms</source>
            <translation>Firms</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="97" />
            <source>Search and filter every firm; check and correct its classification</source>
            <translation>Search and filter every firm; check and correct its classification</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="120" />
            <source>To confirm</source>
            <translation>To confirm</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="121" />
            <source>The classifier's least sure calls, by how much a correction would change the ranking</source>
            <translation>The classifier's least sure calls, by how much a correction would change the ranking</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="108" />
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="109" />
            <source>Candidates ranked by how well they fill Dongguan's chain gaps</source>
            <translation>Candidates ranked by how well they fill Dongguan's chain gaps</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="133" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="134" />
            <source>Database, language, ranking weights and backups</source>
            <translation>Database, language, ranking weights and backups</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="143" />
            <source>Shortlists &amp; visits</source>
            <translation>Shortlists &amp; visits</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="144" />
            <source>Shortlists, outreach stages, contacts, visits and printed visit dossiers</source>
            <translation>Shortlists, outreach stages, contacts, visits and printed visit dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="155" />
            <source>Brought-in projects</source>
            <translation>Brought-in projects</translation>
        </message>
        <message>
            <location filename="../../ui/views/__init__.py" line="156" />
            <source>Commitments against actuals, milestones and the per-mu appraisal</source>
            <translation>Commitments against actuals, milestones and the per-mu appraisal</translation>
        </message>
    </context>
    <context>
        <name>weights</name>
        <message>
            <location filename="../../ui/widgets/weights.py" line="20" />
            <source>Gap fit</source>
            <translation>Gap fit</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="21" />
            <source>Capability</source>
            <translation>Capability</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="22" />
            <source>Landing propensity</source>
            <translation>Landing propensity</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="28" />
            <source>How much of a Dongguan gap the firm's segment would fill</source>
            <translation>How much of a Dongguan gap the firm's segment would fill</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="31" />
            <source>Size, growth, R&amp;D, patents, listing, high-tech status</source>
            <translation>Size, growth, R&amp;D, patents, listing, high-tech status</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/weights.py" line="34" />
            <source>How likely such a firm is to land, learnt from the bureau's outcomes</source>
            <translation>How likely such a firm is to land, learnt from the bureau's outcomes</translation>
        </message>
    </context>
</TS>
