"""The incompatibility-aware multi-task certificate (vqs.physics.optimum.multi_bound), issue 21 item 5."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.optimize

from vqs.physics.kernel.sld import qfim
from vqs.physics.model.kraus import hermitian, kraus_and_derivative
from vqs.physics.model.noise import apply_local_superops
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.bounds import ce_bound, qcrb_lower_bound
from vqs.physics.optimum.multi_bound import (
    _objective,
    multi_bound_at,
    multi_qcrb_bound,
    sum_operators,
    sum_qfi_bound,
    total_bound,
    total_bound_issue_form,
    water_fill,
)

NOISES = ["amplitude_damping", "bit_flip", "dephasing"]
POINT = (0.01, 0.01, 0.01)


def _model(noise, n=2, gamma=0.1, point=POINT):
    return SensingModel(n, "multi", noise, gamma, operating_point=point)


def _kraus(model, t):
    s, ds = model.channel(t)
    pairs = [kraus_and_derivative(s, d) for d in ds]
    return pairs[0][0], [p[1] for p in pairs]


def _output_qfim(model, t, psi, ancillas):
    """QFI matrix of (S^{(x)N} (x) id_ancillas)(psi psi^dag): an independent numpy reference."""
    s, ds = model.channel(t)
    n = model.n_qubits
    eye = np.eye(4)
    rho_in = np.outer(psi, psi.conj())
    rho = apply_local_superops(rho_in, [s] * n + [eye] * ancillas)
    drhos = [sum(apply_local_superops(rho_in, [d if j == k else s for j in range(n)] + [eye] * ancillas)
                 for k in range(n)) for d in ds]
    return qfim(rho, np.array(drhos))


def _output_maps(model, t, ancillas):
    """The channel and its three derivatives on N qubits (x) ancillas as d^2 x d^2 matrices."""
    d = 2 ** (model.n_qubits + ancillas)
    basis = np.eye(d * d).reshape(d * d, d, d)
    columns = [_output_qfim_parts(model, t, e, ancillas) for e in basis]
    return [np.array([c[j].reshape(-1) for c in columns]).T for j in range(4)]


def _output_qfim_parts(model, t, rho_in, ancillas):
    s, ds = model.channel(t)
    n = model.n_qubits
    eye = np.eye(4)
    rho = apply_local_superops(rho_in, [s] * n + [eye] * ancillas)
    return [rho] + [sum(apply_local_superops(rho_in, [d if j == k else s for j in range(n)] + [eye] * ancillas)
                        for k in range(n)) for d in ds]


def _brute_force_trace_inverse(model, t, ancillas, starts, seed, maxiter=300):
    """min over pure inputs of N + ancillas qubits of Tr F^-1 (L-BFGS, several starts)."""
    d = 2 ** (model.n_qubits + ancillas)
    maps = _output_maps(model, t, ancillas)
    rng = np.random.default_rng(seed)

    def value(x):
        psi = x[:d] + 1j * x[d:]
        psi = psi / np.linalg.norm(psi)
        rho_in = np.outer(psi, psi.conj()).reshape(-1)
        rho, *drhos = [(m @ rho_in).reshape(d, d) for m in maps]
        w = np.linalg.eigvalsh(qfim(rho, np.array(drhos)))
        return float(np.sum(1.0 / w)) if w.min() > 1e-9 else 1e9

    best = np.inf
    for _ in range(starts):
        res = scipy.optimize.minimize(value, rng.normal(size=2 * d), method="L-BFGS-B", options={"maxiter": maxiter})
        best = min(best, res.fun)
    return best


@pytest.mark.parametrize("noise", ["none", "dephasing"])
@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("t", [0.5, 2.0])
def test_noiseless_total_is_n_n_plus_2_t_squared(noise, n, t):
    """Without noise T = N(N+2) t^2 = 4 t^2 j(j+1), j = N/2 (the largest sum_a 4 Var(t J_a)), the
    per-direction bounds are N^2 t^2 (Heisenberg) and the water-filled bound is 9 / (N(N+2) t^2)."""
    model = SensingModel(n, "multi", noise, 0.0)
    b = multi_bound_at(model, t)
    assert b.total == pytest.approx(n * (n + 2) * t * t, rel=1e-9)
    assert b.upper == pytest.approx([n * n * t * t] * 3, rel=1e-9)
    assert b.qcrb == pytest.approx(9 / (n * (n + 2) * t * t), rel=1e-9)
    k, dks = _kraus(model, t)
    a_op, b_op = sum_operators(k, dks, [np.zeros((1, 1))] * 3)
    assert total_bound_issue_form(a_op, b_op, n) == pytest.approx(n * (n + 2) * t * t, rel=1e-12)
    # GHZ-free check that it is reached: the symmetric state |j, m=0> (N = 2: the triplet |T0>) has
    # sum_a 4 Var(t J_a) = 4 t^2 j(j+1).
    if n == 2:
        psi = np.array([0, 1, 1, 0]) / np.sqrt(2)
        assert np.trace(_output_qfim(model, t, psi, 0)) == pytest.approx(n * (n + 2) * t * t, rel=1e-9)


@pytest.mark.parametrize("upper, total, weights, value, fill", [
    ((1, 1, 1), 10, None, 3.0, (1, 1, 1)),              # all caps fit
    ((10, 10, 10), 3, None, 3.0, (1, 1, 1)),            # equal split
    ((0.5, 10, 10), 3, None, 3.6, (0.5, 1.25, 1.25)),   # one capped, the rest share
    ((100, 100, 100), 4, (4, 1, 1), 4.0, (2, 1, 1)),    # f ~ sqrt(w)
    ((1, 100, 100), 4, (4, 1, 1), 16 / 3, (1, 1.5, 1.5)),  # the heavy one capped
    ((2, 3), 5, None, 1 / 2 + 1 / 3, (2, 3)),           # sum equals the total
    ((5, 5, 5), 6, (1, 0, 1), 2 / 3, (3, 0, 3)),          # zero weight: no budget
])
def test_water_fill_closed_form(upper, total, weights, value, fill):
    v, f = water_fill(upper, total, weights)
    assert v == pytest.approx(value, rel=1e-12)
    assert f == pytest.approx(fill, rel=1e-12)


def test_water_fill_matches_a_generic_solver():
    rng = np.random.default_rng(3)
    for _ in range(20):
        u, w = rng.uniform(0.1, 5, 3), rng.uniform(0.1, 3, 3)
        total = rng.uniform(0.2, 1.2) * u.sum()
        v, f = water_fill(u, total, w)
        res = scipy.optimize.minimize(lambda x, w=w: np.sum(w / x), u * min(1.0, total / u.sum()) * 0.99,
                                      bounds=[(1e-9, ui) for ui in u], method="SLSQP",
                                      constraints=[{"type": "ineq", "fun": lambda x, s=total: s - x.sum()}],
                                      options={"ftol": 1e-14, "maxiter": 500})
        assert f.sum() <= total * (1 + 1e-12) and np.all(f <= u * (1 + 1e-12))
        assert v == pytest.approx(res.fun, rel=1e-6)


@pytest.mark.parametrize("noise", NOISES)
@pytest.mark.parametrize("n", [1, 2, 4])
def test_gauge_gradient_is_exact(noise, n):
    k, dks = _kraus(_model(noise, n), 3.0)
    x, c = np.random.default_rng(1).normal(size=3 * k.shape[0] ** 2), np.array([1.0, 0.7, 1.3])
    f, g = _objective(x, k, dks, n, c, 0.01)
    fd = np.array([(_objective(x + 1e-6 * e, k, dks, n, c, 0.01)[0] - _objective(x - 1e-6 * e, k, dks, n, c, 0.01)[0])
                   / 2e-6 for e in np.eye(x.size)])
    assert np.abs(g - fd).max() <= 1e-5 * np.abs(fd).max()


@pytest.mark.parametrize("noise", NOISES)
def test_pair_form_below_issue_form_and_per_direction_below_ce(noise):
    """T (pair form) <= the issue's 4N lambda(A) + 4N(N-1) lambda(B) at any gauges; the
    per-direction pair bound <= the CE bound of vqs.physics.optimum.bounds at each direction."""
    model = _model(noise, 3)
    k, dks = _kraus(model, 5.0)
    r = k.shape[0]
    rng = np.random.default_rng(2)
    for _ in range(5):
        gauges = [hermitian(rng.normal(size=r * r), r) for _ in range(3)]
        a_op, b_op = sum_operators(k, dks, gauges)
        assert total_bound(a_op, b_op, 3) <= total_bound_issue_form(a_op, b_op, 3) * (1 + 1e-12)
    for dk in dks:
        assert sum_qfi_bound(k, [dk], 3)[0] <= ce_bound(k, dk, 3)[0] * (1 + 1e-9)


@pytest.mark.parametrize("noise", NOISES)
@pytest.mark.parametrize("n, ancillas", [(2, 0), (2, 1), (3, 0)])
def test_sum_of_qfis_below_total_for_random_probes(noise, n, ancillas):
    """The inequality itself: sum_a F_aa <= T and F_aa <= U_a for random inputs, ancillas included."""
    model = _model(noise, n)
    t = 4.0
    b = multi_bound_at(model, t)
    rng = np.random.default_rng(4)
    d = 2 ** (n + ancillas)
    for _ in range(20):
        psi = rng.normal(size=d) + 1j * rng.normal(size=d)
        f = _output_qfim(model, t, psi / np.linalg.norm(psi), ancillas)
        assert np.trace(f) <= b.total * (1 + 1e-9)
        assert np.all(np.diag(f) <= np.array(b.upper) * (1 + 1e-9))


@pytest.mark.slow  # ~30 s per noise on a busy 2-core machine; run with -m slow
@pytest.mark.parametrize("noise", NOISES)
def test_bound_below_brute_force_n2_with_and_without_an_ancilla(noise):
    """N = 2, per shot at fixed t: G(t) <= min Tr F^-1 over all 2-qubit inputs and over all inputs
    entangled with one noiseless ancilla (L-BFGS, several starts), and the ancilla cannot beat it."""
    model = _model(noise)
    t = 7.6
    g = multi_bound_at(model, t).qcrb
    no_anc = _brute_force_trace_inverse(model, t, 0, 2, 0)
    one_anc = _brute_force_trace_inverse(model, t, 1, 1, 1)
    assert g <= one_anc * (1 + 1e-9) and g <= no_anc * (1 + 1e-9)
    assert g >= 0.5 * one_anc  # and it is not vacuous: within 2x of the best probe found


@pytest.mark.parametrize("noise", NOISES)
@pytest.mark.parametrize("t", [0.5, 4.0, 20.0])
def test_never_looser_than_the_componentwise_bound(noise, t):
    model = _model(noise, 3)
    b = multi_bound_at(model, t)
    k, dks = _kraus(model, t)
    old = sum(1 / ce_bound(k, dk, 3)[0] for dk in dks)
    assert b.qcrb >= old * (1 - 1e-12)


@pytest.mark.parametrize("noise, figure", [
    ("amplitude_damping", "per_time"),
    pytest.param("dephasing", "per_shot", marks=pytest.mark.slow),
])
def test_qcrb_lower_bound_uses_the_joint_bound(noise, figure):
    model = _model(noise)
    grid = np.geomspace(2.0, 50, 4)
    b = qcrb_lower_bound(model, grid, figure)
    assert b.qcrb == max(b.componentwise, b.joint.qcrb)
    assert b.joint.qcrb >= b.componentwise  # here strictly tighter
    assert b.componentwise == pytest.approx(sum(1 / c.value for c in b.components), rel=1e-12)
    scale = b.joint.t_star if figure == "per_time" else 1.0
    assert b.joint.qcrb == pytest.approx(b.joint.at_t_star.qcrb * scale, rel=1e-12)
    assert b.to_dict()["joint"]["qcrb"] == b.joint.qcrb
    assert b.to_dict()["componentwise_qcrb"] == b.componentwise


@pytest.mark.parametrize("noise", NOISES)
@pytest.mark.parametrize("step", [1e-4, 1e-5])
def test_continuous_in_the_operating_point(noise, step):
    t = 6.0
    base = multi_bound_at(_model(noise), t).qcrb
    moved = multi_bound_at(_model(noise, point=tuple(p + step for p in POINT)), t).qcrb
    assert abs(moved - base) <= 50 * step * base


def test_per_time_bound_over_time_is_interior():
    model = _model("dephasing")
    grid = np.geomspace(0.5, 50, 6)
    b = multi_qcrb_bound(model, grid, "per_time")
    assert not b.at_edge and grid[0] < b.t_star < grid[-1]
    assert all(b.qcrb <= t * multi_bound_at(model, t).qcrb * (1 + 1e-9) for t in grid)
