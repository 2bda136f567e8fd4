"""The versions that shaped a result: the app, Python, PDF engine, detector and spaCy model, Qt."""

from __future__ import annotations

import importlib.metadata
import platform
import sys

from desktop import __version__

# Distribution names as installed (importlib.metadata), so nothing heavy is imported to ask.
_DISTRIBUTIONS = {
    "pymupdf": "pymupdf",
    "presidio": "presidio-analyzer",
    "spacy": "spacy",
    "qt": "PySide6-Essentials",
}


def package_version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def model_version(model: str) -> str | None:
    """The installed spaCy model's version, from its package metadata (the model is not loaded)."""
    return package_version(model) or package_version(model.replace("_", "-"))


def versions(model: str | None = None) -> dict:
    """App, Python and library versions; a library that is not installed is reported as None."""
    # The detection package is the one source of the model name and detector version; the app has
    # it loaded whenever it scans, exports or shows a window, so asking here costs nothing extra.
    from desktop.core.detect import detector_version, model_name

    model = model_name(model)
    found = {name: package_version(dist) for name, dist in _DISTRIBUTIONS.items()}
    return {
        "app": __version__,
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
        "frozen": bool(getattr(sys, "frozen", False)),
        **found,
        "detector": detector_version(model),
        "spacy_model": {"name": model, "version": model_version(model)},
    }


def describe(info: dict) -> list[str]:
    """One "label: value" line per entry, for the About dialog and `--self-test`."""
    model = info["spacy_model"]
    labels = [("Clearance", info["app"]), ("Python", info["python"]), ("Platform", info["platform"]),
              ("PyMuPDF", info["pymupdf"]), ("Presidio analyzer", info["presidio"]),
              ("Detector", info["detector"]), ("spaCy", info["spacy"]),
              ("spaCy model", f"{model['name']} {model['version'] or '(not installed)'}"),
              ("Qt (PySide6)", info["qt"])]
    return [f"{label}: {value or 'not installed'}" for label, value in labels]
