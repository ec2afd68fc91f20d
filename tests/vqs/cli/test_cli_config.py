"""The config reference is generated from the models: docs/config.md and configs/full.yaml cannot drift."""

import json
from pathlib import Path

import pytest
import yaml

from vqs.cli import build_parser, main
from vqs.cli.config import _models, docs_text, example_text
from vqs.config import config_keys
from vqs.search.schema import RunConfig, load_config

ROOT = Path(__file__).resolve().parents[3]


def test_docs_config_md_is_the_generated_text():
    assert (ROOT / "docs" / "config.md").read_text() == docs_text(), "regenerate: vqs config docs > docs/config.md"


def test_full_yaml_is_the_generated_text_and_validates():
    path = ROOT / "configs" / "full.yaml"
    assert path.read_text() == example_text(), "regenerate: vqs config example > configs/full.yaml"
    config = load_config(path)
    assert config == RunConfig.model_validate({"model": {"n_qubits": 3}})  # every value is the default


def _flat(d, prefix=""):
    out = set()
    for k, v in d.items():
        out.add(prefix + k)
        if isinstance(v, dict):
            out |= _flat(v, prefix + k + ".")
    return out


def test_full_yaml_sets_every_key_with_a_comment():
    text = (ROOT / "configs" / "full.yaml").read_text()
    keys = {row["key"] for row in config_keys(RunConfig)}
    assert _flat(yaml.safe_load(text)) == keys
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith("#"):
            assert lines[i - 1].lstrip().startswith("#"), line


@pytest.mark.parametrize("kind", ["run", "table", "network", "iqsc"])
def test_every_key_is_described_in_the_docs(kind):
    rows = config_keys(_models()[kind][0])
    assert rows and all(row["description"] for row in rows), [r["key"] for r in rows if not r["description"]]
    docs = (ROOT / "docs" / "config.md").read_text()
    for row in rows:
        assert f"| `{row['key']}` |" in docs


@pytest.mark.parametrize("flag, key", [([], "ga"), (["--table"], "nodes"), (["--network"], "fiber"),
                                       (["--iqsc"], "payload_ratio")])
def test_config_schema_prints_json_schema(capsys, flag, key):
    assert main(["config", "schema", *flag]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert key in schema["properties"] and schema["additionalProperties"] is False


def test_docs_and_example_commands(capsys):
    assert main(["config", "docs"]) == 0
    assert capsys.readouterr().out == docs_text()
    assert main(["config", "example"]) == 0
    assert capsys.readouterr().out == example_text()


def test_help_texts_have_no_internal_jargon():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        text = p.format_help()
        assert "seed 000" not in text and "seed 002" not in text and "seed paper" not in text, name
        for action in p._actions:
            if action.dest not in ("help",) and action.option_strings:
                assert action.help, (name, action.option_strings)


@pytest.mark.parametrize("kind", ["table", "network", "iqsc"])
def test_each_flag_gives_its_own_example_and_docs(kind, tmp_path, capsys):
    """`example --table` prints a table config (every key, defaults) that loads back to the defaults;
    `docs --network` prints only that config's reference."""
    from vqs.config import load

    assert main(["config", "example", f"--{kind}"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"# Every key of a `vqs {kind}` config")
    (tmp_path / "x.yaml").write_text(text)
    cls = _models()[kind][0]
    assert load(cls, tmp_path / "x.yaml") == cls()
    assert main(["config", "docs", f"--{kind}"]) == 0
    docs = capsys.readouterr().out
    assert docs.startswith(f"## `vqs {kind}` config") and docs.count("## ") == 1


def test_docs_outputs_md_is_the_generated_text():
    from vqs.search.outputs import outputs_markdown

    assert (ROOT / "docs" / "outputs.md").read_text() == outputs_markdown(), \
        "regenerate: vqs config outputs > docs/outputs.md"


def test_outputs_reference_names_every_field_of_result_json_and_history_csv():
    import dataclasses

    from vqs.search import outputs
    from vqs.search.pipeline import HISTORY_COLUMNS
    from vqs.search.rundir import ProbeScore, RunResult

    for cls, meanings in ((RunResult, outputs.RESULT_FIELDS), (ProbeScore, outputs.PROBE_FIELDS)):
        assert {f.name for f in dataclasses.fields(cls)} == set(meanings), cls
    assert set(HISTORY_COLUMNS) == set(outputs.HISTORY_FIELDS)
    text = outputs_text = outputs.outputs_markdown()
    for key in (*outputs.RESULT_FIELDS, *outputs.PROBE_FIELDS, *HISTORY_COLUMNS):
        assert f"| `{key}` |" in outputs_text, key
    assert "`best`" in text and "time^2" in text


def test_deap_version_is_the_installed_release():
    from importlib.metadata import version

    from vqs.search.pipeline import versions

    assert versions()["deap"] == version("deap") and versions()["deap"].count(".") >= 2
