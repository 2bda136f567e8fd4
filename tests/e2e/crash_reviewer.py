"""Review a store forever with ReviewSession, printing "ACK <finding id> <status>" after each decision returns.

Run by test_crash.py, which kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import random
import sys

from desktop.core.review.session import ReviewSession
from desktop.core.store import Store


def main(store_path: str, doc_id: int, seed: int) -> None:
    rng = random.Random(seed)
    store = Store(store_path, actor="crash-reviewer")
    session = ReviewSession(store, doc_id)
    while True:
        session.go_to(rng.choice(session.findings).id)
        status = rng.choice(["confirmed", "rejected"])
        if status == "confirmed":
            session.accept()
        else:
            session.reject()
        print(f"ACK {session.current.id} {status}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
