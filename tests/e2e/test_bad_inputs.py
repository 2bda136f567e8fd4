"""Every bad input gets a clear answer: a table of bad files, paths and arguments over the commands.

Each case runs the real command line and checks the exit code, that stderr ends in one
`clearance: ...` line naming what is wrong, and that no traceback is printed. Cases a root user
cannot provoke (unreadable files, read-only folders) run the command as `nobody`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli_errors import EXIT_SOME_FAILED, EXIT_USAGE
from devkit.corpus import badfiles

ROOT = Path(__file__).resolve().parents[2]
CSV_HEADER = ("party_name,party_kind,register_number,vat_id,email,aliases,purpose,status,granted_on,"
              "valid_until,withdrawn_on,version,evidence")
CSV_ROW = "Acme GmbH,company,HRB 1,DE1,legal@acme.example,ACME,ai-training,granted,2024-01-01,2027-01-01,,1,form"


@pytest.fixture(scope="module")
def contract_pdf() -> bytes:
    from devkit.corpus import generate_contract

    return generate_contract(7420, pages=2).pdf


def _pdf(kind: str) -> Callable[[Path, bytes], Path]:
    """A writer of one kind of bad PDF, as `clearance` users meet them."""
    def write(folder: Path, good: bytes) -> Path:
        path = folder / f"{kind}.pdf"
        if kind == "cut":
            return badfiles.write_cut(path, good, 0.05)
        if kind == "huge":  # sparse: over the size limit without writing 513 MB
            with path.open("wb") as f:
                f.write(b"%PDF-1.7\n")
                f.truncate(513 * 2**20)
            return path
        return {"corrupt": badfiles.write_corrupt, "encrypted": badfiles.write_encrypted,
                "empty": badfiles.write_empty, "not-pdf": badfiles.write_text_as_pdf,
                "no-pages": badfiles.write_zero_pages, "page-count-lie": badfiles.write_page_count_lie}[kind](path)
    return write


BAD_PDFS = {  # kind: what the one-line reason says
    "cut": "damaged", "corrupt": "damaged", "encrypted": "password", "empty": "empty",
    "not-pdf": "not a PDF", "no-pages": "no pages", "huge": "limit", "page-count-lie": "damaged: 2 of 5 pages",
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(err: str, code: int, expected_code: int, *fragments: str) -> None:
    assert "Traceback" not in err, err
    assert code == expected_code, err
    last = [line for line in err.splitlines() if line.strip()][-1]
    for fragment in fragments:
        assert fragment in last, last


# --- bad PDF files over the commands that read PDFs --------------------------------------------------

@pytest.mark.parametrize("kind", sorted(BAD_PDFS))
def test_redact_refuses_a_bad_pdf_in_one_line(tmp_path, capsys, contract_pdf, kind):
    pdf = _pdf(kind)(tmp_path, contract_pdf)
    (tmp_path / "terms.txt").write_text("Acme\n")
    code, _, err = run(capsys, "redact", str(pdf), "-o", str(tmp_path / "out.pdf"), "--terms", str(tmp_path / "terms.txt"))
    assert_one_line(err, code, EXIT_USAGE, str(pdf), BAD_PDFS[kind])
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize("kind", sorted(set(BAD_PDFS) - {"page-count-lie"}))  # that one is imported, see below
def test_scan_reports_a_bad_pdf_and_goes_on(tmp_path, capsys, contract_pdf, kind):
    folder = tmp_path / "in"
    folder.mkdir()
    pdf = _pdf(kind)(folder, contract_pdf)
    (folder / "notes.txt").write_text("not a PDF name: ignored")
    code, out, err = run(capsys, "scan", str(folder), "--store", str(tmp_path / "s.sqlite"), "--workers", "1")
    assert code == EXIT_SOME_FAILED and "Traceback" not in err
    assert "0 imported" in out and "1 failed" in out
    assert "1 file(s) failed:" in err
    [line] = [ln for ln in err.splitlines() if ln.startswith(str(pdf))]
    assert BAD_PDFS[kind] in line


def test_the_gui_import_reports_bad_files_and_keeps_the_good(tmp_path, store, contract_pdf):
    from desktop.cli_app import import_files

    bad = [_pdf(kind)(tmp_path, contract_pdf) for kind in ("cut", "corrupt", "page-count-lie")]
    good = tmp_path / "good.pdf"
    good.write_bytes(contract_pdf)
    failures = import_files(store, [*bad, good])
    assert [name for name, _ in failures] == ["cut.pdf", "corrupt.pdf"]
    stored = {d["name"]: d for d in store.documents()}
    assert set(stored) == {"page-count-lie.pdf", "good.pdf"}
    assert stored["page-count-lie.pdf"]["readable_pages"] == 2 and stored["good.pdf"]["readable_pages"] is None


# --- bad arguments and paths ----------------------------------------------------------------------------

def _redact_args(tmp_path: Path, contract_pdf: bytes, output: Path, terms: bytes = b"Acme\n") -> list[str]:
    (tmp_path / "in.pdf").write_bytes(contract_pdf)
    (tmp_path / "terms.txt").write_bytes(terms)
    return ["redact", str(tmp_path / "in.pdf"), "-o", str(output), "--terms", str(tmp_path / "terms.txt")]


ARGUMENT_CASES = {
    # id: (argv from tmp_path and a good PDF, exit code, fragments of the last stderr line)
    "redact -o into a missing folder": (
        lambda t, pdf: _redact_args(t, pdf, t / "no" / "such" / "out.pdf"), EXIT_USAGE, ("does not exist",)),
    "redact -o onto a folder": (lambda t, pdf: _redact_args(t, pdf, t), EXIT_USAGE, ("is a folder",)),
    "redact a missing input": (
        lambda t, pdf: ["redact", str(t / "nope.pdf"), "-o", str(t / "o.pdf"), "--terms", str(_touch(t / "t.txt"))],
        EXIT_USAGE, ("nope.pdf", "no such file")),
    "redact with a folder as terms file": (
        lambda t, pdf: ["redact", str(t / "nope.pdf"), "-o", str(t / "o.pdf"), "--terms", str(t)], EXIT_USAGE,
        ("is a folder",)),
    "terms in Latin-1": (lambda t, pdf: _redact_args(t, pdf, t / "o.pdf", "Müller\n".encode("latin-1")),
                         EXIT_USAGE, ("terms.txt", "not UTF-8")),
    "terms binary": (lambda t, pdf: _redact_args(t, pdf, t / "o.pdf", b"\x00\x01\x02binary\x00"),
                     EXIT_USAGE, ("terms.txt", "not a text file")),
    "terms empty": (lambda t, pdf: _redact_args(t, pdf, t / "o.pdf", b"\n  \n"), EXIT_USAGE, ("no terms",)),
    "nothing to redact": (lambda t, pdf: ["redact", str(t), "-o", str(t / "o.pdf")], EXIT_USAGE, ("nothing to redact",)),
    "demo onto a file": (lambda t, pdf: ["demo", str(_touch(t / "file"))], EXIT_USAGE, ("is a file",)),
    "scan a missing path": (lambda t, pdf: ["scan", str(t / "nope"), "--store", str(t / "s.sqlite")], EXIT_USAGE,
                            ("nope", "no such file or folder")),
    "scan an empty folder": (lambda t, pdf: ["scan", str(_folder(t / "empty")), "--store", str(t / "s.sqlite")],
                             EXIT_SOME_FAILED, ("empty", "no PDF files")),
    "--store is a folder": (lambda t, pdf: ["scan", str(_folder(t / "empty")), "--store", str(t)], EXIT_USAGE,
                            ("is a folder",)),
    "--store is not a store": (lambda t, pdf: ["consent", "list", "--store", str(_touch(t / "x.pdf", b"%PDF-1.7"))],
                               EXIT_USAGE, ("x.pdf", "not a")),
    "findings: mistyped store": (lambda t, pdf: ["findings", "1", "--store", str(t / "typo.sqlite")], EXIT_USAGE,
                                 ("typo.sqlite", "no such store")),
    "consent show: mistyped store": (lambda t, pdf: ["consent", "show", "Acme", "--store", str(t / "typo.sqlite")],
                                     EXIT_USAGE, ("no such store",)),
    "export: mistyped store": (lambda t, pdf: ["export", "--signer", "x", "--store", str(t / "typo.sqlite")], EXIT_USAGE,
                               ("no such store",)),
    "verify a missing target": (lambda t, pdf: ["verify", str(t / "nope")], EXIT_USAGE, ("no such file",)),
    "verify a text file": (lambda t, pdf: ["verify", str(_touch(t / "notes.txt", b"hello"))], EXIT_SOME_FAILED,
                           ("notes.txt", "not a readable Clearance store")),
    "consent import: a folder": (lambda t, pdf: ["consent", "import", str(t), "--store", str(t / "s.sqlite")],
                                 EXIT_USAGE, ("is a folder",)),
    "consent import: Latin-1": (lambda t, pdf: _csv(t, (CSV_HEADER + "\n" + CSV_ROW.replace("Acme", "Mü")).encode("latin-1")),
                                EXIT_USAGE, ("c.csv", "not UTF-8")),
    "consent import: binary": (lambda t, pdf: _csv(t, b"\x00\x00\xff\x10PK"), EXIT_USAGE, ("not a text file",)),
    "consent import: header only": (lambda t, pdf: _csv(t, CSV_HEADER.encode()), EXIT_USAGE, ("no consent rows",)),
    "consent import: a column twice": (lambda t, pdf: _csv(t, (CSV_HEADER + ",purpose\n" + CSV_ROW + ",x").encode()),
                                       EXIT_USAGE, ("nothing was imported",)),
    "consent import: 200,000-character field": (
        lambda t, pdf: _csv(t, (CSV_HEADER + "\n" + CSV_ROW + "x" * 200_000).encode()), EXIT_USAGE,
        ("nothing was imported",)),
    "consent import: escape characters": (
        lambda t, pdf: _csv(t, (CSV_HEADER + "\n" + CSV_ROW.replace("form", "\x1b[31mred")).encode()), EXIT_USAGE,
        ("nothing was imported",)),
    "import-findings: an empty folder": (
        lambda t, pdf: ["import-findings", str(_folder(t / "shards")), "--store", str(t / "s.sqlite")], EXIT_USAGE,
        ("no findings shards",)),
    "import-findings: a damaged shard": (
        lambda t, pdf: ["import-findings", str(_touch(_folder(t / "shards") / "part-0.parquet", b"PAR1 cut").parent),
                        "--store", str(t / "s.sqlite")], EXIT_USAGE, ("part-0.parquet", "not a readable findings shard")),
    "consent withdraw: mistyped store": (
        lambda t, pdf: ["consent", "withdraw", "Acme", "--purpose", "ai-training", "--store", str(t / "typo.sqlite")],
        EXIT_USAGE, ("no such store",)),
    "settings show: mistyped store": (lambda t, pdf: ["settings", "show", "--store", str(t / "typo.sqlite")],
                                      EXIT_USAGE, ("typo.sqlite", "no such store")),
    "signer list: mistyped store": (lambda t, pdf: ["signer", "list", "--store", str(t / "typo.sqlite")],
                                    EXIT_USAGE, ("typo.sqlite", "no such store")),
    "consent import: /dev/zero": (lambda t, pdf: ["consent", "import", "/dev/zero", "--store", str(t / "s.sqlite")],
                                  EXIT_USAGE, ("/dev/zero", "larger than 64 MB")),
    "redact --terms /dev/zero": (lambda t, pdf: [*_redact_args(t, pdf, t / "o.pdf")[:-1], "/dev/zero"], EXIT_USAGE,
                                 ("/dev/zero", "larger than 64 MB")),
}


def _touch(path: Path, data: bytes = b"x") -> Path:
    path.write_bytes(data)
    return path


def _folder(path: Path) -> Path:
    path.mkdir(exist_ok=True)
    return path


def _csv(tmp_path: Path, data: bytes) -> list[str]:
    (tmp_path / "c.csv").write_bytes(data)
    return ["consent", "import", str(tmp_path / "c.csv"), "--store", str(tmp_path / "s.sqlite")]


@pytest.mark.parametrize("case", sorted(ARGUMENT_CASES))
def test_bad_argument_gets_one_line(tmp_path, capsys, contract_pdf, case):
    build, expected, fragments = ARGUMENT_CASES[case]
    argv = build(tmp_path, contract_pdf)
    before = set(tmp_path.rglob("*"))
    code, _, err = run(capsys, *argv)
    assert_one_line(err, code, expected, *fragments)
    if case.endswith("mistyped store"):  # read-only commands create nothing, the store least of all
        assert set(tmp_path.rglob("*")) == before


@pytest.mark.parametrize(("manifest", "signoffs", "audit"), [
    (b'{"files": [{"nom": 1}]}', b"[]", b""),
    (b'{"files": []}', b'[{"payload": 3}]', b""),
    (b'{"files": []}', b'{"not": "a list"}', b'[1, 2]\n'),
    (b"\xff\xfe garbage", b"[]", b""),
])
def test_verify_a_malformed_export_folder(tmp_path, capsys, manifest, signoffs, audit):
    from desktop.core.trust.audit import AUDIT_FILE, MANIFEST_FILE, SIGNOFFS_FILE

    for name, data in ((MANIFEST_FILE, manifest), (SIGNOFFS_FILE, signoffs), (AUDIT_FILE, audit)):
        (tmp_path / name).write_bytes(data)
    code, _, err = run(capsys, "verify", str(tmp_path))
    assert code == EXIT_SOME_FAILED and "Traceback" not in err and err.startswith("FAIL ")


def test_csv_reports_every_problem_of_every_row(tmp_path, capsys):
    rows = [CSV_ROW.replace("company", "firm").replace("granted", "maybe"),
            CSV_ROW.replace("Acme", "Beta").replace("2024-01-01", "yesterday").replace("legal@acme.example", "x")]
    code, _, err = run(capsys, *_csv(tmp_path, "\n".join([CSV_HEADER, *rows]).encode()))
    assert code == EXIT_USAGE and "Traceback" not in err
    assert {(line.split(": ")[1]) for line in err.splitlines() if ": line " in line} == {"line 2", "line 3"}
    assert all(fragment in err for fragment in ("party_kind 'firm'", "status 'maybe'", "granted_on 'yesterday'",
                                                "email 'x'"))
    assert "\x1b" not in err


def test_debug_shows_the_traceback(tmp_path, capsys):
    with pytest.raises(Exception, match="no such store"):
        main(["findings", "1", "--store", str(tmp_path / "typo.sqlite"), "--debug"])


def test_an_unexpected_error_is_one_line_too(tmp_path, capsys, monkeypatch):
    import desktop.cli_scan

    def broken(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(desktop.cli_scan, "findings_command", broken)
    code, _, err = run(capsys, "findings", "1", "--store", str(tmp_path / "s.sqlite"))
    assert_one_line(err, code, 70, "internal error: ZeroDivisionError: a bug", "--debug")


# --- as another user: unreadable files, read-only folders, read-only stores ----------------------------------

@pytest.fixture
def shared_dir():
    """A folder `nobody` can read (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="clearance-bad-inputs-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def as_other_user(*argv: str) -> subprocess.CompletedProcess:
    """Run the command line as `nobody` when we are root (root reads everything), else as we are."""
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": "/tmp", "XDG_DATA_HOME": "/tmp/clearance-nobody-data",
           "XDG_CACHE_HOME": "/tmp/clearance-nobody-cache"}
    return subprocess.run([*prefix, sys.executable, "-m", "desktop.cli", *argv], env=env, capture_output=True,
                          text=True, timeout=300, cwd="/")


