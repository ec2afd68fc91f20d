"""The mutation operators of the seed paper (and the optional ones) on genomes of ansatz genes."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from ansatz import Gene, random_genes
from genetic import (
    OPERATOR_NAMES,
    OPERATORS,
    PAPER_OPERATORS,
    GAConfig,
    applicable,
    crossover,
    make_toolbox,
    mutate,
)

N_QUBITS = 3


def cfg(**kw) -> GAConfig:
    base = dict(series_max=3, min_genes=2, max_genes=10, initial_genes=(2, 10))
    base.update(kw)
    return GAConfig(**base)


def genome(seed: int, length: int) -> list[Gene]:
    return random_genes(np.random.default_rng(10_000 + seed), N_QUBITS, length)


def common_prefix(a, b) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def common_suffix(a, b, limit) -> int:
    n = 0
    while n < limit and a[len(a) - 1 - n] == b[len(b) - 1 - n]:
        n += 1
    return n


def test_five_paper_operators_are_named_and_registered():
    assert PAPER_OPERATORS == ("deletion", "insertion", "replacement", "swap", "permutation")
    assert set(PAPER_OPERATORS) <= set(OPERATORS)
    tb = make_toolbox(cfg(), np.random.default_rng(0), N_QUBITS)
    for name in OPERATOR_NAMES + ("mutate", "mate", "select", "individual", "clone"):
        assert callable(getattr(tb, name)), name


@pytest.mark.parametrize("seed", range(40))
def test_deletion_removes_one_contiguous_series(seed):
    c = cfg()
    g = genome(seed, 2 + seed % 9)
    out = OPERATORS["deletion"](g, np.random.default_rng(seed), c, N_QUBITS)
    removed = len(g) - len(out)
    if len(g) == c.min_genes:
        assert out == g
        return
    assert 1 <= removed <= c.series_max
    assert any(out == g[:s] + g[s + removed:] for s in range(len(g) - removed + 1))


@pytest.mark.parametrize("seed", range(40))
def test_insertion_inserts_a_series_of_new_valid_genes(seed):
    c = cfg(gates=("RY", "CRX"))
    g = genome(seed, 1 + seed % 10)
    out = OPERATORS["insertion"](g, np.random.default_rng(seed), c, N_QUBITS)
    added = len(out) - len(g)
    if len(g) == c.max_genes:
        assert out == g
        return
    assert 1 <= added <= c.series_max
    starts = [s for s in range(len(g) + 1) if out[:s] == g[:s] and out[s + added:] == g[s:]]
    assert starts
    new = out[starts[0]:starts[0] + added]
    for gene in new:
        gene.validate(N_QUBITS)
        assert gene.gate in ("RY", "CRX")
        assert gene not in g  # newly generated (random angle), not copied


@pytest.mark.parametrize("seed", range(40))
def test_replacement_changes_one_contiguous_block(seed):
    c = cfg()
    g = genome(seed, 2 + seed % 9)
    out = OPERATORS["replacement"](g, np.random.default_rng(seed), c, N_QUBITS)
    p = common_prefix(g, out)
    q = common_suffix(g, out, min(len(g), len(out)) - p)
    removed, inserted = len(g) - p - q, len(out) - p - q
    assert 1 <= removed <= c.series_max
    assert 1 <= inserted <= c.series_max
    for gene in out[p:p + inserted]:
        gene.validate(N_QUBITS)
        assert gene not in g


def _is_block_swap(g, out, series_max) -> bool:
    n = len(g)
    for a in range(n):
        for l1 in range(1, series_max + 1):
            for b in range(a + l1, n):
                for l2 in range(1, series_max + 1):
                    if b + l2 > n:
                        break
                    cand = g[:a] + g[b:b + l2] + g[a + l1:b] + g[a:a + l1] + g[b + l2:]
                    if cand == out:
                        return True
    return False


@pytest.mark.parametrize("seed", range(40))
def test_swap_exchanges_two_series_and_preserves_the_multiset(seed):
    c = cfg()
    g = genome(seed, 2 + seed % 9)
    out = OPERATORS["swap"](g, np.random.default_rng(seed), c, N_QUBITS)
    assert Counter(out) == Counter(g)
    assert out != g  # distinct genes: exchanging two series always changes the order
    assert _is_block_swap(g, out, c.series_max)


@pytest.mark.parametrize("seed", range(40))
def test_permutation_preserves_the_multiset(seed):
    c = cfg()
    g = genome(seed, 2 + seed % 9)
    out = OPERATORS["permutation"](g, np.random.default_rng(seed), c, N_QUBITS)
    assert len(out) == len(g)
    assert Counter(out) == Counter(g)


def test_permutation_within_a_series_stays_local_and_whole_shuffle_reaches_far():
    local = cfg(permutation_whole_prob=0.0, series_max=3)
    whole = cfg(permutation_whole_prob=1.0)
    g = genome(0, 10)
    changed_any = False
    spans = []
    for seed in range(60):
        out = OPERATORS["permutation"](g, np.random.default_rng(seed), local, N_QUBITS)
        diff = [i for i in range(len(g)) if out[i] != g[i]]
        if diff:
            changed_any = True
            assert diff[-1] - diff[0] < local.series_max
        out = OPERATORS["permutation"](g, np.random.default_rng(seed), whole, N_QUBITS)
        diff = [i for i in range(len(g)) if out[i] != g[i]]
        spans.append(diff[-1] - diff[0] if diff else 0)
    assert changed_any
    assert max(spans) >= 5


@pytest.mark.parametrize("name", OPERATOR_NAMES)
@pytest.mark.parametrize(
    "kw",
    [
        dict(min_genes=2, max_genes=10, initial_genes=(2, 10)),
        dict(min_genes=0, max_genes=4, initial_genes=(0, 4)),
        dict(min_genes=5, max_genes=5, initial_genes=(5, 5), series_max=4),
        dict(min_genes=1, max_genes=40, series_max=7),
    ],
)
def test_operators_respect_bounds_and_do_not_modify_their_input(name, kw):
    c = GAConfig(angle_sigma=0.3, **kw)
    op = OPERATORS[name]
    for length in range(c.min_genes, c.max_genes + 1):
        for seed in range(8):
            g = genome(seed, length)
            before = list(g)
            out = op(g, np.random.default_rng(seed), c, N_QUBITS)
            assert c.min_genes <= len(out) <= c.max_genes, (name, length, len(out))
            assert g == before
            for gene in out:
                gene.validate(N_QUBITS)


@pytest.mark.parametrize("name", OPERATOR_NAMES)
def test_operators_are_deterministic_for_a_seed(name):
    c = cfg(angle_sigma=0.3)
    op = OPERATORS[name]
    g = genome(3, 8)
    outs = [op(g, np.random.default_rng(s), c, N_QUBITS) for s in range(12)]
    again = [op(g, np.random.default_rng(s), c, N_QUBITS) for s in range(12)]
    assert outs == again
    assert len({tuple(o) for o in outs}) > 1  # the seed matters
    # through the toolbox, bound to its generator
    tb1 = make_toolbox(c, np.random.default_rng(5), N_QUBITS)
    tb2 = make_toolbox(c, np.random.default_rng(5), N_QUBITS)
    assert [getattr(tb1, name)(g) for _ in range(5)] == [getattr(tb2, name)(g) for _ in range(5)]


def test_operators_skip_when_no_series_fits():
    c = cfg(min_genes=2, max_genes=4, initial_genes=(2, 4))
    rng = np.random.default_rng(0)
    short, full = genome(1, 2), genome(2, 4)
    assert OPERATORS["deletion"](short, rng, c, N_QUBITS) == short
    assert OPERATORS["insertion"](full, rng, c, N_QUBITS) == full
    one = cfg(min_genes=0, max_genes=4, initial_genes=(0, 4))
    for name in ("swap", "permutation"):
        assert OPERATORS[name](genome(0, 1), rng, one, N_QUBITS) == genome(0, 1)
    assert OPERATORS["replacement"]([], rng, one, N_QUBITS) == []
    assert not applicable("deletion", 2, c) and applicable("deletion", 3, c)
    assert not applicable("insertion", 4, c) and applicable("insertion", 3, c)


def test_perturbation_changes_only_angles_and_wraps_them():
    c = cfg(angle_sigma=2.0, operator_weights={"perturbation": 1.0})
    g = genome(4, 6)
    out = OPERATORS["perturbation"](g, np.random.default_rng(1), c, N_QUBITS)
    assert [(x.gate, x.control, x.target) for x in out] == [(x.gate, x.control, x.target) for x in g]
    assert out != g
    assert all(-np.pi <= x.angle < np.pi for x in out)
    diff = [i for i in range(len(g)) if out[i] != g[i]]
    assert diff[-1] - diff[0] < c.series_max


def test_mutate_picks_only_applicable_weighted_operators():
    only_delete = cfg(operator_weights={n: 0.0 for n in PAPER_OPERATORS} | {"deletion": 1.0})
    g = genome(0, 2)  # at min_genes: deletion cannot act
    out, name = mutate(g, np.random.default_rng(0), only_delete, N_QUBITS)
    assert (out, name) == (g, None)
    names = Counter(mutate(genome(s, 6), np.random.default_rng(s), cfg(), N_QUBITS)[1]
                    for s in range(300))
    assert set(names) == set(PAPER_OPERATORS)  # perturbation is off by default


@pytest.mark.parametrize("seed", range(30))
def test_crossover_cut_and_splice_respects_bounds(seed):
    c = cfg(min_genes=2, max_genes=8, initial_genes=(2, 8))
    a, b = genome(seed, 2 + seed % 7), genome(100 + seed, 8 - seed % 7)
    x, y = crossover(a, b, np.random.default_rng(seed), c)
    assert c.min_genes <= len(x) <= c.max_genes and c.min_genes <= len(y) <= c.max_genes
    assert Counter(x) + Counter(y) == Counter(a) + Counter(b)
    i = common_prefix(a, x)
    assert x[i:] == b[len(b) - (len(x) - i):] or i == len(x)
