"""model.network (vqs/network/nodes.py): each node's delivered Werner parameter from its link model."""

import pytest

from vqs.errors import VqsError
from vqs.network.config import FiberConfig, SatelliteConfig
from vqs.network.fiber import fiber_chain
from vqs.network.nodes import NetworkSection
from vqs.network.purification import purify, werner
from vqs.network.satellite import dual_downlink
from vqs.search.schema import parse_config


def _w(f):
    return (4 * f - 1) / 3


@pytest.mark.parametrize("link, km, rounds", [("satellite", 100.0, 0), ("satellite", 1500.0, 2), ("fiber", 50.0, 0),
                                              ("fiber", 300.0, 1)])
def test_delivered_werner_is_the_link_models(link, km, rounds):
    section = NetworkSection.model_validate({"distances_km": [km], "links": [link], "rounds": [rounds]})
    if link == "fiber":
        f = fiber_chain([km], FiberConfig().params()).fidelity[0]
    else:
        f = dual_downlink([km], SatelliteConfig().params(FiberConfig())).fidelity[0]
    if rounds:
        f = purify(werner(f), rounds, "dejmps")[-1].fidelity
    links = section.resolve()
    assert links.out == pytest.approx((_w(f),), rel=1e-12) and links.back == links.out
    remote = NetworkSection.model_validate({"protocol": "remote", "distances_km": [km], "links": [link]})
    assert remote.resolve().back is None
    assert NetworkSection().resolve() is None  # no nodes: no network


def test_nodes_beyond_the_satellite_coverage_refused():
    section = NetworkSection.model_validate({"distances_km": [100.0, 2000.0]})
    with pytest.raises(VqsError, match=r"distances_km\[1\].*beyond the satellite's coverage"):
        section.resolve()


@pytest.mark.parametrize("raw, match", [({"distances_km": [100, 200], "links": ["fiber"] * 3}, "one value per node"),
                                        ({"distances_km": [-5]}, "distances_km must lie"),
                                        ({"distances_km": [5], "rounds": [11]}, "rounds must lie")])
def test_bad_sections_refused(raw, match):
    with pytest.raises(ValueError, match=match):
        NetworkSection.model_validate(raw)


BASE = {"model": {"n_qubits": 2, "noise": "dephasing", "gamma": 0.1,
                  "network": {"distances_km": [100, 600]}}}


@pytest.mark.parametrize("change, match", [
    ({"model": {**BASE["model"], "n_qubits": 3}}, "one node per sensor qubit"),
    ({"figure_of_merit": "local_cfi_per_shot"}, "protocol distributed needs a joint-measurement"),
    ({"model": {**BASE["model"], "network": {"protocol": "remote", "distances_km": [100, 600]}}},
     "protocol remote needs a local_cfi"),
    ({"engine": "pennylane", "ga": {"local_steps": 0}, "refine": {"method": "none"}}, "does not model the network"),
])
def test_run_config_refuses_what_the_network_cannot_do(change, match):
    with pytest.raises(VqsError, match=match):
        parse_config(BASE | change)


def test_run_config_builds_the_links_into_the_model():
    model = parse_config(BASE).model.build()
    assert model.links is not None and model.links.n_nodes == 2 and not model.links.homogeneous
    assert model.links.out[0] > model.links.out[1]  # farther: more memory decay
