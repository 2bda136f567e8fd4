"""Corpus-scale detection on a Ray cluster: the same detection code as the desk, run as a Ray job.

`rows` holds what runs inside the job (plain functions over plain rows), `engine` starts or joins
Ray and runs the job, `dispatch` hands pages to the detection actors (and a lost node's pages to the
actors left), `scan` writes its results into a store the way the local scan does, and
`shards` writes them as Parquet files and loads those into a store elsewhere. Ray and pyarrow are
an optional extra (`pip install clearance[cluster]`); nothing else in the app imports this package.
"""

import sys

INSTALL_HINT = (
    "the desktop installer leaves it out; install Clearance with pip install 'clearance[cluster]' on the "
    "machine that runs the scan" if getattr(sys, "frozen", False)
    else "pip install 'clearance[cluster]' (in a source checkout: pip install '.[cluster]')")


class ClusterUnavailable(Exception):
    """Ray or pyarrow is not installed; the message is one line saying how to install it."""


class ClusterError(Exception):
    """Ray could not be started or joined; one line for people."""
