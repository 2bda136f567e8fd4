"""Tesseract OCR of rendered pixels: words with boxes and confidences, offline, cached by image content."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from desktop.core.runtime.offline import app_cache_dir

LANGUAGES = "eng+deu"
ENGINE_VERSION = "tesseract-tsv-1"  # part of every cache key: a new reading rule re-reads the pages
TIMEOUT_SECONDS = 120
# Below this mean word confidence (0-100) a page's reading is not trusted: the reviewer is told
# to look at it, and the verifier does not call it verified.
LOW_CONFIDENCE = 70.0
_MEMORY_CACHE: OrderedDict[str, list] = OrderedDict()
_MEMORY_ENTRIES = 256
_MEMORY_LOCK = threading.Lock()  # read_images fills the cache from several threads


class OcrUnavailable(RuntimeError):
    """Tesseract or its language data is not installed."""


@dataclass(frozen=True)
class OcrWord:
    """One word as Tesseract read it; box in pixels of the image it was given."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float  # 0-100
    line: tuple[int, int, int]  # (block, paragraph, line): words of one line share it


def tesseract_path() -> str | None:
    return shutil.which("tesseract") or next(
        (p for p in ("/usr/bin/tesseract", "/usr/local/bin/tesseract") if Path(p).is_file()), None)


def tessdata_dir() -> Path | None:
    """Where the language data is: TESSDATA_PREFIX if it holds it, else the Debian locations."""
    candidates = [os.environ.get("TESSDATA_PREFIX", "")]
    candidates += [f"/usr/share/tesseract-ocr/{v}/tessdata" for v in (5, 4)] + ["/usr/share/tessdata"]
    for c in filter(None, candidates):
        for d in (Path(c), Path(c) / "tessdata"):
            if (d / "eng.traineddata").is_file():
                return d
    return None


def missing_parts() -> list[str]:
    """What OCR needs and does not find here (empty when it can run)."""
    missing = [] if tesseract_path() else ["tesseract (Debian: tesseract-ocr)"]
    data = tessdata_dir()
    for lang in LANGUAGES.split("+"):
        if data is None or not (data / f"{lang}.traineddata").is_file():
            missing.append(f"{lang}.traineddata (Debian: tesseract-ocr-{lang})")
    return missing


def available() -> bool:
    return not missing_parts()


def _environment() -> dict[str, str]:
    """The environment for the Tesseract process: its own language data, one thread (detection and
    the window share two cores), and the system's libraries rather than a frozen app's bundled ones
    (PyInstaller points LD_LIBRARY_PATH at the bundle and keeps the original in *_ORIG)."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        env.pop("LD_LIBRARY_PATH", None)
        if original:
            env["LD_LIBRARY_PATH"] = original
    data = tessdata_dir()
    if data is not None:
        env["TESSDATA_PREFIX"] = str(data)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def read_image(image: bytes, *, languages: str = LANGUAGES) -> list[OcrWord]:
    """Words Tesseract reads in an image (PNG or PNM bytes), cached by the image's bytes."""
    key = hashlib.sha256(image + f"|{languages}|{ENGINE_VERSION}".encode()).hexdigest()
    cached = _cached(key)
    if cached is not None:
        return cached
    words = _run_tesseract(image, languages)
    _store(key, words)
    return words


def read_images(images: list[bytes], *, languages: str = LANGUAGES, workers: int | None = None) -> list[list[OcrWord]]:
    """Several images at once, one Tesseract process per core (each runs on one thread)."""
    from concurrent.futures import ThreadPoolExecutor

    workers = workers or max(1, min(len(images), os.cpu_count() or 1))
    if workers == 1:
        return [read_image(i, languages=languages) for i in images]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda i: read_image(i, languages=languages), images))


def _run_tesseract(image: bytes, languages: str) -> list[OcrWord]:
    exe = tesseract_path()
    if exe is None or tessdata_dir() is None:
        raise OcrUnavailable("OCR needs " + ", ".join(missing_parts()))
    try:
        done = subprocess.run([exe, "stdin", "stdout", "-l", languages, "--psm", "3", "tsv"], input=image,
                              capture_output=True, env=_environment(), timeout=TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrUnavailable(f"tesseract could not run: {exc}") from exc
    if done.returncode != 0:
        raise OcrUnavailable("tesseract failed: " + done.stderr.decode("utf-8", "replace").strip()[:200])
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Word rows (level 5) of Tesseract's TSV output; empty and unreadable (-1) words dropped."""
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left, top, width, height = (float(c) for c in cells[6:10])
        confidence = float(cells[10])
        if confidence < 0:
            continue
        line = (int(cells[2]), int(cells[3]), int(cells[4]))
        words.append(OcrWord(cells[11].strip(), (left, top, left + width, top + height), confidence, line))
    return words


def mean_confidence(words: list[OcrWord]) -> float | None:
    """Confidence of a reading, each word weighted by its length (None when nothing was read)."""
    weight = sum(len(w.text) for w in words)
    return sum(w.confidence * len(w.text) for w in words) / weight if weight else None


# --- cache: in memory, and on disk so a document is read once whatever process opens it -----------


def _cache_file(key: str) -> Path:
    return app_cache_dir() / "ocr" / key[:2] / f"{key}.json"


def _cached(key: str) -> list[OcrWord] | None:
    with _MEMORY_LOCK:
        if key in _MEMORY_CACHE:
            _MEMORY_CACHE.move_to_end(key)
            return _MEMORY_CACHE[key]
    try:
        rows = json.loads(_cache_file(key).read_text(encoding="utf-8"))
        words = [OcrWord(r[0], tuple(r[1]), r[2], tuple(r[3])) for r in rows]
    except (OSError, ValueError, IndexError, TypeError):
        return None
    _remember(key, words)
    return words


def _store(key: str, words: list[OcrWord]) -> None:
    _remember(key, words)
    path = _cache_file(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([[w.text, list(w.box), w.confidence, list(w.line)] for w in words]),
                       encoding="utf-8")
        tmp.replace(path)
    except OSError:  # a read-only cache only costs time
        pass


def _remember(key: str, words: list[OcrWord]) -> None:
    with _MEMORY_LOCK:
        _MEMORY_CACHE[key] = words
        while len(_MEMORY_CACHE) > _MEMORY_ENTRIES:
            _MEMORY_CACHE.popitem(last=False)
