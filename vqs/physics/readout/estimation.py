r"""Finite shots, end to end: sampled outcomes of a readout, a maximum-likelihood estimate of the field,
and its mean squared error against 1/(M C) and the QCRB 1/(M F) (single task).

The readout is measured at the true operating point :math:`\omega_0`: ``"sld"`` the eigenbasis of
the SLD at :math:`\omega_0` (C = F), ``"local"`` the probe's own local readout (one Bloch direction
per qubit: the circuit's, else the best local readout, :func:`~vqs.physics.readout.measurement.best_local`).
The outcome probabilities :math:`p_k(\omega)` of that fixed measurement are tabulated on a grid of
:data:`GRID_POINTS` fields over :math:`\omega_0 \pm` :data:`WINDOW` :math:`/\sqrt{M C}` (the exact
channel at each field, numpy), and each trial's estimate is the grid point of largest
log-likelihood :math:`\sum_k n_k \log p_k(\omega)` (a local MLE: the window is the prior knowledge
that the field lies within ten Cramér-Rao widths; the grid spacing adds at most
(2 WINDOW / GRID_POINTS)^2 / 12 relative to the bound, 2e-5). Counts are drawn from a generator
seeded with ``seed``: the same arguments give the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg

from ansatz import Circuit
from vqs.errors import VqsError
from vqs.physics.kernel.local_cfi import basis_change
from vqs.physics.kernel.prep_noise import circuit_density_matrices
from vqs.physics.kernel.sld import qfi_and_sld
from vqs.physics.readout.measurement import best_local, output_state

READOUTS = ("sld", "local")
WINDOW = 10.0
GRID_POINTS = 4001


@dataclass(frozen=True)
class ShotStudy:
    """MSE of the MLE per number of shots M: ``mse`` (and its standard error ``mse_stderr``, the
    standard deviation of the K squared errors over sqrt(K)), the bounds 1/(M C) and 1/(M F), and
    the mean estimate's bias."""

    shots: tuple[int, ...]
    trials: int
    readout: str
    cfi: float
    qfi: float
    mse: tuple[float, ...]
    mse_stderr: tuple[float, ...]
    bias: tuple[float, ...]

    def to_dict(self) -> dict:
        m = np.asarray(self.shots, dtype=float)
        return {"readout": self.readout, "trials": self.trials, "cfi": self.cfi, "qfi": self.qfi,
                "rows": [{"shots": int(s), "mse": e, "mse_stderr": se, "bias": b, "cramer_rao": 1 / (mm * self.cfi),
                          "qcrb": 1 / (mm * self.qfi), "mse_over_cramer_rao": e * mm * self.cfi}
                         for s, mm, e, se, b in zip(self.shots, m, self.mse, self.mse_stderr, self.bias)]}


def _measurement(circuit: Circuit, model, t: float, readout: str, seed: int) -> np.ndarray:
    """The measurement's basis as a (d, d) unitary whose columns are the outcome vectors."""
    rho, drho = output_state(circuit, model, t)
    if readout == "sld":
        return np.linalg.eigh(qfi_and_sld(rho, drho[0])[1])[1]
    angles = circuit.readout
    if angles is None:
        angles = best_local(rho, drho, model.weight_matrix(), seed=seed).angles
    units = np.asarray(basis_change(np.asarray(angles, dtype=float)))  # (N, 2, 2): rows are the outcome bras
    u = units[0]
    for v in units[1:]:
        u = np.kron(u, v)
    return u.conj().T


def outcome_table(circuit: Circuit, model, t: float, basis: np.ndarray, fields: np.ndarray) -> np.ndarray:
    """p_k(omega) (F, K) of the measurement ``basis`` after sensing for ``t`` at each field (single task)."""
    rho0 = circuit_density_matrices([circuit], model.preparation_noise)[0]
    n, d = model.n_wires, model.dim
    gens = model.dissipator()[None] + fields[:, None, None] * model.field_generators()[0][None]
    s = scipy.linalg.expm(t * gens)  # (F, 4, 4), batched
    x = np.broadcast_to(rho0.reshape((1,) + (2,) * (2 * n)), (fields.size,) + (2,) * (2 * n))
    s = s.reshape(fields.size, 2, 2, 2, 2)  # [f, a, b, i, j]: out[a, b] = sum_ij s[a, b, i, j] in[i, j]
    letters = "cdeghklmnopqrsuvwx"[: 2 * n]
    for k in range(model.n_qubits):  # the sensors, each with its own channel per field; ancillas untouched
        out = letters[:k] + "A" + letters[k + 1: n + k] + "B" + letters[n + k + 1:]
        x = np.einsum(f"fAB{letters[k]}{letters[n + k]},f{letters}->f{out}", s, x)
    rho = x.reshape(fields.size, d, d)
    return np.clip(np.real(np.einsum("ik,fij,jk->fk", basis.conj(), rho, basis)), 0.0, None)


def shot_study(circuit: Circuit, model, t: float, shots, trials: int, readout: str = "sld",
               seed: int = 0) -> ShotStudy:
    """MSE of the maximum-likelihood estimate of omega from ``shots`` outcomes (each M in ``shots``),
    over ``trials`` seeded repetitions, for the probe ``circuit`` at time ``t`` (single task)."""
    if model.task != "single":
        raise VqsError("vqs estimate estimates the single task's field omega; a multi-task run has three")
    if readout not in READOUTS:
        raise VqsError(f"readout must be one of {', '.join(READOUTS)}, got {readout!r}")
    rho, drho = output_state(circuit, model, t)
    qfi = float(qfi_and_sld(rho, drho[0])[0])
    basis = _measurement(circuit, model, t, readout, seed)
    p0 = np.clip(np.real(np.einsum("ik,ij,jk->k", basis.conj(), rho, basis)), 0.0, None)
    dp = np.real(np.einsum("ik,ij,jk->k", basis.conj(), drho[0], basis))
    keep = p0 > 1e-14
    cfi = float(np.sum(dp[keep] ** 2 / p0[keep]))
    if not cfi > 0:
        raise VqsError("the readout carries no information about the field at this time (CFI = 0)")
    omega0 = model.operating_point[0]
    rng = np.random.default_rng(seed)
    mse, stderr, bias = [], [], []
    for m in shots:
        width = WINDOW / np.sqrt(m * cfi)
        fields = omega0 + np.linspace(-width, width, GRID_POINTS)
        table = outcome_table(circuit, model, t, basis, fields)
        logp = np.log(np.maximum(table, 1e-300))
        counts = rng.multinomial(int(m), p0 / p0.sum(), size=trials)
        est = fields[np.argmax(counts @ logp.T, axis=1)]
        sq = (est - omega0) ** 2
        mse.append(float(sq.mean()))
        stderr.append(float(sq.std(ddof=1) / np.sqrt(trials)))
        bias.append(float(est.mean() - omega0))
    return ShotStudy(tuple(int(m) for m in shots), trials, readout, cfi, qfi, tuple(mse), tuple(stderr), tuple(bias))
