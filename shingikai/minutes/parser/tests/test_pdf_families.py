"""Text extracted from PDF (issue 11's family), on invented minutes: letter-spaced document
headings, page footers centred with spaces, 「結論」 lines spaced from their text."""

from __future__ import annotations

from shingikai.minutes.parser import parse_minutes

TEXT = (
    "はやせ町個人情報保護審議会（令和7年度第2回）\n\n"
    "議 事 録\n\n"
    "1　会 議 名　　令和7年度第2回はやせ町個人情報保護審議会\n"
    "2　日　　時　　令和7年7月9日（水）　10時00分～11時10分\n"
    "3　議　　題\n"
    "　　議題1　諮問第4号　町民バスの乗車記録のクラウド保存について（企画課）\n\n"
    "4　会議の経過\n\n"
    "議題1　諮問第4号　町民バスの乗車記録のクラウド保存について（企画課）\n\n"
    "【企画課長】\n　乗車記録をクラウドに保存するものです。\n\n"
    "                                    - 2 -\n"
    "【会長】\n　それでは、ただいまの意見を条件として承認することとしたいと思います。\n\n"
    "結論　次の条件を付して承認する。\n"
    "　・保存期間は1年とすること。\n"
    "　・閲覧できる職員を限定すること。\n"
)


def test_spaced_heading_centred_footer_and_spaced_conclusion() -> None:
    got = parse_minutes(TEXT)
    assert len(got["items"]) == 1  # 「議 事 録」 is the document's name, not the agenda
    item = got["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "・保存期間は1年とすること。\n・閲覧できる職員を限定すること。"
    assert not any("- 2 -" in u["text"] or u["text"] == "2 -" for u in item["utterances"])
    assert [u["role"] for u in item["utterances"]] == ["department", "chair"]
