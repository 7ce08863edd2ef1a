"""app.pg.split_statements: a script's statements, cut only at a ``;`` that ends one."""

from __future__ import annotations

import pytest

from app.pg import split_statements


def split(sql: str) -> list[str]:
    return list(split_statements(sql))


def test_plain_statements_and_empty_pieces():
    assert split("SELECT 1; SELECT 2;;\n  ;SELECT 3") == ["SELECT 1", "SELECT 2", "SELECT 3"]
    assert split("") == [] and split(" ;\n; ") == []


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT 'a;b'; SELECT 2", ["SELECT 'a;b'", "SELECT 2"]),
        ("SELECT 'it''s;'; SELECT 2", ["SELECT 'it''s;'", "SELECT 2"]),
        ("SELECT E'a\\';b'; SELECT 2", ["SELECT E'a\\';b'", "SELECT 2"]),
        ('SELECT 1 AS "x;y"; SELECT 2', ['SELECT 1 AS "x;y"', "SELECT 2"]),
    ],
)
def test_semicolons_in_quotes(sql, expected):
    assert split(sql) == expected


def test_semicolons_in_line_comments():
    sql = "-- the first; with a semicolon\nSELECT 1; -- done; really\nSELECT 2 -- a; b\n;"
    assert split(sql) == [
        "-- the first; with a semicolon\nSELECT 1",
        "-- done; really\nSELECT 2 -- a; b",
    ]


def test_semicolons_in_block_comments_even_nested():
    sql = "/* a; b */ SELECT 1; /* outer /* inner; */ still; comment */ SELECT 2;"
    assert split(sql) == ["/* a; b */ SELECT 1", "/* outer /* inner; */ still; comment */ SELECT 2"]


def test_a_piece_of_comments_only_is_no_statement():
    assert split("SELECT 1; -- trailing; note\n/* and; this */") == ["SELECT 1"]


def test_dollar_quoted_bodies_with_and_without_tags():
    fn = (
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN NEW.v := 1; RETURN NEW; END $$"
    )
    tagged = (
        "CREATE FUNCTION g() RETURNS text LANGUAGE plpgsql AS $body$\n"
        "BEGIN RETURN $$;$$ || ';'; END $body$"
    )
    assert split(f"{fn};\n{tagged};\nSELECT 3") == [fn, tagged, "SELECT 3"]


def test_dollar_signs_that_open_no_body():
    # $1 is a parameter and a$b$ an identifier: neither starts a dollar-quoted body.
    assert split("SELECT $1; SELECT a$b$ FROM t; SELECT 2") == [
        "SELECT $1",
        "SELECT a$b$ FROM t",
        "SELECT 2",
    ]


def test_unterminated_quote_or_comment_runs_to_the_end():
    assert split("SELECT 1; SELECT 'a;b") == ["SELECT 1", "SELECT 'a;b"]
    assert split("SELECT 1; /* a; b") == ["SELECT 1"]


def test_the_program_schema_script_splits_into_whole_statements():
    from app import pg_schema

    statements = [s for script in _scripts(pg_schema) for s in split_statements(script)]
    assert statements
    for s in statements:
        # A dollar-quoted body is never cut: every $$ opened is closed in the same statement.
        assert s.count("$$") % 2 == 0, s


def _scripts(module) -> list[str]:
    found = []
    for name in dir(module):
        value = getattr(module, name)
        if isinstance(value, str) and ";" in value and ("CREATE" in value or "ALTER" in value):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            found.extend(v for v in value if isinstance(v, str) and "CREATE" in v)
    return found
