"""The search service: permissions, ranking, facets, snippets and similar consultations."""

from __future__ import annotations

import datetime
import math
from collections import Counter
from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse

from shingikai.consultations import access as access_rules
from shingikai.lib import wareki
from shingikai.search import _facts, _fusion, _meaning, _rank, _snippets, _sources
from shingikai.search import _schema as s
from shingikai.search._analysis import decode_entries
from shingikai.search._backend import backend_for
from shingikai.search._labels import FACET_LABELS, KIND_LABELS, OUTCOME_LABELS
from shingikai.search._query import Access, Filters, Query, split_query
from shingikai.search._tokenizer import Term
from shingikai.search.models import Document

PARAMETERS = {
    "municipality": "municipality",
    "fiscal_year": "fy",
    "ground": "ground",
    "outcome": "outcome",
    "kind": "kind",
}
# Ranking looks at every match; facets and pages are taken from the best this many.
CANDIDATES = 1000
PER_PAGE = 20
# A backend may stop counting here and report "at least" (PostgreSQL does).
COUNT_CAP = 10_000
# Fewer matches than this by words: search character bigrams too.
FALLBACK_BELOW = 10
SNIPPETS_PER_HIT = 2


def access_for(user) -> Access:
    """The meta tokens of the documents a user may find: the access rules' own scope
    (consultations.access.consultation_scope), written in the index's tokens."""
    scope = access_rules.consultation_scope(user)
    if scope.public_only:
        return Access((s.META_PUBLIC,))
    if scope.everything:
        return Access((s.META_INTERNAL,))
    tokens = [s.META_IMPORTED] if scope.imported else []
    tokens += [s.meta_council(council) for council in scope.councils]
    if scope.decided:
        tokens.append(s.META_DECIDED)
    tokens += [s.meta_department(department) for department in scope.departments]
    tokens += [s.meta_council_agenda(council) for council in scope.agenda_councils]
    return Access(tuple(tokens))


@dataclass
class Hit:
    document_id: int
    key: str
    source: str
    object_id: int
    audience: str
    title: str
    number: str
    municipality: str
    department: str
    date: datetime.date | None
    outcome: str
    score: float
    snippets: list[_snippets.Snippet] = field(default_factory=list)
    # Found by meaning alone: none of the query's words occurs in it.
    by_meaning: bool = False
    # From imported minutes stored without review whose reading the parser was unsure of
    # (set by the page, which says so: the outcome shown may be misread).
    to_check: bool = False

    @property
    def outcome_label(self) -> str:
        return str(OUTCOME_LABELS.get(self.outcome, self.outcome))

    @property
    def url(self) -> str:
        try:
            if self.audience == _sources.PUBLIC:
                return reverse("publication:consultation", args=[self.object_id])
            if self.source == _sources.CONSULTATION:
                return reverse("consultations:detail", args=[self.object_id])
            if self.source == _sources.MEETING:
                return reverse("minutes:meeting", args=[self.object_id])
            return reverse("minutes:item", args=[self.object_id])
        except NoReverseMatch:
            return ""

    def as_json(self) -> dict:
        snippet = self.snippets[0].text if self.snippets else ""
        return {
            "consultation_id": self.key,
            "municipality": self.municipality,
            "date": self.date.isoformat() if self.date else None,
            "title": f"{self.number} {self.title}".strip(),
            "outcome": self.outcome,
            # BM25 gives a word found in most documents almost no weight (scores of 1e-6):
            # keep significant digits rather than decimals.
            "score": float(f"{self.score:.6g}"),
            "snippet": snippet,
        }


@dataclass
class FacetValue:
    value: str
    label: str
    count: int | None  # None: not counted
    selected: bool = False
    url: str = ""


@dataclass
class FacetGroup:
    name: str  # also the URL parameter
    label: str
    values: list[FacetValue]
    clear_url: str = ""

    @property
    def selected(self) -> bool:
        return any(v.selected for v in self.values)


@dataclass
class Results:
    query: Query
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    truncated: bool = False  # more matches than CANDIDATES: facets count the best ones
    at_least: bool = False  # the total is a lower bound (a backend may stop counting)
    facets: list[FacetGroup] = field(default_factory=list)
    # The query whose matches are counted (a plain query: any of its words).
    count_query: Query | None = None
    # Words of the query found in no document, and a relaxed query to offer on no result.
    missing: list[str] = field(default_factory=list)
    relaxed: str = ""
    # The query's meaning vector, and the documents it alone brought in.
    meaning: object = None
    by_meaning: set[int] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not self.hits


