import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import uscc
from tests.conftest import run_cli


def make(body17: str) -> str:
    return body17 + uscc.check_char(body17)


VALID = [
    "9144030027939873X7",
    make("91440300MA5EXAMP0"),
    make("A1440300MA5EXAMP0"),
    make("N2440300MA5EXAMP0"),
    make("Y1440300MA5EXAMP0"),
]


@pytest.mark.parametrize("code", VALID)
def test_valid_codes(code):
    assert uscc.problem(code) is None


def test_authorities_a_n_y_are_legal():
    for first in "ANY":
        assert uscc.is_valid(make(first + "1440300MA5EXAMP0"))


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("", "为空"),
        ("9144030061883225", "长度"),
        ("91440300618832255I", "不允许的字符"),
        ("B1440300618832255J", "登记管理部门"),
        ("91440300618832255K", "校验位"),
    ],
)
def test_invalid_codes(code, fragment):
    assert fragment in uscc.problem(code)


def test_fullwidth_and_lowercase_are_normalised():
    code = VALID[1]
    assert uscc.is_valid(code.lower())
    full = "".join(chr(ord(c) + 0xFEE0) for c in code)
    assert uscc.is_valid(full)


@given(st.text(alphabet=uscc.ALPHABET, min_size=17, max_size=17))
def test_check_char_roundtrip(body):
    code = body + uscc.check_char(body)
    if code[0] in uscc.AUTHORITIES:
        assert uscc.is_valid(code)
    # Any single substitution in the check character is caught.
    other = next(c for c in uscc.ALPHABET if c != code[17])
    assert not uscc.is_valid(code[:17] + other)


@given(st.text(max_size=40))
def test_problem_never_raises(text):
    result = uscc.problem(text)
    assert result is None or isinstance(result, str)


def test_cli_check_uscc_exit_codes():
    ok = run_cli("check-uscc", VALID[0], VALID[1])
    assert ok.returncode == 0
    assert "有效" in ok.stdout.decode()
    bad = run_cli("check-uscc", VALID[0], "123")
    assert bad.returncode == 2
    assert "无效" in bad.stdout.decode()
