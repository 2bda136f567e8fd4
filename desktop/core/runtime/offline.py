"""Keep the process off the network: tldextract's suffix list and model hubs use local data only."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_done = False


def app_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("Clearance", appauthor=False))


def make_offline() -> None:
    """Configure offline mode; safe to call many times, before or after Presidio is imported."""
    global _done
    if _done:
        return
    cache = app_cache_dir()
    # tldextract reads these when an extractor is built; an empty URL list means "bundled snapshot".
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    os.environ.setdefault("TLDEXTRACT_CACHE", str(cache / "tldextract"))
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    # The module-level extractor was built at import time (maybe before the variables above were
    # set) and is what tldextract.extract() — used by Presidio's e-mail recognizer — calls.
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(cache_dir=str(cache / "tldextract"), suffix_list_urls=())
    _done = True
