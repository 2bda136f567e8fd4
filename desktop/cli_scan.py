"""`clearance scan`, `findings` and `import-findings`: import and detect (here or on Ray), list findings."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import EXIT_BUSY, EXIT_SOME_FAILED, UserError, one_line, printable
from desktop.core.runtime.language import core_message, translate


@subcommand
def _register(sub) -> None:
    scan = sub.add_parser("scan", help=translate("cli", "import PDFs (files or folders) and detect what identifies a party"))
    scan.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    store_arg(scan)
    scan.add_argument("--workers", type=int, default=None,
                      help=translate("cli", "detection processes (default 2), or Ray actors (default: every CPU of the cluster)"))
    scan.add_argument("--engine", choices=("local", "ray"), default="local",
                      help=translate("cli", "where detection runs: worker processes here, or a Ray job (pip install clearance[cluster])"))
    scan.add_argument("--ray-address", metavar="ADDR", default=None,
                      help=translate("cli", "join the Ray cluster at ADDR (HOST:6379) instead of starting a local Ray"))
    scan.add_argument("--out", type=Path, metavar="DIR", default=None,
                      help=translate("cli", "with --engine ray: write the results as Parquet shards in DIR instead of a store"))
    scan.set_defaults(func=scan_command)

    findings = sub.add_parser("findings", help=translate("cli", "list the findings of one document"))
    findings.add_argument("document", metavar="DOC_ID_OR_PATH")
    store_arg(findings)
    findings.add_argument("--json", action="store_true", help=translate("cli", "print a JSON list"))
    findings.set_defaults(func=findings_command)


def scan_command(args) -> int:
    if args.engine == "ray" or args.ray_address or args.out:
        return ray_scan_command(args)
    from desktop.core.scan.documents import scan_paths

    existing = paths_or_complain(args.paths)
    bar, progress = progress_bar()
    try:
        with open_store(args) as store:
            report = scan_paths(store, existing, progress=progress, workers=args.workers or 2)
    finally:
        bar.close()
    return print_scan_report(report, missing=len(args.paths) - len(existing))


def paths_or_complain(paths: list[Path]) -> list[Path]:
    """The given paths that exist; each other one is printed as a failure (none at all: an error)."""
    existing = [p for p in paths if p.exists()]
    if paths and not existing:
        raise UserError(translate("cli", "{path}: no such file or folder").format(path=paths[0]))
    for p in paths:
        if not p.exists():
            print(translate("cli", "{path}: no such file or folder").format(path=p), file=sys.stderr)
    return existing


def progress_bar():
    """A page progress bar on stderr (only on a terminal) and the callback that moves it."""
    from tqdm import tqdm

    bar = tqdm(total=0, unit="page", file=sys.stderr, disable=None, leave=False)

    def progress(done: int, total: int, message: str) -> None:
        bar.total = total
        bar.set_postfix_str(message[-40:], refresh=False)
        bar.update(done - bar.n)

    return bar, progress


def print_scan_report(report, missing: int = 0) -> int:
    """Counts on stdout, then on stderr every file that failed, was damaged or was left to another
    scan; the exit code (1 when any file failed or is damaged: a damaged file can never leave)."""
    imports = report.imports
    failed = list(imports.failed) + list(getattr(report, "failed", []))
    damaged = list(getattr(imports, "damaged", []))
    print(translate("cli", "documents: {imported} imported, {duplicates} already stored, {failed} failed").format(
        imported=len(imports.imported), duplicates=len(imports.duplicates), failed=len(failed) + missing)
        + (translate("cli", ", {count} damaged").format(count=len(damaged)) if damaged else ""))
    print(translate("cli", "pages: {count}").format(count=report.pages))
    if imports.ocr_pages:
        confidences = imports.ocr_confidences
        mean = translate("cli", ", mean confidence {percent:.0f}%").format(
            percent=sum(confidences) / len(confidences)) if confidences else ""
        print(translate("cli", "read by OCR: {count} page(s)").format(count=imports.ocr_pages) + mean)
    for name, page, reason in imports.flagged:
        print(translate("cli", "check by eye: {name} page {page}: {reason}").format(
            name=printable(name), page=page, reason=printable(core_message(reason))))
    if report.findings:
        print(translate("cli", "new findings:"))
        for entity_type, count in sorted(report.findings.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {entity_type:<16} {count:>6}")
    for _path, reason in damaged:
        print(translate("cli", "warning: {reason}").format(reason=one_line(core_message(reason))), file=sys.stderr)
    for name, pid in getattr(report, "busy", []):
        print(translate("cli", "note: {name}: being scanned by another Clearance process (pid {pid}); left to it")
              .format(name=one_line(name), pid=pid), file=sys.stderr)
    if failed:
        print(translate("cli", "{count} file(s) failed:").format(count=len(failed)), file=sys.stderr)
        for path, reason in failed:
            reason = core_message(reason)
            # the reason names the file; the full path is added where the reason has only the name
            print(one_line(reason if reason.startswith(str(path)) else f"{path}: {reason.split(': ', 1)[-1]}"),
                  file=sys.stderr)
    return EXIT_SOME_FAILED if failed or missing or damaged else 0


def findings_command(args) -> int:
    with open_store(args, read_only=True) as store:
        doc = store.find_document(args.document) or store.find_document(str(Path(args.document).resolve()))
        if doc is None:
            raise UserError(translate("cli", "no document {name!r} in {store}").format(name=one_line(args.document), store=store.path))
        findings = store.findings(doc["id"])
    if args.json:
        print(json.dumps([{"id": f.id, "type": f.entity_type, "identifier": f.identifier, "text": f.text,
                           "page": f.page + 1,
                           "boxes": [list(b) for b in f.boxes], "score": f.score, "recognizer": f.recognizer,
                           "source": f.source, "status": f.status, "explanation": f.explanation}
                          for f in findings], ensure_ascii=False, indent=1))
        return 0
    from desktop.core.pdf.health import damage_note

    note = damage_note(doc)
    print(translate("cli", "{name} (document {id}, {pages} pages, {findings} findings)").format(
        name=printable(doc["name"]), id=doc["id"], pages=doc["pages"], findings=len(findings))
        + (f" {note}" if note else ""))
    for f in findings:
        box = ", ".join(f"[{b[0]:.0f} {b[1]:.0f} {b[2]:.0f} {b[3]:.0f}]" for b in f.boxes)
        print(f"{f.page + 1:>4}  {f.entity_type:<16} {f.text[:40]!r:<44} {f.score:.2f}  {f.recognizer:<24} {box}")
    return 0


# --- corpus scale: --engine ray and import-findings (the optional cluster extra) ---

@subcommand
def _register_cluster(sub) -> None:
    load = sub.add_parser("import-findings", help=translate("cli", "load Parquet shards written by `scan --engine ray --out DIR`"))
    load.add_argument("folder", type=Path, metavar="DIR")
    store_arg(load)
    load.add_argument("--pdfs", type=Path, nargs="+", default=[], metavar="FOLDER",
                      help=translate("cli", "where the scanned PDFs are on this machine, if not at the paths they were scanned from"))
    load.set_defaults(func=import_findings_command)


def cluster_failure(exc: Exception) -> UserError:
    """A Ray failure as the one-line error: every detection node lost is worth trying again later
    (what finished is kept), anything else is for the user to fix."""
    from desktop.core.cluster.dispatch import ClusterLost

    return UserError(str(exc), EXIT_BUSY if isinstance(exc, ClusterLost) else 2)


def cluster_notice(message: str) -> None:
    """A lost node the scan goes on without: said once on stderr, the scan's output stays as it is."""
    print(f"clearance: {one_line(core_message(message))}", file=sys.stderr, flush=True)


