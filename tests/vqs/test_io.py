"""vqs.io: strict JSON (null + flag, read back), old files with Infinity still read, umask respected."""

import json
import math
import os
import stat

import pytest

from vqs.cli import main
from vqs.errors import VqsError
from vqs.io import atomic_write_bytes, atomic_write_json, atomic_write_text, dumps_json, read_json, restore, strict
from vqs.search.rundir import ProbeScore, RunDir, RunResult


def _reject(name):
    raise AssertionError(f"non-standard JSON constant {name}")


def _standard(text):
    return json.loads(text, parse_constant=_reject)


def test_strict_nulls_and_flags_every_nonfinite_number():
    data = {"qcrb": math.inf, "best": 0.0, "mean": math.nan, "low": -math.inf, "ok": 1.5,
            "curve": [1.0, math.inf, 2.0], "qfim": [[1.0, math.nan], [0.0, 1.0]],
            "nested": {"qcrb": math.inf, "n": 3}, "rows": [{"x": -math.inf}]}
    out = strict(data)
    assert out["qcrb"] is None and out["qcrb_nonfinite"] == "inf"
    assert out["mean"] is None and out["mean_nonfinite"] == "nan"
    assert out["low_nonfinite"] == "-inf" and out["ok"] == 1.5 and "ok_nonfinite" not in out
    assert out["curve"] == [1.0, None, 2.0] and out["curve_nonfinite"] == {"1": "inf"}
    assert out["qfim_nonfinite"] == {"0.1": "nan"}
    assert out["nested"] == {"qcrb": None, "qcrb_nonfinite": "inf", "n": 3}
    assert out["rows"] == [{"x": None, "x_nonfinite": "-inf"}]
    back = restore(_standard(dumps_json(data)))
    assert back["qcrb"] == math.inf and back["low"] == -math.inf and math.isnan(back["mean"])
    assert back["curve"] == [1.0, math.inf, 2.0] and math.isnan(back["qfim"][0][1])
    assert back["nested"] == {"qcrb": math.inf, "n": 3} and back["rows"] == [{"x": -math.inf}]
    assert set(back) == set(data)


def test_nonfinite_outside_an_object_is_refused():
    with pytest.raises(ValueError):
        dumps_json([1.0, math.inf])
    with pytest.raises(ValueError):
        dumps_json(math.nan)
    with pytest.raises(ValueError):
        strict({"x": math.inf, "x_nonfinite": "mine"})


def test_atomic_write_json_is_standard_and_reads_back(tmp_path):
    path = atomic_write_json(tmp_path / "a.json", {"qcrb": math.inf, "values": [math.nan, 1.0]})
    text = path.read_text()
    assert "Infinity" not in text and "NaN" not in text
    _standard(text)
    back = read_json(path)
    assert back["qcrb"] == math.inf and math.isnan(back["values"][0]) and back["values"][1] == 1.0


def test_files_written_before_strict_json_still_read(tmp_path):
    (tmp_path / "old.json").write_text('{"qcrb": Infinity, "x": [NaN, -Infinity]}')
    back = read_json(tmp_path / "old.json")
    assert back["qcrb"] == math.inf and math.isnan(back["x"][0]) and back["x"][1] == -math.inf
    (tmp_path / "bad.json").write_text('{"qcrb": null, "qcrb_nonfinite": "huge"}')
    with pytest.raises(VqsError, match="qcrb_nonfinite"):
        read_json(tmp_path / "bad.json")


def _result(qcrb):
    vqs = ProbeScore(0.0, 1.0, qcrb, False, qfi=0.0, n_genes=0)
    return RunResult("r", "single", "dephasing", 0.1, 1, [0.0], "per_shot", vqs, vqs, None)


@pytest.mark.parametrize("old", [False, True])
def test_result_json_with_a_singular_qcrb(tmp_path, old):
    from ansatz import Circuit

    paths = RunDir(tmp_path)
    paths.write_outputs(_result(math.inf), Circuit(1, (), "zero"))
    text = paths.result.read_text()
    _standard(text)
    assert _standard(text)["vqs"]["qcrb"] is None and _standard(text)["vqs"]["qcrb_nonfinite"] == "inf"
    if old:  # the format written before strict JSON
        paths.result.write_text(json.dumps(_result(math.inf).to_dict(), indent=2))
        assert "Infinity" in paths.result.read_text()
    assert paths.read_result().vqs.qcrb == math.inf == paths.read_result().ghz.qcrb


def test_qfi_json_is_standard_with_a_flag(capsys):
    # |0> has QFI 0 for a Z field: the QCRB is infinite at every time
    assert main(["qfi", "--probe", "zero", "--qubits", "1", "--noise", "dephasing", "--gamma", "0.1",
                 "--times", "1,2", "--json"]) == 0
    out = _standard(capsys.readouterr().out)
    assert out["qcrb"] == [None, None] and out["qcrb_nonfinite"] == {"0": "inf", "1": "inf"}


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_respect_the_umask(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        paths = [atomic_write_text(tmp_path / "a.txt", "x"), atomic_write_bytes(tmp_path / "b.bin", b"x"),
                 atomic_write_json(tmp_path / "c.json", {"a": 1})]
    finally:
        os.umask(old)
    for p in paths:
        assert stat.S_IMODE(p.stat().st_mode) == mode


@pytest.mark.parametrize("hcrb, gap, reported", [
    (None, None, None),  # no HCRB (single task)
    (0.3, None, 0.3),  # files from before the gap was recorded
    (0.3, 1e-9, 0.3),  # a closed bracket: its mean
    (0.3, 1e-6, 0.3),
    (0.17, 0.3, 0.17 / 0.85),  # open: mean = upper (1 - gap / 2), so the upper end is reported
])
def test_an_open_hcrb_bracket_reports_its_upper_end(hcrb, gap, reported):
    score = ProbeScore(1.0, 2.0, 0.1, False, hcrb=hcrb, hcrb_duality_gap=gap)
    assert score.hcrb_attainable == (None if reported is None else pytest.approx(reported, rel=1e-15))
