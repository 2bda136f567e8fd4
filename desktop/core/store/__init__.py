"""The store: one SQLite file holding documents, findings, decisions, consent, batches and the audit log.

Only this package speaks SQL. Each area has its own mixin module; `Store` combines them.
"""

from desktop.core.store.base import StoreBusyError, StoreError, StoreVersionError
from desktop.core.store.store import Store, default_store_path

__all__ = ["Store", "StoreBusyError", "StoreError", "StoreVersionError", "default_store_path"]