def ray_scan_command(args) -> int:
    from desktop.core.cluster import ClusterError, ClusterUnavailable
    from desktop.core.cluster.engine import RayOptions, require_ray
    from desktop.core.cluster.scan import DetectionMissing

    if args.engine != "ray":
        raise UserError(translate("cli", "--ray-address and --out need --engine ray"))
    if args.out and args.store:
        raise UserError(translate("cli", "--out writes shards instead of a store; give one of --out and --store"))
    try:
        require_ray()
        options = RayOptions(address=args.ray_address, workers=args.workers)
        existing = paths_or_complain(args.paths)
        if args.out:
            return _scan_to_shards(existing, args.out, options, missing=len(args.paths) - len(existing))
        return _scan_into_store(args, existing, options)
    except (ClusterUnavailable, ClusterError, DetectionMissing) as exc:
        raise cluster_failure(exc) from exc


def _scan_into_store(args, existing: list[Path], options) -> int:
    from desktop.core.cluster.scan import scan_paths_ray

    bar, progress = progress_bar()
    try:
        with open_store(args) as store:
            report = scan_paths_ray(store, existing, options, progress=progress, notice=cluster_notice)
    finally:
        bar.close()
    return print_scan_report(report, missing=len(args.paths) - len(existing))


def _scan_to_shards(paths: list[Path], folder: Path, options, missing: int) -> int:
    from desktop.core.cluster.shards import scan_to_shards

    bar, progress = progress_bar()
    try:
        report = scan_to_shards(paths, folder, options, progress=progress, notice=cluster_notice)
    finally:
        bar.close()
    print(translate("cli", "documents: {detected} detected, {already} already in {folder}, {failed} failed").format(
        detected=len(report.detected), already=len(report.already), folder=folder, failed=len(report.failed) + missing))
    print(translate("cli", "pages: {count}").format(count=report.pages))
    if report.results:
        print(translate("cli", "detection results (before names are propagated on import):"))
        for entity_type, count in sorted(report.results.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {entity_type:<16} {count:>6}")
    for path, reason in report.failed:
        print(f"{path}: {reason}", file=sys.stderr)
    return 1 if report.failed or missing else 0


def import_findings_command(args) -> int:
    from desktop.core.cluster import ClusterUnavailable
    from desktop.core.cluster.shards import ShardError, import_shards

    if not args.folder.is_dir():
        raise UserError(translate("cli", "{path}: no such folder").format(path=args.folder))
    bar, progress = progress_bar()
    try:
        with open_store(args) as store:
            report = import_shards(store, args.folder, args.pdfs, progress=progress)
    except (ClusterUnavailable, ShardError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        bar.close()
    return print_scan_report(report)