def _hits(documents: list[Document], scores: dict[int, float]) -> list[Hit]:
    return [
        Hit(
            document_id=d.pk,
            key=d.key,
            source=d.source,
            object_id=d.object_id,
            audience=d.audience,
            title=d.title,
            number=d.number,
            municipality=d.municipality,
            department=d.department,
            date=d.date,
            outcome=d.outcome,
            score=scores.get(d.pk, 0.0),
        )
        for d in documents
    ]


def attach_snippets(hits: list[Hit], documents: list[Document], query: Query, meaning=None) -> None:
    """Choose and highlight the entries that show why each document matched (for one that
    matched by meaning alone, the passage closest in meaning to the query)."""
    plans = []
    refs: dict[str, set[str]] = {_sources.INTERNAL: set(), _sources.PUBLIC: set()}
    for document in documents:
        entries = decode_entries(document.entries)
        chosen = _snippets.choose(
            entries, _found_in(query, entries), kind=query.filters.kind, limit=SNIPPETS_PER_HIT
        )
        if not chosen and meaning is not None:
            chosen = _fusion.closest_entries(entries, meaning, limit=1)
        plans.append((entries, chosen))
        refs[document.audience].update(_snippets.refs_for(entries, chosen))
    texts = {
        audience: _sources.resolve(found, audience) for audience, found in refs.items() if found
    }
    marks = (query.wanted_tokens(), query.literals())  # the same for every hit
    for hit, document, (entries, chosen) in zip(hits, documents, plans, strict=True):
        hit.snippets = _snippets.build(
            entries, chosen, texts.get(document.audience, {}), query, marks
        )


def _found_in(query: Query, entries: list) -> Query:
    """The query with only the terms that occur in these entries: a plain query brings
    twenty alternatives or more, most of them in no entry of a given document, and choosing
    the passages tests each against every entry."""
    from dataclasses import replace

    words = "".join(entry._texts()[0] for entry in entries)
    grams = "".join(entry._texts()[1] for entry in entries)

    def found(term: Term) -> bool:
        if any(f" {' '.join(phrase)} " in words for phrase in term.phrases if phrase):
            return True
        return bool(term.grams) and f" {' '.join(term.grams)} " in grams

    return replace(query, terms=[t for t in query.terms if t.negated or found(t)])


def _facet_rows(ids: list[int]) -> list[tuple]:
    """The facet columns of the candidates, by id (from this process's copy: `_facts`)."""
    if not ids:
        return []
    return _facts.facts().rows(ids)


def _facets(candidates: list[tuple], filters: Filters) -> dict[str, list[FacetValue]]:
    """Counts of each facet's values among the candidates (the best CANDIDATES matches)."""
    # Counted by Counter's own loop over each column (a thousand candidates at national
    # scale); values first seen first, as ties are listed in that order.
    municipalities = Counter(row[1] for row in candidates if row[1] is not None)
    names = {row[1]: row[2] for row in candidates if row[1] is not None}
    years = Counter(row[3] for row in candidates if row[3] is not None)
    outcomes = Counter(row[4] for row in candidates)
    grounds = Counter(ground for row in candidates for ground in set(row[5] or []))
    return {
        "municipality": [
            FacetValue(str(k), names[k], n, filters.municipality == k)
            for k, n in municipalities.most_common(30)
        ],
        "fiscal_year": [
            FacetValue(str(k), wareki.format_fiscal_year(k), n, filters.fiscal_year == k)
            for k, n in sorted(years.items(), reverse=True)
        ],
        "ground": [FacetValue(k, k, n, filters.ground == k) for k, n in grounds.most_common(20)],
        "outcome": [
            FacetValue(k, str(OUTCOME_LABELS.get(k, k)), n, filters.outcome == k)
            for k, n in outcomes.most_common()
            if k
        ],
    }


def _plan(text: str, filters: Filters | None, backend) -> tuple[_rank.Plan | None, int]:
    """The plan of a query with free text, or None for quoted phrases and -words only."""
    free, required, negative = split_query(text)
    if not free.strip():
        return None, 0
    from shingikai.search import _synonyms

    total = 0

    def frequencies(phrases):
        nonlocal total
        total, found = _rank.phrase_frequencies(backend, phrases)
        return found

    concepts = _rank.concepts_for(free, frequencies, _synonyms.expander())
    query = Query(text=text, terms=[], filters=filters or Filters())
    plan = _rank.Plan(concepts=concepts, required=required, negative=negative, query=query)
    return plan, total


