"""A batch leaves whole or not at all: temporary folder, fsync, verify, rename, and only then the sign-off."""

import errno
import hashlib
import json
import os
import re

import pytest
from batch_fixture import CHECKS_WITH_CONSENT, add_contract
from signer_fixture import FIRST_KEY, memory_signer, pub_file, trusted

from desktop.cli import main
from desktop.core.export import checks, publish
from desktop.core.export.batch import ExportError, build_batch
from desktop.core.export.publish import sign_and_write
from desktop.core.trust.audit import canonical_json
from desktop.core.verification.integrity import verify_export_dir
from desktop.core.verification.trust import trust_from_files


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


@pytest.fixture
def alice(store):
    signer = memory_signer("alice")
    trusted(store, signer)
    return signer


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_written_folder_holds_every_file_and_verifies_against_the_key(store, tmp_path, alice):
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    listed = [f["name"] for f in json.loads(store.batch(batch)["manifest"])["files"]]
    assert names == sorted(listed + ["audit.jsonl", "manifest.json", "signoffs.json"])
    assert verify_export_dir(tmp_path / "out", trust_from_files([pub_file(alice, tmp_path)])).ok
    assert _leftovers(tmp_path) == []


STAGED_FILE = re.compile(r"/\.out\.[^/]*\.part/[^/]+$")


@pytest.mark.parametrize("failure", ["full-disk", "verification"])
def test_a_failed_write_leaves_no_signed_batch_and_no_folder(store, tmp_path, alice, monkeypatch, failure):
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    if failure == "full-disk":
        calls = []
        real = publish.os.fsync

        def fsync(fd):
            if STAGED_FILE.search(os.readlink(f"/proc/self/fd/{fd}")):  # a file of the staged folder
                calls.append(fd)
                if len(calls) == 2:  # part-way: the second file
                    raise OSError(errno.ENOSPC, "No space left on device")
            real(fd)

        monkeypatch.setattr(publish.os, "fsync", fsync)
    else:
        import desktop.core.verification.integrity as vs

        monkeypatch.setattr(vs, "verify_export_dir", lambda *a: vs.IntegrityReport(False, (), ("x: changed",)))
    with pytest.raises(ExportError, match="nothing was exported"):
        sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    assert store.signoffs(batch) == []
    assert not (tmp_path / "out").exists() and _leftovers(tmp_path) == []
    monkeypatch.undo()
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))
    sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")  # a retry signs once
    assert len(store.signoffs(batch)) == 1


def test_cli_export_to_a_failing_target_keeps_no_batch_at_all(store, tmp_path, monkeypatch):
    from signer_fixture import PASSPHRASE, stored_signer

    doc = add_contract(store, tmp_path)
    stored_signer("alice")
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(publish.os, "fsync", lambda *_: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    path = store.path
    store.close()
    assert main(["export", "--store", str(path), "--to", str(tmp_path / "out"), "--signer", "alice",
                 "--documents", str(doc)]) == 2  # could not run; nothing was kept
    from desktop.core.store import Store

    with Store(path) as s:
        assert s.batches() == [] and s.signoffs() == []
    assert not (tmp_path / "out").exists()


def test_a_non_empty_target_is_refused_before_anything_is_signed(store, tmp_path, alice):
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "original.pdf").write_bytes(b"%PDF unredacted")
    with pytest.raises(ExportError, match="not empty"):
        sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    assert store.signoffs(batch) == []
    (tmp_path / "out" / "original.pdf").unlink()
    sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")  # an empty folder is fine
    assert (tmp_path / "out" / "manifest.json").exists()


@pytest.fixture
def written(store, tmp_path, alice):
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    return tmp_path / "out", pub_file(alice, tmp_path)


def test_verify_dir_needs_the_signers_key_not_the_one_beside_the_signature(written, tmp_path, capsys):
    folder, key = written
    other = pub_file(memory_signer("bob"), tmp_path)
    assert main(["verify", str(folder), "--trust", str(key)]) == 0
    assert "trusted as alice" in capsys.readouterr().out
    assert main(["verify", str(folder), "--trust", str(other)]) == 1
    err = capsys.readouterr().err
    assert "not trusted" in err and json.loads((folder / "signoffs.json").read_text())[0]["public_key"] not in err
    assert main(["verify", str(folder)]) == 1
    assert "--trust" in capsys.readouterr().err


