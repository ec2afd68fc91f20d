"""Preparation noise: the kernel's noisy probe states and QFIs against an independent numpy
density-matrix simulation (full unitaries, depolarizing channels as Pauli Kraus sums), gate by gate."""

import itertools
from functools import reduce

import jax.numpy as jnp
import numpy as np
import pytest

from ansatz import Circuit, Gene, pack
from vqs.errors import VqsError
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.covariant import KernelPath, kernel_path
from vqs.physics.kernel.prep_noise import circuit_density_matrices
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import qfi_of_circuits, qfi_of_states

I2 = np.eye(2)
PAULI = [I2, np.array([[0, 1], [1, 0]]), np.array([[0, -1j], [1j, 0]]), np.diag([1.0, -1.0])]
H = np.array([[1, 1], [1, -1]]) / np.sqrt(2)
P1, P2 = 0.013, 0.071


def _rot(axis, a):
    return np.cos(a / 2) * I2 - 1j * np.sin(a / 2) * PAULI[axis]


def _on(op, q, n):
    return reduce(np.kron, [op if k == q else I2 for k in range(n)])


def _controlled(u, c, t, n):
    p0, p1 = np.diag([1.0, 0.0]), np.diag([0.0, 1.0])
    return _on(p0, c, n) + _on(p1, c, n) @ _on(u, t, n)


def _depolarize(rho, p, wires, n):
    """(1 - p) rho + p Tr_Q rho ⊗ I/2^k written as a Pauli twirl: an independent form."""
    k = len(wires)
    out = (1 - p) * rho
    for labels in itertools.product(range(4), repeat=k):
        op = reduce(np.matmul, [_on(PAULI[a], w, n) for a, w in zip(labels, wires)])
        out = out + p / 4**k * op @ rho @ op.conj().T
    return out


def reference_rho(circuit: Circuit, p1: float, p2: float) -> np.ndarray:
    n = circuit.n_qubits
    rho = np.zeros((2**n, 2**n), complex)
    rho[0, 0] = 1.0
    steps = []
    if circuit.init == "ghz":
        steps.append((_on(H, 0, n), (0,)))
        steps += [(_controlled(PAULI[1], 0, i, n), (0, i)) for i in range(1, n)]
    for g in circuit.genes:
        axis = {"RX": 1, "RY": 2, "RZ": 3, "CRX": 1}[g.gate]
        u = _rot(axis, g.angle)
        steps.append((_on(u, g.target, n), (g.target,)) if g.control is None else
                     (_controlled(u, g.control, g.target, n), (g.control, g.target)))
    for u, wires in steps:
        rho = _depolarize(u @ rho @ u.conj().T, p1 if len(wires) == 1 else p2, wires, n)
    return rho


def _cases(n):
    gates = [Gene("RX", n - 1, None, 0.7), Gene("RY", 0, None, -1.1), Gene("RZ", 1, None, 2.3),
             Gene("CRX", 1, 0, 0.9), Gene("CRX", 0, n - 1, -1.7)]
    cases = [Circuit(n, (), "ghz"), Circuit(n, (), "zero")]
    cases += [Circuit(n, (g,), init) for g in gates for init in ("zero", "ghz")]
    cases.append(Circuit(n, tuple(gates), "ghz"))
    return cases


@pytest.mark.parametrize("n", [2, 3])
def test_noisy_states_match_a_gate_by_gate_density_matrix_simulation(n):
    cases = _cases(n)
    got = circuit_density_matrices(cases, (P1, P2))
    for circuit, rho in zip(cases, got):
        np.testing.assert_allclose(rho, reference_rho(circuit, P1, P2), atol=1e-13)
        assert abs(np.trace(rho) - 1) < 1e-13
    pure = circuit_density_matrices(cases, None)
    for circuit, rho in zip(cases, pure):
        np.testing.assert_allclose(rho, reference_rho(circuit, 0.0, 0.0), atol=1e-13)


@pytest.mark.parametrize(("n", "task", "noise"), [(2, "single", "dephasing"), (3, "single", "amplitude_damping"),
                                                  (2, "multi", "depolarizing"), (3, "single", "bit_flip")])
