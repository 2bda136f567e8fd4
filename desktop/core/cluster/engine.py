"""Start or join Ray and run detection on it: files or page texts in, detection results out, streamed.

A local Ray is started on loopback only: Ray would otherwise take this machine's address on its
network (found by a socket towards a public DNS server) and carry its traffic there. Joining a
cluster fails in one line when nothing answers, when a token is set without the mode that uses it,
or when the cluster does not let this machine in. The job itself is run by `dispatch.Dispatch`.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.core.cluster import INSTALL_HINT, ClusterError, ClusterUnavailable
from desktop.core.cluster.dispatch import ClusterLost, Dispatch, first_line

JOIN_TIMEOUT_S = 30  # Ray itself waits for minutes for a cluster that does not let this machine in
# Ray's opt-out of usage reporting, read by every Ray process (the dashboard UI is never started).
OFFLINE_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_USAGE_STATS_PROMPT_ENABLED": "0"}
# Even so, the head process a local Ray starts asks the cloud metadata address (169.254.169.254)
# which cloud it runs on. The processes it starts get a proxy on a closed loopback port for any
# HTTP request; their own connections are to loopback, which bypasses it.
_CLOSED = "http://127.0.0.1:9"
_LOOPBACK = "127.0.0.1,localhost,::1"
# Ray's switch for a single-machine Ray (its default on Windows and macOS): every process of the local
# Ray takes 127.0.0.1 as its node's address instead of the one facing the network.
LOOPBACK_ONLY = {"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}
LOCAL_RAY_ENV = {"http_proxy": _CLOSED, "https_proxy": _CLOSED, "HTTP_PROXY": _CLOSED, "HTTPS_PROXY": _CLOSED,
                 "no_proxy": _LOOPBACK, "NO_PROXY": _LOOPBACK, **LOOPBACK_ONLY}
TOKEN_HINT = "a cluster with token authentication needs both RAY_AUTH_MODE=token and RAY_AUTH_TOKEN (its token) set here"


@dataclass(frozen=True)
class RayOptions:
    address: str | None = None  # None: start a local Ray on this machine; else join that cluster
    workers: int | None = None  # detection actors; default 2 locally, every CPU of a cluster
    batch_pages: int = 8  # pages per actor call (spaCy runs them as one batch)


def require_ray():
    """The ray module, or ClusterUnavailable with a one-line install hint."""
    os.environ.update(OFFLINE_ENV)  # before Ray is imported: it reads them at import and start
    os.environ.setdefault("RAY_py_gcs_connect_timeout_s", str(JOIN_TIMEOUT_S))
    try:
        import pyarrow  # noqa: F401
        import ray
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
        where = f"join the Ray cluster at {options.address}" if options.address else "start a local Ray"
        try:
            if options.address:
                _join(ray, options.address, common)
            else:
                _start_local(ray, options.workers or 2, common)
        except ClusterError as exc:
            raise ClusterError(f"cannot {where}: {exc}") from exc
        except Exception as exc:  # a wrong address, a port in use, a refused token: Ray raises many kinds
            raise ClusterError(f"cannot {where}: {_reason(ray, exc)}") from exc
    _quiet_ray()
    with _without_pushed_errors():  # until Ray is shut down: a lost worker's message can come late
        try:
            yield options.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        finally:
            if started:
                ray.shutdown()


def _join(ray, address: str, common: dict) -> None:
    if not os.environ.get("RAY_AUTH_MODE") and (os.environ.get("RAY_AUTH_TOKEN") or os.environ.get("RAY_AUTH_TOKEN_PATH")):
        raise ClusterError("RAY_AUTH_TOKEN is set but RAY_AUTH_MODE is not, so Ray would not send the token; "
                           f"{TOKEN_HINT}")
    _reachable(address)
    with _stderr_to_file() as said:
        try:
            ray.init(address=address, **common)
        except Exception as exc:
            if "InvalidAuthToken" in said.read_text(errors="replace") or "Unauthenticated" in said.read_text(errors="replace"):
                raise ClusterError(f"the cluster refused this machine (no token or another one); {TOKEN_HINT}") from exc
            raise ClusterError(f"{_reason(ray, exc)} (if the cluster uses token authentication: {TOKEN_HINT})") from exc


@contextmanager
def _stderr_to_file():
    """Ray's C++ client writes a warning per second to the terminal while a cluster does not let it
    in; those lines go to a file here (read to tell why), and the user gets one line."""
    import sys
    import tempfile

    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.NamedTemporaryFile(prefix="clearance-ray-join-", suffix=".log") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield Path(log.name)
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _start_local(ray, cpus: int, common: dict) -> None:
    _loopback_answers()
    from ray._private import ray_constants

    # This process reads the switch from Ray's constants (already imported); the processes the
    # local Ray starts read it from their environment.
    saved = ray_constants.ENABLE_RAY_CLUSTER
    ray_constants.ENABLE_RAY_CLUSTER = False
    try:
        with _environment(LOCAL_RAY_ENV):
            ray.init(num_cpus=cpus, _node_ip_address="127.0.0.1", **common)
    finally:
        ray_constants.ENABLE_RAY_CLUSTER = saved


def _loopback_answers(timeout: float = 2.0) -> None:
    """A local Ray talks over loopback only; without it, Ray would wait for minutes."""
    try:
        with socket.create_server(("127.0.0.1", 0)) as server:
            socket.create_connection(server.getsockname(), timeout=timeout).close()
    except OSError as exc:
        raise ClusterError(f"this machine's loopback network (127.0.0.1) does not answer ({exc.strerror or exc})") from exc


def _reason(ray, exc: Exception) -> str:
    """One line for a failed start or join, naming what to set when the cluster wants a token."""
    text = first_line(exc)
    if isinstance(exc, ray.exceptions.AuthenticationError) or "auth" in text.lower() or "token" in text.lower():
        return f"the cluster refused this machine ({str(getattr(exc, 'message', text))[:120]}); {TOKEN_HINT}"
    if "timed out" in text.lower() or "timeout" in text.lower():
        return f"the cluster did not let this machine in within {JOIN_TIMEOUT_S} s; {TOKEN_HINT}"
    return text


def _reachable(address: str, timeout: float = 5.0) -> None:
    """Fail at once when nothing answers at the cluster's address: Ray itself retries for minutes."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"{address!r} is not HOST:PORT")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ConnectionError(f"nothing answers at {address} ({exc.strerror or exc})") from exc


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