def test_an_original_swapped_in_with_a_recomputed_manifest_and_a_new_key_fails(written, tmp_path):
    folder, key = written
    manifest = json.loads((folder / "manifest.json").read_bytes())
    pdf = next(folder.glob("*.pdf"))
    pdf.write_bytes((tmp_path / "contract.pdf").read_bytes())  # the unredacted original
    for f in manifest["files"]:
        f["sha256"] = hashlib.sha256((folder / f["name"]).read_bytes()).hexdigest()
    new_manifest = canonical_json(manifest)
    (folder / "manifest.json").write_bytes(new_manifest)
    digest = hashlib.sha256(new_manifest).hexdigest()
    mallory = memory_signer("alice")  # a fresh key that calls itself alice
    lines = [json.loads(x) for x in (folder / "audit.jsonl").read_text().splitlines()]
    signoffs = []
    for e in lines:
        if e.get("kind") == "export":
            e["payload"]["manifest_sha256"] = digest
    record = {"batch": manifest["batch"], "signer": "alice", "fingerprint": mallory.fingerprint,
              "meaning": "reviewed", "at": "2026-01-01T00:00:00", "manifest_sha256": digest,
              "audit_head": {"seq": 0, "hash": "0" * 64}}
    payload = canonical_json(record)
    signoffs.append({"meaning": "reviewed", "signer": "alice", "at": record["at"], "payload": payload.decode(),
                     "signature": mallory.sign(payload), "public_key": mallory.public.public_key})
    (folder / "signoffs.json").write_text(json.dumps(signoffs))
    report = verify_export_dir(folder, trust_from_files([key]))
    assert not report.ok
    assert any("not trusted" in p for p in report.problems)


@pytest.mark.parametrize("where", ["sub/extra.pdf", "a/b/c/notes.txt", "stray.pdf"])
def test_an_unlisted_file_at_any_depth_fails(written, where):
    folder, key = written
    (folder / where).parent.mkdir(parents=True, exist_ok=True)
    (folder / where).write_bytes(b"%PDF the unredacted original")
    report = verify_export_dir(folder, trust_from_files([key]))
    assert not report.ok and any(where in p and "not listed" in p for p in report.problems)


@pytest.mark.parametrize("edit", ["duplicate", "delete"])
def test_a_duplicated_or_deleted_signoff_in_the_folder_fails(written, edit):
    folder, key = written
    signoffs = json.loads((folder / "signoffs.json").read_text())
    signoffs = signoffs * 2 if edit == "duplicate" else []
    (folder / "signoffs.json").write_text(json.dumps(signoffs))
    report = verify_export_dir(folder, trust_from_files([key]))
    assert not report.ok
    expected = "duplicates sign-off 1" if edit == "duplicate" else "missing (deleted)"
    assert any(expected in p for p in report.problems), report.problems


def test_four_eyes_folder_is_written_only_with_the_approval(store, tmp_path, alice):
    bob = memory_signer("bob")
    trusted(store, bob)
    store.set_setting("four_eyes", "1")
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    record = sign_and_write(store, batch, alice, "reviewed", tmp_path / "out")
    assert "four-eyes" in record["pending"] and not (tmp_path / "out").exists()
    sign_and_write(store, batch, bob, "approved", tmp_path / "out")
    trust = trust_from_files([pub_file(alice, tmp_path), pub_file(bob, tmp_path), pub_file(FIRST_KEY, tmp_path)])
    assert verify_export_dir(tmp_path / "out", trust).ok
    only_alice = trust_from_files([pub_file(alice, tmp_path), pub_file(FIRST_KEY, tmp_path)])
    assert not verify_export_dir(tmp_path / "out", only_alice).ok  # bob's approval must be trusted too


@pytest.mark.parametrize("name, content", [("signoffs.json", b'{"x": 1}'), ("audit.jsonl", b"5\n"),
                                           ("manifest.json", b'{"files": [1, 2]}'), ("signoffs.json", b"[7]")])
def test_a_mangled_record_file_is_a_failure_not_a_crash(written, name, content, capsys):
    folder, key = written
    (folder / name).write_bytes(content)
    assert main(["verify", str(folder), "--trust", str(key)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_a_cut_audit_trail_in_the_folder_fails(written):
    folder, key = written
    lines = (folder / "audit.jsonl").read_text().splitlines()
    (folder / "audit.jsonl").write_text("\n".join(lines[:2]) + "\n")  # everything after entry 2 cut
    problems = verify_export_dir(folder, trust_from_files([key])).problems
    assert any("chain ends at 2" in p for p in problems), problems
