"""The one gate definition an OpenQASM 2.0 probe file may hold: ``gate crx(θ) c, t { ... }``
(``qelib1.inc`` has no crx). Its body may use ``U``, ``CX``, ``u1``, ``u2``, ``u3``, ``cx``, ``rx``,
``ry`` on its two arguments, and it is checked numerically: a body that is not exactly the
controlled RX (at four angles, to 1e-12) is refused (used by :mod:`ansatz.qasm`)."""

from __future__ import annotations

import math
import re

import numpy as np

from ansatz.circuit import CircuitError
from ansatz.qasm_angle import GATE_RE, IDENT, parse_angle, short_statement

_IDENT = IDENT
_GATE_DEF_RE = re.compile(rf"gate\s+({_IDENT})\s*(?:\(([^()]*)\))?\s*([^{{}}]*)\{{(.*)\}}\Z", re.S)

# gate -> (number of angles, number of qubits) inside the body of ``gate crx``
_BODY_GATES = {"U": (3, 1), "CX": (0, 2), "u3": (3, 1), "u2": (2, 1), "u1": (1, 1), "cx": (0, 2),
               "rx": (1, 1), "ry": (1, 1)}
_CHECK_ANGLES = (0.0, 0.7, -2.3, 4.1)


def _u(theta: float, phi: float, lam: float) -> np.ndarray:
    """The OpenQASM 2.0 ``U(θ, φ, λ)`` (= ``u3``), no global phase."""
    c, s = math.cos(theta / 2), math.sin(theta / 2)
    return np.array([[c, -np.exp(1j * lam) * s], [np.exp(1j * phi) * s, np.exp(1j * (phi + lam)) * c]])


def _body_matrix(name: str, angles: list[float], wires: list[int]) -> np.ndarray:
    """4x4 matrix of one body gate on the arguments (c, t) = wires (0, 1), c the high bit."""
    if name in ("CX", "cx"):
        perm = [0, 1, 3, 2] if wires == [0, 1] else [0, 3, 2, 1]
        return np.eye(4)[perm]
    one = {"U": lambda a: _u(*a), "u3": lambda a: _u(*a), "u2": lambda a: _u(math.pi / 2, *a),
           "u1": lambda a: _u(0.0, 0.0, a[0]), "rx": lambda a: _u(a[0], -math.pi / 2, math.pi / 2),
           "ry": lambda a: _u(a[0], 0.0, 0.0)}[name](angles)
    return np.kron(one, np.eye(2)) if wires == [0] else np.kron(np.eye(2), one)


def _crx_matrix(theta: float) -> np.ndarray:
    c, s = math.cos(theta / 2), math.sin(theta / 2)
    out = np.eye(4, dtype=complex)
    out[2:, 2:] = [[c, -1j * s], [-1j * s, c]]
    return out


def check_crx_definition(stmt: str, where: str) -> None:
    """Refuse a ``gate`` statement unless it defines ``crx`` as exactly the controlled RX."""
    match = _GATE_DEF_RE.match(stmt)
    if match is None:
        raise CircuitError(f"{where}: cannot parse gate definition {short_statement(stmt)!r}")
    name, params, args, body = match.groups()
    if name != "crx":
        raise CircuitError(f"{where}: only a definition of gate crx is supported, got gate {name!r}")
    params = [p.strip() for p in (params or "").split(",")]
    if len(params) != 1 or not re.fullmatch(_IDENT, params[0]) or params[0] == "pi":
        raise CircuitError(f"{where}: gate crx takes one angle parameter, e.g. crx(theta)")
    formal = [a.strip() for a in args.split(",")]
    if len(formal) != 2 or not all(re.fullmatch(_IDENT, a) for a in formal) or formal[0] == formal[1]:
        raise CircuitError(f"{where}: gate crx acts on two qubit arguments, e.g. crx(theta) c, t")
    pieces = body.split(";")
    if pieces[-1].strip():
        raise CircuitError(f"{where}: crx definition: {short_statement(pieces[-1].strip())!r} lacks a ';'")
    ops = []
    for piece in pieces[:-1]:
        m = GATE_RE.match(piece.strip())
        if m is None or m.group(1) not in _BODY_GATES:
            raise CircuitError(f"{where}: crx definition: unsupported statement {short_statement(piece.strip())!r} "
                               f"(gates allowed there: {', '.join(_BODY_GATES)})")
        gname, gparams, gargs = m.groups()
        n_angles, n_wires = _BODY_GATES[gname]
        exprs = [e for e in gparams.split(",")] if gparams is not None else []
        if len(exprs) != n_angles:
            raise CircuitError(f"{where}: crx definition: {gname} takes {n_angles} angle(s), "
                               f"got {len(exprs)}")
        wires = [a.strip() for a in gargs.split(",")]
        if len(wires) != n_wires or len(set(wires)) != n_wires or not set(wires) <= set(formal):
            raise CircuitError(f"{where}: crx definition: {gname} must act on {n_wires} of the "
                               f"arguments {', '.join(formal)}, got {gargs.strip()!r}")
        ops.append((gname, exprs, [formal.index(w) for w in wires]))
    worst = 0.0
    for theta in _CHECK_ANGLES:
        matrix = np.eye(4, dtype=complex)
        for gname, exprs, wires in ops:
            angles = [parse_angle(e, where, {params[0]: theta}) for e in exprs]
            matrix = _body_matrix(gname, angles, wires) @ matrix
        worst = max(worst, float(np.max(np.abs(matrix - _crx_matrix(theta)))))
    if worst > 1e-12:
        raise CircuitError(f"{where}: this definition of crx is not the controlled RX gate "
                           f"(its matrix differs by up to {worst:.2g})")
