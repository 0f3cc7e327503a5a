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


def test_running_header_with_page_number_title_tail_and_bare_result_line() -> None:
    """「審議会 要録　　　1/3」 is page furniture; 「…委託\\nについて〔課〕」 is one heading;
    「結果　承認」 is the item's decision line."""
    text = (
        "令和7年度第3回かざね町個人情報保護審議会 要録\n\n"
        "日時：令和7年11月7日（木）午後1時30分～3時\n"
        "議事：\n"
        " ア 諮問第21号 課税資料のデータ化委託について〔税務課〕\n"
        " イ 諮問第22号 見守り協定事業者への名簿提供について〔福祉課〕\n\n"
        " かざね町個人情報保護審議会 要録                          1/2\n"
        "ア 諮問第21号 課税資料のデータ化委託\n"
        "について〔税務課〕\n"
        "(実施機関(税務課))\n課税資料をデータ化する業務を委託するものです。\n"
        "結果 承認\n"
        "                          1/2\n"
        " かざね町個人情報保護審議会 要録\n"
        "イ 諮問第22号 見守り協定事業者への名簿提供について〔福祉課〕\n"
        "(説明者)\n名簿を提供するものです。\n"
        "結果 継続審議\n"
    )
    got = parse_minutes(text)
    first, second = got["items"]
    assert first["outcome"] == "approved" and second["outcome"] == "continued"
    texts = " ".join(u["text"] for i in got["items"] for u in i["utterances"])
    assert "要録" not in texts and "について〔税務課〕" not in texts
    assert "要録" not in got["unplaced"]
