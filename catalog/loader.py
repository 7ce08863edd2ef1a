"""Load and validate a catalog file (TOML). Every error names the place it was found."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, overload

from catalog import codes
from catalog.model import (
    POSITIONS,
    STRENGTHS,
    Belt,
    Catalog,
    Department,
    Direction,
    Domain,
    Indicator,
    Quote,
    Rule,
    Segment,
    Target,
    Zone,
)

ROOT = "根"  # the place of the file's top-level fields in error messages


class CatalogError(ValueError):
    """The catalog file is invalid; the message says where and why (in Chinese)."""


class _Reader:
    """Reads typed fields from a TOML table, reporting the path of anything wrong."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, where: str, msg: str) -> CatalogError:
        return CatalogError(f"{self.source}：{where}：{msg}")

    def table(self, obj: Any, where: str) -> dict[str, Any]:
        if not isinstance(obj, dict):
            raise self.fail(where, "应为表（table）")
        return obj

    def text(self, t: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        if key not in t:
            if required:
                raise self.fail(where, f"缺少字段 {key}")
            return ""
        v = t[key]
        if not isinstance(v, str) or (required and not v.strip()):
            raise self.fail(f"{where}.{key}", "应为非空文字")
        return v.strip()

    def flag(self, t: dict[str, Any], key: str, where: str, *, default: bool | None = None) -> bool:
        """A true/false field; one that may be left out has a ``default``."""
        if key not in t:
            if default is not None:
                return default
            raise self.fail(where, f"缺少字段 {key}")
        if not isinstance(t[key], bool):
            raise self.fail(f"{where}.{key}", "应为 true 或 false")
        return t[key]

    @overload
    def num(
        self, t: dict[str, Any], key: str, where: str, *, required: Literal[True] = True
    ) -> float: ...

    @overload
    def num(self, t: dict[str, Any], key: str, where: str, *, required: bool) -> float | None: ...

    def num(
        self, t: dict[str, Any], key: str, where: str, *, required: bool = True
    ) -> float | None:
        if key not in t:
            if required:
                raise self.fail(where, f"缺少字段 {key}")
            return None
        v = t[key]
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise self.fail(f"{where}.{key}", f"应为数字，实际为 {v!r}")
        return float(v)

    def strs(
        self, t: dict[str, Any], key: str, where: str, *, required: bool = False
    ) -> tuple[str, ...]:
        if key not in t:
            if required:
                raise self.fail(where, f"缺少字段 {key}")
            return ()
        v = t[key]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise self.fail(f"{where}.{key}", "应为文字列表")
        if required and not v:
            raise self.fail(f"{where}.{key}", "不能为空")
        return tuple(x.strip() for x in v)

    def quotes(self, t: dict[str, Any], key: str, where: str) -> tuple[Quote, ...]:
        """A list of the plan's words: tables of ``text`` (verbatim) and ``chapter``."""
        out = []
        for qwhere, q in self.tables(t, key, where, required=False):
            out.append(
                Quote(
                    text=self.text(q, "text", qwhere),
                    chapter=self.text(q, "chapter", qwhere, required=False),
                )
            )
        return tuple(out)

    def list(self, t: dict[str, Any], key: str, where: str, *, required: bool = True) -> list[Any]:
        if key not in t:
            if required:
                raise self.fail(where, f"缺少字段 {key}")
            return []
        if not isinstance(t[key], list):
            raise self.fail(f"{where}.{key}", "应为列表")
        return t[key]

    def tables(
        self, t: dict[str, Any], key: str, where: str, *, required: bool = True
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """Each table of the list ``key`` with its place: ``key[i]`` at the root, else
        ``where.key[i]``."""
        prefix = "" if where == ROOT else f"{where}."
        for i, item in enumerate(self.list(t, key, where, required=required)):
            place = f"{prefix}{key}[{i}]"
            yield place, self.table(item, place)

    def keyed(
        self, t: dict[str, Any], key: str, where: str, what: str, *, field: str = "code"
    ) -> Iterator[tuple[str, dict[str, Any], str]]:
        """Each table of the optional list ``key`` with its place and its ``field``, which no
        two tables may share (``what`` names it in the error)."""
        seen: set[str] = set()
        for place, item in self.tables(t, key, where, required=False):
            value = self.text(item, field, place)
            self.unique(place, value, seen, what)
            seen.add(value)
            yield place, item, value

    def unique(self, where: str, value: str, taken: Iterable[str], what: str) -> None:
        """Refuse a code (or name) that an earlier entry of the same list already has."""
        if value in taken:
            raise self.fail(where, f"{what}“{value}”重复")

    def choice(self, t: dict[str, Any], key: str, where: str, allowed: tuple[str, ...]) -> str:
        v = self.text(t, key, where)
        if v not in allowed:
            raise self.fail(f"{where}.{key}", f"“{v}”不是合法值（可选：{' / '.join(allowed)}）")
        return v


def load(path: str | Path) -> Catalog:
    """Load a catalog file; raises :class:`CatalogError` naming the place of any problem."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"找不到目录文件：{path}") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path.name}：不是 UTF-8 文本") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path.name}：格式错误：{exc}") from exc
    return parse(raw, source=path.name)


def parse(raw: dict[str, Any], source: str = "catalog") -> Catalog:
    """Build a validated :class:`Catalog` from already-parsed TOML data."""
    r = _Reader(source)
    version = r.text(raw, "version", ROOT)
    title = r.text(raw, "title", ROOT)

    domains: list[Domain] = []
    for where, t in r.tables(raw, "domains", ROOT):
        code = r.text(t, "code", where)
        if code not in codes.DOMAINS:
            raise r.fail(where, f"未知的领域代码“{code}”（固定代码：{', '.join(codes.DOMAINS)}）")
        r.unique(where, code, (d.code for d in domains), "领域代码")
        domains.append(
            Domain(
                code=code,
                name=r.text(t, "name", where),
                lead=r.text(t, "lead", where, required=False),
            )
        )

    seen_segments: set[str] = set()
    directions: list[Direction] = []
    for where, t in r.tables(raw, "directions", ROOT):
        code = r.text(t, "code", where)
        where = f"{where}（{code}）"
        if code not in codes.DIRECTIONS:
            raise r.fail(where, f"未知的方向代码“{code}”；方向代码是固定的，见 catalog-spec.md")
        r.unique(where, code, (d.code for d in directions), "方向代码")
        domain = r.text(t, "domain", where)
        if domain not in {d.code for d in domains}:
            raise r.fail(f"{where}.domain", f"领域“{domain}”未在 domains 中定义")
        if not code.startswith(domain + "."):
            raise r.fail(f"{where}.domain", f"方向“{code}”不属于领域“{domain}”")
        key = r.flag(t, "key", where)
        if key != (code in codes.KEY_DIRECTIONS):
            raise r.fail(f"{where}.key", "与规划的十大重点产业不符")
        segments: list[Segment] = []
        for swhere, st in r.tables(t, "segments", where):
            scode = r.text(st, "code", swhere)
            swhere = f"{swhere}（{scode}）"
            if not scode.startswith(code + ".") or scode.count(".") != code.count(".") + 1:
                raise r.fail(swhere, f"环节代码应为“{code}.<名称>”")
            r.unique(swhere, scode, seen_segments, "环节代码")
            seen_segments.add(scode)
            segments.append(
                Segment(
                    code=scode,
                    name=r.text(st, "name", swhere),
                    position=r.choice(st, "position", swhere, POSITIONS),
                    strength=r.choice(st, "strength", swhere, STRENGTHS),
                    keywords=r.strs(st, "keywords", swhere, required=True),
                    products=r.strs(st, "products", swhere),
                    description=r.text(st, "description", swhere, required=False),
                    gap_note=r.text(st, "gap_note", swhere, required=False),
                )
            )
        minimum = 3 if key else 2
        if len(segments) < minimum:
            raise r.fail(where, f"至少需要 {minimum} 个产业链环节，实际 {len(segments)} 个")
        directions.append(
            Direction(
                code=code,
                name=r.text(t, "name", where),
                domain=domain,
                key=key,
                wording=r.text(t, "wording", where, required=False),
                description=r.text(t, "description", where, required=False),
                keywords=r.strs(t, "keywords", where),
                segments=tuple(segments),
                policy=r.quotes(t, "policy", where),
                plan_words=r.quotes(t, "plan_words", where),
            )
        )
    missing = [c for c in codes.DIRECTIONS if c not in {d.code for d in directions}]
    if missing:
        raise r.fail("directions", f"缺少方向：{', '.join(missing)}")

    zones = [
        Zone(
            code=zone_code,
            name=r.text(t, "name", where),
            directions=_direction_codes(r, t, f"{where}（{zone_code}）", directions),
            places=r.strs(t, "places", where, required=True),
            layout=r.text(t, "layout", where, required=False),
            notes=r.strs(t, "notes", where),
        )
        for where, t, zone_code in r.keyed(raw, "zones", ROOT, "集聚区代码")
    ]

    belts = [
        Belt(
            code=belt_code,
            name=r.text(t, "name", where),
            places=r.strs(t, "places", where, required=True),
            industries=r.text(t, "industries", where),
            directions=_direction_codes(r, t, f"{where}（{belt_code}）", directions),
        )
        for where, t, belt_code in r.keyed(raw, "belts", ROOT, "产业带代码")
    ]
    if zones or belts:
        placed = {c for z in zones for c in z.directions} | {c for b in belts for c in b.directions}
        homeless = [d.code for d in directions if d.code not in placed]
        if homeless:
            raise r.fail("zones / belts", f"这些方向没有集聚区也没有产业带：{', '.join(homeless)}")

    departments: list[Department] = []
    for where, t, name in r.keyed(raw, "departments", ROOT, "部门", field="name"):
        doms = r.strs(t, "domains", where)
        for d in doms:
            if d not in codes.DOMAINS:
                raise r.fail(f"{where}.domains", f"未知的领域代码“{d}”")
        dirs = r.strs(t, "directions", where)
        for d in dirs:
            if d not in codes.DIRECTIONS:
                raise r.fail(f"{where}.directions", f"未知的方向代码“{d}”")
        supports = r.flag(t, "supports_projects", where, default=False)
        departments.append(
            Department(
                name=name,
                role=r.text(t, "role", where),
                domains=doms,
                directions=dirs,
                supports_projects=supports,
            )
        )
    if departments:
        names = {dep.name for dep in departments}
        for i, dom in enumerate(domains):
            if dom.lead and dom.lead not in names:
                raise r.fail(f"domains[{i}].lead", f"牵头部门“{dom.lead}”未在 departments 中定义")

    targets = []
    for where, t in r.tables(raw, "targets", ROOT, required=False):
        target_name = r.text(t, "name", where)
        where = f"{where}（{target_name}）"
        targets.append(
            Target(
                name=target_name,
                unit=r.text(t, "unit", where),
                y2017=r.num(t, "y2017", where),
                y2020=r.num(t, "y2020", where),
                y2025=r.num(t, "y2025", where),
                cagr=r.num(t, "cagr", where, required=False),
                qualifier2017=r.text(t, "qualifier2017", where, required=False),
                qualifier2020=r.text(t, "qualifier2020", where, required=False),
                qualifier2025=r.text(t, "qualifier2025", where, required=False),
                domain=_target_domain(r, t, where),
            )
        )

    rules = [
        Rule(
            code=rule_code,
            text=r.text(t, "text", where),
            summary=r.text(t, "summary", where, required=False),
            chapter=r.text(t, "chapter", where, required=False),
        )
        for where, t, rule_code in r.keyed(raw, "rules", ROOT, "规则代码")
    ]

    indicators: list[Indicator] = []
    appraisal = r.table(raw.get("appraisal", {}), "appraisal")
    for where, t in r.tables(appraisal, "indicators", "appraisal", required=False):
        ind_key = r.text(t, "key", where)
        where = f"{where}（{ind_key}）"
        if ind_key not in codes.INDICATORS:
            raise r.fail(where, f"未知的指标“{ind_key}”（固定指标：{', '.join(codes.INDICATORS)}）")
        r.unique(where, ind_key, (ind.key for ind in indicators), "指标")
        weight = r.num(t, "weight", where)
        if weight is None or weight < 0:
            raise r.fail(f"{where}.weight", "权重不能为负数")
        benchmark = r.num(t, "benchmark", where)
        if benchmark is None or benchmark <= 0:
            raise r.fail(f"{where}.benchmark", "基准值应大于 0")
        higher = r.flag(t, "higher_is_better", where, default=True)
        indicators.append(
            Indicator(
                key=ind_key,
                name=r.text(t, "name", where),
                unit=r.text(t, "unit", where),
                weight=weight,
                benchmark=benchmark,
                higher_is_better=higher,
            )
        )
    min_mu = r.num(appraisal, "min_mu", "appraisal", required=False)
    if min_mu is not None and min_mu <= 0:
        raise r.fail("appraisal.min_mu", "应大于 0")

    region = r.table(raw.get("region", {}), "region")
    local_city = r.text(region, "local_city", "region")
    candidate_cities = r.strs(region, "candidate_cities", "region", required=True)
    if local_city in candidate_cities:
        raise r.fail("region.candidate_cities", f"本地城市“{local_city}”不能同时是候选城市")

    return Catalog(
        version=version,
        title=title,
        domains=tuple(domains),
        directions=tuple(directions),
        zones=tuple(zones),
        core=r.text(raw, "core", ROOT, required=False),
        core_chapter=r.text(raw, "core_chapter", ROOT, required=False),
        belts=tuple(belts),
        departments=tuple(departments),
        targets=tuple(targets),
        rules=tuple(rules),
        indicators=tuple(indicators),
        appraisal_min_mu=5.0 if min_mu is None else min_mu,
        local_city=local_city,
        candidate_cities=candidate_cities,
    )


def _direction_codes(
    r: _Reader, t: dict[str, Any], where: str, directions: list[Direction]
) -> tuple[str, ...]:
    """A zone's or belt's directions: codes of directions the catalog defines."""
    known = {d.code for d in directions}
    out = r.strs(t, "directions", where, required=True)
    for c in out:
        if c not in known:
            raise r.fail(f"{where}.directions", f"未知的方向代码“{c}”")
    return out


def _target_domain(r: _Reader, t: dict[str, Any], where: str) -> str:
    domain = r.text(t, "domain", where, required=False)
    if domain and domain not in codes.DOMAINS:
        raise r.fail(f"{where}.domain", f"未知的领域代码“{domain}”")
    return domain


_default: Catalog | None = None


def load_default() -> Catalog:
    """The catalog shipped with ChainFill (cached)."""
    global _default
    if _default is None:
        import resources

        _default = load(resources.path("catalog", "catalog.toml"))
    return _default
