"""Safranek's check, shared by the test files: a figure is continuous in the operating point and the angles.

:func:`assert_first_order` moves each axis of the model's operating point, then every gene angle of
the probe (and of its local readout, if it has one), by one small step and asserts that the figure
changes by a first-order amount only (at most ``factor * step`` relative): a jump (the output
state's rank dropping at a singular point) changes it by O(1) however small the step, a smooth
figure by O(step).
"""

import dataclasses

import numpy as np


def moved_operating_point(model, axis: int, step: float):
    """The model with axis ``axis`` of its operating point moved by ``step`` (everything else the same)."""
    point = tuple(v + step * (i == axis) for i, v in enumerate(model.operating_point))
    # the local field's weight matrix is derived from function_weights and may not be passed back
    return dataclasses.replace(model, operating_point=point, weights=None if model.local_field else model.weights)


def assert_first_order(value, circuit, model, step: float, factor: float = 50.0) -> float:
    """Assert ``value(circuit, model)`` moves by at most ``factor * step * |base|`` when each axis of
    the operating point, or every gene angle at once (then every readout angle at once), moves by
    ``step``; returns the base value.

    Args:
        value: ``(circuit, model) -> float``, the figure (finite and nonzero at the base point).
        circuit: the probe (an :class:`ansatz.Circuit` with at least one gene).
        model: the :class:`~vqs.physics.model.sensing_model.SensingModel` at the base point.
        step: the move (1e-4, 1e-5 in the suite).
        factor: the largest first-order coefficient accepted, relative to the base value.
    """
    base = float(value(circuit, model))
    assert np.isfinite(base) and base != 0.0, base
    assert circuit.genes, "the angle move needs a circuit with genes"
    moved = {f"axis {a}": value(circuit, moved_operating_point(model, a, step))
             for a in range(len(model.operating_point))}
    moved["angles"] = value(circuit.with_angles([g.angle + step for g in circuit.genes]), model)
    if circuit.readout is not None:  # a local readout's (theta, phi) per qubit are angles too
        moved["readout angles"] = value(circuit.with_readout([(a + step, b + step) for a, b in circuit.readout]),
                                        model)
    for label, v in moved.items():
        assert abs(float(v) - base) <= factor * step * abs(base), (label, step, base, float(v))
    return base
