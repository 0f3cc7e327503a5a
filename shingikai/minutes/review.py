"""Review of parsed minutes: the review form's fields to a corrected reading, and back.

The reading is the parser's JSON contract (docs/minutes-json.md). The page posts one field
per value (``meeting-date``, ``item-2-outcome``, ``item-2-turn-3-speaker`` …) plus the
structural edits: merge an item or turn into the previous one, split an item before a turn,
split a turn at a line ``---``, and move the unplaced text into an item as a new turn.
Nothing here touches the database.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from shingikai.consultations.models import Utterance
from shingikai.meetings.models import AgendaItem
from shingikai.minutes.models import OUTCOMES, ROLES
from shingikai.minutes.parser import outcome_unstated

KINDS = AgendaItem.Kind.choices
ACTS = Utterance.Act.choices
# The review form's "move the unplaced text to" choice that makes it an item of its own.
NEW_ITEM = "new"
# A point to check that is not a parser warning or flag: an item whose outcome is unstated.
NO_OUTCOME = "no outcome stated"
# A flag on an item's field, as the parser writes it: ``items[2].outcome``.
_ITEM_FLAG = re.compile(r"items\[(\d+)\]\.(\w+)$")
SPLIT_MARK = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)
_TIME = re.compile(r"^\d{1,2}:\d{2}$")

FIELD_LABELS = {
    "meeting.title": gettext_lazy("meeting title"),
    "meeting.date": gettext_lazy("date"),
    "meeting.start_time": gettext_lazy("start time"),
    "meeting.end_time": gettext_lazy("end time"),
    "meeting.place": gettext_lazy("place"),
    "meeting.public_attendance": gettext_lazy("open to the public"),
    "members_present": gettext_lazy("members present"),
    "title": gettext_lazy("title"),
    "number": gettext_lazy("number"),
    "kind": gettext_lazy("kind"),
    "department": gettext_lazy("department"),
    "outcome": gettext_lazy("outcome"),
    "opinion": gettext_lazy("attached opinion or conditions"),
}
# The parser's English warnings, by what they say, and what the page shows instead.
WARNING_TEXTS = [
    ("no header table", gettext_lazy("No header table was recognised; check the meeting fields.")),
    ("meeting title not found", gettext_lazy("The meeting title was not found.")),
    (
        "took the first date",
        gettext_lazy("The date is the first date found in the text; check it."),
    ),
    ("meeting date not found", gettext_lazy("The meeting date was not found.")),
    ("meeting time not understood", gettext_lazy("The meeting time could not be read.")),
    (
        "no agenda items",
        gettext_lazy(
            "No agenda item was recognised: the whole text is kept as one item and as unplaced "
            "text, so search still finds it. Split it into items here."
        ),
    ),
    (
        "not found in the body",
        gettext_lazy(
            "An agenda item was not found in the body; "
            "its outcome is unknown unless a table says it."
        ),
    ),
    ("no speaker turns", gettext_lazy("In an item no speaker turns were recognised.")),
    ("result table", gettext_lazy("The items were taken from the result table.")),
    ("earlier correction", gettext_lazy("An earlier correction of this same file was applied.")),
    (
        "municipality could not be detected",
        gettext_lazy(
            "The municipality was not found; the minutes are filed under 不明 until you enter it."
        ),
    ),
]


def points_to_check(reading: dict[str, Any]) -> list[tuple[str, str]]:
    """What in a reading asks the secretariat to look: ``(what, field id)`` per point — a
    parser warning (field id empty), an unsure field, an item whose minutes state no
    outcome."""
    points = [(warning, "") for warning in reading.get("warnings", [])]
    points += [(flag, field_id(flag)) for flag in reading.get("flags", [])]
    for i, item in enumerate(reading.get("items", [])):
        if outcome_unstated(item):
            points.append((NO_OUTCOME, f"item-{i}-outcome"))
    return list(dict.fromkeys(points))


def warnings_ja(reading: dict[str, Any]) -> list[dict[str, str]]:
    """The points to check of a reading, as sentences for the page.

    Each is ``{"text", "field"}``: ``field`` is the id of the form field the sentence is
    about (empty when it is about the whole reading), so the page links the sentence to it.
    """
    notes = []
    for what, field in points_to_check(reading):
        if what == NO_OUTCOME:
            n = int(field.split("-")[1]) + 1
            text = _("Item %(n)s: the minutes state no outcome, so it is left unknown.") % {"n": n}
        elif field:
            text = _("Not sure: %(field)s. Please check it.") % {"field": field_label(what)}
        else:
            known = next((str(t) for needle, t in WARNING_TEXTS if needle in what), None)
            text = known or _("Note from the parser: %(detail)s") % {"detail": what}
        notes.append({"text": text, "field": field})
    unique = {(note["text"], note["field"]): note for note in notes}  # one sentence, once
    return list(unique.values())


def field_id(flag: str) -> str:
    """The review form's field id for a flag: ``items[2].kind`` → ``item-2-kind``."""
    m = _ITEM_FLAG.match(flag)
    if m:
        return f"item-{m.group(1)}-{m.group(2)}"
    return flag.replace(".", "-", 1)


