"""`clearance scan --engine ray` and `clearance import-findings`: corpus-scale detection on Ray."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_scan import paths_or_complain, print_scan_report, progress_bar


@subcommand
def _register(sub) -> None:
    load = sub.add_parser("import-findings", help="load Parquet shards written by `scan --engine ray --out DIR`")
    load.add_argument("folder", type=Path, metavar="DIR")
    store_arg(load)
    load.add_argument("--pdfs", type=Path, nargs="+", default=[], metavar="FOLDER",
                      help="where the scanned PDFs are on this machine, if not at the paths they were scanned from")
    load.set_defaults(func=import_findings_command)


def ray_scan_command(args) -> int:
    from desktop.core.cluster import ClusterUnavailable
    from desktop.core.cluster.engine import RayOptions, require_ray

    if args.engine != "ray":
        print("clearance: --ray-address and --out need --engine ray", file=sys.stderr)
        return 2
    if args.out and args.store:
        print("clearance: --out writes shards instead of a store; give one of --out and --store", file=sys.stderr)
        return 2
    try:
        require_ray()
    except ClusterUnavailable as exc:
        print(f"clearance: {exc}", file=sys.stderr)
        return 2
    options = RayOptions(address=args.ray_address, workers=args.workers)
    existing = paths_or_complain(args.paths)
    if args.out:
        return _scan_to_shards(existing, args.out, options, missing=len(args.paths) - len(existing))
    from desktop.core.cluster.scan import scan_paths_ray

    bar, progress = progress_bar()
    with open_store(args) as store:
        report = scan_paths_ray(store, existing, options, progress=progress)
    bar.close()
    return print_scan_report(report, missing=len(args.paths) - len(existing))


def _scan_to_shards(paths: list[Path], folder: Path, options, missing: int) -> int:
    from desktop.core.cluster.shards import scan_to_shards

    bar, progress = progress_bar()
    report = scan_to_shards(paths, folder, options, progress=progress)
    bar.close()
    print(f"documents: {len(report.detected)} detected, {len(report.already)} already in {folder}, "
          f"{len(report.failed) + missing} failed")
    print(f"pages: {report.pages}")
    if report.results:
        print("detection results (before names are propagated on import):")
        for entity_type, count in sorted(report.results.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {entity_type:<16} {count:>6}")
    for path, reason in report.failed:
        print(f"{path}: {reason}", file=sys.stderr)
    return 1 if report.failed or missing else 0


def import_findings_command(args) -> int:
    from desktop.core.cluster import ClusterUnavailable
    from desktop.core.cluster.shards import ShardError, import_shards

    if not args.folder.is_dir():
        print(f"clearance: {args.folder}: no such folder", file=sys.stderr)
        return 2
    bar, progress = progress_bar()
    try:
        with open_store(args) as store:
            report = import_shards(store, args.folder, args.pdfs, progress=progress)
    except (ClusterUnavailable, ShardError) as exc:
        print(f"clearance: {exc}", file=sys.stderr)
        return 2
    finally:
        bar.close()
    return print_scan_report(report)
