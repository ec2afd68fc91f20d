"""``vqs config schema|docs|example``: the reference of every config, generated from its model.

``docs/config.md`` is ``vqs config docs`` and ``configs/full.yaml`` is ``vqs config example``
(tests check that the committed files equal the generated text, so they cannot drift).
"""

from __future__ import annotations

import json

from vqs.config import commented_yaml, reference_markdown

EXAMPLE_VALUES = {"model.n_qubits": 3}
"""Values of the keys without a default in configs/full.yaml."""


def _models() -> dict:
    from vqs.network.config import IqscConfig, NetworkConfig
    from vqs.report.table_config import TableConfig
    from vqs.search.schema import RunConfig

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
            "test checks that this file equals the generated text). Every config is YAML; unknown keys, wrong "
            "types and out-of-range values are refused with one line naming the key. `vqs config schema "
            "[--table|--network|--iqsc]` prints the JSON Schema; `configs/full.yaml` (`vqs config example`) "
            "is a run config with every key, commented.\n")
    return head + "".join("\n" + reference_markdown(*spec) for spec in _models().values())


def example_text() -> str:
    """The text of configs/full.yaml: every key of the run config, commented, with its default."""
    from vqs.search.schema import RunConfig

    head = ("# Every key of a `vqs run` config, with its default and meaning (generated: `vqs config example`;\n"
            "# reference: docs/config.md). Run it with `vqs run configs/full.yaml`.\n")
    return head + commented_yaml(RunConfig, EXAMPLE_VALUES)


def register(sub) -> None:
    p = sub.add_parser("config", help="config reference: JSON Schema, Markdown reference, commented example",
                       description=__doc__.splitlines()[0])
    p.add_argument("what", choices=("schema", "docs", "example"),
                   help="schema: JSON Schema of a config; docs: the Markdown reference of every config "
                   "(docs/config.md); example: a run config with every key commented (configs/full.yaml)")
    kind = p.add_mutually_exclusive_group()
    for name in ("table", "network", "iqsc"):
        kind.add_argument(f"--{name}", dest="kind", action="store_const", const=name,
                          help=f"with schema: the `vqs {name}` config instead of the run config")
    p.set_defaults(func=run, kind="run")


def run(args) -> int:
    if args.what == "schema":
        print(json.dumps(_models()[args.kind][0].model_json_schema(), indent=2))
    elif args.what == "docs":
        print(docs_text(), end="")
    else:
        print(example_text(), end="")
    return 0
