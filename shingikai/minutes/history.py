"""What a correction changed, field by field, for the history page."""

from __future__ import annotations

from typing import Any

_MEETING = ("title", "date", "start_time", "end_time", "place", "public_attendance")
_ITEM = ("number", "title", "department", "kind", "outcome", "opinion", "followups")
_TURN = ("speaker", "role", "act", "text")


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any]) -> list[tuple]:
    """``[(where, before, after)]`` for every value that differs."""
    before = before or {}
    out: list[tuple] = []
    for key in ("municipality", "council", "members_present", "members_absent", "unplaced"):
        _diff(out, key, before.get(key), after.get(key))
    old_m, new_m = before.get("meeting") or {}, after.get("meeting") or {}
    for key in _MEETING:
        _diff(out, f"meeting.{key}", old_m.get(key), new_m.get(key))
    old_items, new_items = before.get("items") or [], after.get("items") or []
    if len(old_items) != len(new_items):
        _diff(out, "items", len(old_items), len(new_items))
    for i, (old, new) in enumerate(zip(old_items, new_items, strict=False), start=1):
        for key in _ITEM:
            _diff(out, f"{i}.{key}", old.get(key), new.get(key))
        old_t, new_t = old.get("utterances") or [], new.get("utterances") or []
        if len(old_t) != len(new_t):
            _diff(out, f"{i}.turns", len(old_t), len(new_t))
        for j, (a, b) in enumerate(zip(old_t, new_t, strict=False), start=1):
            for key in _TURN:
                _diff(out, f"{i}.{j}.{key}", a.get(key), b.get(key))
    return out


def _diff(out: list[tuple], where: str, old: Any, new: Any) -> None:
    if (old or None) != (new or None):
        out.append((where, old, new))
