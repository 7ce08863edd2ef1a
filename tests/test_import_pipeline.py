"""What `chainfill import` does around the importer: a backup first, classification after."""

from app.db import Database
from app.pg import is_url
from tests.conftest import ROOT, run_cli

SAMPLE = str(ROOT / "resources" / "samples" / "firms_sample.csv")


def _count(target: str, sql: str) -> int:
    with Database(target, migrate=False) as db:
        return int(db.scalar(sql))


def test_import_backs_up_first_and_classifies_after(db_target, _isolated_paths):
    db = db_target
    env = {"CHAINFILL_HOME": str(_isolated_paths)}
    r = run_cli("--db", db, "import", SAMPLE, "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    backups = _isolated_paths / "backups"
    # An empty database has nothing worth a backup.
    assert not list(backups.glob("*/*-before-import-*.sqlite"))
    assert _count(db, "SELECT count(*) FROM firms WHERE classified_at IS NULL") == 0
    assert _count(db, "SELECT count(*) FROM ranked WHERE score IS NOT NULL") > 0
    r = run_cli("--db", db, "import", SAMPLE, "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    # a file is copied first; a server is backed up by the bureau's pg_dump schedule
    expected = 0 if is_url(db) else 1
    assert len(list(backups.glob("*/*-before-import-*.sqlite"))) == expected


def test_dry_run_and_no_classify(db_target, _isolated_paths):
    db = db_target
    env = {"CHAINFILL_HOME": str(_isolated_paths)}
    r = run_cli("--db", db, "import", SAMPLE, "--no-classify", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert _count(db, "SELECT count(*) FROM firms WHERE classified_at IS NULL") > 0
    r = run_cli("--db", db, "import", SAMPLE, "--dry-run", env=env)
    assert r.returncode == 0
    assert not list((_isolated_paths / "backups").glob("*/*-before-import-*.sqlite"))
