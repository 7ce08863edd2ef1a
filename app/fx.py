"""Exchange rates: foreign-currency registered capital in 人民币 for scoring and documents.

Registry exports give a foreign-invested firm's registered capital in its own currency
(``746万美元``); the importer keeps the amount in 万 of that currency and the ISO code in
``firms.currency``. Scoring compares capital in 万元人民币, so it converts at a rate table that
staff keep up to date: a date and 人民币 per unit of each currency, stored with the data
(setting ``fx.rates``, like the ranking weights, so that everyone scoring the same database
uses the same rates). A currency missing from the table counts as unknown capital, never as
人民币. Changing the table rescores every firm (``app.ranking.current_state``).

The shipped defaults are approximate reference rates; the date says how old they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.parsing import CURRENCIES
from resources.i18n import N_, _, is_source

if TYPE_CHECKING:
    from app.db import Database

SETTING = "fx.rates"
DEFAULT_DATE = "2026-01-01"
# 人民币 per unit (approximate reference rates of the date above; staff update them).
DEFAULT_RATES: dict[str, float] = {
    "USD": 7.10,
    "HKD": 0.91,
    "EUR": 8.20,
    "JPY": 0.047,
    "GBP": 9.50,
    "TWD": 0.22,
    "AUD": 4.70,
    "CAD": 5.10,
    "SGD": 5.50,
    "CHF": 8.90,
    "KRW": 0.0049,
    "MOP": 0.88,
}
# The Chinese name of each code, for explanations and documents (shown through name()).
NAMES: dict[str, str] = {
    "CNY": N_("人民币"),
    "USD": N_("美元"),
    "HKD": N_("港元"),
    "EUR": N_("欧元"),
    "JPY": N_("日元"),
    "GBP": N_("英镑"),
    "TWD": N_("新台币"),
    "AUD": N_("澳元"),
    "CAD": N_("加元"),
    "SGD": N_("新加坡元"),
    "CHF": N_("瑞士法郎"),
    "KRW": N_("韩元"),
    "MOP": N_("澳门元"),
}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Rates:
    """The rate table in force: its date and 人民币 per unit of each currency."""

    date: str = DEFAULT_DATE
    rates: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_RATES))

    def rate(self, currency: str | None) -> float | None:
        """人民币 per unit; 1 for 人民币 (or none named); None for a currency not in the table."""
        code = (currency or "CNY").upper()
        if code in ("CNY", "RMB"):
            return 1.0
        return self.rates.get(code)

    def to_cny(self, amount: float | None, currency: str | None) -> float | None:
        """An amount in 万 of ``currency`` as 万元人民币 (None when unknown)."""
        r = self.rate(currency)
        return None if amount is None or r is None else amount * r

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "rates": dict(sorted(self.rates.items()))}


def name(code: str | None) -> str:
    """The currency's name in the language in force (its code when it has none)."""
    c = (code or "CNY").upper()
    return _(NAMES[c]) if c in NAMES else c


def get_rates(db: Database) -> Rates:
    """The rate table of this database (the defaults for what was never set)."""
    raw = db.get_setting(SETTING)
    if not isinstance(raw, dict):
        return Rates()
    rates = dict(DEFAULT_RATES)
    for k, v in (raw.get("rates") or {}).items():
        if isinstance(k, str) and isinstance(v, (int, float)) and v > 0:
            rates[k.upper()] = float(v)
    d = raw.get("date")
    return Rates(date=d if isinstance(d, str) and _DATE_RE.match(d) else DEFAULT_DATE, rates=rates)


def currency_of(text: str) -> str:
    """The ISO code of a foreign currency named by code or Chinese name; UserError otherwise."""
    t = (text or "").strip()
    code = CURRENCIES.get(t) or CURRENCIES.get(t.upper())
    if code is None or code == "CNY":
        known = "、".join(f"{c}（{name(c)}）" for c in NAMES if c != "CNY")
        raise UserError(
            _("没有外币“{text}”。可设置汇率的币种：{known}").format(text=text, known=known)
        )
    return code


def set_rate(db: Database, currency: str, rate: object, on: str | None = None) -> Rates:
    """Set one currency's rate (人民币 per unit) and the table's date (today by default)."""
    code = currency_of(currency)
    value = parse_rate(code, rate)
    current = get_rates(db)
    rates = {**current.rates, code: value}
    return _store(db, Rates(date=on or date.today().isoformat(), rates=rates))


def parse_rate(code: str, rate: object) -> float:
    """A rate as staff type it (``7.12``) checked: a number above 0; UserError otherwise."""
    text = str(rate).strip().replace("．", ".")
    try:
        value = float(text)
    except ValueError:
        raise UserError(
            _("汇率“{rate}”不是数字：应为 1 {name} 折合多少元人民币").format(
                rate=rate, name=name(code)
            )
        ) from None
    if not 0 < value < 10000:  # also refuses nan and inf
        raise UserError(
            _("汇率 {rate} 不合理：应为 1 {name} 折合多少元人民币（大于 0）").format(
                rate=rate, name=name(code)
            )
        )
    return value


def parse_date(on: str) -> str:
    """A table date as ``2026-12-01``; UserError for anything else."""
    t = (on or "").strip()
    try:
        date.fromisoformat(t)
    except ValueError:
        raise UserError(_("日期“{on}”无效，请写成 2026-12-01 的形式").format(on=on)) from None
    if not _DATE_RE.match(t):
        raise UserError(_("日期“{on}”无效，请写成 2026-12-01 的形式").format(on=on))
    return t


def set_date(db: Database, on: str) -> Rates:
    """Say which day the rate table is of."""
    return _store(db, Rates(date=parse_date(on), rates=get_rates(db).rates))


def set_table(db: Database, rates: dict[str, object], on: str) -> Rates:
    """Replace the rates of the currencies given and the table's date at once (the settings
    editor): every value is checked first, so a bad one writes nothing."""
    when = parse_date(on)
    checked = {currency_of(code): parse_rate(currency_of(code), v) for code, v in rates.items()}
    return _store(db, Rates(date=when, rates={**get_rates(db).rates, **checked}))


def _store(db: Database, rates: Rates) -> Rates:
    db.set_setting(SETTING, rates.to_json())
    return rates


def describe(amount: float | None, currency: str | None, rates: Rates) -> str | None:
    """``746 万美元（按 2026-01-01 汇率 7.1 折合约 5,297 万元人民币）`` for a foreign amount;
    None for 人民币 or no amount."""
    from app.fmt import figure, money

    code = (currency or "CNY").upper()
    if amount is None or code in ("CNY", "RMB"):
        return None
    r = rates.rate(code)
    # Chinese counts in 万 of the currency; English says it as the UI does (USD 7.5 m).
    own = f"{figure(amount)} 万{name(code)}" if is_source() else money(amount, code)
    if r is None:
        return _("{amount}（汇率表中没有此币种，未计入）").format(amount=own)
    cny = figure(amount * r) if is_source() else money(amount * r)
    return _("{amount}（按 {date} 汇率 {rate} 折合约 {cny} 万元人民币）").format(
        amount=own, date=rates.date, rate=f"{r:g}", cny=cny
    )
