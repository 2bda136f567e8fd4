"""Commit, then publish: the folder takes its place only after the store committed the batch and its sign-off;
consent is checked again inside that transaction; a folder the store never committed is named."""

import sqlite3
from datetime import date

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import PASSPHRASE, memory_signer, stored_signer, trusted

from desktop.cli import main
from desktop.core.consent.gate import withdraw
from desktop.core.consent.parties import ConsentRecord, Party
from desktop.core.export import checks
from desktop.core.export.batch import ExportError, build_batch
from desktop.core.export.publish import discard_staged, publish_staged, sign_and_write
from desktop.core.store import Store, base

PARTY = Party(name="Acme Widgets GmbH", kind="company")


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))


class FailingCommit:
    """The store's connection on a disk that fills up at the commit (or of a process that dies there)."""

    def __init__(self, conn, reason: str = "database or disk is full"):
        self._conn, self._reason = conn, reason

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __enter__(self):
        return self._conn.__enter__()

    def __exit__(self, *exc):
        return self._conn.__exit__(*exc)

    def commit(self):
        raise sqlite3.OperationalError(self._reason)


def _entries(tmp_path):
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".out", "out")))


def test_a_failed_commit_leaves_no_folder(store, tmp_path, monkeypatch):
    alice = memory_signer("alice")
    trusted(store, alice)
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    monkeypatch.setattr(store.db, "conn", FailingCommit(store.db.conn))
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    monkeypatch.undo()
    assert _entries(tmp_path) == []  # neither the folder nor its staged copy
    assert store.signoffs(batch) == []


def test_a_failed_commit_of_the_cli_export_leaves_no_folder(store, tmp_path, monkeypatch):
    doc = add_contract(store, tmp_path)
    stored_signer("alice")
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    path = store.path
    store.close()
    real = base.StoreBase._record_head

    def full_at_the_signoffs_commit(self, head, pending=None):
        if pending is not None and self.db.execute("SELECT COUNT(*) FROM signoffs").fetchone()[0]:
            raise base.StoreError(f"{self.path}: cannot record the audit chain's head (No space left on device); "
                                  "nothing was changed")
        real(self, head, pending)

    monkeypatch.setattr(base.StoreBase, "_record_head", full_at_the_signoffs_commit)
    assert main(["export", "--store", str(path), "--to", str(tmp_path / "out"), "--signer", "alice",
                 "--documents", str(doc)]) != 0
    monkeypatch.undo()
    assert _entries(tmp_path) == []
    with Store(path) as s:
        assert s.batches() == [] and s.signoffs() == []


def test_the_folder_appears_only_after_the_commit(store, tmp_path):
    """Inside the caller's transaction the folder is staged, never in place; it is published after the commit."""
    alice = memory_signer("alice")
    trusted(store, alice)
    doc = add_contract(store, tmp_path)
    record: dict = {}
    seen_during: list = []

    def then(batch_id):
        record.update(sign_and_write(store, batch_id, alice, "reviewed", tmp_path / "out", store_checked=True,
                                     publish=False))
        seen_during.append((tmp_path / "out").exists())

    try:
        build_batch(store, [doc], then=then)
        publish_staged(record)
    except BaseException:
        discard_staged(record)
        raise
    assert seen_during == [False]
    assert (tmp_path / "out" / "manifest.json").exists() and _entries(tmp_path) == ["out"]


def test_a_folder_whose_batch_the_store_never_committed_is_named(store, tmp_path, capsys):
    alice = memory_signer("alice")
    trusted(store, alice)
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    with Store(tmp_path / "other" / "clearance.sqlite", actor="tester") as other:  # a store without that batch
        other.set_setting("four_eyes", "0")
    from signer_fixture import pub_file

    key = pub_file(alice, tmp_path)
    assert main(["verify", str(tmp_path / "out"), "--trust", str(key), "--store", str(store.path)]) == 0
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "out"), "--trust", str(key), "--store",
                 str(tmp_path / "other" / "clearance.sqlite")]) == 1
    assert f"does not know batch {batch}" in capsys.readouterr().err


def test_a_staged_folder_left_by_a_crash_is_named_at_the_next_export(store, tmp_path, monkeypatch, capsys):
    doc = add_contract(store, tmp_path)
    stored_signer("alice")
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    orphan = tmp_path / ".out.x1y2.part"
    orphan.mkdir()  # what a process killed between the commit and the rename leaves
    path = store.path
    store.close()
    main(["export", "--store", str(path), "--to", str(tmp_path / "out"), "--signer", "alice", "--documents", str(doc)])
    assert f"{orphan} was staged by an export that never finished" in capsys.readouterr().err


def test_a_withdrawal_committed_while_the_batch_was_prepared_stops_the_export(store, tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", [*CORE_CHECKS, checks.CONSENT])
    doc = add_contract(store, tmp_path)
    store.import_consents([(PARTY, ConsentRecord(party_id=None, purpose="ai-training", version="1",
                                                 status="granted", granted_on=date(2025, 1, 1)))])
    store.link_party(doc, store.find_party(PARTY.name).id, "contracting party")

    def withdraw_once_prepared(done, total, _name):
        if done == total:  # every document checked and prepared; the batch is not stored yet
            with Store(store.path, actor="officer") as elsewhere:
                withdraw(elsewhere, PARTY.name, "ai-training", date.today())

    with pytest.raises(ExportError, match="its consent changed while the batch was prepared"):
        build_batch(store, [doc], progress=withdraw_once_prepared)
    assert store.batches() == []
    refused = build_batch(store, [doc])  # the next export refuses it by the consent check
    assert refused.batch_id is None and "withdrawn" in " ".join(refused.refused[0].reasons)
