"""The consent badge of a document: text, colour and the reasons as tooltip."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.consent import Eligibility, Verdict
from desktop.ui.i18n import translate, translate_reason

_LOOK = {
    Verdict.ELIGIBLE: (QT_TRANSLATE_NOOP("ConsentBadge", "eligible"), "#2e7d32"),
    Verdict.ATTENTION: (QT_TRANSLATE_NOOP("ConsentBadge", "needs attention"), "#b26a00"),
    Verdict.BLOCKED: (QT_TRANSLATE_NOOP("ConsentBadge", "blocked"), "#c62828"),
}


def badge_for(result: Eligibility) -> tuple[str, str, str]:
    """(text, colour, tooltip) for an eligibility verdict."""
    text, colour = _LOOK[Verdict(result.status)]
    tooltip = "\n".join(translate_reason(r) for r in result.reasons) if result.reasons else translate("ConsentBadge", "every party consented: ") + ", ".join(
        f"{u.party} (v{u.version})" for u in result.consent_versions)
    return translate("ConsentBadge", text), colour, tooltip


def badge(store, doc_id: int, purpose: str | None = None) -> tuple[str, str]:
    """(text, tooltip) for the queue, judged for today."""
    from desktop.core.consent.gate import DEFAULT_PURPOSE, eligibility

    text, _colour, tooltip = badge_for(eligibility(store, doc_id, purpose or DEFAULT_PURPOSE))
    return text, tooltip
