"""Generated demo data: fictional firms, an outreach pipeline, visits and contacts.

``chainfill demo`` fills an empty database with a seeded, deterministic data set that looks
like the bureau's real work: candidate firms in Shenzhen (≈65 %) and Guangzhou (≈25 %) with
real district and street names, Dongguan local firms (≈10 %) spread over the catalog's
segments by their local strength (strong segments get several, often large, local firms;
missing segments none), and ≈30 % of firms outside every catalog direction (banks, property,
retail, textiles, furniture …). Business text is written in the style of registry 经营范围 and
exchange 主营业务 text from each segment's own keywords and products, with several templates
so that texts differ.

Every value is invented. Names are composed from the pools in ``resources/vocab``; USCCs
are valid (GB 32100-2015) but fictional; phone numbers read ``138-0000-xxxx`` and e-mails use
the reserved ``example.*`` domains.

Units follow the ``firms`` table: amounts in 万元 (registered capital in 万 of ``currency``),
ratios as fractions (0.052 = 5.2 %), dates ``YYYY-MM-DD``.

Classification columns stay NULL: the scoring step fills them, as for imported firms.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import math
import queue
import random
import threading
import tomllib
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import resources
from app.errors import UserError
from app.firm_record import FIELDS, STAMPS
from app.importing.bulk import BulkLoader
from app.jobs import CancelToken, Job, Progress
from app.parsing import TEXT_HASH_FIELDS, normalise_name, text_hash
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database
    from catalog.model import Catalog, Segment

SOURCE = "演示数据"
DEFAULT_FIRMS = 2000
MAX_FIRMS = 5_000_000

# Shares of the generated firms.
SHARE_DONGGUAN = 0.10
SHARE_GUANGZHOU = 0.25  # the rest (≈65 %) are in Shenzhen
CATALOG_SHARE_CANDIDATES = 0.70  # Shenzhen/Guangzhou firms inside a catalog direction
CATALOG_SHARE_DONGGUAN = 0.60  # Dongguan's base is more traditional industry

# How many Dongguan firms a segment gets, by its local strength in the catalog.
DONGGUAN_WEIGHT = {"strong": 8, "present": 3, "weak": 1, "missing": 0}
# Key industries draw a few more candidates than the other directions (7 : 5).
KEY_DIRECTION_WEIGHT = 7

# Traditional sectors: weights among Shenzhen/Guangzhou and among Dongguan firms.
SECTOR_WEIGHT_CANDIDATES = {
    "bank": 3,
    "securities": 2,
    "real_estate": 5,
    "property": 4,
    "retail": 6,
    "wholesale": 9,
    "logistics": 6,
    "hotel_catering": 5,
    "textile": 4,
    "furniture": 3,
    "toys": 2,
    "food": 4,
    "paper": 2,
    "chemicals": 3,
    "construction": 6,
    "media": 6,
    "education": 5,
    "services": 8,
}
SECTOR_WEIGHT_DONGGUAN = {
    "bank": 1,
    "real_estate": 3,
    "property": 2,
    "retail": 2,
    "wholesale": 4,
    "logistics": 4,
    "hotel_catering": 2,
    "textile": 8,
    "furniture": 9,
    "toys": 7,
    "food": 5,
    "paper": 6,
    "chemicals": 5,
    "construction": 3,
    "media": 1,
    "services": 2,
}
SZ_DISTRICT_WEIGHT = {
    "南山区": 22,
    "福田区": 12,
    "宝安区": 20,
    "龙岗区": 16,
    "龙华区": 10,
    "光明区": 6,
    "坪山区": 5,
    "罗湖区": 6,
    "盐田区": 3,
}
GZ_DISTRICT_WEIGHT = {
    "天河区": 22,
    "黄埔区": 20,
    "番禺区": 14,
    "南沙区": 7,
    "海珠区": 9,
    "白云区": 12,
    "越秀区": 8,
    "花都区": 5,
    "增城区": 3,
}

# Listed firms are a few per cent of a demo set, but never more than the exchanges' code
# space holds (a 科创板 code is 688xxx or 689xxx): at most this many in any demo set.
MAX_LISTED = 3000
_BOARD_PREFIXES = {
    "深交所主板": ("000", "001", "002", "003"),
    "深交所创业板": ("300", "301"),
    "上交所主板": ("600", "601", "603", "605"),
    "上交所科创板": ("688", "689"),
    "北交所": ("830", "831", "832", "833", "835", "836", "837", "838", "839", "870", "871", "872"),
}

# Outreach pipeline: firms per final stage at full size (≈60 firms in all).
PIPELINE_STAGES = {
    "lead": 6,
    "contacted": 8,
    "visited": 8,
    "negotiating": 5,
    "signed": 3,
    "landed": 15,
    "dropped": 15,
}
STAGE_PATH = ("lead", "contacted", "visited", "negotiating", "signed", "landed")
TARGET_VISITS = 40


# Headers of a commercial-registry export (企查查/天眼查 style), for write_csv.
CSV_HEADERS = (
    "企业名称",
    "统一社会信用代码",
    "法定代表人",
    "登记状态",
    "注册资本",
    "成立日期",
    "所属省份",
    "所属城市",
    "所属区县",
    "参保人数",
    "企业类型",
    "所属行业",
    "经营范围",
    "主营产品",
    "注册地址",
)

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
# Characters after "MA" in a newer 组织机构代码 (32 slots for 5 random bits; 0 twice).
_MA_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY0"

SCOPE_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LICENSED_TAIL = (
    "（依法须经批准的项目，经相关部门批准后方可开展经营活动，"
    "具体经营项目以相关部门批准文件或许可证件为准）"
)


# -- vocabulary -----------------------------------------------------------------------------
@functools.cache
def vocab() -> dict[str, Any]:
    """The demo vocabularies of ``resources/vocab`` (places, firms, pipeline texts)."""
    out: dict[str, Any] = {}
    for name in ("demo_places", "demo_firms", "demo_pipeline"):
        with resources.path("vocab", f"{name}.toml").open("rb") as fh:
            out[name.removeprefix("demo_")] = tomllib.load(fh)
    return out


def _load_catalog() -> Catalog:
    import catalog

    return catalog.load_default()


# -- identifiers ------------------------------------------------------------------------------
def org_code_check(body8: str) -> str:
    """Check character of an 8-character 组织机构代码 body (GB 11714-1997)."""
    total = sum(
        (int(c) if c.isdigit() else ord(c) - 55) * w
        for c, w in zip(body8, _ORG_CODE_WEIGHTS, strict=True)
    )
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def make_uscc(region6: str, org_body8: str) -> str:
    """A USCC for a firm (authority 9, type 1) with a valid check character."""
    from app.uscc import check_char

    body = "91" + region6 + org_body8 + org_code_check(org_body8)
    return body + check_char(body)


_WORD_SUFFIXES = ("科技", "技术", "管理", "开发", "服务", "工程", "代理", "设备")


def short_word(word: str) -> str:
    """The part of a name's industry word that a short name keeps (供应链管理 -> 供应链)."""
    for suffix in _WORD_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word.removesuffix(suffix)
            break
    return word if len(word) <= 4 else word[:2]


