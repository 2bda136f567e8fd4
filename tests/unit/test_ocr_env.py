"""Tesseract runs offline with the right language data and the system's libraries, also from the installed app."""

import sys

from desktop.core.pdf import ocr


def test_tessdata_prefix_is_used_when_it_holds_the_data(tmp_path, monkeypatch):
    (tmp_path / "eng.traineddata").write_bytes(b"x")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert ocr.tessdata_dir() == tmp_path
    assert ocr._environment()["TESSDATA_PREFIX"] == str(tmp_path)


def test_an_empty_tessdata_prefix_falls_back_to_the_system_data(tmp_path, monkeypatch):
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))  # no language data there
    found = ocr.tessdata_dir()
    assert found is not None and (found / "eng.traineddata").is_file() and found != tmp_path


def test_the_installed_app_hands_tesseract_the_system_libraries(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/clearance/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    env = ocr._environment()
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib" and "LD_LIBRARY_PATH_ORIG" not in env
    assert env["OMP_THREAD_LIMIT"] == "1"


def test_tsv_rows_become_words_with_boxes_and_confidence():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "4\t1\t1\t1\t1\t0\t10\t20\t200\t30\t-1\t\n"
           "5\t1\t1\t1\t1\t1\t10\t20\t90\t30\t96.5\tHalvorsen\n"
           "5\t1\t1\t1\t1\t2\t110\t20\t5\t30\t-1\t \n")
    (word,) = ocr.parse_tsv(tsv)
    assert word.text == "Halvorsen" and word.box == (10, 20, 100, 50) and word.confidence == 96.5
