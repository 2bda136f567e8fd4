"""The exact one-sided Clopper–Pearson bound on a miss rate, and the sample a target needs; no scipy.

The upper bound U for x misses in n pages at confidence c is the p at which seeing x or fewer misses
has probability 1 - c: BinomCDF(x; n, U) = 1 - c. The CDF falls as p grows, so bisection finds U to
well under 1e-9. With x = 0 this is U = 1 - (1 - c)^(1/n).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

METHOD = "Clopper-Pearson exact one-sided upper bound (binomial; conservative for sampling without replacement)"


def binom_cdf(x: int, n: int, p: float) -> float:
    """P(X <= x) for X ~ Binomial(n, p), summed in log space so large n does not underflow."""
    if x < 0:
        return 0.0
    if x >= n or p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 0.0
    log_p, log_q = math.log(p), math.log1p(-p)
    terms = [math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1) + k * log_p + (n - k) * log_q
             for k in range(x + 1)]
    top = max(terms)
    return min(1.0, math.exp(top) * sum(math.exp(t - top) for t in terms))


def upper_bound(misses: int, n: int, confidence: float = 0.95) -> float:
    """The exact one-sided upper confidence bound on the miss rate (1.0 with no sample)."""
    if not 0.0 < confidence < 1.0:
        raise ValueError("the confidence must lie between 0 and 1")
    if n <= 0 or misses >= n:
        return 1.0
    if misses < 0:
        raise ValueError("misses cannot be negative")
    alpha = 1.0 - confidence
    if misses == 0:  # closed form; the bisection below agrees to 1e-12
        return 1.0 - alpha ** (1.0 / n)
    low, high = misses / n, 1.0
    while high - low > 1e-13:
        mid = (low + high) / 2
        if binom_cdf(misses, n, mid) > alpha:
            low = mid
        else:
            high = mid
    return high


def pages_needed(target: float, confidence: float = 0.95, misses: int = 0) -> int:
    """The smallest sample with `misses` misses whose bound is at or under `target` (299 for 1% at 95%)."""
    if not 0.0 < target < 1.0:
        raise ValueError("the target rate must lie between 0 and 1")
    n = max(misses + 1, math.ceil(math.log(1.0 - confidence) / math.log1p(-target)))
    while upper_bound(misses, n, confidence) > target:
        n += max(1, n // 50)  # coarse steps, then back to the first n that is enough
    while n > misses + 1 and upper_bound(misses, n - 1, confidence) <= target:
        n -= 1
    return n


@dataclass(frozen=True)
class Estimate:
    """What a marked sample says about the batch it was drawn from."""

    sampled: int  # pages drawn
    marked: int  # pages the officer marked (clean or missed)
    missed: int  # pages with at least one miss
    rate: float  # the estimated miss rate (weighted by stratum when the draw was stratified)
    effective_misses: int  # the misses the bound is computed with (stratified: rate x n rounded up)
    upper: float  # the one-sided upper bound at `confidence`
    confidence: float
    target: float | None
    needed: int | None  # pages the target needs with the misses seen so far (None: no target)
    stratified: bool

    @property
    def complete(self) -> bool:
        return self.sampled > 0 and self.marked == self.sampled

    @property
    def meets_target(self) -> bool:
        return self.target is not None and self.complete and self.upper <= self.target

    def to_dict(self) -> dict:
        return {"pages_sampled": self.sampled, "pages_marked": self.marked, "pages_with_miss": self.missed,
                "miss_rate": self.rate, "upper_bound": self.upper, "confidence": self.confidence,
                "target": self.target, "pages_needed": self.needed, "complete": self.complete,
                "meets_target": self.meets_target, "stratified": self.stratified,
                "effective_misses": self.effective_misses, "method": METHOD}


def estimate(pages: list[dict], confidence: float = 0.95, target: float | None = None,
             strata: dict[str, int] | None = None) -> Estimate:
    """The estimate from the marked pages ({page_id, stratum, verdict: clean | missed | None}).

    Uniform draw: rate = x / n, bound on (x, n). Stratified by document (`strata`: pages per document in
    the batch): rate = sum over documents of (N_h / N) * (x_h / n_h); the bound is computed on n pages with
    ceil(rate * n) misses (with proportional allocation the design is self-weighting, so this is x itself
    up to rounding; rounding up keeps the bound conservative). Only marked pages count toward the rate
    until the sample is complete; the sign-off waits for `complete`.
    """
    marked = [p for p in pages if p.get("verdict") in ("clean", "missed")]
    missed = sum(1 for p in marked if p["verdict"] == "missed")
    n = len(marked)
    if strata:
        total = sum(strata.values())
        by_stratum: dict[str, list[dict]] = {}
        for p in marked:
            by_stratum.setdefault(p["stratum"], []).append(p)
        rate = sum(strata[s] / total * sum(q["verdict"] == "missed" for q in ps) / len(ps)
                   for s, ps in by_stratum.items()) if n else 0.0
        # weights of strata not yet marked are missing: rescale to the marked strata's share
        share = sum(strata[s] for s in by_stratum) / total if by_stratum else 1.0
        rate = rate / share if share else 0.0
        effective = min(n, math.ceil(round(rate * n, 9)))
    else:
        rate = missed / n if n else 0.0
        effective = missed
    upper = upper_bound(effective, n, confidence)
    needed = pages_needed(target, confidence, effective) if target is not None else None
    return Estimate(len(pages), n, missed, rate, effective, upper, confidence, target, needed, bool(strata))