# -- smooth weighted round robin ----------------------------------------------------------------
class _RoundRobin:
    """Deterministic weighted cycling: every prefix of the sequence is close to the weights.

    Used where small data sets must still show every item in proportion (all directions among
    candidates, several Dongguan firms in every strong segment). Integer weights; one period
    of the smooth weighted round robin is computed once and then cycled.
    """

    def __init__(self, items: list[Any], weights: list[int]):
        pairs = [(i, int(w)) for i, w in zip(items, weights, strict=True) if w > 0]
        total = sum(w for _, w in pairs)
        current = [0] * len(pairs)
        self.cycle: list[Any] = []
        for _step in range(total):
            best = 0
            for k, (_item, w) in enumerate(pairs):
                current[k] += w
                if current[k] > current[best]:
                    best = k
            current[best] -= total
            self.cycle.append(pairs[best][0])
        self.i = 0

    def next(self) -> Any:
        item = self.cycle[self.i]
        self.i = (self.i + 1) % len(self.cycle)
        return item


class _Random(random.Random):
    """random.Random with cheaper choice/randint/sample (the generator calls them millions of
    times); still fully determined by the seed."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def sample(self, population, k):
        n = len(population)
        if k >= n:
            out = list(population)
            self.shuffle(out)
            return out
        picked: list[int] = []
        while len(picked) < k:
            i = int(self.random() * n)
            if i not in picked:
                picked.append(i)
        return [population[i] for i in picked]


# -- the firm generator -------------------------------------------------------------------------
class _FirmMaker:
    """Makes firm rows one at a time from one seeded random stream."""

    def __init__(self, seed: int, cat: Catalog):
        self.rnd = _Random(seed)
        self.cat = cat
        v = vocab()
        self.places = v["places"]
        self.words = v["firms"]
        self.people = self.words["people"]
        self.sectors = {s["code"]: s for s in self.words["sectors"]}
        segs = cat.segments()
        self.dg_segments = _RoundRobin(segs, [DONGGUAN_WEIGHT[s.strength] for s in segs])
        dirs = list(cat.directions)
        self.directions = _RoundRobin(dirs, [KEY_DIRECTION_WEIGHT if d.key else 5 for d in dirs])
        self.cand_sectors = _RoundRobin(
            list(SECTOR_WEIGHT_CANDIDATES), list(SECTOR_WEIGHT_CANDIDATES.values())
        )
        self.dg_sectors = _RoundRobin(
            list(SECTOR_WEIGHT_DONGGUAN), list(SECTOR_WEIGHT_DONGGUAN.values())
        )
        self.sz_districts = (list(SZ_DISTRICT_WEIGHT), list(SZ_DISTRICT_WEIGHT.values()))
        self.gz_districts = (list(GZ_DISTRICT_WEIGHT), list(GZ_DISTRICT_WEIGHT.values()))
        self.dg_towns = [t[0] for t in self.places["dongguan"]["towns"]]
        self.dg_roads = {t[0]: t[1] for t in self.places["dongguan"]["towns"]}
        self._zone_towns: dict[str, list[str]] = {}
        self.names: set[str] = set()
        self.org_codes: set[str] = set()
        self.stock_codes: set[str] = set()
        self.count = 0

    # -- small helpers --------------------------------------------------------------------------
    def person(self) -> str:
        r = self.rnd
        name = r.choice(self.people["surnames"])[0] + r.choice(self.people["given"])[0]
        if r.random() < 0.55:
            name += r.choice(self.people["given"])[0]
        return name

    def zihao(self) -> str:
        r = self.rnd
        u = r.random()
        w = self.words
        if u < 0.15:
            return r.choice(w["zihao"])
        a = r.choice(w["zihao_first"])
        b = r.choice(w["zihao_second"])
        while b == a:
            b = r.choice(w["zihao_second"])
        if u > 0.9:
            c = r.choice(w["zihao_second"])
            if c not in (a, b):
                return a + b + c
        return a + b

    def unique_name(self, prefix: str, word: str, form: str) -> tuple[str, str]:
        for attempt in range(50):
            zh = self.zihao()
            if attempt > 10:  # a crowded name space: lengthen the trade name
                zh += self.rnd.choice(self.words["zihao_second"])
            name = f"{prefix}{zh}{word}{form}"
            if name not in self.names:
                self.names.add(name)
                return name, zh
        name = f"{prefix}{zh}{word}{self.count}{form}"  # practically unreachable
        self.names.add(name)
        return name, zh

    def org_body(self, founded_year: int, city: str) -> str:
        r = self.rnd
        while True:
            if founded_year >= 2015:
                head = {"深圳市": "MA5", "广州市": "MA9", "东莞市": "MA4"}[city]
                x = r.getrandbits(25)  # 5 characters of 31 (5 bits each, folded)
                body = head + "".join(_MA_CHARS[(x >> (5 * k)) & 31] for k in range(5))
            else:
                body = str(r.randrange(30_000_000, 100_000_000))
            if body not in self.org_codes:
                self.org_codes.add(body)
                return body

    def stock_code(self, board: str) -> str | None:
        """A free code on the board, or None when the board's code space is used up."""
        r = self.rnd
        prefixes = _BOARD_PREFIXES[board]
        suffix = {"深交所主板": "SZ", "深交所创业板": "SZ", "北交所": "BJ"}.get(board, "SH")
        for _try in range(200):
            p = r.choice(prefixes)
            code = f"{p}{r.randrange(10 ** (6 - len(p))):0{6 - len(p)}d}.{suffix}"
            if code not in self.stock_codes:
                self.stock_codes.add(code)
                return code
        return None

    def founded(self) -> date:
        r = self.rnd
        year = max(1988, 2025 - int(r.expovariate(1 / 7.5)))
        return date(year, r.randint(1, 12), r.randint(1, 28))

    # -- places ------------------------------------------------------------------------------------
    def place(self, city: str) -> tuple[str, str, str, str]:
        """(city, district, address, land_cost) of a new firm."""
        r = self.rnd
        if city == "东莞市":
            return city, "", self._dg_address(r.choice(self.dg_towns)), "low"
        names, weights = self.sz_districts if city == "深圳市" else self.gz_districts
        district = r.choices(names, weights)[0]
        d = self.places["cities"][city]["districts"][district]
        street, roads = r.choice(d["streets"])
        road = r.choice(roads)
        building = r.choice(d["buildings"])
        tail = self._unit(building)
        addr = f"广东省{city}{district}{street}{road}{r.randint(1, 399)}号{tail}"
        return city, district, addr, d["land_cost"]

    def _unit(self, building: str) -> str:
        r = self.rnd
        u = r.random()
        if u < 0.45:
            return f"{building}{r.choice('ABCDEFG')}栋{r.randint(1, 32)}{r.randint(1, 20):02d}"
        if u < 0.8:
            return f"{building}{r.randint(1, 12)}号楼{r.randint(1, 8)}层"
        return f"{building}厂房{r.randint(1, 9)}栋"

    def _dg_address(self, town: str) -> str:
        r = self.rnd
        road = r.choice(self.dg_roads[town])
        building = r.choice(self.places["dongguan"]["buildings"])
        where = "松山湖高新技术产业开发区" if town == "松山湖" else town
        return f"广东省东莞市{where}{road}{r.randint(1, 299)}号{self._unit(building)}"

    def dg_town_for(self, direction: str) -> str:
        """A Dongguan town, usually one of the catalog's zones for the direction."""
        r = self.rnd
        towns = self._zone_towns.get(direction)
        if towns is None:
            places = [p for z in self.cat.zones_for(direction) for p in z.places]
            towns = [
                t
                for t in self.dg_towns
                if any(t.removesuffix("镇").removesuffix("街道") in p for p in places)
            ]
            self._zone_towns[direction] = towns
        if towns and r.random() < 0.75:
            return r.choice(towns)
        return r.choice(self.dg_towns)

    # -- one firm -----------------------------------------------------------------------------
    def make(self) -> dict[str, Any]:
        r = self.rnd
        self.count += 1
        u = r.random()
        if u < SHARE_DONGGUAN:
            city = "东莞市"
            in_catalog = r.random() < CATALOG_SHARE_DONGGUAN
        else:
            city = "广州市" if u < SHARE_DONGGUAN + SHARE_GUANGZHOU else "深圳市"
            in_catalog = r.random() < CATALOG_SHARE_CANDIDATES
        if in_catalog:
            if city == "东莞市":
                seg = self.dg_segments.next()
            else:
                direction = self.directions.next()
                seg = r.choice(direction.segments)
            return self._tech_firm(city, seg)
        sector = (self.dg_sectors if city == "东莞市" else self.cand_sectors).next()
        return self._traditional_firm(city, self.sectors[sector])

    def _size(self, boost: float = 0.0) -> dict[str, Any]:
        """Correlated size figures: employees, registered capital, revenue (万元)."""
        r = self.rnd
        s = r.gauss(0.0, 1.0) + boost
        employees = int(min(120_000, max(3, math.exp(4.1 + 1.15 * s + r.gauss(0, 0.35)))))
        capital = math.exp(6.4 + 1.05 * s + r.gauss(0, 0.6))
        capital = round(capital, -2) if capital > 2000 else round(capital, 1)
        capital = max(capital, 10.0)
        revenue = employees * math.exp(r.gauss(4.0, 0.55))
        return {
            "_size": s,
            "employees": employees,
            "registered_capital": capital,
            "revenue": round(revenue, 1),
        }

    def _listing(self, row: dict[str, Any], founded: date, tech: bool) -> None:
        r = self.rnd
        s = row["_size"]
        p = 0.0 if s < 1.2 else min(0.7, 0.18 * (s - 1.0) * (1.6 if tech else 0.8))
        row["listing"] = row["stock_code"] = row["listing_date"] = None
        if r.random() >= p or len(self.stock_codes) >= MAX_LISTED:
            return
        if tech:
            board = r.choices(
                ["深交所主板", "深交所创业板", "上交所主板", "上交所科创板", "北交所"],
                [3, 5, 2, 4, 1],
            )[0]
        else:
            board = r.choices(["深交所主板", "上交所主板", "深交所创业板"], [5, 4, 1])[0]
        listed = founded + timedelta(days=r.randint(3 * 365, 15 * 365))
        listed = min(listed, date(2025, 6, 30))
        if listed <= founded:
            listed = founded + timedelta(days=400)
        code = self.stock_code(board)
        if code is not None:
            row["listing"] = board
            row["stock_code"] = code
            row["listing_date"] = listed.isoformat()

    def _base(self, city: str, district: str, address: str) -> dict[str, Any]:
        return {"province": "广东省", "city": city, "district": district, "address": address}

    def _tech_firm(self, city: str, seg: Segment) -> dict[str, Any]:
        r = self.rnd
        w = self.words
        d = seg.direction
        strength = seg.strength
        if city == "东莞市":
            town = self.dg_town_for(d)
            district, address, land = "", self._dg_address(town), "low"
        else:
            _, district, address, land = self.place(city)
        boost = 0.0
        if city == "东莞市" and strength == "strong":
            boost = 1.2  # Dongguan's strong segments have large local firms
        elif city == "东莞市" and strength == "present":
            boost = 0.4
        row = self._size(boost)
        founded = self.founded()
        self._listing(row, founded, tech=True)
        word = (
            r.choice(w["name_words"][d]) if r.random() < 0.8 else r.choice(["科技", "技术", "实业"])
        )
        form = "股份有限公司" if row["listing"] or r.random() < 0.15 else "有限公司"
        if form == "有限公司" and row["_size"] > 2.0 and r.random() < 0.3:
            form = "集团有限公司"
        prefix = city if r.random() < 0.85 or city == "东莞市" else city.removesuffix("市")
        name, zh = self.unique_name(prefix, word, form)
        short = zh + short_word(word)
        rd = min(0.35, max(0.002, math.exp(r.gauss(math.log(0.05), 0.6))))
        high_tech = int(
            r.random() < (0.35 + (0.35 if rd > 0.05 else 0.0) + 0.1 * (row["_size"] > 1))
        )
        patents = int(
            math.exp(r.gauss(0.7 * math.log(row["employees"] + 1) + 0.8 * high_tech, 0.8))
        )
        growth = max(-0.6, min(2.0, r.gauss(0.08 + 0.06 * high_tech, 0.2)))
        # Land pressure: central districts and bigger manufacturers feel it most.
        land_p = {"high": 0.55, "medium": 0.3, "low": 0.1}[land] + (
            0.15 if row["employees"] > 300 else 0
        )
        land_constrained = city != "东莞市" and r.random() < land_p
        region = self.region_code(city, district)
        products = self._products(seg)
        row.update(self._base(city, district, address))
        row.update(
            name=name,
            short_name=short,
            uscc=make_uscc(region, self.org_body(founded.year, city)),
            legal_rep=self.person(),
            firm_type=w["tech"]["listed_firm_type"]
            if row["listing"]
            else r.choice(w["tech"]["firm_types"]),
            industry=r.choice(w["industry"][d]),
            founded=founded.isoformat(),
            currency="CNY",
            revenue_growth=round(growth, 4),
            rd_ratio=round(rd, 4),
            patents=patents,
            high_tech=high_tech,
            main_business=self._tech_main_business(seg, products),
            business_scope=self._tech_scope(seg, products, founded),
            website=None,
            _direction=d,
            _segment=seg.code,
            _sector="",
            _products="、".join(products[:3]),
            _land_constrained=land_constrained,
        )
        if "外国" in row["firm_type"] or "台港澳" in row["firm_type"]:
            row["currency"] = "USD"
            row["registered_capital"] = max(10.0, round(row["registered_capital"] / 7.1, 1))
        row["introduction"] = self._tech_intro(row, seg, products, founded, land_constrained)
        return row

    def region_code(self, city: str, district: str) -> str:
        if city == "东莞市":
            return self.places["dongguan"]["uscc"]
        c = self.places["cities"][city]
        if self.rnd.random() < 0.6:
            return c["uscc_city"]
        return c["districts"][district]["uscc"]

    def _products(self, seg: Segment) -> list[str]:
        r = self.rnd
        pool = list(seg.products) or list(seg.keywords)
        k = min(len(pool), r.choice((2, 2, 3, 3, 4)))
        chosen = r.sample(pool, k)
        if seg.keywords and r.random() < 0.5:
            kw = r.choice(seg.keywords)
            if kw not in chosen:
                chosen.append(kw)
        if r.random() < 0.25:  # firms often span a neighbouring segment of the chain
            d = self.cat.direction(seg.direction)
            other = r.choice(d.segments) if d else seg
            if other.code != seg.code and other.products:
                chosen.append(r.choice(other.products))
        return chosen

    def _tech_main_business(self, seg: Segment, p: list[str]) -> str:
        r = self.rnd
        apps = r.sample(self.words["applications"][seg.direction], 2)
        kws = list(seg.keywords) or p
        k1 = r.choice(kws)
        p2 = p[1] if len(p) > 1 else p[0]
        p3 = p[2] if len(p) > 2 else p2
        t = r.randrange(8)
        if t == 0:
            return f"公司主要从事{p[0]}、{p2}等产品的研发、生产和销售，产品广泛应用于{apps[0]}、{apps[1]}等领域。"
        if t == 1:
            return f"主营业务为{p[0]}及{p2}的研发与制造，主要产品包括{p[0]}、{p3}。"
        if t == 2:
            return f"专注于{k1}领域，为{apps[0]}、{apps[1]}客户提供{p[0]}、{p2}及相关技术服务。"
        if t == 3:
            return f"主要产品:{','.join(p)}."
        if t == 4:
            return f"主要业务:{k1}相关产品的研发、生产和销售,主要产品为{p[0]}和{p2}."
        if t == 5:
            return (
                f"公司是一家以{k1}为核心的高新技术企业，主营{p[0]}和{p2}，服务{apps[0]}等行业客户。"
            )
        if t == 6:
            return f"{'、'.join(p)}的设计、开发、生产与销售，以及{k1}相关技术服务。"
        return f"公司致力于{seg.name}领域，主要产品有{p[0]}、{p2}等，下游客户集中在{apps[0]}行业。"

    def _tech_scope(self, seg: Segment, p: list[str], founded: date) -> str:
        r = self.rnd
        w = self.words
        d = seg.direction
        if founded.year < 2015 and r.random() < 0.35:
            # The older free-form wording of 经营范围.
            return (
                f"{p[0]}、{p[1] if len(p) > 1 else p[0]}的技术开发、生产和销售；"
                f"{r.choice(w['scope'][d])}；国内贸易；经营进出口业务。"
            )
        items = [f"{p[0]}{r.choice(('研发', '制造', '销售'))}"]
        if len(p) > 1:
            items.append(f"{p[1]}{r.choice(('制造', '销售', '技术服务'))}")
        items += r.sample(w["scope"][d], min(len(w["scope"][d]), r.randint(2, 3)))
        items += r.sample(w["generic_tech_scope"], 1 if r.random() < 0.7 else 2)
        text = "一般项目：" + "；".join(items) + "。" + SCOPE_TAIL
        lic = w["licensed"].get(d)
        if lic and r.random() < 0.6:
            text += "许可项目：" + "；".join(r.sample(lic, min(len(lic), 2))) + "。" + LICENSED_TAIL
        return text

    def _tech_intro(
        self, row: dict[str, Any], seg: Segment, p: list[str], founded: date, land: bool
    ) -> str:
        r = self.rnd
        where = f"{row['city']}{row['district']}"
        kws = list(seg.keywords) or p
        k1, k2 = r.sample(kws, 2) if len(kws) >= 2 else (kws[0], kws[0])
        apps = r.sample(self.words["applications"][seg.direction], 2)
        ht = "国家高新技术企业" if row["high_tech"] else "科技型企业"
        short = row["short_name"]
        parts = [
            r.choice(
                (
                    f"{short}成立于{founded.year}年，总部位于{where}。",
                    f"公司成立于{founded.year}年，注册地位于{where}。",
                    f"{row['name']}创立于{founded.year}年。",
                )
            ),
            r.choice(
                (
                    f"公司是一家集研发、生产、销售于一体的{ht}，专注于{k1}与{k2}。",
                    f"公司深耕{k1}领域多年，是国内{seg.name}产品的重要供应商之一。",
                    f"作为{ht}，公司围绕{k1}持续投入研发。",
                )
            ),
            f"主要产品包括{'、'.join(p[:3])}等，广泛应用于{apps[0]}、{apps[1]}。",
        ]
        if r.random() < 0.5:
            parts.append(f"公司拥有授权专利{row['patents']}项，员工{row['employees']}人。")
        if land and r.random() < 0.7:
            parts.append(
                r.choice(
                    (
                        "随着订单增长，公司现有厂房已接近满负荷，正在规划新的生产基地。",
                        "公司计划在大湾区新建智能制造基地，以突破现有场地对产能的限制。",
                        "受现址用地和租金成本制约，公司正评估在周边城市扩产。",
                    )
                )
            )
        elif r.random() < 0.4:
            parts.append(
                r.choice(
                    (
                        "公司已通过ISO9001质量管理体系认证。",
                        "产品出口至欧美、东南亚等三十多个国家和地区。",
                        "公司与多所高校共建联合实验室。",
                    )
                )
            )
        return "".join(parts)

    def _traditional_firm(self, city: str, sec: dict[str, Any]) -> dict[str, Any]:
        r = self.rnd
        if city == "东莞市":
            district, address, land = "", self._dg_address(r.choice(self.dg_towns)), "low"
        else:
            _, district, address, land = self.place(city)
        row = self._size(0.2 if sec["code"] in ("bank", "securities", "real_estate") else 0.0)
        founded = self.founded()
        self._listing(row, founded, tech=False)
        word = r.choice(sec["name_words"])
        if sec["code"] == "education" and r.random() < 0.3:
            word = "教育科技"
        elif r.random() < 0.08:  # a 科技 name does not make a technology firm
            word = r.choice(("供应链科技", "家居科技", "服饰科技", "信息科技", "网络科技"))
        form = "股份有限公司" if row["listing"] or word in ("村镇银行", "证券") else "有限公司"
        prefix = city if r.random() < 0.85 or city == "东莞市" else city.removesuffix("市")
        name, zh = self.unique_name(prefix, word, form)
        founded_year = founded.year
        biz = r.sample(sec["business"], min(2, len(sec["business"])))
        items = r.sample(sec["scope"], min(len(sec["scope"]), r.randint(2, 4)))
        scope = "一般项目：" + "；".join(items) + "。" + SCOPE_TAIL
        if sec["licensed"] and r.random() < 0.5:
            scope += "许可项目：" + "；".join(r.sample(sec["licensed"], 1)) + "。" + LICENSED_TAIL
        main = r.choice(
            (
                f"主营业务:{biz[0]}.",
                f"公司主要从事{biz[0]}，以及{biz[-1]}。",
                f"{biz[0]}。",
            )
        )
        where = f"{city}{district}"
        intro = (
            f"{zh}{short_word(word)}成立于{founded_year}年，位于{where}，主要从事{biz[0]}。"
            + r.choice(
                (
                    "公司秉承诚信、专业、高效的经营理念，服务客户遍及珠三角。",
                    "经过多年发展，公司已形成稳定的客户群和成熟的管理体系。",
                    "公司坚持以客户为中心，持续提升服务质量。",
                )
            )
        )
        row.update(self._base(city, district, address))
        row.update(
            name=name,
            short_name=zh + short_word(word),
            uscc=make_uscc(self.region_code(city, district), self.org_body(founded_year, city)),
            legal_rep=self.person(),
            firm_type=self.words["tech"]["listed_firm_type"]
            if row["listing"]
            else r.choice(sec["firm_types"]),
            industry=sec["industry"],
            founded=founded.isoformat(),
            currency="CNY",
            revenue_growth=round(max(-0.6, min(1.5, r.gauss(0.03, 0.15))), 4),
            rd_ratio=round(r.uniform(0.0, 0.015), 4) if r.random() < 0.6 else None,
            patents=int(r.random() < 0.3) * r.randint(0, 12),
            high_tech=int(r.random() < 0.03),
            main_business=main,
            business_scope=scope,
            introduction=intro,
            website=None,
            _direction="",
            _segment="",
            _sector=sec["code"],
            _products="、".join(b.split("，")[0] for b in biz[:1]),
            _land_constrained=city != "东莞市" and land == "high" and r.random() < 0.3,
        )
        if "台港澳" in row["firm_type"] or "外国" in row["firm_type"]:
            row["currency"] = "USD"
            row["registered_capital"] = max(10.0, round(row["registered_capital"] / 7.1, 1))
        return row


