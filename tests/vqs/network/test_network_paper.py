"""Seed 000's formulas as printed reproduce its quoted numbers; where they depart from physics."""

import numpy as np
import pytest

from vqs.network import paper
from vqs.network.iqsc import exact_purified_capacity
from vqs.network.purification import dejmps_step, werner


def test_eq5_quoted_numbers():
    assert round(float(paper.eq5_fidelity(0.6)), 4) == 0.7025
    # the paper's worked example: 0.37777.../0.53777...
    assert float(paper.eq5_fidelity(0.6)) == pytest.approx((0.36 + 0.16 / 9) / (0.6 + 0.4 / 3) ** 2, abs=1e-15)
    assert round(float(paper.eq5_rounds(0.6, 15)[-1]), 4) == 0.9986


@pytest.mark.parametrize(
    "fn, quoted",
    [(paper.secrecy_capacity, 0.0794), (paper.purified_secrecy_capacity, 0.1071)],
)
def test_secrecy_zero_crossings(fn, quoted):
    e0 = paper.zero_crossing(fn)
    assert round(e0, 4) == quoted
    assert fn(np.array(e0 - 1e-4)) > 0 > fn(np.array(e0 + 1e-4))


@pytest.mark.parametrize("e", [0.05, 0.1, 0.25, 0.4])
def test_eq11_is_exact_but_eq5_and_eq12_are_not(e):
    out, p = dejmps_step(werner(1 - e))
    assert float(paper.eq11_fidelity(e)) == pytest.approx(out[0], abs=1e-14)  # Eq. 11 exact
    assert abs(float(paper.eq5_fidelity(1 - e)) - out[0]) > 1e-4  # Eq. 5: wrong normalisation
    assert abs(float(paper.eq12_success(e)) - p) > 1e-4  # Eq. 12: wrong coefficients
    exact_p = (1 - e) ** 2 + 2 / 3 * e * (1 - e) + 5 / 9 * e * e
    assert p == pytest.approx(exact_p, abs=1e-14)


def test_exact_capacity_has_same_zero_but_half_yield():
    assert paper.zero_crossing(exact_purified_capacity) == pytest.approx(
        paper.zero_crossing(paper.purified_secrecy_capacity), abs=1e-9
    )
    assert float(exact_purified_capacity(0.0)) == pytest.approx(0.5)


@pytest.mark.parametrize(
    "pe, m, k, d1, d2",
    [
        (0.0, 12, 3, 1 - (5 / 6) ** 6, 1 - (5 / 6) ** 3),
        (1.0, 12, 3, 0.0, 0.0),
        (0.5, 10, 2, 1 - (5.5 / 6) ** 2.5, 1 - (5.5 / 6) ** 2),
    ],
)
def test_table2_detection(pe, m, k, d1, d2):
    assert float(paper.p_det1(pe, m)) == pytest.approx(d1, abs=1e-15)
    assert float(paper.p_det2(pe, k)) == pytest.approx(d2, abs=1e-15)


def test_table2_variance_and_eq15():
    assert float(paper.variance(0.5, 10, 2)) == pytest.approx(1 / (0.5 * 10 * 4))
    assert float(paper.payload_after(0.2, 1, 1.0)) == pytest.approx(0.04)
    assert float(paper.payload_after(0.2, 2, 0.5)) == pytest.approx(0.5 * 0.2**4)


@pytest.mark.parametrize("f", [0.0, 0.25, 0.4, 0.5])
def test_eq5_refuses_fidelity_outside_its_domain(f):
    from vqs.errors import VqsError

    for fn in (paper.eq5_fidelity, paper.eq5_success, lambda x: paper.eq5_rounds(x, 3)):
        with pytest.raises(VqsError, match=r"F > 1/2|fidelity > 1/2"):
            fn(f)
    assert float(paper.eq5_fidelity(0.5 + 1e-9)) > 0.5  # just inside: defined


def test_eq15_makes_table2_variance_grow():
    # stated in docs/network.md and in Fig. 6: opposite to the seed's narrative
    chain = [float(paper.variance(paper.payload_after(0.2, n, 1.0) if n else 0.2, 100, 2)) for n in (0, 1, 2)]
    assert chain == pytest.approx([0.0125, 0.0625, 1.5625], rel=1e-12)
