"""spaCy for Clearance: its registered functions, English only, without its test suite."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

# Shared language modules that spacy.lang.en imports; every other language is left out.
_SHARED_LANG = {"en", "char_classes", "lex_attrs", "punctuation", "tokenizer_exceptions", "norm_exceptions"}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if len(parts) > 1 and parts[1] == "tests":
        return False
    return not (len(parts) > 2 and parts[1] == "lang" and parts[2] not in _SHARED_LANG)


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = [(src, dest) for src, dest in collect_data_files("spacy")
         if "/tests" not in dest and not src.endswith((".pyx", ".pxd", ".pyi", ".c", ".h", ".cpp"))]
