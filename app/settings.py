"""The user's own settings (one person, one machine): language, last database, window layout.

Kept as JSON in :func:`app.paths.settings_file`, written atomically (temporary file + rename)
so a crash never leaves half a file. Settings that belong with the data — the ranking weights —
live in the database instead (``app.ranking``). A missing or damaged file gives the defaults.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from resources.i18n import N_, _

LANGUAGES = ("zh_CN", "en")
MAX_RECENT = 8


@dataclass
class Settings:
    """What the desktop app remembers between runs."""

    language: str = "zh_CN"
    last_db: str | None = None
    recent_dbs: list[str] = field(default_factory=list)
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()
    window_state: str | None = None  # base64 of QMainWindow.saveState()
    splitters: dict[str, str] = field(default_factory=dict)  # base64 of QSplitter.saveState()
    last_view: str | None = None
    import_dir: str | None = None  # where the import wizard last found a file
    # 本人信息 (设置 → 本人信息, ``chainfill settings set user.name 张三``): the person named as
    # 负责人 / 编制人 on shortlists and dossiers and in the audit log, instead of the OS login.
    user_name: str | None = None
    user_section: str | None = None
    user_phone: str | None = None

    def remember_db(self, path: str | os.PathLike[str]) -> None:
        """Make ``path`` the last database and the first of the recent ones."""
        from app import pg

        # a team database by its URL, never with a password in it (this file is plain text)
        p = pg.without_password(str(path)) if pg.is_url(str(path)) else str(Path(path).resolve())
        self.last_db = p
        self.recent_dbs = [p, *[r for r in self.recent_dbs if r != p]][:MAX_RECENT]

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        """Build from parsed JSON, ignoring unknown keys and values of the wrong type."""
        s = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            if f.name == "recent_dbs":
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    s.recent_dbs = value[:MAX_RECENT]
            elif f.name == "splitters":
                if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
                    s.splitters = value
            elif isinstance(value, str):
                setattr(s, f.name, value)
        if s.language not in LANGUAGES:
            s.language = "zh_CN"
        return s


def load(path: str | os.PathLike[str] | None = None) -> Settings:
    """The saved settings, or the defaults when the file is missing or unreadable."""
    from app import paths

    p = Path(path) if path is not None else paths.settings_file()
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    return Settings.from_dict(raw)


def save(settings: Settings, path: str | os.PathLike[str] | None = None) -> Path:
    """Write the settings atomically; returns the file written."""
    from app import paths

    p = Path(path) if path is not None else paths.settings_file()
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=p.name + ".", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(settings), fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return p


# -- 本人信息 -------------------------------------------------------------------------------------
USER_KEYS = {"user.name": "user_name", "user.section": "user_section", "user.phone": "user_phone"}
USER_LABELS = {"user.name": N_("姓名"), "user.section": N_("科室"), "user.phone": N_("电话")}
_person_cache: dict[str, tuple[float, str | None]] = {}


def person_name() -> str | None:
    """The name set in 本人信息 (``user.name``), or None. Read from the settings file, cached
    until the file changes (the audit log asks for it on every write)."""
    from app import paths

    p = paths.settings_file()
    try:
        stamp = p.stat().st_mtime
    except OSError:
        return None
    cached = _person_cache.get(str(p))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    name = (load(p).user_name or "").strip() or None
    _person_cache[str(p)] = (stamp, name)
    return name


def set_user(key: str, value: str, path: str | os.PathLike[str] | None = None) -> Settings:
    """Set one item of 本人信息 (``user.name``, ``user.section``, ``user.phone``); an empty
    value clears it. UserError (Chinese) for another key or an over-long value."""
    from app.errors import UserError

    attr = USER_KEYS.get(key)
    if attr is None:
        raise UserError(
            _("没有设置项“{key}”。本人信息：{value}").format(key=key, value="、".join(USER_KEYS))
        )
    text = " ".join((value or "").split())
    if len(text) > 60:
        raise UserError(_("{value}太长（最多 60 个字）").format(value=_(USER_LABELS[key])))
    s = load(path)
    setattr(s, attr, text or None)
    save(s, path)
    _person_cache.clear()
    return s
