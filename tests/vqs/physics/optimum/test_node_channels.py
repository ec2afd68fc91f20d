"""The certificate with a channel per node (vqs.physics.optimum.node_channels): nodes whose composed
channels differ (links of different Werner parameters, per-node noise) get the channel-extension bound
and the see-saw on node k's own channel; the bound lies above a brute-force optimum over input states
(ancillas included) at N = 2, the see-saw's state scores the same in the kernel, and identical nodes
keep the one-channel path and its numbers."""

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.physics.model.kraus import kraus_and_derivative
from vqs.physics.model.links import Links
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.bounds import ce_bound, ce_bound_nodes, qfi_bound_over_time
from vqs.physics.optimum.certificate import optimal_over_time, optimal_qfi, state_qfi
from vqs.physics.optimum.node_channels import identical_nodes, sensor_channels
from vqs.physics.qfi import qfi_of_states


def _links(protocol, ws):
    return Links(protocol, ws, ws if protocol == "distributed" else None)


# heterogeneous cases at N = 2: (noise, gamma, per-node noise, links)
HETEROGENEOUS = [
    ("dephasing", 0.1, None, ("distributed", (0.95, 0.6))),
    ("dephasing", 0.1, None, ("remote", (0.9, 0.5))),
    ("amplitude_damping", 0.2, None, ("distributed", (0.9, 0.7))),
    ("dephasing", 0.1, (("dephasing", 0.05), ("amplitude_damping", 0.2)), None),
    ("depolarizing", 0.1, (("depolarizing", 0.1), ("bit_flip", 0.3)), ("remote", (0.8, 0.95))),
]


def _model(case, n=2, ancillas=0):
    noise, gamma, nodes, links = case
    return SensingModel(n, "single", noise, gamma, operating_point=(0.01,), nodes=nodes, ancillas=ancillas,
                        links=None if links is None else _links(*links))


def _bound(model, t):
    s, ds = sensor_channels(model, t)
    return ce_bound_nodes([kraus_and_derivative(s[i], ds[i]) for i in range(model.n_qubits)])[0]


@pytest.mark.parametrize("case", HETEROGENEOUS)
def test_heterogeneous_bound_lies_above_the_best_probe_n2(case):
    """Bound >= the see-saw optimum over all inputs >= the kernel's QFI of that state and of random
    states, with one noiseless ancilla too (the bound covers any extension)."""
    model = _model(case)
    assert not identical_nodes(model)
    rng = np.random.default_rng(3)
    for t in (0.7, 3.0, 9.0):
        bound = _bound(model, t)
        best = optimal_qfi(model, t, starts=6, seed=1)
        kernel = float(qfi_of_states(best.state, model, [t]).qfi[0, 0])
        np.testing.assert_allclose(kernel, best.qfi, rtol=1e-8)  # the see-saw's numbers are the kernel's
        assert best.qfi <= bound * (1 + 1e-9)
        assert bound <= 4 * best.qfi  # informative here (a sanity check, not a claim)
        wide = _model(case, ancillas=1)
        z = rng.standard_normal((64, 8)) + 1j * rng.standard_normal((64, 8))
        ghz_a = np.zeros(8, complex)
        ghz_a[[0, 7]] = 2**-0.5
        states = np.vstack([z / np.linalg.norm(z, axis=1, keepdims=True), ghz_a])
        assert float(qfi_of_states(states, wide, [t]).qfi.max()) <= bound * (1 + 1e-9)


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("noise, w", [("dephasing", 0.8), ("amplitude_damping", 0.9), ("bit_flip", 1.0)])
def test_identical_nodes_through_the_per_node_forms_give_the_one_channel_numbers(noise, w, n):
    """The per-node bound of N copies of one channel is ce_bound's N-copy bound; per-node noise that is
    the same on every node (the per-node path) gives the uniform model's bound and see-saw optimum."""
    t = 2.5
    links = _links("distributed", (w,) * n)
    uniform = SensingModel(n, "single", noise, 0.1, operating_point=(0.01,), links=links)
    assert identical_nodes(uniform) and sensor_channels(uniform, t)[0].shape == (4, 4)
    s, ds = uniform.channel(t)
    pair = kraus_and_derivative(s, ds[0])
    one = ce_bound(*pair, n)[0]
    # the same minimisation by another optimiser (closed-form gradients, a gauge per node): never looser
    # than 1e-6, and at most 1e-4 tighter (bit flip at w = 1: 21.30583 against ce_bound's 21.30638)
    assert one * (1 - 1e-4) <= ce_bound_nodes([pair] * n)[0] <= one * (1 + 1e-6)
    per_node = SensingModel(n, "single", noise, 0.1, operating_point=(0.01,), links=links, nodes=((noise, 0.1),) * n)
    assert not identical_nodes(per_node) and sensor_channels(per_node, t)[0].shape == (n, 4, 4)
    assert one * (1 - 1e-4) <= _bound(per_node, t) <= one * (1 + 1e-6)
    np.testing.assert_allclose(optimal_qfi(per_node, t, starts=3).qfi, optimal_qfi(uniform, t, starts=3).qfi,
                               rtol=1e-9)


def test_homogeneous_links_keep_the_one_channel_path_bit_for_bit():
    """Identical links: the certificate's channel is SensingModel.channel's, unchanged."""
    model = SensingModel(3, "single", "dephasing", 0.1, operating_point=(0.01,),
                         links=_links("distributed", (0.9, 0.9, 0.9)))
    s, ds = model.channel(1.3)
    got_s, got_ds = sensor_channels(model, 1.3)
    assert np.array_equal(got_s, s) and np.array_equal(got_ds, ds[0])


def test_heterogeneous_certificate_over_time_brackets_the_probes():
    """Over time, per shot and per unit time: GHZ <= see-saw optimum <= bound (N = 2, satellite-like links)."""
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,),
                         links=_links("distributed", (0.953, 0.939)))
    grid = np.geomspace(0.2, 100.0, 8)
    ghz = np.zeros(4)
    ghz[[0, 3]] = 2**-0.5
    for figure in ("per_shot", "per_time"):
        opt = optimal_over_time(model, grid, figure, starts=3, max_grid_points=4)
        bound = qfi_bound_over_time(model, grid, figure)
        ghz_at = state_qfi(model, opt.t_star, ghz) / (opt.t_star if figure == "per_time" else 1.0)
        assert ghz_at <= opt.value * (1 + 1e-9) and opt.value <= bound.value * (1 + 1e-9)


def test_local_field_is_refused_with_its_own_certificate_named():
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,), field="local")
    with pytest.raises(VqsError, match="function_bound"):
        optimal_qfi(model, 1.0)
