"""The chain's head outside the store: a cut tail, a rolled-back copy, a store copied without its -wal is named."""

import json
import shutil
import sqlite3
from datetime import date

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import memory_signer, trusted

from desktop.cli import main
from desktop.core.consent.gate import withdraw
from desktop.core.consent.parties import ConsentRecord, Party
from desktop.core.export import checks
from desktop.core.export.batch import ExportError, build_batch
from desktop.core.store import Store, base
from desktop.core.trust.head import beside_path
from desktop.core.verification.integrity import verify_store

PARTY = Party(name="Acme Widgets GmbH", kind="company")


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", [*CORE_CHECKS, checks.CONSENT])


def _sql(path, *statements):
    conn = sqlite3.connect(path)  # as an attacker would: drop the guards, edit, leave
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


def _last_seq(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT MAX(seq) FROM audit").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def withdrawn(store, tmp_path):
    """A reviewed contract whose party withdrew its consent: two audit entries (withdraw, purge list)."""
    doc_id = add_contract(store, tmp_path)
    store.import_consents([(PARTY, ConsentRecord(party_id=None, purpose="ai-training", version="1",
                                                 status="granted", granted_on=date(2025, 1, 1)))])
    store.link_party(doc_id, store.find_party(PARTY.name).id, "contracting party")
    withdraw(store, PARTY.name, "ai-training", date.today())
    return store, doc_id


def _undo_withdrawal(path):
    _sql(path, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE seq >= (SELECT MAX(seq) - 1 FROM audit)",
         "UPDATE consents SET status = 'granted', withdrawn_on = NULL")


def test_a_withdrawal_cut_from_the_tail_is_named_and_blocks_export(withdrawn, capsys):
    store, doc_id = withdrawn
    path, last = store.path, _last_seq(store.path)
    store.close()
    _undo_withdrawal(path)
    assert main(["verify", str(path)]) == 1
    assert f"the chain ends at {last - 2}, the last head seen was {last}" in capsys.readouterr().err
    with Store(path, actor="tester") as again, pytest.raises(ExportError, match=f"the chain ends at {last - 2}"):
        build_batch(again, [doc_id])


def test_an_untrust_cut_from_the_tail_is_named(store):
    alice = memory_signer("alice")
    trusted(store, alice)
    store.revoke_signer(alice.fingerprint, reason="lost laptop")
    path, last = store.path, _last_seq(store.path)
    store.close()
    _sql(path, "DROP TRIGGER audit_no_delete", "DROP TRIGGER revoked_signers_no_delete",
         f"DELETE FROM audit WHERE seq = {last}", "DELETE FROM revoked_signers")
    assert any(f"the chain ends at {last - 1}, the last head seen was {last}" in p
               for p in verify_store(path).problems)


def test_yesterdays_backup_is_named_even_with_its_own_head_file(withdrawn, tmp_path):
    store, _ = withdrawn
    path = store.path
    backup = tmp_path / "backup"
    backup.mkdir()
    store.close()
    shutil.copy(path, backup / path.name)
    shutil.copy(beside_path(path), backup / beside_path(path).name)
    with Store(path, actor="tester") as s:
        s.set_setting("four_eyes", "1")
        last = s.audit_head()[0]
    shutil.copy(backup / path.name, path)  # the backup restored over the store, its head file beside it
    shutil.copy(backup / beside_path(path).name, beside_path(path))
    problems = verify_store(path).problems
    assert any(f"the chain ends at {last - 1}, the last head seen was {last}" in p and "data folder" in p
               for p in problems), problems


def test_a_copy_made_without_its_wal_is_named(withdrawn, tmp_path):
    store, _ = withdrawn
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the withdrawal is in the main file ...
    store.db.execute("PRAGMA wal_autocheckpoint=0")
    store.set_setting("four_eyes", "1")  # ... the last change only in the -wal
    last = store.audit_head()[0]
    copy = tmp_path / "copy" / store.path.name
    copy.parent.mkdir()
    shutil.copy(store.path, copy)  # the main file only: the last commits are still in the -wal
    problems = verify_store(copy).problems
    assert any(f"the last head seen was {last}" in p for p in problems), problems


def test_a_forged_head_file_is_named(withdrawn):
    store, _ = withdrawn
    path = store.path
    store.close()
    _undo_withdrawal(path)
    conn = sqlite3.connect(path)
    seq, digest = conn.execute("SELECT seq, entry_hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    head = beside_path(path)
    record = json.loads(head.read_text())
    head.write_text(json.dumps({**record, "seq": seq, "hash": digest, "pending": None}))
    problems = verify_store(path).problems
    assert any("the head beside the store" in p and "its MAC does not verify" in p for p in problems), problems


class Crash(BaseException):
    pass


@pytest.mark.parametrize("crash_at", ["before the commit", "after the commit"])
def test_a_crash_between_head_and_commit_is_benign(store, monkeypatch, crash_at):
    """The head files name the pending head before the commit: a store at the old or the new head verifies."""
    store.set_setting("four_eyes", "1")
    real = base.record_head

    def crashing(path, sid, head, pending=None, force=False):
        real(path, sid, head, pending, force)
        if (pending is not None) == (crash_at == "before the commit"):
            raise Crash

    monkeypatch.setattr(base, "record_head", crashing)
    before = store.audit_head()
    with pytest.raises(Crash):
        store.set_setting("four_eyes", "0")
    assert (store.audit_head() == before) == (crash_at == "before the commit")
    report = verify_store(store.path)
    assert report.ok, report.problems


def test_a_chain_emptied_with_sqlite_is_named(withdrawn):
    store, _ = withdrawn
    path, last = store.path, _last_seq(store.path)
    store.close()
    _sql(path, "DROP TRIGGER audit_no_delete", "DELETE FROM audit")
    assert any(f"the chain is empty, the last head seen was {last}" in p for p in verify_store(path).problems)



def test_a_restored_backup_is_kept_on_purpose_by_a_trusted_signer(withdrawn, tmp_path, monkeypatch, capsys):
    from signer_fixture import PASSPHRASE, stored_signer

    store, _ = withdrawn
    alice = stored_signer("alice")
    trusted(store, alice)
    stored_signer("mallory")
    path = store.path
    store.close()
    backup = tmp_path / "backup.sqlite"
    shutil.copy(path, backup)
    with Store(path, actor="tester") as s:
        s.set_setting("four_eyes", "1")
    shutil.copy(backup, path)  # yesterday's copy back in place
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    assert main(["verify", str(path)]) == 1
    assert main(["verify", str(path), "--accept-restore", "--signer", "mallory"]) == 2
    assert "not trusted" in capsys.readouterr().err
    assert main(["verify", str(path), "--accept-restore", "--signer", "alice"]) == 0
    out = capsys.readouterr().out
    assert "restore accepted by alice" in out and "accepted by alice" in out.split("restore accepted")[1]
    with Store(path, actor="tester") as s:
        entry = s.audit_entries()[-1]
    assert entry["kind"] == "restore-accepted" and entry["payload"]["signer"] == "alice"
    assert main(["verify", str(path), "--accept-restore", "--signer", "alice"]) == 2
    assert "nothing to accept" in capsys.readouterr().err
