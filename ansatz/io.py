"""Reading circuit files: JSON (:meth:`ansatz.Circuit.from_json`) or OpenQASM 2.0/3.0
(:func:`ansatz.qasm.circuit_from_qasm`), told apart by the file's suffix or first statement.

:class:`ansatz.Circuit` is a value type and reads no file; its JSON and QASM texts are
:meth:`~ansatz.Circuit.to_json` and :func:`ansatz.qasm.to_qasm` (``vqs`` writes them atomically,
:mod:`vqs.io`). Every error is a :class:`ansatz.CircuitError` naming the file.
"""

from __future__ import annotations

from pathlib import Path

from ansatz.circuit import Circuit, CircuitError
from ansatz.qasm import circuit_from_qasm


def read_text(path: Path, what: str) -> str:
    """The text of ``path``; an unreadable or non-UTF-8 file is a :class:`CircuitError`."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise CircuitError(f"cannot read {what} {path}: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise CircuitError(f"{path}: not a UTF-8 text file") from None


def looks_like_qasm(path: Path, text: str) -> bool:
    """True for a ``.qasm`` file or a text whose first statement starts with ``OPENQASM``."""
    if path.suffix.lower() in (".qasm", ".qasm3"):
        return True
    for line in text.splitlines():
        code = line.strip()
        if code and not code.startswith("//"):
            return code.startswith("OPENQASM")
    return False


def load_circuit(path: str | Path) -> Circuit:
    """Read a circuit file: OpenQASM (a ``.qasm`` file, or text starting with ``OPENQASM``), JSON
    otherwise.

    Args:
        path: the file.

    Returns:
        The validated :class:`~ansatz.Circuit`.

    Raises:
        CircuitError: the file cannot be read or is not a valid circuit (the message names it).
    """
    path = Path(path)
    text = read_text(path, "circuit file")
    try:
        return circuit_from_qasm(text) if looks_like_qasm(path, text) else Circuit.from_json(text)
    except CircuitError as err:
        raise CircuitError(f"{path}: {err}") from None


def load_qasm(path: str | Path) -> Circuit:
    """:func:`ansatz.qasm.circuit_from_qasm` of a file; errors name the file."""
    path = Path(path)
    text = read_text(path, "QASM file")
    try:
        return circuit_from_qasm(text)
    except CircuitError as err:
        raise CircuitError(f"{path}: {err}") from None
