"""The numpy n-gram hasher against a slow pure-Python reference, and the firm-text helpers."""

from __future__ import annotations

import numpy as np
import pytest

from scoring.features import Hasher, reference_ngrams
from scoring.text import clean_name, firm_text, strip_boilerplate

TEXTS = [
    "深圳市汇聚科技：谐波减速器、伺服电机！",
    "",
    "abc",
    "ＡＩ视觉 5G 基站，ＰＣＢ多层板",  # full-width letters fold to ASCII, upper to lower
    "机器人😀减速器",  # emoji breaks n-grams
    "\ud800孤立的代理项\udfff",  # lone surrogates are boundaries, not errors
    "𠀀𠀁𠀂 扩展B区汉字",  # CJK extension B (outside the BMP) counts as word characters
    "一般项目：技术服务、技术开发。",
    "锂电池" * 900,  # longer than max_chars: cut, not an error
]


def _row_as_dict(x, i: int) -> dict[int, float]:
    row = x[i]
    return dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))


@pytest.mark.parametrize("ngram", [(1, 3), (2, 4)])
def test_matches_reference(ngram):
    hasher = Hasher(ngram=ngram, bits=18, max_chars=1500)
    x = hasher.transform(TEXTS)
    assert x.shape == (len(TEXTS), 1 << 18)
    for i, text in enumerate(TEXTS):
        ref = reference_ngrams(text, hasher)
        got = _row_as_dict(x, i)
        assert set(got) == set(ref), text[:20]
        tf = {k: 1 + np.log(c) for k, c in ref.items()}
        norm = np.sqrt(sum(v * v for v in tf.values())) or 1.0
        for k, v in got.items():
            assert v == pytest.approx(tf[k] / norm, rel=1e-5)


def test_rows_have_unit_norm_and_empty_rows_are_empty():
    x = Hasher().transform(TEXTS)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    assert norms[1] == 0.0  # the empty string
    assert x[1].nnz == 0
    nonempty = [i for i, t in enumerate(TEXTS) if i != 1]
    assert np.allclose(norms[nonempty], 1.0, atol=1e-5)


def test_boundaries_break_ngrams():
    hasher = Hasher(ngram=(2, 2), bits=20)
    joined = reference_ngrams("机器人减速器", hasher)
    split = reference_ngrams("机器人，减速器", hasher)
    emoji = reference_ngrams("机器人😀减速器", hasher)
    assert len(joined) == 5 and len(split) == 4 and split == emoji


def test_ascii_runs_are_words():
    hasher = Hasher(ngram=(1, 3), bits=20)
    # one feature per ASCII word; no character n-grams inside it or across into Chinese
    assert len(reference_ngrams("pcb", hasher)) == 1
    assert len(reference_ngrams("5G基站", hasher)) == 1 + 3  # "5g" + 基, 站, 基站
    english = reference_ngrams("Software development and consulting", hasher)
    assert len(english) == 4
    x = hasher.transform(["PCB板 MEMS传感器 18650电池 technologyandsoftware"])
    ref = reference_ngrams("PCB板 MEMS传感器 18650电池 technologyandsoftware", hasher)
    assert set(x[0].indices.tolist()) == set(ref)


def test_full_width_and_case_fold():
    hasher = Hasher()
    x = hasher.transform(["ＰＣＢ５Ｇ", "pcb5g", "PCB5G"])
    assert (x[0] != x[1]).nnz == 0 and (x[1] != x[2]).nnz == 0


def test_deterministic_and_batch_independent():
    hasher = Hasher(bits=20)
    many = [f"第{i}号：{TEXTS[i % len(TEXTS)]}" for i in range(hasher.chunk_docs * 2 + 37)]
    a = hasher.transform(many)
    b = hasher.transform(many)
    assert (a != b).nnz == 0
    # a text hashes the same whatever else is in its batch or chunk
    single = hasher.transform([many[-1]])
    assert (a[len(many) - 1] != single).nnz == 0
    assert a.shape[0] == len(many)


def test_spans_point_into_the_text():
    hasher = Hasher()
    text, grams = hasher.spans("谐波减速器，RV减速器")
    assert text == "谐波减速器，RV减速器"
    starts = {(s, n) for s, n, _ in grams}
    assert (0, 3) in starts and (6, 2) in starts  # 谐波减 and rv
    assert all(s >= 0 and s + n <= len(text) for s, n, _ in grams)


def test_strip_boilerplate_keeps_the_business():
    scope = (
        "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；"
        "谐波减速器研发、生产；货物进出口；技术进出口。"
        "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        "许可项目：第二类医疗器械生产。（依法须经批准的项目，经相关部门批准后方可开展经营活动，"
        "具体经营项目以相关部门批准文件或许可证件为准）"
    )
    out = strip_boilerplate(scope)
    assert "谐波减速器研发" in out and "第二类医疗器械生产" in out
    for word in ("技术咨询", "进出口", "依法", "营业执照", "许可项目"):
        assert word not in out
    assert strip_boilerplate("技术开发；技术咨询；货物进出口") == ""


def test_clean_name_and_firm_text():
    assert clean_name("深圳市汇川技术股份有限公司") == "汇川技术"
    assert clean_name("中国平安保险（集团）股份有限公司") == "平安保险"
    assert clean_name("广州佳家连锁超市有限公司") == "佳家连锁超市"
    text = firm_text(
        {
            "name": "东莞市谐动传动有限公司",
            "main_business": "谐波减速器",
            "business_scope": "技术开发；货物进出口",
            "introduction": None,
            "industry": float("nan"),
        }
    )
    assert text.split("\n") == ["谐动传动", "谐动传动", "谐波减速器", "谐波减速器"]
    assert firm_text({}) == ""


def test_clause_rows_equal_hashing_each_clause_alone():
    """transform_clauses regroups a text's n-grams by clause, in numpy: the same rows as
    hashing every clause on its own (clauses shorter than min_chars give empty rows)."""
    import re

    from scoring.features import CLAUSE_BREAKS, Hasher

    h = Hasher()
    texts = ["锂离子电池；储能系统。光伏组件", "", "ＰＣＢ板\n5G基站；a", "银行！"]
    x, owner = h.transform_clauses(texts, min_chars=2)
    pattern = "[" + re.escape(CLAUSE_BREAKS) + "]"
    expected_owner, clauses = [], []
    for i, t in enumerate(texts):
        for c in re.split(pattern, t):
            expected_owner.append(i)
            clauses.append(c if len(c) >= 2 else "")
        # the separator after each text starts the next text's first clause
    ref = h.transform(clauses)
    kept = [i for i in range(x.shape[0]) if x[i].nnz]
    ref_kept = [i for i in range(ref.shape[0]) if ref[i].nnz]
    assert len(kept) == len(ref_kept)
    for a, b in zip(kept, ref_kept, strict=True):
        assert owner[a] == expected_owner[b]
        assert abs(x[a] - ref[b]).max() < 1e-6
