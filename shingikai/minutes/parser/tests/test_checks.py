"""Facts a reading states twice must agree; where they do not, the field is flagged."""

import pytest

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._checks import contradictions

HEADER = "出席委員（4名）　会長 青木一郎、委員 井上花子、委員 上田次郎、委員 江藤三恵\n"


def _meeting(**fields):
    return {"title": "令和6年度第2回みどり市個人情報保護審議会", "date": "2024-08-20", **fields}


def test_agreeing_facts_raise_nothing():
    items = [{"outcome": "approved_with_opinion", "opinion": "なお、…留意されたい。"}]
    names = ["青木一郎", "井上花子", "上田次郎", "江藤三恵"]
    assert contradictions(_meeting(place="みどり市役所 第2会議室"), names, items, HEADER) == []


def test_a_date_outside_the_fiscal_year_the_title_names_is_flagged():
    assert contradictions(_meeting(date="2024-03-21"), [], [], "") == ["meeting.date"]
    assert contradictions(_meeting(date="2025-03-21"), [], [], "") == []  # still 令和6年度


@pytest.mark.parametrize(
    "place",
    [
        "本庁舎5階 501会議室 ● 出席委員(5名) 会長 青木一郎",  # the next field run in
        "第2会議室 午後2時00分",
        "市民会館 議題 諮問第3号",
        "あ" * 61,
    ],
)
def test_a_place_holding_another_fields_words_is_flagged(place):
    assert contradictions(_meeting(place=place), [], [], "") == ["meeting.place"]


def test_a_place_with_a_note_on_web_attendance_is_not_flagged():
    place = "本庁舎8階 大会議室(一部の委員はオンラインで出席)"
    assert contradictions(_meeting(place=place), [], [], "") == []


@pytest.mark.parametrize(
    ("header", "flagged"),
    [
        (HEADER, True),  # 4 stated, 3 read
        ("出席委員　委員5名中3名出席\n", False),  # 3 stated as a share, 3 read
        ("出席委員　委員定数5名、出席3名\n", False),  # the 定数 is not the count present
        ("出席委員 3名（うちWeb出席2名）\n", False),  # a part of them is not the count
        ("出席委員 青木一郎 井上花子 上田次郎\n", False),  # no count stated
        ("出席委員（4名）\n欠席委員（2名）\n委員6名中4名\n", True),
    ],
)
def test_a_stated_head_count_must_match_the_names_read(header, flagged):
    names = ["青木一郎", "井上花子", "上田次郎"]
    assert (contradictions(_meeting(), names, [], header) == ["members_present"]) is flagged


def test_opinion_and_outcome_must_agree():
    items = [
        {"outcome": "conditional", "opinion": None},  # conditions said, none read
        {"outcome": "approved", "opinion": "なお、保存期間に留意されたい。"},  # and the reverse
        {"outcome": "continued", "opinion": "次回までに資料を整理すること。"},  # may have remarks
    ]
    assert contradictions(_meeting(), [], items, "") == ["items[0].opinion", "items[1].outcome"]


def test_the_parse_lists_the_contradiction_among_its_flags():
    text = (
        "令和6年度第2回みどり市個人情報保護審議会 会議録\n"
        "日時：令和6年8月20日（火）午後2時～午後3時\n"
        "場所：みどり市役所 第2会議室\n"
        "出席委員（4名）：青木一郎、井上花子、上田次郎\n"
        "議題：(1) 諮問第5号 窓口番号案内システムの導入について【市民課】\n"
        "会議経過\n"
        "(1) 諮問第5号 窓口番号案内システムの導入について【市民課】\n"
        "【会長】\n説明をお願いします。\n"
        "【市民課長】\n番号案内システムを導入するものです。\n"
        "【会長】\n異議なしと認め、原案のとおり承認します。\n"
    )
    reading = parse_minutes(text)
    assert reading["members_present"] == ["青木一郎", "井上花子", "上田次郎"]
    assert "members_present" in reading["flags"]
    assert reading["items"][0]["outcome"] == "approved"  # values are never changed


def test_a_department_left_in_the_title_is_flagged():
    items = [
        {"title": "見守り名簿の提供について　高齢福祉課", "department": None},
        {"title": "見守り名簿の提供について", "department": "高齢福祉課"},
        {"title": "図書館システムの更新について", "department": None},  # no department at all
    ]
    assert contradictions(_meeting(), [], items, "") == ["items[0].title", "items[0].department"]
