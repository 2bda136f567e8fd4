"""`clearance demo DIR`: build a demo store from generated sample contracts."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import subcommand
from desktop.core.runtime.language import translate


@subcommand
def register(sub) -> None:
    p = sub.add_parser("demo", help=translate("cli", "build a demo store from generated sample contracts"))
    p.add_argument("folder", type=Path, help=translate("cli", "folder for contracts/ and clearance.sqlite"))
    p.add_argument("--count", type=int, default=6, help=translate("cli", "how many contracts (default 6)"))
    p.add_argument("--seed", type=int, default=2026, help=translate("cli", "generator seed (default 2026)"))
    p.set_defaults(func=run)


def run(args) -> int:
    from tqdm import tqdm

    try:
        from devkit.demo import build_demo
    except ModuleNotFoundError as exc:  # the installed app ships neither the generator nor Faker
        if (exc.name or "").split(".")[0] not in ("devkit", "faker"):
            raise
        print("clearance: " + translate("cli", "demo needs the development install (make run, or pip install -e "
                                               "'.[demo]' in a checkout); the installed app does not ship the "
                                               "sample-contract generator"), file=sys.stderr)
        return 2
    from desktop.cli_errors import UserError

    if args.folder.exists() and not args.folder.is_dir():
        raise UserError(translate("cli", "{path}: is a file; give a folder for the demo contracts and store").format(path=args.folder))
    if args.count < 1:
        raise UserError(translate("cli", "--count {count}: give at least one contract").format(count=args.count))

    bar = tqdm(total=0, unit="page", desc=translate("cli", "Scanning"), file=sys.stderr, disable=None, leave=False)

    def progress(done: int, total: int, _message: str) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    report = build_demo(args.folder, count=args.count, seed=args.seed, progress=progress)
    bar.close()
    findings = sum(report.scan.findings.values())
    print(translate("cli", "Demo store {store}: {contracts} contracts, {pages} pages, {findings} findings").format(
        store=report.store, contracts=len(report.contracts), pages=report.scan.pages, findings=findings))
    return 0
