"""The miss-rate bound against known values, and the seeded draw (reproducible, uniform, extendable)."""

from __future__ import annotations

import hashlib
import math

import pytest

from desktop.core.qa.estimate import binom_cdf, estimate, pages_needed, upper_bound
from desktop.core.qa.sample import allocation, draw, population, redraw_matches


@pytest.mark.parametrize(("misses", "n", "confidence", "expected"), [
    (2, 100, 0.95, 0.0616),   # the textbook value
    (1, 100, 0.95, 0.0466),
    (10, 1000, 0.95, 0.0169),
    (0, 10, 0.90, 0.2057),
])
def test_clopper_pearson_upper_bound_matches_known_values(misses, n, confidence, expected):
    assert round(upper_bound(misses, n, confidence), 4) == expected


@pytest.mark.parametrize("n", [1, 7, 59, 299, 3000])
def test_no_misses_gives_the_closed_form(n):
    assert upper_bound(0, n) == pytest.approx(1 - 0.05 ** (1 / n), abs=1e-12)


@pytest.mark.parametrize(("misses", "n"), [(1, 30), (4, 200), (17, 400)])
def test_the_bound_solves_the_binomial_tail_to_1e9(misses, n):
    u = upper_bound(misses, n)
    assert binom_cdf(misses, n, u) == pytest.approx(0.05, abs=1e-9)
    assert binom_cdf(misses, n, u - 1e-6) > 0.05  # just under the bound the data are still plausible


def test_pages_needed_for_one_percent_at_95():
    assert pages_needed(0.01) == 299
    assert upper_bound(0, 298) > 0.01 >= upper_bound(0, 299)
    with_one = pages_needed(0.01, misses=1)
    assert upper_bound(1, with_one) <= 0.01 < upper_bound(1, with_one - 1)


def _docs(sizes):
    return [{"source_sha256": hashlib.sha256(str(i).encode()).hexdigest(), "pages": s} for i, s in enumerate(sizes)]


def test_the_draw_is_reproducible_and_a_larger_draw_keeps_the_smaller_one():
    pages = population(_docs([3, 40, 7, 50]))
    first = draw(pages, 20, seed=7)
    assert first == draw(pages, 20, seed=7)
    assert first != draw(pages, 20, seed=8)
    assert set(first) <= set(draw(pages, 60, seed=7))
    assert len({p.page_id for p in first}) == 20


def test_stratified_draw_allocates_in_proportion():
    sizes = [10, 30, 60]
    pages = population(_docs(sizes))
    drawn = draw(pages, 20, seed=3, stratified=True)
    per_doc = {d: sum(p.document == d for p in drawn) for d in {p.document for p in pages}}
    assert sorted(per_doc.values()) == [2, 6, 12]
    assert allocation({"a": 1, "b": 1, "c": 1}, 2) == {"a": 1, "b": 1, "c": 0}


def test_a_recorded_sample_is_checked_against_its_seed():
    docs = _docs([5, 5, 5])
    drawn = [p.page_id for p in draw(population(docs), 6, seed=11)]
    assert redraw_matches(docs, {"seed": 11, "pages": drawn}) is None
    assert redraw_matches(docs, {"seed": 12, "pages": drawn})
    other = drawn[:-1] + [next(p.page_id for p in population(docs) if p.page_id not in drawn)]
    assert redraw_matches(docs, {"seed": 11, "pages": other})


def _coverage(planted_docs, misses_per_doc, n, stratified, runs=100):
    """How many of `runs` seeded draws give a bound at or above the true miss rate."""
    docs = _docs(planted_docs)
    pages = population(docs)
    # k known misses, spread over the documents in the order pages come
    missed = {p.page_id for d in docs for p in pages if p.document == d["source_sha256"]
              and p.number < misses_per_doc}
    true_rate = len(missed) / len(pages)
    strata = {d["source_sha256"]: d["pages"] for d in docs} if stratified else None
    covered = 0
    for seed in range(runs):
        marked = [{"page_id": p.page_id, "stratum": p.document,
                   "verdict": "missed" if p.page_id in missed else "clean"}
                  for p in draw(pages, n, seed, stratified)]
        covered += estimate(marked, 0.95, strata=strata).upper >= true_rate
    return covered, true_rate


def _acceptance(runs: int = 100, confidence: float = 0.95, risk: float = 0.001) -> int:
    """The fewest covering draws an honest 95% bound gives out of `runs` except with probability `risk`:
    the largest c with P(Binomial(runs, confidence) < c) <= risk (each draw covers with probability at
    least `confidence`; the bound is exact, so conservative)."""
    below = 0.0
    for c in range(runs + 1):
        below += math.comb(runs, c) * confidence**c * (1 - confidence) ** (runs - c)
        if below > risk:
            return c
    return runs


@pytest.mark.parametrize("stratified", [False, True])
def test_the_interval_covers_the_true_miss_rate_at_the_stated_confidence(stratified):
    # 400 pages in 40 documents, 2 planted misses in each of the first pages: 80 misses, a true rate of 20%;
    # and a rarer case: 1 miss in each document (10%)
    threshold = _acceptance()
    assert 85 <= threshold <= 92  # the honest threshold for 100 draws at 95% (about 89)
    for misses_per_doc in (2, 1):
        covered, true_rate = _coverage([10] * 40, misses_per_doc, n=60, stratified=stratified)
        assert true_rate in (0.2, 0.1)
        assert covered >= threshold, (misses_per_doc, covered)


def test_the_estimate_counts_only_marked_pages_and_knows_when_it_is_complete():
    pages = [{"page_id": str(i), "stratum": "a", "verdict": v}
             for i, v in enumerate(["clean", "missed", None, "clean"])]
    est = estimate(pages, 0.95, target=0.01)
    assert (est.sampled, est.marked, est.missed) == (4, 3, 1)
    assert not est.complete and not est.meets_target
    assert est.rate == pytest.approx(1 / 3)
    assert est.upper == pytest.approx(upper_bound(1, 3))