def _quiet_ray() -> None:
    """The caller shows its own progress and failures; Ray's log lines would mix with them."""
    logging.getLogger("ray").setLevel(logging.ERROR)


@contextmanager
def _without_pushed_errors():
    """Ray's driver prints every error the cluster pushes to it on stdout, mixed into the scan's counts:
    a node that dies sends some sixty lines of its raylet's log. The scan reports what it means for
    the job itself (a lost actor, in one line), so those messages are dropped while a job runs."""
    from ray._private import worker

    printer = worker.print_to_stdstream

    def print_unless_pushed(data, ignore_prefix):
        if data.get("pid") != "raylet":  # what the error listener sends; workers' own output passes
            printer(data, ignore_prefix)

    worker.print_to_stdstream = print_unless_pushed
    try:
        yield
    finally:
        worker.print_to_stdstream = printer


def detect_files(paths: list[Path], model: str | None, options: RayOptions, *,
                 wanted: dict[str, list[int]] | None = None, skip: frozenset[str] = frozenset(),
                 notice: Callable[[str], None] | None = None) -> Iterator[dict]:
    """Result rows (see `rows`) of every file, in the order they finish; the files are read here and
    their pages extracted on the cluster. `wanted` and `skip` as in `rows.file_rows`."""
    if not paths:
        return
    with ray_session(options) as actors:
        import ray

        yield from Dispatch(ray, actors, model, options.batch_pages, notice).run(files=paths, wanted=wanted, skip=skip)


def detect_pages(pages: Iterable[dict], model: str | None, options: RayOptions,
                 notice: Callable[[str], None] | None = None) -> Iterator[dict]:
    """Result rows of page rows whose text is already known here (a store's pages), as they finish."""
    with ray_session(options) as actors:
        import ray

        yield from Dispatch(ray, actors, model, options.batch_pages, notice).run(pages=pages)


__all__ = ["ClusterLost", "RayOptions", "detect_files", "detect_pages", "ray_session", "require_ray"]
