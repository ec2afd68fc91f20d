r"""Classical Fisher information of measurements the sensor nodes can make (docs/measurement.md).

A measurement with POVM elements :math:`E_k` on the noisy probe state :math:`\rho(\theta)` has
outcome probabilities :math:`p_k = \mathrm{Tr}(E_k\rho)`, derivatives
:math:`\partial_a p_k = \mathrm{Tr}(E_k\partial_a\rho)` and the classical Fisher information matrix

.. math:: C_{ab} = \sum_{k:\,p_k > \epsilon} \frac{\partial_a p_k\,\partial_b p_k}{p_k},
          \qquad \epsilon = \texttt{PROB\_CUTOFF} = 10^{-12},

always :math:`C \le F` (the QFI matrix). An outcome with :math:`p_k \le \epsilon` is left out of
the sum; if its derivative is not negligible (:func:`singular_outcomes`) the CFI is
discontinuous there and the outcome is reported, never silently dropped.

Measurements: a **local projective** measurement measures qubit q along the Bloch direction
:math:`(\sin\vartheta_q\cos\varphi_q, \sin\vartheta_q\sin\varphi_q, \cos\vartheta_q)` (outcome 0
= +n), i.e. applies :math:`R_Y(-\vartheta_q)R_Z(-\varphi_q)` and reads out Z: a product POVM with
2^N outcomes. **Parity** keeps only the product of the N outcomes (2 outcomes). The **SLD
eigenbasis** is the optimal global measurement of one parameter (its CFI is the QFI).
:func:`best_local` maximises the CFI (single task) or minimises :math:`\mathrm{Tr}(W C^{-1})`
(multi task) over the 2N angles with scipy's L-BFGS-B on JAX gradients from seeded starts.
:math:`\rho` and :math:`\partial_a\rho` come from the kernel's sense step (:func:`output_state`); the
outcome distributions and the CFI matrix from :mod:`vqs.physics.kernel.local_cfi` (the kernel's local stage 4).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np
import scipy.optimize

from ansatz import Circuit
from vqs import _checks
from vqs.errors import VqsError
from vqs.physics.kernel.local_cfi import PROB_CUTOFF, basis_change, cfim, local_distribution, parity_matrix
from vqs.physics.kernel.prep_noise import circuit_density_matrices
from vqs.physics.kernel.qfim import qcrb
from vqs.physics.kernel.sensing import KernelModel, sense, sensing_maps
from vqs.physics.kernel.sld import qfi_and_sld, qfim
from vqs.physics.model.sensing_model import SensingModel

__all__ = ["PROB_CUTOFF", "DP_TOL", "MeasurementReport", "Readout", "basis_change", "best_local",
           "canonical_angles", "cfim", "local_distribution", "local_readout", "measure_probe", "multistart_lbfgs",
           "output_state", "parity_matrix", "singular_outcomes", "sld_readouts", "start_angles"]

DP_TOL = 1e-8
"""An outcome left out with max_a |d_a p_k| > DP_TOL * max(1, max |d p|) is a singular point."""
_REG = 1e-9  # relative ridge on the CFIM inside the multi-task objective only (reported values are exact)


def output_state(circuit: Circuit, model, t: float) -> tuple[np.ndarray, np.ndarray]:
    """rho (d, d) and d rho (P, d, d) of the probe ``circuit`` after sensing time ``t`` at the
    model's operating point: the kernel's :func:`~vqs.physics.kernel.sensing.sense` step."""
    if circuit.n_qubits != model.n_wires:
        raise VqsError(f"circuit has {circuit.n_qubits} qubits but the model has {model.n_wires} wires")
    t = model.sensing_time(t)
    rho0 = jnp.asarray(circuit_density_matrices([circuit], model.preparation_noise))
    rho, drho = _sensed(rho0, KernelModel.of(model), jnp.asarray([t]))
    return np.asarray(rho[0, 0]), np.asarray(drho[0, 0])


@jax.jit
def _sensed(rho0, km, times):
    return sense(rho0, *sensing_maps(km, times))


def singular_outcomes(p, dp) -> tuple[int, ...]:
    """Outcomes left out of the CFI (p_k <= PROB_CUTOFF) whose derivative is not negligible."""
    p, dp = np.asarray(p), np.atleast_2d(np.asarray(dp))
    scale = max(1.0, float(np.max(np.abs(dp), initial=0.0)))
    bad = (p <= PROB_CUTOFF) & (np.max(np.abs(dp), axis=0) > DP_TOL * scale)
    return tuple(int(k) for k in np.flatnonzero(bad))


@dataclass(frozen=True)
class Readout:
    """One measurement and its information: CFIM (P, P), Tr(W C^-1) (inf if C is singular),
    the per-qubit angles (N, 2) of a local measurement (None for a global one), the number of
    outcomes, the outcomes left out of the sum (p <= PROB_CUTOFF) and, among them, the singular
    ones (non-negligible derivative; empty when the CFI is regular)."""

    name: str
    cfim: np.ndarray
    qcrb: float
    angles: np.ndarray | None
    outcomes: int
    dropped: tuple[int, ...] = ()
    singular: tuple[int, ...] = ()

    @classmethod
    def of(cls, name, p, dp, weights, angles=None) -> Readout:
        c = np.asarray(cfim(jnp.asarray(p), jnp.asarray(dp)))
        bound = float(qcrb(jnp.asarray(c), jnp.asarray(weights)))
        angles = None if angles is None else canonical_angles(angles)
        dropped = tuple(int(k) for k in np.flatnonzero(np.asarray(p) <= PROB_CUTOFF))
        return cls(name, c, bound, angles, int(np.size(p)), dropped, singular_outcomes(p, dp))


def canonical_angles(angles) -> np.ndarray:
    """The same directions with theta in [0, pi], phi in [0, 2 pi) (phi = 0 on the poles)."""
    a = np.asarray(angles, dtype=float)
    n = np.stack([np.sin(a[:, 0]) * np.cos(a[:, 1]), np.sin(a[:, 0]) * np.sin(a[:, 1]), np.cos(a[:, 0])], -1)
    theta = np.arccos(np.clip(n[:, 2], -1.0, 1.0))
    phi = np.where(np.hypot(n[:, 0], n[:, 1]) > 1e-15, np.mod(np.arctan2(n[:, 1], n[:, 0]), 2 * np.pi), 0.0)
    return np.stack([theta, phi], -1)


def local_readout(name, rho, drho, angles, weights, parity: bool = False) -> Readout:
    """:class:`Readout` of the local projective measurement ``angles`` (or its parity)."""
    p, dp = local_distribution(rho, drho, angles, parity)
    return Readout.of(name, np.asarray(p), np.asarray(dp), weights, angles)


def sld_readouts(rho, drho, weights, names=None) -> list[Readout]:
    """Per parameter a, the measurement in the eigenbasis of the SLD L_a (numpy, :mod:`vqs.physics.kernel.sld`):
    its C_aa equals F_aa (Braunstein-Caves); for one parameter it is the optimal global measurement."""
    out = []
    for a in range(np.shape(drho)[0]):
        _, sld = qfi_and_sld(rho, drho[a])
        vec = np.linalg.eigh(sld)[1]
        p = np.real(np.einsum("ik,ij,jk->k", vec.conj(), rho, vec))
        dp = np.real(np.einsum("ik,aij,jk->ak", vec.conj(), drho, vec))
        out.append(Readout.of(f"SLD eigenbasis of {names[a] if names else a}", p, dp, weights))
    return out


def _loss(angles, rho, drho, weights, scale, parity, single):
    c = cfim(*local_distribution(rho, drho, angles.reshape(-1, 2), parity))
    if single:
        return -c[0, 0] / scale
    ridge = _REG * jnp.trace(c) + 1e-300
    return jnp.trace(weights @ jnp.linalg.inv(c + ridge * jnp.eye(c.shape[0]))) / scale


_loss_and_grad = partial(jax.jit, static_argnames=("parity", "single"))(jax.value_and_grad(_loss))


def start_angles(n_qubits: int, starts: int, seed: int) -> list[np.ndarray]:
    """All-X, all-Y, then ``starts`` seeded directions uniform on the sphere per qubit."""
    rng = np.random.default_rng(seed)
    out = [np.tile([math.pi / 2, 0.0], (n_qubits, 1)), np.tile([math.pi / 2, math.pi / 2], (n_qubits, 1))]
    for _ in range(starts):
        out.append(np.stack([np.arccos(rng.uniform(-1, 1, n_qubits)), rng.uniform(0, 2 * np.pi, n_qubits)], -1))
    return out


def best_local(rho, drho, weights, *, starts: int = 8, seed: int = 0, parity: bool = False,
               name: str = "best local", seeds=()) -> Readout:
    """The local projective measurement (or parity readout) of most information: max CFI (one
    parameter) or min Tr(W C^-1) (several), L-BFGS-B with JAX gradients from :func:`start_angles`
    and then from ``seeds`` (more (N, 2) angle arrays; the earlier start wins a tie), never worse
    than a readout at any of its starts."""
    starts = _checks.integer("starts", starts, 0)
    rho, drho, w = jnp.asarray(rho), jnp.asarray(drho), jnp.asarray(weights, dtype=float)
    single = drho.shape[0] == 1
    f = qfim(np.asarray(rho), np.asarray(drho))
    scale = float(f[0, 0]) if single else float(qcrb(jnp.asarray(f), w))
    if not (math.isfinite(scale) and scale > 0):
        raise VqsError("the probe carries no information at this time (QFI = 0 or singular QFIM)")

    def fun(x):
        value, grad = _loss_and_grad(jnp.asarray(x), rho, drho, w, scale, parity, single)
        return float(value), np.asarray(grad, dtype=float)

    n_qubits = drho.shape[-1].bit_length() - 1
    x0s = [x0.ravel() for x0 in start_angles(n_qubits, starts, seed)]
    x0s += [np.asarray(x, dtype=float).ravel() for x in seeds]
    best = multistart_lbfgs(fun, x0s)
    chosen = local_readout(name, rho, drho, best.x.reshape(-1, 2), weights, parity)
    for x0 in x0s:  # L-BFGS-B descends from its start; this makes "never worse than a start" exact
        at = local_readout(name, rho, drho, x0.reshape(-1, 2), weights, parity)
        if (at.cfim[0, 0] > chosen.cfim[0, 0]) if single else (at.qcrb < chosen.qcrb):
            chosen = at
    return chosen


def multistart_lbfgs(fun, starts, bounds=None):
    """The best (lowest) of scipy L-BFGS-B minimisations of ``fun(x) -> (value, gradient)`` from
    each start (earlier starts win ties): the one optimiser of local readouts (:func:`best_local`,
    :func:`vqs.physics.readout.local_readout.best_local_over_time`)."""
    best = None
    for x0 in starts:
        res = scipy.optimize.minimize(fun, np.asarray(x0, dtype=float), jac=True, method="L-BFGS-B", bounds=bounds,
                                      options={"maxiter": 500, "ftol": 1e-15, "gtol": 1e-10})
        if best is None or res.fun < best.fun:
            best = res
    return best


@dataclass(frozen=True)
class MeasurementReport:
    """The measurements of one probe at one time: the QFI matrix, the SLD-eigenbasis (global)
    readouts, the best local projective measurement, all-X, the best parity readout and, for a
    probe designed with its readout (:attr:`ansatz.Circuit.readout`), that readout."""

    t: float
    qfim: np.ndarray
    qcrb: float
    sld: list[Readout]
    local: Readout
    all_x: Readout
    parity: Readout
    designed: Readout | None = None

    def efficiency(self, readout: Readout) -> float:
        """C/F for one parameter; QCRB/CCRB (the bound's ratio, in [0, 1]) for several."""
        if self.qfim.shape[0] == 1:
            return float(readout.cfim[0, 0] / self.qfim[0, 0])
        return self.qcrb / readout.qcrb if math.isfinite(readout.qcrb) else 0.0


MAX_STARTS = 10_000
"""Most random starts of the local-readout searches (each a few milliseconds at N <= 6)."""


def measure_probe(circuit: Circuit, model: SensingModel, t: float, *, starts: int = 8,
                  seed: int = 0) -> MeasurementReport:
    """QFI, SLD-eigenbasis, best local, all-X and best parity readouts of ``circuit`` at time ``t``
    and the model's operating point (and the circuit's own readout, if it has one). Parity has 2
    outcomes, so for the multi task its CFIM has rank <= 1 and its bound is inf; it is then reported
    at the all-X angles without a search.

    Args:
        circuit: the probe.
        model: the sensing model (its operating point).
        t: the sensing time.
        starts: starts of the search for the best local readout.
        seed: the seed of the random starts.

    Returns:
        A :class:`MeasurementReport`: the QFI (QCRB) and, per readout, its CFI (bound) and angles.
    """
    _checks.integer("starts", starts, 0, MAX_STARTS)
    rho, drho = output_state(circuit, model, t)
    w = model.weight_matrix()
    f = qfim(rho, drho)
    n = model.n_wires  # one readout direction per wire, ancillas included
    x_angles = np.tile([math.pi / 2, 0.0], (n, 1))
    if model.n_params == 1:
        parity = best_local(rho, drho, w, starts=starts, seed=seed, parity=True, name="best parity")
    else:
        parity = local_readout("parity (all-X)", rho, drho, x_angles, w, parity=True)
    designed = None if circuit.readout is None else local_readout(
        "designed readout", rho, drho, np.asarray(circuit.readout), w)
    # parity coarse-grains the local readout at its angles: seeded there (and at all-X, a default
    # start), the best local readout is never below the best parity readout or all-X
    local = best_local(rho, drho, w, starts=starts, seed=seed, seeds=[parity.angles])
    return MeasurementReport(
        float(t), f, float(qcrb(jnp.asarray(f), jnp.asarray(w))), sld_readouts(rho, drho, w, model.param_names),
        local, local_readout("all-X", rho, drho, x_angles, w), parity, designed)
