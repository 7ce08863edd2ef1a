"""Smoke test of the built one-folder bundle (dist/chainfill), as a laptop without Python runs it.

    make bundle-test                      (builds, then runs this)
    .venv/bin/python bench/bundle_smoke.py [--dist dist/chainfill] [--keep]

Every command runs with a clean environment: PATH holds only an empty folder (no Python, no
venv), no PYTHONPATH/VIRTUAL_ENV/CHAINFILL_*, HOME and XDG_* in a temp folder, Qt offscreen.
Checks, each with its time:

- the size budget; every shipped library resolves what it links (ldd, as the bootloader sets
  LD_LIBRARY_PATH); ``--version`` matches pyproject.toml; nothing is loaded from the build
  machine's Python (strace, when installed, watches every file the app opens or executes);
- ``demo --firms 200`` then ``gui --self-test`` (the issue's acceptance pair), the self-test
  again on an X server (Xvfb, when installed) with Qt choosing its platform, catalog, search,
  score, a dossier PDF with embedded Chinese font, backup, a bad USCC (exit 2, Chinese message);
- two ``gui --self-test`` at once on one database (both succeed: SQLite WAL);
- a write while another program holds the write lock: exit 2 with a clear message after the
  5 s busy timeout, nothing changed;
- a database from a newer ChainFill: exit 2, a clear message, the file byte-for-byte unchanged;
- the bundle copied to a path with Chinese characters and spaces, made read-only (and run as
  ``nobody`` when this runs as root, since root ignores permissions), with no LANG set: the
  database goes to the user-data folder and the bundle folder is left untouched.

Prints a table and exits 1 if any check failed. Not part of ``make test`` (it needs a build,
which takes minutes); .ci/run runs it when time allows (see docs/packaging.md).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIST = ROOT / "dist" / "chainfill"
EXE_NAME = "chainfill.exe" if sys.platform == "win32" else "chainfill"
TIMEOUT = 300
MAX_MIB = 300  # the size budget of issue 7 (MiB, as `du -sm` counts)
BAD_USCC = "91440300MA5DXXXXX0"


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def clean_env(home: Path, *, lang: str | None = "C.UTF-8") -> dict[str, str]:
    """The environment of a staff laptop: no Python anywhere, a fresh home, Qt offscreen."""
    empty_bin = home / "empty-bin"
    empty_bin.mkdir(parents=True, exist_ok=True)
    xdg = home / ".xdg"
    for sub in ("data", "config", "cache", "state", "runtime"):
        (xdg / sub).mkdir(parents=True, exist_ok=True)
    (xdg / "runtime").chmod(0o700)
    env = {
        "PATH": str(empty_bin),
        "HOME": str(home),
        "XDG_DATA_HOME": str(xdg / "data"),
        "XDG_CONFIG_HOME": str(xdg / "config"),
        "XDG_CACHE_HOME": str(xdg / "cache"),
        "XDG_STATE_HOME": str(xdg / "state"),
        "XDG_RUNTIME_DIR": str(xdg / "runtime"),
        "TMPDIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    if lang:
        env["LANG"] = lang
    return env


def user_db(env: dict[str, str]) -> Path:
    """Where platformdirs puts the default database on Linux for this environment."""
    return Path(env["XDG_DATA_HOME"]) / "ChainFill" / "chainfill.sqlite"


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


@dataclass
class Check:
    name: str
    ok: bool
    seconds: float
    note: str = ""


@dataclass
class Smoke:
    exe: Path
    work: Path
    env: dict[str, str]
    checks: list[Check] = field(default_factory=list)
    prefix: list[str] = field(default_factory=list)  # e.g. setpriv … to run as nobody

    def run(self, *args: str, env: dict[str, str] | None = None, exe: Path | None = None) -> Run:
        start = time.perf_counter()
        proc = subprocess.run(
            [*self.prefix, str(exe or self.exe), *args],
            env=env or self.env,
            cwd=self.work,
            capture_output=True,
            timeout=TIMEOUT,
        )
        return Run(
            proc.returncode,
            proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"),
            time.perf_counter() - start,
        )

    def check(self, name: str, fn: Callable[[], tuple[bool, str]]) -> bool:
        start = time.perf_counter()
        try:
            ok, note = fn()
        except Exception as exc:
            ok, note = False, f"{type(exc).__name__}: {exc}"
        self.checks.append(Check(name, ok, time.perf_counter() - start, note))
        mark = "ok  " if ok else "FAIL"
        print(f"[{mark}] {name} ({self.checks[-1].seconds:.1f} s) {note}", flush=True)
        return ok


def expect(run: Run, code: int = 0, *needles: str) -> tuple[bool, str]:
    """Exit code and text the command must produce; the note carries stderr on failure."""
    text = run.out + run.err
    missing = [n for n in needles if n not in text]
    ok = run.code == code and not missing
    note = f"exit {run.code}"
    if not ok:
        tail = run.err.strip().splitlines()[-6:]
        note += f", expected {code}" + (f", missing {missing}" if missing else "")
        note += " | " + " / ".join(tail)
    return ok, note


def refused_missing_db(s: Smoke, db: Path) -> tuple[bool, str]:
    """A --db naming no file is refused by a reading command and never created by it."""
    ok, note = expect(s.run("--db", str(db), "catalog", "show", "--json"), 2, "找不到数据库文件")
    if db.exists():
        return False, note + ", but the file was created"
    return ok, note


def created_then_read(s: Smoke, db: Path) -> tuple[bool, str]:
    """A creating command makes the database (and its folder); a reading one then opens it."""
    ok, note = expect(s.run("--db", str(db), "demo", "--firms", "50"))
    if not ok:
        return False, "demo: " + note
    return expect(s.run("--db", str(db), "catalog", "show", "--json"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime) of every file under ``folder``: a write anywhere changes it."""
    snap = {}
    for p in folder.rglob("*"):
        st = p.lstat()
        snap[str(p.relative_to(folder))] = (st.st_size, st.st_mtime_ns)
    return snap


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest(folder: Path, n: int = 12) -> list[tuple[int, str]]:
    sizes = [
        (p.stat().st_size, str(p.relative_to(folder)))
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:n]


