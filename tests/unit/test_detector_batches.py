"""Pages go to the detector in batches (their windows read by the model together): the page on screen
first and alone, the rest shared between the workers; a page's results do not depend on the batch it
was read in, and a detecting process leaves what it loaded out of the garbage collector's walks."""

from __future__ import annotations

import gc

import pytest

from desktop.core.detect import DetectorPool


def _pages(n: int) -> list[tuple[int, str]]:
    return [(i, f"page {i}") for i in range(n)]


@pytest.mark.parametrize("workers, n, sizes", [(1, 1, [1]), (1, 20, [1, 8, 8, 3]), (2, 9, [1, 4, 4]),
                                               (2, 40, [1, 8, 8, 8, 8, 7]), (4, 3, [1, 1, 1])])
def test_the_first_page_goes_alone_and_the_rest_in_batches_every_worker_shares(workers, n, sizes):
    batches = DetectorPool(workers=workers, batch_pages=8)._batches(_pages(n))
    assert [len(b) for b in batches] == sizes
    assert [p for b in batches for p in b] == _pages(n)  # every page once, in the order given
    assert DetectorPool()._batches([]) == []


def test_results_do_not_depend_on_the_pages_read_together():
    from desktop.core.pdf import extract_pages, open_pdf
    from devkit.corpus import generate_contract

    pages = [(p.number, p.text) for p in extract_pages(open_pdf(generate_contract(5003).pdf))]
    with DetectorPool(workers=1, batch_pages=1) as alone, DetectorPool(workers=1, batch_pages=16) as together:
        one_by_one = dict(alone.detect(pages))
        batched = dict(together.detect(pages))
    assert len(pages) > 2 and sum(map(len, one_by_one.values())) > 20
    assert batched == one_by_one


def test_a_detecting_process_freezes_what_it_loaded():
    from desktop.core.detect import pool

    pool.detect_texts(["Anna Berg signs for Acme GmbH."])
    pool.detect_texts(["Anna Berg signs for Acme GmbH."])  # the first call's page is not kept waiting
    assert gc.get_freeze_count() > 100_000  # the model, vocabulary and tables
    assert gc.get_threshold()[0] == pool.YOUNG_COLLECTION[0]
