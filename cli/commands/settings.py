"""chainfill settings show [--json] | settings set KEY VALUE

本人信息 (``user.name``, ``user.section``, ``user.phone``) is the person's own, kept in the
settings file of this computer (app.settings), scope ``personal``; ``user.name`` also picks
(or, by the bootstrap rule of app.people, creates) the person's row in the database's list of
people. The exchange-rate table (``fx.date``, ``fx.USD`` …) and the other settings of
app.people.DATABASE_SETTINGS belong with the data, scope ``database``: only a 管理员 changes
them once the database has one."""

from __future__ import annotations

import argparse

from cli.commands._args import action, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "settings",
        help="查看或修改设置：本人信息（姓名、科室、电话）和外币汇率表",
        description="本人信息用作名单负责人、材料编制人和操作记录中的人名（代替电脑登录名）；"
        "汇率表用于把外币注册资本折算为人民币后评分。",
    )
    s = p.add_subparsers(dest="action", metavar="{show,set}", required=True)
    show = action(s, "show", run_show, help="显示本人信息和汇率表")
    json_flag(show)
    st = action(
        s,
        "set",
        run_set,
        help="修改一项设置",
        description="例如：chainfill settings set user.name 张三；settings set user.section 招商一科；"
        "settings set fx.USD 7.12（1 美元折合人民币元数，汇率表日期记为今天）；"
        'settings set fx.date 2026-12-01。值留空（""）表示清除本人信息中的该项。',
    )
    st.add_argument(
        "key", metavar="KEY", help="user.name、user.section、user.phone、fx.date 或 fx.币种"
    )
    st.add_argument("value", metavar="VALUE", help="新的值")


def _collect(args: argparse.Namespace) -> dict:
    from app import fx, people
    from app import settings as app_settings
    from cli.main import open_database

    s = app_settings.load()
    with open_database(args) as db:
        rates = fx.get_rates(db)
        me = people.current(db)
        stored = {key: db.get_setting(key) for key in people.DATABASE_SETTINGS}
    user = {k: getattr(s, attr) or "" for k, attr in app_settings.USER_KEYS.items()}
    # One list of every setting with its scope: personal (this computer's settings file) or
    # the database's (shared by everyone who opens it; only a 管理员 changes it).
    items = [
        {"key": k, "value": v, "scope": "personal", "label": app_settings.USER_LABELS[k]}
        for k, v in user.items()
    ]
    items.append(
        {"key": "fx.date", "value": rates.date, "scope": "database", "label": "汇率表日期"}
    )
    items += [
        {
            "key": f"fx.{code}",
            "value": rate,
            "scope": "database",
            "label": f"汇率（{fx.name(code)}）",
        }
        for code, rate in rates.rates.items()
    ]
    items += [
        {"key": key, "value": stored[key], "scope": "database", "label": label}
        for key, label in people.DATABASE_SETTINGS.items()
        if key != fx.SETTING
    ]
    return {"user": user, "fx": rates.to_json(), "person": me.to_json(), "items": items}


def run_show(args: argparse.Namespace) -> int:
    from app import fx
    from app import settings as app_settings
    from cli.commands._out import print_json

    data = _collect(args)
    if args.json:
        print_json(data)
        return 0
    print("本人信息（用作负责人、编制人）：")
    for key, label in app_settings.USER_LABELS.items():
        print(f"  {label}（{key}）：{data['user'][key] or '未设置'}")
    if not data["user"]["user.name"]:
        print("  提示：chainfill settings set user.name 张三")
    me = data["person"]
    print(f"  在本数据库：{me['name']}（{me['role_zh']}）")
    print("以下为全库设置（所有人共用，只有管理员可以修改）：")
    print(f"外币汇率表（{data['fx']['date']}，1 单位外币折合人民币元）：")
    for code, rate in data["fx"]["rates"].items():
        print(f"  {fx.name(code)}（fx.{code}）：{rate:g}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from app import fx
    from app import settings as app_settings
    from app.errors import UserError
    from cli.main import open_database

    key = args.key.strip()
    if key in app_settings.USER_KEYS:
        if key == "user.name" and " ".join(args.value.split()):
            from app import people

            # the users row first: a refusal leaves the settings file as it was
            with open_database(args, create=True) as db:
                person, added = people.choose(
                    db, args.value, section=app_settings.load().user_section
                )
            app_settings.set_user(key, person.name)
            print(
                f"已设置姓名：{person.name}（本数据库{'新登记为' if added else '中的'}"
                f"{person.role_zh}）"
            )
            return 0
        app_settings.set_user(key, args.value)
        value = " ".join(args.value.split())
        label = app_settings.USER_LABELS[key]
        print(f"已设置{label}：{value}" if value else f"已清除{label}。")
        return 0
    if key.lower().startswith("fx."):
        what = key[3:]
        with open_database(args, create=True) as db:
            if what.lower() == "date":
                rates = fx.set_date(db, args.value)
                print(f"汇率表日期已设为 {rates.date}。")
            else:
                rates = fx.set_rate(db, what, args.value)
                code = fx.currency_of(what)
                print(
                    f"已设置汇率：1 {fx.name(code)} = {rates.rates[code]:g} 元人民币"
                    f"（汇率表日期 {rates.date}）。下次评分时按新汇率重算。"
                )
        return 0
    keys = "、".join([*app_settings.USER_KEYS, "fx.date", "fx.USD（等币种）"])
    raise UserError(f"没有设置项“{args.key}”。可设置：{keys}")
