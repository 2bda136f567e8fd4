"""`clearance approval`: what the approver reads on the command line, and a refusal signed and recorded."""

import json

from batch_fixture import CHECKS_WITH_CONSENT, add_contract
from signer_fixture import PASSPHRASE, memory_signer, stored_signer, trusted

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.export.approval import refusals
from desktop.core.export.batch import build_batch
from desktop.core.export.signoff import sign_off
from desktop.core.store import Store


def test_show_refuse_and_the_mistakes(store, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    alice, bob = memory_signer("alice"), stored_signer("bob")
    trusted(store, alice, bob)
    store.set_setting("four_eyes", "1")
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    sign_off(store, batch, alice, "reviewed")
    path = str(store.path)
    store.close()
    assert main(["approval", batch, "--store", path]) == 0
    shown = capsys.readouterr().out
    assert "reviewed by alice, key" in shown and alice.fingerprint in shown and "waiting:" in shown
    assert "ok   contract.pdf" in shown and "ok   Consent" in shown and "ok   Batch file is the one signed off" in shown
    assert main(["approval", batch, "--store", path, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["manifest"]["batch"] == batch and view["signatures"][0]["signer"] == "alice"
    assert main(["approval", batch, "--store", path, "--refuse", "wrong documents"]) == 2
    assert "--signer" in capsys.readouterr().err
    assert main(["approval", batch, "--store", path, "--refuse", "  ", "--signer", "bob"]) == 2
    assert "needs a reason" in capsys.readouterr().err
    assert main(["approval", "no-such-batch", "--store", path]) == 2
    assert main(["approval", batch, "--store", path, "--refuse", "wrong documents", "--signer", "bob"]) == 0
    assert "refused by bob, recorded: wrong documents" in capsys.readouterr().out
    with Store(path) as s:
        assert [(r.signer, r.reason) for r in refusals(s, batch)] == [("bob", "wrong documents")]
    assert main(["approval", batch, "--store", path]) == 0
    assert "refused by bob" in capsys.readouterr().out
