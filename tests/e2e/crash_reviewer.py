"""Review a store with ReviewSession, one decision per line read from stdin, printing
"ACK <finding id> <status>" after each decision returns.

Run by test_crash.py, which lets it make one more decision and kills it with SIGKILL at once, so
at most one decision is unacknowledged at the kill.
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
    while sys.stdin.readline():
        session.go_to(rng.choice(session.findings).id)
        status = rng.choice(["confirmed", "rejected"])
        if status == "confirmed":
            session.accept()
        else:
            session.reject()
        print(f"ACK {session.current.id} {status}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