def field_label(flag: str) -> str:
    m = _ITEM_FLAG.match(flag)
    if m:
        return _("item %(n)s, %(field)s") % {
            "n": int(m.group(1)) + 1,
            "field": FIELD_LABELS.get(m.group(2), m.group(2)),
        }
    return str(FIELD_LABELS.get(flag, flag))


def form_rows(reading: dict[str, Any]) -> dict[str, Any]:
    """What the template needs: the reading plus, per item, its confidence and flags."""
    confidence = reading.get("confidence") or {}
    per_item = confidence.get("items") or []
    flags = set(reading.get("flags") or [])
    items = []
    for i, item in enumerate(reading.get("items", [])):
        items.append(
            {
                "index": i,
                "item": item,
                "unsure": {f.split(".", 1)[1] for f in flags if f.startswith(f"items[{i}].")},
                "confidence": per_item[i] if i < len(per_item) else {},
                "followups_text": "\n".join(item.get("followups") or []),
            }
        )
    return {
        "items": items,
        "unsure_meeting": {f.split(".", 1)[1] for f in flags if f.startswith("meeting.")}
        | ({"members_present"} & flags),
        "members_present_text": "\n".join(reading.get("members_present") or []),
        "members_absent_text": "\n".join(reading.get("members_absent") or []),
        "kinds": KINDS,
        "outcomes": OUTCOMES,
        "roles": ROLES,
        "acts": ACTS,
    }


class ReviewError(ValueError):
    """A posted value that cannot be stored; the message is for the page."""


def apply_form(reading: dict[str, Any], post) -> dict[str, Any]:
    """The corrected reading from the posted review form. Raises ReviewError."""
    errors: list[str] = []
    meeting = dict(reading.get("meeting") or {})
    for key in ("title", "place"):
        meeting[key] = _text(post, f"meeting-{key}") or None
    meeting["date"] = _date(post.get("meeting-date", ""), errors)
    for key in ("start_time", "end_time"):
        meeting[key] = _clock(post.get(f"meeting-{key}", ""), errors)
    meeting["public_attendance"] = {"true": True, "false": False}.get(
        post.get("meeting-public_attendance", "")
    )
    items = _items(reading.get("items", []), post, errors)
    unplaced = post.get("unplaced", "").strip()
    target = post.get("unplaced-target", "")
    if unplaced and (target == NEW_ITEM or (target.isdigit() and int(target) < len(items))):
        turn = {"role": "unknown", "speaker": "", "act": "other", "text": unplaced}
        if target == NEW_ITEM:
            # An item the parser did not see at all: its text was left unplaced.
            items.append(_new_item([turn], _("(item from unplaced text)")))
        else:
            items[int(target)]["utterances"].append(turn)
        unplaced = ""
    if errors:
        raise ReviewError(" ".join(dict.fromkeys(errors)))
    return {
        **{k: v for k, v in reading.items() if k not in ("confidence", "flags")},
        "municipality": _text(post, "municipality") or reading.get("municipality"),
        "council": _text(post, "council") or None,
        "meeting": meeting,
        "members_present": _lines(post.get("members_present", "")),
        "members_absent": _lines(post.get("members_absent", "")),
        "items": items,
        "unplaced": unplaced,
        # Reviewed by a person: every field is as sure as the secretariat.
        "confidence": {},
        "flags": [],
    }


