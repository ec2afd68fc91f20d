r"""Kernel stages 2 and 3: the per-qubit sensing channel, and rho, d rho of every probe and time.

2. :func:`sensing_maps`: the per-qubit channel :math:`S(t)=e^{t\mathcal L(\theta_0)}` and its
   parameter derivatives :math:`\partial_a S(t)` for every time (forward-mode derivative of a
   scaling-and-squaring Taylor exponential, exact to rounding), composed with optional per-qubit
   maps applied before (``pre``) and after (``post``) sensing; on an ancilla wire (``sensed`` 0)
   the sensing map is the identity and its derivative zero, so only ``pre``/``post`` act there.
3. :func:`sense`: :math:`\rho = S^{\otimes N}(\rho_0)` and
   :math:`\partial_a\rho = \sum_k S\otimes\cdots\otimes\partial_a S_k\otimes\cdots\otimes S\,(\rho_0)`
   by the product rule, one qubit at a time on the (2,)*2N tensor.

The model enters as :class:`KernelModel`, a NamedTuple pytree of arrays: the kernel traces it,
so changing gamma or the operating point never recompiles. A model with a channel per node
(heterogeneous ``nodes`` or the local field, :mod:`vqs.physics.model.nodes`) also carries
``dissipators`` (n, 4, 4) and ``couplings`` (P, n), and stage 2 exponentiates each wire's own
generator :math:`\mathcal D_k + \sum_a \theta_a c_{ak}\mathcal G_a` (derivative along
:math:`c_{ak}\mathcal G_a`: zero on uncoupled wires); the uniform model keeps them None and its
one-channel path, bit for bit. ``target`` (P,): the local field's w, whose QCRB
:math:`w^T F^+ w` replaces Tr(W F^-1) in stage 4.
"""

from __future__ import annotations

from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from vqs.errors import VqsError

_TAYLOR_ORDER = 18
_MAX_SQUARINGS = 40


class KernelModel(NamedTuple):
    """The traced model inputs of the kernel.

    ``dissipator`` (4, 4), ``fields`` (P, 4, 4), ``theta0`` (P,), ``weights`` (P, P) (the QCRB's
    W), ``pre``/``post`` (n, 4, 4) per-wire maps before/after sensing (identities by default),
    ``sensed`` (n,) 1.0 on the sensor wires, 0.0 on the noiseless ancillas (the last wires);
    ``prep`` (2,) the depolarizing rates (p1, p2) of the probe's preparation, or None for a pure
    probe (:mod:`vqs.physics.kernel.prep_noise`; None or not is static: a pytree structure).
    The width n = ``pre.shape[0]`` (sensors plus ancillas) and P = ``theta0.shape[0]`` are static
    shapes; the mask is traced, so nothing recompiles per model.

    Per-node models (not :attr:`SensingModel.uniform`): ``dissipators`` (n, 4, 4) per wire and
    ``couplings`` (P, n) of parameter a to wire k (None on the uniform model: its one ``dissipator``
    on every sensor and every parameter on every sensor); ``target`` (P,) the local field's weights
    w (None: the QCRB is Tr(W F^-1)). Whether they are None is static (one compiled shape each).
    """

    dissipator: np.ndarray
    fields: np.ndarray
    theta0: np.ndarray
    weights: np.ndarray
    pre: np.ndarray
    post: np.ndarray
    sensed: np.ndarray
    dissipators: np.ndarray | None = None
    couplings: np.ndarray | None = None
    target: np.ndarray | None = None
    prep: np.ndarray | None = None

    @classmethod
    def of(cls, model, pre=None, post=None) -> KernelModel:
        """From a :class:`vqs.physics.model.sensing_model.SensingModel`; ``pre``/``post`` (one map per wire,
        ancillas included) checked here; by default the model's network links (``model.links``)."""
        n = model.n_wires
        links = getattr(model, "links", None)
        if links is not None:
            if pre is not None or post is not None:
                raise VqsError("the model carries its network links: give no other pre/post maps")
            pre, post = links.pre(n), links.post(n)
        per_node = not model.uniform
        return cls(
            np.asarray(model.dissipator()),
            np.asarray(model.field_generators()),
            np.asarray(model.operating_point, dtype=float),
            model.weight_matrix(),
            local_maps(pre, n, "pre"),
            local_maps(post, n, "post"),
            model.sensed(),
            model.node_dissipators() if per_node else None,
            model.couplings() if per_node else None,
            np.asarray(model.function_weights, dtype=float) if model.local_field else None,
            None if model.preparation_noise is None else np.asarray(model.preparation_noise, dtype=float),
        )

    @property
    def n_wires(self) -> int:
        """The probe's width: sensor wires plus ancillas."""
        return int(self.pre.shape[0])


def local_maps(maps, n_qubits: int, name: str) -> np.ndarray:
    """Per-qubit superoperators (N, 4, 4); ``None`` gives identities."""
    if maps is None:
        return np.broadcast_to(np.eye(4, dtype=complex), (n_qubits, 4, 4)).copy()
    arr = np.asarray(maps, dtype=complex)
    if arr.shape != (n_qubits, 4, 4) or not np.all(np.isfinite(arr)):
        raise VqsError(f"{name} must be finite per-qubit superoperators of shape ({n_qubits}, 4, 4)")
    return arr


