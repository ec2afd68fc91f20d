"""A designed probe with its readout, exported to OpenQASM by vqs's writer, sampled on qiskit-aer with
a NoiseModel of the same depolarizing gate errors (p1, p2) and the sensing step as a Kraus channel:
the sampled frequencies agree with vqs's exact outcome probabilities to within shot noise, and the
same comparison with a noiselessly prepared vqs probe, or one with half the rate p2, does not (the
check can fail). Measured: TV 0.0019 against a shot-noise level (expected TV) of 0.0032; 0.0149 at
p2/2, 0.033 without preparation noise."""

import numpy as np
import pytest

from ansatz import Circuit, Gene
from ansatz.qasm import to_qasm
from vqs.physics.kernel.local_cfi import local_distribution
from vqs.physics.model.kraus import kraus_and_derivative
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.readout.measurement import output_state

qiskit = pytest.importorskip("qiskit")
aer = pytest.importorskip("qiskit_aer")

P1, P2, SHOTS, T = 0.004, 0.04, 100_000, 2.0
CIRCUIT = Circuit(3, (Gene("RY", 2, None, 0.8), Gene("CRX", 0, 2, 1.3), Gene("RZ", 1, None, -0.6),
                      Gene("RX", 0, None, 0.5), Gene("CRX", 2, 1, -0.9)), "ghz")
READOUT = ((1.2, 0.3), (0.7, -1.0), (2.0, 2.5))


def _aer_counts(model: SensingModel) -> np.ndarray:
    from qiskit import QuantumCircuit, qasm2
    from qiskit.circuit.library import UnitaryGate
    from qiskit.quantum_info import Kraus
    from qiskit_aer import AerSimulator
    from qiskit_aer.noise import NoiseModel, depolarizing_error

    probe = qasm2.loads(to_qasm(CIRCUIT, 2), custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
    n = CIRCUIT.n_qubits
    qc = QuantumCircuit(n, n)
    for inst in probe.data:  # aer's density-matrix method has no crx: its exact unitary, labelled for the noise
        op = inst.operation
        if op.name == "crx":
            op = UnitaryGate(op.to_matrix(), label="crx")
        qc.append(op, [probe.find_bit(q).index for q in inst.qubits])
    s, ds = model.channel(T)
    kraus = Kraus(list(kraus_and_derivative(s, ds[0])[0]))
    for q in range(n):
        qc.append(kraus, [q])
    for q, (theta, phi) in enumerate(READOUT):  # the readout is ideal in vqs: a gate the noise model skips
        rz = np.diag([np.exp(0.5j * phi), np.exp(-0.5j * phi)])
        ry = np.array([[np.cos(theta / 2), np.sin(theta / 2)], [-np.sin(theta / 2), np.cos(theta / 2)]])
        qc.append(UnitaryGate(ry @ rz, label="readout"), [q])
    qc.measure(range(n), range(n))
    noise = NoiseModel()
    noise.add_all_qubit_quantum_error(depolarizing_error(P1, 1), ["h", "rx", "ry", "rz"])
    noise.add_all_qubit_quantum_error(depolarizing_error(P2, 2), ["cx", "crx"])
    sim = AerSimulator(method="density_matrix", noise_model=noise, seed_simulator=11)
    counts = sim.run(qc, shots=SHOTS, optimization_level=0).result().get_counts()
    freq = np.zeros(2**n)
    for bits, c in counts.items():
        freq[int(bits[::-1], 2)] = c / SHOTS  # qiskit prints qubit 0 last; vqs's qubit 0 is the top bit
    return freq


def _vqs_probabilities(model: SensingModel) -> np.ndarray:
    rho, drho = output_state(CIRCUIT, model, T)
    p, _ = local_distribution(rho, drho, np.asarray(READOUT))
    return np.asarray(p)


def test_aer_samples_match_vqs_exact_probabilities_with_preparation_noise():
    noisy = SensingModel(3, "single", "amplitude_damping", 0.1, operating_point=(0.2,), preparation_noise=(P1, P2))
    freq = _aer_counts(noisy)
    p = _vqs_probabilities(noisy)
    assert p.sum() == pytest.approx(1.0, abs=1e-12)
    shot_noise = 0.5 * np.sum(np.sqrt(2 * p * (1 - p) / (np.pi * SHOTS)))  # E[TV] of SHOTS samples from p
    tv = 0.5 * np.abs(freq - p).sum()
    assert tv < 2 * shot_noise, (tv, shot_noise)
    for prep in (None, (P1, P2 / 2)):  # a noiseless preparation, or half the two-qubit rate: detected
        other = SensingModel(3, "single", "amplitude_damping", 0.1, operating_point=(0.2,), preparation_noise=prep)
        assert 0.5 * np.abs(freq - _vqs_probabilities(other)).sum() > 3 * shot_noise
