"""Japanese-era (和暦) dates, fiscal years (年度) and times as written in council minutes.

Municipal minutes, agendas and notices give dates as ``令和4年12月27日(火)``, fiscal years
as ``令和4年度`` and times as ``午後2時00分``, with half-width, full-width or kanji digits
depending on who typed them.  This module converts such text to :mod:`datetime` values and
back, so the rest of the application stores plain ``date``/``time`` objects and only this
module knows about eras.  It is standard-library only (no Django) so import scripts, the CLI
and tests can use it without settings.

Every failure raises :class:`WarekiError` (a ``ValueError``) with an English message meant
for logs and the CLI; user-facing code is expected to translate it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta


class WarekiError(ValueError):
    """Text is not a valid date, time or fiscal year.

    A ``ValueError`` subclass so generic validation code that already catches ``ValueError``
    keeps working, while callers that care can catch this module's errors specifically.
    """


@dataclass(frozen=True)
class Era:
    """One era: ``first_year`` is the Western year of 元年, ``start``/``end`` the supported days.

    ``start`` is the first day this module accepts, which for 明治 is 1873-01-01 rather than
    the era's proclamation: before 明治6年 Japan used a lunisolar calendar, so earlier 明治
    dates cannot be mapped to Gregorian dates by arithmetic.
    """

    name: str
    start: date
    end: date
    first_year: int

    @property
    def last_year(self) -> int:
        """Highest era year that still contains a day of the era."""
        return self.end.year - self.first_year + 1


_ERA_STARTS: tuple[tuple[str, date, int], ...] = (
    ("明治", date(1873, 1, 1), 1868),
    ("大正", date(1912, 7, 30), 1912),
    ("昭和", date(1926, 12, 25), 1926),
    ("平成", date(1989, 1, 8), 1989),
    ("令和", date(2019, 5, 1), 2019),
)
ERAS: tuple[Era, ...] = tuple(
    Era(name, start, nxt[1] - timedelta(days=1) if nxt else date.max, first)
    for (name, start, first), nxt in zip(_ERA_STARTS, (*_ERA_STARTS[1:], None), strict=True)
)
_ERA_BY_NAME: dict[str, Era] = {era.name: era for era in ERAS}

_WEEKDAYS = "月火水木金土日"  # index = date.weekday()
_KANJI_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# One character to one character, so match offsets in normalised text are offsets in the input.
_NORMALISE = str.maketrans("０１２３４５６７８９（）／．：－−‐–～〜", "0123456789()/.:----~~")

_KNUM = "[〇零一二三四五六七八九十百千]+"
_NUM = f"(?:[0-9]+|{_KNUM})"
_ERA_NAMES = "|".join(_ERA_BY_NAME)
_DATE_RE = re.compile(
    rf"(?:(?P<era>{_ERA_NAMES})\s*(?P<y1>{_NUM}|元)\s*年\s*(?P<m1>{_NUM})\s*月\s*(?P<d1>{_NUM})\s*日"
    rf"|(?<![0-9〇零一二三四五六七八九十百千])(?P<y2>[0-9]{{4}}|{_KNUM})\s*年"
    rf"\s*(?P<m2>{_NUM})\s*月\s*(?P<d2>{_NUM})\s*日"
    r"|(?<![0-9])(?P<y3>[0-9]{4})(?P<sep>[-/.])(?P<m3>[0-9]{1,2})(?P=sep)(?P<d3>[0-9]{1,2})(?![0-9]))"
    r"(?:\s*\(\s*(?P<dow>[月火水木金土日])(?:曜日?)?\s*\))?"
)
_FY_RE = re.compile(
    rf"(?:(?P<era>{_ERA_NAMES})\s*(?P<ey>{_NUM}|元)|(?P<wy>[0-9]{{4}}|{_KNUM}))\s*年\s*度"
)
_TIME_RE = re.compile(
    rf"(?P<ap>午前|午後)?\s*(?:(?P<h>{_NUM})\s*時(?:\s*(?:(?P<m>{_NUM})\s*分|(?P<half>半)))?"
    r"|(?P<ch>[0-9]{1,2})\s*:\s*(?P<cm>[0-9]{2}))"
)
_RANGE_RE = re.compile(r"(?P<a>.+?)\s*(?:~|-|から)\s*(?P<b>.+?)(?:\s*まで)?")


def to_halfwidth_digits(text: str) -> str:
    """Replace full-width digits (０-９) with ASCII digits and leave everything else alone.

    Only digits are touched (no blanket NFKC) because NFKC would also rewrite characters
    that must survive verbatim elsewhere, e.g. half-width katakana or ㈱ in council names.
    """
    return text.translate(_FULLWIDTH_DIGITS)


def kanji_to_int(text: str) -> int:
    """Convert a kanji numeral such as ``十三`` or ``二〇二二`` to an int.

    Minutes often spell numbers in kanji (令和四年, 第十三期).  Both the multiplicative form
    (二千二十二, 百〇五) and the positional form (二〇二二) are accepted; anything else,
    including units out of order (十百) or doubled digits (二三十), raises ``WarekiError``.
    """
    s = text.strip()
    if not s or any(ch not in _KANJI_DIGITS and ch not in _KANJI_UNITS for ch in s):
        raise WarekiError(f"not a kanji numeral: {text!r}")
    if not any(ch in _KANJI_UNITS for ch in s):
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in s))
    total, pending, last_unit = 0, None, 10_000
    for ch in s:
        if ch in _KANJI_DIGITS:
            if pending:  # a non-zero digit already waits for its unit
                raise WarekiError(f"malformed kanji numeral: {text!r}")
            pending = _KANJI_DIGITS[ch]
        else:
            unit = _KANJI_UNITS[ch]
            if unit >= last_unit or pending == 0:
                raise WarekiError(f"malformed kanji numeral: {text!r}")
            total += (1 if pending is None else pending) * unit
            pending, last_unit = None, unit
    return total + (pending or 0)


# No year, month, day, hour or minute needs more figures; longer ones (20-digit months,
# 5,000-digit years) are refused before int() or date() can fail on them.
_MAX_FIGURES = 8


def _to_int(token: str) -> int:
    """Read an already-normalised number token: ASCII digits or a kanji numeral."""
    if len(token.strip()) > _MAX_FIGURES:
        raise WarekiError(f"number too long: {token[:20]!r}…")
    return int(token) if token.isascii() else kanji_to_int(token)


def _make_date(year: int, month: int, day: int) -> date:
    """``date()`` that reports impossible dates (2月30日, 13月) as ``WarekiError``."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        raise WarekiError(f"invalid date: year {year}, month {month}, day {day}") from None