def test_vqs_qfi_with_preparation_noise_is_the_qfi_of_the_reference_state(n, task, noise):
    theta0 = (0.2,) if task == "single" else (0.1, -0.2, 0.3)
    noisy = SensingModel(n, task, noise, 0.1, operating_point=theta0, preparation_noise=(P1, P2))
    clean = SensingModel(n, task, noise, 0.1, operating_point=theta0)
    cases, times = _cases(n), [0.5, 2.0]
    got = qfi_of_circuits(cases, noisy, times, max_genes=6)
    want = qfi_of_states(np.array([reference_rho(c, P1, P2) for c in cases]), clean, times)
    np.testing.assert_allclose(got.qfim, want.qfim, rtol=1e-9, atol=1e-12)
    assert np.all(got.qfim[0, :, 0, 0] < qfi_of_circuits(cases[:1], clean, times).qfim[0, :, 0, 0])  # GHZ loses


def test_the_dephasing_fast_path_is_left_for_a_mixed_probe():
    noisy = SensingModel(3, "single", "dephasing", 0.1, operating_point=(0.2,), preparation_noise=(P1, P2))
    assert kernel_path(noisy) == KernelPath.COVARIANT
    assert kernel_path(SensingModel(3, "single", "dephasing", 0.1)) == KernelPath.DEPHASING
    packed, km, t = PackedCircuits.from_arrays(pack(_cases(3), 6)), KernelModel.of(noisy), jnp.asarray([0.5, 2.0])
    general = np.asarray(kernel.score_circuits(packed, km, t)[0])
    for path in (KernelPath.COVARIANT, KernelPath.DEPHASING):  # DEPHASING falls back to the covariant form
        np.testing.assert_allclose(np.asarray(kernel.score_circuits(packed, km, t, path=path)[0]), general,
                                   rtol=1e-9)


@pytest.mark.parametrize(("value", "expected"), [(None, None), ((0, 0), None), ((0.001, 0.01), (0.001, 0.01)),
                                                 ([0, 1], (0.0, 1.0))])
def test_preparation_noise_values(value, expected):
    model = SensingModel(2, preparation_noise=value)
    assert model.preparation_noise == expected
    assert (KernelModel.of(model).prep is None) == (expected is None)


@pytest.mark.parametrize("value", [(0.1,), (0.1, 1.5), (-0.1, 0.0), (0.1, float("nan")), "0.1,0.2", (True, 0.1)])
def test_bad_preparation_noise_is_refused(value):
    with pytest.raises(VqsError, match="preparation noise"):
        SensingModel(2, preparation_noise=value)


def test_an_idle_gene_costs_precision_only_under_preparation_noise():
    """The search's reason to prefer short circuits: a gene that does nothing (angle 0) leaves the QFI
    unchanged with a noiseless preparation, and lowers it by its gate noise with preparation noise."""
    base = Circuit(3, (Gene("RY", 0, None, 0.4),), "ghz")
    longer = [Circuit(3, base.genes + (Gene(g, 1, c, 0.0),), "ghz") for g, c in (("RZ", None), ("CRX", 0))]
    times = [1.0, 3.0]
    for prep, lower in ((None, False), ((P1, P2), True)):
        model = SensingModel(3, "single", "amplitude_damping", 0.1, operating_point=(0.2,), preparation_noise=prep)
        f = qfi_of_circuits([base, *longer], model, times, max_genes=2).qfi
        if lower:
            assert np.all(f[1] < f[0] * (1 - 1e-4)) and np.all(f[2] < f[1])  # a CRX (p2) costs more than an RZ (p1)
        else:
            np.testing.assert_allclose(f[1:], np.broadcast_to(f[0], f[1:].shape), rtol=1e-12)


def test_the_pennylane_engine_and_bad_configs_refuse_preparation_noise():
    from run_configs import tiny_run

    from vqs.search.schema import parse_config

    model = SensingModel(2, preparation_noise=(P1, P2))
    with pytest.raises(VqsError, match="preparation noise needs the jax engine"):
        qfi_of_circuits(Circuit(2, (), "ghz"), model, [1.0], engine="pennylane")
    config = tiny_run(engine="pennylane", model={"preparation_noise": [P1, P2]}, ga={"local_steps": 0},
                      refine={"method": "cobyla"})
    with pytest.raises(VqsError, match="preparation_noise needs engine: jax"):
        parse_config(config)
    for bad in ([0.1], [0.1, 1.2], [-0.1, 0.0]):
        with pytest.raises(VqsError, match="^model: preparation noise must be two rates") as refused:
            parse_config(tiny_run(model={"preparation_noise": bad}))
        assert "model: model" not in str(refused.value)
    with pytest.raises(VqsError, match="parameter_shift refines the QFI figures"):
        parse_config(tiny_run(figure_of_merit="local_cfi_per_shot", refine={"method": "parameter_shift"}))