needs_setpriv = pytest.mark.skipif(os.geteuid() == 0 and shutil.which("setpriv") is None, reason="needs setpriv")


@needs_setpriv
def test_unreadable_and_read_only_paths(shared_dir, contract_pdf):
    secret = shared_dir / "secret.pdf"
    secret.write_bytes(contract_pdf)
    secret.chmod(0o000)
    terms = shared_dir / "terms.txt"
    terms.write_text("Acme\n")
    terms.chmod(0o644)
    readable = shared_dir / "in.pdf"
    readable.write_bytes(contract_pdf)
    readable.chmod(0o644)
    csv = shared_dir / "c.csv"
    csv.write_text(CSV_HEADER + "\n" + CSV_ROW + "\n")
    csv.chmod(0o000)
    cases = [
        (["redact", str(secret), "-o", "/tmp/clearance-o.pdf", "--terms", str(terms)], EXIT_USAGE, "Permission denied"),
        (["redact", str(readable), "-o", str(shared_dir / "out.pdf"), "--terms", str(terms)], EXIT_USAGE,
         "cannot write there"),
        (["scan", str(secret), "--store", str(shared_dir / "sub" / "s.sqlite")], EXIT_USAGE, "cannot create"),
        (["scan", str(secret), "--store", str(shared_dir / "s.sqlite")], EXIT_USAGE, "cannot open the store"),
        (["consent", "import", str(csv), "--store", "/tmp/clearance-nobody.sqlite"], EXIT_USAGE, "Permission denied"),
    ]
    for argv, expected, fragment in cases:
        result = as_other_user(*argv)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == expected, (argv, result.stderr)
        assert fragment in result.stderr.strip().splitlines()[-1], (argv, result.stderr)