def _items(old: list[dict[str, Any]], post, errors: list[str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for i, before in enumerate(old):
        p = f"item-{i}-"
        if post.get(f"{p}delete"):
            continue
        item = {
            **before,
            "number": _text(post, f"{p}number") or None,
            "title": _text(post, f"{p}title"),
            "department": _text(post, f"{p}department") or None,
            "kind": _choice(post.get(f"{p}kind"), KINDS, "other", errors),
            "outcome": _choice(post.get(f"{p}outcome"), OUTCOMES, "unknown", errors),
            "opinion": post.get(f"{p}opinion", "").strip() or None,
            "followups": _lines(post.get(f"{p}followups", "")),
            "utterances": _turns(before.get("utterances") or [], p, post, errors),
        }
        split = post.get(f"{p}split", "").strip()
        if post.get(f"{p}merge") and items:
            _merge_items(items[-1], item)
        elif split.isdigit() and 1 < int(split) <= len(item["utterances"]):
            cut = int(split) - 1
            rest = item["utterances"][cut:]
            item["utterances"] = item["utterances"][:cut]
            items.append(item)
            items.append(_new_item(rest))
        else:
            items.append(item)
    return items


def _turns(old: list[dict[str, Any]], prefix: str, post, errors: list[str]) -> list[dict]:
    turns: list[dict[str, Any]] = []
    for j, before in enumerate(old):
        p = f"{prefix}turn-{j}-"
        if post.get(f"{p}delete"):
            continue
        turn = {
            "speaker": _text(post, f"{p}speaker"),
            "role": _choice(post.get(f"{p}role"), ROLES, "unknown", errors),
            "act": _choice(post.get(f"{p}act"), ACTS, before.get("act") or "other", errors),
            "text": post.get(f"{p}text", before.get("text", "")).replace("\r\n", "\n").strip(),
        }
        if post.get(f"{p}merge") and turns:
            turns[-1]["text"] = f"{turns[-1]['text']}\n{turn['text']}".strip()
            continue
        parts = [t.strip() for t in SPLIT_MARK.split(turn["text"]) if t.strip()]
        turns.extend({**turn, "text": part} for part in parts or [""])
    return turns


def _merge_items(into: dict[str, Any], item: dict[str, Any]) -> None:
    into["utterances"] = [*into["utterances"], *item["utterances"]]
    into["followups"] = [*into["followups"], *item["followups"]]
    if into.get("outcome") == "unknown":
        into["outcome"], into["opinion"] = item["outcome"], item["opinion"]


def _new_item(turns: list[dict[str, Any]], title: str | None = None) -> dict[str, Any]:
    return {
        "kind": "other",
        "number": None,
        "title": title or _("(split item)"),
        "department": None,
        "grounds": [],
        "outcome": "unknown",
        "opinion": None,
        "followups": [],
        "utterances": turns,
    }


def _text(post, key: str) -> str:
    return " ".join(post.get(key, "").split())


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def _choice(value, choices, default: str, errors: list[str]) -> str:
    allowed = {key for key, _label in choices}
    if value in (None, ""):
        return default
    if value not in allowed:
        errors.append(_("A choice is not one of the allowed values."))
        return default
    return value


def _date(value: str, errors: list[str]) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        errors.append(_("The date must be written as YYYY-MM-DD."))
        return None


def _clock(value: str, errors: list[str]) -> str | None:
    value = value.strip()
    if not value:
        return None
    if not _TIME.match(value):
        errors.append(_("Times must be written as HH:MM."))
        return None
    hours, minutes = (int(x) for x in value.split(":"))
    if hours > 23 or minutes > 59:
        errors.append(_("Times must be written as HH:MM."))
        return None
    return f"{hours:02d}:{minutes:02d}"
