"""`DetectorPool.start()` starts its worker processes before the first page, so that a caller still
reading a long document overlaps their start-up; the pages they then detect are detected as in this process."""

from __future__ import annotations

from desktop.core.detect import DetectorPool

PAGE = "This Agreement is made between Quillon Labs Inc. and Zelda Quartermain, 4 Harbour Lane, Leeds."


def test_started_workers_are_running_before_the_first_page_and_detect_as_this_process_does():
    with DetectorPool(workers=2).start() as pool:
        processes = list(pool._executor._processes.values())
        assert len(processes) == 2 and all(p.is_alive() for p in processes)
        found = dict(pool.detect([(0, PAGE)]))
    with DetectorPool(workers=1) as here:
        assert found == dict(here.detect([(0, PAGE)]))
    assert found[0]


def test_one_worker_is_this_process_and_starts_nothing():
    with DetectorPool(workers=1).start() as pool:
        assert pool._executor is None
