"""`clearance --self-test`: the whole job on a generated contract in a temporary store, step by step."""

from __future__ import annotations

import shutil
import socket
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop import __version__

SIGNER = "clearance-self-test"


class NetworkUsed(RuntimeError):
    """Something tried to reach the network, which the app must never do."""


@dataclass
class Run:
    """What the steps hand on to each other."""

    folder: Path
    store: object = None
    doc_id: int | None = None
    batch_id: str | None = None
    signer: object = None
    connections: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Run], str]  # returns a one-line detail; raises on failure


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool | None  # None: skipped after an earlier failure
    seconds: float
    detail: str


# --- the steps -----------------------------------------------------------------------------------


def import_and_scan(run: Run) -> str:
    from desktop.core.scan.documents import scan_paths
    from desktop.core.selftest.contract import consent_rows, write_contract
    from desktop.core.store import Store

    contract = write_contract(run.folder / "contracts")
    run.store = Store(run.folder / "clearance.sqlite", actor=SIGNER)
    run.store.keeps_user_data = False  # a throw-away store: nothing of it in the user's data folder
    run.store.import_consents(consent_rows(contract), origin="self-test")
    scan_paths(run.store, [contract.path])
    docs = run.store.documents()
    _expect(len(docs) == 1 and docs[0]["status"] == "scanned", f"expected one scanned document, got {docs}")
    run.doc_id = docs[0]["id"]
    findings = run.store.findings(run.doc_id)
    by_type = Counter(str(f.entity_type) for f in findings)
    _expect(any(f.recognizer == "SpacyRecognizer" for f in findings),
            "the spaCy model found no names: is the model bundled?")
    return f"{docs[0]['pages']} pages, {len(findings)} findings ({_counts(by_type)})"


def review(run: Run) -> str:
    from desktop.core.selftest.contract import is_identifier

    texts = {row["number"]: row["text"] for row in run.store.page_rows(run.doc_id)}
    r = review_document(run.store, run.doc_id, lambda f: is_identifier(texts[f.page], f.start, f.end))
    _expect(r.confirmed > 0, "no proposed party of the contract is in the consent registry")
    _expect(run.store.open_finding_count(run.doc_id) == 0, "findings are still open after review")
    return (f"{r.confirmed} parties confirmed, {r.dropped} dropped, {r.spread} findings of their names added; "
            f"{r.accepted} findings accepted, {r.rejected} rejected; residue: {r.residue_redacted} group(s) "
            f"redacted, {r.residue_fine} fine")


@dataclass
class TruthReview:
    confirmed: int  # proposed links to registered parties, confirmed
    dropped: int  # proposed links to anyone else, removed
    spread: int  # findings the confirmed parties' names added
    accepted: int
    rejected: int
    residue_redacted: int = 0  # residue groups that held an identifier
    residue_fine: int = 0  # residue groups of ordinary words


def review_document(store, doc_id: int, is_identifier: Callable[[object], bool]) -> TruthReview:
    """Review a contract whose identifiers are known as a careful reviewer would: confirm the
    contract's registered parties (which spreads their names over the document), then accept every
    finding `is_identifier` holds for (a real name or number) and reject the rest (an ordinary word
    taken for one), and approve the quasi-identifier classes under the store's policy (confirming a
    quasi finding `is_identifier` holds for); then look at the residue: redact a group where it holds
    an identifier, mark the rest fine."""
    from desktop.core.model import Status
    from desktop.core.pdf.pagesource import PageSource
    from desktop.core.review.session import ReviewSession
    from desktop.core.scan.documents import propagate_linked_parties

    confirmed, dropped = _confirm_registered_parties(store, doc_id)
    spread = sum(propagate_linked_parties(store, doc_id).values())
    source = PageSource.stored(store.document(doc_id), store)
    try:
        session = ReviewSession(store, doc_id, page_text=source.page_text)
        decided = Counter()
        while (current := session.next_open()) is not None and current.status == Status.PROPOSED:
            real = is_identifier(current)
            session.accept() if real else session.reject()
            decided[real] += 1
        # quasi-identifiers are approved per class, never walked; one that holds an identifier is an
        # exception the reviewer confirms (redacted, not generalised)
        for f in [f for f in session.findings if f.identifier == "quasi" and f.status == Status.PROPOSED]:
            if is_identifier(f):
                session.go_to(f.id)
                session.accept()
                decided[True] += 1
        session.approve_classes()
        residue = Counter()
        for group in session.load_residue().undecided:
            real = any(is_identifier(o) for o in group.occurrences)
            session.redact_residue(group) if real else session.mark_residue_fine(group)
            residue[real] += 1
    finally:
        source.close()
    return TruthReview(confirmed, dropped, spread, decided[True], decided[False], residue[True], residue[False])


