r"""The reference probe as a genome (``ga.seed_reference``): generation 0 holds the probe the design is
compared with, so that with elitism the designed probe never scores below it.

The **reference probe** of a model is

* GHZ on every wire (:func:`vqs.physics.qfi.ghz_circuit`, ancillas included), the baseline of every run;
* for the local field (``model.field: local``) with a weight w_i <= 0 (a gradient, a difference):
  the *weight-matched* GHZ-type probe of the distributed study (``matched_ghz`` in
  :mod:`vqs.report.distributed`), (|s> + |~s>)/sqrt 2 on the sensors with w_i != 0, s_i = 1 where
  w_i < 0, and |0> on the other sensors and on the ancillas. Plain GHZ senses only
  sum_i theta_i there (its figure is 0 for a gradient).

:func:`reference_genes` writes it with the search's genes from the search's initial state (``ga.init``):

* from ``zero``: RY(pi/2) on the hub (the first wire of the set S it spans), then CRX(+-pi) from
  the hub to every other wire of S in order, then RX(pi) on every sensor with w_i < 0. For GHZ this is
  the GHZ preparation itself, gate for gate (H on wire 0, CNOT 0 -> i, i = 1..n-1; :mod:`
  vqs.physics.kernel.prep_noise`): 1 one-qubit and n-1 two-qubit gates, so under
  ``model.preparation_noise`` it pays exactly what GHZ pays.
* from ``ghz``: CRX(+-pi) from the hub to every wire outside S (they return to |0>), then RX(pi)
  on the sensors with w_i < 0; plain GHZ is the empty genome (already in generation 0 with
  ``ga.seed_with_init_state``: it is not added twice).

Why the figure is GHZ's exactly, not only nearly: CRX(+-pi) = S^{-+1}_c CNOT and RY(pi/2) = H Z,
RX(-pi/2) = S H diag(1, i), where S = diag(1, i) acts on the control (the hub), which no later
gate targets. A depolarizing channel on a gate's qubits commutes with any unitary on them, so the
prepared state, noisy or not, is S^a rho_ref S^-a on the hub, with a counting the factors. The CRX
signs alternate (+pi, -pi, ...) and an odd count starts with RX(-pi/2) instead of RY(pi/2), so
that a = 0 mod 4: the reference state itself, density matrix for density matrix, under every
noise. Where the gate set lacks RX (odd count from ``zero``) or RZ (odd count from ``ghz``, which
then ends with RZ(-a pi/2) on the hub), a phase S^a on the |1..1> branch remains: a Z rotation
of one wire, which commutes with the signal and with every phase-covariant channel (dephasing,
amplitude damping, depolarizing), so the QFI is still the reference's; only bit flip would see it.

Off by default: the search, its random generator and every number are then unchanged.
"""

from __future__ import annotations

import dataclasses
import math

from ansatz import Circuit, Gene
from genetic import GAConfig
from vqs.errors import VqsError
from vqs.names import Init


def reference_span(model) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(S, flipped): the wires the reference probe's GHZ-type superposition spans and the sensors
    whose bit it flips. GHZ: every wire, none flipped; the weight-matched probe (local field with a
    weight <= 0): the sensors with w_i != 0, flipped where w_i < 0."""
    weights = model.function_weights if model.local_field else None
    if weights is None or all(w > 0 for w in weights):
        return tuple(range(model.n_wires)), ()
    return (tuple(i for i, w in enumerate(weights) if w != 0), tuple(i for i, w in enumerate(weights) if w < 0))


def _phase_fix(a: int, hub: int, gates) -> list[Gene]:
    """RZ on the hub cancelling S^a (a mod 4 != 0), where RZ is a search gene; else nothing."""
    a %= 4
    if a == 0 or "RZ" not in gates:
        return []
    return [Gene("RZ", hub, angle=-(a if a <= 2 else a - 4) * math.pi / 2)]


def reference_genes(model, init: str, gates) -> tuple[Gene, ...]:
    """The reference probe of ``model`` as genes from ``init`` (``"zero"`` or ``"ghz"``) using only
    ``gates`` (module docstring); VqsError, one line, where the gate set cannot write it."""
    span, flipped = reference_span(model)
    hub = span[0]
    if init == Init.ZERO:
        targets = span[1:]
    else:
        targets = tuple(w for w in range(model.n_wires) if w not in span)
    needed = {"CRX"} if targets else set()
    needed |= {"RX"} if flipped else set()
    if init == Init.ZERO and not {"RX", "RY"} & set(gates):
        needed |= {"RY"}
    missing = sorted(needed - set(gates))
    if missing:
        raise VqsError(f"ga.seed_reference: the reference probe from {init} needs the gate(s) {', '.join(missing)}, "
                       f"not in ga.gates ({', '.join(gates)})")
    signs = [1 - 2 * (k % 2) for k in range(len(targets))]  # CRX(+pi), CRX(-pi), ...: their S factors cancel
    a = -sum(signs)  # CRX(+-pi) = S^(-+1) CNOT on the hub
    genes = []
    if init == Init.ZERO:
        if a % 4 and "RX" in gates or "RY" not in gates:
            genes.append(Gene("RX", hub, angle=-math.pi / 2))  # S H diag(1, i): S^1 on the hub
            a += 1
        else:
            genes.append(Gene("RY", hub, angle=math.pi / 2))  # H Z: Z acts on |0>
    genes += [Gene("CRX", t, control=hub, angle=s * math.pi) for t, s in zip(targets, signs, strict=True)]
    genes += _phase_fix(a, hub, gates)
    genes += [Gene("RX", w, angle=math.pi) for w in flipped]  # -i X: the matched probe's bit flips
    return tuple(genes)


def reference_circuit(model, init: str, gates) -> Circuit:
    """The reference probe written with the search's genes from ``init`` (:func:`reference_genes`)."""
    return Circuit(model.n_wires, reference_genes(model, init, gates), str(init))


def with_reference(ga: GAConfig, reference: Circuit | None) -> GAConfig:
    """``ga`` with the reference genome after its own seed genomes (unchanged without one, or where
    the reference is already one of them: plain GHZ from ``ghz`` is the empty genome)."""
    if reference is None or tuple(reference.genes) in ga.init_genomes:
        return ga
    try:
        return dataclasses.replace(ga, init_genomes=tuple(ga.init_genomes) + (tuple(reference.genes),))
    except ValueError as err:
        raise VqsError(f"ga.seed_reference: {err}") from None
