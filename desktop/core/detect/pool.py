"""Detection in worker processes that each load the analyzer once; pages stream back as they finish."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from desktop.core.runtime.children import die_with_parent, spawn_pool

_analyzer = None  # one per process: built by the worker initializer or on first in-process use
_model = ""
_words: frozenset[str] = frozenset()


def _start_worker(model: str) -> None:
    """Initializer of a pool process."""
    die_with_parent()
    _init_worker(model)


def _init_worker(model: str) -> None:
    global _analyzer, _model, _words
    from desktop.core.detect.analyzer import build_analyzer, english_words, model_name
    from desktop.core.detect.termlists import german_words

    _model = model_name(model)
    _analyzer = build_analyzer(_model)
    _words = english_words(_analyzer) | german_words()


def detect_texts(texts: list[str], model: str | None = None) -> list[list[dict]]:
    """Resolved detection results (plain dicts) for each page text, in this process."""
    from desktop.core.detect.analyzer import analyze_texts, model_name
    from desktop.core.detect.spans import mark_generic, resolve_overlaps, result_to_dict

    if _analyzer is None or _model != model_name(model):
        _init_worker(model)
    out = []
    for text, results in zip(texts, analyze_texts(_analyzer, texts)):
        items = resolve_overlaps(text, [result_to_dict(r, _model) for r in results])
        mark_generic(text, items, _words)
        out.append(items)
    return out


def _ready() -> None:
    """A task that does nothing: the worker's initializer has run when it returns."""


def _detect_batch(batch: list[tuple[int, str]], model: str | None) -> list[tuple[int, list[dict]]]:
    numbers, texts = zip(*batch)
    return list(zip(numbers, detect_texts(list(texts), model)))


class DetectorPool:
    """`detect()` yields (page number, results) as pages finish. `workers=1` runs in this process,
    which tests and debugging use; more workers use spawned processes (fork is unsafe with threads)."""

    def __init__(self, workers: int = 2, model: str | None = None, batch_pages: int = 1):
        self.workers = max(1, workers)
        self.model = model
        self.batch_pages = max(1, batch_pages)
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = spawn_pool(self.workers, _start_worker, (self.model,))
        return self._executor

    def start(self) -> DetectorPool:
        """Start the worker processes now rather than at the first page: each loads the analyzer (a
        second or two), which a caller still reading a long document's pages then overlaps."""
        if self.workers > 1:
            pool = self._pool()
            for _ in range(self.workers):  # each submit while none is idle starts one more process
                pool.submit(_ready)
        return self

    def detect(self, pages: Iterable[tuple[int, str]]) -> Iterator[tuple[int, list[dict]]]:
        """Pages are submitted in the order given (visible pages first) and yielded as they complete."""
        pages = list(pages)
        batches = [pages[i:i + self.batch_pages] for i in range(0, len(pages), self.batch_pages)]
        if not batches:
            return
        if self.workers == 1:
            for batch in batches:
                yield from _detect_batch(batch, self.model)
            return
        pool = self._pool()
        pending = {pool.submit(_detect_batch, batch, self.model) for batch in batches}
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        finally:
            for future in pending:
                future.cancel()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
