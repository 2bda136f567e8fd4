"""A batch leaves: commit, then publish. Written to a temporary folder beside the target, fsynced and
verified inside the transaction that stores the batch and its sign-off; renamed into place only after
that commit. A failure before the commit (a read-only or full disk, a verification problem) leaves
neither a signed batch nor a folder; a crash between the commit and the rename leaves a staged folder
(`.NAME.*.part`) that the next start names (orphans.py), and a signed batch the store keeps.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from desktop.core.export.orphans import remember_parent
from desktop.core.export.prepare import ExportError
from desktop.core.runtime.newfile import written_beside
from desktop.core.store.areas import AuditStore, BatchesStore, BatchRecordsStore, SignOffStore
from desktop.core.trust.audit import AUDIT_FILE, MANIFEST_FILE, SIGNOFFS_FILE

STAGED_SUFFIX = ".part"


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, fsync, then rename over the target."""
    path = Path(path)
    tmp = written_beside(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
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
    """Write a committed batch to `target`: staged beside it, verified, then renamed into place."""
    staged = stage_folder(store, batch_id, target)
    move_into_place(staged, target)
    return [Path(target) / name for name, _ in batch_payloads(store, batch_id)]


def stage_folder(store: BatchRecordsStore, batch_id: str, target: Path) -> Path:
    """Write the batch's files to a temporary folder beside `target`, fsync each and verify the folder against
    the store's trusted keys. The folder takes its place only once the store committed the batch and its
    sign-off (move_into_place); raises ExportError, leaving nothing behind, otherwise."""
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
        if store.keeps_user_data:
            remember_parent(target.parent)  # before staging: a crash from here on leaves a folder the next start names
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=STAGED_SUFFIX, dir=target.parent))
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
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"{target}: the batch could not be written ({exc.strerror or exc}); "
                          f"nothing was exported") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return tmp


def move_into_place(staged: Path, target: Path) -> None:
    """The last step of an export, after the store's commit: the verified folder is renamed into place."""
    target = Path(target)
    try:
        if target.is_dir():
            target.rmdir()  # empty (checked when staged): the rename puts the whole folder there at once
        os.rename(staged, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        shutil.rmtree(staged, ignore_errors=True)
        raise ExportError(f"{target}: the batch is signed and kept in the store, but its folder could not be "
                          f"put in place ({exc.strerror or exc})") from exc


def discard_staged(record: dict) -> None:
    """A staged folder whose commit failed: it never takes its place."""
    staged = record.pop("staged", None)
    if staged:
        shutil.rmtree(staged[0], ignore_errors=True)


def publish_staged(record: dict) -> None:
    """After the commit: put the folder sign_and_write staged in place."""
    staged = record.pop("staged", None)
    if staged:
        move_into_place(*staged)


def orphan_folders(parent: Path) -> list[Path]:
    """Folders an interrupted export staged and never put in place (their batch was not committed, or the
    process died between the commit and the rename)."""
    try:
        return sorted(p for p in Path(parent).glob(f".*{STAGED_SUFFIX}") if p.is_dir())
    except OSError:
        return []


def sign_and_write(store: SignOffStore, batch_id: str, signer, meaning: str, folder: Path | None = None,
                   store_checked: bool = False, publish: bool = True) -> dict:
    """Sign the batch and, given a folder and a batch that may leave, write it: commit, then publish. The
    folder is staged and verified inside the transaction that stores the sign-off and renamed into place
    only after the commit, so a failed commit leaves no folder. Returns the sign-off record, with `pending`
    saying what a folder still waits for.

    `publish` False (inside a caller's transaction, build_batch's `then`): the record carries the staged
    folder; the caller calls publish_staged after its commit, or discard_staged when it fails.
    `store_checked`: the caller (build_batch, in the same transaction) has just verified the store."""
    from desktop.core.export.signoff import batch_complete, sign_off
    from desktop.core.verification.integrity import store_problems

    problems = [] if store_checked else store_problems(store)
    if problems:
        raise ExportError(f"the store does not verify, nothing was signed: {problems[0]}")
    if folder is not None:
        refuse_unusable_target(Path(folder))
    record: dict = {}
    try:
        with store.atomic():
            record = sign_off(store, batch_id, signer, meaning)
            if folder is not None:
                complete, missing = batch_complete(store, batch_id)
                if complete:
                    record["staged"] = (stage_folder(store, batch_id, folder), Path(folder))
                else:
                    record["pending"] = missing
    except BaseException:
        discard_staged(record)
        raise
    if publish:
        publish_staged(record)
    return record
