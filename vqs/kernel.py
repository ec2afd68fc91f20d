r"""The batched simulation kernel: circuits -> probe states -> noisy sensing -> QFI matrices.

Everything here is a pure JAX function of arrays; shapes are the only static information, so the
genetic search compiles once per (N, max genes, batch chunk, number of times) and then scores any
circuit structure. Public, validated entry points live in :mod:`vqs.qfi`.

Pipeline
--------
1. ``circuit_states``: statevector simulation of the padded gene arrays (see
   :mod:`ansatz.arrays`). A gate on a traced wire is applied by gathering the two amplitudes
   that differ in the target bit, O(2^N) per gene; pads are identities.
2. ``sensing_maps``: the per-qubit channel :math:`S(t)=e^{t\mathcal L(\theta_0)}` and its
   parameter derivatives :math:`\partial_a S(t)` for every time (forward-mode derivative of a
   scaling-and-squaring Taylor exponential, exact to rounding), composed with optional per-qubit
   maps applied before (``pre``) and after (``post``) sensing.
3. ``sense``: :math:`\rho = S^{\otimes N}(\rho_0)` and
   :math:`\partial_a\rho = \sum_k S\otimes\cdots\otimes\partial_a S_k\otimes\cdots\otimes S\,(\rho_0)`
   by the product rule, one qubit at a time on the (2,)*2N tensor.
4. ``qfim``: :math:`F_{ab} = \mathrm{Re}\,\mathrm{Tr}(\partial_a\rho\,L_b)` from the symmetric
   logarithmic derivatives, with a custom JVP (below) that never differentiates eigenvectors.

Eigenvalue cut-off: pairs of eigenvalues with :math:`\lambda_i+\lambda_j \le` ``EIG_CUTOFF``
(1e-12; states have unit trace) are dropped. For a physical family the kernel-kernel block of
:math:`\partial\rho` vanishes, so the dropped terms are rounding noise.

Derivative of the QFI (used by gradient refinement): with :math:`L_a` the SLDs,

.. math:: \delta F_{ab} = \mathrm{Re}\,\mathrm{Tr}\big(\delta\partial_a\rho\,L_b + L_a\,\delta\partial_b\rho
          - \tfrac12\{L_a, L_b\}\,\delta\rho\big),

which follows from :math:`\rho L + L \rho = 2\partial\rho`; it is smooth through degenerate and
rank-deficient spectra, where eigenvector derivatives are not.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from vqs.sld import EIG_CUTOFF  # one cut-off for the numpy and JAX paths

jax.config.update("jax_enable_x64", True)

_TAYLOR_ORDER = 18
_MAX_SQUARINGS = 40


# --------------------------------------------------------------------------------------------
# 1. circuits -> states
# --------------------------------------------------------------------------------------------
def _gate_matrices(kind, angle):
    """(B, 2, 2) matrices for codes 0 (identity), 1 RX, 2 RY, 3 RZ, 4 CRX (target block = RX);
    kind and angle have shape (B,)."""
    c = jnp.cos(angle / 2)
    s = jnp.sin(angle / 2)
    one = jnp.ones_like(c)
    zero = jnp.zeros_like(c)
    ident = jnp.stack([jnp.stack([one, zero], -1), jnp.stack([zero, one], -1)], -2).astype(complex)
    rx = jnp.stack([jnp.stack([c, -1j * s], -1), jnp.stack([-1j * s, c], -1)], -2)
    ry = jnp.stack([jnp.stack([c, -s], -1), jnp.stack([s, c], -1)], -2).astype(complex)
    em, ep = jnp.exp(-0.5j * angle), jnp.exp(0.5j * angle)
    rz = jnp.stack([jnp.stack([em, zero], -1), jnp.stack([zero, ep], -1)], -2)
    table = jnp.stack([ident, rx, ry, rz, rx], 0)  # (5, B, 2, 2)
    return table[kind, jnp.arange(kind.shape[0])]


def _apply_gene(psi, kind, control, target, angle, n_qubits):
    """Apply one gene per batch row. psi (B, d); kind/control/target/angle (B,)."""
    d = psi.shape[-1]
    idx = jnp.arange(d)
    shift_t = (n_qubits - 1 - target)[:, None]
    tbit = (idx[None, :] >> shift_t) & 1
    mask = (1 << shift_t).astype(idx.dtype)
    i0 = idx[None, :] & ~mask
    i1 = idx[None, :] | mask
    a0 = jnp.take_along_axis(psi, i0, axis=1)
    a1 = jnp.take_along_axis(psi, i1, axis=1)
    u = _gate_matrices(kind, angle)  # (B, 2, 2)
    u_row = jnp.take_along_axis(u, tbit[:, :, None] * jnp.ones((1, 1, 2), tbit.dtype), axis=1)
    new = u_row[..., 0] * a0 + u_row[..., 1] * a1
    has_control = control >= 0
    shift_c = (n_qubits - 1 - jnp.maximum(control, 0))[:, None]
    cbit = (idx[None, :] >> shift_c) & 1
    active = jnp.where(has_control[:, None], cbit == 1, True)
    return jnp.where(active, new, psi)


def circuit_states(kind, control, target, angle, ghz, n_qubits: int):
    """Statevectors (B, 2^N) of padded circuits; ``ghz`` (B,) selects the GHZ initial state."""
    d = 2**n_qubits
    zero = jnp.zeros(d, complex).at[0].set(1.0)
    ghz_vec = jnp.zeros(d, complex).at[0].set(2**-0.5).at[d - 1].set(2**-0.5)
    psi = jnp.where(ghz[:, None], ghz_vec[None, :], zero[None, :])

    def step(psi, gene):
        k, c, t, a = gene
        return _apply_gene(psi, k, c, t, a, n_qubits), None

    genes = (kind.T, control.T, target.T, angle.T)  # scan over the gene axis
    psi, _ = jax.lax.scan(step, psi, genes)
    return psi


# --------------------------------------------------------------------------------------------
# 2. the per-qubit sensing channel
# --------------------------------------------------------------------------------------------
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


def sensing_maps(dissipator, fields, theta0, times, pre, post):
    """Per-qubit maps S_k(t) (N, T, 4, 4) and dS_k(t) (N, T, P, 4, 4).

    dissipator (4,4); fields (P,4,4); theta0 (P,); times (T,); pre/post (N,4,4).
    """

    def channel(theta, t):
        return expm(t * (dissipator + jnp.einsum("a,aij->ij", theta, fields)))

    def channel_and_derivs(t):
        basis = jnp.eye(theta0.shape[0], dtype=theta0.dtype)
        s, ds = jax.vmap(lambda e: jax.jvp(lambda th: channel(th, t), (theta0,), (e,)))(basis)
        return s[0], ds

    s, ds = jax.vmap(channel_and_derivs)(times)  # (T,4,4), (T,P,4,4)
    s_k = jnp.einsum("nij,tjk,nkl->ntil", post, s, pre)
    ds_k = jnp.einsum("nij,tpjk,nkl->ntpil", post, ds, pre)
    return s_k, ds_k


# --------------------------------------------------------------------------------------------
# 3. sensing: rho and d rho for every (circuit, time)
# --------------------------------------------------------------------------------------------
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


def sense(rho0, s_k, ds_k, n_qubits: int):
    """rho (B,T,d,d) and d rho (B,T,P,d,d) from initial states rho0 (B,d,d)."""
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


# --------------------------------------------------------------------------------------------
# 4. QFI matrix with an eigenvector-free derivative
# --------------------------------------------------------------------------------------------
def _sld_parts(rho, drho):
    """Eigen-decomposition, SLDs in the eigenbasis, and the QFIM. rho (...,d,d), drho (...,P,d,d)."""
    lam, vec = jnp.linalg.eigh(rho)
    lam = jnp.clip(lam, 0.0, None)
    denom = lam[..., :, None] + lam[..., None, :]
    keep = denom > EIG_CUTOFF
    inv = jnp.where(keep, 1.0 / jnp.where(keep, denom, 1.0), 0.0)
    vh = jnp.conj(jnp.swapaxes(vec, -1, -2))
    d_eig = vh[..., None, :, :] @ drho @ vec[..., None, :, :]  # (..., P, d, d)
    l_eig = 2.0 * d_eig * inv[..., None, :, :]
    f = jnp.real(jnp.einsum("...aij,...bij->...ab", jnp.conj(d_eig), l_eig))
    return vec, vh, l_eig, 0.5 * (f + jnp.swapaxes(f, -1, -2))


@jax.custom_jvp
def qfim(rho, drho):
    """Quantum Fisher information matrix (..., P, P) of states rho (..., d, d), derivatives (..., P, d, d)."""
    return _sld_parts(rho, drho)[3]


@qfim.defjvp
def _qfim_jvp(primals, tangents):
    rho, drho = primals
    t_rho, t_drho = tangents
    vec, vh, l_eig, f = _sld_parts(rho, drho)
    t_rho_e = vh @ t_rho @ vec
    t_drho_e = vh[..., None, :, :] @ t_drho @ vec[..., None, :, :]
    # Re Tr(dD_a L_b) + Re Tr(L_a dD_b) - 1/2 Re Tr({L_a, L_b} d rho)
    cross = jnp.real(jnp.einsum("...aij,...bji->...ab", t_drho_e, l_eig))
    anti = jnp.einsum("...aij,...bjk->...abik", l_eig, l_eig)
    anti = anti + jnp.swapaxes(anti, -3, -4)
    rho_term = jnp.real(jnp.einsum("...abik,...ki->...ab", anti, t_rho_e))
    df = cross + jnp.swapaxes(cross, -1, -2) - 0.5 * rho_term
    return f, df


def qcrb(f, weights):
    """Tr(W F^-1) for QFIMs f (..., P, P); +inf where F is singular (no pseudo-inverse).

    F is called singular when its smallest eigenvalue is <= 1e-10 times its largest (or <= 1e-300).
    """
    w_eig = jnp.linalg.eigvalsh(jax.lax.stop_gradient(f))
    singular = (w_eig[..., 0] <= 1e-10 * jnp.abs(w_eig[..., -1])) | (w_eig[..., -1] <= 1e-300)
    p = f.shape[-1]
    safe = jnp.where(singular[..., None, None], jnp.eye(p), f)
    val = jnp.trace(weights @ jnp.linalg.inv(safe), axis1=-2, axis2=-1).real
    return jnp.where(singular, jnp.inf, val)


# --------------------------------------------------------------------------------------------
# compiled entry points
# --------------------------------------------------------------------------------------------
def _score_from_rho0(rho0, dissipator, fields, theta0, weights, times, pre, post, n_qubits):
    s_k, ds_k = sensing_maps(dissipator, fields, theta0, times, pre, post)
    rho, drho = sense(rho0, s_k, ds_k, n_qubits)
    f = qfim(rho, drho)
    return f, qcrb(f, weights)


def _score_circuits(kind, control, target, angle, ghz, dissipator, fields, theta0, weights, times, pre, post, n_qubits):
    psi = circuit_states(kind, control, target, angle, ghz, n_qubits)
    rho0 = psi[:, :, None] * jnp.conj(psi[:, None, :])
    return _score_from_rho0(rho0, dissipator, fields, theta0, weights, times, pre, post, n_qubits)


def circuit_figure(angle, log_t, kind, control, target, ghz, dissipator, fields, theta0, weights, pre, post,
                   *, n_qubits: int, task: str, figure: str):
    """Figure of merit of ONE padded circuit (gene arrays of shape (G,)) at time exp(log_t).

    QFI (single task) or 1/QCRB (multi task), divided by t for ``figure == "per_time"``;
    differentiable in the angles and log t (used by refinement and the search's local steps).
    """
    t = jnp.exp(log_t)
    f, q = _score_circuits(
        kind[None], control[None], target[None], angle[None], ghz[None],
        dissipator, fields, theta0, weights, t[None], pre, post, n_qubits,
    )
    base = f[0, 0, 0, 0] if task == "single" else 1.0 / q[0, 0]
    return base / t if figure == "per_time" else base


score_states = jax.jit(_score_from_rho0, static_argnames=("n_qubits",))
score_circuits = jax.jit(_score_circuits, static_argnames=("n_qubits",))


def model_arrays(model) -> dict[str, np.ndarray]:
    """The traced model inputs of the kernel (no recompilation when gamma or theta0 change)."""
    return {
        "dissipator": np.asarray(model.dissipator()),
        "fields": np.asarray(model.field_generators()),
        "theta0": np.asarray(model.operating_point, dtype=float),
        "weights": model.weight_matrix(),
    }
