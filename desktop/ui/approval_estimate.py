"""What the approver reads of a QA-sampled batch, as a paragraph of the approval screen: the recorded sample
(pages, seed, design), the misses, the rate and its bound against the target, the method, and anything the
record gets wrong. The data is desktop.core.qa.gate.approver_estimate's; a desk batch shows nothing."""

from __future__ import annotations

import html
import json

from desktop.core.qa.gate import approver_estimate
from desktop.ui.i18n import translate


def _t(text: str) -> str:
    return translate("ApprovalEstimate", text)


def estimate_html(manifest_text: str) -> str:
    try:
        seen = approver_estimate(json.loads(manifest_text))
    except (ValueError, TypeError, AttributeError):
        return ""  # a manifest that does not read: the checks say so
    if seen is None:
        return ""
    if not seen["recorded"]:
        line = _t("QA: this automatic batch must show a miss rate of at most {target:.2%} and records no sample; "
                  "it cannot be signed until `clearance qa seal` builds the batch that records it.").format(
            target=seen["target"])
        return f"<p style='color:#c92a2a'>{html.escape(line)}</p>"
    design = _t("stratified") if seen["stratified"] else _t("uniform")
    line = _t("QA sample of batch {batch}: {pages} page(s), {design}, seed {seed}; {missed} with a miss; rate "
              "{rate:.2%}, {confidence:.0%} upper bound {bound:.2%} (target {target:.2%}).").format(
        batch=seen["sampled_batch"], pages=seen["pages"], design=design, seed=seen["seed"],
        missed=seen["pages_with_miss"], rate=seen["miss_rate"] or 0.0, confidence=seen["confidence"],
        bound=seen["upper_bound"] or 0.0, target=seen["target"] or 0.0)
    misses = "".join(f"<li>{html.escape(m['page'] or '')}: {html.escape(m['type'] or '')}</li>" for m in seen["misses"])
    problems = "".join(f"<li><b style='color:#c92a2a'>{html.escape(p)}</b></li>" for p in seen["problems"])
    return (f"<p>{html.escape(line)}<br><small>{html.escape(seen['method'] or '')}</small></p>"
            + (f"<ul>{misses}{problems}</ul>" if misses or problems else ""))
