"""The user's settings file: defaults, round trip, atomic write, damaged files."""

from __future__ import annotations

import json

from app import paths
from app import settings as app_settings


def test_defaults_when_missing():
    s = app_settings.load()
    assert s.language == "zh_CN"
    assert s.last_db is None
    assert s.recent_dbs == []


def test_round_trip_in_user_data_folder(tmp_path):
    s = app_settings.load()
    s.language = "en"
    s.remember_db(tmp_path / "a.sqlite")
    s.remember_db(tmp_path / "b.sqlite")
    s.remember_db(tmp_path / "a.sqlite")
    s.window_geometry = "AAAA"
    s.splitters["firms"] = "BBBB"
    written = app_settings.save(s)
    assert written == paths.settings_file()
    again = app_settings.load()
    assert again.language == "en"
    assert again.last_db == str((tmp_path / "a.sqlite").resolve())
    assert again.recent_dbs == [
        str((tmp_path / "a.sqlite").resolve()),
        str((tmp_path / "b.sqlite").resolve()),
    ]
    assert again.window_geometry == "AAAA"
    assert again.splitters == {"firms": "BBBB"}
    # No temporary files are left next to the settings file.
    assert [p.name for p in written.parent.iterdir() if p.name.startswith("settings")] == [
        "settings.json"
    ]


def test_damaged_or_wrong_values_give_defaults():
    f = paths.settings_file()
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text("{not json", encoding="utf-8")
    assert app_settings.load().language == "zh_CN"
    f.write_text(
        json.dumps({"language": "fr", "recent_dbs": [1, 2], "last_db": 5, "splitters": []}),
        encoding="utf-8",
    )
    s = app_settings.load()
    assert s.language == "zh_CN"
    assert s.recent_dbs == []
    assert s.last_db is None
    assert s.splitters == {}


def test_recent_list_is_bounded(tmp_path):
    s = app_settings.Settings()
    for i in range(app_settings.MAX_RECENT + 5):
        s.remember_db(tmp_path / f"{i}.sqlite")
    assert len(s.recent_dbs) == app_settings.MAX_RECENT
    assert s.recent_dbs[0].endswith(f"{app_settings.MAX_RECENT + 4}.sqlite")
