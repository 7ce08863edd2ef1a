"""Where candidates come from, and the local city.

The local city (东莞市) and the shipped candidate cities (深圳市, 广州市) are catalog data
(``[region]`` in catalog.toml). A database may widen the candidates with the setting
``candidate.regions``, a list of regions:

- a city by its registered name: ``深圳市``, ``广州市``, ``佛山市`` (``深圳`` is read as ``深圳市``);
- ``港澳``: firms whose city is 香港 or 澳门 (with or without 特别行政区);
- ``境外``: foreign firms, recognised by their country in the city column (``日本``, ``德国`` …)
  or the word 境外 itself; ``境外:日本`` limits that to one country. The plan tells the bureau
  to attract foreign capital (积极引导境外资本).

The local city can never be a candidate region: its firms are the local base of the gaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

import catalog
from app.errors import UserError
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database

SETTING = "candidate.regions"
HKMO = "港澳"
FOREIGN = "境外"
HKMO_PLACES = frozenset(
    {"香港", "澳门", "香港特别行政区", "澳门特别行政区", "中国香港", "中国澳门"}
)
# Countries a foreign firm's record names most often (the bureau's foreign-capital sources).
_COUNTRY_WORDS = """美国 日本 德国 韩国 新加坡 英国 法国 瑞士 荷兰 意大利 以色列 瑞典 芬兰 丹麦 挪威
    比利时 奥地利 西班牙 加拿大 澳大利亚 新西兰 马来西亚 泰国 越南 印度 印度尼西亚 菲律宾 阿联酋
    沙特阿拉伯 巴西 墨西哥 俄罗斯 爱尔兰 卢森堡 开曼群岛 英属维尔京群岛 百慕大 萨摩亚"""
COUNTRIES = frozenset(_COUNTRY_WORDS.split())


def local_city() -> str:
    """The city whose gaps are filled (catalog data)."""
    return catalog.load_default().local_city


def default_regions() -> list[str]:
    """The shipped candidate cities (catalog data)."""
    return list(catalog.load_default().candidate_cities)


def normalise(text: str) -> str:
    """One region as stored: ``深圳`` → ``深圳市``, ``香港`` → ``港澳``, ``境外：日本`` → ``境外:日本``;
    UserError for an empty one or the local city."""
    t = "".join(str(text).split()).replace("：", ":").replace("（", ":").replace("）", "")
    t = t.replace("(", ":").replace(")", "")
    if not t:
        raise UserError(_("地区不能为空"))
    if t in HKMO_PLACES or t in (HKMO, "港澳台"):
        if t == "港澳台":
            raise UserError(_("台湾地区的企业请按所在城市添加（如 台北市）；港澳请写“港澳”"))
        return HKMO
    if t in COUNTRIES:
        return f"{FOREIGN}:{t}"
    if t.startswith(FOREIGN):
        country = t[len(FOREIGN) :].lstrip(":")
        return f"{FOREIGN}:{country}" if country else FOREIGN
    if not t.endswith(("市", "区", "县", "州", "盟")):
        t += "市"
    if t == local_city():
        raise UserError(
            _("{region}是本地城市（补链的对象），其企业是本地基础，不能作为候选地区").format(
                region=t
            )
        )
    return t


def get(db: Database) -> list[str]:
    """The candidate regions in force for this database (the catalog's cities when unset)."""
    raw = db.get_setting(SETTING)
    if isinstance(raw, list) and raw and all(isinstance(r, str) for r in raw):
        return list(raw)
    return default_regions()


def put(db: Database, regions: Iterable[str]) -> list[str]:
    """Replace the candidate regions (audited); the scores become stale (rescore applies)."""
    out: list[str] = []
    for r in regions:
        n = normalise(r)
        if n not in out:
            out.append(n)
    if not out:
        raise UserError(_("至少要有一个候选地区"))
    db.set_setting(SETTING, out)
    return out


def add(db: Database, region: str) -> list[str]:
    return put(db, [*get(db), region])


def remove(db: Database, region: str) -> list[str]:
    n = normalise(region)
    current = get(db)
    if n not in current:
        raise UserError(
            _("候选地区中没有“{region}”（现有：{current}）").format(
                region=n, current=describe(current)
            )
        )
    return put(db, [r for r in current if r != n])


def describe(regions: Sequence[str]) -> str:
    """``深圳市、广州市、港澳、境外（日本）`` for messages."""
    parts = []
    for r in regions:
        if r.startswith(f"{FOREIGN}:"):
            parts.append(f"{FOREIGN}（{r.split(':', 1)[1]}）")
        else:
            parts.append(r)
    return "、".join(parts)


def is_candidate_place(city: Any, regions: Sequence[str]) -> bool:
    """Whether a firm registered in ``city`` is a candidate (the ranking decides by city)."""
    c = city.strip() if isinstance(city, str) else ""
    if not c:
        return False
    if c == local_city():
        return False
    for r in regions:
        if r == HKMO:
            if c in HKMO_PLACES:
                return True
        elif r == FOREIGN:
            if c in COUNTRIES or c == FOREIGN:
                return True
        elif r.startswith(f"{FOREIGN}:"):
            if r.split(":", 1)[1] == c:
                return True
        elif r == c:
            return True
    return False


def candidate_mask(cities: np.ndarray, regions: Sequence[str]) -> np.ndarray:
    """Boolean mask of the candidate firms, for an array of city names (None allowed)."""
    uniq: dict[Any, bool] = {}
    out = np.zeros(len(cities), dtype=bool)
    for i, c in enumerate(cities):
        v = uniq.get(c)
        if v is None:
            v = uniq[c] = is_candidate_place(c, regions)
        out[i] = v
    return out


def candidate_sql(regions: Sequence[str], alias: str = "f") -> tuple[str, list[Any]]:
    """A SQL condition (and its parameters) true for the candidate firms of ``alias``."""
    conds: list[str] = []
    params: list[Any] = []
    cities = [r for r in regions if r not in (HKMO, FOREIGN) and not r.startswith(f"{FOREIGN}:")]
    places: set[str] = set()
    if HKMO in regions:
        places |= HKMO_PLACES
    if FOREIGN in regions:
        places |= COUNTRIES | {FOREIGN}
    places |= {r.split(":", 1)[1] for r in regions if r.startswith(f"{FOREIGN}:")}
    if cities:
        conds.append(f"{alias}.city IN ({', '.join('?' * len(cities))})")
        params.extend(cities)
    if places:
        conds.append(f"{alias}.city IN ({', '.join('?' * len(places))})")
        params.extend(sorted(places))
    if not conds:
        return "1 = 0", []  # false on both engines (PostgreSQL has no integer truth)
    return "(" + " OR ".join(conds) + ")", params


def local_ids(db: Database, ids: Sequence[int]) -> dict[int, str]:
    """Of these firms, those registered in the local city (以商引商's anchors), by id → name."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {
        int(r[0]): r[1]
        for r in db.execute(
            f"SELECT id, name FROM firms WHERE city = ? AND id IN ({marks})",
            (local_city(), *ids),
        )
    }
