"""Sign-off: Ed25519 key on first use with owner-only permissions, signatures, the four-eyes rule."""

import json
import stat

import pytest
from batch_fixture import CORE_CHECKS, add_contract

from desktop.core.audit import signature_valid
from desktop.core.export import checks, signoff
from desktop.core.export.batch import build_batch
from desktop.core.export.signoff import SignoffError, key_path, sign_off, signing_key


@pytest.fixture
def batch(store, tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    doc = add_contract(store, tmp_path)  # decided by the store's actor, "tester"
    return build_batch(store, [doc]).batch_id


def test_key_is_made_once_with_owner_only_permissions():
    key = signing_key()
    path = key_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = signing_key()
    assert again.public_key().public_bytes_raw() == key.public_key().public_bytes_raw()


def test_signature_covers_manifest_hash_and_audit_head(store, batch):
    head_before = store.audit_head()
    record = sign_off(store, batch, "Rita Reviewer", "reviewed")
    stored = store.signoffs(batch)[0]
    assert signature_valid(bytes(stored["payload"]), stored["signature"], stored["public_key"])
    signed = json.loads(stored["payload"])
    assert signed["manifest_sha256"] == store.batch(batch)["manifest_sha256"]
    assert signed["audit_head"] == {"seq": head_before[0], "hash": head_before[1]}
    assert signed["signer"] == "Rita Reviewer" and signed["os_user"]
    altered = bytes(stored["payload"]).replace(b"reviewed", b"approved")
    assert not signature_valid(altered, stored["signature"], stored["public_key"])
    assert store.audit_entries()[-1]["kind"] == "signoff"
    assert store.audit_entries()[-1]["payload"]["signature"] == record["signature"]


@pytest.mark.parametrize("four_eyes, approver, first_reviewer, allowed", [
    ("1", "tester", None, False),           # decided findings of the batch
    ("1", "Rita", "Rita", False),            # signed it as reviewed
    ("1", "Olga Approver", "Rita", True),
    ("1", "rita-account", "Rita", False),    # the reviewed signer's login, under another name
    ("0", "tester", None, True),             # the rule is off
])
def test_four_eyes(store, batch, four_eyes, approver, first_reviewer, allowed, monkeypatch):
    store.set_setting("four_eyes", four_eyes)
    if first_reviewer:
        monkeypatch.setattr(signoff, "os_user", lambda: "rita-account")
        sign_off(store, batch, first_reviewer, "reviewed")
    monkeypatch.setattr(signoff, "os_user", lambda: "approver-account")
    if allowed:
        assert sign_off(store, batch, approver, "approved")["meaning"] == "approved"
    else:
        with pytest.raises(SignoffError, match="four-eyes"):
            sign_off(store, batch, approver, "approved")
        assert not [s for s in store.signoffs(batch) if s["meaning"] == "approved"]


def test_refuses_missing_signer_and_unknown_meaning(store, batch):
    with pytest.raises(SignoffError):
        sign_off(store, batch, "  ", "reviewed")
    with pytest.raises(SignoffError):
        sign_off(store, batch, "Rita", "glanced-at")