@needs_setpriv
def test_scan_reports_an_unreadable_file_and_imports_the_rest(shared_dir, contract_pdf):
    folder = shared_dir / "in"
    folder.mkdir()
    folder.chmod(0o755)
    (folder / "a-secret.pdf").write_bytes(contract_pdf)
    (folder / "a-secret.pdf").chmod(0o000)
    store = Path(tempfile.mkdtemp(prefix="clearance-store-"))
    store.chmod(0o777)
    try:
        badfiles.write_page_count_lie(folder / "b-lie.pdf").chmod(0o644)
        result = as_other_user("scan", str(folder), "--store", str(store / "s.sqlite"), "--workers", "1")
        assert result.returncode == EXIT_SOME_FAILED and "Traceback" not in result.stderr, result.stderr
        assert "1 imported" in result.stdout and "1 failed" in result.stdout and "1 damaged" in result.stdout
        assert f"{folder / 'a-secret.pdf'}: cannot be read (Permission denied)" in result.stderr
        assert "b-lie.pdf: damaged: 2 of 5 pages readable" in result.stderr
    finally:
        shutil.rmtree(store, ignore_errors=True)


@needs_setpriv
def test_verify_reads_a_store_on_read_only_media(shared_dir):
    from desktop.core.store import Store

    with Store(shared_dir / "s.sqlite", actor="tester") as s:
        s.append_audit("note", {"n": 1})
    (shared_dir / "s.sqlite").chmod(0o644)
    before = sorted(p.name for p in shared_dir.iterdir())
    result = as_other_user("verify", str(shared_dir / "s.sqlite"))  # the folder is not writable for nobody
    assert result.returncode == 0, result.stderr
    assert "audit chain" in result.stdout
    listed = as_other_user("consent", "list", "--store", str(shared_dir / "s.sqlite"))
    assert listed.returncode == 0, listed.stderr
    assert sorted(p.name for p in shared_dir.iterdir()) == before  # no -wal, no -shm