def _fused_rank(plan: _rank.Plan, backend, access: Access, total: int, limit: int, results=None):
    """The lexical ranking of a plan with the meaning signal fused in (`_fusion`): documents
    reordered by meaning among the words' candidates, and a few brought in by meaning alone
    for a plain query (noted in `results`)."""
    ranked = _rank.rank(plan, backend, access, total, max(limit, _fusion.POOL))
    vector = _meaning.query_vector(_fusion.query_words(plan.concepts))
    # Meaning brings in documents for a plain query of staff: the anonymous search finds a
    # document only by its published words (as bench/leak.py checks them).
    plain = not (plan.required or plan.negative or plan.query.filters.kind)
    plain = plain and s.META_PUBLIC not in access.any_of
    # A document with every concept once, in the body (rank() has set each concept's idf).
    full_match = getattr(backend, "one_occurrence", 0.5) * sum(c.idf for c in plan.concepts)
    fused = _fusion.fuse(
        ranked,
        vector,
        access=access,
        filters=plan.query.filters,
        recall=plain,
        full_match=full_match,
    )
    if results is not None:
        results.meaning = vector
        lexical = {pk for pk, _score in ranked}
        results.by_meaning = {pk for pk, _score in fused[:limit] if pk not in lexical}
    return fused[:limit]


def _ranked_plain(plan: _rank.Plan, backend, access: Access, total: int, results: Results):
    """Rank a plain-language query; set the query that snippets and counts use."""
    ranked = _fused_rank(plan, backend, access, total, CANDIDATES, results)
    shown = plan.display_terms()
    grams = any(t.grams and not t.words for t in shown)
    results.query = Query(
        text=plan.query.text,
        terms=[*shown, *plan.negative],
        filters=plan.query.filters,
        fallback=grams,
        any_term=not plan.required,
    )
    if not plan.required:
        # Counting and kinds go by any alternative of any concept.
        results.count_query = results.query
    else:
        results.count_query = Query(
            text=plan.query.text,
            terms=[*plan.required, *plan.negative],
            filters=plan.query.filters,
        )
    results.missing = [c.text for c in plan.concepts if not c.found]
    return ranked


def ranked_ids(text: str, access: Access, limit: int) -> list[tuple[int, float]]:
    """The ranking alone (what `search-quality` and the benchmark measure)."""
    query = Query.parse(text)
    if query.empty or access.nothing:
        return []
    backend = backend_for()
    plan, total = _plan(text, None, backend)
    if plan is not None:
        return _fused_rank(plan, backend, access, total, limit)
    ranked = backend.ranked(query, access, limit)
    if len(ranked) < FALLBACK_BELOW and query.can_fall_back:
        ranked = backend.ranked(query.with_fallback(), access, limit)
    return ranked


def search(
    text: str,
    *,
    user=None,
    filters: Filters | None = None,
    page: int = 1,
    per_page: int = PER_PAGE,
    facets: bool = True,
    snippets: bool = True,
) -> Results:
    query = Query.parse(text, filters)
    results = Results(query=query, page=page)
    access = access_for(user)
    if query.empty or access.nothing:
        return results
    backend = backend_for()
    plan, total = _plan(text, filters, backend)
    if plan is not None:
        ranked = _ranked_plain(plan, backend, access, total, results)
        query = results.count_query
    else:
        ranked = backend.ranked(query, access, CANDIDATES)
        if len(ranked) < FALLBACK_BELOW and query.can_fall_back:
            # Few documents have the words: let the terms match inside words as well.
            query = results.query = query.with_fallback()
            ranked = backend.ranked(query, access, CANDIDATES)
    results.truncated = len(ranked) == CANDIDATES
    if results.truncated:
        # A backend may count some queries to a lower cap (PostgreSQL: a kind facet's).
        cap = backend.count_cap(query, COUNT_CAP)
        results.total = backend.count(query, access, cap=cap)
        results.at_least = results.total >= cap
    else:
        results.total = len(ranked)
    results.pages = max(1, math.ceil(min(results.total, CANDIDATES) / per_page))
    results.page = page = max(1, min(page, results.pages))
    if facets:
        ids = [pk for pk, _score in ranked]
        groups = _facets(_facet_rows(ids), query.filters)
        if results.truncated:
            # Counting matches per kind would read every match again, five times: with
            # this many results the kinds are offered without counts.
            groups["kind"] = [
                FacetValue(kind, str(KIND_LABELS[kind]), None, query.filters.kind == kind)
                for kind in s.KINDS
            ]
        else:
            counts = backend.kind_counts(query, access, ids)
            groups["kind"] = [
                FacetValue(kind, str(KIND_LABELS[kind]), counts[kind], query.filters.kind == kind)
                for kind in s.KINDS
                if counts.get(kind)
            ]
        results.facets = [
            FacetGroup(PARAMETERS[name], str(FACET_LABELS[name]), values)
            for name, values in groups.items()
        ]
    shown = ranked[(page - 1) * per_page : page * per_page]
    scores = dict(shown)
    by_pk = Document.objects.in_bulk([pk for pk, _score in shown])
    documents = [by_pk[pk] for pk, _score in shown if pk in by_pk]
    results.hits = _hits(documents, scores)
    for hit in results.hits:
        hit.by_meaning = hit.document_id in results.by_meaning
    if snippets:
        attach_snippets(results.hits, documents, results.query, results.meaning)
    if results.empty:
        results.relaxed = relaxed_query(text, results)
    return results


