"""Every command's --help prints its usage, in English and in German: argparse fills help texts with %,
so a help that holds a bare "1%" raised a traceback instead (`clearance batch --help`)."""

from __future__ import annotations

import argparse

import pytest

from desktop import cli


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out += _commands(sub, (*path, name))
    return out


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_commands_help_prints_its_usage(language, monkeypatch, capsys):
    monkeypatch.setenv("CLEARANCE_LANGUAGE", language)
    commands = _commands(cli.build_parser())
    assert len(commands) > 40 and ("batch",) in commands
    failed = []
    for command in commands:
        with pytest.raises(SystemExit) as done:
            cli.main([*command, "--help"])
        out = capsys.readouterr().out
        if done.value.code != 0 or "clearance" not in out.splitlines()[0]:
            failed.append(command)
    monkeypatch.setenv("CLEARANCE_LANGUAGE", "en")
    cli.build_parser()  # argparse's own words in English again for the tests that follow
    assert failed == []


def test_the_command_line_is_built_without_loading_the_detector():
    """`clearance --help`, `verify` or `consent list` start in a tenth of a second: building the parser
    imports neither Presidio nor spaCy nor PyMuPDF (the batch command's policies once pulled in all three)."""
    import subprocess
    import sys

    code = ("import sys; from desktop import cli; cli.build_parser(); "
            "print(sorted(m for m in ('presidio_analyzer', 'spacy', 'pymupdf', 'sqlite_utils') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
