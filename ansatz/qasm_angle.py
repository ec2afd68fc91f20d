"""Angles of OpenQASM probe files: a decimal number or a simple arithmetic expression with ``pi``
(``pi/2``, ``-0.5*pi``, ``2*(pi-1e-3)``), parsed by a small recursive-descent parser, never
evaluated as Python (used by :mod:`ansatz.qasm`); :func:`angle_text` writes them."""

from __future__ import annotations

import math
import re

from ansatz.circuit import CircuitError

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
_IDENT = IDENT
GATE_RE = re.compile(rf"({_IDENT})\s*(?:\((.*)\))?\s*(.*)\Z", re.S)
"""A gate statement: name, the text inside its parentheses (or None), its arguments."""


def short_statement(stmt: str) -> str:
    """A statement shortened for an error message."""
    return stmt if len(stmt) <= 60 else stmt[:57] + "..."

_TOKEN_RE = re.compile(rf"\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|({_IDENT})|([-+*/()]))")


def parse_angle(text: str, where: str = "angle", names: dict[str, float] | None = None) -> float:
    """Value of a number / ``pi`` expression with ``+ - * /``, unary signs and parentheses;
    ``names`` gives the values of other identifiers (a gate definition's parameters)."""
    tokens = _tokenize(text, where, {"pi": math.pi, **(names or {})})
    parser = _ExprParser(tokens, text, where)
    value = parser.expr()
    if parser.pos != len(tokens):
        raise CircuitError(f"{where}: cannot parse angle {text.strip()!r}")
    if not math.isfinite(value):
        raise CircuitError(f"{where}: angle {text.strip()!r} is not finite")
    return value


def angle_text(angle: float) -> str:
    """The shortest decimal text of the double, with a decimal point in the mantissa as strict
    OpenQASM 2.0 parsers require: ``1.1``, ``-0.0``, ``1.0e-17``."""
    text = repr(float(angle))
    mantissa, e, exponent = text.partition("e")
    return f"{mantissa}.0e{exponent}" if e and "." not in mantissa else text


def _tokenize(text: str, where: str, names: dict[str, float]) -> list[tuple[str, object]]:
    tokens: list[tuple[str, object]] = []
    pos, stripped = 0, text.rstrip()
    while pos < len(stripped):
        m = _TOKEN_RE.match(stripped, pos)
        if m is None or m.end() == pos:
            raise CircuitError(f"{where}: cannot parse angle {text.strip()!r}")
        number, name, op = m.groups()
        if number is not None:
            tokens.append(("num", float(number)))
        elif name is not None:
            if name not in names:
                raise CircuitError(f"{where}: cannot parse angle {text.strip()!r}")
            tokens.append(("num", names[name]))
        else:
            tokens.append(("op", op))
        pos = m.end()
    return tokens


class _ExprParser:
    def __init__(self, tokens, text, where):
        self.tokens, self.text, self.where, self.pos = tokens, text, where, 0

    def _fail(self):
        raise CircuitError(f"{self.where}: cannot parse angle {self.text.strip()!r}")

    def _peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def expr(self) -> float:
        value = self.term()
        while self._peek() in (("op", "+"), ("op", "-")):
            op = self.tokens[self.pos][1]
            self.pos += 1
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self) -> float:
        value = self.unary()
        while self._peek() in (("op", "*"), ("op", "/")):
            op = self.tokens[self.pos][1]
            self.pos += 1
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif rhs == 0:
                raise CircuitError(f"{self.where}: division by zero in angle {self.text.strip()!r}")
            else:
                value /= rhs
        return value

    def unary(self) -> float:
        if self._peek() in (("op", "+"), ("op", "-")):
            op = self.tokens[self.pos][1]
            self.pos += 1
            value = self.unary()
            return -value if op == "-" else value
        return self.atom()

    def atom(self) -> float:
        kind, value = self._peek()
        if kind == "num":
            self.pos += 1
            return value
        if (kind, value) == ("op", "("):
            self.pos += 1
            inner = self.expr()
            if self._peek() != ("op", ")"):
                self._fail()
            self.pos += 1
            return inner
        self._fail()
