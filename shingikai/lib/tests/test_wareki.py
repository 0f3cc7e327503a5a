"""Tests for shingikai.lib.wareki: Japanese-era dates, fiscal years and times."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shingikai.lib.wareki import (
    WarekiError,
    era_year,
    find_dates,
    fiscal_year,
    format_date,
    format_era_year,
    format_fiscal_year,
    format_time,
    kanji_to_int,
    parse_date,
    parse_fiscal_year,
    parse_time,
    parse_time_range,
    to_halfwidth_digits,
)

FIRST_SHOWA = date(1926, 12, 25)
LAST_TESTED = date(2100, 12, 31)
_TO_FULLWIDTH = str.maketrans("0123456789()", "０１２３４５６７８９（）")
_KANJI = "〇一二三四五六七八九"


def fullwidth(text: str) -> str:
    """Test helper: the same text as typed with a full-width IME."""
    return text.translate(_TO_FULLWIDTH)


def to_kanji(n: int) -> str:
    """Independent reference encoder for kanji numerals 1-9999 (multiplicative form)."""
    out = ""
    for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, unit)
        if digit:
            out += ("" if digit == 1 else _KANJI[digit]) + name
    return out + (_KANJI[n] if n else "")


def kanji_date(d: date) -> str:
    """Test helper: the date written entirely in kanji, as in formal minutes."""
    era, n = era_year(d)
    year = "元" if n == 1 else to_kanji(n)
    return f"{era}{year}年{to_kanji(d.month)}月{to_kanji(d.day)}日"


# --- round trips -------------------------------------------------------------------------


def test_every_day_round_trips_exhaustively() -> None:
    """Every day 1926-12-25..2100-12-31 survives format -> parse, with and without weekday,
    and in full-width digits."""
    d = FIRST_SHOWA
    one_day = timedelta(days=1)
    count = 0
    while d <= LAST_TESTED:
        plain = format_date(d)
        with_weekday = format_date(d, weekday=True)
        assert parse_date(plain) == d, plain
        assert parse_date(with_weekday) == d, with_weekday
        assert parse_date(fullwidth(with_weekday)) == d, with_weekday
        d += one_day
        count += 1
    assert count == (LAST_TESTED - FIRST_SHOWA).days + 1


@given(st.dates(min_value=FIRST_SHOWA, max_value=LAST_TESTED))
def test_round_trip_property(d: date) -> None:
    """Formatted dates (plain, with weekday, full-width, kanji) parse back to the same day."""
    assert parse_date(format_date(d)) == d
    assert parse_date(format_date(d, weekday=True)) == d
    assert parse_date(fullwidth(format_date(d))) == d
    assert parse_date(fullwidth(format_date(d, weekday=True))) == d
    assert parse_date(kanji_date(d)) == d
    assert parse_date(format_date(d, era_first_year="1")) == d


@given(st.dates(min_value=date(1873, 1, 1), max_value=date(9999, 12, 31)))
def test_western_forms_round_trip(d: date) -> None:
    """Every Western spelling of a date parses to that date."""
    for text in (
        f"{d.year}年{d.month}月{d.day}日",
        d.isoformat(),
        f"{d.year}/{d.month}/{d.day}",
        fullwidth(f"{d.year}/{d.month:02d}/{d.day:02d}"),
    ):
        assert parse_date(text) == d, text


@given(st.dates(min_value=FIRST_SHOWA, max_value=LAST_TESTED))
def test_weekday_in_output_is_correct(d: date) -> None:
    """The weekday format_date prints is the real weekday of the date."""
    assert format_date(d, weekday=True).endswith(f"({'月火水木金土日'[d.weekday()]})")


# --- boundaries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(2022, 12, 27), "令和4年12月27日"),
    ],
)
def test_era_boundaries(d: date, text: str) -> None:
    """Both sides of every era change format and parse to the right era."""
    assert format_date(d) == text
    assert parse_date(text) == d


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和1年5月1日", date(2019, 5, 1)),
        ("平成1年1月8日", date(1989, 1, 8)),
        ("令和99年1月1日", date(2117, 1, 1)),
    ],
)
def test_numeric_first_year_and_far_future(text: str, expected: date) -> None:
    """1年 is accepted as well as 元年, and the open-ended current era runs into the future."""
    assert parse_date(text) == expected


def test_format_options() -> None:
    """format_date writes 元年 by default, 1年 on request, and the weekday in half-width."""
    assert format_date(date(2019, 5, 1), weekday=True) == "令和元年5月1日(水)"
    assert format_date(date(2019, 5, 1), era_first_year="1") == "令和1年5月1日"


def test_before_supported_range() -> None:
    """Dates before the Gregorian calendar (明治6年) cannot be expressed in an era."""
    with pytest.raises(WarekiError):
        format_date(date(1872, 12, 31))
    with pytest.raises(WarekiError):
        parse_date("明治5年12月1日")
    assert format_date(date(1873, 1, 1)) == "明治6年1月1日"


# --- accepted input forms ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "令和4年12月27日",
        "令和４年１２月２７日",
        "令和 4年 12月 27日",
        "令和　４年　１２月　２７日",
        "令和4年12月27日(火)",
        "令和4年12月27日（火）",
        "令和4年12月27日 (火曜日)",
        "令和4年12月27日（火曜）",
        "令和四年十二月二十七日",
        "令和四年十二月二十七日（火）",
        "2022年12月27日",
        "２０２２年１２月２７日",
        "二〇二二年十二月二十七日",
        "2022-12-27",
        "2022/12/27",
        "2022.12.27",
        "２０２２／１２／２７",
        "2022-12-27(火)",
        "  令和4年12月27日  ",
    ],
)
def test_accepted_date_forms(text: str) -> None:
    """All spellings found in minutes give 2022-12-27."""
    assert parse_date(text) == date(2022, 12, 27)


@pytest.mark.parametrize(
    "text",
    [
        "令和99年13月1日",
        "令和4年2月30日",
        "平成31年5月1日",
        "令和元年4月30日",
        "昭和64年1月8日",
        "平成元年1月7日",
        "令和0年1月1日",
        "令和4年12月27日(月)",
        "令和4年12月27日（水）",
        "2022-12-27(月)",
        "",
        "   ",
        "garbage",
        "令和4年12月",
        "令和4年12月27日です",
        "4年12月27日",
        "2022-12/27",
        "2022-13-01",
        "令和十十年一月一日",
    ],
)
def test_bad_dates_raise(text: str) -> None:
    """Impossible dates, days outside their era, wrong weekdays and garbage raise WarekiError."""
    with pytest.raises(WarekiError):
        parse_date(text)


def test_wareki_error_is_value_error_with_message() -> None:
    """Errors are ValueErrors with an English message naming the problem."""
    with pytest.raises(ValueError, match="after the 平成 era"):
        parse_date("平成31年5月1日")
    with pytest.raises(WarekiError, match="does not match"):
        parse_date("令和4年12月27日(月)")


# --- find_dates --------------------------------------------------------------------------


def test_find_dates_returns_dates_and_spans() -> None:
    """find_dates finds every valid date, spans index the original text (weekday included)."""
    text = (
        "開催日時　令和４年１２月２７日（火）午後２時、次回は2023/1/5、"
        "令和4年2月30日は誤記、令和五年一月十日に再開。1989-01-07と平成元年1月8日。"
    )
    found = find_dates(text)
    assert [d for d, _ in found] == [
        date(2022, 12, 27),
        date(2023, 1, 5),
        date(2023, 1, 10),
        date(1989, 1, 7),
        date(1989, 1, 8),
    ]
    assert [text[s:e] for _, (s, e) in found] == [
        "令和４年１２月２７日（火）",
        "2023/1/5",
        "令和五年一月十日",
        "1989-01-07",
        "平成元年1月8日",
    ]


def test_find_dates_empty_and_skips_invalid() -> None:
    """Text without valid dates yields an empty list, not an error."""
    assert find_dates("") == []
    assert find_dates("平成31年5月1日、令和4年12月27日(月)、第13期") == []


# --- era helpers -------------------------------------------------------------------------


def test_era_year_and_format_era_year() -> None:
    """era_year gives (era, year) and format_era_year writes 元年 for year 1."""
    assert era_year(date(2019, 5, 1)) == ("令和", 1)
    assert era_year(date(2022, 12, 27)) == ("令和", 4)
    assert era_year(date(2019, 4, 30)) == ("平成", 31)
    assert format_era_year("令和", 1) == "令和元年"
    assert format_era_year("令和", 4) == "令和4年"
    assert format_era_year("令和", 1, era_first_year="1") == "令和1年"


@pytest.mark.parametrize(("era", "n"), [("令和", 0), ("平成", 32), ("慶応", 1)])
def test_format_era_year_rejects_impossible(era: str, n: int) -> None:
    """Unknown eras and years the era never reached raise."""
    with pytest.raises(WarekiError):
        format_era_year(era, n)


# --- kanji numerals ----------------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, 100))
def test_kanji_one_to_ninety_nine(n: int) -> None:
    """一 through 九十九 convert to 1..99."""
    assert kanji_to_int(to_kanji(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十三", 13),
        ("二十七", 27),
        ("百", 100),
        ("十", 10),
        ("〇", 0),
        ("零", 0),
        ("百〇五", 105),
        ("二千二十二", 2022),
        ("二〇二二", 2022),
        ("千九百八十九", 1989),
    ],
)
def test_kanji_examples(text: str, expected: int) -> None:
    """Common minutes numerals, including positional 二〇二二 and 百〇五."""
    assert kanji_to_int(text) == expected


@pytest.mark.parametrize("text", ["", "十十", "二三十", "十百", "〇十", "13", "abc"])
def test_kanji_malformed(text: str) -> None:
    """Malformed or non-kanji numerals raise instead of guessing."""
    with pytest.raises(WarekiError):
        kanji_to_int(text)


def test_to_halfwidth_digits_only_touches_digits() -> None:
    """Only full-width digits change; other full-width characters are left intact."""
    assert to_halfwidth_digits("令和４年（火）ｱ") == "令和4年（火）ｱ"


# --- fiscal years ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "fy"),
    [
        (date(2023, 3, 31), 2022),
        (date(2023, 4, 1), 2023),
        (date(2023, 1, 1), 2022),
        (date(2022, 12, 31), 2022),
    ],
)
def test_fiscal_year_boundary(d: date, fy: int) -> None:
    """The fiscal year changes between March 31 and April 1."""
    assert fiscal_year(d) == fy


@pytest.mark.parametrize(
    ("fy", "text"),
    [
        (2022, "令和4年度"),
        (2019, "平成31年度"),
        (2020, "令和2年度"),
        (1989, "平成元年度"),
        (1988, "昭和63年度"),
        (1926, "大正15年度"),
        (1927, "昭和2年度"),
    ],
)
def test_format_fiscal_year(fy: int, text: str) -> None:
    """Fiscal years use the era of their April 1 (so FY2019 is 平成31年度), and round trip."""
    assert format_fiscal_year(fy) == text
    assert parse_fiscal_year(text) == fy


@pytest.mark.parametrize(
    ("text", "fy"),
    [
        ("令和元年度", 2019),
        ("令和1年度", 2019),
        ("令和４年度", 2022),
        ("令和 4 年度", 2022),
        ("令和四年度", 2022),
        ("2022年度", 2022),
        ("２０２２年度", 2022),
        ("平成31年度", 2019),
    ],
)
def test_parse_fiscal_year_forms(text: str, fy: int) -> None:
    """元年度, full-width/kanji digits and Western 年度 are all accepted."""
    assert parse_fiscal_year(text) == fy


@pytest.mark.parametrize(
    "text", ["平成32年度", "昭和64年度", "令和0年度", "令和4年", "4年度", "", "年度", "令和x年度"]
)
def test_parse_fiscal_year_rejects(text: str) -> None:
    """Fiscal years with no day in the named era, or malformed text, raise."""
    with pytest.raises(WarekiError):
        parse_fiscal_year(text)


@given(st.integers(min_value=1927, max_value=2200))
def test_fiscal_year_round_trip(fy: int) -> None:
    """format_fiscal_year output always parses back to the same fiscal year."""
    assert parse_fiscal_year(format_fiscal_year(fy)) == fy
    assert parse_fiscal_year(fullwidth(format_fiscal_year(fy))) == fy


# --- times -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("午前10時00分", time(10, 0)),
        ("午後2時00分", time(14, 0)),
        ("午後0時19分", time(12, 19)),
        ("午前0時", time(0, 0)),
        ("午前12時", time(12, 0)),
        ("15時00分", time(15, 0)),
        ("15時", time(15, 0)),
        ("15:00", time(15, 0)),
        ("15：00", time(15, 0)),
        ("１５：００", time(15, 0)),
        ("午後２時３０分", time(14, 30)),
        ("10時30分", time(10, 30)),
        ("午後1時半", time(13, 30)),
        ("午後二時三十分", time(14, 30)),
        ("0:05", time(0, 5)),
        (" 午後 2時 05分 ", time(14, 5)),
    ],
)
def test_parse_time(text: str, expected: time) -> None:
    """Each time spelling used in minutes parses to the right 24-hour time."""
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text",
    ["25時", "24時", "午後13時", "午後12時", "午前13時", "10時60分", "15:60", "", "午後", "3pm"],
)
def test_bad_times_raise(text: str) -> None:
    """Out-of-range hours/minutes and garbage raise WarekiError."""
    with pytest.raises(WarekiError):
        parse_time(text)


@pytest.mark.parametrize("sep", ["～", "~", "〜", "-", "－", "から", " ～ ", " から "])
def test_parse_time_range_separators(sep: str) -> None:
    """Every separator used in minutes splits the range correctly."""
    assert parse_time_range(f"午前10時00分{sep}午後0時19分") == (time(10, 0), time(12, 19))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("午後1時～3時", (time(13, 0), time(15, 0))),
        ("午前10時～12時", (time(10, 0), time(12, 0))),
        ("13:30-15:00", (time(13, 30), time(15, 0))),
        ("午前10時から午後0時19分まで", (time(10, 0), time(12, 19))),
        ("１４：００～１６：３０", (time(14, 0), time(16, 30))),
    ],
)
def test_parse_time_range_forms(text: str, expected: tuple[time, time]) -> None:
    """An end without 午前/午後 inherits the start's; から...まで is accepted."""
    assert parse_time_range(text) == expected


