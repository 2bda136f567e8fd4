"""The settings registry: every setting typed, defaulted and explained; values checked before they are
stored; old stored forms read as they always did; no module outside the registry and the store names a
stored key or reaches the store's raw settings path."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from desktop.core import settings
from desktop.core.settings import SettingError
from desktop.core.store.state import SECRET_SETTINGS, setting_chained

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
EVERY = settings.SETTINGS + settings.FAMILIES


class FakeStore:
    """The store's settings path: rows as text, and the keys written (as Store.set_setting)."""

    def __init__(self, rows: dict[str, str] | None = None):
        self.rows = dict(rows or {})
        self.written: list[tuple[str, str]] = []

    def setting(self, key, default=None):
        return self.rows.get(key, default)

    def set_setting(self, key, value):
        self.written.append((key, value))
        self.rows[key] = value


@pytest.mark.parametrize("s", EVERY, ids=lambda s: s.name)
def test_every_setting_has_a_type_default_help_and_who_changes_it(s):
    assert s.kind in ("bool", "int", "choice", "str")
    assert s.help and "\n" not in s.help and s.changed_by
    if s.default is not None:
        assert s.check(s.default) == s.default
    if s.kind == "choice":
        assert s.choices and s.default in s.choices
    if s.kind == "int":
        assert s.low is not None and s.high is not None and s.low <= s.default <= s.high
    key = s.key.replace("{}", "7")
    assert setting_chained(key) == s.chained  # the store chains exactly what the registry says
    assert (key in SECRET_SETTINGS) == s.secret


def test_names_and_keys_are_unique():
    assert len({s.name for s in EVERY}) == len(EVERY)
    assert len({s.key for s in EVERY}) == len(EVERY)


def test_what_decides_eligibility_is_chained():
    for name in ("four-eyes", "residue", "risk-k", "label-mode", "pseudonyms", "spacy-model", "quasi-approved",
                 *settings.QUASI_CLASSES):
        s = next(s for s in EVERY if s.name == name)
        assert s.chained, name
    assert not any(s.chained for s in EVERY if s.key.startswith("review."))


@pytest.mark.parametrize(("text", "value"), [("on", True), ("ON", True), ("true", True), ("yes", True), ("1", True),
                                             ("off", False), ("false", False), ("no", False), ("0", False)])
def test_bool_parsing(text, value):
    assert settings.parse_bool(text) is value
    assert settings.FOUR_EYES.parse(text) is value


@pytest.mark.parametrize(("name", "text", "value"), [
    ("four-eyes", "on", True), ("residue", "automatic", "automatic"), ("risk-k", "2", 2), ("risk-k", "20", 20),
    ("dates", "keep", "keep"), ("organisations", "redact", "redact")])
def test_good_values_parse(name, text, value):
    assert settings.by_name(name).parse(text) == value


@pytest.mark.parametrize(("name", "text"), [
    ("four-eyes", "maybe"), ("four-eyes", ""), ("residue", "sometimes"), ("risk-k", "0"), ("risk-k", "1"),
    ("risk-k", "21"), ("risk-k", "five"), ("risk-k", "-3"), ("dates", "shred"), ("pseudonyms", "global")])
def test_bad_values_are_refused_in_one_line(name, text):
    with pytest.raises(SettingError) as caught:
        settings.by_name(name).parse(text)
    message = str(caught.value)
    assert "\n" not in message and name in message


@pytest.mark.parametrize(("setting", "value"), [
    (settings.FOUR_EYES, "1"), (settings.RISK_K, True), (settings.RISK_K, "5"), (settings.RESIDUE, "never"),
    (settings.SPACY_MODEL, 3)])
def test_typed_set_refuses_a_wrong_type_and_writes_nothing(setting, value):
    store = FakeStore()
    with pytest.raises(SettingError):
        settings.set(store, setting, value)
    assert store.written == []


def test_an_unknown_name_is_refused_in_one_line():
    with pytest.raises(SettingError, match="no setting 'colour'") as caught:
        settings.by_name("colour")
    assert "\n" not in str(caught.value)


# Stored forms earlier versions wrote, and what they read as.
OLD_ROWS = [
    ("four_eyes", "1", settings.FOUR_EYES, True), ("four_eyes", "0", settings.FOUR_EYES, False),
    ("four_eyes", "", settings.FOUR_EYES, False), ("export.residue", "automatic", settings.RESIDUE, "automatic"),
    ("export.residue", "bogus", settings.RESIDUE, "review"), ("risk.k_threshold", "7", settings.RISK_K, 7),
    ("risk.k_threshold", "1", settings.RISK_K, 1), ("risk.k_threshold", "x", settings.RISK_K, 5),
    ("risk.k_threshold", "0", settings.RISK_K, 5), ("quasi.policy.dates", "keep", settings.QUASI_POLICY["dates"], "keep"),
    ("quasi.policy.dates", "", settings.QUASI_POLICY["dates"], "generalise"),
    ("redact.label_mode", "1", settings.LABEL_MODE, True), ("export.pseudonyms", "corpus", settings.PSEUDONYMS, "corpus"),
    ("export.pseudonyms", "", settings.PSEUDONYMS, "contract"),
    ("detect.spacy_model", "en_core_web_lg", settings.SPACY_MODEL, "en_core_web_lg"),
    ("review.show_suppressed", "1", settings.SHOW_SUPPRESSED, True),
    ("review.show_suppressed", "", settings.SHOW_SUPPRESSED, False),
]


