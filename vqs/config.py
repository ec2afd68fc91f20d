"""The one config layer: a strict pydantic base class and the YAML loader every config uses.

Run (:mod:`vqs.search.schema`), table (:mod:`vqs.report.table_config`) and network
(:mod:`vqs.network.config`) configs derive from :class:`Strict`: unknown keys, wrong types and
out-of-range values are rejected with one :class:`~vqs.errors.VqsError` line naming the key.
``--set a.b=value`` overrides are applied to the raw YAML before validation (values are parsed
as YAML scalars, so ``--set ga.population=64`` gives an integer).
"""

from __future__ import annotations

import difflib
import json
import re
import textwrap
from enum import Enum
from pathlib import Path
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic.dataclasses import dataclass as pydantic_dataclass

from vqs.errors import VqsError

C = TypeVar("C", bound=BaseModel)


class Strict(BaseModel):
    """Frozen, unknown keys forbidden, numbers finite; :func:`parse` validates strictly (types as
    YAML gives them, no coercion from strings or booleans)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    def to_yaml(self) -> str:
        """The validated config with every default filled in, as YAML."""
        return resolved_yaml(self)


def _section(cls: type[BaseModel], path: tuple) -> type[BaseModel] | None:
    """The model class of the section at ``path`` (field names) inside ``cls``, if any."""
    for name in path:
        field = cls.model_fields.get(str(name))
        if field is None:
            return None
        sub = [a for a in (field.annotation, *get_args(field.annotation))
               if isinstance(a, type) and issubclass(a, BaseModel)]
        if not sub:
            return None
        cls = sub[0]
    return cls


def _format_error(err: ValidationError, cls: type[BaseModel] | None = None) -> str:
    """One line: the first error (an unknown key before anything else, with the nearest known key
    of its section as a suggestion), and how many more there are."""
    errors = sorted(err.errors(), key=lambda e: e.get("type") != "extra_forbidden")
    first = errors[0]
    loc = ".".join(str(p) for p in first["loc"]) or "config"
    msg = first["msg"].removeprefix("Value error, ")
    msg = msg.replace("a valid array", "a list").replace("an object", "a mapping")  # YAML's words
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    if first.get("type") == "extra_forbidden":
        section = _section(cls, tuple(first["loc"][:-1])) if cls is not None else None
        known = list(section.model_fields) if section is not None else []
        close = difflib.get_close_matches(str(first["loc"][-1]), known, n=1)
        where = "".join(f"{p}." for p in first["loc"][:-1])
        hint = f" (did you mean `{where}{close[0]}`?)" if close else ""
        return f"unknown key `{loc}`{hint}{more}"
    if first.get("type", "").endswith("_type") and "input" in first:
        msg += f", got {json.dumps(first['input'])}"
    return f"{loc}: {msg}{more}" if first["loc"] else msg + more  # a whole-config check names its keys


def checked_dataclass(cls: type) -> type:
    """A frozen pydantic dataclass (finite numbers; the field types' limits, stated once as
    ``Annotated`` types that the matching config section declares too) whose invalid construction
    raises one :class:`~vqs.errors.VqsError` line naming the field: the one validator of a set of
    options that the Python API takes directly and a config builds (``RefineOptions``, ``FiberParams``)."""
    checked = pydantic_dataclass(cls, frozen=True, config=ConfigDict(allow_inf_nan=False))
    validated_init = checked.__init__

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        try:
            validated_init(self, *args, **kwargs)
        except ValidationError as err:
            raise VqsError(f"{cls.__name__}: {_format_error(err)}") from None

    checked.__init__ = __init__
    return checked


def apply_overrides(raw: dict, overrides: list[str]) -> dict:
    """Apply ``key.sub=value`` overrides to a raw config mapping (values parsed as YAML)."""
    for item in overrides or ():
        if "=" not in item:
            raise VqsError(f"--set expects key=value, got {item!r}")
        key, text = item.split("=", 1)
        parts = [p for p in key.strip().split(".") if p]
        if not parts:
            raise VqsError(f"--set expects key=value, got {item!r}")
        try:
            value = yaml_value(text)
        except yaml.YAMLError:
            raise VqsError(f"--set {key}: cannot parse value {text!r}") from None
        node = raw
        for p in parts[:-1]:
            child = node.setdefault(p, {})
            if not isinstance(child, dict):
                raise VqsError(f"--set {key}: {p} is not a section")
            node = child
        node[parts[-1]] = value
    return raw


def parse(cls: type[C], raw: Any, source: str | None = None) -> C:
    """Validate a raw mapping against the schema ``cls`` (VqsError on any problem)."""
    prefix = f"{source}: " if source else ""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise VqsError(f"{prefix}the config must be a YAML mapping of keys to values")
    try:
        # through JSON, strictly: YAML's native types must match (``n_qubits: true`` and
        # ``gamma: "0.1"`` are refused; an integer is a number), while enums and tuples are read
        # from their YAML strings and lists as JSON reads them
        text = json.dumps(raw, allow_nan=True)
    except (TypeError, ValueError) as err:
        raise VqsError(f"{prefix}a value is not a plain YAML scalar, list or mapping ({err})") from None
    try:
        return cls.model_validate_json(text, strict=True)
    except ValidationError as err:
        raise VqsError(prefix + _format_error(err, cls)) from None


class _UniqueKeyLoader(yaml.SafeLoader):
    """yaml.safe_load that refuses a key repeated within one mapping (YAML would keep the last)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                repeated = key in seen
            except TypeError:  # an unhashable key: let the base class report it
                break
            if repeated:
                line = key_node.start_mark.line + 1
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r} (line {line})",
                                                        key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