def _confirm_registered_parties(store, doc_id: int) -> tuple[int, int]:
    """Confirm proposed links to parties with consent records; drop the others (words taken for names)."""
    from desktop.core.scan.links import link_party, unlink_party

    confirmed = dropped = 0
    for link in store.document_links(doc_id):  # the names are proposed once, after all links
        if store.consents(link.party.id):
            confirmed += link_party(store, doc_id, link.party.id, link.role, propagate=False).changed
        else:
            dropped += unlink_party(store, doc_id, link.party.id, propagate=False).changed
    return confirmed, dropped


def redact_and_verify(run: Run) -> str:
    from desktop.core.export.prepare import prepare_document, redacted_terms
    from desktop.core.redaction.pseudonym import Pseudonymiser
    from desktop.core.redaction.redact import is_applied

    doc = run.store.document(run.doc_id)
    prepared = prepare_document(run.store, doc, Pseudonymiser())
    _expect(not prepared.leaks, f"readable after redaction: {'; '.join(prepared.leaks[:3])}")
    terms = redacted_terms(run.store, run.doc_id, [f for f in run.store.findings(run.doc_id) if is_applied(f)])
    return f"{sum(prepared.counts.values())} redactions; {len(terms)} strings unreadable in every channel"


def export(run: Run) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.core.export.batch import build_batch
    from desktop.core.export.publish import sign_and_write
    from desktop.core.trust.signers import Signer

    result = build_batch(run.store, [run.doc_id])
    refusals = "; ".join(r for refusal in result.refused for r in refusal.reasons)
    _expect(result.batch_id is not None and not result.refused, f"the export was refused: {refusals}")
    run.batch_id = result.batch_id
    # A throw-away signer, trusted by the temporary store only: the self-test never touches the user's keys.
    run.signer = Signer(SIGNER, Ed25519PrivateKey.generate())
    sign_and_write(run.store, run.batch_id, run.signer, "reviewed", run.folder / "export")
    written = sorted((run.folder / "export").iterdir())
    return f"batch {run.batch_id}: {len(written)} files written, verified and signed off"


def risk_report(run: Run) -> str:
    """The batch's risk report as HTML with its charts and as the window's picture: matplotlib draws
    offline from what the installer ships (the Agg canvas, the SVG writer, its own font)."""
    from desktop.core.export.risk_html import render_html
    from desktop.core.export.risk_plots import risk_png
    from desktop.core.export.risk_store import store_report

    report = store_report(run.store, run.batch_id)
    page = render_html(report)
    charts = page.count("<svg")
    _expect(charts == 3, f"the risk report holds {charts} chart(s), not 3")
    png = risk_png(report.to_json())
    _expect(png.startswith(b"\x89PNG"), "the window's risk chart is no PNG")
    return f"{report.line()}; HTML with {charts} charts, the window's chart {len(png):,} bytes"


def verify(run: Run) -> str:
    from desktop.core.verification.integrity import verify_export_dir, verify_store
    from desktop.core.verification.trust import Trusted

    store_path = Path(run.store.path)
    run.store.close()
    trust = {run.signer.fingerprint: Trusted(SIGNER, "self-test key")}
    for what, report in (("store", verify_store(store_path)),
                         ("export", verify_export_dir(run.folder / "export", trust))):
        _expect(report.ok, f"the {what} does not verify: {'; '.join(report.problems[:3])}")
    tampered = run.folder / "tampered"
    shutil.copytree(run.folder / "export", tampered)
    pdf = next(tampered.glob("*.pdf"))
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    _expect(not verify_export_dir(tampered, trust).ok, "a changed byte in an exported file went unnoticed")
    _expect(not verify_export_dir(run.folder / "export", {}).ok, "a sign-off by an untrusted key was accepted")
    return "audit chain, trusted sign-off and file hashes verify; a changed byte and an untrusted key are caught"