# --- output closed early --------------------------------------------------------------------------------------

def test_a_closed_pipe_ends_quietly(tmp_path):
    rows = "\n".join(CSV_ROW.replace("Acme", f"Party {i} ") for i in range(3000))
    (tmp_path / "c.csv").write_text(CSV_HEADER + "\n" + rows + "\n")
    store = tmp_path / "s.sqlite"
    assert main(["consent", "import", str(tmp_path / "c.csv"), "--store", str(store)]) == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for argv in (f"consent list --store {store}", f"scan {tmp_path / 'c.csv'} --store {store}"):
        result = subprocess.run(f"{sys.executable} -m desktop.cli {argv} | head -n 0; echo ${{PIPESTATUS[0]}}",
                                shell=True, executable="/bin/bash", env=env, capture_output=True, text=True,
                                timeout=120)
        assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr, result.stderr
        assert result.stdout.strip() in ("141", "1"), result.stdout  # 1: the scan's own verdict, if it got there


@pytest.mark.parametrize(("argv", "fragment"), [
    (["export", "--store", "s.sqlite"], "the following arguments are required: --signer"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["scan", "--workers", "many", "in"], "argument --workers: invalid int value: 'many'"),
    (["consent"], "the following arguments are required: ACTION"),
    (["preview", "1", "--zoom", "0", "-o", "p.png"], "argument --zoom: '0' is not a zoom from 0.1 to 8"),
    (["preview", "1", "--zoom", "nan", "-o", "p.png"], "argument --zoom: 'nan' is not a zoom"),
    (["preview", "1", "--zoom", "inf", "-o", "p.png"], "argument --zoom: 'inf' is not a zoom"),
])
def test_a_mistyped_command_gets_one_line_that_says_where_the_help_is(capsys, argv, fragment):
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out, err = capsys.readouterr()
    assert exited.value.code == EXIT_USAGE and out == ""
    assert err.count("\n") == 1 and fragment in err and err.rstrip().endswith("--help`)"), err


