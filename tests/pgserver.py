"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, started by
pg_ctl as an unprivileged user (initdb refuses root: as root the server runs as the
``postgres`` user that Debian's packages create), stopped and deleted at the end.

Authentication: the superuser ``chainfill`` is trusted (the fixtures create databases with
it); every other role logs in over TCP with a password (scram), so that the tests can
check libpq's password conventions.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "chainfill"


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: $PG_BINDIR, PATH, or Debian's /usr/lib/postgresql/N/bin."""
    env = os.environ.get("PG_BINDIR")
    candidates = [Path(env)] if env else []
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).parent)
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="chainfill-pg-"))
        self.port = _free_port()
        self.os_user: str | None = None
        if os.geteuid() == 0:
            self.os_user = "postgres"
            shutil.chown(self.dir, user=self.os_user)
        self._count = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.os_user:
            cmd = ["runuser", "-u", self.os_user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)

    def start(self) -> None:
        data = self.dir / "data"
        self._run(
            "initdb", "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8",
        )  # fmt: skip
        hba = data / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        self._run(
            "pg_ctl", "-D", str(data), "-l", str(self.dir / "log"), "-w", "-o",
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off",
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def admin(self, sql: str, dbname: str = "postgres") -> None:
        """Run one statement as the superuser (outside a transaction)."""
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """A new empty database; its URL."""
        self._count += 1
        name = f"t{os.getpid()}_{self._count}"
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)
