"""Checks of a reading against itself: a value the rest of the reading contradicts is
flagged for the review step, never changed.

The confidence of a field (``_confidence``) says how sure the place it was read from is; a
value read from a sure place can still be wrong when the layout was misread. These checks
catch some of those without knowing any layout: facts the minutes state twice must agree.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from shingikai.lib.wareki import find_fiscal_year, in_fiscal_year_of

# Outcomes that carry an attached opinion or conditions, and those that never do.
WITH_OPINION = {"approved_with_opinion", "conditional"}
WITHOUT_OPINION = {"approved", "rejected"}
# A head count of the members present, as header rows state it: 出席委員（9名）, 出席8名,
# 委員10名中8名 — the number right after 出席 opening a field or a clause (not a part of
# them, as in うちWeb出席2名), or the second of a share; never a 定数.
_PRESENT_COUNT = re.compile(
    r"(?:^|(?<=[\s【】\[\]()（）<>＜＞:：、,●○◆■・]))出席(?:委員|者)?[】\]>＞]?\s*[(（:：]?\s*(\d{1,2})\s*[名人]",
    re.MULTILINE,
)
_SHARE_COUNT = re.compile(r"\d{1,2}\s*[名人]\s*中\s*(\d{1,2})\s*[名人]")
# A place holds no clock time, no date and no other header field's label (a note such as
# 「一部委員はWeb会議により出席」 may follow it).
_NOT_A_PLACE = re.compile(
    r"\d{1,2}\s*[時:]\s*\d{0,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|(?:出席|欠席)(?:委員|者)|議題|傍聴"
)
PLACE_MAX_CHARS = 60
# An item title that ends in a department after a space (「…について　高齢福祉課」) while the
# item has no department: the department was left in the title.
_TITLE_TAIL_UNIT = re.compile(r"\s\S{2,15}?(?:課|係|室|部|局|館|センター|事務局)$")


def contradictions(
    meeting: dict[str, Any], present: list[str], items: list[dict[str, Any]], opening: str
) -> list[str]:
    """Flags (``meeting.date``, ``members_present``, ``items[2].opinion`` …) for values that
    another part of the same reading contradicts."""
    flags = []
    if _date_outside_title_year(meeting):
        flags.append("meeting.date")
    if _odd_place(meeting.get("place")):
        flags.append("meeting.place")
    if _count_differs(present, opening):
        flags.append("members_present")
    for i, item in enumerate(items):
        outcome, opinion = item.get("outcome"), item.get("opinion")
        if outcome in WITH_OPINION and not opinion:
            flags.append(f"items[{i}].opinion")  # said to be attached, none read
        if opinion and outcome in WITHOUT_OPINION:
            flags.append(f"items[{i}].outcome")  # an opinion read, the outcome has none
        if not item.get("department") and _TITLE_TAIL_UNIT.search(item.get("title") or ""):
            flags += [f"items[{i}].title", f"items[{i}].department"]
    return flags


def _date_outside_title_year(meeting: dict[str, Any]) -> bool:
    """「令和5年度第1回…」 held on a day outside April 2023 – March 2024."""
    year = find_fiscal_year(meeting.get("title") or "")
    if year is None or not meeting.get("date"):
        return False
    try:
        day = datetime.date.fromisoformat(meeting["date"])
    except ValueError:
        return False
    return not in_fiscal_year_of(day, year)


def _odd_place(place: str | None) -> bool:
    return bool(place) and (len(place) > PLACE_MAX_CHARS or bool(_NOT_A_PLACE.search(place)))


def _count_differs(present: list[str], opening: str) -> bool:
    """The opening lines state one head count of members present and a different number
    of names was read. Several different counts (members, officials, a share) prove nothing."""
    if not present:
        return False  # no names listed: nothing read to contradict
    counts = {int(m.group(1)) for m in _PRESENT_COUNT.finditer(opening)}
    counts |= {int(m.group(1)) for m in _SHARE_COUNT.finditer(opening)}
    return len(counts) == 1 and len(present) not in counts
