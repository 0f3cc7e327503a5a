"""A whole 要録 on a few long lines (issue 11's family), on invented minutes.

Header fields after ``●``, turns glued into one paragraph per item, a body marker inside a
header line, and outcomes stated only by the floor's 「異議なし」.
"""

from __future__ import annotations

from shingikai.minutes.parser import parse_minutes

HEADER = (
    "令和7年度第3回ひばり台市個人情報保護審議会　要録\n\n"
    "● 日時　令和7年9月4日(木)午前10時00分～午前11時05分　"
    "● 場所　ひばり台市役所2階　第1会議室（オンライン併用）　"
    "● 出席委員（4名）　岡本大地（会長）、河合千里（オンライン）、久保田学、竹内瑞穂　"
    "※(オンライン)はオンライン会議システムによる出席　"
    "● 議題　(1) 諮問第8号　図書館利用カードの電子化について（中央図書館）　"
    "(2) 諮問第9号　公園利用予約システムの更新について（公園緑地課）\n"
)


def test_long_header_line_with_noted_member_label_and_footnote() -> None:
    body = (
        "\n● 審議1　諮問第8号　図書館利用カードの電子化について（中央図書館）　"
        "●松井中央図書館長　利用カードをスマートフォンに表示できるようにしたい。"
        "●久保田委員　端末を替えたときはどうなるのか。●松井中央図書館長　再登録していただく。"
        "●岡本会長　ご異議はございませんか。（「異議なし」の声あり）\n"
    )
    got = parse_minutes(HEADER + body)
    assert "".join(got["meeting"]["place"].split()) == "ひばり台市役所2階第1会議室(オンライン併用)"
    assert got["members_present"] == ["岡本大地", "河合千里", "久保田学", "竹内瑞穂"]
    item = got["items"][0]
    assert item["number"] == "諮問第8号"
    assert [u["speaker"] for u in item["utterances"]][:3] == [
        "松井中央図書館長",
        "久保田委員",
        "松井中央図書館長",
    ]
    # Only the floor's 「異議なし」 after the chair's question: approved, and not invented text.
    assert item["outcome"] == "approved"
    assert not any("異議なし" in u["text"] for u in item["utterances"])


def test_body_marker_inside_a_header_line_and_paragraph_per_item() -> None:
    body = (
        "● 審議の概要　(1) 諮問第8号　図書館利用カードの電子化について（中央図書館）　"
        "中央図書館から、利用カードの電子化について説明があった。（委員）紛失時の扱いはどうか。"
        "（中央図書館）利用停止の手続を設ける。（会長）異議なしと認めます。　"
        "(2) 諮問第9号　公園利用予約システムの更新について（公園緑地課）　"
        "公園緑地課から説明があった。審議の結果、継続審議とすることとした。\n"
    )
    got = parse_minutes(HEADER + body)
    first, second = got["items"]
    assert first["title"] == "図書館利用カードの電子化について"
    assert first["department"] == "中央図書館"
    assert first["outcome"] == "approved"
    roles = [u["role"] for u in first["utterances"]]
    assert roles[-3:] == ["member", "department", "chair"]
    assert second["title"] == "公園利用予約システムの更新について"
    assert second["outcome"] == "continued"
    assert got["unplaced"].strip() == ""


def test_items_after_a_stage_direction_and_a_closing_other_section() -> None:
    """「(1) 前回要録の確認 …了承された。」 is short but still heading + text; 「(「異議なし」の
    声あり) (2) …」 starts the next item; 「●その他 …」 closes the last one."""
    text = (
        "令和7年度第4回みさき区個人情報保護審議会 要録\n"
        "●日時 令和7年12月3日(火)午前10時00分~午前11時00分 ●場所 みさき区役所 会議室 "
        "●議題 (1) 前回要録の確認 (2) 諮問第30号 区民ホール予約の更新について【地域振興課】 "
        "(3) 報告事項 評価書の見直しについて【区民課】\n"
        "●会議の概要 (1) 前回要録の確認 異議なく了承された。 "
        "(2) 諮問第30号 区民ホール予約の更新について【地域振興課】 地域振興課長から説明があった。"
        "(会長)諮問のとおり承認としたい。(「異議なし」の声あり) "
        "(3) 報告事項 評価書の見直しについて【区民課】 区民課長から報告があった。\n"
        "●その他 次回は2月の予定。\n"
    )
    got = parse_minutes(text)
    kinds = [(i["kind"], i["outcome"]) for i in got["items"]]
    assert kinds == [
        ("confirmation", "approved"),
        ("consultation", "approved"),
        ("report", "unknown"),
    ]
    assert "次回" not in str(got["items"][2]["utterances"])
