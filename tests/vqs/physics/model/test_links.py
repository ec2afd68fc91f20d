"""The network's links around sensing (vqs.physics.model.links): the Werner teleportation map against
an explicit teleportation circuit, w = 1 against today's model, closed forms, and every path."""

import numpy as np
import pytest

from ansatz import Circuit, Gene
from vqs.errors import VqsError
from vqs.physics.kernel.sld import qfi_and_sld
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.model.links import Links, werner_superop
from vqs.physics.model.noise import apply_local_superops, depolarizing_superop
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.bounds import qfi_bound_over_time
from vqs.physics.optimum.certificate import optimal_qfi
from vqs.physics.optimum.continuity import check_operating_point
from vqs.physics.qfi import ghz_circuit, qfi_of_circuits

I2 = np.eye(2, dtype=complex)
X = np.array([[0, 1], [1, 0]], dtype=complex)
Z = np.diag([1.0, -1.0]).astype(complex)
H = np.array([[1, 1], [1, -1]], dtype=complex) / np.sqrt(2)


def _werner_pair(w: float) -> np.ndarray:
    phi = np.array([1, 0, 0, 1], dtype=complex) / np.sqrt(2)
    return w * np.outer(phi, phi.conj()) + (1 - w) * np.eye(4) / 4


def _kron(*ops):
    out = np.eye(1, dtype=complex)
    for op in ops:
        out = np.kron(out, op)
    return out


def teleport_qubit(rho: np.ndarray, n: int, i: int, w: float) -> np.ndarray:
    """Explicit teleportation of qubit i of an n-qubit state through a Werner pair (a, b): CNOT(i, a),
    H(i), measure (i, a), correct b by Z^m_i X^m_a, average over outcomes; b takes i's place."""
    m = n + 2  # wires: 0..n-1 the state, n = a, n+1 = b
    full = np.kron(rho, _werner_pair(w))
    cnot = np.zeros((2**m, 2**m), dtype=complex)
    for idx in range(2**m):
        bits = [(idx >> (m - 1 - q)) & 1 for q in range(m)]
        bits[n] ^= bits[i]
        cnot[sum(b << (m - 1 - q) for q, b in enumerate(bits)), idx] = 1
    u = _kron(*[H if q == i else I2 for q in range(m)]) @ cnot
    full = u @ full @ u.conj().T
    out = np.zeros((2**n, 2**n), dtype=complex)
    for m_i in (0, 1):
        for m_a in (0, 1):
            proj = _kron(*[np.diag([1 - m_i, m_i]) if q == i else np.diag([1 - m_a, m_a]) if q == n else I2
                           for q in range(m)])
            fix = _kron(*[np.linalg.matrix_power(Z, m_i) @ np.linalg.matrix_power(X, m_a) if q == n + 1 else I2
                          for q in range(m)])
            r = fix @ proj @ full @ proj @ fix.conj().T
            # trace out wires i and a, put b in i's place
            t = r.reshape((2,) * (2 * m))
            t = np.trace(t, axis1=n, axis2=m + n)  # a
            mm = m - 1
            t = np.trace(t, axis1=i, axis2=mm + i)  # i
            keep = n - 1  # left: the other n - 1 wires in order (without i), then b
            order = list(range(keep))
            order.insert(i, keep)
            t = t.transpose(order + [n + q for q in order])
            out += t.reshape(2**n, 2**n)
    return out


@pytest.mark.parametrize("w", [1.0, 0.9, 0.5, 0.0, -1 / 3])
def test_werner_superop_is_the_depolarizing_map(w):
    assert np.abs(werner_superop(w) - depolarizing_superop(w)).max() < 1e-14


@pytest.mark.parametrize("n, i, w", [(1, 0, 0.8), (2, 0, 0.7), (2, 1, 0.35), (3, 1, 0.9), (3, 2, -0.2)])
def test_per_wire_map_equals_an_explicit_teleportation_circuit(n, i, w):
    rng = np.random.default_rng(n * 10 + i)
    a = rng.standard_normal((2**n, 2**n)) + 1j * rng.standard_normal((2**n, 2**n))
    rho = a @ a.conj().T
    rho /= np.trace(rho)
    maps = np.broadcast_to(np.eye(4, dtype=complex), (n, 4, 4)).copy()
    maps[i] = werner_superop(w)
    assert np.abs(apply_local_superops(rho, maps) - teleport_qubit(rho, n, i, w)).max() < 1e-10


PROBES = [Circuit(2, (), "ghz"),
          Circuit(2, (Gene("RY", 0, None, 0.4), Gene("CRX", 0, 1, 1.1), Gene("RX", 1, None, -0.3)), "ghz")]


@pytest.mark.parametrize("noise", ["dephasing", "amplitude_damping", "depolarizing"])
def test_w_one_is_todays_model(noise):
    plain = SensingModel(2, "single", noise, 0.1, operating_point=(0.03,))
    linked = SensingModel(2, "single", noise, 0.1, operating_point=(0.03,),
                          links=Links("distributed", (1.0, 1.0), (1.0, 1.0)))
    times = [0.5, 2.0, 7.0]
    a, b = qfi_of_circuits(PROBES, plain, times).qfi, qfi_of_circuits(PROBES, linked, times).qfi
    assert np.abs(a - b).max() <= 1e-10 * np.abs(a).max()


