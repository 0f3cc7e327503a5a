"""How sure the parse is, per field: from where each value was read, never from the value.

A value read from a labelled header row or a decision block is as sure as the layout
allows; one guessed from the first date in the text, the first official who speaks or a
bare 「異議なし」 is less so; a missing value is 0 (and stays missing: nothing is invented).
Fields below ``FLAG_BELOW`` are listed in ``flags`` so the review step can point at them.
"""

from __future__ import annotations

from typing import Any

FLAG_BELOW = 0.75

# Score of each source of a value. Data, so a new source is a new row.
SOURCE_SCORES: dict[str, float] = {
    "header": 0.95,
    "preamble": 0.8,
    "text": 0.6,
    "body": 0.7,
    "agenda+heading": 0.95,
    "heading": 0.85,
    "agenda": 0.7,
    "table": 0.85,
    "fallback": 0.2,
    "mention": 0.5,  # an item opened where the proceedings name its number (no agenda)
    "bracket": 0.95,
    "speaker": 0.7,
    "decision block": 0.95,
    "opinion block": 0.85,
    "speech": 0.8,
    "assent": 0.7,
    "default": 0.6,  # an item kind no number, section or word named
    "": 0.0,
}
MEETING_FIELDS = ("title", "date", "start_time", "end_time", "place", "public_attendance")


def outcome_unstated(item: dict[str, Any]) -> bool:
    """A consultation whose minutes state no outcome: left ``unknown`` (never guessed), and
    so one of the points the review step puts to the secretariat."""
    return item.get("kind") == "consultation" and item.get("outcome") in (None, "unknown")


def assess(
    meeting: dict[str, Any], meeting_sources: dict[str, str], items: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[str]]:
    """(confidence, flags). Pops the private ``_sources`` of each item."""
    conf: dict[str, Any] = {}
    for name in MEETING_FIELDS:
        value = meeting.get(name)
        conf[f"meeting.{name}"] = (
            0.0 if value is None else SOURCE_SCORES[meeting_sources.get(name, "header")]
        )
    item_conf = []
    for item in items:
        sources = item.pop("_sources", None) or {"heading": "agenda"}
        heading = SOURCE_SCORES[sources.get("heading", "agenda")]
        entry = {
            "title": heading if item.get("title") else 0.0,
            "number": heading if item.get("number") else 0.0,
            "kind": SOURCE_SCORES[sources["kind"]] if "kind" in sources else heading,
            "department": SOURCE_SCORES[sources.get("department", "")]
            if item.get("department")
            else 0.0,
            "outcome": 0.0
            if item.get("outcome") in (None, "unknown")
            else SOURCE_SCORES[sources.get("outcome", "table")],
        }
        entry["opinion"] = entry["outcome"] if item.get("opinion") else 0.0
        item_conf.append(entry)
    conf["items"] = item_conf
    flags = [k for k, v in conf.items() if k != "items" and 0 < v < FLAG_BELOW]
    for i, entry in enumerate(item_conf):
        flags += [f"items[{i}].{k}" for k, v in entry.items() if 0 < v < FLAG_BELOW]
    return conf, flags
