"""No socket is opened while scanning: sockets blocked, e-mail addresses and URLs are still found."""

from __future__ import annotations

import socket

import pytest

pytestmark = pytest.mark.slow


def test_scan_with_sockets_blocked(store, tmp_path, monkeypatch):
    from desktop.core.detect import DetectorPool
    from desktop.core.scan.documents import import_paths, scan_document
    from devkit.corpus import generate_contract

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access is blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    contract = generate_contract(4242, language="en", pages=2)
    path = tmp_path / "contract.pdf"
    path.write_bytes(contract.pdf)
    [doc_id] = import_paths(store, [path]).imported
    scan_document(store, doc_id, pool=DetectorPool(workers=1), known_parties=())

    found = {(f.entity_type, f.text) for f in store.findings(doc_id)}
    emails = {t.text for t in contract.truth if t.type == "EMAIL_ADDRESS"}
    urls = {t.text for t in contract.truth if t.type == "URL"}
    assert emails and emails <= {text for kind, text in found if kind == "EMAIL_ADDRESS"}
    assert all(any(u in text for kind, text in found if kind == "URL") for u in urls)
    assert attempts == []