def generate_rows(
    n: int, seed: int = 1, *, catalog: Catalog | None = None
) -> Iterator[dict[str, Any]]:
    """``n`` generated firms as dicts of ``firms`` columns, deterministic for ``seed``.

    Keys starting with ``_`` are not columns: the intended ``_direction`` / ``_segment`` (or
    ``_sector`` for firms outside the catalog), ``_products``, ``_size`` and
    ``_land_constrained``. ``id``, ``name_norm``, ``source`` and timestamps are not set.
    """
    maker = _FirmMaker(seed, catalog or _load_catalog())
    for _i in range(n):
        yield maker.make()


# -- CSV in the style of a registry export ---------------------------------------------------
def _capital_text(row: dict[str, Any]) -> str:
    cap = row["registered_capital"]
    if row["currency"] == "USD":
        return f"{cap:g}万美元"
    if cap >= 100_000 and int(cap) % 10_000 == 0:
        return f"{cap / 10_000:g}亿元人民币"
    return f"{cap:g}万元人民币"


def csv_row(row: dict[str, Any]) -> list[str]:
    """One firm as the cells of a registry export (see :data:`CSV_HEADERS`)."""
    return [
        row["name"],
        row["uscc"],
        row["legal_rep"],
        "存续",
        _capital_text(row),
        row["founded"],
        row["province"],
        row["city"],
        row["district"],
        str(row["employees"]),
        row["firm_type"],
        row["industry"],
        row["business_scope"],
        row["_products"],
        row["address"],
    ]


