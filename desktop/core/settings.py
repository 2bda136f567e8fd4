"""The settings registry: every setting a store keeps, its type, default, whether the chain records it,
who changes it, and typed accessors that read and write through the store's one settings path.

A store keeps settings as text rows (`settings(key, value)`); the stored forms are the ones earlier
versions wrote (a switch "1" on, "0" or "" off; a choice its word; a number its digits), so an old store
reads the same. Reading is forgiving: a row nobody could have written through Clearance (a typo made with
sqlite3) reads as the default, as it always has. Writing is strict: `set` refuses a value outside the
setting's type with `SettingError`, one line, which the command line turns into exit code 2.

Chained settings are written to the audit chain with their old value by `Store.set_setting`
(`desktop.core.store.state.setting_chained` says which, by key; a test keeps the two in step). Anything
that decides what may leave (four eyes, the residue policy, quasi-identifier treatments and approvals,
the k threshold, labels, pseudonyms, the detector's model) is chained.

Who changes a setting is what exists today, no more: the command line's `clearance settings set` and
the window both act for whoever opens the store (there is no role that may and one that may not; the
chain records every change), approvals are the reviewer's decisions, the secret is Clearance's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store is layers above: its area is named for the type checker only
    from desktop.core.store.areas import SettingsStore

__all__ = ["SETTINGS", "FAMILIES", "Setting", "SettingError", "get", "set", "by_name", "command_names",
           "parse_bool", "QUASI_CLASSES", "TREATMENTS"]

BOOL, INT, CHOICE, STR = "bool", "int", "choice", "str"

# Who changes a setting (descriptions of what exists, not permissions that are checked).
ANYONE = "anyone who opens the store: `clearance settings set`"
ANYONE_AND_WINDOW = ANYONE + " or the export flow's check box"
REVIEWER = "the reviewer: the review window, `clearance review --approve/--accept-all`"
WINDOW = "the review window, as the reviewer works"
CLEARANCE = "Clearance itself, at the first export that needs it"
NO_COMMAND = "no command sets it: a store's settings row, for deployments and tests"

TRUE_WORDS = ("on", "true", "yes", "1")
FALSE_WORDS = ("off", "false", "no", "0")

QUASI_CLASSES = ("dates", "amounts", "codes", "places", "demographics", "organisations")
TREATMENTS = ("keep", "generalise", "pseudonymise", "redact")
# Modelled on HIPAA Safe Harbor (45 CFR 164.514(b)(2): every date element but the year, places smaller
# than a state and every reference number go) and the Article 29 WP's Opinion 05/2014 (generalise
# what carries meaning, pseudonymise what must stay linkable inside a document).
QUASI_DEFAULTS = {"dates": "generalise", "amounts": "generalise", "codes": "pseudonymise", "places": "generalise",
                  "demographics": "redact", "organisations": "pseudonymise"}


class SettingError(ValueError):
    """A value a setting cannot take, or a name no setting has; `str()` is one line for people."""


def parse_bool(text: str) -> bool:
    word = str(text).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise SettingError(f"{text!r} is not on or off")


@dataclass(frozen=True)
class Setting:
    name: str  # the command line's name (`clearance settings set NAME VALUE`), or a family's
    key: str  # the stored key; a family's has a `{}` per argument (`quasi.approved.{}.{}`)
    kind: str  # bool | int | choice | str
    default: object
    help: str
    changed_by: str = ANYONE
    chained: bool = True  # written to the audit chain with its old value
    choices: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None
    off: str = "0"  # how a switch is stored off ("" where earlier versions wrote that)
    secret: bool = False  # chained as its hash, never shown
    command: bool = False  # `clearance settings set` may change it

    def key_for(self, *args) -> str:
        if self.key.count("{}") != len(args):
            raise SettingError(f"{self.name} takes {self.key.count('{}')} argument(s), not {len(args)}")
        return self.key.format(*args)

    def decode(self, stored: str | None):
        """The typed value of a stored row; a row this setting could not have written reads as the default."""
        if stored is None:
            return self.default
        if self.kind == BOOL:
            return stored == "1"
        if self.kind == INT:  # any positive number an earlier version kept, as it was read then
            return int(stored) if stored.isdigit() and int(stored) >= 1 else self.default
        if self.kind == CHOICE:
            return stored if stored in self.choices else self.default
        return stored if stored != "" or self.default is None else self.default

    def check(self, value):
        """The value if this setting may take it, else SettingError (one line)."""
        if self.kind == BOOL:
            if not isinstance(value, bool):
                raise SettingError(f"{self.name} is on or off, not {value!r}")
        elif self.kind == INT:
            if isinstance(value, bool) or not isinstance(value, int):
                raise SettingError(f"{self.name} is a whole number, not {value!r}")
            if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
                raise SettingError(f"{self.name} is {self.low} to {self.high}, not {value}")
        elif self.kind == CHOICE:
            if value not in self.choices:
                raise SettingError(f"{self.name} is {' or '.join(self.choices)}, not {value!r}")
        elif not isinstance(value, str):
            raise SettingError(f"{self.name} is text, not {value!r}")
        return value

    def encode(self, value) -> str:
        value = self.check(value)
        if self.kind == BOOL:
            return "1" if value else self.off
        return str(value)

    def parse(self, text: str):
        """The typed value of what a user typed (`on`, `7`, `redact`); SettingError if it is none."""
        if self.kind == BOOL:
            try:
                return parse_bool(text)
            except SettingError:
                raise SettingError(f"{self.name} is on or off, not {text!r}") from None
        if self.kind == INT:
            if not str(text).strip().isdigit():
                raise SettingError(f"{self.name} is {self.low} to {self.high}, not {text!r}")
            return self.check(int(text))
        return self.check(text)

    def word(self, value) -> str:
        """A value as the command line shows it."""
        if self.kind == BOOL:
            return "on" if value else "off"
        if value is None:
            return "(not set)"
        return "(set)" if self.secret else str(value)

    def allowed(self) -> str:
        if self.kind == BOOL:
            return "on|off"
        if self.kind == INT:
            return f"{self.low}..{self.high}"
        if self.kind == CHOICE:
            return "|".join(self.choices)
        return "text"


FOUR_EYES = Setting("four-eyes", "four_eyes", BOOL, False, "a second trusted signer must approve each export",
                    changed_by=ANYONE_AND_WINDOW, command=True)
RESIDUE = Setting("residue", "export.residue", CHOICE, "review",
                  "review: every residue group decided before export; automatic: export redacts what was not",
                  choices=("review", "automatic"), command=True)
QUASI_POLICY = {c: Setting(c, f"quasi.policy.{c}", CHOICE, QUASI_DEFAULTS[c],
                           f"what export does with {c} (quasi-identifiers)", choices=TREATMENTS, command=True)
                for c in QUASI_CLASSES}
RISK_K = Setting("risk-k", "risk.k_threshold", INT, 5,
                 "the smallest group size `clearance risk` and the manifest hold a batch to", low=2, high=20,
                 command=True)
# The window's language (desktop.core.runtime.language keeps the same choices; a test holds them equal).
LANGUAGE = Setting("language", "ui.language", CHOICE, "auto",
                   "the window's language at its next start: auto follows the system locale "
                   "(CLEARANCE_LANGUAGE overrides it)", choices=("auto", "en", "de"), command=True)
LABEL_MODE = Setting("label-mode", "redact.label_mode", BOOL, False,
                     "write the finding's type ([PERSON]) in each redaction box", changed_by=NO_COMMAND)
PSEUDONYMS = Setting("pseudonyms", "export.pseudonyms", CHOICE, "contract",
                     "contract: pseudonyms numbered per contract; corpus: one name, one pseudonym across a batch",
                     choices=("contract", "corpus"), changed_by=NO_COMMAND)
SPACY_MODEL = Setting("spacy-model", "detect.spacy_model", STR, None,
                      "another installed spaCy model for detection (unset: the bundled one)", changed_by=NO_COMMAND)
PSEUDONYM_SECRET = Setting("pseudonym-secret", "export.pseudonym_secret", STR, None,
                           "the store's random key for pseudonyms and shifted dates (hex; chained as its hash)",
                           changed_by=CLEARANCE, secret=True)
SHOW_SUPPRESSED = Setting("show-suppressed", "review.show_suppressed", BOOL, False,
                          "the review list shows the candidates detection suppressed too",
                          changed_by=WINDOW, chained=False, off="")
REVIEW_CURRENT = Setting("review-current", "review.current", STR, None,
                         "where the reviewer was in the queue (JSON: document, finding)", changed_by=WINDOW,
                         chained=False)

# Settings with one row per document (and class): the key has a `{}` per argument.
QUASI_APPROVED = Setting("quasi-approved", "quasi.approved.{}.{}", BOOL, False,
                         "a document's quasi-identifier class approved under the store's policy (document id, class)",
                         changed_by=REVIEWER, off="")
REVIEW_FINDING = Setting("review-finding", "review.finding.{}", STR, None,
                         "the finding the reviewer last had selected in a document (document id)",
                         changed_by=WINDOW, chained=False)

SETTINGS: tuple[Setting, ...] = (FOUR_EYES, RESIDUE, *QUASI_POLICY.values(), RISK_K, LANGUAGE, LABEL_MODE, PSEUDONYMS,
                                 SPACY_MODEL, PSEUDONYM_SECRET, SHOW_SUPPRESSED, REVIEW_CURRENT)
FAMILIES: tuple[Setting, ...] = (QUASI_APPROVED, REVIEW_FINDING)


def by_name(name: str) -> Setting:
    for s in SETTINGS:
        if s.name == name:
            return s
    raise SettingError(f"no setting {name!r}; settings: {', '.join(command_names())}")


def command_names() -> list[str]:
    """The settings `clearance settings set` changes, in the registry's order."""
    return [s.name for s in SETTINGS if s.command]


def get(store: SettingsStore, setting: Setting, *args):
    """The setting's typed value in this store (its default where none is stored)."""
    return setting.decode(store.setting(setting.key_for(*args)))


def set(store: SettingsStore, setting: Setting, value, *args) -> bool:  # noqa: A001 - the registry's verb
    """Store a value through the store's audited path; returns whether the stored row changed."""
    key, text = setting.key_for(*args), setting.encode(value)
    if store.setting(key) == text:
        return False
    store.set_setting(key, text)
    return True


def count(store: SettingsStore, family: Setting) -> int:
    """How many rows of a per-document setting are set."""
    return store.setting_count(family.key.split("{}")[0])



def table() -> str:
    """The registry as the README's table (tests/unit/test_readme_settings.py keeps the two equal)."""
    rows = ["| setting | stored key | values | default | audited | changed by | what it does |",
            "|---|---|---|---|---|---|---|"]
    for s in SETTINGS + FAMILIES:
        audited = "as its hash" if s.secret else ("yes" if s.chained else "no")
        rows.append(f"| `{s.name}` | `{s.key}` | {s.allowed().replace('|', ', ')} | {s.word(s.default)} | {audited} | {s.changed_by} "
                    f"| {s.help} |")
    return "\n".join(rows)
