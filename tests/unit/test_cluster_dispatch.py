"""The Ray job's dispatcher and shard writer without a Ray: a stand-in runs each call at once and can
lose an actor, so what a lost node does to a scan is checked exactly (the two-node run with a real
Ray is tests/e2e/test_ray_join.py)."""

from __future__ import annotations

import hashlib
import json

import pytest

from desktop.core.cluster.dispatch import ClusterLost, Dispatch
from desktop.core.cluster.rows import EMPTY, HEADER


class _Errors:
    class RayError(Exception):
        pass

    class RayTaskError(RayError):
        pass

    class RayActorError(RayError):
        pass


class _Ref:
    def __init__(self, value=None, error=None):
        self.value, self.error = value, error


class _Actor:
    """Detects a batch at once; from its `dies_at`-th call on, it is gone as an actor on a lost node is."""

    def __init__(self, ray):
        self.ray, self.calls = ray, 0
        self.dies_at = ray.deaths.pop(0) if ray.deaths else None
        self.detect = self  # `actor.detect.remote(batch)`

    def remote(self, batch):
        self.calls += 1
        self.ray.batches.append(len(batch))
        if self.dies_at is not None and self.calls >= self.dies_at:
            return _Ref(error=_Errors.RayActorError("The actor died because its node was lost"))
        return _Ref([{**row, "text": "", "detector": "d", "results": "[]"} for row in batch])


class _FakeRay:
    exceptions = _Errors

    def __init__(self, deaths: list[int | None]):
        self.deaths, self.batches, self.killed = list(deaths), [], 0

    def remote(self, **_options):
        def wrap(target):
            class Remote:
                @staticmethod
                def remote(*_args):
                    return _Actor(self)
            return Remote
        return wrap

    def wait(self, refs, num_returns=1):
        return refs[:num_returns], refs[num_returns:]

    def get(self, ref):
        if ref.error:
            raise ref.error
        return ref.value

    def kill(self, _actor, no_restart=True):
        self.killed += 1


def _pages(count: int) -> list[dict]:
    return [{**EMPTY, "path": "a.pdf", "name": "a.pdf", "sha256": "a" * 64, "pages": count, "page": n,
             "text": f"page {n}", "text_hash": f"h{n}"} for n in range(count)]


def test_a_lost_actors_pages_are_detected_by_the_actors_left():
    ray = _FakeRay(deaths=[1, None])  # the first actor is lost on its first batch
    notices: list[str] = []
    dispatch = Dispatch(ray, 2, None, batch_pages=4, notice=notices.append)
    rows = list(dispatch.run(pages=_pages(40)))
    assert sorted(r["page"] for r in rows) == list(range(40))  # every page once, none lost, none twice
    assert all(r["results"] == "[]" and not r["error"] for r in rows)
    assert dispatch.lost_batches == 2  # both of its batches in flight went back to the queue
    assert len(notices) == 1 and "lost" in notices[0] and "1 left" in notices[0]
    assert ray.killed == 1


def test_with_no_actor_left_the_job_ends_in_one_line_after_handing_on_what_came_back():
    ray = _FakeRay(deaths=[3, 3])  # each actor detects two batches, then its node is gone
    dispatch = Dispatch(ray, 2, None, batch_pages=4)
    received = []
    with pytest.raises(ClusterLost) as lost:
        for row in dispatch.run(pages=_pages(40)):
            received.append(row["page"])
    assert len(received) == 16 and len(set(received)) == 16  # four batches of four came back and were handed on
    assert "\n" not in str(lost.value) and "all 2 detection actors" in str(lost.value)


def test_a_failing_batch_fails_its_pages_alone():
    class Broken(_Actor):
        def remote(self, batch):
            return _Ref(error=_Errors.RayTaskError("ValueError: spaCy exploded"))

    ray = _FakeRay(deaths=[])
    dispatch = Dispatch(ray, 1, None, batch_pages=4)
    dispatch.actors = {0: Broken(ray)}
    rows = list(dispatch.run(pages=_pages(3)))
    assert [r["page"] for r in rows] == [0, 1, 2]
    assert all("could not be detected (ValueError: spaCy exploded)" in r["error"] for r in rows)


# --- shards: written as documents finish, kept when the run ends early, resumed page by page ---

def _doc(name: str, pages: int) -> tuple[str, list[dict]]:
    sha = hashlib.sha256(name.encode()).hexdigest()
    header = {**EMPTY, "path": f"/c/{name}", "name": name, "sha256": sha, "pages": pages, "page": HEADER,
              "skipped": False}
    return sha, [header] + [{**header, "page": n, "text_hash": f"{name}{n}", "detector": "d",
                             "results": json.dumps([{"start": 0, "end": 4, "entity_type": "PERSON", "score": 0.9}])}
                            for n in range(pages)]


def test_shards_keep_finished_documents_and_a_rerun_sends_only_missing_pages(tmp_path, monkeypatch):
    pytest.importorskip("pyarrow")
    from desktop.core.cluster import shards
    from desktop.core.cluster.engine import RayOptions

    sha_a, rows_a = _doc("a.pdf", 2)
    sha_b, rows_b = _doc("b.pdf", 3)
    seen: dict = {}

    def cut_short(files, model, options, *, wanted, skip, notice):
        seen.update(wanted=wanted, skip=skip)
        yield from rows_a
        assert list(tmp_path.joinpath("out").glob("*.parquet"))  # a.pdf was written as soon as it finished
        yield from rows_b[:2]  # b.pdf's header and first page, then every node is lost
        raise ClusterLost("all 2 detection actors on the Ray cluster were lost")

    monkeypatch.setattr(shards, "detect_files", cut_short)
    folder = tmp_path / "out"
    with pytest.raises(ClusterLost):
        shards.scan_to_shards([tmp_path], folder, RayOptions())
    kept = shards.read_shards(folder)
    assert kept[sha_a].complete and not kept[sha_b].complete and sorted(kept[sha_b].pages) == [0]

    def the_rest(files, model, options, *, wanted, skip, notice):
        seen.update(wanted=wanted, skip=skip)
        yield {**rows_a[0], "skipped": True}
        yield rows_b[0]
        yield from rows_b[2:]

    monkeypatch.setattr(shards, "detect_files", the_rest)
    report = shards.scan_to_shards([tmp_path], folder, RayOptions())
    assert seen == {"wanted": {sha_b: [1, 2]}, "skip": frozenset({sha_a})}
    assert report.detected == ["/c/b.pdf"] and report.already == ["/c/a.pdf"]
    assert all(doc.complete for doc in shards.read_shards(folder).values())