def _western_year(token: str) -> int:
    """Western years are only trusted with four digits; 4年 without an era is ambiguous."""
    year = _to_int(token)
    if not 1000 <= year <= 9999:
        raise WarekiError(f"Western year must have four digits, got {token!r}")
    return year


def _era_date(era: Era, n: int, month: int, day: int) -> date:
    """Build a date from era fields, refusing days outside the era (平成31年5月1日)."""
    if n < 1:
        raise WarekiError(f"era year must be 1 or more, got {era.name}{n}年")
    d = _make_date(era.first_year + n - 1, month, day)
    if d < era.start:
        raise WarekiError(
            f"{d.isoformat()} is before the {era.name} era, which starts on {era.start.isoformat()}"
        )
    if d > era.end:
        raise WarekiError(
            f"{d.isoformat()} is after the {era.name} era, which ended on {era.end.isoformat()}"
        )
    return d


def _date_from_match(m: re.Match[str]) -> date:
    """Turn a ``_DATE_RE`` match into a date, checking the weekday when one was written."""
    if m["era"]:
        n = 1 if m["y1"] == "元" else _to_int(m["y1"])
        d = _era_date(_ERA_BY_NAME[m["era"]], n, _to_int(m["m1"]), _to_int(m["d1"]))
    elif m["y2"]:
        d = _make_date(_western_year(m["y2"]), _to_int(m["m2"]), _to_int(m["d2"]))
    else:
        d = _make_date(_western_year(m["y3"]), _to_int(m["m3"]), _to_int(m["d3"]))
    actual = _WEEKDAYS[d.weekday()]
    if m["dow"] and m["dow"] != actual:
        raise WarekiError(f"weekday {m['dow']} does not match {d.isoformat()} (a {actual}曜日)")
    return d


