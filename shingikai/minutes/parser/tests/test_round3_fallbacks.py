"""Issue 11, round 3: fallbacks meant to carry to layouts nobody has shown the parser.

Each test invents its own document (names, places, cases); none is copied from a held-out
or development corpus. One test per mechanism; each mechanism is general (a shape judged by
its parts), not the printed form of one corpus.
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._agenda import parse_agenda
from shingikai.minutes.parser._layout import speaker_parts
from shingikai.minutes.parser._normalize import normalize_chars
from shingikai.minutes.parser._opinion import _quotes, strip_label
from shingikai.minutes.parser._outcome import classify


@pytest.mark.parametrize(
    ("date_line", "place_line", "public_line"),
    [
        (
            "第２　開催日時　令和７年５月９日（金）午後２時から午後３時半まで",
            "第３　開催場所　霞野町役場 第１会議室",
            "第４　傍聴者　２人",
        ),
        (
            "（２）開催日時　令和７年５月９日（金）午後２時から午後３時半まで",
            "（３）開催場所　霞野町役場 第１会議室",
            "（４）傍聴者　２人",
        ),
        (
            "日時／令和７年５月９日（金）１４：００～１５：３０",
            "場所／霞野町役場 第１会議室",
            "傍聴者／２人",
        ),
        (
            "〔日時〕令和７年５月９日（金）１４：００～１５：３０",
            "〔場所〕霞野町役場 第１会議室",
            "〔傍聴者〕２人",
        ),
        (
            "《日時》令和７年５月９日（金）１４：００～１５：３０",
            "《場所》霞野町役場 第１会議室",
            "《傍聴者》２人",
        ),
    ],
)
def test_header_labels_of_any_ordinal_bracket_or_separator(
    date_line: str, place_line: str, public_line: str
) -> None:
    """A header label is read whatever ordinal is in front of it (第N, (N)), whatever
    bracket pair is around it, and with a slash as separator."""
    text = (
        "霞野町個人情報保護審議会 会議録\n\n"
        "第１　会議の名称　令和７年度第１回霞野町個人情報保護審議会\n"
        f"{date_line}\n{place_line}\n{public_line}\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    meeting = parse_minutes(text)["meeting"]
    assert meeting["date"] == "2025-05-09"
    assert (meeting["start_time"], meeting["end_time"]) == ("14:00", "15:30")
    assert meeting["place"] == "霞野町役場 第1会議室"
    assert meeting["public_attendance"] is True


def test_a_numbered_kind_entry_is_no_label_row() -> None:
    """「（４）報告事項　…について」 under the agenda stays an agenda entry, and a label that
    itself holds a slash (公開/非公開：公開) is not split at the slash."""
    text = (
        "霞野町個人情報保護審議会 会議録\n\n"
        "日時：令和７年５月９日　午後２時～午後３時\n"
        "公開/非公開：公開\n"
        "議題\n"
        "（１）諮問第３号　図書館の利用記録の保存について（生涯学習課）\n"
        "（２）報告事項　窓口アンケートの結果について（総務課）\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["meeting"]["public_attendance"] is not False
    titles = [i["title"] for i in parsed["items"]]
    assert "窓口アンケートの結果について" in titles


def test_a_horizontal_header_table_is_read_column_by_column() -> None:
    """A row of label cells over a row of as many value cells pairs them by column."""
    text = (
        "令和７年度第２回鶴見野市個人情報保護審議会 会議録\n\n"
        "開催日\t時間\t会場\t傍聴者\n\n"
        "令和７年１０月３日（金曜日）\t１０時から１１時３０分まで"
        "\t鶴見野市民ホール 小会議室\t０人\n\n"
        "出席委員：小池 理沙（会長）、森下 大地\n\n"
        "会議の内容\n\n会長\t開会します。\n"
    )
    meeting = parse_minutes(text)["meeting"]
    assert meeting["date"] == "2025-10-03"
    assert (meeting["start_time"], meeting["end_time"]) == ("10:00", "11:30")
    assert meeting["place"] == "鶴見野市民ホール 小会議室"
    assert meeting["public_attendance"] is True


def test_a_marker_heading_the_header_table_does_not_end_it() -> None:
    """「会議の概要」 above the label rows (a page heading, then the table's caption) heads
    the table; the body starts at the later marker."""
    text = (
        "令和７年度第１回浜栗市個人情報保護審議会（会議録）\n\n"
        "会議の概要\n\n"
        "会議の概要\n\n"
        "日時\t令和７年６月２日（月曜日）午後１時から午後２時まで\n"
        "場所\t浜栗市役所 ３階 会議室Ｃ\n"
        "出席委員\t川端 由紀（会長）、野上 俊\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["meeting"]["date"] == "2025-06-02"
    assert parsed["meeting"]["place"] == "浜栗市役所 3階 会議室C"
    assert parsed["members_present"] == ["川端由紀", "野上俊"]


def test_a_numbered_label_run_into_its_value() -> None:
    """「３　出席委員会長…」, 「５　傍聴者２名」: after a list number, the longest known label
    is set off from the value it was printed against."""
    text = (
        "浜栗市個人情報保護審議会 議事録\n\n"
        "１ 日　時  令和７年６月２日（月） １３：００～１４：００\n"
        "２ 場　所  浜栗市役所 別館会議室\n"
        "３  出席委員会長川端由紀\n"
        "        委員  野上俊\n"
        "４  欠席委員委員白井茂\n"
        "５  傍聴者２名\n"
        "６  審議経過\n\n"
        "【会長 川端】\n 開会します。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["meeting"]["place"] == "浜栗市役所 別館会議室"
    assert parsed["meeting"]["public_attendance"] is True
    assert parsed["members_present"] == ["川端由紀", "野上俊"]
    assert parsed["members_absent"] == ["白井茂"]


def test_times_and_place_from_the_opening_lines_when_no_header_is_recognised() -> None:
    """No header row is recognised: a time range on the line of the meeting date and a line
    opening with 会場 are taken from the first lines, flagged as less sure; a time in the
    speech is never taken."""
    text = (
        "鶴見野市個人情報保護審議会 記録\n"
        "≫ 令和７年４月１５日（火）　午後２時～午後３時１０分\n"
        "≫ 会場　鶴見野市役所 ４階 会議室\n\n"
        "会長＞ 開会します。午前１０時から午前１１時まで別の会議がありました。\n"
    )
    parsed = parse_minutes(text)
    meeting = parsed["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == ("14:00", "15:10")
    assert meeting["place"] == "鶴見野市役所 4階 会議室"
    assert {"meeting.start_time", "meeting.end_time", "meeting.place"} <= set(parsed["flags"])

    speech_only = (
        "鶴見野市個人情報保護審議会 記録\n\n会長＞ 午前１０時から午前１１時まで休憩です。\n"
    )
    assert parse_minutes(speech_only)["meeting"]["start_time"] is None


def test_a_label_cell_on_a_continued_row_starts_a_row_of_its_own() -> None:
    """A cell broken across two lines (a <br> in the value) whose second line goes on to
    another label cell: the label starts its own row; column heads are not labels."""
    text = (
        "令和７年度第３回鶴見野市個人情報保護審議会 会議録\n\n"
        "会議名\t令和７年度第３回鶴見野市個人情報保護審議会\n"
        "開催日時\t令和７年９月１日（月曜日）\n"
        "午後１時から午後２時まで\t開催場所\t鶴見野市役所 東館会議室\n"
        "傍聴\t公開（傍聴者なし）\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    meeting = parse_minutes(text)["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == ("13:00", "14:00")
    assert meeting["place"] == "鶴見野市役所 東館会議室"


def test_agenda_entries_of_any_bracket_ordinal_kind_mark_or_department_bracket() -> None:
    """An ordinal in any bracket before an own number, a kind word in brackets before the
    title, a department in any bracket pair after it, and 第N件 as an ordinal."""
    items = parse_agenda(
        normalize_chars(
            "【１】諮問第４号　公園予約システムの更新について〈公園緑地課〉\n"
            "〔２〕報告　庁舎の入退室記録の保存について《管財課》\n"
            "３．【諮問】諮問第５号　図書の宅配サービスについて〖中央図書館〗\n"
            "第４件　報告第２号　窓口の番号札の運用について｛市民課｝\n"
            "第５件　前回会議録の確認\n"
        )
    )
    got = [(a.kind, a.number or a.ordinal, a.title, a.department) for a in items]
    assert got == [
        ("consultation", "諮問第4号", "公園予約システムの更新について", "公園緑地課"),
        ("report", "2", "庁舎の入退室記録の保存について", "管財課"),
        ("consultation", "諮問第5号", "図書の宅配サービスについて", "中央図書館"),
        ("report", "報告第2号", "窓口の番号札の運用について", "市民課"),
        ("confirmation", "第5件", "前回会議録の確認", None),
    ]


def test_a_numbered_body_marker_of_any_ordinal_is_no_agenda_entry() -> None:
    """「第７　会議の経過」 after the agenda opens the proceedings, not an eighth item."""
    text = (
        "浜栗市個人情報保護審議会 会議録\n\n"
        "第１　開催日時　令和７年６月２日（月）午後１時から午後２時まで\n"
        "第２　議題\n"
        "　１．諮問第３号　図書館の利用記録の保存について（生涯学習課）\n"
        "第３　会議の経過\n\n"
        "〖会長〗\n　諮問第３号について説明をお願いします。\n"
    )
    titles = [i["title"] for i in parse_minutes(text)["items"]]
    assert titles == ["図書館の利用記録の保存について"]


@pytest.mark.parametrize(
    "line",
    [
        "イ 前回要録の確認 ロ 諮問第６号 検診予約の電話代行について【健康課】"
        " ハ 報告 窓口混雑の調査について【市民課】",
        "第一 前回要録の確認 第二 諮問第６号 検診予約の電話代行について（健康課）"
        " 第三 報告 窓口混雑の調査について（市民課）",
        "(A)前回要録の確認 (B)諮問第６号 検診予約の電話代行について〔健康課〕"
        " (C)報告 窓口混雑の調査について〔市民課〕",
    ],
)
def test_an_agenda_on_one_line_splits_at_a_run_of_ordinals(line: str) -> None:
    """Entries run together on one line are split where each ordinal's successor follows
    a space, whatever the counter (イロハ, 第一, (A)) and its decoration."""
    items = parse_agenda(normalize_chars(line))
    got = [(a.kind, a.number, a.title, a.department) for a in items]
    assert got == [
        ("confirmation", None, "前回要録の確認", None),
        ("consultation", "諮問第6号", "検診予約の電話代行について", "健康課"),
        ("report", None, "窓口混雑の調査について", "市民課"),
    ]
    assert items[2].ordinal in ("ハ", "第三", "(C)")


def test_letters_inside_a_title_that_do_not_continue_the_run_are_not_split() -> None:
    """Only the successor of the entry's own ordinal splits: 「A 案」 after イ does not."""
    items = parse_agenda(normalize_chars("イ 窓口のA 案とB 案の比較について（市民課）\n"))
    assert [(a.title, a.department) for a in items] == [
        ("窓口のA 案とB 案の比較について", "市民課")
    ]


def test_agenda_entries_separated_by_blank_lines_stay_in_the_agenda() -> None:
    """「(2) …」 after a blank line under 「(1) …」 is the agenda's next entry, not the body:
    each item's decision is read in its own span, not the previous item's."""
    text = (
        "令和７年度第１回浜栗市個人情報保護審議会の会議録\n\n"
        "日時：令和７年６月２日（月）午後１時から午後２時まで\n"
        "議事\n\n"
        "(1)前回会議録の確認\n\n"
        "(2)諮問第３号 図書館の利用記録の保存について（所管課：生涯学習課）\n\n"
        "(3)諮問第４号 公園の防犯カメラの増設について（所管課：公園課）\n\n\n"
        "会議の内容\n\n"
        "(1)前回会議録の確認\n\n"
        "会長\t会議録は承認としてよろしいですか。（異議なし）では承認といたします。\n\n"
        "(2)諮問第３号 図書館の利用記録の保存について\n\n"
        "会長\t諮問第３号は認められないものとし、不承認とします。\n\n"
        "(3)諮問第４号 公園の防犯カメラの増設について\n\n"
        "会長\t諮問第４号は原案のとおり承認とします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("(1)", "approved"),
        ("諮問第3号", "rejected"),
        ("諮問第4号", "approved"),
    ]


def test_opinion_labels_in_any_bracket_quotes_of_any_kind_and_lettered_conditions() -> None:
    """A bracketed label run into the opinion, 『』 around it, and conditions lettered a / b
    are all read as the opinion's own text."""
    assert strip_label("〖附帯意見〗利用者に周知すること。") == "利用者に周知すること。"
    assert strip_label("『なお、記録を保存するよう留意されたい。』") == (
        "なお、記録を保存するよう留意されたい。"
    )
    text = (
        "浜栗市個人情報保護審議会 会議録\n\n"
        "日時：令和７年６月２日（月）午後１時から午後２時まで\n"
        "議題\n１　諮問第３号　図書館の利用記録の保存について（生涯学習課）\n\n"
        "会議の経過\n\n"
        "○会長　諮問第３号について、説明をお願いします。\n"
        "○生涯学習課長　利用記録を５年間保存したいと考えております。\n"
        "○会長　それでは、諮問第３号は次の条件を付して承認します。\n"
        "a 保存期間の満了後は速やかに消去すること。\n"
        "b 消去の記録を作成すること。\n"
        "○会長　以上で本日の審議を終わります。\n"
    )
    item = parse_minutes(text)["items"][0]
    assert item["outcome"] == "conditional"
    assert (
        item["opinion"]
        == "a 保存期間の満了後は速やかに消去すること。\nb 消去の記録を作成すること。"
    )


def test_unordinalled_agenda_entries_with_own_numbers_across_blank_lines() -> None:
    """Entries without ordinals that each open with an own number stay in the agenda across
    blank lines, so the body's headings open the items."""
    text = (
        "浜栗市個人情報保護審議会 会議録\n\n"
        "日時：令和７年６月２日（月）午後１時から午後２時まで\n"
        "議題\n\n"
        "諮問第３号 図書館の利用記録の保存について[生涯学習課]\n\n"
        "諮問第４号 公園の防犯カメラの増設について[公園課]\n\n"
        "審議の経過\n\n"
        "諮問第３号 図書館の利用記録の保存について\n\n"
        "○会長 諮問第３号は原案のとおり承認します。\n\n"
        "（「異議なし」の声あり）\n\n"
        "諮問第４号 公園の防犯カメラの増設について\n\n"
        "○会長 諮問第４号は適当でないとの結論といたします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["department"], i["outcome"]) for i in items] == [
        ("諮問第3号", "生涯学習課", "approved"),
        ("諮問第4号", "公園課", "rejected"),
    ]


def test_items_without_headings_open_where_speech_names_them_by_section_and_ordinal() -> None:
    """No heading opens the items; the chair names them 「審議事項の(1)」, 「審議事項(2)」,
    「報告事項(1)」 (an ordinal shared by two sections, or not): each opens there."""
    text = (
        "浜栗町個人情報保護審議会会議録\n\n"
        "（１）開催日時　令和７年６月２日（月）午後１時開会　午後２時閉会\n"
        "（２）議題\n"
        "　１　審議事項\n"
        "　　（１）図書館の利用記録の保存について（担当　生涯学習課）\n"
        "　　（２）公園の防犯カメラの増設について（担当　公園課）\n"
        "　２　報告事項\n"
        "　　（１）窓口アンケートの結果について（担当　総務課）\n"
        "（３）審議の経過\n\n"
        "○川端会長　それでは、審議事項の(1)について、生涯学習課から説明をお願いします。\n"
        "○生涯学習課長　利用記録を５年間保存したいと考えております。\n"
        "○川端会長　審議事項(1)については、原案のとおり承認することとします。"
        "次に、審議事項(2)について公園課から説明をお願いします。\n"
        "○公園課長　カメラを３台増設したいと考えております。\n"
        "○川端会長　審議事項(2)については、次回、継続して審議したいと思います。\n"
        "○川端会長　最後に報告事項(1)について、総務課からお願いします。\n"
        "○総務課長　回答は１２０件でした。\n"
        "○川端会長　ただいまの報告について、了承することとします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["kind"], i["outcome"]) for i in items] == [
        ("consultation", "approved"),
        ("consultation", "continued"),
        ("report", "approved"),
    ]


def test_a_result_table_with_blank_lines_a_kind_column_and_bare_numbers() -> None:
    """Blank lines between a result table's rows end nothing; a 区分 column in front of a
    bare 第N号 makes the item's number; 「条件付きで可」 is conditional."""
    text = (
        "浜栗市個人情報保護審議会 会議録\n\n"
        "日時\t令和７年６月２日（月）午後１時から午後２時まで\n"
        "議事\t諮問第３号 図書館の利用記録の保存について（生涯学習課）\n"
        "諮問第４号 公園の防犯カメラの増設について（公園課）\n\n"
        "審議結果\n\n"
        "区分\t番号\t件名\t所管\t結果\n\n"
        "諮問\t第３号\t図書館の利用記録の保存について\t生涯学習課\t条件付きで可\n\n"
        "諮問\t第４号\t公園の防犯カメラの増設について\t公園課\t可\n\n"
        "審議の経過\n\n"
        "諮問第３号 図書館の利用記録の保存について\n\n○生涯学習課長 説明します。\n\n"
        "諮問第４号 公園の防犯カメラの増設について\n\n○公園課長 説明します。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第3号", "conditional"),
        ("諮問第4号", "approved"),
    ]