@pytest.mark.parametrize(
    "text", ["午後3時～午前10時", "午前10時", "午前10時～", "25時～26時", "10時～午後13時"]
)
def test_parse_time_range_rejects(text: str) -> None:
    """Reversed ranges, missing ends and invalid times raise."""
    with pytest.raises(WarekiError):
        parse_time_range(text)


def test_format_time() -> None:
    """format_time writes 24-hour 14時00分 by default and 午後0時19分 in 12-hour form."""
    assert format_time(time(14, 0)) == "14時00分"
    assert format_time(time(9, 5)) == "9時05分"
    assert format_time(time(12, 19), twelve_hour=True) == "午後0時19分"
    assert format_time(time(0, 0), twelve_hour=True) == "午前0時00分"


@given(st.times())
def test_time_round_trip(t: time) -> None:
    """format_time output (both styles) parses back to the same hour and minute."""
    expected = time(t.hour, t.minute)
    assert parse_time(format_time(t)) == expected
    assert parse_time(format_time(t, twelve_hour=True)) == expected
    assert parse_time(fullwidth(format_time(t))) == expected


@pytest.mark.parametrize(
    ("text", "fy"),
    [
        ("令和5年度第1回個人情報保護審議会", 2023),
        ("令和元年度 第3回", 2019),
        ("平成３０年度第２回", 2018),
        ("2024年度 第1回", 2024),
        ("第1回個人情報保護審議会", None),
        ("令和5年6月1日", None),  # a date, not a fiscal year
        ("平成32年度", None),  # no such fiscal year
    ],
)
def test_find_fiscal_year_in_a_title(text: str, fy: int | None) -> None:
    from shingikai.lib.wareki import find_fiscal_year

    assert find_fiscal_year(text) == fy
