"""argparse's own error messages come out in Chinese, whole (exit code 2)."""

import re

import pytest

from cli import main as cli


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["dossier", "--out", "x.pdf"], "必须提供以下参数之一"),
        (["dossier", "--firm", "1", "--shortlist", "甲", "--out", "x.pdf"], "不能与此参数同时使用"),
        (["score", "--top", "many"], "不是有效的整数"),
        (["score", "--nonsense"], "无法识别的参数"),
    ],
)
def test_argparse_errors_are_chinese(argv, expected, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.build_parser().parse_args(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    message = err.split("参数错误：", 1)[1].split("\n", 1)[0]
    assert expected in message
    # No English word of argparse's left over (option names and the user's own quoted
    # value are fine).
    words = re.sub(r"'[^']*'", "", message).replace("--", " --")
    assert not re.search(r"(?<![-\w])[a-z]{3,}(?![-\w])", words), message
