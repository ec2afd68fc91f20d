"""Local parameters (``field="local"``: node i senses its own theta_i) and heterogeneous nodes (``nodes``).

The kernel's N x N QFI matrix is checked against an independent reference written here: the full
N-qubit Lindbladian (column stacking, its own Paulis and jump operators, every node its own rate),
scipy's expm, central finite differences in each theta_i and the SLD formula from an
eigendecomposition. Closed forms: GHZ without noise, a probe that senses one node only; the
common and local tasks agree for GHZ and differ for an asymmetric probe.
"""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
import scipy.linalg

from ansatz import Circuit, random_genes
from vqs.errors import VqsError
from vqs.physics.kernel.qfim import function_qcrb
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.model.nodes import function_bound
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.continuity import check_operating_point
from vqs.physics.qfi import engine_capabilities, ghz_circuit, qfi_of_circuits, qfi_of_states

P = {"I": np.eye(2), "X": np.array([[0, 1], [1, 0]]), "Z": np.diag([1.0, -1.0])}
JUMPS = {"amplitude_damping": [(1.0, np.array([[0, 1], [0, 0]]))], "dephasing": [(0.5, P["Z"])],
         "bit_flip": [(0.5, P["X"])], "none": []}


def _on(op, k, n):
    mats = [np.eye(2)] * n
    mats[k] = op
    out = np.array([[1.0]])
    for m in mats:
        out = np.kron(out, m)
    return out


def _reference_rho(psi, nodes, theta, t):
    """exp(t L) rho0 with the full N-qubit Lindbladian (column stacking)."""
    n = len(nodes)
    d = 2**n
    h = sum(th * _on(P["Z"], k, n) / 2 for k, th in enumerate(theta))
    eye = np.eye(d)
    lind = -1j * (np.kron(eye, h) - np.kron(h.T, eye))
    for k, (noise, gamma) in enumerate(nodes):
        for c, a in JUMPS[noise]:
            lop = np.sqrt(c * gamma) * _on(a, k, n)
            ll = lop.conj().T @ lop
            lind = lind + np.kron(lop.conj(), lop) - 0.5 * (np.kron(eye, ll) + np.kron(ll.T, eye))
    rho0 = np.outer(psi, psi.conj())
    return (scipy.linalg.expm(t * lind) @ rho0.reshape(-1, order="F")).reshape(d, d, order="F")


def _reference_qfim(psi, nodes, theta, t, h=1e-5):
    theta = np.asarray(theta, float)
    rho = _reference_rho(psi, nodes, theta, t)
    drho = []
    for i in range(len(nodes)):
        e = np.zeros_like(theta)
        e[i] = h
        drho.append((_reference_rho(psi, nodes, theta + e, t) - _reference_rho(psi, nodes, theta - e, t)) / (2 * h))
    lam, vec = np.linalg.eigh(rho)
    d_eig = [vec.conj().T @ dr @ vec for dr in drho]
    denom = lam[:, None] + lam[None, :]
    inv = np.where(denom > 1e-10, 1 / np.where(denom > 1e-10, denom, 1), 0)
    return np.array([[2 * np.real(np.sum(a.conj() * b * inv)) for b in d_eig] for a in d_eig])


HETERO = {2: [("dephasing", 0.05), ("amplitude_damping", 0.2)],
          3: [("amplitude_damping", 0.05), ("dephasing", 0.12), ("dephasing", 0.2)]}


@pytest.mark.parametrize("n", [2, 3])
def test_local_qfim_matches_finite_differences_with_heterogeneous_nodes(n):
    circuits = [ghz_circuit(n), Circuit(n, tuple(random_genes(np.random.default_rng(n), n, 5)), "ghz")]
    model = SensingModel(n, "single", "dephasing", 0.1, field="local", nodes=HETERO[n], operating_point=0.3)
    times = [0.7, 2.5]
    curve = qfi_of_circuits(circuits, model, times)
    psis = circuit_statevectors(circuits)
    for b, psi in enumerate(psis):
        for i, t in enumerate(times):
            ref = _reference_qfim(psi, HETERO[n], [0.3] * n, t)
            np.testing.assert_allclose(curve.qfim[b, i], ref, rtol=1e-6, atol=1e-8)
            bound, ok = function_bound(ref, [1 / n] * n)
            assert curve.identifiable[b, i] == ok
            if ok:
                np.testing.assert_allclose(curve.qcrb[b, i], bound, rtol=1e-5)


@pytest.mark.parametrize("n, t", [(2, 0.5), (2, 1.3), (3, 0.5), (3, 1.3)])
def test_ghz_average_without_noise_is_heisenberg(n, t):
    local = qfi_of_circuits(ghz_circuit(n), SensingModel(n, "single", "none", 0.0, field="local"), [t])
    np.testing.assert_allclose(local.qcrb[0, 0], 1 / (n * n * t * t), rtol=1e-10)  # Var = 1/(N^2 t^2)
    np.testing.assert_allclose(local.qfi[0, 0], n * n * t * t, rtol=1e-10)
    assert local.identifiable[0, 0]


@pytest.mark.parametrize("n", [2, 3])
def test_probe_sensing_node_one_only(n):
    psi = np.zeros(2**n)
    psi[0] = psi[2 ** (n - 1)] = 2**-0.5  # (|0> + |1>)/sqrt 2 on qubit 0, |0> elsewhere
    t = 1.5
    average = qfi_of_states(psi, SensingModel(n, "single", "none", 0.0, field="local"), [t])
    assert not average.identifiable[0, 0] and average.qfi[0, 0] == 0 and np.isinf(average.qcrb[0, 0])
    first = qfi_of_states(psi, SensingModel(n, "single", "none", 0.0, field="local",
                                            function_weights=(1.0,) + (0.0,) * (n - 1)), [t])
    assert first.identifiable[0, 0]
    np.testing.assert_allclose(first.qfi[0, 0], t * t, rtol=1e-10)


