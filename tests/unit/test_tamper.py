"""One changed byte in an audit row, an exported file or the manifest is found by `clearance verify`."""

import sqlite3

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import memory_signer, pub_file, trusted

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.export.batch import build_batch
from desktop.core.export.publish import sign_and_write


@pytest.fixture
def signed(store, tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    doc = add_contract(store, tmp_path)
    batch = build_batch(store, [doc]).batch_id
    rita = memory_signer("rita")
    trusted(store, rita)
    folder = tmp_path / "out"
    sign_and_write(store, batch, rita, "reviewed", folder)
    store.close()
    return store.path, folder, batch, pub_file(rita, tmp_path)


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def test_untouched_store_and_folder_verify(signed, capsys):
    path, folder, _, key = signed
    assert main(["verify", str(path)]) == 0
    assert main(["verify", str(folder), "--trust", str(key)]) == 0


def test_changed_byte_in_an_audit_row_is_named(signed, capsys):
    path, _, _, _ = signed
    conn = sqlite3.connect(path)  # as an attacker would: drop the guard, edit, leave
    conn.execute("DROP TRIGGER audit_no_update")
    seq, payload = conn.execute("SELECT seq, payload FROM audit WHERE kind = 'decision' ORDER BY seq").fetchone()
    at = payload.index('"confirmed"') + 2
    conn.execute("UPDATE audit SET payload = ? WHERE seq = ?", [payload[:at] + "C" + payload[at + 1:], seq])
    conn.commit()
    conn.close()
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"audit entry {seq}" in err.splitlines()[0]


@pytest.mark.parametrize("target", ["pdf", "manifest.json", "text.jsonl", "signoffs.json"])
def test_changed_byte_in_the_export_folder_is_named(signed, capsys, target):
    _, folder, _, key = signed
    path = next(folder.glob("*.pdf")) if target == "pdf" else folder / target
    data = path.read_bytes()
    at = data.index(b'"reviewed') + 2 if target == "signoffs.json" else len(data) // 2
    path.write_bytes(_flip(data, at))
    assert main(["verify", str(folder), "--trust", str(key)]) == 1
    err = capsys.readouterr().err
    expected = {"pdf": path.name, "manifest.json": "manifest", "text.jsonl": "text.jsonl",
                "signoffs.json": "sign-off"}[target]
    assert expected in err


def test_changed_byte_in_a_stored_file_is_named(signed, capsys):
    path, _, batch, _ = signed
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER batch_files_no_update")
    name, content = conn.execute("SELECT name, content FROM batch_files WHERE kind = 'pdf'").fetchone()
    conn.execute("UPDATE batch_files SET content = ? WHERE name = ?", [_flip(content, len(content) // 2), name])
    conn.commit()
    conn.close()
    assert main(["verify", str(path)]) == 1
    assert f"file {name}: content changed" in capsys.readouterr().err
