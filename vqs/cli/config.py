"""``vqs config schema|docs|example``: the reference of every config, generated from its model.

``docs/config.md`` is ``vqs config docs`` and ``configs/full.yaml`` is ``vqs config example``
(tests check that the committed files equal the generated text, so they cannot drift).
"""

from __future__ import annotations

import json

from vqs.config import commented_yaml, reference_markdown
from vqs.errors import VqsError
from vqs.network.config import IqscConfig, NetworkConfig
from vqs.report.table_config import TableConfig
from vqs.search.outputs import outputs_markdown
from vqs.search.schema import RunConfig

EXAMPLE_VALUES = {"model.n_qubits": 3}
"""Values of the keys without a default in configs/full.yaml."""


def _models() -> dict:
    return {
        "run": (RunConfig, "`vqs run` config", "The scenario and search of one run (`vqs run CONFIG.yaml`, examples "
                "`configs/quickstart.yaml`, `configs/full.yaml`). Override any key with `--set key=value`."),
        "table": (TableConfig, "`vqs table` config", "Table 1: every combination of task, noise, gamma and N is a "
                  "cell, one run each (`configs/table1.yaml`; docs/table.md)."),
        "network": (NetworkConfig, "`vqs network` config", "Satellite vs fiber links for teleported probes "
                    "(`configs/network.yaml`; docs/network.md)."),
        "iqsc": (IqscConfig, "`vqs iqsc` config", "Secrecy capacity and detection probability figures of the "
                 "P-IQSC paper (`configs/iqsc.yaml`; docs/network.md)."),
    }


def docs_text() -> str:
    """The text of docs/config.md."""
    head = ("# Config reference\n\nGenerated from the pydantic models by `vqs config docs > docs/config.md` (a "
            "test checks that this file equals the generated text). Every config is YAML; unknown keys (with "
            "the nearest known one suggested), a key repeated within one mapping, wrong types (strictly: "
            "`n_qubits: true` and `gamma: \"0.1\"` are refused; an integer is a number; 2.0e5 is a number, as in "
            "YAML 1.2), non-finite numbers and out-of-range values are refused with one line naming the key. "
            "`vqs config schema|docs|example [--run|--table|--network|--iqsc]` prints the JSON Schema, the "
            "reference or a commented config with every default of one config; `configs/full.yaml` (`vqs config "
            "example`) is a run config with every key, commented. The files a run writes: docs/outputs.md.\n")
    return head + "".join("\n" + reference_markdown(*spec) for spec in _models().values())


def _flat(values: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in values.items():
        out[prefix + key] = value
        if isinstance(value, dict):
            out |= _flat(value, prefix + key + ".")
    return out


def example_text(kind: str = "run") -> str:
    """A config of ``kind`` with every key, commented, with its default; for ``run`` the text of
    configs/full.yaml."""
    if kind == "run":
        head = ("# Every key of a `vqs run` config, with its default and meaning (generated: `vqs config example`;\n"
                "# reference: docs/config.md). Run it with `vqs run configs/full.yaml`.\n")
        return head + commented_yaml(RunConfig, EXAMPLE_VALUES)
    cls = _models()[kind][0]
    head = (f"# Every key of a `vqs {kind}` config, with its default and meaning (generated: `vqs config example "
            f"--{kind}`;\n# reference: docs/config.md). Run it with `vqs {kind} FILE.yaml`.\n")
    return head + commented_yaml(cls, _flat(cls().model_dump(mode="json")))


def register(sub) -> None:
    p = sub.add_parser("config", help="config reference: JSON Schema, Markdown reference, commented example",
                       description=__doc__.splitlines()[0])
    p.add_argument("what", choices=("schema", "docs", "example", "outputs"),
                   help="schema: JSON Schema of a config; docs: the Markdown reference of every config "
                   "(docs/config.md) or of the one flagged; example: a config with every key commented (the run "
                   "config's is configs/full.yaml); outputs: the reference of result.json and history.csv "
                   "(docs/outputs.md)")
    kind = p.add_mutually_exclusive_group()
    for name in ("run", "table", "network", "iqsc"):
        kind.add_argument(f"--{name}", dest="kind", action="store_const", const=name,
                          help=f"the `vqs {name}` config" + (" (the default of schema and example)" if name == "run"
                                                             else " instead of the run config"))
    p.set_defaults(func=run, kind=None)


def run(args) -> int:
    if args.what == "schema":
        print(json.dumps(_models()[args.kind or "run"][0].model_json_schema(), indent=2))
    elif args.what == "docs":
        if args.kind is None:
            print(docs_text(), end="")
        else:
            print(reference_markdown(*_models()[args.kind]), end="")
    elif args.what == "outputs":
        if args.kind is not None:
            raise VqsError(f"--{args.kind} does not apply to `vqs config outputs` (the files of a run)")
        print(outputs_markdown(), end="")
    else:
        print(example_text(args.kind or "run"), end="")
    return 0