# -- the checks -------------------------------------------------------------------------------
def check_version(s: Smoke) -> tuple[bool, str]:
    r = s.run("--version")
    return expect(r, 0, f"ChainFill {pyproject_version()}")


def check_isolated(s: Smoke) -> tuple[bool, str]:
    """Nothing the frozen app opens or runs comes from the build machine's Python."""
    strace = shutil.which("strace")
    if strace is None:
        return True, "skipped: strace not installed"
    log = s.work / "strace.log"
    db = s.work / "isolated.sqlite"
    trace = [strace, "-f", "-qq", "-e", "trace=open,openat,execve", "-o", str(log)]
    proc = subprocess.run(
        [*trace, str(s.exe), "--db", str(db), "gui", "--self-test"],
        env=s.env,
        cwd=s.work,
        capture_output=True,
        timeout=TIMEOUT,
    )
    if proc.returncode != 0:
        return False, f"self-test under strace exit {proc.returncode}: {proc.stderr[-400:]!r}"
    roots = {
        str(Path(p).resolve())
        for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, ROOT / ".venv")
        if p
    }
    leaks = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if "ENOENT" in line:
            continue
        if any(f'"{r}/' in line or f'"{r}"' in line for r in roots) or (
            "execve(" in line and "python" in line.split(",")[0]
        ):
            leaks.append(line.strip()[:160])
    return not leaks, (f"{len(leaks)} leaks: {leaks[:3]}" if leaks else f"no file from {roots}")


