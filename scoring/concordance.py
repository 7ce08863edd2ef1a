"""Which catalog directions a firm's industry label (所属行业) points to.

A minimal stand-in, to be replaced by the full table: a handful of obvious labels only.

``expected_directions(label)``:

- ``None``: the label is empty, unknown, or too coarse to say anything;
- an empty frozenset: the label points to none of the 21 directions (银行, 房地产 …);
- otherwise the plausible direction codes.
"""

from __future__ import annotations

import unicodedata

__all__ = ["expected_directions"]

# (substring of the label, plausible directions); the first match wins, so specific words
# come before general ones.
_RULES: tuple[tuple[str, frozenset[str]], ...] = (
    ("元器件", frozenset({"it.components"})),
    ("集成电路", frozenset({"it.components"})),
    ("半导体", frozenset({"it.components", "mat.advanced"})),
    ("通信设备", frozenset({"it.ict", "it.terminal"})),
    ("软件和信息技术服务", frozenset({"it.ai", "it.cloud", "it.iot", "it.ict", "bio.health"})),
    ("医疗器械", frozenset({"bio.device", "bio.health"})),
    ("医药制造", frozenset({"bio.pharma"})),
    ("电池", frozenset({"energy.battery"})),
    ("新能源汽车", frozenset({"energy.nev"})),
    ("银行", frozenset()),
    ("保险", frozenset()),
    ("证券", frozenset()),
    ("房地产", frozenset()),
    ("地产", frozenset()),
    ("零售", frozenset()),
    ("批发", frozenset()),
    ("餐饮", frozenset()),
    ("住宿", frozenset()),
    ("道路运输", frozenset()),
    ("物流", frozenset()),
    ("纺织", frozenset()),
    ("服装", frozenset()),
)


def expected_directions(industry_label: str) -> frozenset[str] | None:
    """The directions a 所属行业 label suggests (see the module docstring)."""
    text = "".join(unicodedata.normalize("NFKC", industry_label or "").split())
    if not text:
        return None
    for word, directions in _RULES:
        if word in text:
            return directions
    return None
