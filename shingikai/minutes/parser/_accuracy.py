"""Per-field precision and recall of a parse against a hand-checked expected result.

Counts are returned too (:func:`accuracy_counts`) so a CLI can sum them over many files
and report micro-averaged figures instead of averaging per-file ratios.
"""

from __future__ import annotations

import difflib
from typing import Any

from ._confidence import outcome_unstated
from ._normalize import compact, title_key

MEETING_FIELDS = ("title", "date", "start_time", "end_time", "place", "public_attendance")
ITEM_FIELDS = ("kind", "number", "title", "department", "outcome", "opinion")
FIELDS = (
    *(f"meeting.{f}" for f in MEETING_FIELDS),
    "members_present",
    "members_absent",
    *(f"items.{f}" for f in ITEM_FIELDS),
)
Counts = tuple[int, int, int]  # (true positives, predicted, expected)


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return compact(value)
    return value


def _present(field: str, value: Any) -> bool:
    """Empty strings, None and outcome "unknown" are no prediction at all."""
    if value is None or value == "" or value == []:
        return False
    return not (field == "outcome" and value == "unknown")


def _align(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pair items by number, then by title key, then by title similarity (>= 0.6)."""
    pairs: list[tuple[int, int]] = []
    free = set(range(len(actual)))

    def take(test: Any) -> None:
        for i, exp in enumerate(expected):
            if any(p[0] == i for p in pairs):
                continue
            best, best_score = None, 0.0
            for j in sorted(free):
                score = test(exp, actual[j])
                if score > best_score:
                    best, best_score = j, score
            if best is not None:
                pairs.append((i, best))
                free.discard(best)

    def by_number(e: dict[str, Any], a: dict[str, Any]) -> float:
        return (
            1.0
            if e.get("number")
            and _norm(e.get("number")) == _norm(a.get("number"))
            and title_key(e.get("title") or "") == title_key(a.get("title") or "")
            else 0.0
        )

    def by_number_only(e: dict[str, Any], a: dict[str, Any]) -> float:
        return 1.0 if e.get("number") and _norm(e.get("number")) == _norm(a.get("number")) else 0.0

    def by_title(e: dict[str, Any], a: dict[str, Any]) -> float:
        ratio = difflib.SequenceMatcher(
            None, title_key(e.get("title") or ""), title_key(a.get("title") or "")
        ).ratio()
        return ratio if ratio >= 0.6 else 0.0

    for test in (by_number, by_number_only, by_title):
        take(test)
    return pairs


def accuracy_counts(expected: dict[str, Any], actual: dict[str, Any]) -> dict[str, Counts]:
    """(true positives, predicted, expected) for every field in :data:`FIELDS`."""
    out: dict[str, Counts] = {}
    exp_m, act_m = expected.get("meeting") or {}, actual.get("meeting") or {}
    for f in MEETING_FIELDS:
        e, a = exp_m.get(f), act_m.get(f)
        pe, pa = _present(f, e), _present(f, a)
        out[f"meeting.{f}"] = (int(pe and pa and _norm(e) == _norm(a)), int(pa), int(pe))
    for f in ("members_present", "members_absent"):
        e_set = {_norm(x) for x in expected.get(f) or []}
        a_set = {_norm(x) for x in actual.get(f) or []}
        out[f] = (len(e_set & a_set), len(a_set), len(e_set))
    exp_items, act_items = expected.get("items") or [], actual.get("items") or []
    pairs = _align(exp_items, act_items)
    for f in ITEM_FIELDS:
        tp = sum(
            1
            for i, j in pairs
            if _present(f, exp_items[i].get(f))
            and _present(f, act_items[j].get(f))
            and _norm(exp_items[i].get(f)) == _norm(act_items[j].get(f))
        )
        predicted = sum(1 for a in act_items if _present(f, a.get(f)))
        wanted = sum(1 for e in exp_items if _present(f, e.get(f)))
        out[f"items.{f}"] = (tp, predicted, wanted)
    return out


def wrong_and_flagged(expected: dict[str, Any], actual: dict[str, Any]) -> dict[str, Counts]:
    """(wrong values, of them flagged, flags in all) per meeting and item field: how much
    of what the parser gets wrong the review step points at, and at what cost in flags on
    right values. A value is wrong when it is not the expected one: given where another or
    none was expected (every value of an item nobody expected), or missing where one was
    expected on an item the parse found; flagged when the review step points at it (the
    parse lists the field in ``flags``, or a consultation's outcome is left ``unknown``).
    Member lists are scored by name, not as one value, and are left out."""
    flags = set(actual.get("flags") or [])
    out: dict[str, Counts] = {}
    exp_m, act_m = expected.get("meeting") or {}, actual.get("meeting") or {}
    for f in MEETING_FIELDS:
        wrong = _differs(f, exp_m.get(f), act_m.get(f))
        flagged = f"meeting.{f}" in flags
        out[f"meeting.{f}"] = (int(wrong), int(wrong and flagged), int(flagged))
    exp_items, act_items = expected.get("items") or [], actual.get("items") or []
    expected_of = {j: exp_items[i] for i, j in _align(exp_items, act_items)}
    for f in ITEM_FIELDS:
        wrong = [
            j
            for j, item in enumerate(act_items)
            if _differs(f, (expected_of.get(j) or {}).get(f), item.get(f))
        ]
        pointed = [_pointed_at(f, j, item, flags) for j, item in enumerate(act_items)]
        flagged = sum(1 for j in wrong if pointed[j])
        out[f"items.{f}"] = (len(wrong), flagged, sum(pointed))
    return out


def _pointed_at(field: str, j: int, item: dict[str, Any], flags: set[str]) -> bool:
    """Whether the review step points at the field: flagged, or — for an outcome — a
    consultation left ``unknown``, which the review lists as stating no outcome."""
    if f"items[{j}].{field}" in flags:
        return True
    return field == "outcome" and outcome_unstated(item)


def _differs(field: str, expected: Any, actual: Any) -> bool:
    given, wanted = _present(field, actual), _present(field, expected)
    return (given or wanted) and not (given and wanted and _norm(expected) == _norm(actual))


def ratios(counts: Counts) -> tuple[float, float]:
    """Precision and recall; nothing predicted (or nothing expected) scores 1.0."""
    tp, predicted, wanted = counts
    return (tp / predicted if predicted else 1.0, tp / wanted if wanted else 1.0)


def accuracy(expected: dict[str, Any], actual: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Per-field (precision, recall) of ``actual`` against ``expected``."""
    return {f: ratios(c) for f, c in accuracy_counts(expected, actual).items()}
