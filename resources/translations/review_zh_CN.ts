<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Model's call</source>
            <translation>模型判断</translation>
        </message>
        <message>
            <source>Certainty</source>
            <translation>把握</translation>
        </message>
        <message>
            <source>Industry label</source>
            <translation>所属行业</translation>
        </message>
        <message>
            <source>Why queued</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Ranking impact</source>
            <translation>排名影响</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>处理</translation>
        </message>
        <message>
            <source>Model unsure</source>
            <translation>把握不足</translation>
        </message>
        <message>
            <source>Label disagrees</source>
            <translation>行业不符</translation>
        </message>
        <message>
            <source>Outside the catalog</source>
            <translation>不属于目录</translation>
        </message>
        <message>
            <source>The label points outside the catalog</source>
            <translation>所属行业指向目录之外</translation>
        </message>
        <message>
            <source>The label suggests: %1</source>
            <translation>所属行业提示：%1</translation>
        </message>
        <message>
            <source>Expected change of the score (points of 100) if the call is wrong and is corrected to the suggestion; — for firms that are not candidates</source>
            <translation>若模型判断有误并改为建议方向，评分（满分 100）预期变动多少；非候选企业为 —</translation>
        </message>
        <message>
            <source>Firm no. %1</source>
            <translation>企业编号 %1</translation>
        </message>
        <message>
            <source>The model's call disagrees with the firm's industry label</source>
            <translation>模型的判断与企业的所属行业不符</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Confirm call (Space)</source>
            <translation>确认判断（空格）</translation>
        </message>
        <message>
            <source>Take suggestion (A)</source>
            <translation>采纳建议（A）</translation>
        </message>
        <message>
            <source>Outside the catalog (N)</source>
            <translation>不属于目录（N）</translation>
        </message>
        <message>
            <source>Change to…</source>
            <translation>改为…</translation>
        </message>
        <message>
            <source>Show up to </source>
            <translation>最多显示 </translation>
        </message>
        <message>
            <source> firms</source>
            <translation> 家</translation>
        </message>
        <message>
            <source>Retrain</source>
            <translation>重新训练</translation>
        </message>
        <message>
            <source>Nothing to confirm: every classified firm is either confirmed, or the model is sure and agrees with its industry label.</source>
            <translation>没有待确认的企业：已分类的企业要么已经人工确认，要么模型有把握且与所属行业一致。</translation>
        </message>
        <message>
            <source>Select one or several rows (Shift/Ctrl). Space or Enter confirms the model's call, A takes the suggestion, N marks outside the catalog; right-click or “Change to…” picks another direction.</source>
            <translation>可选一行或多行（Shift/Ctrl）。空格或回车：确认模型的判断；A：采纳建议；N：不属于目录；右键或“改为…”：改为其他方向。</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>已修改</translation>
        </message>
        <message>
            <source>%1 firms to confirm</source>
            <translation>待确认 %1 家企业</translation>
        </message>
        <message>
            <source>Saving the classification</source>
            <translation>正在保存分类</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>→ %1</source>
            <translation>→ %1</translation>
        </message>
        <message>
            <source>%1 calls confirmed and %2 corrected in this session. Retrain the classifier so that it learns from them?</source>
            <translation>本次已确认 %1 家、修正 %2 家。重新训练分类模型，让它学到这些确认和修正？</translation>
        </message>
        <message>
            <source>Outside the catalog</source>
            <translation>不属于目录</translation>
        </message>
        <message>
            <source>Confirm the model's call</source>
            <translation>确认模型的判断</translation>
        </message>
        <message>
            <source>Take the suggestion</source>
            <translation>采纳建议</translation>
        </message>
        <message>
            <source>Change to</source>
            <translation>改为</translation>
        </message>
        <message>
            <source>Retraining the classifier…</source>
            <translation>正在重新训练分类模型……</translation>
        </message>
        <message>
            <source>Retraining the classifier</source>
            <translation>重新训练分类模型</translation>
        </message>
        <message>
            <source>Retrained. Of the %1 firms staff have confirmed or corrected, the old model agreed with %2, the new one with %3 (it has seen them, so this is an upper bound).</source>
            <translation>已重新训练。人工确认或修正过的 %1 家企业：原模型判对 %2，新模型判对 %3（新模型已见过这些企业，此数为上限）。</translation>
        </message>
        <message>
            <source>Retrained.</source>
            <translation>已重新训练。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 %2 家</translation>
        </message>
        <message>
            <source>%1 unconfirmed firms changed direction (mostly %2): if a correction was wrong, similar firms followed it.</source>
            <translation>另有 %1 家未确认的企业改变了方向（主要为 %2）；若有修正有误，相似的企业也会随之改变。</translation>
        </message>
        <message>
            <source>Retraining failed.</source>
            <translation>重新训练未完成。</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>To confirm</source>
            <translation>待确认</translation>
        </message>
        <message>
            <source>The classifier's least sure calls, by how much a correction would change the ranking</source>
            <translation>分类模型最没把握的判断，按修正后对排名的影响排序</translation>
        </message>
    </context>
</TS>
