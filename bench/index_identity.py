"""Import + index identity check: a digest of the database after the import benchmark's
bulk import (stored minutes, search documents, the FTS index's own pages).

Used when changing the importer or the index for speed: record before, compare after.
Timestamps (columns ending in _at) are left out; everything else, ids included, counts.

Run: .venv/bin/python bench/index_identity.py --write before.json
     .venv/bin/python bench/index_identity.py --compare before.json
"""

from __future__ import annotations

import hashlib
import importlib
import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

TABLES = (
    "minutes_sourcefile",
    "minutes_importedmeeting",
    "minutes_importeditem",
    "minutes_importedutterance",
    "search_document",
    "search_fts_data",
    "search_fts_idx",
    "search_fts_vocab",
)


def digests() -> dict[str, str]:
    bench = importlib.import_module("import")
    folder = bench.build_bulk_folder(10)
    bench._setup_django()
    from django.core.management import call_command
    from django.db import connection

    call_command("import-minutes", str(folder), verbosity=0, stdout=io.StringIO())
    # One file more through the per-file path (the index refreshed on commit).
    from shingikai.minutes.importer import import_bytes

    sample = sorted((REPO / "tests" / "samples" / "minutes").glob("*.txt"))[0]
    result = import_bytes(sample.read_bytes() + "\n（追記）\n".encode(), "extra.txt")
    assert result.status in {"created", "replaced"}, result.message
    out = {}
    with connection.cursor() as cursor:
        for table in TABLES:
            cursor.execute(f"SELECT * FROM {table}")
            names = [c[0] for c in cursor.description]
            keep = [i for i, n in enumerate(names) if not n.endswith("_at")]
            # (The parse names its source by path: the folder is a new temporary one per run.)
            rows = sorted(
                repr([row[i] for i in keep]).replace(str(folder), "DIR")
                for row in cursor.fetchall()
            )
            out[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest() + f" ({len(rows)})"
    return out


def main() -> None:
    from identity_cli import run

    run(__doc__.splitlines()[0], digests, "tables")


if __name__ == "__main__":
    main()
