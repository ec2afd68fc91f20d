"""The purified IQSC claim: QFI of the phase-encoded Bell pair against purification rounds."""

import numpy as np
import pytest

from vqs.network import paper
from vqs.network.purification import bell_diagonal_matrix, purify, werner
from vqs.network.purified_qfi import bell_pair_qfi, qfi_vs_rounds
from vqs.physics.kernel.sld import qfi_and_sld

G = np.kron(np.diag([0.5, -0.5]), np.eye(2)).astype(complex)


def _numeric(coefficients) -> float:
    rho = bell_diagonal_matrix(coefficients)
    return qfi_and_sld(rho, -1j * (G @ rho - rho @ G))[0]


@pytest.mark.parametrize("coefficients", [(1, 0, 0, 0), (0.7, 0.1, 0.1, 0.1), (0.5, 0.3, 0.05, 0.15),
                                          (0.25, 0.25, 0.25, 0.25), (0.6, 0.0, 0.0, 0.4), (0.4, 0.35, 0.05, 0.2)])
def test_closed_form_against_the_sld(coefficients):
    assert bell_pair_qfi(coefficients) == pytest.approx(_numeric(coefficients), abs=1e-10)


@pytest.mark.parametrize("f", [0.3, 0.6, 0.9])
def test_werner_pair(f):
    w = (4 * f - 1) / 3
    assert bell_pair_qfi(werner(f)) == pytest.approx(3 * w * w / (2 * f + 1), rel=1e-12)


def test_rounds_table_is_dejmps_and_eq5():
    t = qfi_vs_rounds(0.6, 3)
    dejmps = purify(werner(0.6), 3, "dejmps")
    assert t["qfi_dejmps"] == pytest.approx([_numeric(r.coefficients) for r in dejmps], abs=1e-10)
    assert t["qfi_per_input_pair_dejmps"] == pytest.approx([_numeric(r.coefficients) * r.yield_ for r in dejmps],
                                                           abs=1e-10)
    f = paper.eq5_rounds(0.6, 3)
    assert t["qfi_paper_eq5"] == pytest.approx([_numeric(werner(x)) for x in f], abs=1e-10)
    # the measured facts docs/network.md states: one DEJMPS round lowers the QFI from F = 0.6, two raise it
    q = t["qfi_dejmps"]
    assert q[1] < q[0] < q[2] and np.all(np.diff(t["qfi_paper_eq5"]) > 0)
    assert np.all(np.diff(t["qfi_per_input_pair_dejmps"]) < 0)
