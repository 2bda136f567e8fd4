"""Four eyes from the command line: switched on (audited), a reviewed export waits, a second key approves and writes."""

from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import PASSPHRASE, in_another_account

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.store import Store


def test_settings_export_signoff_verify(store, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    doc = add_contract(store, tmp_path)
    path = str(store.path)
    store.close()
    for name in ("owner", "alice", "bob"):
        assert main(["signer", "create", name]) == 0
        assert main(["signer", "export", name, "-o", str(tmp_path / f"{name}.pub")]) == 0
        by = ["--by", "owner"] if name != "owner" else []  # the first key alone; every further one takes two
        assert main(["signer", "trust", str(tmp_path / f"{name}.pub"), "--store", path, *by]) == 0
    assert main(["settings", "set", "four-eyes", "on", "--store", path]) == 0
    assert main(["settings", "set", "four-eyes", "maybe", "--store", path]) == 2
    out = tmp_path / "out"
    assert main(["export", "--store", path, "--to", str(out), "--signer", "alice", "--documents", str(doc)]) == 0
    printed = capsys.readouterr().out
    assert "signed off as reviewed by alice" in printed and "not written" in printed and not out.exists()
    with Store(path) as s:
        (batch,) = [b["id"] for b in s.batches()]
        assert [e["kind"] for e in s.audit_entries()].count("setting") == 1
    assert main(["signoff", batch, "--meaning", "approved", "--signer", "alice", "--to", str(out),
                 "--store", path]) == 2  # the same key again
    assert "already signed" in capsys.readouterr().err and not out.exists()
    assert main(["signoff", batch, "--meaning", "approved", "--signer", "bob", "--to", str(out),
                 "--store", path]) == 2  # one account holds both keys: one person, not four eyes
    assert "holds both alice's key" in capsys.readouterr().err and not out.exists()
    in_another_account(monkeypatch, tmp_path, "bob")
    assert main(["signoff", batch, "--meaning", "approved", "--signer", "bob", "--to", str(out),
                 "--store", path]) == 0
    assert "written to" in capsys.readouterr().out
    both = [str(tmp_path / "alice.pub"), str(tmp_path / "bob.pub")]
    assert main(["verify", str(out), "--trust", *both]) == 1  # their lines go back to a key not given
    said = capsys.readouterr()
    assert "first key both lines of trust go back to, owner (" in said.out + said.err
    assert main(["verify", str(out), "--trust", *both, "--trust", str(tmp_path / "owner.pub")]) == 0
    assert "four eyes: reviewed by alice and approved by bob, two trusted keys on two branches" in capsys.readouterr().out
    assert main(["verify", path]) == 0
