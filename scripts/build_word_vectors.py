"""Build shingikai/search/data/word_vectors.*.npy from the word vectors of ja-ginza.

    .venv/bin/python scripts/build_word_vectors.py [--wheel ja_ginza-5.3.0-py3-none-any.whl]

Without --wheel the wheel is fetched with `pip download --no-deps ja-ginza==5.3.0` (the
package itself is never installed: it requires SudachiPy < 0.7 and spaCy, and only its
vector table is wanted). Its vectors are chiVe's (Works Applications, Apache License 2.0),
pruned by GiNZA to 20,000 rows that 480,443 words point to (a pruned word points to the
row nearest to its own vector), in frequency order.

What is written (run once by a maintainer; the result is committed, so installing the
project downloads nothing), one uncompressed NumPy file each, so that every worker process
maps the same pages instead of holding its own copy:

- `hashes`: the 32-bit hash (blake2b) of every word in the search index's own form
  (NFKC, lower case, katakana folded as `_tokenizer.fold_katakana` does), sorted;
- `rows`: the vector row of each hash (the most frequent row when forms collide);
- `vectors`: the 300-dimensional rows, each scaled to unit length and stored as int8
  (x 127: a quarter of the float32 size; cosines move by less than 0.01). Reducing them
  to 128 or 200 dimensions by principal components was tried and lost a fifth of the
  ranking quality of the vectors alone on the judged questions;
- `background`: the mean vector of the items of the sample minutes in
  tests/samples/minutes (each item one document), what council minutes have in common
  whatever their subject; the search centres document vectors on it while its own
  corpus is small (`_meaning`);
- `word_vectors.json`: source and counts.

Reading the spaCy files needs no spaCy: `vectors` is a NumPy array, `key2row` a MessagePack
map from the 64-bit MurmurHash (MurmurHash64A, seed 1) of each string of `strings.json`.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import struct
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shingikai.search._tokenizer import fold_katakana  # noqa: E402

PACKAGE = "ja-ginza==5.3.0"
PREFIX = "ja_ginza/ja_ginza-5.3.0/vocab/"
OUTPUT = ROOT / "shingikai" / "search" / "data" / "word_vectors"
SAMPLES = ROOT / "tests" / "samples" / "minutes"
_M = 0xC6A4A7935BD1E995
_MASK = (1 << 64) - 1


def murmur64a(data: bytes, seed: int = 1) -> int:
    """spaCy's string hash (murmurhash's hash64)."""
    h = (seed ^ (len(data) * _M)) & _MASK
    blocks = len(data) // 8
    for i in range(blocks):
        k = int.from_bytes(data[8 * i : 8 * i + 8], "little")
        k = (k * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    tail = data[8 * blocks :]
    if tail:
        h ^= int.from_bytes(tail, "little")
        h = (h * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    h ^= h >> 47
    return h


def _int(buffer: bytes, p: int) -> tuple[int, int]:
    t = buffer[p]
    if t < 0x80:
        return t, p + 1
    sizes = {0xCC: ">B", 0xCD: ">H", 0xCE: ">I", 0xCF: ">Q"}
    if t not in sizes:
        raise ValueError(f"unexpected MessagePack type {t:#x} at {p}")
    fmt = sizes[t]
    width = struct.calcsize(fmt)
    return struct.unpack(fmt, buffer[p + 1 : p + 1 + width])[0], p + 1 + width


def read_key2row(buffer: bytes) -> dict[int, int]:
    if buffer[0] == 0xDF:
        count, p = struct.unpack(">I", buffer[1:5])[0], 5
    elif buffer[0] == 0xDE:
        count, p = struct.unpack(">H", buffer[1:3])[0], 3
    else:
        raise ValueError("key2row is not a MessagePack map")
    table = {}
    for _ in range(count):
        key, p = _int(buffer, p)
        row, p = _int(buffer, p)
        table[key] = row
    return table


def word_hash(word: str) -> int:
    """The 32-bit key of a word (shared with shingikai.search._meaning)."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")


def index_form(word: str) -> str:
    return fold_katakana(unicodedata.normalize("NFKC", word).lower())


def background(path: Path) -> np.ndarray:
    """The mean of the unit vectors of the items of the sample minutes (each item one
    document, as the index has them), with the table just written."""
    from shingikai.minutes.parser import parse_minutes_bytes
    from shingikai.search import _meaning, _tokenizer

    _meaning.reset(path)
    vectors = []
    for sample in sorted(SAMPLES.glob("*.txt")):
        for item in parse_minutes_bytes(sample.read_bytes())["items"]:
            fields = [(4.0, item.get("title") or ""), (2.5, item.get("opinion") or "")]
            fields += [(2.0, text) for text in item.get("followups") or []]
            fields += [(1.0, u.get("text") or "") for u in item.get("utterances") or []]
            vector = _meaning.document_vector(
                (weight, _tokenizer.analyse(text).words) for weight, text in fields if text
            )
            if vector is not None:
                vectors.append(vector)
    print(f"background: the mean of {len(vectors)} sample items")
    return np.mean(vectors, axis=0).astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", help="the ja-ginza wheel (downloaded when omitted)")
    parser.add_argument("--output", default=str(OUTPUT), help="path and stem of the files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        wheel = args.wheel
        if not wheel:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                 "--dest", folder, PACKAGE],
                check=True,
            )  # fmt: skip
            wheel = str(next(Path(folder).glob("ja_ginza-*.whl")))
        with zipfile.ZipFile(wheel) as archive:
            strings = json.loads(archive.read(PREFIX + "strings.json"))
            key2row = read_key2row(archive.read(PREFIX + "key2row"))
            vectors = np.load(io.BytesIO(archive.read(PREFIX + "vectors")))
    rows_of: dict[int, int] = {}
    words = 0
    for string in strings:
        row = key2row.get(murmur64a(string.encode()))
        if row is None:
            continue
        form = index_form(string)
        if not form.strip() or len(form) > 24:
            continue
        words += 1
        key = word_hash(form)
        # Forms that fold together (サーバー, サーバ) keep the most frequent row.
        if key not in rows_of or row < rows_of[key]:
            rows_of[key] = row
    hashes = np.array(sorted(rows_of), dtype=np.uint32)
    rows = np.array([rows_of[int(h)] for h in hashes], dtype=np.uint16)
    unit = vectors.astype(np.float64)
    unit /= np.linalg.norm(unit, axis=1, keepdims=True) + 1e-12
    quantised = np.round(unit * 127).astype(np.int8)
    meta = {
        "source": PACKAGE,
        "origin": "chiVe (Works Applications), Apache License 2.0, as pruned by GiNZA",
        "words": words,
        "keys": len(hashes),
        "rows": int(vectors.shape[0]),
        "dimensions": int(vectors.shape[1]),
    }
    stem = Path(args.output)
    for name, array in (("hashes", hashes), ("rows", rows), ("vectors", quantised)):
        np.save(f"{stem}.{name}.npy", array)
    np.save(f"{stem}.background.npy", background(stem))
    Path(f"{stem}.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in stem.parent.glob(stem.name + ".*"))
    print(f"{stem}.*: {len(hashes):,} keys, {vectors.shape[0]:,} x {vectors.shape[1]}, "
          f"{size / 1e6:.1f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