def check_links(dist: Path) -> tuple[bool, str]:
    """Every shipped library and plugin finds the libraries it links, the way the frozen app
    looks for them (the bootloader puts _internal on LD_LIBRARY_PATH): catches a library the
    spec's filters dropped while something kept still needs it."""
    ldd = shutil.which("ldd")
    if ldd is None or not sys.platform.startswith("linux"):
        return True, "skipped: no ldd"
    internal = dist / "_internal"
    env = {"LD_LIBRARY_PATH": str(internal), "PATH": os.environ.get("PATH", "")}
    missing, count = [], 0
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        count += 1
        out = subprocess.run([ldd, str(path)], env=env, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.append(f"{path.relative_to(internal)}: {line.strip()}")
    return not missing, (f"{missing[:3]}" if missing else f"{count} files resolve")


def check_demo_and_selftest(s: Smoke, db: Path) -> None:
    s.check("demo --firms 200", lambda: expect(s.run("--db", str(db), "demo", "--firms", "200")))
    s.check("gui --self-test", lambda: expect(s.run("--db", str(db), "gui", "--self-test")))


def check_commands(s: Smoke, db: Path) -> None:
    def catalog() -> tuple[bool, str]:
        r = s.run("--db", str(db), "catalog", "show", "--json")
        ok, note = expect(r)
        if ok:
            n = len(json.loads(r.out)["directions"])
            ok, note = n == 21, f"{n} directions"
        return ok, note

    def search() -> tuple[bool, str]:
        r = s.run("--db", str(db), "search", "科技", "--limit", "5", "--json")
        ok, note = expect(r)
        if ok:
            rows = json.loads(r.out)
            ok, note = isinstance(rows, list) and len(rows) > 0, f"{len(rows)} hits"
        return ok, note

    firm: dict = {}

    def score() -> tuple[bool, str]:
        r = s.run("--db", str(db), "score", "--top", "5", "--json")
        ok, note = expect(r)
        if ok:
            rows = json.loads(r.out)
            ok = bool(rows) and {"id", "score", "why"} <= set(rows[0])
            note = f"{len(rows)} ranked"
            if rows:
                firm.update(rows[0])
        return ok, note

    def dossier() -> tuple[bool, str]:
        if not firm:
            return False, "no firm from score"
        pdf = s.work / "档案 测试.pdf"
        ok, note = expect(
            s.run("--db", str(db), "dossier", "--firm", str(firm["id"]), "--out", str(pdf))
        )
        if not ok:
            return ok, note
        head = pdf.read_bytes()[:5]
        if head != b"%PDF-":
            return False, "not a PDF"
        pdffonts = shutil.which("pdffonts")
        if pdffonts:
            fonts = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True).stdout
            ok = "WenQuanYi" in fonts or "wqy" in fonts.lower()
            return ok, f"{pdf.stat().st_size // 1024} KB, font {'embedded' if ok else 'MISSING'}"
        return True, f"{pdf.stat().st_size // 1024} KB"

    def backup() -> tuple[bool, str]:
        out = s.work / "备份 副本.sqlite"
        ok, note = expect(s.run("--db", str(db), "backup", "--out", str(out)))
        return ok and out.is_file() and out.stat().st_size > 0, note

    def bad_uscc() -> tuple[bool, str]:
        r = s.run("check-uscc", BAD_USCC)
        ok, note = expect(r, 2)
        return ok and any("\u4e00" <= ch <= "\u9fff" for ch in r.out + r.err), note

    s.check("catalog show --json", catalog)
    s.check("search --json", search)
    s.check("score --top 5 --json", score)
    s.check("dossier PDF (Chinese font embedded)", dossier)
    s.check("backup --out (path with Chinese and a space)", backup)
    s.check("check-uscc bad code: exit 2, Chinese message", bad_uscc)


def check_two_instances(s: Smoke, db: Path) -> tuple[bool, str]:
    """A second copy of the app on the same database while the first is open."""
    cmd = [*s.prefix, str(s.exe), "--db", str(db), "gui", "--self-test"]
    procs = [
        subprocess.Popen(cmd, env=s.env, cwd=s.work, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=TIMEOUT) for p in procs]
    codes = [p.returncode for p in procs]
    ok = codes == [0, 0]
    note = f"exit codes {codes}"
    if not ok:
        note += " | " + " / ".join(r[1].decode("utf-8", "replace")[-300:] for r in results)
    return ok, note


def check_busy(s: Smoke, db: Path) -> tuple[bool, str]:
    """Another program holds the write lock: the write waits ~5 s, then a clear message."""
    holder = sqlite3.connect(db, isolation_level=None, timeout=1)
    try:
        holder.execute("BEGIN IMMEDIATE")
        before = holder.execute("SELECT COUNT(*) FROM shortlists").fetchone()[0]
        r = s.run("--db", str(db), "shortlist", "create", "冒烟 测试")
    finally:
        holder.execute("ROLLBACK")
    after = holder.execute("SELECT COUNT(*) FROM shortlists").fetchone()[0]
    holder.close()
    ok, note = expect(r, 2, "另一个")
    ok = ok and before == after and r.seconds >= 4.5
    return ok, f"{note}, waited {r.seconds:.1f} s, shortlists {before}->{after}"


def check_newer(s: Smoke) -> tuple[bool, str]:
    """A database made by a newer ChainFill is refused and left byte-for-byte alone."""
    db = s.work / "newer.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE future (x)")
    con.execute("INSERT INTO future VALUES ('from version 99')")
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    digest = sha256(db)
    r = s.run("--db", str(db), "backup", "--out", str(s.work / "newer-copy.sqlite"))
    ok, note = expect(r, 2, "更新版本")
    side = [p.name for p in db.parent.glob("newer.sqlite-*")]
    unchanged = sha256(db) == digest and not side
    return ok and unchanged, note + ("" if unchanged else f", file changed or {side} created")


