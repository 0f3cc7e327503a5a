"""Issue 11 layouts that generalise across councils, each on small invented minutes.

Every document here is made up for the test (names, places, cases); none is taken from a
held-out or development corpus.  One test per mechanism: agenda numbering shapes, items
found by where the proceedings mention them, outcomes read anywhere in an item's span,
member lists in several shapes.
"""

from __future__ import annotations

from shingikai.minutes.parser import parse_minutes  # noqa: F401  (used below)
from shingikai.minutes.parser._agenda import parse_agenda


def test_agenda_numbers_with_a_tail_word_and_circled_ordinals() -> None:
    """第4号議案 is the item's own number; ① is an ordinal kept as printed; an entry that
    names no kind is a consultation, and a trailing (報告) makes a report and is no title."""
    items = parse_agenda(
        "第4号議案 防災アプリの位置情報の利用について(危機対策課)\n"
        "第5号議案 前回会議録の承認について\n"
        "① 諮問第9号 図書館の予約履歴の保存について\n"
        "② 公用車の運行記録の分析について\n"
        "③ 窓口アンケートの結果について(報告)\n"
    )
    got = [(a.kind, a.number or a.ordinal, a.title, a.department) for a in items]
    assert got == [
        ("consultation", "第4号議案", "防災アプリの位置情報の利用について", "危機対策課"),
        ("confirmation", "第5号議案", "前回会議録の承認について", None),
        ("consultation", "諮問第9号", "図書館の予約履歴の保存について", None),
        ("consultation", "②", "公用車の運行記録の分析について", None),
        ("report", "③", "窓口アンケートの結果について", None),
    ]