def parse_date(text: str) -> date:
    """Parse one date: 令和4年12月27日(火), 令和元年5月1日, 2022年12月27日, 2022-12-27, 2022/12/27.

    Full-width and kanji digits, spaces between parts and a weekday in half- or full-width
    parentheses (火 / 火曜 / 火曜日) are accepted.  A weekday that contradicts the date is an
    error rather than ignored, because it usually reveals a typo in the day or the month.
    """
    s = text.translate(_NORMALISE).strip()
    if not s:
        raise WarekiError("empty date string")
    m = _DATE_RE.fullmatch(s)
    if m is None:
        raise WarekiError(f"unrecognised date: {text!r}")
    return _date_from_match(m)


def find_dates(text: str) -> list[tuple[date, tuple[int, int]]]:
    """Return every date in a longer text with its ``(start, end)`` offsets into ``text``.

    Spans cover a trailing weekday too, so ``text[start:end]`` can be replaced as a whole.
    Candidates that look like dates but are invalid (2月30日, wrong weekday, a day outside
    the era) are skipped: a scan of a whole document should not fail on one typo.  Use
    :func:`parse_date` on a single string to learn why it was rejected.
    """
    found: list[tuple[date, tuple[int, int]]] = []
    for m in _DATE_RE.finditer(text.translate(_NORMALISE)):
        try:
            found.append((_date_from_match(m), m.span()))
        except WarekiError:
            continue
    return found


def era_year(d: date) -> tuple[str, int]:
    """Return ``(era name, year within era)``, e.g. 2019-05-01 -> ``("令和", 1)``."""
    for era in reversed(ERAS):
        if d >= era.start:
            return era.name, d.year - era.first_year + 1
    raise WarekiError(
        f"{d.isoformat()} is before {ERAS[0].start.isoformat()}, "
        "the first supported day (Gregorian calendar adopted in 明治6年)"
    )


def format_era_year(era: str, n: int, *, era_first_year: str = "元") -> str:
    """Format an era year: ``("令和", 1)`` -> 令和元年, ``("令和", 4)`` -> 令和4年.

    Official documents write the first year as 元年; pass ``era_first_year="1"`` for
    systems that need 令和1年.
    """
    info = _ERA_BY_NAME.get(era)
    if info is None:
        raise WarekiError(f"unknown era: {era!r}")
    if not 1 <= n <= info.last_year:
        raise WarekiError(f"{era} has no year {n} (years 1 to {info.last_year})")
    return f"{era}{era_first_year if n == 1 else n}年"


def format_date(d: date, *, weekday: bool = False, era_first_year: str = "元") -> str:
    """Format as minutes do: 2019-05-01 -> 令和元年5月1日, or 令和元年5月1日(水) with weekday.

    Digits are half-width and unpadded; :func:`parse_date` reads every output back.
    """
    era, n = era_year(d)
    text = f"{format_era_year(era, n, era_first_year=era_first_year)}{d.month}月{d.day}日"
    return f"{text}({_WEEKDAYS[d.weekday()]})" if weekday else text


def fiscal_year(d: date) -> int:
    """Japanese fiscal year (April to March) named by its starting Western year.

    2023-03-31 belongs to fiscal 2022 and 2023-04-01 to fiscal 2023.
    """
    return d.year if d.month >= 4 else d.year - 1


def format_fiscal_year(fy: int, *, era_first_year: str = "元") -> str:
    """Format a fiscal year as 令和4年度, using the era in force on April 1 of that year.

    Fiscal 2019 therefore becomes 平成31年度, even though 令和 began a month later: that is
    what most municipalities printed for FY2019 budgets and minutes (the era name was not
    known when the year began).  :func:`parse_fiscal_year` also accepts 令和元年度.
    """
    try:
        april_first = date(fy, 4, 1)
    except ValueError:
        raise WarekiError(f"fiscal year out of range: {fy}") from None
    era, n = era_year(april_first)
    return f"{format_era_year(era, n, era_first_year=era_first_year)}度"


def parse_fiscal_year(text: str) -> int:
    """Parse 令和4年度, 令和元年度, 令和４年度 or 2022年度 to the Western starting year.

    An era fiscal year is accepted if any day of it falls in that era, so both 平成31年度
    and 令和元年度 give 2019 while 平成32年度 and 昭和64年度 are rejected.
    """
    s = text.translate(_NORMALISE).strip()
    m = _FY_RE.fullmatch(s)
    if m is None:
        raise WarekiError(f"unrecognised fiscal year: {text!r}")
    if m["wy"]:
        return _western_year(m["wy"])
    era = _ERA_BY_NAME[m["era"]]
    n = 1 if m["ey"] == "元" else _to_int(m["ey"])
    if n < 1:
        raise WarekiError(f"era year must be 1 or more, got {text!r}")
    fy = era.first_year + n - 1
    first_day = _make_date(fy, 4, 1)
    last_day = date(fy + 1, 3, 31) if fy < date.max.year else date.max
    if last_day < era.start or first_day > era.end:
        raise WarekiError(f"fiscal year {fy} ({text!r}) has no day in the {era.name} era")
    return fy