def write_csv(path: str | Path, n: int, seed: int = 1) -> int:
    """Write ``n`` generated firms as a registry-style CSV (UTF-8 with BOM); returns bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_HEADERS)
        batch: list[list[str]] = []
        for row in generate_rows(n, seed):
            batch.append(csv_row(row))
            if len(batch) >= 10_000:
                w.writerows(batch)
                batch.clear()
        w.writerows(batch)
    return path.stat().st_size


# -- into the database -------------------------------------------------------------------------
def check_empty(db: Database) -> None:
    """Demo data goes only into a database without firms (never mixed with real ones)."""
    if db.scalar("SELECT EXISTS (SELECT 1 FROM firms)"):
        n = db.scalar("SELECT COUNT(*) FROM firms")
        raise UserError(
            _(
                "数据库 {db_name} 中已有 {n} 家企业。演示数据只能写入空数据库，以免与真实数据混在一起；"
                "请用 --db 指定一个新文件。"
            ).format(db_name=db.name, n=n)
        )


_POOL_KEYS = (
    "id",
    "name",
    "city",
    "district",
    "employees",
    "high_tech",
    "_size",
    "_direction",
    "_segment",
    "_land_constrained",
)
_CHUNK = 5000
# What the loader writes per row (the stamps are the same for every row).
_ROW_COLUMNS = ("id", *FIELDS, "name_norm", "text_hash")


def _row_batches(
    firms: int, seed: int, stamp: str, out: queue.Queue, stop: threading.Event
) -> None:
    """Producer thread: generated rows (dicts with the firm's columns), in batches, onto ``out``.

    Generating is pure Python and SQLite's FTS indexing runs without the GIL, so the two
    overlap on a multi-core machine. ``None`` ends the stream; an exception is passed on.
    """
    try:
        batch: list[dict[str, Any]] = []
        for i, row in enumerate(generate_rows(firms, seed), start=1):
            if stop.is_set():
                return
            row["id"] = i
            row["name_norm"] = normalise_name(row["name"])
            # The importer's hash, so the classifier sees demo firms as it sees imports.
            row["text_hash"] = text_hash(row.get(f) for f in TEXT_HASH_FIELDS)
            batch.append(row)
            if len(batch) >= _CHUNK:
                out.put(batch)
                batch = []
        out.put(batch)
        out.put(None)
    except BaseException as exc:  # handed to the consumer, which re-raises it
        out.put(exc)


def generate(
    db: Database,
    firms: int = DEFAULT_FIRMS,
    seed: int = 1,
    cancel: CancelToken | None = None,
    *,
    today: date | None = None,
) -> Job[dict[str, Any]]:
    """Fill an empty database with demo firms and an outreach pipeline (a job).

    One transaction: a cancel or an error leaves the database empty as before. ``today``
    anchors the pipeline dates (visits due in the past and upcoming); default the real date.
    Returns a summary of what was written.
    """
    if isinstance(firms, bool) or not isinstance(firms, int) or not 1 <= firms <= MAX_FIRMS:
        raise UserError(
            _("演示企业数量应在 1 到 {MAX_FIRMS:,} 之间，实际为 {firms}").format(
                MAX_FIRMS=MAX_FIRMS, firms=firms
            )
        )
    cancel = cancel or CancelToken()
    today = today or datetime.now().date()
    check_empty(db)
    from app.db import now

    stamp = now()
    pool: list[dict[str, Any]] = []  # candidate firms the pipeline is drawn from
    counts = {"深圳市": 0, "广州市": 0, "东莞市": 0, "catalog": 0, "other": 0}
    yield Progress(0, firms, _("生成演示企业"))
    batches: queue.Queue = queue.Queue(maxsize=4)
    stop = threading.Event()
    producer = threading.Thread(
        target=_row_batches, args=(firms, seed, stamp, batches, stop), daemon=True
    )
    # The same bulk path as an import into an empty table (indexes built at the end, FTS
    # indexed in chunks on a helper thread), so there is one loader to keep fast.
    loader = BulkLoader(db, _ROW_COLUMNS, STAMPS, (SOURCE, stamp, stamp))
    done = 0
    try:
        producer.start()
        with db.write():
            loader.begin(1, defer_indexes=True)
            try:
                while True:
                    item = batches.get()
                    if item is None:
                        break
                    if isinstance(item, BaseException):
                        raise item
                    cancel.check()
                    loader.add(item)
                    for row in item:
                        counts[row["city"]] += 1
                        counts["catalog" if row["_direction"] else "other"] += 1
                        if row["_direction"] and row["city"] != "东莞市" and len(pool) < 4000:
                            pool.append({k: row[k] for k in _POOL_KEYS})
                    done += len(item)
                    yield Progress(
                        done,
                        firms,
                        _("生成演示企业 {done:,}/{firms:,}").format(done=done, firms=firms),
                    )
                loader.finish()
            finally:
                loader.close()
            cancel.check()
            yield Progress(firms, firms, _("生成跟进名单、走访记录和联系人"))
            outreach = _pipeline(db, pool, seed, today)
            db.audit("demo", "firms", None, {"firms": firms, "seed": seed, **outreach})
    finally:
        stop.set()
        while producer.is_alive():  # unblock a producer waiting on a full queue
            with contextlib.suppress(queue.Empty):
                batches.get(timeout=0.05)
    return {
        "firms": firms,
        "seed": seed,
        "shenzhen": counts["深圳市"],
        "guangzhou": counts["广州市"],
        "dongguan": counts["东莞市"],
        "in_catalog": counts["catalog"],
        "outside_catalog": counts["other"],
        **outreach,
    }


# -- outreach pipeline ---------------------------------------------------------------------------
def _stage_quota(pool_size: int) -> dict[str, int]:
    """Firms per final stage: the full quota, scaled down for very small demo databases."""
    full = sum(PIPELINE_STAGES.values())
    available = pool_size // 2
    if available >= full:
        return dict(PIPELINE_STAGES)
    scale = available / full
    return {k: int(v * scale) for k, v in PIPELINE_STAGES.items()}


def _pipeline(db: Database, pool: list[dict[str, Any]], seed: int, today: date) -> dict[str, int]:
    """Pipeline stages with history, visits, contacts and shortlists for some candidates."""
    r = _Random(seed * 7919 + 17)
    texts = vocab()["pipeline"]
    people = vocab()["firms"]["people"]
    quota = _stage_quota(len(pool))
    total = sum(quota.values())
    if total == 0:
        return {"pipeline": 0, "landed": 0, "dropped": 0, "visits": 0, "contacts": 0}
    # Staff approach the more substantial firms: weight by size, without replacement.
    weighted = sorted(pool, key=lambda f: -math.log(r.random()) / math.exp(0.6 * f["_size"]))
    chosen = weighted[:total]
    r.shuffle(chosen)
    closed_n = quota["landed"] + quota["dropped"]
    closed, open_ = chosen[:closed_n], chosen[closed_n:]

    # Landing propensity with a moderate signal: larger, high-tech, land-constrained firms
    # land more often, but the noise is as large as the signal.
    def latent(f: dict[str, Any]) -> float:
        return (
            0.7 * f["_size"]
            + 0.8 * f["high_tech"]
            + 0.9 * bool(f["_land_constrained"])
            + r.gauss(0.0, 1.0)
        )

    closed.sort(key=latent, reverse=True)
    final: dict[int, str] = {f["id"]: "landed" for f in closed[: quota["landed"]]}
    final.update({f["id"]: "dropped" for f in closed[quota["landed"] :]})
    open_stages = [
        s
        for s in ("lead", "contacted", "visited", "negotiating", "signed")
        for _ in range(quota[s])
    ]
    for f, s in zip(open_, open_stages, strict=False):
        final[f["id"]] = s
    by_id = {f["id"]: f for f in chosen}
    staff = people["staff"]

    # Each firm's path through the stages (dropped firms left after contact, a visit or talks).
    paths: dict[int, list[str]] = {}
    for fid, stage in final.items():
        if stage == "dropped":
            paths[fid] = [*STAGE_PATH[: r.randint(2, 4)], "dropped"]
        else:
            paths[fid] = list(STAGE_PATH[: STAGE_PATH.index(stage) + 1])
    visited = [fid for fid, p in paths.items() if "visited" in p]
    n_visits = dict.fromkeys(visited, 1)
    for _i in range(max(0, TARGET_VISITS - len(visited))):
        if visited:
            n_visits[r.choice(visited)] += 1

    pipeline_rows: list[tuple[Any, ...]] = []
    history_rows: list[tuple[Any, ...]] = []
    visit_rows: list[tuple[Any, ...]] = []
    contact_rows: list[tuple[Any, ...]] = []
    for fid, stage in final.items():
        f = by_id[fid]
        owner = r.choice(staff)
        path = paths[fid]
        span = r.randint(60, 620)
        start = today - timedelta(days=span)
        steps = sorted(r.sample(range(1, span), len(path) - 1))
        dates = [start] + [start + timedelta(days=s) for s in steps]
        prev = None
        reason = None
        for st, day in zip(path, dates, strict=True):
            at = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=r.randint(9, 17), minutes=r.choice((0, 15, 30, 45))
            )
            if st == "lead":
                note = "由评分推荐列入线索" if r.random() < 0.6 else "从名单导入"
            elif st == "dropped":
                reason = _drop_reason(r, texts, f)
                note = None
            else:
                note = r.choice(texts["stage_notes"][st])
            history_rows.append(
                (fid, st, prev, reason, note, owner, at.isoformat(timespec="seconds"))
            )
            prev = st
        last_at = history_rows[-1][-1]
        pipeline_rows.append((fid, stage, reason, owner, last_at))

        # Contacts: one per firm, a second for some.
        names = []
        for _i in range(1 if r.random() < 0.85 else 2):
            cn, email = _contact_name(r, people, len(contact_rows))
            title = r.choice(people["contact_titles"])
            names.append(f"{cn}（{title}）")
            mobile = r.choice(("138", "139", "135", "136", "186", "150"))
            phone = f"{mobile}-0000-{r.randint(0, 9999):04d}"
            note = r.choice((None, None, "偏好微信沟通", "工作日上午方便接听", "对接用地事宜"))
            contact_rows.append((fid, cn, title, phone, email, note, last_at))

        # Visits: from the day the firm reached "visited" on, roughly monthly.
        k = n_visits.get(fid, 0)
        if k:
            first = dates[path.index("visited")]
            # Visits fall between reaching "visited" and the firm's last stage (or today).
            last = dates[-1] if stage in ("landed", "dropped") else today - timedelta(days=1)
            for j in range(k):
                vday = first + timedelta(days=25 * j + r.randint(0, 10))
                vday = max(first, min(last, vday))
                visit_rows.append(_visit(r, texts, f, stage, vday, today, owner, names, j == k - 1))

    db.conn.executemany(
        "INSERT INTO pipeline (firm_id, stage, reason, owner, updated_at) VALUES (?,?,?,?,?)",
        pipeline_rows,
    )
    db.conn.executemany(
        "INSERT INTO stage_history (firm_id, stage, previous, reason, note, user, at) VALUES (?,?,?,?,?,?,?)",
        history_rows,
    )
    db.conn.executemany(
        "INSERT INTO contacts (firm_id, name, title, phone, email, note, updated_at) VALUES (?,?,?,?,?,?,?)",
        contact_rows,
    )
    db.conn.executemany(
        "INSERT INTO visits (firm_id, date, place, our_staff, their_people, summary, requests, "
        "expansion_plans, pressure, next_step, next_date, next_done, user, created_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        visit_rows,
    )
    shortlists = _shortlists(db, r, texts, list(final), pool, today)
    stages = list(final.values())
    return {
        "pipeline": len(pipeline_rows),
        "landed": stages.count("landed"),
        "dropped": stages.count("dropped"),
        "visits": len(visit_rows),
        "contacts": len(contact_rows),
        "shortlists": shortlists,
    }


def _drop_reason(r: random.Random, texts: dict[str, Any], f: dict[str, Any]) -> str:
    reasons = texts["drop_reasons"]
    if f["_land_constrained"] and r.random() < 0.5:
        land = [x for x in reasons if x.startswith("土地")]
        return r.choice(land)
    return r.choice(reasons)


def _contact_name(r: random.Random, people: dict[str, Any], n: int) -> tuple[str, str]:
    sur, sur_py = r.choice(people["surnames"])
    g1, g1_py = r.choice(people["given"])
    name, py = sur + g1, f"{g1_py}"
    if r.random() < 0.5:
        g2, g2_py = r.choice(people["given"])
        name += g2
        py += g2_py
    domain = r.choice(("example.com", "example.org", "example.net"))
    return name, f"{py}.{sur_py}{n + 1:02d}@{domain}"


def _visit(
    r: random.Random,
    texts: dict[str, Any],
    f: dict[str, Any],
    stage: str,
    day: date,
    today: date,
    owner: str,
    their: list[str],
    is_last: bool,
) -> tuple[Any, ...]:
    size = min(8.0, math.exp(0.6 * f["_size"]))  # project scale follows firm size, capped
    mu = max(10, int(round(30 * size, -1)))
    req = r.choice(texts["visit_requests"]).format(
        mu=mu, area=max(2000, int(round(5000 * size, -3)))
    )
    plan = r.choice(texts["expansion_plans"]).format(
        inv=max(0.5, round(2 * size, 1)),
        out=max(1.0, round(5 * size, 1)),
        n=r.randint(2, 8),
        jobs=max(50, int(round(200 * size, -1))),
    )
    if f["_land_constrained"]:
        pressure = r.choice(texts["pressures"][:5])
    else:
        pressure = r.choice(texts["pressures"][3:])
    step = r.choice(texts["next_steps"])
    open_stage = stage in ("visited", "negotiating", "signed")
    if is_last and open_stage:
        # Open follow-ups: some overdue, most upcoming.
        next_date = today + timedelta(days=r.choice((-12, -5, -2, 3, 7, 10, 14, 21, 30, 45)))
        done = 0
    else:
        next_date = day + timedelta(days=r.randint(7, 30))
        done = 1 if next_date < today else 0
    other = r.choice([s for s in vocab()["firms"]["people"]["staff"] if s != owner])
    return (
        f["id"],
        day.isoformat(),
        r.choice(texts["visit_places"]),
        f"{owner}、{other}",
        "；".join(their),
        r.choice(texts["visit_summaries"]),
        req,
        plan,
        pressure,
        step,
        next_date.isoformat(),
        done,
        owner,
        datetime.combine(day, datetime.min.time()).replace(hour=18).isoformat(timespec="seconds"),
    )


def _shortlists(
    db: Database,
    r: random.Random,
    texts: dict[str, Any],
    pipeline_ids: list[int],
    pool: list[dict[str, Any]],
    today: date,
) -> int:
    if len(pool) < 20:
        return 0
    stamp = datetime.combine(today - timedelta(days=30), datetime.min.time()).isoformat(
        timespec="seconds"
    )
    made = 0
    for name, note in texts["shortlists"]:
        if name == texts["shortlists"][1][0]:
            members = [
                f["id"] for f in pool if f["_direction"] in ("equip.robot", "equip.intelligent")
            ]
        elif name == texts["shortlists"][2][0]:
            members = [f["id"] for f in pool if f["_direction"] == "energy.battery"]
        else:
            members = list(pipeline_ids)
        members = members[:15] if len(members) <= 15 else r.sample(members, 15)
        if not members:
            continue
        cur = db.conn.execute(
            "INSERT INTO shortlists (name, owner, note, created_at, updated_at) VALUES (?,?,?,?,?)",
            (name, vocab()["firms"]["people"]["staff"][made % 3], note, stamp, stamp),
        )
        db.conn.executemany(
            "INSERT INTO shortlist_items (shortlist_id, firm_id, position, note, added_at) "
            "VALUES (?,?,?,?,?)",
            [(cur.lastrowid, fid, pos, None, stamp) for pos, fid in enumerate(members, start=1)],
        )
        made += 1
    return made


def build(
    db: Database, firms: int = DEFAULT_FIRMS, seed: int = 1, cancel: CancelToken | None = None
) -> Job[dict[str, Any]]:
    """The whole demo database: firms and outreach, classification and scores, projects.

    One job for the CLI and the app, so both build the same demo. Projects come after
    classification because a project takes its direction from its firm.
    """
    from app import pipeline
    from app.deals.demo import generate_deals
    from app.projects.demo import generate_projects
    from app.targeting import demo as targeting_demo

    summary = yield from generate(db, firms, seed, cancel)
    summary["targeting"] = targeting_demo.generate(db, seed)  # flags, links, signals (#16)
    refreshed = yield from pipeline.refresh(db, cancel)
    if cancel is not None:
        cancel.check()
    yield Progress(0, None, _("正在生成引进项目及年度报表…"))
    projects = generate_projects(db, seed=seed)
    projects["deals"] = generate_deals(db, seed=seed)
    return {**summary, "refresh": refreshed or {}, "projects": projects}
