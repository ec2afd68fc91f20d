"""vqs estimate: bad input is one line on stderr, exit 2, nothing written."""

import pytest

from vqs.cli import main


@pytest.mark.parametrize(("argv", "message"), [
    (["--shots", "10,x"], "--shots must be comma-separated integers"),
    (["--shots", "0"], "--shots must be integers from 1"),
    (["--trials", "1"], "--trials"),
    ([], "not a directory"),
])
def test_estimate_bad_input_one_line_exit_2(argv, message, capsys, tmp_path):
    out = tmp_path / "est"
    code = main(["estimate", str(tmp_path / "missing"), "--out", str(out), *argv])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1
    assert not out.exists()


def test_estimate_of_a_folder_without_a_run(capsys, tmp_path):
    assert main(["estimate", str(tmp_path)]) == 2
    assert "not a vqs run directory" in capsys.readouterr().err
