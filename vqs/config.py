"""The one config layer: a strict pydantic base class and the YAML loader every config uses.

Run (:mod:`vqs.search.schema`), table (:mod:`vqs.report.table_config`) and network
(:mod:`vqs.network.config`) configs derive from :class:`Strict`: unknown keys, wrong types and
out-of-range values are rejected with one :class:`~vqs.errors.VqsError` line naming the key.
``--set a.b=value`` overrides are applied to the raw YAML before validation (values are parsed
as YAML scalars, so ``--set ga.population=64`` gives an integer).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from vqs.errors import VqsError

C = TypeVar("C", bound=BaseModel)


class Strict(BaseModel):
    """Frozen, unknown keys forbidden."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def to_yaml(self) -> str:
        """The validated config with every default filled in, as YAML."""
        return resolved_yaml(self)


def _format_error(err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "config"
    msg = first["msg"].removeprefix("Value error, ")
    if first.get("type") == "extra_forbidden":
        msg = "unknown key"
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{loc}: {msg}{more}"


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
            value = yaml.safe_load(text)
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
        return cls.model_validate(raw)
    except ValidationError as err:
        raise VqsError(prefix + _format_error(err)) from None


def load_yaml(path: str | Path) -> dict:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise VqsError(f"cannot read config {path}: {err.strerror or err}") from None
    except UnicodeDecodeError as err:
        raise VqsError(f"config {path} is not UTF-8 text (byte {err.start})") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise VqsError(f"{path}: invalid YAML: {str(err).splitlines()[0]}") from None
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