# --- the store failing, damaged or odd files: a one-line answer, never exit 70 -------------------------------

def _store_with_consents(tmp_path: Path) -> Path:
    (tmp_path / "c.csv").write_text(CSV_HEADER + "\n" + CSV_ROW + "\n")
    assert main(["consent", "import", str(tmp_path / "c.csv"), "--store", str(tmp_path / "s.sqlite")]) == 0
    return tmp_path / "s.sqlite"


def _store_connections(monkeypatch, pragma: Callable[[object], str]) -> None:
    """Every store this process opens from now on gets `pragma` run on its connection: SQLite's own
    read-only mode, or a page limit that makes the next growth fail as a full disk does."""
    from desktop.core.store import base

    opened = base.StoreBase.__init__

    def init(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        self.db.execute(pragma(self))

    monkeypatch.setattr(base.StoreBase, "__init__", init)


def _read_only(tmp_path, monkeypatch, contract_pdf):
    store = _store_with_consents(tmp_path)
    _store_connections(monkeypatch, lambda s: "PRAGMA query_only=ON")
    return ["consent", "import", str(tmp_path / "c.csv"), "--store", str(store)]


def _read_only_scan(tmp_path, monkeypatch, contract_pdf):
    store = _store_with_consents(tmp_path)
    _store_connections(monkeypatch, lambda s: "PRAGMA query_only=ON")
    return ["scan", str(_touch(tmp_path / "a.pdf", contract_pdf)), "--store", str(store), "--workers", "1"]


def _full_disk_scan(tmp_path, monkeypatch, contract_pdf):
    store = _store_with_consents(tmp_path)
    _store_connections(monkeypatch, lambda s: f"PRAGMA max_page_count={s.db.execute('PRAGMA page_count').fetchone()[0]}")
    return ["scan", str(_touch(tmp_path / "a.pdf", contract_pdf)), "--store", str(store), "--workers", "1"]


def _damaged(*command: str):
    def build(tmp_path, monkeypatch, contract_pdf):
        store = _store_with_consents(tmp_path)
        data = bytearray(store.read_bytes())
        for offset in range(2 * 4096, len(data), 3 * 4096):  # every third page from the third on
            data[offset:offset + 1024] = b"\xde\xad\xbe\xef" * 256
        store.write_bytes(bytes(data))
        monkeypatch.setenv("CLEARANCE_PASSPHRASE", "correct horse battery")
        return [*command, "--store", str(store)]
    return build


STORE_CASES = {
    # id: (argv from tmp_path, monkeypatch and a good PDF, exit code, fragments of the last stderr line)
    "a read-only store": (_read_only, EXIT_USAGE, ("the store is read-only",)),
    "scan into a read-only store": (_read_only_scan, EXIT_USAGE, ("the store is read-only",)),
    "scan onto a full disk": (_full_disk_scan, EXIT_USAGE, ("the disk is full",)),
    # a damaged store is named with SQLite's word for it, wherever it was found damaged
    "consent list of a damaged store": (_damaged("consent", "list"), EXIT_USAGE, ("s.sqlite", "malformed")),
    "signoff in a damaged store": (_damaged("signoff", "1", "--meaning", "approved", "--signer", "alice"),
                                   EXIT_USAGE, ("s.sqlite", "malformed")),
    "export from a damaged store": (_damaged("export", "--signer", "alice"), EXIT_USAGE, ("s.sqlite", "malformed")),
}


@pytest.mark.parametrize("case", sorted(STORE_CASES))
def test_a_failing_store_gets_one_line(tmp_path, capsys, monkeypatch, contract_pdf, case):
    build, expected, fragments = STORE_CASES[case]
    argv = build(tmp_path, monkeypatch, contract_pdf)
    capsys.readouterr()
    code, _, err = run(capsys, *argv)
    assert_one_line(err, code, expected, *fragments)


def _big_picture_pdf(path: Path) -> Path:
    """A 200-inch page (the largest PDF allows) under a 20,000 x 20,000 picture, a few hundred KB on disk."""
    import zlib

    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=14400, height=14400)
    page.insert_text((72, 72), "A contract with a large picture.", fontsize=11)
    image = doc.get_new_xref()
    doc.update_object(image, "<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace "
                             "/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>")
    doc.update_stream(image, zlib.compress(b"\x80" * (20000 * 20000), 9), compress=False)
    resources = doc.xref_get_key(page.xref, "Resources")
    holder = int(resources[1].split()[0]) if resources[0] == "xref" else page.xref
    doc.xref_set_key(holder, "XObject" if resources[0] == "xref" else "Resources/XObject", f"<< /Im1 {image} 0 R >>")
    draw = doc.get_new_xref()
    doc.update_object(draw, "<< >>")
    doc.update_stream(draw, b"q 14400 0 0 14400 0 0 cm /Im1 Do Q")
    doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{x} 0 R" for x in [draw, *page.get_contents()]) + "]")
    doc.save(path)
    doc.close()
    return path