def test_an_agenda_pointing_to_a_slash_separated_table_below() -> None:
    """「諮問第３号から第４号まで（下の表のとおり）」 and a table whose cells are parted by
    slashes: the rows become the agenda entries."""
    text = (
        "浜栗市個人情報保護審議会 会議録\n\n"
        "日時：令和７年６月２日（月）午後１時から午後２時まで\n"
        "議題：\n"
        "（１）諮問第３号から第４号まで（下の表のとおり）\n"
        "（２）報告　窓口アンケートの結果について【総務課】\n\n"
        "番号／件名／担当課\n"
        "諮問第３号／図書館の利用記録の保存について／生涯学習課\n"
        "諮問第４号／公園の防犯カメラの増設について／公園課\n\n"
        "審議の経過\n\n○会長 開会します。\n"
    )
    items = parse_minutes(text)["items"]
    got = [(i["number"], i["title"], i["department"]) for i in items]
    assert got[:2] == [
        ("諮問第3号", "図書館の利用記録の保存について", "生涯学習課"),
        ("諮問第4号", "公園の防犯カメラの増設について", "公園課"),
    ]


def test_answering_with_conditions_is_conditional() -> None:
    assert classify("次の条件を付して答申したいと思います。") == "conditional"


def test_the_chair_answering_with_conditions_in_speech_decides_the_item() -> None:
    """「次の条件を付して答申したい」 in the chair's speech, then lettered conditions and the
    floor's assent: conditional, with the conditions as the opinion."""
    text = (
        "浜栗区個人情報保護審議会 会議要録\n\n"
        "日時：令和７年６月２日（月）午前１０時～午前１１時\n"
        "議題：諮問第９号 学習端末の更新について（学務課）\n\n"
        "審議経過\n\n"
        "○会長\n最初に、諮問第９号について学務課から説明をお願いします。\n"
        "○学務課長\n端末を更新します。\n"
        "○会長\n委員の意見を踏まえ、次の条件を付して答申したいと思います。\n"
        "A 旧端末のデータを消去すること。\n"
        "B 消去の証明書を提出させること。\n"
        "（「異議なし」の声あり）\n"
    )
    item = parse_minutes(text)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "A 旧端末のデータを消去すること。\nB 消去の証明書を提出させること。"


