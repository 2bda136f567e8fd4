"""Clearance: review, redact and sign off contracts before they leave as AI-training data."""

import sys as _sys

__version__ = "0.1.0"
APP_NAME = "Clearance"

# PyMuPDF 2 imports its optional layout analyser (`pymupdf.layout`) when it is installed, and that
# imports onnxruntime, whose native telemetry thread resolves a Microsoft host: a DNS query from an
# app that must stay offline, and ~0.5 s of start-up for a module Clearance never calls. A None
# entry in sys.modules makes those imports fail with ImportError, which PyMuPDF expects and skips.
# This runs before any `import pymupdf`, in every process (spawned detector workers import this
# package to unpickle their task).
for _name in ("pymupdf.layout", "pymupdf4llm", "pymupdf_layout", "onnxruntime"):
    _sys.modules.setdefault(_name, None)
