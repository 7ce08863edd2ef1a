"""``ui/`` speaks no SQL: it asks :mod:`app.store` for rows (docs/architecture.md).

Every module under ui/ is parsed (not imported) and searched for what speaking SQL takes: a
call of ``.execute``, ``.executemany`` or ``.executescript``, an import of ``sqlite3``, and a
string that reads as an SQL statement (``SELECT … FROM``, ``INSERT INTO``, ``UPDATE … SET``,
``DELETE FROM``, ``PRAGMA``), f-strings included.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXECUTE = {"execute", "executemany", "executescript"}
# Statements as this code base writes them (keywords in capitals) anywhere in a string, and a
# string that starts as a statement in lower case ("select id from firms where …"); English
# words ("Select a firm from the list", "Delete the shortlist") are neither.
SQL_RE = re.compile(
    r"\bSELECT\b[\s\S]+?\bFROM\b|\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bPRAGMA\s+\w+"
)
SQL_START_RE = re.compile(
    r"^\s*(?:select\s[\s\S]*?\bfrom\s+\w+\s*(?:$|where\b|join\b|group\b|order\b|limit\b|as\b)"
    r"|insert\s+(?:or\s+\w+\s+)?into\s|update\s+\w+\s+set\s|delete\s+from\s|pragma\s+\w+\s*(?:$|[(=]))",
    re.IGNORECASE,
)


def _literal_text(node: ast.AST) -> str | None:
    """The text of a string constant, or of an f-string's constant parts (placeholders as ?)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else " ? "
            for v in node.values
        )
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes (prose may name SQL words)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and _literal_text(body[0].value) is not None:
                out.add(id(body[0].value))
    return out


def sql_findings(source: str, name: str = "<string>") -> list[str]:
    """Where ``source`` speaks SQL, as ``name:line: what`` strings."""
    tree = ast.parse(source, name)
    docs = _docstrings(tree)
    # An f-string's constant parts are read with the f-string, not again on their own.
    docs |= {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in EXECUTE:
                found.append(f"{name}:{line}: .{node.func.attr}() call")
        elif isinstance(node, ast.Import):
            if any(a.name.split(".")[0] == "sqlite3" for a in node.names):
                found.append(f"{name}:{line}: import sqlite3")
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] == "sqlite3":
                found.append(f"{name}:{line}: from sqlite3 import")
        elif id(node) not in docs:
            text = _literal_text(node)
            if text is not None and (SQL_RE.search(text) or SQL_START_RE.match(text)):
                found.append(f"{name}:{line}: SQL text {text[:60]!r}")
    return sorted(set(found))


def test_ui_speaks_no_sql():
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        found += sql_findings(path.read_text(encoding="utf-8"), rel)
    assert found == [], "SQL in ui/ (ask app.store instead):\n" + "\n".join(found)


def test_the_check_finds_each_kind_of_sql():
    cases = {
        "db.execute('x')": ".execute() call",
        "conn.executemany(q, rows)": ".executemany() call",
        "c.executescript(s)": ".executescript() call",
        "import sqlite3": "import sqlite3",
        "import sqlite3 as lite": "import sqlite3",
        "from sqlite3 import Row": "from sqlite3 import",
        "q = 'SELECT COUNT(*) FROM firms'": "SQL text",
        "q = ('select name ' 'from firms where id = ?')": "SQL text",
        "q = f'SELECT {cols} FROM ranked WHERE id = ?'": "SQL text",
        'db.query("INSERT OR REPLACE INTO meta VALUES (?, ?)")': "SQL text",
        "q = 'UPDATE firms SET name = ?'": "SQL text",
        "q = 'DELETE FROM shortlists'": "SQL text",
        "q = 'PRAGMA user_version'": "SQL text",
    }
    for source, kind in cases.items():
        found = sql_findings(source)
        assert len(found) == 1 and kind in found[0], (source, found)


def test_the_check_lets_words_and_docstrings_be():
    clean = '''
"""Select the firms from the table; UPDATE the view SET in the docstring is prose."""
label = "Select a firm from the list to see its details"
hint = "Delete the shortlist"
title = "Update settings"
more = "Pragmatic defaults; insert into the list by hand"
def f():
    """SELECT name FROM firms, in a docstring."""
    return store.count(db)
'''
    assert sql_findings(clean) == []
