"""A folder an export staged and never put in place (the process was killed before the store committed
its batch) is named when a user next starts export work: by the commands that open the store for it."""

import shutil
import sqlite3

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import PASSPHRASE, memory_signer, stored_signer, trusted

from desktop.cli import main
from desktop.core.export import checks, publish
from desktop.core.export.batch import build_batch
from desktop.core.export.orphans import known_parents, orphans
from tests.unit.test_commit_then_publish import FailingCommit


@pytest.fixture
def left_behind(store, tmp_path, monkeypatch):
    """An export to exports/out killed after it staged the folder and before the store's commit: nothing
    cleaned up after it (a killed process runs no clean-up), so the staged folder stays."""
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    alice = memory_signer("alice")
    trusted(store, alice)
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    with monkeypatch.context() as m:
        m.setattr(publish, "discard_staged", lambda record: None)
        m.setattr(store.db, "conn", FailingCommit(store.db.conn, "killed"))
        with pytest.raises(sqlite3.OperationalError):
            publish.sign_and_write(store, batch, alice, "reviewed", tmp_path / "exports" / "out")
    assert store.signoffs(batch) == []  # the store never committed it
    [staged] = [p for p in (tmp_path / "exports").iterdir()]
    assert staged.name.startswith(".out.") and staged.name.endswith(".part")
    return staged


def test_the_folder_exports_wrote_into_is_remembered_and_its_leftover_found(left_behind, tmp_path):
    assert known_parents() == [(tmp_path / "exports").resolve()]
    assert orphans() == [left_behind]
    assert orphans(besides=[tmp_path / "exports"]) == []


@pytest.mark.parametrize("command", [["verify", "{store}"], ["approval", "nosuchbatch", "--store", "{store}"],
                                     ["signoff", "nosuchbatch", "--meaning", "approved", "--signer", "bob",
                                      "--store", "{store}"]])
def test_commands_of_export_work_name_it(left_behind, store, capsys, command, monkeypatch):
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    main([c.format(store=store.path) for c in command])
    err = capsys.readouterr().err
    assert f"note: {left_behind} was staged by an export that never finished; its batch is not published" in err
    assert err.count(str(left_behind)) == 1


@pytest.mark.parametrize("folder", ["elsewhere", "exports"])
def test_the_next_export_names_it_once_wherever_it_writes(left_behind, store, tmp_path, capsys, monkeypatch, folder):
    stored_signer("bob")
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    doc = add_contract(store, tmp_path, "Marta Lindqvist", file_name="other.pdf")
    path = store.path
    store.close()
    main(["export", "--store", str(path), "--to", str(tmp_path / folder / "again"), "--signer", "bob",
          "--documents", str(doc)])
    err = capsys.readouterr().err
    assert f"{left_behind} was staged by an export that never finished" in err
    assert err.count(str(left_behind)) == 1


def test_nothing_is_named_once_the_folder_is_gone(left_behind, store, capsys):
    shutil.rmtree(left_behind)
    main(["verify", str(store.path)])
    assert "never finished" not in capsys.readouterr().err
