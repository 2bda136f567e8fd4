"""Hand pages to detection actors and take back results; a lost node's pages are redone elsewhere.

The driver reads each PDF itself and passes its bytes to a reading task as an argument (Ray keeps
them in the driver's object store, so no worker needs the driver's disk); the task returns the
file's header and page rows. Page rows go in batches to a fixed pool of detection actors, spread
over the nodes, two batches per actor at a time so none waits. Reading tasks are retried by Ray
on another node when theirs dies. An actor that is lost (its node died, or its process) is dropped
and its batches go back to the head of the queue for the actors left; only when no actor is left
does the job end, with `ClusterLost`, after every result that came back was handed on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from desktop.core.cluster import ClusterError
from desktop.core.cluster.rows import EMPTY, HEADER, detect_rows, file_rows

CALLS_PER_ACTOR = 2  # batches in flight per actor: one running, one waiting, so it never idles
READ_RETRIES = 3  # a reading task whose node dies is run again on another node, this often
QUEUED_BATCHES_PER_ACTOR = 4  # pages read ahead of detection, per actor (bounds the driver's memory)


class ClusterLost(ClusterError):
    """Every detection actor was lost; what came back before was handed on."""


class PageDetector:
    """A detection actor: loads the analyzer once when it starts, then detects batches of page rows."""

    def __init__(self, model: str | None):
        from desktop.core.detect.pool import detect_texts
        from desktop.core.runtime.offline import make_offline

        make_offline()
        self.model = model
        detect_texts(["Warm-up by ACME GmbH."], model)  # loads the pipeline now, not on the first batch

    def detect(self, rows: list[dict]) -> list[dict]:
        return detect_rows(rows, self.model)


def read_file(data: bytes, path: str, wanted: dict[str, list[int]] | None) -> list[dict]:
    """A reading task: the header and page rows of one file whose bytes the driver sent."""
    return file_rows({"bytes": data, "path": path}, wanted)


def first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1][:200] if lines else type(exc).__name__


class Dispatch:
    """One job: files (read on the cluster) or ready page rows in, result rows out as they finish."""

    def __init__(self, ray, actors: int, model: str | None, batch_pages: int, notice=None):
        self.ray, self.notice = ray, notice
        actor_class = ray.remote(num_cpus=1, max_restarts=0, scheduling_strategy="SPREAD")(PageDetector)
        self.actors = {i: actor_class.remote(model) for i in range(actors)}
        self.started = actors
        self.busy = dict.fromkeys(self.actors, 0)
        self.reader = ray.remote(num_cpus=0, max_retries=READ_RETRIES, retry_exceptions=False)(read_file)
        self.batch_pages = batch_pages
        self.queue: deque[dict] = deque()
        self.out: dict = {}  # object ref -> (actor number, or None for a read; what was sent)
        self.lost_batches = 0  # batches sent again because their actor was lost

    def run(self, files: Iterable[Path] = (), pages: Iterable[dict] = (), *,
            wanted: dict[str, list[int]] | None = None, skip: frozenset[str] = frozenset()) -> Iterator[dict]:
        files, pages = iter(files), iter(pages)
        while True:
            yield from self._read_more(files, wanted, skip)
            self._take_pages(pages)
            self._send()
            if not self.out:
                return
            [ref], _ = self.ray.wait(list(self.out), num_returns=1)
            actor, sent = self.out.pop(ref)
            yield from (self._read_done(ref, sent) if actor is None else self._detect_done(ref, actor, sent))

    def _want_more(self) -> bool:
        return len(self.queue) < QUEUED_BATCHES_PER_ACTOR * len(self.actors) * self.batch_pages

    def _read_more(self, files: Iterator[Path], wanted, skip) -> Iterator[dict]:
        from desktop.core.pdf import sha256_bytes

        reading = sum(1 for actor, _ in self.out.values() if actor is None)
        while self._want_more() and reading < len(self.actors):
            path = next(files, None)
            if path is None:
                return
            name = path.name
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield {**EMPTY, "path": str(path), "name": name, "error": f"{name}: cannot be read ({exc.strerror})"}
                continue
            sha = sha256_bytes(data)
            if sha in skip:  # checked here (cheap, no page is read) so nothing is sent
                yield from file_rows({"bytes": data, "path": str(path)}, skip=skip)
                continue
            mine = {sha: wanted[sha]} if wanted and sha in wanted else None  # else every page
            self.out[self.reader.remote(data, str(path), mine)] = (None, path)
            reading += 1

    def _take_pages(self, pages: Iterator[dict]) -> None:
        while self._want_more():
            row = next(pages, None)
            if row is None:
                return
            self.queue.append(row)

    def _send(self) -> None:
        for number, actor in self.actors.items():
            while self.queue and self.busy[number] < CALLS_PER_ACTOR:
                batch = [self.queue.popleft() for _ in range(min(self.batch_pages, len(self.queue)))]
                self.out[actor.detect.remote(batch)] = (number, batch)
                self.busy[number] += 1

    def _read_done(self, ref, path: Path) -> Iterator[dict]:
        try:
            rows = self.ray.get(ref)
        except self.ray.exceptions.RayError as exc:  # its code failed, or every node it ran on was lost
            yield {**EMPTY, "path": str(path), "name": path.name,
                   "error": f"{path.name}: could not be read on the cluster ({first_line(exc)})"}
            return
        header = [r for r in rows if r["page"] == HEADER]
        yield from header
        self.queue.extend(r for r in rows if r["page"] != HEADER)

    def _detect_done(self, ref, number: int, batch: list[dict]) -> Iterator[dict]:
        self.busy[number] -= 1
        try:
            yield from self.ray.get(ref)
        except self.ray.exceptions.RayTaskError as exc:  # the detection code failed on this batch
            yield from ({**row, "text": "", "error": f"{row['name']}: page {row['page'] + 1} could not be "
                         f"detected ({first_line(exc)})"} for row in batch)
        except self.ray.exceptions.RayError as exc:  # the actor or its node is gone
            self._lose(number, batch, exc)

    def _lose(self, number: int, batch: list[dict], exc: Exception) -> None:
        self.queue.extendleft(reversed(batch))
        self.lost_batches += 1
        actor = self.actors.pop(number, None)
        if actor is not None:
            with suppress(Exception):  # it may be only unreachable: stop it doing the same work twice
                self.ray.kill(actor, no_restart=True)
        why = ("its node or its process died" if isinstance(exc, self.ray.exceptions.RayActorError)
               else first_line(exc)[:120])
        if not self.actors:
            raise ClusterLost(f"all {self.started} detection actors on the Ray cluster were lost (the last: {why}); "
                              "what finished is kept, and the same command goes on from there")
        if actor is not None and self.notice:
            self.notice(f"a detection actor on the Ray cluster was lost ({why}); its pages go to the "
                        f"{len(self.actors)} left")
