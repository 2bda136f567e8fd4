"""What flows through the Ray job: per file a header row, then a row per page; pure functions only.

A header row (page = -1) carries the file's identity, its page count and, for a file that cannot
be read, the same one-line reason the local import gives. Page rows carry the text out to the
detection actors and come back with the detection results instead of the text: only results
(spans, types, scores, explanations) return from the cluster, never page text.
"""

from __future__ import annotations

import json
from pathlib import PurePath

HEADER = -1  # the page number of a file's header row

# Every row has every column, so each batch has the same Arrow schema.
EMPTY = {"path": "", "name": "", "sha256": "", "size": 0, "pages": 0, "page": HEADER, "text": "",
         "text_hash": "", "detector": "", "results": "", "error": "", "skipped": False}


def file_rows(row: dict, wanted: dict[str, list[int]] | None = None, skip: frozenset[str] = frozenset()) -> list[dict]:
    """The header row and page rows of one file (`path`, and its `bytes` as the driver read them).

    `wanted` limits the pages sent to detection per sha256 (the rest are already stored);
    a file whose sha256 is in `skip` only gets a header row marked skipped."""
    from desktop.core.pdf import (
        PdfError,
        check_pdf_bytes,
        close_pdf,
        extract_pages,
        open_pdf,
        sha256_bytes,
    )

    data, path = row["bytes"], str(row["path"])
    name = PurePath(path).name
    header = {**EMPTY, "path": path, "name": name, "size": len(data)}
    try:
        check_pdf_bytes(data, name)
        header["sha256"] = sha256_bytes(data)
        if header["sha256"] in skip:
            return [{**header, "skipped": True}]
        doc = open_pdf(data, name)
    except PdfError as exc:
        return [{**header, "error": exc.reason}]
    try:
        pages = extract_pages(doc)
    except Exception as exc:  # as in the local import: a page that opens but cannot be read
        return [{**header, "error": f"{name}: the PDF is damaged and cannot be read ({exc})"}]
    finally:
        close_pdf(doc)
    header["pages"] = len(pages)
    numbers = None if wanted is None else set(wanted.get(header["sha256"], ()))
    return [header] + [{**header, "page": p.number, "text": p.text, "text_hash": p.text_hash}
                       for p in pages if numbers is None or p.number in numbers]


def detect_rows(rows: list[dict], model: str | None) -> list[dict]:
    """Page rows with their detection results (JSON) in place of their text; header rows as they are.

    The batch is detected at once; if that fails, page by page, so one bad page fails alone."""
    from desktop.core.detect import detector_version
    from desktop.core.detect.pool import detect_texts

    version = detector_version(model)
    pages = [i for i, r in enumerate(rows) if r["page"] != HEADER]
    try:
        results: list = detect_texts([rows[i]["text"] for i in pages], model) if pages else []
    except Exception:
        results = [_detect_one(rows[i]["text"], model) for i in pages]
    out = [{**r, "text": ""} for r in rows]
    for i, found in zip(pages, results):
        if isinstance(found, Exception):
            out[i]["error"] = f"{out[i]['name']}: page {out[i]['page'] + 1} could not be detected ({found})"
        else:
            out[i].update(detector=version, results=json.dumps(found, ensure_ascii=False, sort_keys=True))
    return out


def _detect_one(text: str, model: str | None) -> list[dict] | Exception:
    from desktop.core.detect.pool import detect_texts

    try:
        return detect_texts([text], model)[0]
    except Exception as exc:
        return exc
