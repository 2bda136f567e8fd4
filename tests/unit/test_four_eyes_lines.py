"""Four eyes are two keys on two branches of trust: a key a signer added (directly or through keys it added)
never approves that signer's batch, two keys added below one key are one branch, the store's first key signs
neither side; `verify DIR` checks the same from the lines the sign-offs carry."""

import json

import pytest
from batch_fixture import CORE_CHECKS, add_contract
from signer_fixture import PASSPHRASE, in_another_account, memory_signer

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.store import Store
from desktop.core.trust.lines import four_eyes_refusal, line_of, line_problem
from desktop.core.trust.vouch import vouch


@pytest.fixture
def team(store, tmp_path, monkeypatch):
    """owner (the store's first key) adds alice and carol; alice adds mallory, her second identity; carol adds
    bob. Four eyes is on and alice has reviewed a batch (nothing written yet)."""
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    doc = add_contract(store, tmp_path)
    path = str(store.path)
    store.close()
    for name, by in (("owner", None), ("alice", "owner"), ("carol", "owner"), ("mallory", "alice"), ("bob", "carol")):
        assert main(["signer", "create", name]) == 0
        assert main(["signer", "export", name, "-o", str(tmp_path / f"{name}.pub")]) == 0
        assert main(["signer", "trust", str(tmp_path / f"{name}.pub"), "--store", path,
                     *(["--by", by] if by else [])]) == 0
    assert main(["settings", "set", "four-eyes", "on", "--store", path]) == 0
    assert main(["export", "--store", path, "--to", str(tmp_path / "out"), "--signer", "alice",
                 "--documents", str(doc)]) == 0
    with Store(path) as s:
        (batch,) = [b["id"] for b in s.batches()]
    in_another_account(monkeypatch, tmp_path, "mallory", "bob", "owner")  # none of them shares alice's key folder
    return {"store": path, "batch": batch, "out": tmp_path / "out", "keys": tmp_path}


def _approve(team, name: str) -> int:
    return main(["signoff", team["batch"], "--meaning", "approved", "--signer", name, "--to", str(team["out"]),
                 "--store", team["store"]])


def test_a_key_the_reviewer_added_cannot_approve_her_batch(team, capsys):
    assert _approve(team, "mallory") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "four-eyes rule: mallory (" in err and "was added by alice (" in err
    assert not team["out"].exists()
    with Store(team["store"]) as s:
        assert [x["meaning"] for x in s.signoffs(team["batch"])] == ["reviewed"]  # nothing recorded


def test_the_first_key_signs_neither_side(team, capsys):
    assert _approve(team, "owner") == 2
    err = capsys.readouterr().err
    assert "four-eyes rule: owner (" in err and "signs neither side of four eyes" in err


def test_a_key_added_by_a_third_signer_approves_and_verify_dir_names_the_lines(team, capsys):
    assert _approve(team, "bob") == 0
    assert "written to" in capsys.readouterr().out
    keys = [str(team["keys"] / f"{n}.pub") for n in ("alice", "bob", "owner")]
    assert main(["verify", str(team["out"]), "--trust", *keys]) == 0
    out = capsys.readouterr().out
    assert "four eyes: reviewed by alice and approved by bob, two trusted keys on two branches of trust below " \
           "the first key owner (" in out


def test_verify_dir_names_a_pair_on_one_line(team, capsys, monkeypatch):
    """A folder approved by mallory (the store's rule bypassed, as an older Clearance would not check it):
    the export's own check of the folder refuses it, and so does `verify DIR` of a folder written anyway."""
    from desktop.core.export import signoff
    from desktop.core.verification import integrity

    with monkeypatch.context() as m:
        m.setattr(signoff, "_two_lines", lambda *args: None)
        m.setattr(signoff, "four_eyes_refusal", lambda *args: None)
        assert _approve(team, "mallory") == 2
        assert "does not verify" in capsys.readouterr().err and not team["out"].exists()
        m.setattr(integrity, "verify_export_dir", lambda *args, **kwargs: integrity.IntegrityReport(True, (), ()))
        assert _approve(team, "mallory") == 0
    capsys.readouterr()
    keys = [str(team["keys"] / f"{n}.pub") for n in ("alice", "mallory", "owner")]
    assert main(["verify", str(team["out"]), "--trust", *keys]) == 1
    said = capsys.readouterr()
    assert "four-eyes: the two keys may be one person's: mallory (" in said.out + said.err
    assert "was added by alice (" in said.out + said.err
    # and a forged line (mallory's vouch said to be the owner's) does not verify
    signoffs = json.loads((team["out"] / "signoffs.json").read_text())
    payload = json.loads(signoffs[1]["payload"])
    assert payload["trust_line"][1]["name"] == "alice"
    assert line_problem(payload["trust_line"][:1] + payload["trust_line"][2:], payload["fingerprint"])


def test_two_keys_added_below_one_key_are_one_branch():
    owner, alice, m1, m2, m3, carol = (memory_signer(n) for n in ("owner", "alice", "m1", "m2", "m3", "carol"))
    everyone = (owner, alice, m1, m2, m3, carol)
    rows = {s.fingerprint: {"name": s.name, "fingerprint": s.fingerprint, "public_key": s.public.public_key}
            for s in everyone}

    def added(by, key):
        return vouch(by, by.name, key.name, key.public.public_key, key.fingerprint)

    vouches = {alice.fingerprint: added(owner, alice), carol.fingerprint: added(owner, carol),
               m1.fingerprint: added(alice, m1), m2.fingerprint: added(m1, m2), m3.fingerprint: added(alice, m3)}
    line = {s.name: line_of(s.fingerprint, rows, vouches) for s in everyone}
    assert [x["name"] for x in line["m2"]] == ["m2", "m1", "alice", "owner"]
    assert all(line_problem(x, x[0]["fingerprint"]) is None for x in line.values())
    assert "was added by alice" in four_eyes_refusal(line["alice"], line["m1"])
    assert "through a key added by alice" in four_eyes_refusal(line["m2"], line["alice"])
    assert "both added below alice" in four_eyes_refusal(line["m1"], line["m3"])
    assert "both added below alice" in four_eyes_refusal(line["m2"], line["m3"])
    assert "signs neither side" in four_eyes_refusal(line["owner"], line["carol"])
    assert four_eyes_refusal(line["m2"], line["carol"]) is None  # alice's branch and carol's
    assert four_eyes_refusal(line["alice"], line["carol"]) is None
