"""A batch leaves: written to a temporary folder beside the target, fsynced, verified, renamed into place.

A sign-off that goes with a folder is committed only once the folder is in place, so any failure
(a read-only or full disk, a verification problem) leaves neither a signed batch nor a partial folder.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from desktop.core.export.prepare import ExportError
from desktop.core.store.areas import AuditStore, BatchesStore, BatchRecordsStore, SignOffStore
from desktop.core.trust.audit import AUDIT_FILE, MANIFEST_FILE, SIGNOFFS_FILE


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, fsync, then rename over the target."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every platform; the rename is still atomic
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def signoff_records(store: BatchesStore, batch_id: str) -> list[dict]:
    return [{"meaning": s["meaning"], "signer": s["signer"], "at": s["at"],
             "payload": bytes(s["payload"]).decode("utf-8"), "signature": s["signature"],
             "public_key": s["public_key"]} for s in store.signoffs(batch_id)]


def audit_trail(store: AuditStore, batch_id: str) -> bytes:
    """The audit chain as JSON lines: this batch's export and sign-offs in full, the rest as hash links
    only (their payloads name documents, parties and reviewers, which must not leave with the batch)."""
    lines = []
    for e in store.audit_entries():
        mine = e["kind"] in ("export", "signoff") and e["payload"].get("batch") == batch_id
        entry = e if mine else {k: e[k] for k in ("seq", "prev_hash", "entry_hash")}
        lines.append(json.dumps(entry, sort_keys=True, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def batch_payloads(store: BatchRecordsStore, batch_id: str) -> list[tuple[str, bytes]]:
    batch = store.batch(batch_id)
    if batch is None:
        raise ExportError(f"no batch {batch_id!r} in the store")
    payloads = [(f["name"], bytes(f["content"])) for f in store.batch_files(batch_id)]
    payloads.append((SIGNOFFS_FILE, json.dumps(signoff_records(store, batch_id), indent=2).encode("utf-8")))
    payloads.append((AUDIT_FILE, audit_trail(store, batch_id)))
    payloads.append((MANIFEST_FILE, bytes(batch["manifest"])))
    return payloads


def refuse_unusable_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target} is a file; choose a new or empty folder")
    if target.is_dir() and any(target.iterdir()):
        raise ExportError(f"{target} is not empty; choose a new or empty folder (nothing was written)")


def write_folder(store: BatchRecordsStore, batch_id: str, target: Path) -> list[Path]:
    """Write the batch's files to a temporary folder beside `target`, fsync each, verify the folder against
    the store's trusted keys, then rename it into place. Raises ExportError (nothing left behind) otherwise."""
    from desktop.core.export.signoff import batch_complete
    from desktop.core.verification.integrity import verify_export_dir
    from desktop.core.verification.trust import trust_from_rows

    target = Path(target)
    refuse_unusable_target(target)
    complete, missing = batch_complete(store, batch_id)
    if not complete:
        raise ExportError(f"batch {batch_id} may not leave yet: {missing}")
    payloads = batch_payloads(store, batch_id)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as exc:
        raise ExportError(f"{target.parent}: cannot write there ({exc.strerror})") from exc
    try:
        for name, content in payloads:
            with open(tmp / name, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
        _fsync_dir(tmp)
        report = verify_export_dir(tmp, trust_from_rows(store.trusted_signers(), store.revoked_signers()))
        if not report.ok:
            raise ExportError(f"the written batch does not verify, nothing was exported: {report.problems[0]}")
        if target.is_dir():
            target.rmdir()  # empty (checked above): the rename puts the whole folder there at once
        os.rename(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"{target}: the batch could not be written ({exc.strerror or exc}); "
                          f"nothing was exported") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return [target / name for name, _ in payloads]


def sign_and_write(store: SignOffStore, batch_id: str, signer, meaning: str, folder: Path | None = None,
                   store_checked: bool = False) -> dict:
    """Sign the batch and, given a folder and a batch that may leave, write it; the sign-off is kept only if
    the folder was written. Returns the sign-off record, with `pending` saying what a folder still waits for.

    `store_checked`: the caller (build_batch, in the same transaction) has just verified the store."""
    from desktop.core.export.signoff import batch_complete, sign_off
    from desktop.core.verification.integrity import store_problems

    problems = [] if store_checked else store_problems(store)
    if problems:
        raise ExportError(f"the store does not verify, nothing was signed: {problems[0]}")
    if folder is not None:
        refuse_unusable_target(Path(folder))
    written: Path | None = None
    try:
        with store.atomic():
            record = sign_off(store, batch_id, signer, meaning)
            if folder is not None:
                complete, missing = batch_complete(store, batch_id)
                if complete:
                    write_folder(store, batch_id, folder)
                    written = Path(folder)
                else:
                    record["pending"] = missing
    except BaseException:
        if written is not None:  # the commit failed after the rename: the folder must not outlive it
            shutil.rmtree(written, ignore_errors=True)
        raise
    return record
