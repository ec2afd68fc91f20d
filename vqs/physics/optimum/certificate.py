r"""Optimality certificate: the largest QFI any N-qubit input state can reach under the model.

For the single-parameter task the N-qubit channel is :math:`\Lambda_\theta = S_\theta^{\otimes N}`
(one exact 4x4 superoperator per qubit, :meth:`vqs.physics.model.sensing_model.SensingModel.channel`),
or :math:`S_{1,\theta}\otimes\cdots\otimes S_{N,\theta}` when the nodes' composed channels differ
(nodes at different distances, per-node noise: :func:`vqs.physics.optimum.node_channels.sensor_channels`;
below :math:`S` stands for either). For an input
state :math:`\rho_{in}` let :math:`\rho = \Lambda(\rho_{in})`, :math:`\dot\rho = \dot\Lambda(\rho_{in})`
with :math:`\dot\Lambda = \sum_k S\otimes\cdots\otimes\dot S_{(k)}\otimes\cdots\otimes S`. The QFI
has the variational form

.. math:: F(\rho_{in}) = \max_{L = L^\dagger}\; 2\,\mathrm{Tr}(\dot\rho L) - \mathrm{Tr}(\rho L^2)
          = \max_L \langle \rho_{in},\; 2\dot\Lambda^\dagger(L) - \Lambda^\dagger(L^2)\rangle ,

the maximum being reached at the SLD. For fixed L the bracket is *linear* in the input, so the
maximum over inputs is an eigenvalue problem and pure inputs suffice (the optimum over a convex
set of a maximum of linear functionals is attained at an extreme point). The see-saw alternates

1. SLD step: :math:`L` = SLD of :math:`(\rho, \dot\rho)` for the current input;
2. state step: new input = top eigenvector of :math:`M = 2\dot\Lambda^\dagger(L) - \Lambda^\dagger(L^2)`.

Each step cannot decrease the QFI: :math:`F(\psi_{new}) \ge \langle\psi_{new}|M|\psi_{new}\rangle
\ge \langle\psi|M|\psi\rangle = F(\psi)`. It is a local method, hence several starts.

Numerics: the maps are applied by reshaping the :math:`2^N\times 2^N` matrix into a
``(2,)*2N`` tensor and contracting each qubit's pair of axes with the 4x4 map (no :math:`4^N`
matrices); :math:`(\Lambda, \dot\Lambda)` are propagated together by the product rule in
:math:`3N` contractions. The QFI and SLD use the eigendecomposition of :math:`\rho` and keep pairs
with :math:`\lambda_i + \lambda_j >` ``EIG_CUTOFF`` (= 1e-12; states here have unit trace).
See ``docs/certificate.md``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.linalg
from numpy.typing import ArrayLike

from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Figure
from vqs.physics.kernel.sld import EIG_CUTOFF, qfi_and_sld
from vqs.physics.kernel.states import starting_states
from vqs.physics.model.noise import apply_local_superops, apply_sensing
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.node_channels import sensor_channels
from vqs.physics.timeopt import maximise_over_time, sub_grid

DEFAULT_TOL = 1e-9
DEFAULT_MAX_ITER = 5000
_MAX_DOUBLINGS = 12


# --------------------------------------------------------------------------------------------
# results
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CertificateResult:
    """Best see-saw optimum at one sensing time.

    ``qfi``: best QFI over the starts; ``state``: its pure input (unit vector, length 2^N);
    ``iterations`` / ``converged``: of the best start; ``start_values``: final QFI of every start
    (in start order: GHZ, |+>^N, then random, then any user ``initial_states``);
    ``start_iterations`` / ``start_converged``: per start. ``n_unconverged`` counts starts that hit
    ``max_iter`` (their values are still valid lower bounds on the optimum).
    """

    qfi: float
    state: np.ndarray
    iterations: int
    converged: bool
    start_values: tuple[float, ...]
    start_iterations: tuple[int, ...] = ()
    start_converged: tuple[bool, ...] = ()
    t: float = math.nan
    tol: float = DEFAULT_TOL
    max_iter: int = DEFAULT_MAX_ITER

    @property
    def spread(self) -> float:
        """max - min of the final QFI over starts (0 when every start reaches the same optimum)."""
        return float(max(self.start_values) - min(self.start_values))

    @property
    def relative_spread(self) -> float:
        return self.spread / self.qfi if self.qfi > 0 else 0.0

    @property
    def n_unconverged(self) -> int:
        return sum(1 for c in self.start_converged if not c)


@dataclass(frozen=True)
class TimeOptimum:
    """Result of :func:`optimal_over_time`.

    ``value`` is ``qfi`` (per_shot) or ``qfi / t_star`` (per_time); ``at_boundary`` is True when the
    best grid point is the first or last of the grid (the true optimum may lie outside it).
    """

    t_star: float
    value: float
    qfi: float
    figure: str
    result: CertificateResult
    grid_times: np.ndarray = field(repr=False)
    grid_values: np.ndarray = field(repr=False)
    at_boundary: bool = False


# --------------------------------------------------------------------------------------------
# tensor-network application of per-qubit maps
# --------------------------------------------------------------------------------------------
def apply_channel(s4: np.ndarray, rho: np.ndarray, n: int) -> np.ndarray:
    """:math:`S^{\\otimes n}(\\rho)` for a :math:`2^n\\times 2^n` matrix (qubit 0 most significant)."""
    return apply_local_superops(rho, np.broadcast_to(s4, (n, 4, 4)))


def apply_channel_and_derivative(s4, ds4, rho, n):
    """``(S^{⊗n}(rho), sum_k S⊗..⊗dS_(k)⊗..⊗S (rho))`` by the product rule
    (:func:`vqs.physics.model.noise.apply_sensing`, one parameter, every qubit a sensor); ``s4``/``ds4``
    one 4x4 map for every qubit, or (n, 4, 4) one per qubit (per-node channels)."""
    ds = np.asarray(ds4)
    out, dout = apply_sensing(np.asarray(s4), ds[None] if ds.ndim == 2 else ds[:, None], rho, n, n)
    return out, dout[0]


# --------------------------------------------------------------------------------------------
# QFI of outputs
# --------------------------------------------------------------------------------------------
def qfi_of_output(rho, drho, cutoff: float = EIG_CUTOFF) -> float:
    """QFI of the output pair (``rho``, ``drho``); see :func:`vqs.physics.kernel.sld.qfi_and_sld`."""
    return qfi_and_sld(np.asarray(rho, complex), np.asarray(drho, complex), cutoff)[0]


def _single_task_channel(model, t):
    if getattr(model, "task", None) != "single":
        raise VqsError(
            f"the optimality certificate is for the single-parameter task; "
            f"got task={getattr(model, 'task', None)!r}"
        )
    if getattr(model, "ancillas", 0):
        raise VqsError("the see-saw certificate covers probes on the sensor qubits alone; for ancillas use the "
                       "channel-extension bound (vqs.physics.optimum.bounds), which covers them")
    t = model.sensing_time(t)
    s, ds = sensor_channels(model, t)  # one 4x4 pair, or (N, 4, 4) per node (nodes whose channels differ)
    return t, s, ds


def _as_state(psi, n) -> np.ndarray:
    psi = np.asarray(psi, dtype=complex).reshape(-1)
    if psi.shape != (2**n,) or not np.all(np.isfinite(psi)):
        raise VqsError(f"an input state for N={n} must be a finite vector of length {2**n}")
    norm = np.linalg.norm(psi)
    if norm < 1e-12:
        raise VqsError("an input state must be nonzero")
    return psi / norm


def state_qfi(model, t: float, state) -> float:
    """QFI of the output :math:`S^{\\otimes N}(|\\psi\\rangle\\langle\\psi|)` for a pure input (normalised here)."""
    t, s, ds = _single_task_channel(model, t)
    n = model.n_qubits
    psi = _as_state(state, n)
    rho, drho = apply_channel_and_derivative(s, ds, np.outer(psi, psi.conj()), n)
    return qfi_of_output(rho, drho)


# --------------------------------------------------------------------------------------------
# see-saw
# --------------------------------------------------------------------------------------------
def _output_qfi(s, ds, n, psi):
    rho, drho = apply_channel_and_derivative(s, ds, np.outer(psi, psi.conj()), n)
    return qfi_and_sld(rho, drho)


def _seesaw(s, ds, n, psi, tol, max_iter, extrapolate=True):
    """One see-saw run from ``psi``; returns (qfi, psi, iterations, converged). ``s``, ``ds``: one
    4x4 map for every qubit, or (n, 4, 4) per qubit (:mod:`vqs.physics.optimum.function_bound`).

    After each state step (``psi -> new``, global phase of ``new`` aligned to ``psi``) the
    over-relaxed states ``normalise(psi + a (new - psi))``, a = 2, 4, ..., 2**_MAX_DOUBLINGS, are tried
    while they raise the QFI; the best is kept. This only ever accepts improvements, so the
    QFI stays monotone, and it turns the see-saw's slow (sometimes algebraic) convergence near
    flat optima into fast convergence.
    """
    sh, dsh = np.swapaxes(s.conj(), -1, -2), np.swapaxes(ds.conj(), -1, -2)  # per qubit when stacked
    f, sld = _output_qfi(s, ds, n, psi)
    for it in range(1, max_iter + 1):
        _, dadj = apply_channel_and_derivative(sh, dsh, sld, n)  # dLambda^dag(L)
        m = 2.0 * dadj - apply_channel(sh, sld @ sld, n)
        m = 0.5 * (m + m.conj().T)
        d = m.shape[0]
        new = scipy.linalg.eigh(m, subset_by_index=[d - 1, d - 1], driver="evr")[1][:, 0]  # the top one only
        ov = np.vdot(psi, new)
        if abs(ov) > 0:
            new = new * (abs(ov) / ov)
        f_new, sld_new = _output_qfi(s, ds, n, new)
        if extrapolate and f_new > f:
            step = new - psi
            a = 2.0
            for _ in range(_MAX_DOUBLINGS):
                cand = psi + a * step
                cand = cand / np.linalg.norm(cand)
                f_c, sld_c = _output_qfi(s, ds, n, cand)
                if not f_c > f_new:
                    break
                new, f_new, sld_new = cand, f_c, sld_c
                a *= 2.0
        if f_new < f:  # no improvement (rounding or degenerate top eigenvector): at a fixed point
            return f, psi, it, True
        done = abs(f_new - f) <= tol * max(abs(f_new), 1e-300)
        f, psi, sld = f_new, new, sld_new
        if done:
            return f, psi, it, True
    return f, psi, max_iter, False


def optimal_qfi(
    model: SensingModel,
    t: float,
    *,
    starts: int = 8,
    seed: int | None = 0,
    tol: float = DEFAULT_TOL,
    max_iter: int = DEFAULT_MAX_ITER,
    initial_states: Sequence[ArrayLike] = (),
) -> CertificateResult:
    """Largest QFI over all pure (hence all) N-qubit inputs at sensing time ``t``, by see-saw.

    Starts: GHZ, |+>^N, then ``starts - 2`` random pure states (seeded), plus ``initial_states``.
    A start stops when the QFI changes by at most ``tol`` relative between iterations, or after
    ``max_iter`` iterations (then ``converged=False`` for it; see ``start_converged``).

    Args:
        model: a single-task :class:`~vqs.physics.model.sensing_model.SensingModel`.
        t: the sensing time (> 0).

    Returns:
        A :class:`CertificateResult` (``qfi``, the optimal input ``state``, convergence).

    Example:
        >>> optimal_qfi(SensingModel(3, "single", "dephasing", 0.1), 1.0).qfi  # doctest: +SKIP
    """
    t, s, ds = _single_task_channel(model, t)
    n = model.n_qubits
    starts = _checks.integer("starts", starts, 1)
    max_iter = _checks.integer("max_iter", max_iter, 1)
    if not (isinstance(tol, (int, float, np.floating)) and math.isfinite(tol) and tol > 0):
        raise VqsError(f"tol must be a finite number > 0, got {tol!r}")
    inits = starting_states(n, starts, seed) + [_as_state(p, n) for p in initial_states]
    runs = [_seesaw(s, ds, n, psi, float(tol), max_iter) for psi in inits]
    best = max(range(len(runs)), key=lambda i: runs[i][0])
    f, psi, it, conv = runs[best]
    return CertificateResult(
        qfi=float(f),
        state=psi,
        iterations=int(it),
        converged=bool(conv),
        start_values=tuple(float(r[0]) for r in runs),
        start_iterations=tuple(int(r[2]) for r in runs),
        start_converged=tuple(bool(r[3]) for r in runs),
        t=t,
        tol=float(tol),
        max_iter=max_iter,
    )


def optimal_over_time(model: SensingModel, grid: ArrayLike, figure: Figure | str = "per_shot",
                      max_grid_points: int = 16, warm_refine: bool = False, time_xtol: float = 1e-6,
                      **kwargs) -> TimeOptimum:
    """Maximise the certified QFI over the sensing time.

    ``figure="per_shot"`` maximises F(t); ``"per_time"`` maximises F(t)/t (QFI per unit time, the
    figure for a fixed total time budget). The see-saw runs on at most ``max_grid_points`` times of
    ``grid`` (positive, strictly increasing, >= 2 points; evenly spaced in index, both ends
    kept), and the best of them is refined by :func:`vqs.physics.timeopt.maximise_over_time` (bounded, inside
    the grid; ``at_boundary`` is True when the optimum is at an end of the grid). The refinement
    also starts the see-saw from the best grid state; with ``warm_refine`` it starts only from that
    state and GHZ (the other starts run on the grid only: at N = 8 one see-saw iteration costs
    ~0.1 s, docs/scale.md). ``time_xtol``: the refinement's tolerance on t, relative to the
    bracket's upper end. ``kwargs`` go to :func:`optimal_qfi`.

    Args:
        model: a single-task model; grid: the time grid the maximisation starts from; figure: per_shot or per_time.

    Returns:
        A :class:`TimeOptimum` (``t_star``, ``value``, ``qfi``, the see-saw ``result``).

    Example:
        >>> opt = optimal_over_time(model, default_times(model), "per_shot", starts=4)  # doctest: +SKIP
    """
    figure = _checks.figure(figure)
    grid = _checks.time_grid(grid, "grid")
    _checks.phases(model.operating_point, float(grid[-1]))
    kwargs = dict(kwargs)
    extra = list(kwargs.pop("initial_states", ()))

    def score(res):
        return res.qfi if figure == "per_shot" else res.qfi / res.t

    coarse = sub_grid(grid, max_grid_points)
    results = [optimal_qfi(model, float(t), initial_states=extra, **kwargs) for t in coarse]
    values = np.array([score(r) for r in results])
    seed_state = results[int(np.argmax(values))].state
    cache = {float(t): r for t, r in zip(coarse, results)}

    refine_kwargs = {**kwargs, "starts": 1} if warm_refine else kwargs

    def objective(t):
        if t not in cache:
            cache[t] = optimal_qfi(model, t, initial_states=extra + [seed_state], **refine_kwargs)
        return score(cache[t])

    best_t = maximise_over_time(objective, coarse, values, xtol=time_xtol)
    best = cache[best_t.t_star]
    return TimeOptimum(
        t_star=best.t,
        value=float(score(best)),
        qfi=best.qfi,
        figure=figure,
        result=best,
        grid_times=coarse,
        grid_values=values,
        at_boundary=best_t.at_edge,
    )
