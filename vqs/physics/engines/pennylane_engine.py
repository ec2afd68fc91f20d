r"""The PennyLane engine: the QFI of probe circuits computed by PennyLane, the cross-check of the kernel.

The batched JAX kernel (:mod:`vqs.physics.kernel.batched`) is the default engine. This one computes the
same :class:`~vqs.physics.types.QFICurve` another way, one circuit at a time, and agrees with it to
1e-8 relative (measured: 1e-13 or better, N = 1..3, every noise, both tasks;
``tests/vqs/physics/engines/test_pennylane_engine.py``). Users select it with ``vqs qfi --engine
pennylane`` or ``engine: pennylane`` in a run config (docs/model.md, "Engines").

Per circuit, a QNode on PennyLane's ``default.mixed`` device (JAX interface) prepares

1. the probe: the circuit's operations from :func:`ansatz.pennylane_ops.to_ops` (GHZ preparation,
   then the genes, their angles traced);
2. the sensing step on every qubit, the model's exact channel :math:`S(\theta, t) = e^{t\mathcal
   L(\theta)}`:

   * where the noise commutes with the field (single task under dephasing, amplitude damping,
     depolarizing or no noise), PennyLane's own operations: ``RZ(omega t)`` then
     ``PhaseFlip((1-e^{-gamma t})/2)``, ``AmplitudeDamping(1-e^{-gamma t})`` or
     ``DepolarizingChannel(3(1-e^{-gamma t})/4)`` (exact: :func:`vqs.physics.model.noise.zero_field_kraus`);
   * otherwise (bit flip in the single task, every noise in the multi task), ``qml.QubitChannel``
     with Kraus operators :math:`K_k` of the model's channel (:meth:`SensingModel.lindbladian
     <vqs.physics.model.sensing_model.SensingModel.lindbladian>` exponentiated by
     :func:`vqs.physics.kernel.sensing.expm`)
     from the Choi matrix :math:`J = V\Lambda V^\dagger`, :math:`A = V\Lambda^{1/2}` (columns =
     vectorised :math:`K_k`). Its derivative is a custom JVP that never differentiates
     eigenvectors: :math:`\delta A = (\delta J - \tfrac12\Pi\,\delta J\,\Pi)V\Lambda^{-1/2}` on the
     support :math:`\Pi` of J, which satisfies :math:`\delta A A^\dagger + A\,\delta A^\dagger =
     \delta J` (the kernel-kernel block of :math:`\delta J` vanishes for a positive family), so
     the channel's derivative is exact also where J is rank-deficient or degenerate;

3. :math:`\rho(\theta_0, t)` (``qml.density_matrix``) and :math:`\partial_a\rho` by
   ``jax.jacfwd`` at the operating point (forward mode: ``jacrev`` refuses the complex density
   matrix), for a chunk of times at once (``jax.vmap``), compiled once per circuit structure and
   chunk size;
4. the QFI matrix by :func:`vqs.physics.kernel.sld.qfim` and the QCRB by :func:`vqs.physics.kernel.qfim.qcrb`
   (the kernel's cut-off and singularity rule).

Deliberately independent: this engine shares with the kernel only the model (:class:`SensingModel`), the
matrix exponential and the last stage (the QFI matrix of rho and d rho). Its Kraus operators
(:func:`kraus_of_superop`, a differentiable JAX factorisation of the Choi matrix) are not those of
:mod:`vqs.physics.model.kraus` (numpy, the bounds'), and its noisy state is PennyLane's, not
:func:`vqs.physics.kernel.sensing.sense` or :func:`vqs.physics.model.noise.apply_sensing`: it is the
oracle the kernel is checked against, so it must not reuse the code it checks.

No gradients with respect to the angles or t are offered: a run with this engine scores on the
grid, refines t* and refines angles by COBYLA only (:mod:`vqs.search.schema`).

Size limit :data:`MAX_QUBITS` = 6, measured on a 2-core machine (one circuit of 40 genes, 32
times, multi task, including the compile of its structure): N = 6 3.1 s and 0.6 GB, N = 8 7 s and
1.4 GB, N = 9 19 s and 3 GB, N = 10 76 s and 9.6 GB. A search compiles every new structure
(about 1-3 s each up to N = 6), so a run scores a few circuits per second at best.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import jax
import jax.numpy as jnp
import numpy as np

from ansatz import Circuit
from vqs.errors import VqsError
from vqs.names import Engine, Noise, Task
from vqs.physics.kernel.qfim import qcrb
from vqs.physics.kernel.sensing import expm
from vqs.physics.kernel.sld import qfim
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.types import EngineCapabilities, QFICurve, circuit_list

MAX_QUBITS = 6
"""The most qubits the PennyLane engine accepts (module docstring: the measured cost)."""

CAPABILITIES = EngineCapabilities(Engine.PENNYLANE, gradients=False, local_readout=False, pre_post=False,
                                  ancillas=False, holevo=False,
                                  max_qubits=MAX_QUBITS)
"""The QFI only, scored on given times: no gradients (the search scores on the grid, refines t* and
refines angles by COBYLA), no local readouts, no maps before/after sensing, no ancillas, no Holevo
figures, N <= :data:`MAX_QUBITS`."""

_TIME_CHUNK = 32  # times per compiled call (shorter lists: the next power of two)
_KRAUS_CUTOFF = 1e-30  # Choi eigenvalues at or below this count as zero (they carry no weight)
_COVARIANT = {Noise.DEPHASING, Noise.AMPLITUDE_DAMPING, Noise.DEPOLARIZING, Noise.NONE}


def require_no_ancillas(model: SensingModel) -> None:
    """The PennyLane cross-check senses every wire and prepares noiseless probes: refuse a model
    with ancillas or preparation noise (one line)."""
    if model.ancillas:
        raise VqsError("the pennylane engine does not model ancillas: use the jax engine")
    if getattr(model, "links", None) is not None:
        raise VqsError("the pennylane engine does not model network links: use the jax engine")
    if model.preparation_noise is not None:
        raise VqsError("the pennylane engine prepares noiseless probes: preparation noise needs the jax engine")


def require_size(n_qubits: int, what: str = "the pennylane engine", max_qubits: int = MAX_QUBITS) -> None:
    """Refuse more than ``max_qubits`` qubits (one line)."""
    if n_qubits > max_qubits:
        raise VqsError(f"{what} simulates at most {max_qubits} qubits (it compiles every circuit "
                       f"structure; N = 8 already takes ~7 s and 1.4 GB per circuit), got N = {n_qubits}: "
                       "use the jax engine")


@jax.custom_jvp
def _choi_factor(choi):
    """A (4, 4) with A A^dag = choi (positive semidefinite): A = V Lambda^(1/2)."""
    lam, vec = jnp.linalg.eigh(choi)
    return vec * jnp.sqrt(jnp.clip(lam, 0.0, None))[None, :]


@_choi_factor.defjvp
def _choi_factor_jvp(primals, tangents):
    (choi,), (d_choi,) = primals, tangents
    lam, vec = jnp.linalg.eigh(choi)
    lam = jnp.clip(lam, 0.0, None)
    keep = lam > _KRAUS_CUTOFF
    support = (vec * keep[None, :]) @ jnp.conj(vec.T)
    x = d_choi - 0.5 * support @ d_choi @ support
    inv_sqrt = jnp.where(keep, 1.0 / jnp.sqrt(jnp.where(keep, lam, 1.0)), 0.0)
    return vec * jnp.sqrt(lam)[None, :], (x @ vec) * inv_sqrt[None, :]


def kraus_of_superop(superop) -> list:
    """Four Kraus operators (2, 2) of a single-qubit channel's superoperator (row-major
    vectorisation, :mod:`vqs.physics.model.noise`), differentiable (JAX); unused ones are zero."""
    choi = jnp.einsum("abij->iajb", superop.reshape(2, 2, 2, 2)).reshape(4, 4)
    a = _choi_factor(choi)
    return [a[:, k].reshape(2, 2).T for k in range(4)]


def _apply_sensing(task: Task, noise: Noise, n_qubits: int, theta, t, gamma, dissipator, fields) -> None:
    """Queue the sensing channel S(theta, t) on every qubit (inside a QNode)."""
    import pennylane as qml

    if task == Task.SINGLE and noise in _COVARIANT:
        decay = 1.0 - jnp.exp(-gamma * t)
        for w in range(n_qubits):
            qml.RZ(theta[0] * t, wires=w)
            if noise == Noise.DEPHASING:
                qml.PhaseFlip(decay / 2, wires=w)
            elif noise == Noise.AMPLITUDE_DAMPING:
                qml.AmplitudeDamping(decay, wires=w)
            elif noise == Noise.DEPOLARIZING:
                qml.DepolarizingChannel(0.75 * decay, wires=w)
        return
    kraus = kraus_of_superop(expm(t * (dissipator + jnp.einsum("a,aij->ij", theta, fields))))
    for w in range(n_qubits):
        qml.QubitChannel(kraus, wires=w)


@lru_cache(maxsize=64)
def _compiled(structure: Circuit, task: Task, noise: Noise, chunk: int):
    """jit(vmap over ``chunk`` times) of (angles, theta0, times, gamma, dissipator, fields) ->
    rho (chunk, d, d), d rho (chunk, P, d, d) for circuits of this structure (angles zeroed)."""
    import pennylane as qml

    from ansatz.pennylane_ops import to_ops

    n = structure.n_qubits

    @qml.qnode(qml.device("default.mixed", wires=n), interface="jax")
    def state(angles, theta, t, gamma, dissipator, fields):
        for op in to_ops(structure, angles):
            qml.apply(op)
        _apply_sensing(task, noise, n, theta, t, gamma, dissipator, fields)
        return qml.density_matrix(wires=range(n))

    def one_time(angles, theta0, t, gamma, dissipator, fields):
        def with_aux(theta):
            rho = state(angles, theta, t, gamma, dissipator, fields)
            return rho, rho

        drho, rho = jax.jacfwd(with_aux, has_aux=True)(theta0)  # drho (d, d, P)
        return rho, jnp.moveaxis(drho, -1, 0)

    return jax.jit(jax.vmap(one_time, in_axes=(None, None, 0, None, None, None)))


def _chunk(n_times: int) -> int:
    return min(_TIME_CHUNK, 1 << max(0, n_times - 1).bit_length())


def states_and_derivatives(circuit: Circuit, model: SensingModel, times,
                           max_qubits: int = MAX_QUBITS) -> tuple[np.ndarray, np.ndarray]:
    """rho (T, d, d) and d rho / d theta_a (T, P, d, d) of one probe after sensing, at the
    model's operating point, simulated by PennyLane (checked arguments; ``max_qubits``: see
    :func:`qfi_of_circuits`)."""
    require_no_ancillas(model)
    (circuit,) = circuit_list([circuit], model)
    require_size(model.n_qubits, max_qubits=max_qubits)
    times = model.sensing_times(times)
    chunk = _chunk(times.size)
    structure = circuit.with_angles([0.0] * len(circuit.genes))
    fn = _compiled(structure, model.task, model.noise, chunk)
    angles = jnp.asarray([g.angle for g in circuit.genes], dtype=float)
    fixed = (jnp.asarray(model.operating_point, dtype=float), model.gamma, jnp.asarray(model.dissipator()),
             jnp.asarray(model.field_generators()))
    rhos, drhos = [], []
    for lo in range(0, times.size, chunk):
        part = times[lo:lo + chunk]
        padded = np.concatenate([part, np.full(chunk - part.size, part[0])])
        rho, drho = fn(angles, fixed[0], jnp.asarray(padded), *fixed[1:])
        rhos.append(np.asarray(rho)[: part.size])
        drhos.append(np.asarray(drho)[: part.size])
    return np.concatenate(rhos), np.concatenate(drhos)


def qfi_of_circuits(circuits: Circuit | Sequence[Circuit], model: SensingModel, times,
                    max_qubits: int = MAX_QUBITS) -> QFICurve:
    """QFI curves of probe circuits by PennyLane: the same :class:`~vqs.physics.qfi.QFICurve` as
    :func:`vqs.physics.qfi.qfi_of_circuits` (which dispatches here for ``engine="pennylane"``).
    ``max_qubits`` raises the size guard for a caller that means to pay the cost (the throughput
    benchmark measures N = 8); users meet :data:`MAX_QUBITS`.

    Example:
        >>> qfi_of_circuits(ghz_circuit(3), SensingModel(3), [1.0]).qfi  # 9 e^(-0.6)  # doctest: +SKIP
    """
    require_no_ancillas(model)
    circuits = circuit_list(circuits, model)
    require_size(model.n_qubits, max_qubits=max_qubits)
    times = model.sensing_times(times)
    f = np.empty((len(circuits), times.size, model.n_params, model.n_params))
    for b, circuit in enumerate(circuits):
        rho, drho = states_and_derivatives(circuit, model, times, max_qubits)
        f[b] = [qfim(rho[i], drho[i]) for i in range(times.size)]
    bound = np.asarray(qcrb(jnp.asarray(f), jnp.asarray(model.weight_matrix())))
    return QFICurve(model, times, f, bound)