def check_x11(s: Smoke, db: Path) -> tuple[bool, str]:
    """The self-test on a real X server, Qt choosing its platform itself as on a desktop."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return True, "skipped: Xvfb not installed"
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            return False, "Xvfb did not start"
        env = {k: v for k, v in s.env.items() if k != "QT_QPA_PLATFORM"}
        env["DISPLAY"] = f":{display}"
        return expect(s.run("--db", str(db), "gui", "--self-test", env=env))
    finally:
        server.terminate()
        server.wait(timeout=10)


def check_hostile_path(dist: Path, base: Path) -> list[Check]:
    """The bundle in "招商 工具/chainfill", read-only, no LANG, run as nobody when root."""
    target_parent = base / "招商 工具"
    target = target_parent / "chainfill"
    shutil.copytree(dist, target, symlinks=True)
    prefix: list[str] = []
    home = base / "home-nobody"
    home.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("setpriv"):
        prefix = [
            shutil.which("setpriv") or "setpriv",
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            "--",
        ]
        home.chmod(0o777)
    env = clean_env(home, lang=None)
    if prefix:
        for p in [home, *home.rglob("*")]:
            with contextlib.suppress(OSError):
                os.chown(p, 65534, 65534)
    for p in [target, *target.rglob("*")]:
        if not p.is_symlink():
            p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    before = tree_snapshot(target)
    s = Smoke(exe=target / EXE_NAME, work=home, env=env, prefix=prefix)
    who = "nobody" if prefix else "current user"
    s.check(f"[招商 工具, read-only, {who}, no LANG] --version", lambda: check_version(s))
    s.check(
        f"[招商 工具, read-only, {who}] demo --firms 200 (default database)",
        lambda: expect(s.run("demo", "--firms", "200")),
    )
    s.check(
        f"[招商 工具, read-only, {who}] database is in the user-data folder",
        lambda: (user_db(env).is_file(), str(user_db(env))),
    )
    s.check(
        f"[招商 工具, read-only, {who}] gui --self-test",
        lambda: expect(s.run("gui", "--self-test")),
    )
    db2 = home / "数据 文件夹" / "招商 库.sqlite"
    s.check(
        f"[招商 工具, read-only, {who}] --db mistyped: refused, nothing created",
        lambda: refused_missing_db(s, db2),
    )
    s.check(
        f"[招商 工具, read-only, {who}] --db with Chinese and spaces",
        lambda: created_then_read(s, db2),
    )
    s.check(
        "bundle folder untouched",
        lambda: (tree_snapshot(target) == before, f"{len(before)} entries compared"),
    )
    for p in [target, *target.rglob("*")]:  # let the temp folder be removed
        if not p.is_symlink():
            p.chmod(p.stat().st_mode | stat.S_IWUSR)
    return s.checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="the bundle folder")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    parser.add_argument("--max-mib", type=float, default=MAX_MIB, help="size budget (MiB)")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    exe = dist / EXE_NAME
    if not exe.is_file():
        print(f"no bundle at {exe}: run `make bundle` first", file=sys.stderr)
        return 1
    size = folder_size(dist)
    print(f"bundle: {dist}  {size / 2**20:.0f} MiB ({size / 1e6:.0f} MB)")
    for n, name in biggest(dist, 8):
        print(f"  {n / 2**20:6.1f} MiB  {name}")

    base = Path(tempfile.mkdtemp(prefix="chainfill-smoke-"))
    base.chmod(0o755)  # the read-only check runs as nobody, who must reach the copy
    start = time.perf_counter()
    try:
        home = base / "home"
        home.mkdir()
        env = clean_env(home)
        work = home / "工作 目录"
        work.mkdir()
        s = Smoke(exe=exe, work=work, env=env)
        db = work / "tmp.db"
        s.check(
            f"size within {args.max_mib:.0f} MiB",
            lambda: (size / 2**20 <= args.max_mib, f"{size / 2**20:.0f} MiB, {size / 1e6:.0f} MB"),
        )
        s.check("every shipped library finds what it links (ldd)", lambda: check_links(dist))
        s.check("--version matches pyproject.toml", lambda: check_version(s))
        check_demo_and_selftest(s, db)
        s.check("gui --self-test on X11 (Xvfb, platform not forced)", lambda: check_x11(s, db))
        check_commands(s, db)
        s.check("two app windows on one database at once", lambda: check_two_instances(s, db))
        s.check("write while another program holds the lock", lambda: check_busy(s, db))
        s.check("database from a newer version: refused, untouched", lambda: check_newer(s))
        s.check("no file from the build machine's Python (strace)", lambda: check_isolated(s))
        checks = s.checks + check_hostile_path(dist, base)
    finally:
        if args.keep:
            print(f"kept {base}")
        else:
            for p in base.rglob("*"):
                with contextlib.suppress(OSError):
                    if not p.is_symlink():
                        p.chmod(p.stat().st_mode | stat.S_IWUSR)
            shutil.rmtree(base, ignore_errors=True)
    failed = [c for c in checks if not c.ok]
    total = time.perf_counter() - start
    print(
        f"\n{len(checks) - len(failed)}/{len(checks)} checks passed in {total:.0f} s; "
        f"bundle {size / 2**20:.0f} MiB"
    )
    for c in failed:
        print(f"  FAILED: {c.name}: {c.note}")
    print(f"{len(checks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
