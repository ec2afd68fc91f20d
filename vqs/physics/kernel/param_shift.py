r"""Parameter-shift gradients of a QFI figure with respect to the gene angles.

The figure :math:`\mathcal F(\rho_0)` (QFI, or 1/QCRB, per shot or per time) is a nonlinear
function of the prepared probe :math:`\rho_0(\theta)`, but :math:`\rho_0` itself obeys the shift
rules (every gate is followed by a fixed channel, so :math:`\rho_0` is linear in each
:math:`U\rho U^\dagger`). With the observable :math:`G = \partial \mathcal L/\partial\rho_0` of
the objective :math:`\mathcal L = -\log\mathcal F` at the current angles (classical
post-processing of the model, like the figure itself),

.. math::

    \partial_k\mathcal L = \mathrm{Tr}(G\,\partial_k\rho_0)
    = \sum_s c_s\,\mathrm{Tr}\big(G\,\rho_0(\theta + s\,e_k)\big),

an expectation value on each shifted circuit. The rules (:data:`SHIFT_RULES`):

* RX, RY, RZ genes (generator with eigenvalues +-1/2): two terms, shifts +-pi/2, coefficients +-1/2;
* CRX genes (generator |1><1| ⊗ X/2, eigenvalues 0, +-1/2: frequencies 1/2 and 1): four terms,
  shifts +-pi/2 with +-c+ and +-3pi/2 with -+c-, c+- = (sqrt 2 +- 1) / (4 sqrt 2).

Exact (``shots`` None): Tr(G rho_s). With ``shots = M`` each shifted circuit is measured M times in
G's eigenbasis and Tr(G rho_s) is the sample mean of G's eigenvalues (seeded generator). The
derivative in log t (a classical setting, not a gate) is JAX's.
"""

from __future__ import annotations

import math
from functools import lru_cache

import jax
import jax.numpy as jnp
import numpy as np

from vqs.names import Figure, Task
from vqs.physics.kernel.batched import score_from_rho0
from vqs.physics.kernel.prep_noise import probe_rho0
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits

_CP, _CM = (math.sqrt(2) + 1) / (4 * math.sqrt(2)), (math.sqrt(2) - 1) / (4 * math.sqrt(2))
SHIFT_RULES = {
    "RX": ((math.pi / 2, 0.5), (-math.pi / 2, -0.5)),
    "RY": ((math.pi / 2, 0.5), (-math.pi / 2, -0.5)),
    "RZ": ((math.pi / 2, 0.5), (-math.pi / 2, -0.5)),
    "CRX": ((math.pi / 2, _CP), (-math.pi / 2, -_CP), (3 * math.pi / 2, -_CM), (-3 * math.pi / 2, _CM)),
}
"""Gate -> ((shift, coefficient), ...): d f/d theta = sum c f(theta + shift) for f linear in rho_0."""
_KIND_GATE = {1: "RX", 2: "RY", 3: "RZ", 4: "CRX"}


def _objective(rho0, log_t, km: KernelModel, task: str, figure: str):
    """-log of the figure of one initial state rho0 (d, d) at time exp(log_t)."""
    t = jnp.exp(log_t)
    f, q = score_from_rho0(rho0[None], km, t[None])
    base = f[0, 0, 0, 0] if task == Task.SINGLE else 1.0 / q[0, 0]
    value = base / t if Figure(figure).per_time else base
    return -jnp.log(jnp.maximum(value, 1e-300))


@lru_cache(maxsize=16)
def _observable(task: str, figure: str):
    """Jitted (angles, log_t, circuit, km) -> (L, dL/dlog t, G): G the Hermitian observable with
    Tr(G D) = dL along any Hermitian direction D of rho0."""

    def parts(angles, log_t, circuit, km):
        rho0 = probe_rho0(circuit._replace(angle=angles).batch(), km)[0]
        value, (g_rho, g_t) = jax.value_and_grad(_objective, argnums=(0, 1))(rho0, log_t, km, task, figure)
        # JAX's gradient of a real function of complex entries is dL/dRe - i dL/dIm: dL = Re sum g_ij D_ij,
        # which for a Hermitian D is Tr(G D) with the Hermitian G = (g^T + g^*) / 2
        return value, g_t, 0.5 * (g_rho.T + jnp.conj(g_rho))

    return jax.jit(parts)


_shifted_states = jax.jit(lambda circuits, km: probe_rho0(circuits, km))


def shift_plan(circuit: PackedCircuits, n_genes: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The shifted circuits of the first ``n_genes`` genes of one padded circuit: gene index (S,),
    shift (S,), coefficient (S,), by each gene's rule (:data:`SHIFT_RULES`)."""
    genes, shifts, coefs = [], [], []
    for k in range(n_genes):
        for shift, c in SHIFT_RULES[_KIND_GATE[int(circuit.kind[k])]]:
            genes.append(k)
            shifts.append(shift)
            coefs.append(c)
    return np.array(genes, int), np.array(shifts), np.array(coefs)


def shift_gradient(angles, log_t, circuit: PackedCircuits, km: KernelModel, n_genes: int, *, task: str,
                   figure: str, shots: int | None = None, rng: np.random.Generator | None = None):
    """(L, dL/d angles (G,), dL/d log t) of L = -log figure, the angle gradient by the shift rules
    (exact, or from ``shots`` per shifted circuit drawn by ``rng``); padded angles get 0."""
    value, g_t, g = _observable(task, figure)(angles, log_t, circuit, km)
    genes, shifts, coefs = shift_plan(circuit, n_genes)
    grad = np.zeros(np.shape(angles))
    if genes.size == 0:
        return float(value), grad, float(g_t)
    base = np.asarray(angles, dtype=float)
    shifted = np.repeat(base[None], genes.size, axis=0)
    shifted[np.arange(genes.size), genes] += shifts
    batch = PackedCircuits(*(np.repeat(np.asarray(x)[None], genes.size, axis=0) for x in circuit))._replace(
        angle=shifted)
    rhos = np.asarray(_shifted_states(batch, km))
    g = np.asarray(g)
    if shots is None:
        expect = np.real(np.einsum("ij,sji->s", g, rhos))
    else:
        lam, vec = np.linalg.eigh(g)
        probs = np.clip(np.real(np.einsum("ia,sij,ja->sa", vec.conj(), rhos, vec)), 0.0, None)
        probs /= probs.sum(axis=1, keepdims=True)
        counts = np.array([rng.multinomial(shots, p) for p in probs])
        expect = counts @ lam / shots
    np.add.at(grad, genes, coefs * expect)
    return float(value), grad, float(g_t)
