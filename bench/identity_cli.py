"""The command line both identity checks share: record digests before a change, compare after.

--write FILE     store the digests (JSON)
--compare FILE   compare with stored digests; exit 1 if any differ
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path


def run(description: str, digests: Callable[[], dict[str, str]], unit: str) -> None:
    parser = argparse.ArgumentParser(description=description)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    got = digests()
    if args.write:
        args.write.write_text(json.dumps(got, indent=0, sort_keys=True))
        print(f"{len(got)} {unit} written")
        return
    want = json.loads(args.compare.read_text())
    differ = sorted(k for k in want.keys() | got.keys() if want.get(k) != got.get(k))
    print(f"{len(got)} {unit}, {len(differ)} differ")
    for name in differ[:20]:
        print("  ", name)
    sys.exit(1 if differ else 0)
