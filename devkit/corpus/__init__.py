"""Seeded, realistic sample contracts (PDF) with ground truth, for tests, benchmarks and the demo."""

from __future__ import annotations

from pathlib import Path

from devkit.corpus.contract import (
    HARD_CASES,
    KINDS,
    LANGUAGES,
    generate_contract,
    hard_cases_for,
)
from devkit.corpus.truth import (
    GeneratedContract,
    PartyInfo,
    TruthEntity,
    load_truth,
    truth_json,
)

__all__ = [
    "HARD_CASES", "KINDS", "LANGUAGES", "GeneratedContract", "PartyInfo", "TruthEntity",
    "generate_contract", "hard_cases_for", "load_truth", "write_corpus",
]


def write_corpus(out_dir: Path, count: int, seed: int) -> list[Path]:
    """Write NAME.pdf and NAME.truth.json for `count` contracts seeded seed, seed+1, ..."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for offset in range(count):
        contract = generate_contract(seed + offset)
        pdf_path = out_dir / f"{contract.name}.pdf"
        pdf_path.write_bytes(contract.pdf)
        (out_dir / f"{contract.name}.truth.json").write_text(truth_json(contract), encoding="utf-8")
        paths.append(pdf_path)
    return paths
