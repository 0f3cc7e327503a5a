"""Meaning, not only words: a similarity of subject between a query and a consultation
that holds when they share no word (業者に預けた情報を消したか ≈ 委託先のデータ消去).

Pure module (NumPy, no Django): the index builder's workers, the search and the tests share it.

The vectors are chiVe's word vectors as GiNZA ships them (`ja-ginza` 5.3.0: 20,000 rows of
300 dimensions that 480,000 words point to), stored as int8 in `data/word_vectors.*.npy`
(built by `scripts/build_word_vectors.py`; 8.8 MB, mapped read-only on first use, so that
the worker processes of a machine share one copy). A text's vector is the SIF-weighted sum
of its words' vectors (Arora et al. 2017: a word weighs a / (a + p(w)), p from the
frequency rank of its row, so 年, 委員 or 利用 count little and 督促 or 予診票 much),
scaled to unit length.

- A document's vector is computed when it is indexed, from the words the index holds for
  it (each occurrence weighted by its field as in ranking), and stored with it
  (`Document.meaning`, 300 bytes).
- A query's vector is computed once per search, from its content words.
- `MeaningIndex` holds documents' vectors in one int8 matrix and gives the cosine of a
  query with any of them, centred on the corpus mean so that what every consultation
  shares (委員, 個人情報, 審議) does not make them all alike. Minutes are so alike that
  two documents' plain cosine is 0.9 on the samples; centred, 0.03 (median) to 0.3. A
  small corpus's mean is mostly its few subjects, so it is shrunk towards a background
  (the mean of the sample minutes, shipped with the vectors) as if PRIOR documents had it.

Without the vector file (deleted, unreadable) every function answers "no vector", and the
search ranks by words only; one log line says so.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

# The stem of the files (word_vectors.hashes.npy, .rows.npy, .vectors.npy, .background.npy).
VECTORS = Path(__file__).resolve().parent / "data" / "word_vectors"
# SIF weight of the word of row r (rows are in frequency order): (r + 1) / (r + 1 + SIF_RANK),
# which is a / (a + p(w)) for a Zipf vocabulary (p ∝ 1 / rank). The 3,000th word weighs half.
SIF_RANK = 3000
# The most frequent rows (の, 年, する …) are left out altogether.
MIN_RANK = 30
# Weight of the background in the corpus mean, in documents.
PRIOR = 20
# Documents needed before "standing out from the rest" is measured.
SPREAD_MIN = 20

_lock = threading.Lock()
_table: WordVectors | None = None
_failed = False


def word_hash(word: str) -> int:
    """The 32-bit key of a word in the vector file (as scripts/build_word_vectors.py)."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")


