"""The texts of the window that pyside6-lupdate cannot see, as a Python file it can read.

lupdate collects `tr()` and `translate()` calls; the command registry's texts are docstrings and
keyword arguments of the core (which never imports Qt), and the window shows some of the core's words
(document stages, party kinds and roles, consent states, quasi-identifier classes, the fixed one-line
messages of commands that cannot run). This script writes them as `QT_TRANSLATE_NOOP(context, text)`
lines to build/i18n/registry_texts.py, which `make i18n` hands to lupdate beside the sources, so the
`.ts` carries them and keeps their translations. The window translates them at its edge
(desktop/ui/i18n.py: REGISTRY_CONTEXT, CORE_CONTEXT).

    python tools/i18n_registry.py [OUT]
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.consent.csvio import PURGE_COLUMNS  # noqa: E402
from desktop.core.consent.importing import SUMMARY_TEMPLATES  # noqa: E402
from desktop.core.consent.parties import ConsentStatus, PartyKind, Role, Verdict  # noqa: E402
from desktop.core.consent.rules import REASON_TEMPLATES  # noqa: E402
from desktop.core.export.approval import BATCH_FILE_CHECK  # noqa: E402
from desktop.core.export.risk import LEFT_REASONS  # noqa: E402
from desktop.core.export.signoff import MEANINGS  # noqa: E402
from desktop.core.model import EntityType, Status, type_label  # noqa: E402
from desktop.core.review.command_registry import MODES, all_commands  # noqa: E402
from desktop.core.runtime.newfile import EXISTS_REASON  # noqa: E402
from desktop.core.settings import FAMILIES, QUASI_CLASSES, SETTINGS, TREATMENTS  # noqa: E402
from desktop.core.trust.head import HEAD_PLACES  # noqa: E402
from desktop.ui.commands import register_window_commands  # noqa: E402  (declared without Qt)
from desktop.ui.i18n import CORE_CONTEXT, REGISTRY_CONTEXT, WHY_CONTEXT  # noqa: E402

OUT = ROOT / "build" / "i18n" / "registry_texts.py"
DOCUMENT_STAGES = ("new", "scanning", "scanned", "failed", "reviewed", "exported", "withdrawn")
QA_VERDICTS = ("clean", "miss")
# Modules whose `raise CommandError("...")`/`ReviewError("...")` with a fixed text reach the status bar.
MESSAGE_SOURCES = ("desktop/core/review", "desktop/ui/commands.py", "desktop/ui/qa_commands.py",
                   "desktop/ui/export_flow.py")
MESSAGE_ERRORS = ("CommandError", "ReviewError")
CHECK_SOURCES = ("desktop/core/export/checks.py",)  # the export checks' titles (`ExportCheck("...")`)
# Modules whose messages the command line prints (errors, the lines of `verify`, the approval view, risk
# details, the settings' help): their filled messages are found again by their templates
# (desktop.core.runtime.language.core_message).
CORE_MESSAGE_SOURCES = ("desktop/core/store", "desktop/core/pdf", "desktop/core/verification", "desktop/core/export",
                        "desktop/core/trust", "desktop/core/settings.py", "desktop/core/runtime/newfile.py",
                        "desktop/core/review/classes.py", "desktop/core/review/residue.py",
                        "desktop/core/review/session.py", "desktop/core/consent",
                        "desktop/core/residue/document.py", "desktop/core/assurance", "desktop/core/qa",
                        "desktop/core/review/keymap.py", "desktop/core/scan", "desktop/core/cluster")
# Calls whose text is a message though the callee's name does not end in Error: the cluster engine's
# failures and the notice of a lost node the scan goes on without.
TOLD_CALLS = ("ClusterLost", "ClusterUnavailable", "notice")
MESSAGE_LISTS = ("problems", "checked", "reasons", "details", "lines", "errors")  # `problems.append(f"...")` and the like
# Calls with a shown text at an argument: the risk report's scope, a key's source, verify's problems.
TITLED = {"build_report": 0, "Trusted": 1, "IntegrityReport": 2}
LABELS = ("label", "old")  # a name a message leads with (`label = f"sign-off {i} ({meaning} by {signer})"`)


def registry_texts() -> list[str]:
    """Menu names, command help and mode names, and the words the mode hint takes from command ids."""
    register_window_commands()
    texts = list(MODES)
    for c in all_commands():
        texts += [c.category, c.help]
        if any(m != "review" for m in c.modes) and "-" in c.id:
            texts.append(c.id.split("-", 1)[1])
    return texts


def fixed_texts(sources, called) -> list[str]:
    """The literal first argument of every call in `sources` whose function or method `called` names."""
    found = []
    for source in sources:
        path = ROOT / source
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                name = getattr(node, "func", None)
                name = getattr(name, "id", None) or getattr(name, "attr", None)
                if (isinstance(node, ast.Call) and name in called and node.args
                        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    found.append(node.args[0].value)
    return found


def _field(node: ast.expr) -> str:
    """The name a template gives a value: the variable, attribute or key it is read from."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        key = node.slice
        return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else _field(node.value)
    if isinstance(node, ast.Call):
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", "value")
        if name == "len":
            return "count"
        if name == "get" and node.args and isinstance(node.args[0], ast.Constant):
            return str(node.args[0].value)  # r.get('meaning'): the key
        return _field(node.args[0]) if node.args and name in ("short", "_short", "str", "repr", "one_line") else name
    return "value"


