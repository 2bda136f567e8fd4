"""`clearance batch FOLDER`: scan, decide every finding by a policy, redact, verify, build an unsigned batch."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import open_store, store_arg, subcommand
from desktop.cli_errors import EXIT_SOME_FAILED, UserError, one_line, refused_line
from desktop.core.runtime.language import translate


@subcommand
def register(sub) -> None:
    from desktop.core.assurance.policies import POLICIES

    p = sub.add_parser("batch", help=translate("cli", "an automatic batch: scan a folder, decide every finding by a policy, redact, "
                                                      "verify and build an unsigned batch to sample (clearance qa)"))
    p.add_argument("folder", type=Path, metavar="FOLDER")
    store_arg(p)
    p.add_argument("--policy", default="default", choices=sorted(POLICIES),
                   help=translate("cli", "thresholds and QA target: {policies}").format(
                       # argparse fills help texts with %: the policies' own "1%" must stay a percent sign
                       policies="; ".join(f"{n}: {POLICIES[n].description}" for n in POLICIES).replace("%", "%%")))
    p.add_argument("--purpose", default="ai-training")
    p.add_argument("--workers", type=int, default=None, help=translate("cli", "detection processes (default 2), or Ray actors"))
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help=translate("cli", "where detection runs, as for `clearance scan`"))
    p.add_argument("--ray-address", metavar="ADDR", default=None, help=translate("cli", "join this Ray cluster (with --engine ray)"))
    p.set_defaults(func=run)


def run(args) -> int:
    from desktop.cli_scan import print_scan_report, progress_bar
    from desktop.core.assurance.autobatch import run_batch
    from desktop.core.assurance.policies import policy
    from desktop.core.export.batch import ExportError
    from desktop.core.qa.estimate import pages_needed

    if not args.folder.is_dir():
        raise UserError(translate("cli", "{path}: no such folder").format(path=args.folder))
    rules = policy(args.policy)
    with open_store(args) as store:
        report = _scan(args, store)
        scanned = print_scan_report(report)
        doc_ids = sorted(set(report.imports.imported + report.imports.duplicates)
                         - {d["id"] for d in store.documents() if d["status"] != "scanned"})
        if not doc_ids:
            raise UserError(translate("cli", "{path}: no document could be scanned; nothing to decide").format(path=args.folder),
                            EXIT_SOME_FAILED)
        bar, progress = progress_bar()
        try:
            done = run_batch(store, doc_ids, rules, args.purpose, progress)
        except ExportError as exc:
            raise UserError(str(exc)) from exc
        finally:
            bar.close()
        if done.existing:
            batch_id = done.existing
            print(translate("cli", "batch {batch}: built by an earlier run for these {count} document(s) under "
                                   "policy {policy}").format(batch=batch_id, count=len(doc_ids), policy=rules.name))
            refused = 0
        else:
            print(translate("cli", "decided: {redacted} finding(s) redacted, {kept} kept, in {count} document(s) "
                                   "(policy {policy})").format(redacted=done.redacted, kept=done.kept,
                                                               count=done.decided, policy=rules.name))
            for refusal in done.batch.refused:
                print(one_line(refused_line(refusal)), file=sys.stderr)
            refused = len(done.batch.refused)
            if done.batch.batch_id is None:
                print("clearance: " + translate("cli", "no document passed the export checks; no batch was built"),
                      file=sys.stderr)
                return EXIT_SOME_FAILED
            batch_id = done.batch.batch_id
            print(translate("cli", "batch {batch}: {count} document(s), unsigned").format(
                batch=batch_id, count=len(doc_ids) - refused))
    need = pages_needed(rules.target, rules.confidence)
    print(translate("cli", "next: clearance qa draw {store} --pages {need}   ({need} clean pages show a miss rate of at "
                           "most {target:.1%} at {confidence:.0%})").format(
        store=args.store or "STORE", need=need, target=rules.target, confidence=rules.confidence))
    return EXIT_SOME_FAILED if refused or scanned else 0


def _scan(args, store):
    """The folder scanned exactly as `clearance scan` scans it (local pool, or Ray)."""
    from desktop.cli_scan import cluster_failure, cluster_notice, progress_bar

    bar, progress = progress_bar()
    try:
        if args.engine == "ray" or args.ray_address:
            from desktop.core.cluster import ClusterError, ClusterUnavailable
            from desktop.core.cluster.engine import RayOptions, require_ray
            from desktop.core.cluster.scan import DetectionMissing, scan_paths_ray

            if args.engine != "ray":
                raise UserError(translate("cli", "--ray-address needs --engine ray"))
            try:
                require_ray()
                return scan_paths_ray(store, [args.folder], RayOptions(address=args.ray_address, workers=args.workers),
                                      progress=progress, notice=cluster_notice)
            except (ClusterUnavailable, ClusterError, DetectionMissing) as exc:
                raise cluster_failure(exc) from exc
        from desktop.core.scan.documents import scan_paths

        return scan_paths(store, [args.folder], progress=progress, workers=args.workers or 2)
    finally:
        bar.close()
