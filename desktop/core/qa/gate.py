"""What a batch's manifest says about its QA sample: whether it may be signed, and whether the record holds.

Pure functions of the manifest, so the sign-off (in the store) and `clearance verify DIR` (offline) apply
the same rule. A manifest without `qa_policy`, or whose policy sets no target, is not concerned: the
desk's reviewed batches sign as before.
"""

from __future__ import annotations

import math

from desktop.core.qa.estimate import upper_bound
from desktop.core.qa.sample import redraw_matches


def target_of(manifest: dict) -> tuple[float, float] | None:
    """(target rate, confidence) of the batch's policy, or None when it sets no target."""
    policy = manifest.get("qa_policy") or {}
    if policy.get("target") is None:
        return None
    return float(policy["target"]), float(policy.get("confidence", 0.95))


def signoff_refusal(manifest: dict) -> str | None:
    """One line on why a batch with a QA target may not be signed yet; None when it may."""
    wanted = target_of(manifest)
    if wanted is None:
        return None
    target, confidence = wanted
    qa = manifest.get("qa")
    if not qa:
        return (f"batch {manifest.get('batch')} must show a miss rate of at most {target:.2%} at "
                f"{confidence:.0%} and records no QA sample: draw and mark one (clearance qa draw, qa mark), "
                "then `clearance qa seal` builds the batch that records it")
    if qa.get("pages_marked") != len(qa.get("pages", ())):
        return f"the QA sample is incomplete: {qa.get('pages_marked')} of {len(qa.get('pages', ()))} pages marked"
    if qa["upper_bound"] > target:
        return (f"the miss rate's {confidence:.0%} upper bound is {qa['upper_bound']:.2%}, above the target of "
                f"{target:.2%} ({qa['pages_with_miss']} page(s) with a miss in {len(qa['pages'])}); "
                "mark a larger sample (clearance qa draw --pages N)")
    return None


def record_problems(manifest: dict) -> list[str]:
    """What is wrong with the manifest's QA record: the sample the seed does not draw, a bound that does
    not follow from the misses, a sign-off made above the target."""
    qa = manifest.get("qa")
    if not qa:
        return ["the batch has a QA target and records no sample"] if target_of(manifest) else []
    problems = []
    differs = redraw_matches(qa.get("population", []), qa)
    if differs:
        problems.append(differs)
    missed_pages = {m.get("page") for m in qa.get("misses", [])}
    if len(missed_pages) != qa.get("pages_with_miss") or not missed_pages <= set(qa.get("pages", [])):
        problems.append("the QA record's misses do not agree with its pages")
    n = len(qa.get("pages", []))
    effective = qa.get("effective_misses", qa.get("pages_with_miss", 0))
    if not math.isclose(upper_bound(int(effective), n, float(qa.get("confidence", 0.95))),
                        float(qa.get("upper_bound", -1)), abs_tol=1e-9):
        problems.append("the QA record's upper bound does not follow from its sample and misses")
    refusal = signoff_refusal(manifest)
    if refusal:
        problems.append(refusal)
    return problems


def approver_estimate(manifest: dict) -> dict | None:
    """What an approver needs of a QA-sampled batch, as plain data: the recorded sample (pages, seed,
    design), the misses, the rate, the bound with its confidence, target and method, and whatever is
    wrong with the record (`problems`, empty when the seed draws the sample and the bound recomputes).
    None for a batch without a QA policy or record (a batch reviewed at the desk)."""
    qa, wanted = manifest.get("qa"), target_of(manifest)
    if not qa and wanted is None:
        return None
    qa = qa or {}
    target, confidence = wanted if wanted else (qa.get("target"), qa.get("confidence", 0.95))
    return {"sampled_batch": qa.get("sampled_batch"), "recorded": bool(qa),
            "pages": len(qa.get("pages", [])), "pages_marked": qa.get("pages_marked", 0),
            "seed": qa.get("seed"), "stratified": bool(qa.get("stratified")),
            "pages_with_miss": qa.get("pages_with_miss", 0),
            "misses": [{"page": m.get("page"), "type": m.get("type")} for m in qa.get("misses", [])],
            "miss_rate": qa.get("miss_rate"), "upper_bound": qa.get("upper_bound"),
            "confidence": confidence, "target": target, "method": qa.get("method"),
            "problems": record_problems(manifest)}
