"""A firm's text for the classifier: its fields joined, weighted, and stripped of boilerplate.

Registry 经营范围 is mostly legal boilerplate that every firm shares (技术开发、技术咨询、
货物进出口、依法须经批准的项目……); left in, it drowns the few words that say what the firm
makes. The clauses are removed here, and the same stripping is applied to the synthetic
training text, so boilerplate carries no signal either way.

Fields are weighted by repetition: the name and the main business count twice, the business
scope once, the introduction once and cut to its first part (long introductions are mostly
history and slogans, and would otherwise outweigh a short main business). Parts are separated by a newline, which the vectoriser treats as a
boundary, so no n-gram runs from one field into the next.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

INTRO_CHARS = 400
INTRO_CHARS_WITH_MAIN = 200  # with a main business or scope, the introduction is background
SCOPE_CHARS = 600
MAIN_CHARS = 400
# Starts the business-scope line of a firm's text. A control character: the vectoriser treats
# it as a boundary, so the text model sees the same n-grams with or without it, while the
# real-firm n-gram model (scoring.calibration.RealNgrams), which learned from exchange texts
# without a registry scope, can be given the text without that line (:func:`without_scope`).
SCOPE_MARK = "\x1f"

# Whole clauses of registry boilerplate. A clause is a run of text between separators
# (；;，,。：:（）() and spaces); a clause is dropped when it is one of these or a list of
# them joined by 、 (splitting at 、 too would triple the clauses to look at).
_BOILER_CLAUSES = [
    r"一般(经营)?项目(是)?",
    r"许可(经营)?项目(是)?",
    r"经营范围",
    r"主营业务",
    r"主要业务",
    r"主要产品(或提供的服务)?",
    r"主营产品",
    r"公司简介",
    r"技术(服务|开发|咨询|交流|转让|推广|进出口)",
    r"货物(及技术)?进出口(业务)?",
    r"(从事)?货物(及|和|与)技术(的)?进出口(业务)?",
    r"(经营|自营和代理各类商品及技术的|代理)?进出口(业务|代理)?",
    r"(国内|一般)?贸易(代理)?",
    r"国内贸易\(?不含专营、?专卖、?专控商品\)?",
    r"不含专营|专卖|专控商品",
    r"销售代理",
    r"(企业管理|商务信息|信息|社会经济|财务|经济贸易)咨询(服务)?",
    r"不含许可类信息咨询服务",
    r"(非居住)?房(地产|屋)租赁",
    r"住房租赁",
    r"(自有|办公)?(房屋|场地|设备)租赁",
    r"以自有资金从事投资活动",
    r"(除|不含)?依法须经批准的项目(外)?",
    r"经相关部门批准后(方可开展经营活动)?",
    r"经相关部门批准后方可开展经营活动",
    r"凭营业执照依法自主开展经营活动",
    r"具体经营项目以相关部门批准文件或许可证件为准",
    r"具体经营项目以审批结果为准",
    r"法律[、,]?行政法规[、,]?国务院决定(规定)?(在登记前)?须经批准的项目除外",
    r"法律[、,]?行政法规[、,]?国务院决定禁止的项目除外",
    r"(法律|行政法规)[^，,；;。()（）]{0,12}(禁止|限制)的项目(除外|须取得许可后方可经营)?",
    r"限制的项目须取得许可后方可经营",
    r"涉及许可经营的凭许可证经营",
    r"(以上|上述)项目[^，,；;。()（）]{0,30}",
    r"须在[^，,；;。()（）]{0,30}(登记|备案)[^，,；;。()（）]{0,12}",
    r"(不含|除)[^，,；;。()（）]{0,12}(危险化学品|易燃易爆)[^，,；;。()（）]{0,6}",
    r"(一般|许可)经营项目",
    r"等",
]
_ALT = "|".join(f"(?:{p})" for p in _BOILER_CLAUSES)
# a clause may list several boilerplate items with 、 (技术服务、技术开发、技术咨询……)
_CLAUSE_RE = re.compile(f"^(?:{_ALT})(?:、(?:{_ALT}))*等?$")
# Legal procedure in any clause: "…须经批准的项目除外", "经审批机关批准…后方可经营" …
_LEGAL_RE = re.compile(
    r"批准|许可证|许可经营|审批|登记注册|方可(?:开展)?经营|不得经营|自主选择经营|禁止的|项目除外|"
    r"须取得|备案后|经营项目的|^法律$|^行政法规$|^国务院决定|^无$"
)
_SPLIT_RE = re.compile(r"[；;，,。．.:：（）()\[\]【】\s]+")

# Legal forms and place prefixes in firm names say nothing about the industry.
_LEGAL_FORM_RE = re.compile(
    r"(股份有限公司|有限责任公司|有限公司|股份公司|分公司|公司|集团|控股)"
    r"|[(（](中国|香港|深圳|广州|东莞|广东|集团)[)）]"
)
_CITIES = (
    "深圳|广州|东莞|佛山|惠州|珠海|中山|江门|肇庆|汕头|北京|上海|天津|重庆|杭州|苏州|武汉|香港"
)
_PLACE_PREFIX_RE = re.compile(
    rf"^(中国|广东省|广东)?((?:{_CITIES})市?|[一-龥]{{2,3}}市)?([一-龥]{{1,3}}[区县])?"
)


# Registry clauses repeat endlessly across firms (“电子产品销售”, “技术服务”): the verdict for
# each clause is cached, which makes stripping ~4× faster on a million firms.
_is_boiler: dict[str, bool] = {}
_CACHE_MAX = 500_000


def strip_boilerplate(text: str) -> str:
    """Drop registry boilerplate clauses; keep the rest, clause by clause."""
    if not text:
        return ""
    cache = _is_boiler
    if len(cache) > _CACHE_MAX:
        cache.clear()
    kept = []
    for c in _SPLIT_RE.split(text):
        if not c:
            continue
        drop = cache.get(c)
        if drop is None:
            drop = cache[c] = bool(_CLAUSE_RE.match(c) or _LEGAL_RE.search(c))
        if not drop:
            kept.append(c)
    return "；".join(kept)


def clean_name(name: str) -> str:
    """A firm name without its legal form and place prefix (e.g. 深圳市 … 股份有限公司)."""
    name = _LEGAL_FORM_RE.sub(" ", name or "").strip()
    return _PLACE_PREFIX_RE.sub("", name).strip()


def _field(fields: Mapping[str, Any], key: str) -> str:
    value = fields.get(key)
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.lower() in {"nan", "none", "null", "-", "--", "无"} else text


def firm_text(fields: Mapping[str, Any]) -> str:
    """The text the classifier sees for one firm, from its stored or imported fields.

    Uses ``name``, ``short_name``, ``industry`` (a registry or exchange industry label),
    ``main_business``, ``business_scope`` and ``introduction``; missing fields are skipped.
    """
    name = clean_name(_field(fields, "name"))
    short = _field(fields, "short_name")
    industry = _field(fields, "industry")
    main = strip_boilerplate(_field(fields, "main_business")[: MAIN_CHARS * 2])[:MAIN_CHARS]
    scope = strip_boilerplate(_field(fields, "business_scope")[: SCOPE_CHARS * 3])[:SCOPE_CHARS]
    cap = INTRO_CHARS_WITH_MAIN if (main or scope) else INTRO_CHARS
    intro = strip_boilerplate(_field(fields, "introduction")[: cap * 2])[:cap]
    parts = [name, name, short, industry, main, main, SCOPE_MARK + scope if scope else "", intro]
    return "\n".join(p for p in parts if p)


def has_scope(text: str) -> bool:
    """Whether a text made by :func:`firm_text` has a business-scope line."""
    return SCOPE_MARK in text


def without_scope(text: str) -> str:
    """A :func:`firm_text` text without its business-scope line (unchanged if it has none)."""
    if SCOPE_MARK not in text:
        return text
    return "\n".join(line for line in text.split("\n") if not line.startswith(SCOPE_MARK))
