"""Installer size and time from launch to a shown window: the frozen app against the venv, one run.

Run after `make package`: .venv/bin/python bench/package.py [--runs N]. Writes bench/results/package.txt.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "clearance"
RESULTS = Path(__file__).parent / "results" / "package.txt"
TARGET_MB = 350


def tree_bytes(folder: Path) -> int:
    """Bytes of the files under folder; symbolic links count as nothing, as on disk."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def newest_deb() -> Path:
    debs = sorted((ROOT / "dist").glob("clearance_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        sys.exit("bench/package.py: no dist/clearance_*.deb; run `make package` first")
    return debs[-1]


def unpacked_bytes(deb: Path) -> int:
    with tempfile.TemporaryDirectory() as root:
        subprocess.run(["dpkg", "-x", str(deb), root], check=True)
        return tree_bytes(Path(root))


def seconds_to_window(command: list[str], env: dict) -> float:
    """Launch, wait for the window's "shown <epoch>" line, return the seconds from launch to it."""
    with tempfile.TemporaryDirectory() as home:
        run_env = {**env, "HOME": home, "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config",
                   "XDG_CACHE_HOME": f"{home}/cache", "QT_QPA_PLATFORM": "offscreen",
                   "CLEARANCE_EXIT_AFTER_SHOW": "1"}
        start = time.time()
        done = subprocess.run(command + ["gui", "--store", f"{home}/clearance.sqlite"], env=run_env, cwd=home,
                              capture_output=True, text=True, timeout=120)
    shown = [line for line in done.stdout.splitlines() if line.startswith("shown ")]
    if done.returncode != 0 or not shown:
        sys.exit(f"bench/package.py: {command[0]} did not show its window: {done.stderr.strip()[-400:]}")
    return float(shown[0].split()[1]) - start


def median_launch(command: list[str], env: dict, runs: int) -> float:
    seconds_to_window(command, env)  # warm the file cache; the first launch after a build is not typical
    return statistics.median(seconds_to_window(command, env) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    if not (BUNDLE / "clearance").exists():
        sys.exit("bench/package.py: no dist/clearance/clearance; run `make package` first")
    deb = newest_deb()
    bundle_mb, deb_mb = tree_bytes(BUNDLE) / 1e6, deb.stat().st_size / 1e6
    installed_mb = unpacked_bytes(deb) / 1e6
    minimal = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    frozen = median_launch([str(BUNDLE / "clearance")], minimal, runs)
    venv = median_launch([sys.executable, "-m", "desktop"], {**os.environ}, runs)
    lines = [
        f"installer {deb.name}, median of {runs} launches after one warm-up, one run",
        f"bundle dist/clearance/: {bundle_mb:.0f} MB unpacked (target < {TARGET_MB} MB: "
        f"{'met' if installed_mb < TARGET_MB else 'MISSED'})",
        f".deb: {deb_mb:.0f} MB download, {installed_mb:.0f} MB installed (dpkg -x)",
        f"baseline (venv: python -m desktop gui): {venv:.2f} s from launch to a shown window",
        f"frozen app (dist/clearance/clearance gui): {frozen:.2f} s from launch to a shown window",
        f"ratio frozen/venv: {frozen / venv:.2f}x the baseline time",
    ]
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