def find_fiscal_year(text: str) -> int | None:
    """The first fiscal year ``text`` names (「令和5年度第1回…」 → 2023), or None when it
    names none or only an impossible one (平成32年度)."""
    m = _FY_RE.search(text.translate(_NORMALISE))
    if m is None:
        return None
    try:
        return parse_fiscal_year(m.group(0))
    except WarekiError:
        return None


def in_fiscal_year_of(d: date, fy: int) -> bool:
    """Whether ``d`` falls in fiscal ``fy`` (April ``fy`` to March ``fy + 1``)."""
    return fiscal_year(d) == fy


def _time_parts(text: str) -> tuple[str | None, int, int]:
    """Split a time into (午前/午後 or None, hour, minute) without range checks."""
    s = text.translate(_NORMALISE).strip()
    if not s:
        raise WarekiError("empty time string")
    m = _TIME_RE.fullmatch(s)
    if m is None:
        raise WarekiError(f"unrecognised time: {text!r}")
    if m["ch"]:
        return m["ap"], _to_int(m["ch"]), _to_int(m["cm"])
    minute = 30 if m["half"] else (_to_int(m["m"]) if m["m"] else 0)
    return m["ap"], _to_int(m["h"]), minute


def _make_time(ampm: str | None, hour: int, minute: int, text: str) -> time:
    """Apply 午前/午後 and validate.

    With 午前/午後 the hour must be 0-11 (午後0時 is noon, as minutes write it), except that
    午前12時 is read as noon following the 1872 decree that introduced the clock; 午後12時
    would be 24:00, which is not a time of day, so it is rejected like 午後13時.
    """
    if not 0 <= minute <= 59:
        raise WarekiError(f"minute out of range 0-59: {text!r}")
    if ampm is None:
        if not 0 <= hour <= 23:
            raise WarekiError(f"hour out of range 0-23: {text!r}")
    elif not (0 <= hour <= 11 or (ampm == "午前" and hour == 12)):
        raise WarekiError(f"hour out of range 0-11 after {ampm}: {text!r}")
    elif ampm == "午後":
        hour += 12
    return time(hour, minute)


def parse_time(text: str) -> time:
    """Parse 午前10時00分, 午後2時00分 (14:00), 午後0時19分 (12:19), 15時, 15:00, 15：00.

    Full-width and kanji digits are accepted, as is 半 for half past (午後1時半).
    """
    return _make_time(*_time_parts(text), text)


def parse_time_range(text: str) -> tuple[time, time]:
    """Parse a meeting time such as 午前10時00分～午後0時19分 into ``(start, end)``.

    Separators ～ ~ 〜 - － and から (with an optional trailing まで) are accepted.  When
    only the start says 午前/午後 (午後1時～3時) the end inherits it, as a reader would.
    An end before the start is rejected: it is almost always a 午前/午後 mistake.
    """
    m = _RANGE_RE.fullmatch(text.translate(_NORMALISE).strip())
    if m is None:
        raise WarekiError(f"unrecognised time range: {text!r}")
    start_ampm, start_hour, start_minute = _time_parts(m["a"])
    end_ampm, end_hour, end_minute = _time_parts(m["b"])
    if end_ampm is None and start_ampm is not None and end_hour <= 12:
        end_ampm = start_ampm
    start = _make_time(start_ampm, start_hour, start_minute, text)
    end = _make_time(end_ampm, end_hour, end_minute, text)
    if end < start:
        raise WarekiError(f"time range ends before it starts: {text!r}")
    return start, end


def format_time(t: time, *, twelve_hour: bool = False) -> str:
    """Format as 14時00分 (or 午後2時00分 with ``twelve_hour``); seconds are dropped.

    Minutes are zero-padded as in printed minutes; noon in 12-hour form is 午後0時00分.
    """
    if not twelve_hour:
        return f"{t.hour}時{t.minute:02d}分"
    return f"{'午前' if t.hour < 12 else '午後'}{t.hour % 12}時{t.minute:02d}分"