@pytest.mark.slow
def test_a_huge_picture_on_a_huge_page(tmp_path, capsys):
    pdf = _big_picture_pdf(tmp_path / "big.pdf")
    (tmp_path / "terms.txt").write_text("contract\n")
    code, _, err = run(capsys, "redact", str(pdf), "-o", str(tmp_path / "o.pdf"), "--terms", str(tmp_path / "terms.txt"))
    assert_one_line(err, code, EXIT_USAGE, "page 1", "too large to read by OCR")
    assert not (tmp_path / "o.pdf").exists()
    store = tmp_path / "s.sqlite"
    assert run(capsys, "scan", str(pdf), "--store", str(store), "--workers", "1")[0] == 0
    code, out, err = run(capsys, "preview", "1", "--store", str(store), "-o", str(tmp_path / "p.png"))
    assert code == 0 and "Traceback" not in err, err
    assert "(8000x8000)" in out  # drawn within the renderer's limit rather than refused by it


def test_findings_escape_control_characters_of_a_file_name(tmp_path, capsys, store):
    store.add_document(sha256="0" * 64, path=str(tmp_path / "x.pdf"), name="\x1b[2J\x1b[31mred.pdf", pages=1, size=1)
    code, out, err = run(capsys, "findings", "1", "--store", str(store.path))
    assert code == 0, err
    assert "\x1b" not in out and "\\x1b[2J\\x1b[31mred.pdf" in out


