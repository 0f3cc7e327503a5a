"""The first draft of the proceedings, worded like the sample minutes."""

from shingikai.documents.proceedings import (
    ClosedFollowUp,
    Item,
    Utterance,
    draft_proceedings,
    outcome_text,
    speaker_label,
)


def test_speakers_are_named_as_in_the_samples():
    assert speaker_label("いいくら", "member") == "いいくら委員"
    assert speaker_label("水町委員", "member") == "水町委員"
    assert speaker_label("小林", "chair") == "小林会長"
    assert speaker_label("三品保健予防課長", "department") == "三品保健予防課長"


def test_the_draft_groups_items_and_numbers_the_blocks():
    items = [
        Item(
            "consultation",
            "諮問第480号「督促」（図書館）",
            "approved_with_opinion",
            "資料名を含めないこと。",
            [
                Utterance("上野", "member", "BCCで送るのか。"),
                Utterance("鈴木館長", "department", "配信リストで送ります。"),
            ],
            ["運用規程を次回報告すること。"],
        ),
        Item("confirmation", "第1回会議録（案）の確認"),
    ]
    text = draft_proceedings(
        items, [ClosedFollowUp("警察への提供件数", "総務課", "12件と報告した。")]
    )
    assert text.startswith(
        "（1）開会\n\n（2）確認事項\n○第1回会議録（案）の確認\n\n（3）諮問審議\n"
    )
    assert (
        "審議の結果、附帯意見を付して、諮問どおり実施することを「可」とする。\n【附帯意見】\n資料名を含めないこと。"
        in text
    )
    assert "○上野委員　BCCで送るのか。\n○鈴木館長　配信リストで送ります。" in text
    assert "※宿題事項：運用規程を次回報告すること。" in text
    assert "（4）報告事項\n○警察への提供件数（総務課）\n12件と報告した。" in text
    assert text.endswith("（5）閉会\n")


def test_outcomes_without_opinion_are_one_sentence():
    assert outcome_text("approved", "") == "諮問どおり実施することを「可」とする。"
    assert outcome_text("continued", "ignored") == "継続審議とする。"


def test_closed_parts_are_cut_and_unpaired_markers_fail_closed():
    from shingikai.documents.proceedings import (
        CLOSED_END,
        CLOSED_NOTICE,
        CLOSED_START,
        closed_blocks,
        strip_closed,
    )

    text = f"前\n{CLOSED_START}\n秘密\n{CLOSED_END}\n後"
    assert strip_closed(text) == f"前\n{CLOSED_NOTICE}\n後"
    assert closed_blocks(text) == 1
    assert strip_closed(f"前{CLOSED_START}秘密") == f"前{CLOSED_NOTICE}"
    assert strip_closed(f"秘密{CLOSED_END}後") == f"{CLOSED_NOTICE}後"
    assert closed_blocks(f"前{CLOSED_START}秘密") is None
    assert closed_blocks(f"{CLOSED_START}{CLOSED_START}{CLOSED_END}") is None