def relaxed_query(text: str, results: Results) -> str:
    """A query likelier to find something: quotes and -words dropped (filters are cleared
    by the page). Empty when there is nothing to relax."""
    free, required, negative = split_query(text)
    if not (required or negative):
        return ""
    return " ".join([*(t.text for t in required), free]).strip()


# --- similar consultations ----------------------------------------------------------------

SIMILAR_TERMS = 12
# Words in more than this share of documents say little about a subject.
SIMILAR_MAX_SHARE = 0.08


def _distinctive(document: Document) -> list[tuple[str, float]]:
    """The document's most distinctive words: weighted term frequency × idf (TF-IDF)."""
    weights: Counter = Counter()
    for entry in decode_entries(document.entries):
        weight = s.FIELD_WEIGHTS[entry.field]
        for word in entry.words:
            if len(word) > 1 and not word.isdigit():
                weights[word] += weight
        for pair in s.shingles(entry.words):
            weights[pair] += weight
    candidates = [token for token, _w in weights.most_common(120)]
    total, frequencies = backend_for().document_frequencies(candidates)
    if not total:
        return []
    scored = []
    for token in candidates:
        df = frequencies.get(token, 0)
        if df <= 1 or df > max(2, SIMILAR_MAX_SHARE * total):
            continue
        idf = math.log(1 + (total - df + 0.5) / (df + 0.5))
        scored.append((token, (1 + math.log(weights[token])) * idf))
    scored.sort(key=lambda pair: -pair[1])
    return scored[:SIMILAR_TERMS]


# Candidates sharing distinctive words that meaning may reorder.
SIMILAR_POOL = 50


def similar(source: str, object_id: int, *, user=None, limit: int = 5) -> list[Hit]:
    """Consultations whose text shares the most distinctive words of this one (BM25), fused
    with the similarity of their meaning vectors (which also brings in a consultation on the
    same subject in other words)."""
    access = access_for(user)
    audience = _sources.PUBLIC if user is None or not user.is_authenticated else _sources.INTERNAL
    document = Document.objects.filter(
        source=source, object_id=object_id, audience=audience
    ).first()
    if document is None or access.nothing:
        return []
    terms = []
    for token, _score in _distinctive(document):
        words = tuple(token.split(s.SHINGLE_JOINER))
        terms.append(Term(text=" ".join(words), words=words))
    query = Query(text="", terms=terms)
    ranked = [] if query.empty else backend_for().similar(query, access, document.pk, SIMILAR_POOL)
    vector = _fusion.document_vector(document, _fusion.meaning_index())
    ranked = _fusion.fuse(
        ranked,
        vector,
        access=access,
        exclude=document.pk,
        noise=_fusion.SIMILAR_NOISE,
        full=_fusion.SIMILAR_FULL,
        recall_min=_fusion.SIMILAR_RECALL_MIN,
        recall_z=_fusion.SIMILAR_RECALL_Z,
    )
    ranked = [(pk, score) for pk, score in ranked if pk != document.pk][:limit]
    if not ranked:
        return []
    by_pk = Document.objects.in_bulk([pk for pk, _ in ranked])
    documents = [by_pk[pk] for pk, _ in ranked if pk in by_pk]
    return _hits(documents, dict(ranked))