@pytest.mark.slow
def test_a_file_name_that_is_not_utf8_is_scanned_and_its_original_found_again(tmp_path, capsys, contract_pdf):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"Vertrag-M\xfcller.pdf")  # a Latin-1 name, as old file servers keep them
    (folder / name).write_bytes(contract_pdf)
    store = tmp_path / "s.sqlite"
    code, out, err = run(capsys, "scan", str(folder), "--store", str(store), "--workers", "1")
    assert code == 0 and "1 imported" in out, err
    code, out, err = run(capsys, "findings", "1", "--store", str(store))
    assert code == 0 and out.startswith("Vertrag-M\ufffdller.pdf"), err
    code, out, err = run(capsys, "preview", "1", "--store", str(store), "-o", str(tmp_path / "p.png"))
    assert code == 0, err  # the original is read again from its exact path


def test_an_unreadable_subfolder_is_reported(tmp_path, capsys, monkeypatch, contract_pdf):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    _touch(folder / "locked" / "a.pdf", contract_pdf)
    scandir = os.scandir

    def refusing(path="."):
        if str(path).endswith("locked"):  # as a folder of another user's is, where root is not the reader
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    code, _, err = run(capsys, "scan", str(folder), "--store", str(tmp_path / "s.sqlite"), "--workers", "1")
    assert code == EXIT_SOME_FAILED and "Traceback" not in err
    assert f"{folder / 'locked'}: cannot be read (Permission denied); the files in it were not scanned" in err