@pytest.mark.parametrize(("key", "stored", "setting", "value"), OLD_ROWS)
def test_old_stored_values_read_as_before(key, stored, setting, value):
    assert setting.key == key
    assert settings.get(FakeStore({key: stored}), setting) == value


@pytest.mark.parametrize("s", settings.SETTINGS, ids=lambda s: s.name)
def test_an_unset_setting_reads_its_default(s):
    assert settings.get(FakeStore(), s) == s.default


def test_stored_forms_stay_the_ones_earlier_versions_wrote():
    store = FakeStore()
    settings.set(store, settings.FOUR_EYES, True)
    settings.set(store, settings.FOUR_EYES, False)
    settings.set(store, settings.QUASI_APPROVED, True, 3, "dates")
    settings.set(store, settings.QUASI_APPROVED, False, 3, "dates")
    settings.set(store, settings.RISK_K, 9)
    settings.set(store, settings.SHOW_SUPPRESSED, True)
    settings.set(store, settings.SHOW_SUPPRESSED, False)
    assert store.written == [("four_eyes", "1"), ("four_eyes", "0"), ("quasi.approved.3.dates", "1"),
                             ("quasi.approved.3.dates", ""), ("risk.k_threshold", "9"),
                             ("review.show_suppressed", "1"), ("review.show_suppressed", "")]
    assert settings.set(store, settings.RISK_K, 9) is False and store.written[-1] == ("review.show_suppressed", "")


def test_a_family_key_takes_its_arguments():
    assert settings.QUASI_APPROVED.key_for(4, "codes") == "quasi.approved.4.codes"
    with pytest.raises(SettingError):
        settings.QUASI_APPROVED.key_for(4)


def test_a_real_store_reads_and_audits_through_the_registry(tmp_path):
    from desktop.core.store import Store

    store = Store(tmp_path / "s.sqlite")
    try:
        settings.set(store, settings.FOUR_EYES, True)
        settings.set(store, settings.QUASI_APPROVED, True, 1, "dates")
        settings.set(store, settings.QUASI_APPROVED, True, 2, "codes")
        settings.set(store, settings.QUASI_APPROVED, False, 2, "codes")
        assert store.setting("four_eyes") == "1" and settings.get(store, settings.FOUR_EYES) is True
        assert settings.count(store, settings.QUASI_APPROVED) == 1
        keys = [e["payload"]["key"] for e in store.audit_entries() if e["kind"] == "setting"]
        assert keys == ["four_eyes", "quasi.approved.1.dates", "quasi.approved.2.codes", "quasi.approved.2.codes"]
    finally:
        store.close()


# --- no raw keys outside the registry and the store ---------------------------------------------------

ALLOWED = {PACKAGE / "core" / "settings.py"}
# "four_eyes" is also the manifest's field name (export/batch.py writes it, signoff and trust read it);
# its use as a stored key is covered by the rule on `.setting(` calls.
MANIFEST_FIELDS = {"four_eyes"}


def _prefixes() -> set[str]:
    return {s.key.split("{}")[0] for s in EVERY}


def _offences(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "setting", "set_setting", "setting_count"):
            out.append(f"{path.name}:{node.lineno}: .{node.func.attr}(")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value not in MANIFEST_FIELDS:
            text = node.value
            if any(text == s.key for s in EVERY) or any(
                    "{}" in s.key and text.startswith(s.key.split("{}")[0]) for s in EVERY):
                out.append(f"{path.name}:{node.lineno}: {text!r}")
        elif isinstance(node, ast.JoinedStr):  # f"review.finding.{doc}"
            head = node.values[0] if node.values else None
            if isinstance(head, ast.Constant) and any(str(head.value).startswith(p) for p in _prefixes() if p):
                out.append(f"{path.name}:{node.lineno}: f{head.value!r}")
    return out


def test_no_module_outside_the_registry_and_store_uses_a_raw_setting_key():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path in ALLOWED or "store" in path.relative_to(PACKAGE).parts:
            continue
        offenders += [str(path.relative_to(PACKAGE.parent)) + " " + o for o in _offences(path)]
    assert offenders == []


def test_the_key_rule_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('x = store.setting("four_eyes") == "1"\nK = "risk.k_threshold"\n'
                   'f = f"review.finding.{doc}"\ny = "quasi.approved.{}.{}"\n')
    found = _offences(bad)
    assert {int(o.split(":")[1]) for o in found} == {1, 2, 3, 4}
    assert any(re.search(r"risk\.k_threshold", o) for o in found)


def test_settings_show_lists_every_setting_and_set_refuses_a_bad_value_in_one_line(tmp_path, capsys):
    from desktop.cli import main
    from desktop.core.store import Store

    path = tmp_path / "s.sqlite"
    Store(path).close()
    assert main(["settings", "set", "--store", str(path), "risk-k", "7"]) == 0
    assert main(["settings", "set", "--store", str(path), "dates", "keep"]) == 0
    capsys.readouterr()
    assert main(["settings", "show", "--store", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [s.name for s in EVERY]
    assert "risk-k: 7  (default 5; 2..20)" in lines and "dates: keep  (default generalise;" in "\n".join(lines)
    assert main(["settings", "set", "--store", str(path), "risk-k", "44"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "clearance: risk-k is 2 to 20, not 44"