@pytest.mark.parametrize("pair", ["〖〗", "〘〙", "〚〛", "⦅⦆", "「」"])
def test_speaker_labels_in_any_bracket_pair_alone_on_their_line(pair: str) -> None:
    """A label in a bracket nobody listed (judged by the Unicode classes of the pair) is
    a label; quote marks hold one only alone on the line."""
    o, c = pair
    text = (
        "浜栗市個人情報保護審議会 会議録\n\n"
        "日時：令和７年６月２日（月）午後１時から午後２時まで\n"
        "議題：諮問第３号 図書館の利用記録の保存について（生涯学習課）\n\n"
        "会議の経過\n\n"
        f"{o}会長{c}\n諮問第３号について説明をお願いします。\n\n"
        f"{o}生涯学習課長{c}\n利用記録を５年間保存したいと考えております。\n\n"
        f"{o}会長{c}\n諮問第３号は原案のとおり承認します。\n"
    )
    turns = parse_minutes(text)["items"][0]["utterances"]
    assert [t["role"] for t in turns] == ["chair", "department", "chair"]


def test_a_quoted_role_word_in_speech_is_no_label() -> None:
    assert speaker_parts("「委員」の定義について伺います。") is None


def test_an_opinion_quoted_in_double_corner_brackets_after_its_announcement() -> None:
    """『…』 holds a read-out opinion as 「…」 does."""
    assert _quotes("意見の内容は、『記録を保存すること。』とします。") == ["記録を保存すること。"]


