"""An output the user names is always a new file: every `-o`/`--html`/export path refuses, in one line
and exit 2, a name that is taken by a file, a symbolic link (live or dangling), a FIFO or a device, and
leaves what is there untouched; one helper writes them all, exclusively."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from signer_fixture import PASSPHRASE, stored_signer

from desktop.cli import main
from desktop.cli_errors import EXIT_USAGE
from desktop.core.runtime.newfile import write_new_file

CSV = ("party_name,party_kind,register_number,vat_id,email,aliases,purpose,status,granted_on,valid_until,"
       "withdrawn_on,version,evidence\nAcme GmbH,company,,,,,ai-training,granted,2024-01-01,2030-01-01,,1,form\n")


def _pdf(tmp_path: Path) -> Path:
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Signed by Jane Doe for Acme.", fontname="helv", fontsize=11)
    doc.save(tmp_path / "in.pdf")
    (tmp_path / "terms.txt").write_text("Jane Doe\n")
    return tmp_path / "in.pdf"


def _store(tmp_path: Path) -> Path:
    (tmp_path / "c.csv").write_text(CSV)
    assert main(["consent", "import", str(tmp_path / "c.csv"), "--store", str(tmp_path / "s.sqlite")]) == 0
    return tmp_path / "s.sqlite"


COMMANDS = {  # a command line that writes `out`, given tmp_path
    "redact -o": lambda t, out: ["redact", str(_pdf(t)), "-o", str(out), "--terms", str(t / "terms.txt")],
    "preview -o": lambda t, out: ["preview", "1", "--store", str(_store(t)), "-o", str(out)],
    "risk --html": lambda t, out: ["risk", "--store", str(_store(t)), "--html", str(out)],
    "consent export": lambda t, out: ["consent", "export", str(out), "--store", str(_store(t))],
    "signer export -o": lambda t, out: ["signer", "export", "alice", "-o", str(out)],
}


def _taken(kind: str, out: Path, victim: Path) -> None:
    if kind == "file":
        out.write_bytes(b"kept")
    elif kind == "symlink":
        out.symlink_to(victim)
    elif kind == "dangling symlink":
        out.symlink_to(victim.parent / "not-yet-there")
    elif kind == "fifo":
        os.mkfifo(out)


@pytest.mark.parametrize("kind", ["file", "symlink", "dangling symlink", "fifo"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_output_onto_a_taken_name_is_refused_in_one_line(tmp_path, capsys, monkeypatch, command, kind):
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    stored_signer("alice")
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    out = tmp_path / "out.file"
    argv = COMMANDS[command](tmp_path, out)
    _taken(kind, out, victim)
    code = main(argv)
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and "Traceback" not in err, err
    assert err.count("\n") == 1 and "exists already; an output is always a new file" in err and str(out) in err
    assert victim.read_bytes() == b"precious"
    assert not (tmp_path / "not-yet-there").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_device_is_no_output(tmp_path, capsys, monkeypatch, command):
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    stored_signer("alice")
    code = main(COMMANDS[command](tmp_path, Path("/dev/null")))
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and "/dev/null: exists already" in err, err


@pytest.mark.parametrize("command", ["redact -o", "consent export", "signer export -o"])
def test_a_new_name_is_written(tmp_path, capsys, monkeypatch, command):
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    stored_signer("alice")
    out = tmp_path / "out.file"
    assert main(COMMANDS[command](tmp_path, out)) == 0, capsys.readouterr().err
    assert out.is_file() and not out.is_symlink() and out.stat().st_size > 0


def test_a_name_taken_after_the_check_is_not_written_through(tmp_path, monkeypatch):
    """A symbolic link planted between the check and the write (the race the check alone loses)."""
    import desktop.core.runtime.newfile as newfile

    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    out = tmp_path / "out.pdf"
    monkeypatch.setattr(newfile, "refuse_existing", lambda path: out.symlink_to(victim))
    with pytest.raises(FileExistsError):
        write_new_file(out, b"new bytes")
    assert victim.read_bytes() == b"precious" and out.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf", "victim.txt"]  # no temporary file left


def test_without_hard_links_the_create_is_exclusive_and_does_not_follow_links(tmp_path, monkeypatch):
    import errno

    import desktop.core.runtime.newfile as newfile

    def no_links(src, dst):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(newfile.os, "link", no_links)
    write_new_file(tmp_path / "a.bin", b"abc")
    assert (tmp_path / "a.bin").read_bytes() == b"abc"
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    monkeypatch.setattr(newfile, "refuse_existing", lambda path: None)  # as if the link came after the check
    (tmp_path / "b.bin").symlink_to(victim)
    with pytest.raises(FileExistsError):
        write_new_file(tmp_path / "b.bin", b"new")
    assert victim.read_bytes() == b"precious"