@pytest.mark.parametrize("noise", ["dephasing", "amplitude_damping"])
def test_common_and_local_agree_for_ghz_and_differ_for_an_asymmetric_probe(noise):
    n, times = 3, [0.8, 2.0]
    common = SensingModel(n, "single", noise, 0.1, operating_point=0.02)
    local = SensingModel(n, "single", noise, 0.1, field="local", operating_point=0.02)
    ghz_c, ghz_l = (qfi_of_circuits(ghz_circuit(n), m, times).qfi for m in (common, local))
    np.testing.assert_allclose(ghz_l, ghz_c, rtol=1e-7)
    psi = np.array([0.9, 0, 0, 0.3, 0, 0.2, 0, 0.25], complex)
    psi /= np.linalg.norm(psi)
    asym_c, asym_l = (qfi_of_states(psi, m, times).qfi for m in (common, local))
    assert np.all(asym_l < asym_c * (1 - 1e-3))  # 1/(w^T F^-1 w) <= 1^T F 1 = F_common, strictly here


def test_uniform_model_keeps_its_kernel_path_and_equal_nodes_give_its_numbers():
    uniform = SensingModel(3, "single", "dephasing", 0.1, operating_point=0.1)
    km = KernelModel.of(uniform)
    assert km.dissipators is None and km.couplings is None and km.target is None
    same = SensingModel(3, "single", "dephasing", 0.1, operating_point=0.1, nodes=[("dephasing", 0.1)] * 3)
    assert not same.uniform and KernelModel.of(same).dissipators.shape == (3, 4, 4)
    circuit = Circuit(3, tuple(random_genes(np.random.default_rng(1), 3, 6)), "ghz")
    a, b = (qfi_of_circuits(circuit, m, [0.5, 3.0]).qfi for m in (uniform, same))
    np.testing.assert_allclose(b, a, rtol=1e-12)


@pytest.mark.parametrize("f, w, value, ok", [
    (np.diag([4.0, 1.0]), [0.5, 0.5], 0.3125, True),
    (np.diag([4.0, 0.0]), [0.5, 0.5], np.inf, False),
    (np.diag([4.0, 0.0]), [1.0, 0.0], 0.25, True),
    (np.ones((2, 2)) * 9.0, [0.5, 0.5], 1 / 36.0, True),  # GHZ: rank one along (1, 1), 1/(1^T F 1)
    (np.ones((2, 2)) * 9.0, [1.0, -1.0], np.inf, False),  # ... which cannot give the gradient
    (np.zeros((2, 2)), [1.0, 0.0], np.inf, False),
])
def test_function_bound_numpy_and_kernel_twins(f, w, value, ok):
    got, good = function_bound(f, w)
    assert bool(good) == ok
    np.testing.assert_allclose(got, value, rtol=1e-12)
    np.testing.assert_allclose(np.asarray(function_qcrb(jnp.asarray(f), jnp.asarray(w, dtype=float))), value,
                               rtol=1e-12)


def test_function_qcrb_gradient_at_a_rank_one_matrix_is_finite_and_exact_off_it():
    w = jnp.asarray([0.5, 0.5])
    g = jax.grad(lambda f: function_qcrb(f, w))(jnp.ones((2, 2)) * 9.0)
    assert np.all(np.isfinite(np.asarray(g)))
    f = jnp.asarray([[3.0, 0.5], [0.5, 2.0]])
    g = jax.grad(lambda m: function_qcrb(m, w))(f)
    x = np.linalg.solve(np.asarray(f), np.asarray(w))
    np.testing.assert_allclose(np.asarray(g), -np.outer(x, x), rtol=1e-10)


def test_model_checks_and_engine_refusal():
    with pytest.raises(VqsError, match="single task"):
        SensingModel(2, "multi", "dephasing", 0.1, field="local")
    with pytest.raises(VqsError, match="local field"):
        SensingModel(2, "single", "dephasing", 0.1, function_weights=(1, 1))
    with pytest.raises(VqsError, match="weights"):
        SensingModel(2, "single", "dephasing", 0.1, field="local", function_weights=(0, 0))
    with pytest.raises(VqsError, match="one"):
        SensingModel(2, "single", "dephasing", 0.1, nodes=[("dephasing", 0.1)])
    m = SensingModel(3, "single", "dephasing", 0.1, field="local", operating_point=[0.2])
    assert m.operating_point == (0.2, 0.2, 0.2) and m.n_params == 3 and m.function_weights == (1 / 3,) * 3
    with pytest.raises(VqsError, match="jax engine"):
        engine_capabilities("pennylane").require_per_node(m)
    with pytest.raises(VqsError, match="node_channels"):
        m.channel(1.0)


def test_continuity_check_per_node():
    ok = SensingModel(2, "single", "dephasing", 0.1, field="local", nodes=[("dephasing", 0.05), ("dephasing", 0.2)])
    assert check_operating_point(ok, [1.0, 5.0]).continuous
    bad = SensingModel(2, "single", "dephasing", 0.1, field="local", nodes=[("dephasing", 0.05), ("bit_flip", 0.2)])
    assert not check_operating_point(bad, [1.0, 5.0]).continuous
