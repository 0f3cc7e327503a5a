"""The search vocabulary: groups of synonyms kept in the database (search.Synonym).

Each group's terms are analysed once, when saved, into the normalised words the index holds.
A process keeps a lookup (phrase → the other phrases of its groups) and checks before each
search whether the vocabulary's revision (one row, bumped by every save and delete) moved,
so an edit in the admin applies to the next search in every worker without a restart.

Seeds: the domain list of this field (data/domain_synonyms.txt) and Sudachi's synonym
dictionary (data/sudachi_synonyms.txt.gz, Apache License 2.0). chikkarpy, the usual way
to read that dictionary from Python, downloads it while it is being installed, which a
closed network cannot do; the same dictionary comes from the npm registry as
sudachi-synonyms-dictionary 18.0.0, and the seed file was extracted from that package.
"""

from __future__ import annotations

import gzip
import threading
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DOMAIN = DATA / "domain_synonyms.txt"
GENERAL = DATA / "sudachi_synonyms.txt.gz"
WEIGHTS = {"domain": 0.7, "local": 0.7, "general": 0.5}

_lock = threading.Lock()
_cache: dict = {"stamp": None, "lookup": {}}


def analyse_terms(terms: list[str]) -> list[list]:
    """Each term as [surface, normalised words] (particles dropped, as in queries)."""
    from shingikai.search._tokenizer import _query_words

    result = []
    for term in terms:
        words, _surfaces = _query_words(term)
        if words:
            result.append([term, list(words)])
    return result


def _stamp() -> int:
    from shingikai.search.models import VocabularyRevision

    return VocabularyRevision.current()


def _build() -> dict[tuple[str, ...], list[tuple[tuple[str, ...], str, float]]]:
    from shingikai.search.models import Synonym

    lookup: dict = defaultdict(list)
    rows = Synonym.objects.filter(enabled=True).values_list("source", "analysed")
    for source, analysed in rows.iterator(chunk_size=5000):
        weight = WEIGHTS.get(source, 0.5)
        members = [(tuple(words), surface) for surface, words in analysed or []]
        for words, _surface in members:
            for other, surface in members:
                if other != words:
                    lookup[words].append((other, surface, weight))
    # The strongest source first; one entry per phrase.
    for key, values in lookup.items():
        seen: dict = {}
        for other, surface, weight in sorted(values, key=lambda v: -v[2]):
            seen.setdefault(other, (other, surface, weight))
        lookup[key] = list(seen.values())
    return dict(lookup)


def lookup() -> dict:
    """The current lookup, rebuilt when the table changed since the last search."""
    stamp = _stamp()
    if _cache["stamp"] != stamp:
        with _lock:
            if _cache["stamp"] != stamp:
                _cache["lookup"] = _build()
                _cache["stamp"] = stamp
    return _cache["lookup"]


def expander():
    """A function giving the synonyms of a phrase of normalised words."""
    table = lookup()

    def expand(words: tuple[str, ...]) -> list[tuple[tuple[str, ...], str, float]]:
        return [entry for entry in table.get(tuple(words), []) if entry[0] != tuple(words)]

    return expand


def _read_groups(path: Path, prefix: str) -> list[tuple[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    groups = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "\t" in line:
                key, terms = line.split("\t", 1)
            else:
                # The first term names a domain group: stable when lines are added.
                key, terms = line.split("、", 1)[0][:30], line
            groups.append((f"{prefix}:{key}", terms))
    return groups


def seed(*, general: bool = True) -> int:
    """Add the seed groups that are not in the table yet (by key); returns how many."""
    from shingikai.search.models import Synonym

    wanted = [("domain", key, terms) for key, terms in _read_groups(DOMAIN, "domain")]
    if general:
        wanted += [("general", key, terms) for key, terms in _read_groups(GENERAL, "sudachi")]
    have = set(Synonym.objects.exclude(key="").values_list("key", flat=True))
    rows = []
    for source, key, terms in wanted:
        if key in have:
            continue
        row = Synonym(source=source, key=key, terms=terms)
        row.analysed = analyse_terms(row.term_list())
        rows.append(row)
    Synonym.objects.bulk_create(rows, batch_size=2000)
    if rows:
        from shingikai.search.models import VocabularyRevision

        VocabularyRevision.bump()
    return len(rows)
