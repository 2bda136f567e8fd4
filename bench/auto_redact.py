"""Fully automatic redaction on real and demo contracts: `clearance redact FILE --accept-detected -o OUT`
on every contract of the CUAD development set and every demo contract, counting the outputs written
and, for each refusal, the reasons the command gave (a leak names its channel and page).

Run: .venv/bin/python bench/auto_redact.py [--out DIR] [--only SUBSTRING] [--no-demo].
Writes bench/results/auto_redact.txt (as printed).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CUAD = ROOT.parent / "shared" / "corpus" / "cuad-dev" / "pdf"
RESULTS = Path(__file__).parent / "results" / "auto_redact.txt"
DEMO_COUNT, DEMO_SEED = 6, 2026  # what `clearance demo` writes (devkit.demo.build_demo)


def demo_contracts(folder: Path) -> list[Path]:
    from devkit.corpus import write_corpus

    return write_corpus(folder, DEMO_COUNT, DEMO_SEED)


def redact(pdf: Path, out: Path) -> tuple[int, list[str], float]:
    """(exit code, the lines of stderr that say why, seconds)."""
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "desktop", "redact", str(pdf), "--accept-detected", "-o", str(out)],
                         capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    reasons = [line for line in run.stderr.splitlines()
               if line.startswith(("LEAK", "NOT VERIFIED", "clearance:"))]
    return run.returncode, reasons, seconds


def run_set(label: str, pdfs: list[Path], out_dir: Path, lines: list[str]) -> None:
    written, refused = 0, []
    for pdf in pdfs:
        out = out_dir / f"{pdf.stem}.redacted.pdf"
        code, reasons, seconds = redact(pdf, out)
        ok = out.exists()
        written += ok
        status = "written" if ok else "REFUSED"
        print(f"  {status} (exit {code}, {seconds:.0f} s) {pdf.name}", flush=True)
        lines.append(f"  {status} (exit {code}, {seconds:.0f} s) {pdf.name}")
        for reason in reasons[:8]:
            lines.append(f"      {reason}")
        if len(reasons) > 8:
            lines.append(f"      ... {len(reasons) - 8} more")
        if not ok:
            refused.append(pdf.name)
    lines.append(f"{label}: written {written} of {len(pdfs)}, refused: {', '.join(refused) or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, help="where the outputs go (default: a temporary folder)")
    parser.add_argument("--only", help="only contracts whose file name holds this")
    parser.add_argument("--no-demo", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        lines = ["clearance redact FILE --accept-detected -o OUT, one process per contract"]
        sets = [("CUAD development set", sorted(CUAD.glob("*.[pP][dD][fF]")))]
        if not args.no_demo:
            sets.append(("demo contracts", demo_contracts(Path(tmp) / "demo")))
        for label, pdfs in sets:
            if args.only:
                pdfs = [p for p in pdfs if args.only in p.name]
            lines.append(f"{label} ({len(pdfs)} contracts):")
            print(lines[-1], flush=True)
            run_set(label, pdfs, out_dir, lines)
            print(lines[-1], flush=True)
    text = "\n".join(lines) + "\n"
    print("\n" + text)
    if not args.only:
        RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