def template_of(node: ast.expr) -> str | None:
    """An f-string (or a plain string) as a template with named fields: f"{path}: no such store" gives
    "{path}: no such store", f"{f['name']}: missing" "{name}: missing"; a repeated name is numbered."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    text, used = "", {}
    for part in node.values:
        if isinstance(part, ast.Constant):
            text += str(part.value).replace("{", "{{").replace("}", "}}")
            continue
        name = "".join(c if c.isalnum() else "_" for c in _field(part.value)).strip("_") or "value"
        used[name] = used.get(name, 0) + 1
        text += "{" + (name if used[name] == 1 else f"{name}{used[name]}") + "}"
    return text


def _worth_translating(template: str) -> bool:
    """Words around the fields, not only punctuation ("{path}: {reason}" says nothing to translate), and
    a message rather than a kind ("too-large")."""
    import re

    fixed = re.sub(r"\{\w+\}", "", template)
    return (bool(re.search(r"[A-Za-z]{2,}", fixed)) and " " in template.strip() and "{{" not in template
            and not re.search(r"\b(?:AND|OR|IN|SELECT|WHERE)\b", template)
            and not {"<", "|"} & set(template))  # no SQL, HTML or Markdown table


def _told(node: ast.AST) -> list[ast.expr]:
    """The texts a node hands to the user: the arguments of a `...Error(...)` or of `problems.append(...)`
    (and the other MESSAGE_LISTS), a text returned, the items of a list or tuple returned or put in such
    a list."""
    if isinstance(node, ast.Call):
        func = node.func
        name = getattr(func, "id", None) or getattr(func, "attr", "")
        listed = (name == "append" and isinstance(func, ast.Attribute)
                  and (getattr(func.value, "id", None) or getattr(func.value, "attr", None)) in MESSAGE_LISTS)
        if name in TITLED:
            return [i for a in node.args[TITLED[name]:TITLED[name] + 1] for i in _items(a)]
        told = name.endswith("Error") or name == "error" or name in TOLD_CALLS or listed  # out.error(...)
        return list(node.args) if told else []
    if isinstance(node, ast.Assign) and any(getattr(t, "id", None) in LABELS for t in node.targets):
        return _either(node.value)
    if isinstance(node, ast.AugAssign) and getattr(node.target, "id", None) in MESSAGE_LISTS \
            and isinstance(node.value, ast.ListComp):
        return [node.value.elt]  # `checked += [f"batch {id} {line}" for line in ...]`
    if isinstance(node, ast.Return) or (isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) in MESSAGE_LISTS for t in node.targets)):
        told = []
        for value in _either(node.value):
            if isinstance(value, ast.List | ast.Tuple | ast.BinOp):
                told += _items(value)
            elif isinstance(value, ast.ListComp):
                told.append(value.elt)
            elif isinstance(node, ast.Return) and value is not None:
                told.append(value)
        return told
    return []


def _items(node: ast.expr) -> list[ast.expr]:
    """The items of a list or tuple, of lists within it and of lists added (`[...] + [f"..."]`)."""
    if isinstance(node, ast.List | ast.Tuple):
        return [i for e in node.elts for i in _items(e)]
    if isinstance(node, ast.IfExp):
        return [i for e in _either(node) for i in _items(e)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _items(node.left) + _items(node.right)
    if isinstance(node, ast.ListComp):
        return [node.elt]
    return [node]


def _either(node: ast.expr | None) -> list:
    """Both texts of `a if c else b` (each again), or the node itself."""
    return [*_either(node.body), *_either(node.orelse)] if isinstance(node, ast.IfExp) else [node]


def message_templates(sources) -> list[str]:
    """The messages of `sources` the user reads (see _told), as templates (see template_of)."""
    found = []
    for source in sources:
        path = ROOT / source
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                found += [t for t in map(template_of, _told(node)) if t and _worth_translating(t)]
    return found


# The detector's reasons, shown in a finding's explanation (desktop.core.review.explain.why): read here
# from its source (supports, why a name was suppressed, which anchor holds it) for the `Why` context.
WHY_SOURCES = ("desktop/core/detect/judge.py", "desktop/core/detect/anchors.py", "desktop/core/detect/spread.py",
               "desktop/core/text/propagate.py", "desktop/core/detect/places.py",
               "desktop/core/detect/organisations.py", "desktop/core/text/contacts.py")
EXPLAINED_IN = ("desktop/core/detect", "desktop/core/text/propagate.py")  # where explanations get their keys
_PATTERN_SIGNS = ("\\", "(?", "[", "|", "^", "$", "*", "+")  # a module constant that is a regular expression


def _why_nodes(tree: ast.Module) -> list[ast.expr]:
    """The texts of a detector module an explanation can carry: what its functions return, its text
    constants, a reason it assigns, an anchor's origin, the supports it gives confidences for."""
    found = [v for node in tree.body if isinstance(node, ast.Assign) for v in
             (node.value.elts if isinstance(node.value, ast.Tuple) else [node.value])
             if isinstance(v, ast.Constant) and isinstance(v.value, str) and not any(s in v.value for s in _PATTERN_SIGNS)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and node.value is not None:
            for value in _either(node.value):
                found += value.elts if isinstance(value, ast.Tuple) else [value]
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "drop" for t in node.targets):
            found.append(node.value)
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "reasons" for t in node.targets):
            found += [e for v in _either(node.value) if isinstance(v, ast.List) for e in v.elts]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("add", "Anchor") and len(node.args) > 2:
            found.append(node.args[2])
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "CONFIDENCE" for t in node.targets):
            found += node.value.keys
        elif isinstance(node, ast.Dict):
            found += [v.elts[0] for k, v in zip(node.keys, node.values, strict=True)
                      if isinstance(k, ast.Constant) and k.value == "reasons" and isinstance(v, ast.List) and v.elts]
    return found


