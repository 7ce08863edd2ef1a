"""Evidence phrases are whole words (scoring/words.py), never fragments such as “可” or “试剂的”."""

from __future__ import annotations

from scoring.words import Lexicon, default_lexicon


def test_snap_widens_to_words_and_trims_stray_characters():
    lex = Lexicon(["体外诊断试剂", "化学发光", "免疫分析仪", "研发"])
    text = "公司主要从事体外诊断试剂的研发，主要产品为化学发光免疫分析仪"
    assert text[8:12] == "诊断试剂"
    assert lex.snap(text, 9, 13) == (6, 12)  # "断试剂的" -> 体外诊断试剂 (no trailing 的)
    s, e = lex.snap(text, 24, 28)
    assert text[s:e] == "化学发光免疫分析仪"
    assert lex.snap(text, 2, 4) is None  # "主要": no word at all, not shown


def test_ascii_words_count_but_bare_numbers_do_not():
    lex = Lexicon(["芯片"])
    text = "IGBT芯片11条产线"
    assert lex.snap(text, 0, 6) == (0, 6)
    assert lex.snap(text, 6, 8) is None


def test_the_shipped_vocabularies_make_the_lexicon():
    lex = default_lexicon()
    # catalog and training words, an ordinary trade, a GB/T 4754 class name
    assert {"谐波减速器", "锂离子电池", "银行", "电子电路制造"} <= lex.words
    assert len(lex.words) > 5000


def test_explained_evidence_is_made_of_words(tmp_path_factory):
    from app import paths
    from app.classification import builtin_model
    from scoring.text import firm_text

    paths.override(home=tmp_path_factory.mktemp("words-home"))
    try:
        model = builtin_model()
    finally:
        paths.override(home=None)
    text = firm_text(
        {
            "name": "深圳市某某生物科技有限公司",
            "main_business": "公司主要从事体外诊断试剂的研发、生产和销售，产品可用于化学发光免疫分析",
        }
    )
    lex = default_lexicon()
    phrases = [p for p, _ in model.explain(text).evidence]
    assert phrases
    for p in phrases:
        # every phrase starts and ends on a word of the lexicon (or an ASCII word)
        toks = lex.tokens(p)
        assert toks[0][2] and toks[-1][2], p
        assert p not in {"可", "的"}
