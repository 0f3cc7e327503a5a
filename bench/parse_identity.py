"""Parser identity check: a digest of the parser's output on every known input.

Used when changing the parser for speed (not rules): record before, compare after.
Inputs: tests/samples/minutes, tests/heldout/minutes*/ (txt and html), the shared samples
and the import benchmark's generated minutes. The digest covers extract() output: the
file type, the parsed JSON and the plain text stored beside it.

Run: .venv/bin/python bench/parse_identity.py --write before.json
     .venv/bin/python bench/parse_identity.py --compare before.json
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def inputs():
    roots = [REPO / "tests" / "samples" / "minutes", Path("/work/shared/samples/minutes")]
    roots += sorted((REPO / "tests" / "heldout").glob("minutes*"))
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in {".txt", ".html", ".htm"}:
                yield str(path.relative_to(root.parent)), path.read_bytes()
    from shingikai.minutes.parser.tests.generator import generate

    for n in range(200):  # the import benchmark's generated minutes (its seeds)
        text, _expected, _doc = generate(50_000 + n)
        yield f"gen-{n:05d}.txt", text.encode("utf-8")


def digests() -> dict[str, str]:
    from shingikai.minutes import extract
    from shingikai.minutes.parser import MinutesError

    out = {}
    for name, data in inputs():
        try:
            got = extract.extract(data, name)
            blob = json.dumps(
                [got.file_type, got.parsed, got.text], ensure_ascii=False, sort_keys=True
            )
        except MinutesError as exc:
            blob = f"error: {exc}"
        out[name] = hashlib.sha256(blob.encode()).hexdigest()
    return out


def main() -> None:
    from identity_cli import run

    run(__doc__.splitlines()[0], digests, "inputs")


if __name__ == "__main__":
    main()
