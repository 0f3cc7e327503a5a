"""What the index holds, shared by both backends: fields, kinds, weights and token streams.

Pure module (no Django).

A search document is one consultation (native, or an item of imported minutes) seen by one
audience. Its text is split into entries (the title, each section of the 諮問書, each
utterance, the decision, each follow-up); every entry belongs to one field, and each field
is a column of the full-text index, so that ranking can weigh fields and the kind facet can
restrict a query to some of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Field name → weight. The order is the column order of the index.
FIELD_WEIGHTS: dict[str, float] = {
    "title": 4.0,
    "decision": 2.5,
    "opinion": 2.5,
    "followup": 2.0,
    "question": 1.5,
    "answer": 1.0,
    "body": 1.0,
}
FIELDS: tuple[str, ...] = tuple(FIELD_WEIGHTS)

# The kind facet: what a user may restrict the query to, and the fields behind each kind.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "consultation": ("title", "body"),
    "question": ("question",),
    "answer": ("answer",),
    "opinion": ("decision", "opinion"),
    "followup": ("followup",),
}
KINDS: tuple[str, ...] = tuple(KIND_FIELDS)
FIELD_KIND: dict[str, str] = {f: kind for kind, fields in KIND_FIELDS.items() for f in fields}

# PostgreSQL keeps two tsvectors per document, with the weight class (A–D) of each field:
# `tsv` holds every field; `head` the short, weighty ones, so that queries made only of very
# common words can rank on it alone. Each kind is one class of one vector.
PG_TSV_CLASS = {
    "title": "A",
    "body": "A",
    "decision": "B",
    "opinion": "B",
    "followup": "B",
    "question": "C",
    "answer": "D",
}
PG_HEAD_CLASS = {"title": "A", "decision": "B", "opinion": "B", "followup": "C"}
PG_KIND = {
    "consultation": ("tsv", "A"),
    "question": ("tsv", "C"),
    "answer": ("tsv", "D"),
    "opinion": ("head", "B"),
    "followup": ("head", "C"),
}

# Joins the two words of a shingle. A private-use character: a letter for the index's
# tokenizer, never found in text.
SHINGLE_JOINER = "\ue000"
# Term-frequency saturation (BM25's k1, applied to weighted frequencies).
K1 = 1.0

# Prefixes of the tokens of the hidden `meta` column (filters and permissions).
META_PUBLIC = "xpub"
META_INTERNAL = "xint"
META_IMPORTED = "ximp"
META_DECIDED = "xdec"


def meta_council(council_id: int) -> str:
    return f"xc{council_id}"


def meta_council_agenda(council_id: int) -> str:
    """A consultation of this council that is on one of its agendas (what members see)."""
    return f"xca{council_id}"


def meta_department(department_id: int) -> str:
    return f"xd{department_id}"


def meta_municipality(municipality_id: int) -> str:
    return f"xm{municipality_id}"


def meta_fiscal_year(year: int) -> str:
    return f"xy{year}"


def meta_outcome(outcome: str) -> str:
    return "xo" + "".join(ch for ch in outcome if ch.isalnum())


def meta_ground(name: str) -> str:
    # Ground names are free text (業務の委託, 条例第16条); a stable hash makes one token.
    import hashlib

    return "xg" + hashlib.blake2b(name.encode(), digest_size=6).hexdigest()


@dataclass
class EntryTokens:
    """The analysed text of one entry: words, and bigrams of its unknown words."""

    field: str
    words: list[str]
    grams: list[str]


def shingles(words: Sequence[str]) -> list[str]:
    """Adjacent word pairs as single tokens: a two-word phrase (個人 情報) becomes one lookup
    instead of a position intersection of two very common words."""
    # (Joined in C: a rebuild makes one for nearly every word of the corpus.)
    return list(map(SHINGLE_JOINER.join, zip(words, words[1:], strict=False)))


def field_streams(entries: Iterable[EntryTokens]) -> dict[str, list[str]]:
    """Token stream of each field: all words, then all shingles, then all bigrams.

    Both backends index exactly these streams; positions are the order in the stream, so a
    phrase of shingles or of bigrams matches inside its own region.
    """
    words: dict[str, list[str]] = {f: [] for f in FIELDS}
    pairs: dict[str, list[str]] = {f: [] for f in FIELDS}
    grams: dict[str, list[str]] = {f: [] for f in FIELDS}
    for entry in entries:
        words[entry.field].extend(entry.words)
        pairs[entry.field].extend(shingles(entry.words))
        grams[entry.field].extend(entry.grams)
    return {f: words[f] + pairs[f] + grams[f] for f in FIELDS}