@pytest.mark.parametrize("protocol, out, back", [("distributed", (0.9, 0.6), (0.8, 0.95)),
                                                 ("remote", (0.7, 0.85), None)])
def test_kernel_equals_explicit_teleportation_around_sensing(protocol, out, back):
    """Teleport each qubit out (explicit circuit), sense (the bare channel), teleport back: the QFI
    of that state against the kernel with the model's links."""
    t, theta = 3.0, (0.02,)
    plain = SensingModel(2, "single", "amplitude_damping", 0.1, operating_point=theta)
    linked = SensingModel(2, "single", "amplitude_damping", 0.1, operating_point=theta,
                          links=Links(protocol, out, back))
    s, ds = plain.channel(t)
    for circuit in PROBES:
        psi = np.asarray(circuit_statevectors([circuit])[0])
        rho = np.outer(psi, psi.conj())
        for i, w in enumerate(out):
            rho = teleport_qubit(rho, 2, i, w)
        sense = np.array([s, s])
        r = apply_local_superops(rho, sense)
        dr = apply_local_superops(rho, np.array([ds[0], s])) + apply_local_superops(rho, np.array([s, ds[0]]))
        for i, w in enumerate(back or ()):
            r, dr = teleport_qubit(r, 2, i, w), teleport_qubit(dr, 2, i, w)
        ref = qfi_and_sld(r, dr)[0]
        got = float(qfi_of_circuits([circuit], linked, [t]).qfi[0, 0])
        assert abs(got - ref) <= 1e-10 * max(1.0, ref)


@pytest.mark.parametrize("out, back", [((0.9, 0.8, 0.7), (0.95, 0.9, 0.85)), ((0.5, 0.5, 0.5), (0.5, 0.5, 0.5))])
def test_ghz_heterogeneous_closed_form(out, back):
    """No sensing noise: F = t^2 N^2 (prod l_i)^2 / (prod (1+l_i)/2 + prod (1-l_i)/2), l_i = w_out,i w_back,i."""
    model = SensingModel(3, "single", "none", 0.0, links=Links("distributed", out, back))
    times = np.array([0.5, 1.0, 4.0])
    lam = np.array(out) * np.array(back)
    closed = times**2 * 9 * np.prod(lam) ** 2 / (np.prod((1 + lam) / 2) + np.prod((1 - lam) / 2))
    got = qfi_of_circuits([ghz_circuit(3)], model, times).qfi[0]
    assert np.allclose(got, closed, rtol=1e-10)


def test_certificate_takes_the_composed_channel_and_per_node_links():
    w = 0.8
    model = SensingModel(2, "single", "dephasing", 0.1, links=Links("distributed", (w, w), (w, w)))
    t = 3.0
    ghz = float(qfi_of_circuits([ghz_circuit(2)], model, [t]).qfi[0, 0])
    best = optimal_qfi(model, t, starts=3, seed=0).qfi
    bound = qfi_bound_over_time(model, [t], "per_shot").qfi
    assert ghz <= best * (1 + 1e-9) and best <= bound * (1 + 1e-6)
    # the composed channel is strictly noisier than the bare one: the optimum drops
    bare = optimal_qfi(SensingModel(2, "single", "dephasing", 0.1), t, starts=3, seed=0).qfi
    assert best < bare
    # nodes whose links differ: the certificate takes each node's composed channel (test_node_channels.py),
    # between the two homogeneous networks it interpolates
    mixed = SensingModel(2, "single", "dephasing", 0.1, links=Links("distributed", (0.8, 0.9), (0.8, 0.9)))
    better = SensingModel(2, "single", "dephasing", 0.1, links=Links("distributed", (0.9, 0.9), (0.9, 0.9)))
    mid = optimal_qfi(mixed, t, starts=3, seed=0).qfi
    assert best < mid < optimal_qfi(better, t, starts=3, seed=0).qfi
    assert mid <= qfi_bound_over_time(mixed, [t], "per_shot").qfi * (1 + 1e-9)


def test_continuity_check_sees_the_links():
    model = SensingModel(2, "single", "amplitude_damping", 0.1, operating_point=(0.05,),
                         links=Links("distributed", (0.9, 0.6), (0.9, 0.6)))
    assert check_operating_point(model, [1.0, 4.0]).continuous


@pytest.mark.parametrize("args, match", [
    (("distributed", (0.9,), None), "back-link"),
    (("remote", (0.9,), (0.9,)), "no back-link"),
    (("relay", (0.9,), None), "protocol"),
    (("remote", (1.2,), None), r"\[-1/3, 1\]"),
    (("distributed", (0.9, 0.8), (0.9,)), "back"),
])
def test_bad_links_refused(args, match):
    with pytest.raises(VqsError, match=match):
        Links(*args)


def test_model_refuses_links_of_another_width_and_the_pennylane_engine():
    with pytest.raises(VqsError, match="one Werner parameter per sensor qubit"):
        SensingModel(3, links=Links("remote", (0.9, 0.9)))
    model = SensingModel(2, links=Links("remote", (0.9, 0.9)))
    with pytest.raises(VqsError, match="jax engine"):
        qfi_of_circuits([ghz_circuit(2)], model, [1.0], engine="pennylane")
