"""`clearance consent ...` end to end: import, list, show, link, links, withdraw with purge list, bad CSV."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "consents-sample.csv"
EXPORTED = b"%PDF-1.7 redacted contract a"


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        for name in ("contract-a.pdf", "contract-b.pdf"):
            store.add_document(sha256=hashlib.sha256(name.encode()).hexdigest(), path=f"/in/{name}", name=name,
                               pages=1, size=1)
    return path


def run(capsys, store_path, *argv) -> tuple[int, str, str]:
    code = main(["consent", *argv, "--store", str(store_path)])
    out, err = capsys.readouterr()
    return code, out, err


def export_batch(store_path, doc_name: str) -> str:
    """An export batch holding the document, written as the export does; returns the file's sha256."""
    with Store(store_path) as store:
        doc = store.find_document(doc_name)
        manifest = b"{}"
        store.add_batch(batch_id="b1", created_at="2024-06-01T10:00:00+00:00", purpose="ai-training",
                        manifest=manifest, manifest_sha256=hashlib.sha256(manifest).hexdigest(),
                        files=[{"name": "doc-0001.pdf", "kind": "pdf", "document_id": doc["id"],
                                "sha256": hashlib.sha256(EXPORTED).hexdigest(), "size": len(EXPORTED),
                                "content": EXPORTED}])
    return hashlib.sha256(EXPORTED).hexdigest()


def test_import_list_show_link_withdraw(capsys, store_path):
    code, out, _ = run(capsys, store_path, "import", str(SAMPLE))
    assert code == 0 and out.startswith("6 consent(s) added")
    code, out, _ = run(capsys, store_path, "import", str(SAMPLE))
    assert code == 0 and "0 consent(s) added, 0 updated, 6 unchanged" in out

    code, out, _ = run(capsys, store_path, "list")
    assert code == 0 and len(out.splitlines()) == 6
    code, out, _ = run(capsys, store_path, "list", "--purpose", "research")
    assert [line.split("\t")[:4] for line in out.splitlines()] == [
        ["Acme Widgets GmbH", "company", "research", "granted"]]

    code, out, _ = run(capsys, store_path, "show", "ACME WIDGETS G.m.b.H.")
    assert code == 0 and out.startswith("Acme Widgets GmbH (company") and "register: HRB 123456 B" in out
    code, _, err = run(capsys, store_path, "show", "Nobody Ltd")
    assert code == 2 and "no party 'Nobody Ltd'" in err

    assert run(capsys, store_path, "link", "contract-a.pdf", "Acme Widgets")[0] == 0
    code, out, _ = run(capsys, store_path, "links", "contract-a.pdf", "--at", "2024-06-01")
    assert code == 0 and "Acme Widgets GmbH\tcontracting party\tconfirmed" in out and "eligible" in out
    assert run(capsys, store_path, "link", "contract-b.pdf", "Northwind", "--role", "signer")[0] == 0
    code, out, _ = run(capsys, store_path, "links", "contract-b.pdf", "--at", "2024-06-01")
    assert code == 3 and "blocked" in out and "Northwind Traders, Inc." in out

    sha = export_batch(store_path, "contract-a.pdf")
    code, out, _ = run(capsys, store_path, "withdraw", "Acme Widgets GmbH", "--purpose", "ai-training",
                       "--date", "2024-08-01")
    assert code == 0 and "1 exported file(s) to purge" in out
    assert out.splitlines()[1].split("\t")[:3] == ["b1", "doc-0001.pdf", sha]
    code, out, _ = run(capsys, store_path, "links", "contract-a.pdf", "--at", "2024-08-02")
    assert code == 3 and "withdrawn on 2024-08-01" in out


def test_a_malformed_csv_exits_non_zero_with_line_numbers_and_imports_nothing(capsys, store_path, tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([lines[0], lines[1], lines[2].replace("granted", "perhaps"), lines[3],
                              lines[4].replace("2023-03-01", "2023-02-30")]) + "\n", encoding="utf-8")
    code, out, err = run(capsys, store_path, "import", str(bad))
    assert code != 0
    assert [e.split(": ")[1] for e in err.splitlines() if e.startswith(str(bad))] == ["line 3", "line 5"]
    assert "nothing was imported" in err
    with Store(store_path) as store:
        assert store.parties() == [] and store.consents() == []


def test_a_party_proposed_with_the_wrong_kind_is_made_a_person_and_its_consent_then_counts(capsys, store_path):
    from desktop.core.consent.parties import Party

    assert run(capsys, store_path, "import", str(SAMPLE))[0] == 0
    with Store(store_path) as store:  # a scan took the person for a company
        wrong, _ = store.add_party(Party("Maria Schmidt", kind="company"), origin="scan")
    code, _, err = run(capsys, store_path, "link", "contract-a.pdf", "maria schmidt")
    assert code == 2 and "names 2 parties" in err and "(company, id" in err and "(person, id" in err
    code, out, _ = run(capsys, store_path, "link", "contract-a.pdf", "Maria Schmidt", "--kind", "company")
    assert code == 0 and out.startswith(f"Maria Schmidt (company, id {wrong}) linked")
    code, out, _ = run(capsys, store_path, "links", "contract-a.pdf", "--at", "2024-06-01")
    assert code == 3

    code, out, _ = run(capsys, store_path, "kind", str(wrong), "person")
    assert code == 0 and "moved to Maria Schmidt (person, id" in out
    code, out, _ = run(capsys, store_path, "links", "contract-a.pdf", "--at", "2024-06-01")
    assert code == 0 and "eligible" in out
    with Store(store_path) as store:
        (entry,) = [e for e in store.audit_entries() if e["kind"] == "party-kind"]
        assert entry["payload"]["before"] == "company" and entry["payload"]["after"] == "person"
    code, _, err = run(capsys, store_path, "kind", "Nobody Ltd", "person")
    assert code == 2 and "no party 'Nobody Ltd'" in err


def test_a_party_without_a_namesake_changes_kind_in_place(capsys, store_path):
    assert run(capsys, store_path, "import", str(SAMPLE))[0] == 0
    code, out, _ = run(capsys, store_path, "kind", "Globex Ltd", "person")
    assert code == 0 and "is now a person" in out
    with Store(store_path) as store:
        assert store.find_party("Globex Ltd").kind == "person"
