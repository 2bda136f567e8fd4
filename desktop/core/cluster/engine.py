"""Start or join Ray and run detection as a Ray Data job: files in, detection results out, streamed.

Ray Data reads the input files, a light stage turns each into page rows (`rows.file_rows`), and a
fixed pool of actors, each loading the spaCy pipeline once, detects batches of pages
(`rows.detect_rows`, i.e. `desktop.core.detect`'s own code). The caller gets result rows as they
finish and decides where they go (a store, or Parquet shards).
"""

from __future__ import annotations

import logging
import math
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.core.cluster import INSTALL_HINT, ClusterError, ClusterUnavailable
from desktop.core.cluster.rows import detect_rows, file_rows

MAX_READ_BLOCKS = 2000
READERS_PER_ACTOR = 8
# Ray's opt-out of usage reporting, read by every Ray process (the dashboard UI is never started).
OFFLINE_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_USAGE_STATS_PROMPT_ENABLED": "0"}
# Even so, the head process a local Ray starts asks the cloud metadata address (169.254.169.254)
# which cloud it runs on. The processes it starts get a proxy on a closed loopback port for any
# HTTP request; their own connections are to loopback, which bypasses it.
_CLOSED = "http://127.0.0.1:9"
_LOOPBACK = "127.0.0.1,localhost,::1"
LOCAL_RAY_ENV = {"http_proxy": _CLOSED, "https_proxy": _CLOSED, "HTTP_PROXY": _CLOSED, "HTTPS_PROXY": _CLOSED,
                 "no_proxy": _LOOPBACK, "NO_PROXY": _LOOPBACK}


@dataclass(frozen=True)
class RayOptions:
    address: str | None = None  # None: start a local Ray on this machine; else join that cluster
    workers: int | None = None  # detection actors; default 2 locally, every CPU of a cluster
    batch_pages: int = 8  # pages per actor call (spaCy runs them as one batch)


def require_ray():
    """The ray module, or ClusterUnavailable with a one-line install hint."""
    os.environ.update(OFFLINE_ENV)  # before Ray is imported: it reads them at import and start
    try:
        import pyarrow  # noqa: F401
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise ClusterUnavailable(f"--engine ray needs Ray, which is not installed: {INSTALL_HINT}") from exc
    return ray


@contextmanager
def ray_session(options: RayOptions):
    """Ray for the duration of a job: the one already running in this process (left running), a
    local one started here, or a connection to the cluster at `options.address`. Yields the
    number of detection actors."""
    ray = require_ray()
    started = not ray.is_initialized()
    if started:
        common = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR,
                  "runtime_env": {"env_vars": dict(OFFLINE_ENV)}}
        try:
            if options.address:
                _reachable(options.address)
                ray.init(address=options.address, **common)
            else:
                # Ray otherwise finds the machine's address by opening a socket towards a public one.
                with _environment(LOCAL_RAY_ENV):
                    ray.init(num_cpus=options.workers or 2, _node_ip_address="127.0.0.1", **common)
        except Exception as exc:  # a wrong address, a missing token, a port in use: Ray raises many kinds
            where = f"join the Ray cluster at {options.address}" if options.address else "start a local Ray"
            raise ClusterError(f"cannot {where}: {_first_line(exc)}") from exc
    _quiet_ray_data()
    try:
        yield options.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    finally:
        if started:
            ray.shutdown()


def _reachable(address: str, timeout: float = 5.0) -> None:
    """Fail at once when nothing answers at the cluster's address: Ray itself retries for minutes."""
    import socket

    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"{address!r} is not HOST:PORT")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ConnectionError(f"nothing answers at {address} ({exc.strerror or exc})") from exc


def _first_line(exc: Exception) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1][:200] if lines else type(exc).__name__


@contextmanager
def _environment(values: dict[str, str]):
    """These variables for the processes started inside the block only; this one keeps its own."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _quiet_ray_data() -> None:
    """The caller shows its own progress; Ray Data's bars and per-run log lines would mix with it."""
    from ray.data import DataContext

    # A job of fewer files than actors leaves some idle, which is no news to the person scanning.
    warnings.filterwarnings("ignore", message="The minimum number of concurrent actors", category=UserWarning)

    ctx = DataContext.get_current()
    # Ray Data counts an actor it cancels before it starts (the job's input ran out first) as one
    # that died starting, and by default fails the job on the first; a broken detector still fails.
    ctx.max_consecutive_actor_init_deaths = 3
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    for name in ("ray.data", "ray"):
        logging.getLogger(name).setLevel(logging.ERROR)


class PageDetector:
    """A Ray Data actor: loads the analyzer once when it starts, then detects batches of page rows."""

    def __init__(self, model: str | None):
        from desktop.core.detect.pool import detect_texts
        from desktop.core.runtime.offline import make_offline

        make_offline()
        self.model = model
        detect_texts(["Warm-up by ACME GmbH."], model)  # loads the pipeline now, not on the first batch

    def __call__(self, batch):
        import pyarrow

        return pyarrow.Table.from_pylist(detect_rows(batch.to_pylist(), self.model))


def file_uri(path: Path, address: str | None) -> str:
    """Where Ray Data reads a file. Joining a cluster, `local://` makes Ray read it on this machine
    (the driver's node) and send the bytes on, so the workers need no access to its disk."""
    path = Path(path).resolve()
    return f"local://{path}" if address else str(path)


def detect_files(paths: list[Path], model: str | None, options: RayOptions, *,
                 wanted: dict[str, list[int]] | None = None, skip: frozenset[str] = frozenset()) -> Iterator[dict]:
    """Result rows (see `rows`) of every file, in the order they finish. `wanted` and `skip` as in
    `rows.file_rows`."""
    if not paths:
        return
    with ray_session(options) as actors:
        import ray

        # A block per file (up to a point), so that even a few files keep every actor busy. (A block
        # of pages goes to one actor: repartitioning into smaller ones would need a CPU slot the
        # actors hold, and waits for ever.)
        # Reading and text extraction cost about 1% of detection: they take no CPU slot from the
        # actors, and a few tasks at a time keep them fed (more would only start idle processes).
        readers = max(1, math.ceil(actors / READERS_PER_ACTOR))
        ds = ray.data.read_binary_files([file_uri(p, options.address) for p in paths], include_paths=True,
                                        num_cpus=0, concurrency=readers,
                                        override_num_blocks=min(len(paths), MAX_READ_BLOCKS))
        ds = ds.flat_map(file_rows, fn_kwargs={"wanted": wanted, "skip": skip}, num_cpus=0, concurrency=readers)
        # No actor restarts: Ray could not rebuild one whose constructor arguments it dropped, and
        # a failed job is resumed by running the scan again.
        with warnings.catch_warnings():  # Ray 2.60 calls every actor option "deprecated"
            warnings.simplefilter("ignore", DeprecationWarning)
            ds = ds.map_batches(PageDetector, fn_constructor_kwargs={"model": model}, batch_size=options.batch_pages,
                                batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=actors),
                                num_cpus=1, max_restarts=0)
        yield from ds.iter_rows()
