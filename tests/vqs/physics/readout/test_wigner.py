"""Symmetric projection and spin Wigner function of N-qubit probe states."""

import math
import sys

import numpy as np
import pytest

qutip = pytest.importorskip("qutip")

from vqs.errors import VqsError  # noqa: E402
from vqs.physics.model.noise import X, Y, Z  # noqa: E402
from vqs.physics.readout.wigner import dicke_isometry, spin_wigner, symmetric_projection  # noqa: E402


def _collective(op, n):
    out = np.zeros((2**n, 2**n), complex)
    for q in range(n):
        mats = [np.eye(2)] * n
        mats[q] = op / 2
        term = mats[0]
        for m in mats[1:]:
            term = np.kron(term, m)
        out += term
    return out


def _ghz(n):
    v = np.zeros(2**n, complex)
    v[0] = v[-1] = 1 / math.sqrt(2)
    return v


def _integral(theta, phi, w, j):
    # trapezoid in theta (poles included), periodic rectangle rule in phi
    ring = np.trapezoid(w * np.sin(theta)[:, None], theta, axis=0)
    return ring.sum() * (2 * math.pi / phi.size)


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_dicke_basis_matches_qutip_spin_operators(n):
    v = dicke_isometry(n)
    assert np.allclose(v.T @ v, np.eye(n + 1))
    j = n / 2
    for op, a in ((X, "x"), (Y, "y"), (Z, "z")):
        assert np.allclose(v.T @ _collective(op, n) @ v, qutip.jmat(j, a).full(), atol=1e-12)
    # |0...0> is m = +j = qutip.spin_state(j, j)
    zero = np.zeros(2**n)
    zero[0] = 1
    assert np.allclose(v.T @ zero, qutip.spin_state(j, j).full().ravel())


@pytest.mark.parametrize("n", [2, 3, 4])
def test_ghz_is_symmetric_with_negative_wigner(n):
    rho_sym, w_out = symmetric_projection(_ghz(n), n)
    assert w_out == pytest.approx(0.0, abs=1e-14)
    assert np.trace(rho_sym).real == pytest.approx(1.0)
    theta, phi, w, w_out2 = spin_wigner(_ghz(n), n, n_theta=41, n_phi=80)
    assert w_out2 == pytest.approx(0.0, abs=1e-14)
    assert w.shape == (41, 80)
    assert w.min() < -0.05 * w.max()


@pytest.mark.parametrize("n", [1, 3, 5])
def test_all_zero_state_is_the_north_pole_coherent_state(n):
    psi = np.zeros(2**n)
    psi[0] = 1
    rho_sym, w_out = symmetric_projection(psi, n)
    assert w_out == pytest.approx(0.0, abs=1e-14)
    expected = qutip.spin_state(n / 2, n / 2).proj().full()
    assert np.allclose(rho_sym, expected)
    theta, phi, w, _ = spin_wigner(psi, n, n_theta=37, n_phi=24)
    i, _ = np.unravel_index(np.argmax(w), w.shape)
    assert theta[i] == 0.0
    assert np.allclose(w[0], w[0, 0])  # the pole: independent of phi
    assert w[0, 0] > w[-1, 0]


def test_singlet_has_no_symmetric_weight():
    singlet = np.array([0, 1, -1, 0]) / math.sqrt(2)
    rho_sym, w_out = symmetric_projection(singlet, 2)
    assert w_out == pytest.approx(1.0, abs=1e-14)
    assert np.allclose(rho_sym, 0)
    with pytest.raises(VqsError, match="symmetric subspace"):
        spin_wigner(singlet, 2)


def test_mixed_input_weight_and_normalisation():
    singlet = np.array([0, 1, -1, 0]) / math.sqrt(2)
    triplet0 = np.array([0, 1, 1, 0]) / math.sqrt(2)
    rho = 0.3 * np.outer(singlet, singlet) + 0.7 * np.outer(triplet0, triplet0)
    rho_sym, w_out = symmetric_projection(rho, 2)
    assert w_out == pytest.approx(0.3)
    normed, _ = symmetric_projection(rho, 2, normalize=True)
    assert np.allclose(normed, qutip.spin_state(1, 0).proj().full())
    _, _, w_mixed, w_out2 = spin_wigner(rho, 2)
    _, _, w_pure, _ = spin_wigner(triplet0, 2)
    assert w_out2 == pytest.approx(0.3)
    assert np.allclose(w_mixed, w_pure)


@pytest.mark.parametrize("n", [1, 2, 3])
def test_wigner_normalisation_and_qutip_values(n):
    rng = np.random.default_rng(n)
    # a random symmetric state: random combination of Dicke states, lifted to qubits
    c = rng.standard_normal(n + 1) + 1j * rng.standard_normal(n + 1)
    c /= np.linalg.norm(c)
    psi = dicke_isometry(n) @ c
    theta, phi, w, w_out = spin_wigner(psi, n, n_theta=121, n_phi=64)
    assert w_out == pytest.approx(0.0, abs=1e-12)
    j = n / 2
    # qutip's actual convention (W = sum_kq rho_kq Y_kq, rho_00 = 1/sqrt(2j+1)):
    # integral of W over the sphere = sqrt(4 pi / (2j+1)). (qutip 5.3's docstring states the
    # reciprocal factor; this checks the numbers, which we pass through unchanged.)
    assert _integral(theta, phi, w, j) == pytest.approx(math.sqrt(4 * math.pi / (2 * j + 1)), rel=1e-4)
    ref, _, _ = qutip.spin_wigner(qutip.Qobj(c.reshape(-1, 1)), theta, phi)
    assert np.allclose(w, ref.T)


def test_spin_half_up_known_value():
    # j = 1/2, |up>: W = rho_00 Y00 + rho_10 Y10 with rho_00 = rho_10 = 1/sqrt(2) (T_10 = Z/sqrt(2)),
    # Y00 = 1/sqrt(4 pi), Y10 = sqrt(3/(4 pi)) cos(theta): W = (1 + sqrt(3) cos(theta)) / sqrt(8 pi)
    theta, phi, w, _ = spin_wigner(np.array([1.0, 0.0]), 1, n_theta=3, n_phi=4)
    y00 = 1 / math.sqrt(4 * math.pi)
    closed = y00 / math.sqrt(2) * (1 + math.sqrt(3) * np.cos(theta))
    assert np.allclose(w, closed[:, None])


def test_density_matrix_and_vector_agree():
    psi = _ghz(3)
    a = spin_wigner(psi, 3, n_theta=11, n_phi=12)
    b = spin_wigner(np.outer(psi, psi.conj()), 3, n_theta=11, n_phi=12)
    assert np.allclose(a[2], b[2])


@pytest.mark.parametrize(
    "state,n",
    [(np.ones(3), 2), (np.ones(4), 2), (np.eye(4), 2), (np.ones((4, 4)) / 4 + 1j * np.triu(np.ones((4, 4)), 1), 2)],
)
def test_bad_states_rejected(state, n):
    with pytest.raises(VqsError):
        symmetric_projection(state, n)


def test_bad_n_rejected():
    with pytest.raises(VqsError):
        symmetric_projection(np.array([1.0, 0.0]), 0)


def test_missing_qutip_gives_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "qutip", None)
    with pytest.raises(VqsError, match=r"pip install 'vqs\[wigner\]'"):
        spin_wigner(np.array([1.0, 0.0]), 1)
