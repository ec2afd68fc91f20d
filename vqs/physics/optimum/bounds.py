r"""Certified upper bounds on the QFI of *any* probe: the channel-extension (CE) bound.

For N parallel uses of a single-qubit channel :math:`\Lambda_\theta = \sum_i K_i \cdot K_i^\dagger`
the QFI of every input state, entangled across the qubits and with any ancilla, obeys
(Fujiwara & Imai 2008; Demkowicz-Dobrzański, Kołodyński & Guţă, Nat. Commun. 3, 1063 (2012);
Kołodyński & Demkowicz-Dobrzański, NJP 15, 073043 (2013))

.. math:: F_N \le 4\,\big[\, N\,\|\alpha_h\| + N(N-1)\,\|\beta_h\|^2 \,\big], \qquad
          \alpha_h = \sum_i \dot K_{h,i}^\dagger \dot K_{h,i}, \quad
          \beta_h = i \sum_i \dot K_{h,i}^\dagger K_i,

for *every* Hermitian :math:`r\times r` matrix h, where :math:`\dot K_h = \dot K - i h K` (the
derivative of the equivalent Kraus family :math:`e^{-i(\theta-\theta_0)h}K(\theta)`). Any h gives
a valid bound, so the minimisation over h (convex; BFGS on a smoothed objective, see
:func:`ce_bound`) only tightens it: the result is a certificate whatever the optimiser does.

Kraus operators and their derivative come from the exact channel :math:`S = e^{t\mathcal L}` and
:math:`\partial_\theta S` (:meth:`vqs.physics.model.sensing_model.SensingModel.channel`): with the Choi matrix
:math:`J = \sum_i |k_i\rangle\langle k_i| = KK^\dagger` (rank r, :math:`K = V\sqrt\Lambda`) and
:math:`P = K(K^\dagger K)^{-1}`, the choice :math:`\dot K = \dot J P - \tfrac12 K P^\dagger\dot J P`
satisfies :math:`\dot K K^\dagger + K\dot K^\dagger = \dot J` exactly where the Choi rank is locally
constant (checked: otherwise a :class:`VqsError`).

Uses: the single-task table column ``bound_qcrb`` (1 / the bound on the figure of merit,
maximised over the time grid), and the multi-task certified lower bound on the QCRB,

.. math:: \mathrm{Tr}\,F^{-1} \ge \sum_a (F^{-1})_{aa} \ge \sum_a 1/F_{aa} \ge \sum_a 1/F^{CE}_a ,

minimised over t term by term (per unit time: :math:`\min_t t\,\mathrm{Tr}F^{-1}(t) \ge
\sum_a \min_t t/F^{CE}_a(t)`), with :math:`F^{CE}_a` the bound for field component a alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.optimize
from numpy.typing import ArrayLike

from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Figure
from vqs.physics.model.kraus import hermitian, kraus_and_derivative
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.multi_bound import multi_qcrb_bound
from vqs.physics.optimum.node_channels import sensor_channels
from vqs.physics.timeopt import maximise_over_time


def _smooth_max(x: np.ndarray, sharpness: float) -> float:
    """log-sum-exp: a smooth upper bound on max(x) within log(len(x)) / sharpness."""
    m = x.max()
    return float(m + np.log(np.sum(np.exp(sharpness * (x - m)))) / sharpness)


def _softmax(x: np.ndarray, sharpness: float) -> np.ndarray:
    """The gradient of :func:`_smooth_max` in x."""
    e = np.exp(sharpness * (x - x.max()))
    return e / e.sum()


class _Node:
    """One node's Kraus family: the eigenvalues of alpha_h and beta_h at a gauge, and the smoothed
    norms' gradients in the gauge's r^2 real parameters (closed form: d alpha and d beta are linear in dh)."""

    def __init__(self, kraus: np.ndarray, dkraus: np.ndarray):
        self.k, self.dk, self.r = kraus, dkraus, kraus.shape[0]
        eye = np.eye(self.r * self.r)
        self.basis = np.array([hermitian(e, self.r) for e in eye])  # d h / d x_m

    def parts(self, x):
        dkh = self.dk - 1j * np.einsum("ij,jab->iab", hermitian(x, self.r), self.k)
        alpha = np.einsum("iba,ibc->ac", dkh.conj(), dkh)
        beta = 1j * np.einsum("iba,ibc->ac", dkh.conj(), self.k)
        return dkh, np.linalg.eigh(0.5 * (alpha + alpha.conj().T)), np.linalg.eigh(0.5 * (beta + beta.conj().T))

    def norms(self, x) -> tuple[float, float]:
        _, (a, _), (b, _) = self.parts(x)
        return float(a.max()), float(np.abs(b).max())

    def smooth(self, x, ka: float, kb: float):
        """(smoothed ||alpha||, smoothed ||beta||, their gradients in x)."""
        dkh, (a, va), (b, vb) = self.parts(x)
        pa = _softmax(a, ka)
        pb = _softmax(np.concatenate([b, -b]), kb)
        ga = (va * pa) @ va.conj().T  # d sa = Tr(ga d alpha)
        gb = (vb * (pb[: b.size] - pb[b.size :])) @ vb.conj().T
        # d alpha = 2 Re sum_ij dh_ij (-i) Tr(ga dkh_i^dag K_j);  d beta = -sum_ij conj(dh_ij) K_j^dag K_i
        qa = -2j * np.einsum("ab,icb,jca->ij", ga, dkh.conj(), self.k)
        qb = -np.einsum("ab,icb,jca->ij", gb, self.k.conj(), self.k)
        grad = lambda q: np.real(np.einsum("mij,ij->m", self.basis, q))  # noqa: E731
        return _smooth_max(a, ka), _smooth_max(np.concatenate([b, -b]), kb), grad(qa), grad(qb)


SHARPNESS = (1e1, 1e2, 1e3, 1e4, 1e5, 1e6)
"""The continuation of the CE bound's smoothing: log-sum-exp sharpness relative to the objective's
scale, which is re-read from the gauge reached after each stage (from h = 0 alone it can be 100 times
the optimum's, and three fixed stages then stalled a bound 40 times above it: amplitude damping, N = 3, t = 2)."""


def _continuation(exact, smooth, starts) -> tuple[float, np.ndarray]:
    """The exact objective's value and argument after BFGS on ``smooth(y, ka, kb)`` -> (value,
    gradient), the norms of alpha and beta smoothed with sharpness ka and kb, for each stage of
    :data:`SHARPNESS`; a stage's result is kept only if the exact objective falls (every gauge gives
    a valid bound, so the value returned is always one)."""
    x = min(starts, key=exact)
    for sharpness in SHARPNESS:
        scale = max(exact(x), 1e-300) / 4.0
        k = sharpness / scale
        res = scipy.optimize.minimize(smooth, x, args=(k, k * scale), jac=True, method="BFGS",
                                      options={"gtol": 1e-9 * scale})
        if np.all(np.isfinite(res.x)) and exact(res.x) < exact(x):
            x = res.x
    return float(exact(x)), x


def ce_bound(kraus: np.ndarray, dkraus: np.ndarray, n: int, h0: np.ndarray | None = None) -> tuple[float, np.ndarray]:
    """min_h 4 [n ||alpha_h|| + n (n-1) ||beta_h||^2] and the h (as a real vector) reaching it.

    The operator norms are not differentiable where eigenvalues cross, which stalls quasi-Newton
    methods; h is therefore found by BFGS on a log-sum-exp smoothing of the two norms with rising
    sharpness (continuation), with the closed-form gradient of :class:`_Node` (finite differences
    cost 20 times as much: 198 of the 255 s of a multi-task N = 2 bound, cProfile), and the bound is
    the exact objective at the h found (any h is valid).
    """
    node, r = _Node(kraus, dkraus), kraus.shape[0]

    def exact(x):
        a, b = node.norms(x)
        return 4.0 * (n * a + n * (n - 1) * b**2)

    def smooth(y, ka, kb):
        sa, sb, ga, gb = node.smooth(y, ka, kb)
        return n * sa + n * (n - 1) * sb**2, n * ga + 2.0 * n * (n - 1) * sb * gb

    starts = [np.zeros(r * r)] + ([] if h0 is None or h0.size != r * r else [np.asarray(h0, float)])
    return _continuation(exact, smooth, starts)


def ce_bound_nodes(pairs, h0: np.ndarray | None = None) -> tuple[float, np.ndarray]:
    r"""The CE bound with a channel per node: min over the gauges h_k of
    :math:`4[\sum_k a_k + (\sum_k b_k)^2 - \sum_k b_k^2]`, :math:`a_k = \|\alpha_{h_k}\|`,
    :math:`b_k = \|\beta_{h_k}\|` (docs/certificate.md, "Nodes with different channels"), and the gauges
    reaching it (one real vector, node after node).

    ``pairs``: per node its Kraus operators and derivative (:func:`kraus_and_derivative`). The product
    family's :math:`\alpha = \sum_k \alpha_k + \sum_{k\ne l} \beta_k\otimes\beta_l` gives the bound for
    every choice of gauges; identical nodes and equal gauges give :func:`ce_bound`'s
    :math:`4[N a + N(N-1) b^2]`. Starts: h = 0 and ``h0`` (the previous time's gauges); then BFGS with
    closed-form gradients on the log-sum-exp smoothing with rising sharpness, as :func:`ce_bound`; the
    value is the exact objective at the gauges found (any gauges give a valid bound).
    """
    nodes = [_Node(k, dk) for k, dk in pairs]
    cuts = np.cumsum([0] + [nd.r**2 for nd in nodes])
    split = lambda x: [x[cuts[i] : cuts[i + 1]] for i in range(len(nodes))]  # noqa: E731

    def exact(x):
        ab = np.array([nd.norms(xi) for nd, xi in zip(nodes, split(x))])
        return 4.0 * (ab[:, 0].sum() + ab[:, 1].sum() ** 2 - np.sum(ab[:, 1] ** 2))

    def smooth(y, ka, kb):
        parts = [nd.smooth(yi, ka, kb) for nd, yi in zip(nodes, split(y))]
        sb = np.array([p[1] for p in parts])
        value = sum(p[0] for p in parts) + sb.sum() ** 2 - np.sum(sb**2)
        dsb = 2.0 * (sb.sum() - sb)
        return value, np.concatenate([p[2] + d * p[3] for p, d in zip(parts, dsb)])

    starts = [np.zeros(cuts[-1])] + ([] if h0 is None or h0.size != cuts[-1] else [np.asarray(h0, float)])
    return _continuation(exact, smooth, starts)


@dataclass(frozen=True)
class QFIBound:
    """Upper bound on the figure of merit of any probe for one field component, over the grid."""

    param: str
    value: float  # bound on max_t F(t) (per_shot) or max_t F(t)/t (per_time)
    t_star: float  # where the bound is largest
    qfi: float  # the bound on F at t_star
    at_edge: bool


def qfi_bound_over_time(model, grid, figure: str, param: int = 0) -> QFIBound:
    """The CE bound on the figure of merit of component ``param``, maximised over the time grid."""
    figure = _checks.figure(figure)
    if not 0 <= param < model.n_params:
        raise VqsError(f"parameter index {param} out of range for the {model.task} task")
    grid = np.asarray(grid, dtype=float)
    state = {"h": None}
    cache: dict[float, float] = {}

    def qfi_bound(t: float) -> float:
        if t not in cache:
            s, ds = sensor_channels(model, t, param)
            if s.ndim == 2:  # one channel on every node
                k, dk = kraus_and_derivative(s, ds)
                cache[t], state["h"] = ce_bound(k, dk, model.n_qubits, state["h"])
            else:  # a channel per node
                pairs = [kraus_and_derivative(s[i], ds[i]) for i in range(s.shape[0])]
                cache[t], state["h"] = ce_bound_nodes(pairs, state["h"])
        return cache[t]

    def objective(t: float) -> float:
        f = qfi_bound(t)
        return f / t if figure == "per_time" else f

    best = maximise_over_time(objective, grid, xtol=1e-6)
    return QFIBound(model.param_names[param], best.value, best.t_star, qfi_bound(best.t_star), best.at_edge)


@dataclass(frozen=True)
class QCRBBound:
    """Certified lower bound on the QCRB (1 / figure of merit) of any probe.

    Multi task: ``qcrb`` is the larger of ``componentwise`` (sum_a W_aa / U_a, each U_a maximised
    over time alone) and ``joint`` (:class:`vqs.physics.optimum.multi_bound.MultiBound`, one probe for all
    directions); both are valid, the joint one is never below the componentwise one up to the
    time optimisation.
    """

    qcrb: float
    components: tuple[QFIBound, ...]
    componentwise: float | None = None
    joint: object | None = None  # MultiBound (multi task)

    def to_dict(self) -> dict:
        out = {
            "kind": "channel_extension_bound",
            "qcrb": self.qcrb,
            "components": [c.__dict__ for c in self.components],
        }
        if self.joint is not None:
            out["componentwise_qcrb"] = self.componentwise
            out["joint"] = self.joint.to_dict()
        return out


def qcrb_lower_bound(model: SensingModel, grid: ArrayLike, figure: Figure | str) -> QCRBBound:
    """Certified lower bound on the QCRB of every probe, ancillas included.

    Single task: 1 / the CE bound maximised over the grid. Multi task (diagonal W only): the
    larger of sum_a W_aa / (CE bound of component a), each maximised over the grid, and the
    incompatibility-aware bound of :func:`vqs.physics.optimum.multi_bound.multi_qcrb_bound`.

    Args:
        model: the :class:`~vqs.physics.model.sensing_model.SensingModel`; grid: the time grid;
        figure: per_shot or per_time.

    Returns:
        A :class:`QCRBBound` (``qcrb`` and the per-component :class:`QFIBound`).

    Example:
        >>> qcrb_lower_bound(SensingModel(3, "multi", "dephasing", 0.1, (0.01,) * 3),
        ...                  default_times(model), "per_shot").qcrb  # doctest: +SKIP
    """
    w = model.weight_matrix()
    if np.abs(w - np.diag(np.diag(w))).max() > 0:
        raise VqsError("the QCRB lower bound needs diagonal weights W")
    parts = tuple(qfi_bound_over_time(model, grid, figure, a) for a in range(model.n_params))
    total = 0.0
    for a, part in enumerate(parts):
        if w[a, a] > 0:
            total += w[a, a] / part.value if part.value > 0 else math.inf
    if model.n_params == 1:
        return QCRBBound(total, parts)

    joint = multi_qcrb_bound(model, grid, figure)
    return QCRBBound(max(total, joint.qcrb), parts, total, joint)