class WordVectors:
    # Words whose row is remembered, at most (about 100 bytes each).
    KEPT = 200_000

    def __init__(self, stem: Path) -> None:
        def load(name: str) -> np.ndarray:
            # Mapped read-only: the worker processes of one machine share these pages. (As
            # plain arrays over the mapping: a memmap's indexing costs microseconds a call.)
            return np.asarray(np.load(f"{stem}.{name}.npy", mmap_mode="r", allow_pickle=False))

        self.hashes = load("hashes")
        self.rows = load("rows")
        self.vectors = load("vectors")
        try:
            self.background = np.array(load("background"), dtype=np.float32)
        except FileNotFoundError:  # (while scripts/build_word_vectors.py computes it)
            self.background = np.zeros(self.vectors.shape[1], dtype=np.float32)
        if self.hashes.dtype != np.uint32 or self.vectors.dtype != np.int8:
            raise ValueError(f"{stem}: unexpected word vector types")
        if len(self.hashes) != len(self.rows) or self.vectors.ndim != 2:
            raise ValueError(f"{stem}: inconsistent word vectors")
        self.dimensions = int(self.vectors.shape[1])
        ranks = np.arange(1, len(self.vectors) + 1, dtype=np.float32)
        self.weights = ranks / (ranks + SIF_RANK)
        self.weights[:MIN_RANK] = 0.0
        # Rows of the words met so far (a word's hash and search cost microseconds, and
        # indexing or choosing passages meets the same words again and again).
        self._rows: dict[str, int] = {}

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays (the mapped ones are shared between processes)."""
        return sum(a.nbytes for a in (self.hashes, self.rows, self.vectors, self.weights))

    def lookup(self, words: list[str]) -> np.ndarray:
        """The vector row of each word, -1 for a word without one."""
        if not words:
            return np.zeros(0, dtype=np.int64)
        known = self._rows
        # (map and `in` run in C: a document's vector looks up hundreds of words, and this is
        # done for every document of a rebuild.)
        rows = list(map(known.get, words))
        if None in rows:
            new = [w for w in dict.fromkeys(words) if w not in known]
            keys = np.fromiter((word_hash(w) for w in new), dtype=np.uint32, count=len(new))
            at = np.searchsorted(self.hashes, keys)
            at[at >= len(self.hashes)] = 0
            found = self.hashes[at] == keys
            rows_of_new = dict(
                zip(new, np.where(found, self.rows[at].astype(np.int64), -1).tolist(), strict=True)
            )
            if len(known) + len(new) > self.KEPT:
                known.clear()
            known.update(rows_of_new)
            rows = [rows_of_new[w] if r is None else r for w, r in zip(words, rows, strict=True)]
        return np.array(rows, dtype=np.int64)

    def combine(self, weighted: dict[str, float]) -> np.ndarray | None:
        """The unit vector of words with weights (times each word's SIF weight)."""
        weights = np.fromiter(weighted.values(), dtype=np.float32, count=len(weighted))
        return self.combine_arrays(list(weighted), weights)

    def combine_arrays(self, words: list[str], weights: np.ndarray) -> np.ndarray | None:
        """`combine` of words (each once) and their weights as an array."""
        rows = self.lookup(words)
        keep = rows >= 0
        if not keep.any():
            return None
        rows = rows[keep]
        weights = weights[keep] * self.weights[rows]
        if not (weights > 0).any():
            return None
        total = weights @ self.vectors[rows].astype(np.float32)
        norm = float(np.linalg.norm(total))
        return (total / norm).astype(np.float32) if norm else None


def table(path: Path | None = None) -> WordVectors | None:
    """The word vectors, loaded on first use; None (logged once) when they are missing."""
    global _table, _failed
    if _table is not None or _failed:
        return _table
    with _lock:
        if _table is None and not _failed:
            try:
                _table = WordVectors(path or VECTORS)
            except (OSError, KeyError, ValueError) as error:
                _failed = True
                log.warning("word vectors unavailable (%s): the search ranks by words only", error)
    return _table


def reset(path: Path | None = None) -> None:
    """Forget the loaded table; the next use loads `path` (tests) or the installed file."""
    global _table, _failed, VECTORS
    with _lock:
        _table, _failed = None, False
        if path is not None:
            VECTORS = path


def available() -> bool:
    return table() is not None


def dimensions() -> int:
    vectors = table()
    return vectors.dimensions if vectors is not None else 0


def background() -> np.ndarray | None:
    vectors = table()
    return vectors.background if vectors is not None else None


def query_vector(words: Iterable[str]) -> np.ndarray | None:
    """The unit vector of a query's content words (each once), or None."""
    vectors = table()
    if vectors is None:
        return None
    return vectors.combine(dict.fromkeys(words, 1.0))


def document_vector(
    fields: Iterable[tuple[float, list[str]]], order: Iterable[str] | None = None
) -> np.ndarray | None:
    """The unit vector of a document from (field weight, words) pairs: each occurrence of a
    word counts its field's weight (a title word four times an utterance's). `order`, the
    document's words in their order, fixes the order of the sum (else the pairs' order)."""
    vectors = table()
    if vectors is None:
        return None
    fields = list(fields)
    if any(weight * 2 != int(weight * 2) for weight, _words in fields):
        counts: dict[str, float] = dict.fromkeys(order, 0.0) if order is not None else {}
        for weight, words in fields:
            for word, times in Counter(words).items():
                counts[word] = counts.get(word, 0) + weight * times
        return vectors.combine(counts)
    # Weights in halves (those of the fields are): each word counted in C, repeated as many
    # halves as its field weighs, rather than weighted one by one in Python (a rebuild does
    # this for every word of the corpus). The sums are the same integers, so exact.
    halves: Counter[str] = Counter()
    for weight, words in fields:
        halves.update(words * int(weight * 2))
    words = list(dict.fromkeys(order) if order is not None else halves)
    counts_ = np.fromiter(map(halves.__getitem__, words), dtype=np.float32, count=len(words))
    return vectors.combine_arrays(words, counts_ * np.float32(0.5))


def encode(vector: np.ndarray | None) -> bytes | None:
    """A unit vector as stored with a document: int8 (× 127)."""
    if vector is None:
        return None
    return np.round(np.clip(vector, -1.0, 1.0) * 127).astype(np.int8).tobytes()


def decode(blob: bytes | memoryview | None) -> np.ndarray | None:
    if not blob:
        return None
    vector = np.frombuffer(bytes(blob), dtype=np.int8).astype(np.float32)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else None


class MeaningIndex:
    """Documents' vectors in one process: ids (sorted), audiences, an int8 matrix."""

    # Rows converted to float32 at once while loading (bounds the temporary to a few MB).
    BLOCK = 8192

    def __init__(
        self,
        ids: np.ndarray,
        public: np.ndarray,
        matrix: np.ndarray,
        background: np.ndarray | None = None,
    ) -> None:
        order = np.argsort(ids, kind="stable")
        self.ids = ids[order]
        self.public = public[order]
        self.matrix = matrix[order]
        dims = matrix.shape[1]
        self.scale = np.zeros(len(self.ids), dtype=np.float32)
        total = np.zeros(dims, dtype=np.float64)
        for start in range(0, len(self.ids), self.BLOCK):
            block = self.matrix[start : start + self.BLOCK].astype(np.float32)
            norms = np.linalg.norm(block, axis=1)
            norms[norms == 0] = 1.0
            self.scale[start : start + self.BLOCK] = 1.0 / norms
            total += (block / norms[:, None]).sum(axis=0)
        if background is not None:
            total += PRIOR * background
        count = len(self.ids) + (PRIOR if background is not None else 0)
        self.mean = (total / max(1, count)).astype(np.float32)
        # |d - mean| of each unit row d, for the centred cosine.
        dots = self._dots(self.mean, slice(None))
        square = 1.0 - 2.0 * dots + float(self.mean @ self.mean)
        self.centred_norms = np.sqrt(np.maximum(square, 1e-6)).astype(np.float32)
        self._audiences: dict[bool, tuple] = {}

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[int, bool, bytes]],
        dimensions: int,
        background: np.ndarray | None = None,
    ) -> MeaningIndex:
        ids, public, blobs = [], [], []
        for pk, is_public, blob in rows:
            if blob is None or len(blob) != dimensions:
                continue
            ids.append(pk)
            public.append(bool(is_public))
            blobs.append(bytes(blob))
        matrix = np.frombuffer(b"".join(blobs), dtype=np.int8).reshape(len(blobs), dimensions)
        return cls(
            np.array(ids, dtype=np.int64),
            np.array(public, dtype=bool),
            matrix.copy(),
            background,
        )

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        arrays = (self.ids, self.public, self.matrix, self.scale, self.centred_norms)
        return sum(a.nbytes for a in arrays)

    def _dots(self, query: np.ndarray, rows) -> np.ndarray:
        """Unit-row dot products: einsum reads the int8 rows as they are (a float32 copy
        of the matrix would cost four times its memory and most of the time)."""
        query = np.asarray(query, dtype=np.float32)
        return np.einsum("ij,j->i", self.matrix[rows], query) * self.scale[rows]

    def _cosines(self, query: np.ndarray, rows) -> np.ndarray:
        centred = self._dots(query, rows) - float(self.mean @ query)
        return centred / self.centred_norms[rows]

    def scores(self, query: np.ndarray, ids: Iterable[int]) -> dict[int, float]:
        """The centred cosine of the query with each of these documents that has a vector."""
        wanted = np.fromiter(ids, dtype=np.int64)
        if not len(self.ids) or not len(wanted):
            return {}
        at = np.searchsorted(self.ids, wanted)
        at[at >= len(self.ids)] = 0
        hit = self.ids[at] == wanted
        values = self._cosines(query, at[hit])
        return {int(pk): float(v) for pk, v in zip(wanted[hit], values, strict=True)}

    def scores_array(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """`scores` as an array in the order of `ids` (float64; 0.0 without a vector)."""
        result = np.zeros(len(ids), dtype=np.float64)
        if not len(self.ids) or not len(ids):
            return result
        at = np.searchsorted(self.ids, ids)
        at[at >= len(self.ids)] = 0
        hit = self.ids[at] == ids
        result[hit] = self._cosines(query, at[hit])
        return result

    def vector(self, pk: int) -> np.ndarray | None:
        at = int(np.searchsorted(self.ids, pk))
        if at >= len(self.ids) or self.ids[at] != pk:
            return None
        return self.matrix[at].astype(np.float32) * self.scale[at]

    def nearest(
        self,
        query: np.ndarray,
        count: int,
        *,
        public: bool,
        min_cosine: float = -1.0,
        min_z: float | None = None,
    ) -> list[tuple[int, float]]:
        """The `count` documents of one audience closest to the query, best first: at
        `min_cosine` or closer, and (with `min_z`) standing out from the audience's
        documents by that many standard deviations; with `min_z`, none while the audience
        has fewer than SPREAD_MIN documents (the spread of a handful of cosines says
        nothing, and the nearest of two documents is not near for that)."""
        if not len(self.ids) or count <= 0:
            return []
        values = self._cosines(query, slice(None))
        # The rows of the audience, as positions (all of them: no copy).
        rows = self._audience(public)
        if rows is not None and not len(rows):
            return []
        spread = values if rows is None else values[rows]
        floor = min_cosine
        if min_z is not None:
            if len(spread) < SPREAD_MIN:
                return []
            floor = max(floor, float(spread.mean() + min_z * spread.std()))
        # Only the few rows at the floor or above are sorted (not the whole matrix).
        above = np.flatnonzero(spread >= floor)
        if rows is not None:
            above = rows[above]
        ids, found = self.ids[above], values[above]
        order = np.lexsort((ids, -found))[:count]  # best first, ties by id
        return [(int(ids[i]), float(found[i])) for i in order]

    def _audience(self, public: bool) -> np.ndarray | None:
        """Positions of one audience's rows; None when it is every row."""
        rows = self._audiences.get(public)
        if rows is None:
            mine = np.flatnonzero(self.public == public)
            every = len(mine) == len(self.ids)
            rows = self._audiences[public] = (None,) if every else (mine,)
        return rows[0]