def _explanation_keys(tree: ast.Module) -> list[str]:
    """The keys a detector module writes into an explanation (`explanation["role"] = ...`, a dict given
    as `explanation=` or merged with `**f.explanation`)."""
    keys = []
    for node in ast.walk(tree):
        dicts = []
        given = isinstance(node, ast.keyword) and node.arg == "explanation"
        if given or isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "explanation" for t in node.targets):
            dicts.append(node.value)
        elif isinstance(node, ast.Assign):
            keys += [t.slice.value for t in node.targets if isinstance(t, ast.Subscript)
                     and getattr(t.value, "id", None) == "explanation" and isinstance(t.slice, ast.Constant)]
        elif isinstance(node, ast.Dict):
            dicts += [v for k, v in zip(node.keys, node.values, strict=True)
                      if isinstance(k, ast.Constant) and k.value == "explanation"]
            if any(k is None and "explanation" in ast.unparse(v) for k, v in zip(node.keys, node.values, strict=True)):
                dicts.append(node)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "update" \
                and "explanation" in ast.unparse(node.func):
            dicts += [d for a in node.args for d in ast.walk(a) if isinstance(d, ast.Dict)]
        keys += [k.value for d in dicts if isinstance(d, ast.Dict) for k in d.keys
                 if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return keys


def why_texts() -> list[str]:
    """The reasons and words of explanations (templates where a part varies) and their keys as labels."""
    from desktop.core.review.explain import WORD_VALUES

    texts, labels = [], ["confidence"]
    for source in WHY_SOURCES:
        tree = ast.parse((ROOT / source).read_text(encoding="utf-8"))
        texts += [t for t in map(template_of, _why_nodes(tree)) if t and re.search(r"[a-z]{2}", t) and "\n" not in t]
    for source in EXPLAINED_IN:
        path = ROOT / source
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            labels += _explanation_keys(ast.parse(file.read_text(encoding="utf-8")))
    labels = [k for k in labels if k != "reasons"]
    return [*(k.replace("_", " ") for k in dict.fromkeys(labels)), *dict.fromkeys(texts),
            *(k.replace("_", " ") for k in WORD_VALUES)]


def core_words() -> list[str]:
    return [*DOCUMENT_STAGES, *(type_label(t) for t in EntityType), *(str(s) for s in Status), *(str(k) for k in PartyKind), *(str(r) for r in Role),
            *(str(s) for s in ConsentStatus), *(str(v) for v in Verdict), *(c.capitalize() for c in PURGE_COLUMNS), *QUASI_CLASSES, *TREATMENTS, *QA_VERDICTS, *LEFT_REASONS, *MEANINGS,
            *fixed_texts(MESSAGE_SOURCES, MESSAGE_ERRORS), *REASON_TEMPLATES, *SUMMARY_TEMPLATES,
            *fixed_texts(CHECK_SOURCES, ("ExportCheck",)), BATCH_FILE_CHECK, "Document", *HEAD_PLACES, *message_templates(CORE_MESSAGE_SOURCES),
            *setting_texts()]


def setting_texts() -> list[str]:
    """What `clearance settings show` says of a setting: its help, who changes it, a value's word."""
    return [*(s.help for s in SETTINGS + FAMILIES), *(s.changed_by for s in SETTINGS + FAMILIES),
            *(s.word(None) for s in SETTINGS if s.kind != "bool"), *(s.word("?") for s in SETTINGS if s.secret),
            *(s.allowed() for s in SETTINGS if s.kind == "str")]  # not on|off: words the user types back


def stub(contexts: dict[str, list[str]]) -> str:
    lines = ['"""Generated by tools/i18n_registry.py for pyside6-lupdate; never imported."""', ""]
    for context, texts in contexts.items():
        for text in dict.fromkeys(t for t in texts if t):  # once each, in order
            lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    contexts = {REGISTRY_CONTEXT: registry_texts(), CORE_CONTEXT: core_words(), WHY_CONTEXT: why_texts(),
                "cli": [EXISTS_REASON]}  # the command line's words that are the core's constants
    out.write_text(stub(contexts), encoding="utf-8")
    print(f"{out}: the registry's and the core's texts for lupdate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