def ocr_ready(run: Run) -> str:
    """Tesseract and its English and German data are installed, and read a rendered line offline."""
    import pymupdf

    from desktop.core.pdf import ocr

    missing = ocr.missing_parts()
    _expect(not missing, "OCR is not installed: " + "; ".join(missing))
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=40)
    page.insert_text((10, 26), "Halvorsen Zählerbau GmbH", fontsize=16)
    image = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY).tobytes("pnm")
    words = [w.text for w in ocr._run_tesseract(image, ocr.LANGUAGES)]  # uncached: Tesseract itself runs
    _expect("Halvorsen" in words, f"Tesseract read {words!r} from a rendered line")
    return f"tesseract {ocr.tesseract_path()}, language data in {ocr.tessdata_dir()}: read {' '.join(words)!r}"


STEPS = [
    Step("OCR (Tesseract)", ocr_ready),
    Step("import and scan", import_and_scan),
    Step("review decisions", review),
    Step("redact and verify", redact_and_verify),
    Step("export and sign off", export),
    Step("risk report and charts", risk_report),
    Step("verify store and export", verify),
]


def steps(extra: Iterable[Step] = ()) -> list[Step]:
    """The core steps, then those the caller adds (the window step lives with the GUI, outside core)."""
    return STEPS + list(extra)


# --- running -------------------------------------------------------------------------------------


def run_steps(chosen: list[Step], folder: Path, echo: Callable[[Outcome], None] = lambda o: None) -> list[Outcome]:
    """Run the steps in order under a network guard; after a failure the rest are skipped."""
    run = Run(folder)
    outcomes: list[Outcome] = []
    with no_network(run.connections):
        for step in chosen:
            if outcomes and not outcomes[-1].ok:
                outcome = Outcome(step.name, None, 0.0, "skipped")
            else:
                outcome = _timed(step, run)
            outcomes.append(outcome)
            echo(outcome)
    if run.store is not None:
        run.store.close()
    if run.connections:
        outcomes.append(Outcome("offline", False, 0.0, f"network used: {', '.join(run.connections)}"))
        echo(outcomes[-1])
    return outcomes


def _timed(step: Step, run: Run) -> Outcome:
    start = time.perf_counter()
    try:
        detail, ok = step.run(run), True
    except Exception as exc:  # the report names the failure in one line; the exit code carries it
        detail, ok = f"{type(exc).__name__}: {exc}".splitlines()[0], False
    return Outcome(step.name, ok, time.perf_counter() - start, detail)


@contextmanager
def no_network(attempts: list[str]) -> Iterator[None]:
    """Refuse (and record) every internet connection made in this process while the block runs."""
    original = socket.socket.connect, socket.socket.connect_ex

    def guard(method):
        def connect(sock, address, *args):
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                attempts.append(str(address))
                raise NetworkUsed(f"connection to {address} refused: Clearance works offline")
            return method(sock, address, *args)
        return connect

    socket.socket.connect, socket.socket.connect_ex = guard(original[0]), guard(original[1])
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex = original


def self_test(out=None, extra: Iterable[Step] = ()) -> int:
    """Print each step with OK/FAIL and its time; 0 when every step passed, 1 otherwise."""
    from desktop.core.export.versions import describe, versions

    out = out or sys.stdout
    frozen = " (installed bundle)" if getattr(sys, "frozen", False) else ""
    print(f"Clearance {__version__} self-test{frozen}", file=out)
    for line in describe(versions()):
        print(f"  {line}", file=out)

    def echo(o: Outcome) -> None:
        mark = {True: " OK ", False: "FAIL", None: "SKIP"}[o.ok]
        print(f"[{mark}] {o.name:<26} {o.seconds:6.1f} s  {o.detail}", file=out, flush=True)

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="clearance-self-test-") as tmp:
        outcomes = run_steps(steps(extra), Path(tmp), echo)
    failed = [o.name for o in outcomes if o.ok is not True]
    total = time.perf_counter() - start
    if failed:
        print(f"self-test FAILED ({', '.join(failed)}) after {total:.1f} s", file=out)
        return 1
    print(f"self-test passed: {len(outcomes)} steps in {total:.1f} s", file=out)
    return 0


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def _counts(counter: Counter) -> str:
    return ", ".join(f"{k} {n}" for k, n in counter.most_common())
