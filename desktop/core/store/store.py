"""`Store`: every area's mixin over one connection."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from desktop.core.store.base import StoreBase
from desktop.core.store.batches import BatchesMixin
from desktop.core.store.claims import ClaimsMixin
from desktop.core.store.consent import ConsentMixin
from desktop.core.store.documents import DocumentsMixin
from desktop.core.store.findings import FindingsMixin
from desktop.core.store.page_texts import PageTextsMixin
from desktop.core.store.qa import QaMixin
from desktop.core.store.residue import ResidueMixin
from desktop.core.store.trust import TrustMixin


def default_store_path() -> Path:
    return Path(platformdirs.user_data_dir("Clearance", appauthor=False)) / "clearance.sqlite"


class Store(DocumentsMixin, FindingsMixin, ConsentMixin, BatchesMixin, TrustMixin, ClaimsMixin, ResidueMixin,
            QaMixin, PageTextsMixin, StoreBase):
    """The local store. Open one per thread; each public write commits before it returns."""
