"""The workspace between window and store: one rule for the documents an export takes, shared by the
command line and the window, and a stored original opened only if it is still the file imported."""

from __future__ import annotations

import threading

import pytest
from batch_fixture import add_contract
from signer_fixture import PASSPHRASE

from desktop.cli import main
from desktop.core import workspace as ws
from desktop.core.export import batch as batch_module
from desktop.core.export.batch import BatchResult
from desktop.core.pdf import PdfError
from desktop.core.workspace import Workspace, export_documents


def _three(store, tmp_path) -> list[int]:
    return [add_contract(store, tmp_path, file_name=f"c{i}.pdf", name=f"Jolene Marchett{c}")
            for i, c in enumerate("iay")]


def test_cli_and_window_take_the_same_documents(store, tmp_path, monkeypatch, capsys):
    first, second, third = _three(store, tmp_path)
    monkeypatch.setattr(ws, "exported_documents", lambda _store: {second})  # signed off and complete
    assert [d["id"] for d in export_documents(store)] == [first, third]
    assert Workspace(store).export_documents() == [first, third]  # what the window's export flow opens over
    assert [d["id"] for d in export_documents(store, [str(third), "c0.pdf"])] == [third, first]
    with pytest.raises(batch_module.ExportError, match="no document 'nope'"):
        export_documents(store, ["nope"])

    taken: list[list[int]] = []

    def build(_store, doc_ids, *args, **kwargs):
        taken.append(list(doc_ids))
        return BatchResult(None, (), (), "")

    monkeypatch.setattr(batch_module, "build_batch", build)
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    assert main(["signer", "create", "alice"]) == 0
    path = str(store.path)
    main(["export", "--store", path, "--signer", "alice"])
    assert taken == [[first, third]]  # `clearance export` without --documents: the window's rule
    monkeypatch.setattr(ws, "exported_documents", lambda _store: {first, second, third})
    assert main(["export", "--store", path, "--signer", "alice"]) != 0
    assert "every document is exported already" in capsys.readouterr().err
    assert Workspace(store).export_documents() == []


def test_open_stored_refuses_a_replaced_original(store, tmp_path):
    doc_id = add_contract(store, tmp_path, file_name="contract.pdf")
    source = Workspace(store).open_stored(doc_id)
    assert "Jolene" in source.page_text(0).text
    source.close()
    other = tmp_path / "other"
    other.mkdir()
    add_contract(store, other, name="Someone Else", file_name="contract.pdf")  # different bytes
    (tmp_path / "contract.pdf").write_bytes((other / "contract.pdf").read_bytes())
    with pytest.raises(PdfError) as refused:
        Workspace(store).open_stored(doc_id)
    assert refused.value.reason == "contract.pdf: the file changed since it was imported; import it again"
    assert "\n" not in str(refused.value)


def test_other_threads_get_their_own_connection(store):
    workspace = Workspace(store)
    with workspace.connection() as here:
        assert here is store
    seen = []
    thread = threading.Thread(target=lambda: seen.append(workspace.job("t", lambda s, _job: s is not store).run().result))
    thread.start()
    thread.join()
    assert seen == [True]


def test_four_eyes_is_an_audited_setting(store):
    workspace = Workspace(store)
    assert not workspace.four_eyes
    workspace.set_four_eyes(True)
    workspace.set_four_eyes(True)  # unchanged: nothing more written
    assert workspace.four_eyes and store.setting("four_eyes") == "1"
    assert [e["kind"] for e in store.audit_entries()].count("setting") == 1