def test_without_an_agenda_items_open_where_the_proceedings_name_their_numbers() -> None:
    """No agenda and no heading: each own number the speech names opens an item there,
    with its quoted title, and the decision nearest after it; the items are flagged."""
    text = (
        "浜栗市個人情報保護審議会 会議録\n\n"
        "日時：令和７年６月２日（月）午後１時から午後２時まで\n\n"
        "会議の経過\n\n"
        "○会長 それでは、諮問第３号「図書館の利用記録の保存について」、説明をお願いします。\n"
        "○生涯学習課長 利用記録を５年間保存したいと考えております。\n"
        "○会長 諮問第３号は原案のとおり承認します。次に、報告第２号について説明をお願いします。\n"
        "○総務課長 窓口アンケートの回答は１２０件でした。\n"
        "○会長 報告第２号は了承とします。\n"
    )
    parsed = parse_minutes(text)
    items = parsed["items"]
    assert [(i["number"], i["kind"], i["outcome"]) for i in items] == [
        ("諮問第3号", "consultation", "approved"),
        ("報告第2号", "report", "approved"),
    ]
    assert items[0]["title"] == "図書館の利用記録の保存について"
    assert "items[0].number" in parsed["flags"]


def test_nothing_numbered_still_keeps_the_whole_text_as_one_item() -> None:
    parsed = parse_minutes("浜栗市個人情報保護審議会 記録\n\n○会長 本日は意見交換のみです。\n")
    assert len(parsed["items"]) == 1
    assert (
        "本日は意見交換のみです" in parsed["items"][0]["utterances"][0]["text"]
        or parsed["unplaced"]
    )


@pytest.mark.parametrize(
    "tail", ["〔町側出席者〕福祉課長 高橋、福祉課主査 森", "担当課出席者：福祉課、税務課"]
)
def test_officials_after_the_absentees_are_no_absentees(tail: str) -> None:
    """A group of officials named by any 〜出席者 label, in any bracket or after a colon,
    ends the absentee list."""
    text = (
        "浜栗町個人情報保護審議会 会議録\n\n"
        "日時：令和７年６月２日（月）午後１時から午後２時まで\n"
        "出席委員：川端 由紀（会長）、野上 俊\n"
        f"欠席委員：白井 茂　{tail}\n\n"
        "会議の経過\n\n○会長 開会します。\n"
    )
    assert parse_minutes(text)["members_absent"] == ["白井茂"]
