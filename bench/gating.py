"""The name model read only where it can matter (detect/gating.py), compared with the model read over
every word, in the same process on the same pages: the proposals (findings not suppressed) and the
suppressed findings per document, every proposal that differs listed with its context, the share of
the text sent to the model, the window cache's hit rate, and the detection time of each."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.tab import TAB, page_of  # noqa: E402
from desktop.core.detect import judge_and_propagate, pool  # noqa: E402
from desktop.core.detect.gating import model_windows, share_sent  # noqa: E402
from desktop.core.detect.spans import to_findings  # noqa: E402
from desktop.core.model import Status  # noqa: E402
from desktop.core.pdf import extract_pages, open_path, open_pdf  # noqa: E402
from desktop.core.runtime.offline import make_offline  # noqa: E402

CUAD = ROOT.parent / "shared" / "corpus" / "cuad-dev" / "pdf"
OUT = ROOT / "bench" / "results" / "gating.txt"
SEED = 5000  # bench/detect.py's generated contracts


def corpora(generated: int, tab: int) -> dict[str, list[list]]:
    from devkit.corpus import generate_contract

    cuad = [extract_pages(open_path(p)[0]) for p in sorted(CUAD.iterdir())]
    gen = [extract_pages(open_pdf(generate_contract(SEED + i).pdf)) for i in range(generated)]
    docs = json.loads(TAB.read_text())[:tab]
    return {"development contracts (cuad-dev)": cuad, f"generated contracts (seed {SEED}+)": gen,
            "TAB court cases (tab-dev)": [[page_of(d["text"])] for d in docs]}


def detect(documents: list[list], gated: bool) -> tuple[list[list], float]:
    """Each document's judged findings, detected with or without the gate; the seconds detection took."""
    engine = pool._analyzer.nlp_engine
    engine.gated = gated
    out, seconds = [], 0.0
    for pages in documents:
        start = time.process_time()
        items = pool.detect_texts([p.text for p in pages])
        seconds += time.process_time() - start
        found = [f for p, page_items in zip(pages, items) for f in to_findings(p, page_items)]
        out.append(judge_and_propagate(pages, found))
    return out, seconds


def _key(f) -> tuple:
    return (f.page, f.start, f.end, str(f.entity_type))


def compare(name: str, documents: list[list]) -> list[str]:
    engine = pool._analyzer.nlp_engine
    engine.cache.lookups = engine.cache.hits = 0
    gated, gated_s = detect(documents, True)
    lookups, hits = engine.cache.lookups, engine.cache.hits
    ungated, ungated_s = detect(documents, False)
    sent = [share_sent(p.text, model_windows(p.text)) for pages in documents for p in pages]
    inside, total = sum(s[0] for s in sent), sum(s[1] for s in sent)
    lines = [f"{name}: {len(documents)} documents, {len(sent)} pages",
             f"  text sent to the model {inside}/{total} characters = {inside / total:.3f}; window cache "
             f"{hits}/{lookups} = {hits / max(1, lookups):.3f} served without reading",
             f"  detection {ungated_s:.1f} s over every word, {gated_s:.1f} s gated: {ungated_s / gated_s:.2f}x"]
    proposals = suppressed = 0
    lost, reasons, listing = Counter(), Counter(), []
    for pages, every, only in zip(documents, ungated, gated):
        text = {p.number: p.text for p in pages}
        for state in ("proposed", "suppressed"):
            pick = (lambda f: f.status != Status.SUPPRESSED) if state == "proposed" else (
                lambda f: f.status == Status.SUPPRESSED)
            a, b = {_key(f): f for f in every if pick(f)}, {_key(f): f for f in only if pick(f)}
            if state == "proposed":
                proposals += len(a)
            else:
                suppressed += len(a)
            for side, keys, source in (("only over every word", a.keys() - b.keys(), a),
                                       ("only gated", b.keys() - a.keys(), b)):
                for k in sorted(keys):
                    f = source[k]
                    lost[(state, side)] += 1
                    if state == "suppressed":
                        reasons[(side, (f.explanation.get("reasons") or ["?"])[0])] += 1
                    else:
                        around = " ".join(text[f.page][max(0, f.start - 40):f.end + 40].split())
                        listing.append(f"    {side}: {f.entity_type} {f.text!r} ({f.recognizer}) in '{around}'")
    lines.append(f"  proposals over every word {proposals}; differing: "
                 + (", ".join(f"{n} {side}" for (state, side), n in sorted(lost.items()) if state == "proposed")
                    or "none"))
    lines += listing
    lines.append(f"  suppressed findings over every word {suppressed}; differing: "
                 + (", ".join(f"{n} {side}" for (state, side), n in sorted(lost.items()) if state == "suppressed")
                    or "none"))
    lines += [f"    {n} {side}, suppressed as: {reason}" for (side, reason), n in reasons.most_common()]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--generated", type=int, default=12, help="generated contracts (default 12)")
    parser.add_argument("--tab", type=int, default=113, help="TAB documents (default all 113)")
    args = parser.parse_args()
    make_offline()
    pool.detect_texts(["warm up, John Smith of ACME GmbH"])
    lines = []
    for name, documents in corpora(args.generated, args.tab).items():
        lines += compare(name, documents)
        print("\n".join(lines[-1:]), flush=True)
    text = "\n".join(lines)
    print(text)
    OUT.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
