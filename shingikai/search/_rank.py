"""Ranking of plain-language queries: BM25 over OR, with a coverage boost.

A query is a list of concepts (the content chunks of `_understand`); each concept has
alternatives, weighted: the phrase as typed (1.0), the parts of a compound, synonyms from
the vocabulary (below the user's own words), and character bigrams for a word the index
does not know. A document's score is the sum over concepts of its best alternative's BM25
score times that alternative's weight, multiplied by how much of the query it covers
(the concepts it has, weighed by their rarity): a consultation that has all the words
comes before one that has only the rarest, but none that shares a content word is lost.

Cost at scale: the index answers one small query per informative alternative (at most
CANDIDATES rows each). Alternatives found in many documents are not asked to list their
documents; the index only says which of the best candidates have them (present_among).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from shingikai.search import _understand
from shingikai.search._query import Access, Query
from shingikai.search._schema import SHINGLE_JOINER
from shingikai.search._tokenizer import GRAM_MARK, Term, bigrams

OWN = 1.0
PART = 0.4
GRAMS = 0.7
# An alternative in more than this share of documents does not bring candidates of its own.
SOURCE_SHARE = 0.08
# ... unless it is in at most this many (listing them is cheap whatever the share).
SOURCE_MIN = 200
# The candidates scored fully (all alternatives) after the first pass.
RESCORE = 200
# How strongly coverage counts: score × (FLOOR + (1 - FLOOR) × coverage) ** POWER.
FLOOR = 0.2
POWER = 2
# A further alternative matching the same concept adds this share of its score.
EXTRA = 0.25
MAX_SYNONYMS = 8
# Key of the quoted phrases' score among a document's alternative scores.
REQUIRED = -1


@dataclass
class Alternative:
    term: Term
    weight: float
    kind: str  # own, part, synonym, grams
    df: int = 0


@dataclass
class Concept:
    text: str
    alternatives: list[Alternative] = field(default_factory=list)
    idf: float = 0.0

    @property
    def found(self) -> bool:
        return any(a.df for a in self.alternatives)


def _phrase_term(text: str, words: tuple[str, ...]) -> Term:
    return Term(text=text, words=words)


def concepts_for(text: str, frequencies, synonyms) -> list[Concept]:
    """The concepts of the free text of a query, their alternatives with document counts.

    `frequencies(phrases) -> {phrase: df}` asks the index; `synonyms(words) -> [(words,
    surface, weight)]` the vocabulary.
    """
    chunks = _understand.chunks(text)
    wanted: set[tuple[str, ...]] = set()
    for chunk in chunks:
        words = chunk.words
        wanted.update(words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    df = frequencies(wanted)
    concepts: list[Concept] = []
    # A synonym may span two chunks (見守り装置 is a verb and a noun to Sudachi): its
    # alternatives go with the first of them.
    spanning = [
        synonyms(first.words + second.words)
        for first, second in zip(chunks, chunks[1:], strict=False)
    ] + [[]]
    for number, chunk in enumerate(chunks):
        pieces = [chunk.words]
        whole_synonyms: list = []
        if not df.get(chunk.words) and len(chunk.words) > 1:
            # The compound as a whole occurs nowhere: its longest known pieces stand alone
            # (a weak one, such as the suffix 録 of 住所録, not at all), and the synonyms
            # of the whole go with the first of them.
            strong = dict(zip(chunk.words, chunk.strong, strict=True))
            pieces = [
                p
                for p in _understand.segments(chunk.words, lambda p: bool(df.get(p)))
                if len(p) > 1 or strong.get(p[0], True)
            ] or [chunk.words]
            whole_synonyms = synonyms(chunk.words)
        whole_synonyms = spanning[number] + whole_synonyms
        for n, piece in enumerate(pieces):
            surface = chunk.surface if piece == chunk.words else "".join(piece)
            concept = Concept(text=surface)
            concept.alternatives.append(
                Alternative(_phrase_term(surface, piece), OWN, "own", df.get(piece, 0))
            )
            if len(piece) > 1:
                strong = dict(zip(chunk.words, chunk.strong, strict=True))
                for word in dict.fromkeys(piece):
                    if strong.get(word, True) and (len(word) > 1 or not word.isascii()):
                        part = Alternative(
                            _phrase_term(word, (word,)), PART, "part", df.get((word,), 0)
                        )
                        concept.alternatives.append(part)
            if not concept.alternatives[0].df and (len(surface) > 2 or chunk.unknown):
                grams = tuple(bigrams(t_compact(surface)))
                if grams:
                    concept.alternatives.append(
                        Alternative(Term(text=surface, words=(), grams=grams), GRAMS, "grams")
                    )
            extra = whole_synonyms if n == 0 else []
            for words, synonym, weight in (extra + synonyms(piece))[:MAX_SYNONYMS]:
                concept.alternatives.append(
                    Alternative(_phrase_term(synonym, words), weight, "synonym")
                )
            concepts.append(concept)
    # Document counts of what was added (synonyms, bigrams).
    missing = {_key(a) for c in concepts for a in c.alternatives if a.kind in ("synonym", "grams")}
    if missing:
        more = frequencies(missing)
        for concept in concepts:
            for alternative in concept.alternatives:
                if alternative.kind in ("synonym", "grams"):
                    alternative.df = more.get(_key(alternative), 0)
    return concepts


def t_compact(text: str) -> str:
    from shingikai.search._tokenizer import fold_katakana, normalize

    return "".join(fold_katakana(normalize(text)).split())


def _key(alternative: Alternative) -> tuple[str, ...]:
    return alternative.term.words or alternative.term.grams


def _idf(df: int, total: int) -> float:
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


@dataclass
class Plan:
    """A query as ranking sees it."""

    concepts: list[Concept]
    required: list[Term]  # quoted phrases
    negative: list[Term]
    query: Query  # for filters, snippets and counts

    @property
    def alternatives(self) -> list[Alternative]:
        return [a for c in self.concepts for a in c.alternatives if a.df]

    def display_terms(self) -> list[Term]:
        """Every alternative found, labelled with its concept and weight (for snippets)."""
        from dataclasses import replace

        terms = [
            replace(a.term, group=n, weight=a.weight)
            for n, c in enumerate(self.concepts)
            for a in c.alternatives
            if a.df
        ]
        return terms + self.required


def single(plan: Plan, term: Term) -> Query:
    """One alternative, with the quoted phrases it must come with and the excluded words."""
    return Query(
        text=plan.query.text,
        terms=[term, *plan.required, *plan.negative],
        filters=plan.query.filters,
        fallback=bool(term.grams and not term.words),
    )


def rank(plan: Plan, backend, access: Access, total: int, limit: int) -> list[tuple[int, float]]:
    """Documents with scores, best first (at most `limit`)."""
    alternatives = plan.alternatives
    if not alternatives and not plan.required:
        return []
    for concept in plan.concepts:
        counts = [a.df for a in concept.alternatives if a.df and a.kind == "own"] or [
            a.df for a in concept.alternatives if a.df
        ]
        concept.idf = _idf(min(counts), total) if counts else 0.0
    bounded = getattr(backend, "rank_plan", None)  # a backend's own ranking at scale
    found = bounded(plan, access, total, limit) if bounded is not None else None
    if found is not None:
        return found
    cap = max(SOURCE_MIN, SOURCE_SHARE * total)
    sources = [a for a in alternatives if a.df <= cap]
    if not sources and alternatives:
        # Only common words: the least common concept brings the candidates.
        rarest = min((c for c in plan.concepts if c.found), key=lambda c: -c.idf)
        sources = [a for a in rarest.alternatives if a.df]
    scores: dict[int, dict[int, float]] = defaultdict(dict)  # pk → alternative → score
    index = {id(a): n for n, a in enumerate(alternatives)}
    from_sources = {id(a) for a in sources}
    saturate = not getattr(backend, "saturates", True)
    for alternative in sources:
        query = single(plan, alternative.term)
        full = alternative.df <= cap
        unit = getattr(backend, "one_occurrence", 0.5) * _idf(alternative.df, total)
        for pk, score in backend.ranked(query, access, limit, full=full):
            if saturate and unit > 0:
                # ts_rank keeps growing with occurrences; BM25 (k1 = 1) levels off at twice
                # one occurrence, and so must a word repeated in a PostgreSQL document.
                ratio = score / unit
                score = unit * 2 * ratio / (ratio + 1)
            scores[pk][index[id(alternative)]] = score
    if plan.required:
        # The quoted phrases bring their own documents, whatever else they have.
        required = Query(
            text=plan.query.text, terms=[*plan.required, *plan.negative], filters=plan.query.filters
        )
        for pk, score in backend.ranked(required, access, limit):
            scores[pk][REQUIRED] = score
    if not scores:
        return []
    score_of = scorer(plan, index)
    first = sorted(scores, key=lambda pk: -score_of(scores[pk]))[:RESCORE]
    for alternative in alternatives:
        if id(alternative) in from_sources:
            continue
        # A common alternative: found or not among the candidates, and scored as one
        # occurrence (BM25 of a word in many documents is small whatever its count).
        score = getattr(backend, "one_occurrence", 0.5) * _idf(alternative.df, total)
        for pk in backend.present_among(single(plan, alternative.term), access, first):
            scores[pk][index[id(alternative)]] = score
    final = [(pk, score_of(scores[pk])) for pk in scores]
    final.sort(key=lambda pair: (-pair[1], pair[0]))
    return final[:limit]


def scorer(plan: Plan, by_id: dict[int, int]):
    """The score of a candidate from what was found of each alternative (`found`: the
    alternative's number in `by_id` → its score there): the best alternative of each concept
    plus a little for the others, weighed by how much of the query's idf it covers. What
    depends only on the plan is computed once; the returned function runs per candidate (the
    generic ranking and the backends' national-scale plans share it)."""
    total_idf = sum(c.idf for c in plan.concepts if c.found) or 1.0
    concepts = []
    for concept in plan.concepts:
        pairs = [(by_id[id(a)], a.weight) for a in concept.alternatives if id(a) in by_id]
        if pairs:
            concepts.append((concept.idf, pairs))

    def score(found: dict[int, float]) -> float:
        value = covered = 0.0
        for idf, pairs in concepts:
            values = [weight * found[n] for n, weight in pairs if n in found]
            if values:
                credit = max(weight for n, weight in pairs if n in found)
                values.sort(reverse=True)
                value += values[0] + EXTRA * sum(values[1:])
                covered += idf * min(1.0, credit)
        value += found.get(REQUIRED, 0.0)
        return value * (FLOOR + (1 - FLOOR) * covered / total_idf) ** POWER

    return score


def phrase_frequencies(backend, phrases) -> tuple[int, dict[tuple[str, ...], int]]:
    """Documents, and an upper bound of the documents holding each phrase: the least
    frequent of its index tokens (shingles where the backend has them, else words)."""
    phrases = list(phrases)
    tokens_of = {}
    for phrase in phrases:
        if (
            len(phrase) > 1
            and getattr(backend, "shingled", False)
            and not phrase[0].startswith(GRAM_MARK)
        ):
            pairs = zip(phrase, phrase[1:], strict=False)
            tokens_of[phrase] = [a + SHINGLE_JOINER + b for a, b in pairs]
        else:
            tokens_of[phrase] = list(phrase)
    wanted = sorted({token for tokens in tokens_of.values() for token in tokens})
    total, found = backend.document_frequencies(wanted) if wanted else (0, {})
    return total, {
        phrase: min(found.get(token, 0) for token in tokens) for phrase, tokens in tokens_of.items()
    }