def expm(a):
    """Matrix exponential by Taylor series and scaling and squaring (differentiable, batched).

    The number of squarings s is chosen from the 1-norm (no gradient flows through that choice)
    so that ||a|| / 2^s <= 1/2; a fixed-length masked loop keeps the function traceable.
    """
    norm = jnp.max(jnp.sum(jnp.abs(jax.lax.stop_gradient(a)), axis=-2), axis=-1)
    s = jnp.clip(jnp.ceil(jnp.log2(jnp.maximum(norm, 1e-300) / 0.5)), 0, _MAX_SQUARINGS)
    scaled = a / (2.0**s)[..., None, None]
    eye = jnp.broadcast_to(jnp.eye(a.shape[-1], dtype=a.dtype), a.shape)
    term, total = eye, eye
    for k in range(1, _TAYLOR_ORDER + 1):
        term = term @ scaled / k
        total = total + term

    def square(i, x):
        return jnp.where((i < s)[..., None, None], x @ x, x)

    return jax.lax.fori_loop(0, _MAX_SQUARINGS, square, total)


def _node_maps(model: KernelModel, times):
    """Per-wire S_k(t) (n, T, 4, 4) and dS_k(t) (n, T, P, 4, 4) of a per-node model: wire k's own
    generator, the derivative along c_ak G_a (zero where c_ak = 0: ancillas and uncoupled wires)."""
    theta0 = model.theta0

    def wire(diss, c, t):
        gens = c[:, None, None] * model.fields  # (P, 4, 4): this wire's derivative directions

        def channel(theta):
            return expm(t * (diss + jnp.einsum("a,aij->ij", theta, gens)))

        basis = jnp.eye(theta0.shape[0], dtype=theta0.dtype)
        s, ds = jax.vmap(lambda e: jax.jvp(channel, (theta0,), (e,)))(basis)
        return s[0], ds

    per_wire = jax.vmap(lambda diss, c: jax.vmap(lambda t: wire(diss, c, t))(times))
    return per_wire(model.dissipators, model.couplings.T)


def sensing_maps(model: KernelModel, times):
    """Per-wire maps S_k(t) (n, T, 4, 4) and dS_k(t) (n, T, P, 4, 4) for times (T,): post S pre on
    a sensor wire, post pre on an ancilla (dS_k = 0 there)."""
    if model.dissipators is not None:
        s, ds = _node_maps(model, times)
        s_k = jnp.einsum("nij,ntjk,nkl->ntil", model.post, s, model.pre)
        ds_k = jnp.einsum("nij,ntpjk,nkl->ntpil", model.post, ds, model.pre)
        return s_k, ds_k
    theta0 = model.theta0

    def channel(theta, t):
        return expm(t * (model.dissipator + jnp.einsum("a,aij->ij", theta, model.fields)))

    def channel_and_derivs(t):
        basis = jnp.eye(theta0.shape[0], dtype=theta0.dtype)
        s, ds = jax.vmap(lambda e: jax.jvp(lambda th: channel(th, t), (theta0,), (e,)))(basis)
        return s[0], ds

    s, ds = jax.vmap(channel_and_derivs)(times)  # (T,4,4), (T,P,4,4)
    s_k = jnp.einsum("nij,tjk,nkl->ntil", model.post, s, model.pre)
    ds_k = jnp.einsum("nij,tpjk,nkl->ntpil", model.post, ds, model.pre)
    m = model.sensed[:, None, None, None]  # ancillas (0): post pre, no derivative; sensors (1): unchanged
    s_k = m * s_k + (1 - m) * (model.post @ model.pre)[:, None]
    ds_k = m[..., None] * ds_k
    return s_k, ds_k


_TENSOR_LETTERS = "acdefghijklmnoqrsuvwxABCDEFGHIJKLMNOQRSUVWX"  # not b, t, p, y, z


def _map_spec(n_qubits: int, q: int, op_has_p: bool, rho_has_p: bool) -> str:
    """einsum spec applying a per-time 4x4 map (t[p] y z r c) on qubit q of (b, t[, p], rows, cols)."""
    rows = _TENSOR_LETTERS[:n_qubits]
    cols = _TENSOR_LETTERS[n_qubits : 2 * n_qubits]
    out_rows = rows[:q] + "y" + rows[q + 1 :]
    out_cols = cols[:q] + "z" + cols[q + 1 :]
    op = "t" + ("p" if op_has_p else "") + "yz" + rows[q] + cols[q]
    rho = "bt" + ("p" if rho_has_p else "") + rows + cols
    out = "bt" + ("p" if op_has_p or rho_has_p else "") + out_rows + out_cols
    return f"{op},{rho}->{out}"


def sense(rho0, s_k, ds_k):
    """rho (B,T,d,d) and d rho (B,T,P,d,d) from initial states rho0 (B,d,d); N from ``s_k``."""
    n_qubits = s_k.shape[0]
    b = rho0.shape[0]
    t = s_k.shape[1]
    p = ds_k.shape[2]
    d = 2**n_qubits
    shape = (2,) * (2 * n_qubits)
    rho = jnp.broadcast_to(rho0.reshape((b, 1) + shape), (b, t) + shape)
    drho = jnp.zeros((b, t, p) + shape, rho0.dtype)
    for q in range(n_qubits):
        s4 = s_k[q].reshape(t, 2, 2, 2, 2)
        ds4 = ds_k[q].reshape(t, p, 2, 2, 2, 2)
        # product rule: d(S rho) = S (d rho) + (dS) rho
        drho = jnp.einsum(_map_spec(n_qubits, q, False, True), s4, drho) + jnp.einsum(
            _map_spec(n_qubits, q, True, False), ds4, rho
        )
        rho = jnp.einsum(_map_spec(n_qubits, q, False, False), s4, rho)
    return rho.reshape(b, t, d, d), drho.reshape(b, t, p, d, d)