# YAML 1.2 floats: PyYAML (YAML 1.1) reads 2.0e5 and 1e-3 as strings, which the strict types would
# then refuse; every config reads them as numbers, like YAML 1.2 and JSON
_UniqueKeyLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""", re.X),
    list("-+0123456789."),
)


def yaml_value(text: str) -> Any:
    """One YAML document read as every config is: duplicate keys refused, YAML 1.2 floats."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader)


def load_yaml(path: str | Path) -> dict:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise VqsError(f"cannot read config {path}: {err.strerror or err}") from None
    except UnicodeDecodeError as err:
        raise VqsError(f"config {path} is not UTF-8 text (byte {err.start})") from None
    try:
        raw = yaml_value(text)
    except yaml.YAMLError as err:
        problem = getattr(err, "problem", None) if isinstance(err, yaml.constructor.ConstructorError) else None
        raise VqsError(f"{path}: invalid YAML: {problem or str(err).splitlines()[0]}") from None
    return {} if raw is None else raw


def resolved_yaml(config: BaseModel) -> str:
    """The validated config with every default filled in, as YAML."""
    return yaml.safe_dump(config.model_dump(mode="json"), sort_keys=False)


def load(cls: type[C], path: str | Path, overrides: list[str] | None = None) -> C:
    """Read, override and validate a config file; raises VqsError with one clear message."""
    raw = load_yaml(path)
    if overrides:
        raw = apply_overrides(raw if isinstance(raw, dict) else {}, overrides)
    return parse(cls, raw)


# --- the reference of a config, generated from its model (docs/config.md, configs/full.yaml) ---
def _type_name(ann: Any) -> str:
    origin, args = get_origin(ann), get_args(ann)
    if origin is Literal:
        return "one of " + ", ".join(str(a) for a in args)
    if isinstance(ann, type) and issubclass(ann, Enum):
        return "one of " + ", ".join(str(m.value) for m in ann)
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return "section"
    if origin in (Union, UnionType):
        rest = [a for a in args if a is not type(None)]
        return " or ".join(_type_name(a) for a in rest) + (" or null" if len(rest) < len(args) else "")
    if origin is list:
        return f"list of {_type_name(args[0])}"
    if origin is tuple:
        return "[" + ", ".join(_type_name(a) for a in args) + "]"
    if origin is dict:
        return f"mapping of {_type_name(args[0])} to {_type_name(args[1])}"
    return {int: "integer", float: "number", str: "string", bool: "boolean", Any: "any"}.get(ann, str(ann))


def _bounds(field) -> str:
    words = {"ge": ">=", "gt": ">", "le": "<=", "lt": "<", "min_length": "length >=", "max_length": "length <="}
    out = []
    for m in field.metadata:
        for attr, word in words.items():
            value = getattr(m, attr, None)
            if value is not None:
                out.append(f"{word} {value:g}" if isinstance(value, float) else f"{word} {value}")
    return ", ".join(out)


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def config_keys(cls: type[BaseModel], prefix: str = "") -> list[dict]:
    """Every key of a config model, depth first: key (dotted), type, bounds, default, meaning,
    section (True for a nested model)."""
    rows = []
    for name, field in cls.model_fields.items():
        ann = field.annotation
        sub = [a for a in (ann, *get_args(ann)) if isinstance(a, type) and issubclass(a, BaseModel)]
        required = field.is_required()
        rows.append({"key": prefix + name, "type": _type_name(ann), "bounds": _bounds(field),
                     "required": required, "section": bool(sub),
                     "default": None if required else _plain(field.get_default(call_default_factory=True)),
                     "description": field.description or ""})
        if sub:
            rows += config_keys(sub[0], prefix + name + ".")
    return rows


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def reference_markdown(cls: type[BaseModel], title: str, intro: str) -> str:
    """A Markdown section listing every key of ``cls`` with type, default and meaning."""
    lines = [f"## {title}", "", intro, "", "| key | type | default | meaning |", "|---|---|---|---|"]
    for row in config_keys(cls):
        kind = row["type"] + (f" ({row['bounds']})" if row["bounds"] else "")
        if row["required"]:
            default = "required"
        elif row["section"]:
            default = "(section)"
        else:
            default = "`" + json.dumps(row["default"]) + "`"
        lines.append(f"| `{row['key']}` | {_cell(kind)} | {_cell(default)} | {_cell(row['description'])} |")
    return "\n".join(lines) + "\n"


def commented_yaml(cls: type[BaseModel], values: dict | None = None) -> str:
    """Every key of ``cls`` as YAML with its default (or ``values[dotted key]``, for required
    ones), each preceded by comment lines: meaning, then type and bounds."""
    values = values or {}
    out = []
    for row in config_keys(cls):
        name = row["key"].rsplit(".", 1)[-1]
        space = "  " * row["key"].count(".")
        kind = row["type"] + (f", {row['bounds']}" if row["bounds"] else "")
        text = f"{row['description']} [{kind}]"
        out += [f"{space}# {line}" for line in textwrap.wrap(text, max(40, 96 - len(space)))]
        if row["section"]:
            out.append(f"{space}{name}:")
        else:
            out.append(f"{space}{name}: {json.dumps(values.get(row['key'], row['default']))}")
    return "\n".join(out) + "\n"
