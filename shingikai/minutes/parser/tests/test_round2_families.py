"""Issue 11, round 2: mechanisms that failed on layouts the parser had not seen.

Every document here is invented for the test (names, places, cases); none is copied from a
held-out or development corpus.  One test per mechanism.
"""

from __future__ import annotations

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._agenda import parse_agenda
from shingikai.minutes.parser._normalize import normalize_chars


def test_ordinal_shapes_in_front_of_an_own_number() -> None:
    """Capital letters, ⑴, No.1, 議案1 and a kanji ordinal before 諮問第n号 are ordinals: the
    own number wins and neither ends up in the title; a capital inside a title is no mark."""
    items = parse_agenda(
        normalize_chars(
            "Ｂ　諮問第３号　町営プールの入場記録の保存について（生涯学習課）\n"
            "⑵ 諮問第4号 公民館の予約システムの更新について\n"
            "No.3 令和7年度諮問第5号 ごみ収集アプリの通知について\n"
            "議案4 諮問第6号 町 LINE 公式アカウントの運用について\n"
            "五 報告第2号 窓口の混雑状況について\n"
            "Ｆ　報告　郵便の誤配達について\n"
        )
    )
    got = [(a.number or a.ordinal, a.title, a.department) for a in items]
    assert got == [
        ("諮問第3号", "町営プールの入場記録の保存について", "生涯学習課"),
        ("諮問第4号", "公民館の予約システムの更新について", None),
        ("令和7年度諮問第5号", "ごみ収集アプリの通知について", None),
        ("諮問第6号", "町 LINE 公式アカウントの運用について", None),
        ("報告第2号", "窓口の混雑状況について", None),
        ("F", "郵便の誤配達について", None),
    ]
    assert items[-1].kind == "report"
