"""Personal-data masking and safe export helpers, shared by every export.

Contacts' phone numbers, e-mail addresses and names are personal data: lists and exports show
them masked unless the user asks for them (the detail view and the printed dossier show them
in full, since the officer carries the dossier to the visit). Cells of an exported
spreadsheet that a spreadsheet program would read as a formula (``=``, ``+``, ``-``, ``@``,
and tab / carriage return in front of them) get a leading apostrophe so they stay text.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.errors import UserError
from resources.i18n import N_, _

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
_COUNTRY_PREFIX = re.compile(r"^\s*(\+\s*86|0086)[\s-]*")


def mask_phone(phone: str | None) -> str:
    """``13812341234`` -> ``138****1234``; landlines and country codes keep their shape.

    The first three and last four digits stay (what colleagues need to tell two numbers
    apart); every digit in between becomes ``*``. Short numbers are masked whole.
    """
    if not phone:
        return ""
    text = str(phone).strip()
    prefix = ""
    m = _COUNTRY_PREFIX.match(text)
    if m:
        prefix, text = text[: m.end()], text[m.end() :]
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if len(digits) <= 4:
        return prefix + re.sub(r"\d", "*", text)
    keep = set(digits[:3]) | set(digits[-4:]) if len(digits) >= 9 else set(digits[-2:])
    return prefix + "".join(
        ch if (not ch.isdigit() or i in keep) else "*" for i, ch in enumerate(text)
    )


def mask_email(email: str | None) -> str:
    """``zhang.san@example.com`` -> ``z***@example.com``."""
    if not email:
        return ""
    text = str(email).strip()
    local, at, domain = text.partition("@")
    if not at:
        return (text[:1] + "***") if text else ""
    return f"{local[:1]}***@{domain}"


def mask_name(name: str | None) -> str:
    """``张三丰`` -> ``张**``; ``Li Lei`` -> ``L*****`` (the first character stays)."""
    if not name:
        return ""
    text = str(name).strip()
    if len(text) <= 1:
        return text
    return text[0] + "*" * (len(text) - 1)


_PHONE_IN_TEXT = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)")
_LANDLINE_IN_TEXT = re.compile(r"(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)")
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def mask_text(text: str | None) -> str | None:
    """Free text (a contact's note) with the phone numbers and e-mail addresses in it masked."""
    if not text:
        return text
    out = _EMAIL_IN_TEXT.sub(lambda m: mask_email(m.group(0)), str(text))
    out = _PHONE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)), out)
    return _LANDLINE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)), out)


def escape_cell(value: Any) -> Any:
    """A value safe to put in a spreadsheet cell: text that looks like a formula gets a
    leading apostrophe so that no spreadsheet program evaluates it. Numbers, dates and
    ``None`` pass through unchanged."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_TRIGGERS) or value.lstrip(" \t\r\n").startswith(
        FORMULA_TRIGGERS[:4]
    ):
        return "'" + value
    return value


def check_output_path(path: str | os.PathLike[str], suffix: str) -> Path:
    """Check that an export can be written to ``path`` before any work is done.

    ``suffix`` is the expected extension (``.pdf``, ``.xlsx``); raises :class:`UserError`
    with a Chinese message when the folder is missing or not writable, or the path is a
    folder.
    """
    out = Path(path).expanduser()
    if not str(path).strip():
        raise UserError(_("请指定输出文件。"))
    if out.is_dir():
        raise UserError(_("输出路径是一个文件夹，不是文件：{out}").format(out=out))
    if out.suffix.lower() != suffix:
        raise UserError(_("输出文件应以 {suffix} 结尾：{out}").format(suffix=suffix, out=out))
    from app import filesafety

    filesafety.refuse_open_database(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        what = (
            N_("输出文件夹不是文件夹：{folder}")
            if folder.exists()
            else N_("输出文件夹不存在：{folder}")
        )
        raise UserError(_(what).format(folder=folder))
    if out.exists() and not os.access(out, os.W_OK):
        raise UserError(_("无法写入输出文件（文件只读或被占用）：{out}").format(out=out))
    try:
        # Probe with a real file: os.access lies on some network drives and under root.
        fd, probe = tempfile.mkstemp(prefix=".chainfill-", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise UserError(
            _("无法写入输出文件夹 {folder}：{strerror}").format(
                folder=folder, strerror=exc.strerror or exc
            )
        ) from exc
    return out


def replace_atomically(tmp: Path, out: Path, *, private: bool = False) -> None:
    """Move a finished temporary file over ``out`` (same folder, so the rename is atomic).

    ``private`` (unmasked personal data) keeps mkstemp's owner-only mode."""
    try:
        if private:
            os.chmod(tmp, 0o600)
        else:
            # mkstemp creates the file readable by its owner only; give it the usual mode.
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            _("无法写入输出文件 {out}：{strerror}").format(out=out, strerror=exc.strerror or exc)
        ) from exc


def csv_safe_row(row: Iterable[object]) -> list[object]:
    """A CSV row whose text cells a spreadsheet will not evaluate as formulas (plain numbers
    such as ``-3.5`` stay as they are)."""
    return [c if _is_number(c) else escape_cell(c) for c in row]


def _is_number(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        float(value)
    except ValueError:
        return False
    return value.strip() == value and value[:1] in "+-0123456789."
