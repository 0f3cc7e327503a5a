"""Issue 11, round 4: general steps for layout families a newer corpus showed.

Each test invents its own document (names, places, cases) in several variants of one family;
none is copied from a held-out or development corpus. Each mechanism is general (a separator,
a mark, a bracket or a counter judged by its class), not the printed form of one corpus.
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._agenda import parse_agenda
from shingikai.minutes.parser._normalize import normalize_chars


def _minutes(header: str, body: str = "○会長　開会します。\n") -> str:
    return f"霞野町個人情報保護審議会 会議録\n\n{header}\n\n会議の経過\n\n{body}"


@pytest.mark.parametrize(
    "sep", ["…………", "‥‥‥", "・・・・・", "．．．．", "-----", "――――", "｜", " | "]
)
def test_header_label_and_value_parted_by_leaders_or_a_bar(sep: str) -> None:
    """Dot leaders, a rule or a bar between a label and its value (a flattened table) are a
    separator like a colon; a bar row with no label continues the row above."""
    header = "\n".join(
        [
            f"会議の名称{sep}令和７年度第２回霞野町個人情報保護審議会",
            f"開催日時{sep}令和７年６月３日（火）午後１時３０分～午後３時",
            f"場所{sep}霞野町役場 大会議室",
            f"出席委員{sep}岩城 達也（会長）、砂川 美保、成瀬 亘",
            f"欠席委員{sep}宗像 恵",
            f"会議の公開{sep}非公開（審議事項に非公開情報を含むため）",
        ]
    )
    parsed = parse_minutes(_minutes(header))
    meeting = parsed["meeting"]
    assert meeting["title"] == "令和7年度第2回霞野町個人情報保護審議会"
    assert (meeting["date"], meeting["start_time"], meeting["end_time"]) == (
        "2025-06-03",
        "13:30",
        "15:00",
    )
    assert meeting["place"] == "霞野町役場 大会議室"
    assert meeting["public_attendance"] is False
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘"]
    assert parsed["members_absent"] == ["宗像恵"]


@pytest.mark.parametrize("bar", ["｜", "|"])
def test_bar_row_continued_by_a_row_without_label(bar: str) -> None:
    header = (
        f"会議名{bar}令和７年度第２回霞野町個人情報保護審議会\n"
        f"日時{bar}令和７年６月３日（火）１０：００～１１：３０\n"
        f"出席委員{bar}４名（会長　岩城 達也、委員　砂川 美保、成瀬 亘、\n"
        f"　　　　{bar}宗像 恵）\n"
        f"議題{bar}１　諮問第４号　窓口受付票の電子化について〔市民課〕\n"
        f"　　{bar}２　報告第１号　開示請求の状況について〔総務課〕"
    )
    parsed = parse_minutes(_minutes(header))
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]
    assert [(i["number"], i["department"]) for i in parsed["items"]] == [
        ("諮問第4号", "市民課"),
        ("報告第1号", "総務課"),
    ]


@pytest.mark.parametrize(
    "speech",
    [
        "○会長　ええと……それでは、ただいまから第２回の審議会を開会します。\n",
        "○会長\nえー……それでは、ただいまから第２回の審議会を開会します。\n",
        "○会長\nはい・・・・それでは、ただいまから第２回の審議会を開会します。\n",
    ],
)
def test_speech_with_an_ellipsis_is_not_a_header_row(speech: str) -> None:
    text = _minutes("日時：令和７年６月３日（火）１０：００～１１：３０", speech)
    parsed = parse_minutes(text)
    assert parsed["meeting"]["start_time"] == "10:00"
    read = parsed["unplaced"] + "".join(u["text"] for i in parsed["items"] for u in i["utterances"])
    assert "開会します" in read
    assert ":" not in read.replace("10:00", "")


@pytest.mark.parametrize("mark", ["★", "☆", "▲", "△", "◆", "●"])
def test_summary_on_one_line_with_any_field_mark(mark: str) -> None:
    """A 要録 whose fields share one long line, opened by any geometric or star mark, and a
    field label with a long note (「出席委員（10名中9名、うちオンライン2名）」)."""
    line = (
        f"{mark}日時　令和７年６月３日（火）午後２時から午後３時まで　"
        f"{mark}会議名　令和７年度第２回霞野町個人情報保護審議会　"
        f"{mark}場所　霞野町役場 第２会議室　"
        f"{mark}出席委員（５名中４名、うちオンライン出席１名）　会長 岩城 達也、委員 砂川 美保、"
        f"成瀬 亘、宗像 恵　{mark}会議の公開　公開（傍聴者なし）"
    )
    text = (
        f"霞野町個人情報保護審議会 会議要録\n\n{line}\n\n{mark}議事の経過　会長が開会を宣した。\n"
    )
    parsed = parse_minutes(text)
    meeting = parsed["meeting"]
    assert meeting["title"] == "令和7年度第2回霞野町個人情報保護審議会"
    assert meeting["place"] == "霞野町役場 第2会議室"
    assert (meeting["start_time"], meeting["end_time"]) == ("14:00", "15:00")
    assert meeting["public_attendance"] is True
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]


@pytest.mark.parametrize(
    ("entry", "number"),
    [
        ("第１議題　諮問第８号　図書館の利用記録の保存について（生涯学習課）", "諮問第8号"),
        ("第２議案　諮問第９号　図書館の利用記録の保存について（生涯学習課）", "諮問第9号"),
        ("議題第３　諮問第10号　図書館の利用記録の保存について（生涯学習課）", "諮問第10号"),
    ],
)
def test_ordinal_with_a_counter_word_before_the_own_number(entry: str, number: str) -> None:
    (item,) = parse_agenda(normalize_chars(entry))
    assert (item.number, item.title, item.department) == (
        number,
        "図書館の利用記録の保存について",
        "生涯学習課",
    )


@pytest.mark.parametrize("side", ["区側出席者", "町側出席者", "村出席者", "市側出席職員"])
@pytest.mark.parametrize("layout", ["tab", "marks"])
def test_officials_listed_by_their_side_are_never_absentees(side: str, layout: str) -> None:
    if layout == "tab":
        header = (
            "日時\t令和７年６月３日（火）１０：００～１１：３０\n"
            "出席委員\t岩城 達也、砂川 美保\n"
            "欠席委員\tなし\n"
            f"{side}\t市民課長 野間 浩、福祉課長 戸倉 聡子"
        )
    else:
        header = (
            "▼日時　令和７年６月３日（火）１０：００～１１：３０　▼出席委員　岩城 達也、砂川 美保"
            f"　▼欠席委員　なし　▼{side}　市民課長 野間 浩、福祉課長 戸倉 聡子"
        )
    parsed = parse_minutes(_minutes(header))
    assert parsed["members_present"] == ["岩城達也", "砂川美保"]
    assert parsed["members_absent"] == []


@pytest.mark.parametrize(
    "members",
    [
        "〔会長〕岩城 達也　〔副会長〕砂川 美保　〔委員〕成瀬 亘、宗像 恵",
        "【会長】岩城 達也、【副会長】砂川 美保、【委員】成瀬 亘、宗像 恵",
        "岩城 達也〔会長〕、砂川 美保〔副会長〕、成瀬 亘、宗像 恵",
        "《会長》岩城達也／《副会長》砂川美保／成瀬亘／宗像恵",
    ],
)
def test_roles_in_any_bracket_pair_beside_member_names(members: str) -> None:
    header = f"日時：令和７年６月３日（火）１０：００～１１：３０\n出席委員：{members}"
    parsed = parse_minutes(_minutes(header))
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]


@pytest.mark.parametrize(
    ("present", "absent"),
    [
        ("５名中４名（敬称略）", "１名（氏名省略）"),
        ("５人中４人出席（五十音順、敬称略）", "１人"),
        ("委員５名中４名が出席", "１名（氏名は非公表）"),
    ],
)
def test_head_counts_as_shares_and_withheld_names_are_no_names(present: str, absent: str) -> None:
    header = (
        "日時：令和７年６月３日（火）１０：００～１１：３０\n"
        f"出席委員：{present}　岩城 達也、砂川 美保、成瀬 亘、宗像 恵\n"
        f"欠席委員：{absent}"
    )
    parsed = parse_minutes(_minutes(header))
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]
    assert parsed["members_absent"] == []


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("午後１時３０分～同３時", "13:30", "15:00"),
        ("午前９時から同１１時１０分まで", "09:00", "11:10"),
        ("午後6時－同7時45分", "18:00", "19:45"),
    ],
)
def test_end_time_written_as_same_half_of_the_day(when: str, start: str, end: str) -> None:
    meeting = parse_minutes(_minutes(f"日時：令和７年６月３日（火）　{when}"))["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == (start, end)


@pytest.mark.parametrize(
    "rows",
    [
        "３．開会　午前１０時００分\n４．閉会　午前１１時２５分",
        "(3) 開会　午前１０時００分\n(4) 閉会　午前１１時２５分",
        "開会　１０時００分\n閉会　１１時２５分",
    ],
)
def test_opening_and_closing_rows_under_the_date(rows: str) -> None:
    header = f"１．日時　令和７年６月３日（火）\n{rows}\n５．場所　霞野町役場 大会議室"
    meeting = parse_minutes(_minutes(header))["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == ("10:00", "11:25")


def _verbatim(agenda: str, body: str) -> dict:
    header = f"日時：令和７年６月３日（火）１０：００～１１：３０\n議題\n{agenda}"
    return parse_minutes(_minutes(header, body))


@pytest.mark.parametrize(
    ("section", "move_on"),
    [
        ("報告事項", "次に、報告事項について説明をお願いします。"),
        ("報告事項", "続いて、報告に移ります。事務局から説明をお願いします。"),
        ("報告", "それでは報告事項の説明をお願いします。"),
    ],
)
def test_sole_item_of_a_kind_opened_by_moving_on_to_that_kind(section: str, move_on: str) -> None:
    """No heading in the proceedings: a sentence moving on to 報告事項 opens the only report."""
    agenda = (
        "　諮問事項\n　・諮問第５号　窓口受付票の電子化について〔市民課〕\n"
        f"　{section}\n　・図書館利用カードの紛失について〔生涯学習課〕"
    )
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        "○会長　諮問第５号は原案のとおり承認といたします。\n"
        f"○会長　{move_on}\n"
        "○生涯学習課長　利用カード１枚の紛失がございました。\n"
        "○会長　報告のとおり了承いたします。\n"
    )
    items = _verbatim(agenda, body)["items"]
    assert [(i["kind"], i["outcome"]) for i in items] == [
        ("consultation", "approved"),
        ("report", "approved"),
    ]


@pytest.mark.parametrize(
    "ruling", ["「否」といたします", "『否』とします", "「否」とすることといたします"]
)
def test_a_quoted_no_is_a_rejection_even_before_the_floors_assent(ruling: str) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        "○Ａ委員　必要性が分かりません。\n"
        f"○会長　委員の意見を踏まえ、諮問第５号は{ruling}。\n"
        "（異議なし）\n"
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "rejected"


@pytest.mark.parametrize(
    "reference",
    [
        "附帯意見への対応の状況は、次回も報告してください。",
        "前回の附帯意見の趣旨に沿った対応をお願いします。",
        "附帯意見に対する措置は引き続き確認していきます。",
    ],
)
def test_a_past_opinion_spoken_of_attaches_none(reference: str) -> None:
    body = (
        "○会長　報告第２号について説明をお願いします。\n"
        "○事務局　前回の答申に係る措置の状況を報告いたします。\n"
        f"○会長　報告のとおり了承いたします。{reference}\n"
    )
    (item,) = _verbatim("１　報告第２号　答申に係る措置状況について（総務課）", body)["items"]
    assert (item["outcome"], item["opinion"]) == ("approved", None)


@pytest.mark.parametrize("blank", ["", "\n"])
def test_bare_speaker_labels_alone_on_their_lines(blank: str) -> None:
    """Labels with no mark or bracket (a web page's <dt>, a plain copy), the words below."""
    body = (
        f"会長\n{blank}諮問第５号について説明をお願いします。\n{blank}"
        f"市民課長\n{blank}受付票を電子化したいと考えております。保存期間は１年です。\n{blank}"
        f"砂川委員\n{blank}紙の受付票はどうなるのですか。\n{blank}"
        f"市民課長\n{blank}スキャンした後に廃棄いたします。\n{blank}"
        f"会長\n{blank}諮問第５号は原案のとおり承認といたします。\n"
    )
    parsed = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)
    (item,) = parsed["items"]
    assert item["outcome"] == "approved"
    speakers = [(u["speaker"], u["role"]) for u in item["utterances"]]
    assert ("砂川委員", "member") in speakers
    assert speakers[-1] == ("会長", "chair")


def test_a_lone_role_heading_over_a_name_list_is_no_turn() -> None:
    header = (
        "日時：令和７年６月３日（火）１０：００～１１：３０\n"
        "出席委員\n　岩城 達也　砂川 美保　成瀬 亘　宗像 恵"
    )
    parsed = parse_minutes(_minutes(header))
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]


@pytest.mark.parametrize(
    "listed",
    [
        "・受付票の保存期間を定めること。\n・廃棄の記録を残すこと。",
        "(1) 受付票の保存期間を定めること。\n(2) 廃棄の記録を残すこと。",
        "ア　受付票の保存期間を定めること。\nイ　廃棄の記録を残すこと。",
    ],
)
@pytest.mark.parametrize("opening", ["　読み上げます。\n", "　それでは朗読いたします。\n", "\n"])
def test_conditions_read_out_in_the_next_turn(listed: str, opening: str) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        "○会長　本件は次の条件を付して承認したいと思います。事務局から条件を読み上げてください。\n"
        f"○事務局{opening}{listed}\n"
        "○会長　以上の条件を付して承認といたします。\n"
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == normalize_chars(listed).replace("　", " ")


@pytest.mark.parametrize("ki", ["記\n", "　　記\n\n", "記　"])
def test_conditions_listed_under_the_formal_ki(ki: str) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        f"○会長　それでは、下記の条件を付して承認することといたします。\n{ki}"
        "(1) 受付票の保存期間を定めること。\n(2) 廃棄の記録を残すこと。\n"
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "(1) 受付票の保存期間を定めること。\n(2) 廃棄の記録を残すこと。"


@pytest.mark.parametrize("label", ["条件：", "条件　", "【条件】", "付した条件："])
def test_a_condition_labelled_inside_a_summary_paragraph(label: str) -> None:
    body = (
        "(1) 諮問第５号　窓口受付票の電子化について（市民課）　市民課長から説明があった。"
        "委員から保存期間について質問があった。審議の結果、次の条件を付して承認することとなった。"
        f"{label}受付票の保存期間を定め、期間の経過後に確実に廃棄すること。\n"
    )
    (item,) = _verbatim("(1) 諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "受付票の保存期間を定め、期間の経過後に確実に廃棄すること。"


@pytest.mark.parametrize(
    ("row", "wrap"),
    [
        (
            "　　諮問第８号　図書館の利用記録の外部事業者への",
            "　　　　　　　　提供について　　　　　　　　　　　生涯学習課",
        ),
        (
            "　　諮問第８号　　図書館の利用記録の外部",
            "　　　　　　　　　事業者への提供について　　　　　生涯学習課",
        ),
        ("\t諮問第８号\t図書館の利用記録の外部事業者への", "\t\t提供について\t生涯学習課"),
    ],
)
def test_title_wrapped_inside_a_cell_of_an_agenda_table(row: str, wrap: str) -> None:
    """An agenda entry pointing to a table whose title cell wraps onto the next line."""
    header = (
        "日時：令和７年６月３日（火）１０：００～１１：３０\n"
        "議題：(1) 諮問第７号から第９号まで（下表のとおり）\n\n"
        "　　番号　　　　件名　　　　　　　　　　　　　　　　　担当課\n"
        "　　諮問第７号　窓口受付票の電子化について　　　　　　市民課\n"
        f"{row}\n{wrap}\n"
        "　　諮問第９号　税務システムの更新について　　　　　　税務課"
    )
    items = parse_minutes(_minutes(header))["items"]
    assert [(i["number"], i["title"], i["department"]) for i in items] == [
        ("諮問第7号", "窓口受付票の電子化について", "市民課"),
        ("諮問第8号", "図書館の利用記録の外部事業者への提供について", "生涯学習課"),
        ("諮問第9号", "税務システムの更新について", "税務課"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "令和７年度第２回霞野町個人情報保護審\n議会　議　事　録",
        "令和７年度第２回霞野町個人情報保護審議会　会 議 録",
        "令和７年度第２回霞野町個人情報\n保護審議会 要 録",
    ],
)
def test_heading_with_a_letter_spaced_document_type(heading: str) -> None:
    text = (
        f"{heading}\n\n日時：令和７年６月３日（火）１０：００～１１：３０\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    assert parse_minutes(text)["meeting"]["title"] == "令和7年度第2回霞野町個人情報保護審議会"


@pytest.mark.parametrize("ordinal", ["3.", "3．", "３、", "3 "])
def test_numbered_kind_entry_with_or_without_a_space(ordinal: str) -> None:
    header = (
        "日時：令和７年６月３日（火）１０：００～１１：３０\n議題\n"
        "　1.諮問第５号　窓口受付票の電子化について（市民課）\n"
        "　2.諮問第６号　税務システムの更新について（税務課）\n"
        f"　{ordinal}報告事項　個人情報ファイル簿の作成状況について（総務課）"
    )
    items = parse_minutes(_minutes(header))["items"]
    assert [(i["kind"], i["number"]) for i in items][-1] == ("report", "3")


@pytest.mark.parametrize("doc", ["の会議録", "の議事録", "の会議要録", "の 議 事 録"])
def test_heading_with_no_before_the_document_type(doc: str) -> None:
    text = (
        f"令和７年度第２回霞野町個人情報保護審議会{doc}\n\n"
        "日時：令和７年６月３日（火）１０：００～１１：３０\n\n会議の経過\n\n○会長　開会します。\n"
    )
    assert parse_minutes(text)["meeting"]["title"] == "令和7年度第2回霞野町個人情報保護審議会"


@pytest.mark.parametrize("mark", ["○", "◎", "■", "◆"])
@pytest.mark.parametrize(
    "head", ["付した条件（諮問第５号）", "【附帯条件（諮問第５号）】", "諮問第５号に付した条件"]
)
def test_conditions_listed_with_any_mark_under_a_numbered_heading(mark: str, head: str) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        "○会長　諮問第５号は条件を付して承認といたします。\n\n"
        f"{head}\n\n{mark} 受付票の保存期間を定めること。\n{mark} 廃棄の記録を残すこと。\n"
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "conditional"
    assert (
        item["opinion"] == f"{mark} 受付票の保存期間を定めること。\n{mark} 廃棄の記録を残すこと。"
    )


@pytest.mark.parametrize(
    "members",
    [
        "岩 城 　 達 也 （会長）、 砂 川 　 美 保 、 成 瀬 　 亘 、 宗 像 　 恵",
        "岩 城　　達 也（会長）、砂 川　　美 保、成 瀬　　亘、宗 像　　恵",
        "岩城　　達也（会長）／砂川　　美保／成瀬　　亘／宗像　　恵",
    ],
)
def test_letter_spaced_names_between_list_separators(members: str) -> None:
    """However wide the gap inside a name, a list separator is what parts the names."""
    header = f"日時：令和７年６月３日（火）１０：００～１１：３０\n出 席 委 員　　{members}"
    parsed = parse_minutes(_minutes(header))
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("午前十時から午前十一時四十分まで", "10:00", "11:40"),
        ("午後二時〇五分～午後三時三十分", "14:05", "15:30"),
        ("午後一時半から同三時まで", "13:30", "15:00"),
    ],
)
def test_times_in_kanji_numerals(when: str, start: str, end: str) -> None:
    meeting = parse_minutes(_minutes(f"日時：令和７年６月３日（火）　{when}"))["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == (start, end)


@pytest.mark.parametrize(
    ("value", "public"),
    [("傍聴 無", True), ("傍聴者はいなかった", True), ("傍聴者 ０人", True), ("非公開", False)],
)
def test_public_meeting_nobody_watched(value: str, public: bool) -> None:
    header = f"日時：令和７年６月３日（火）１０：００～１１：３０\n会議の公開：{value}"
    assert parse_minutes(_minutes(header))["meeting"]["public_attendance"] is public


@pytest.mark.parametrize(
    ("ruling", "outcome"),
    [
        ("妥当であると答申することとします。", "approved"),
        ("諮問のとおり認めることとします。", "approved"),
        ("本件は承認できません。", "rejected"),
        ("本件は了承いたしません。", "rejected"),
        ("諮問の内容は認められません。", "rejected"),
        ("異議を認めませんので、原案のとおりといたします。", "approved"),
    ],
)
def test_rulings_in_polite_or_negative_forms(ruling: str, outcome: str) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        f"○会長　{ruling}\n"
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == outcome


_TURNS = [
    ("会長", "諮問第５号について説明をお願いします。"),
    ("市民課長", "受付票を電子化したいと考えております。保存期間は１年です。"),
    ("砂川委員", "紙の受付票はどうなるのですか。"),
    ("市民課長", "スキャンした後に廃棄いたします。"),
    ("会長", "本件は次の条件を付して承認したいと思います。事務局から読み上げてください。"),
    ("事務局", "読み上げます。<br>・保存期間を定めること。<br>・廃棄の記録を残すこと。"),
    ("会長", "諮問第５号は条件を付して承認といたします。"),
]


@pytest.mark.parametrize(
    "speech",
    [
        "<dl>" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in _TURNS) + "</dl>",
        "<table>" + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in _TURNS) + "</table>",
        "".join(f"<p><strong>{a}</strong></p><p>{b}</p>" for a, b in _TURNS),
        "".join(f"<div class='s'>{a}</div><div class='w'>{b}</div>" for a, b in _TURNS),
    ],
)
def test_html_speech_with_the_speaker_in_its_own_element(speech: str) -> None:
    html = (
        "<html><body><h1>令和７年度第２回霞野町個人情報保護審議会 会議録</h1>"
        "<table><tr><th>日時</th><td>令和７年６月３日（火）１０：００～１１：３０</td></tr>"
        "<tr><th>議題</th><td>(1) 諮問第５号　窓口受付票の電子化について〔市民課〕</td></tr>"
        f"</table><h2>会議の経過</h2>{speech}</body></html>"
    )
    (item,) = parse_minutes(html)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "・保存期間を定めること。\n・廃棄の記録を残すこと。"
    assert [u["speaker"] for u in item["utterances"]] == [a for a, _b in _TURNS]


@pytest.mark.parametrize(
    ("shape", "own_line"),
    [(m + "{}", own) for m in "☆★▼▶◉" for own in (True, False)] + [("{}：", True)],
)
def test_speaker_labels_after_more_marks_or_before_a_colon(shape: str, own_line: bool) -> None:
    sep = "\n" if own_line else "　"
    turns = [
        ("会長", "諮問第５号について説明をお願いします。"),
        ("市民課長", "受付票を電子化したいと考えております。"),
        ("Ａ委員", "保存期間は何年ですか。"),
        ("市民課長", "１年です。"),
        ("会長", "諮問第５号は原案のとおり承認といたします。"),
    ]
    body = "".join(f"{shape.format(a)}{sep}{b}\n\n" for a, b in turns)
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "approved"
    assert [u["speaker"] for u in item["utterances"]] == [
        "会長",
        "市民課長",
        "A委員",
        "市民課長",
        "会長",
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "①　諮問第５号　窓口受付票の電子化について＜市民課＞",
        "(1)　「窓口受付票の電子化について」（諮問第５号）（市民課）",
        "１　窓口受付票の電子化について（諮問第５号・市民課）",
        "１　諮問第５号　窓口受付票の電子化について　担当：市民課",
        "案件A　諮問第５号　窓口受付票の電子化について（市民課）",
        "議題ア　諮問第５号　窓口受付票の電子化について≪市民課≫",
    ],
)
def test_agenda_entries_with_the_number_or_department_in_other_places(entry: str) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        "○会長　原案のとおり承認といたします。\n"
    )
    items = _verbatim(f"{entry}\n２　報告第１号　開示請求の状況について（総務課）", body)["items"]
    assert [(i["number"], i["title"], i["department"], i["outcome"]) for i in items][0] == (
        "諮問第5号",
        "窓口受付票の電子化について",
        "市民課",
        "approved",
    )


@pytest.mark.parametrize("spoken", ["諮問第５号", "令和７年度諮問第５号"])
def test_fiscal_year_number_named_without_its_year(spoken: str) -> None:
    body = (
        f"○会長　{spoken}について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        "○会長　原案のとおり承認といたします。\n"
    )
    (item,) = _verbatim("１　令和７年度諮問第５号　窓口受付票の電子化について（市民課）", body)[
        "items"
    ]
    assert (item["number"], item["outcome"]) == ("令和7年度諮問第5号", "approved")


_ROWS = [
    ("会議名", "令和７年度第２回霞野町個人情報保護審議会"),
    ("開催日時", "令和７年６月３日（火）午前１０時から午前１１時３０分まで"),
    ("開催場所", "霞野町役場　大会議室"),
    ("出席委員", "岩城 達也（会長）、砂川 美保、成瀬 亘"),
    ("欠席委員", "宗像 恵"),
    ("傍聴者", "２名"),
]


@pytest.mark.parametrize(
    "header",
    [
        "\n".join(f"{a}\n{b}" for a, b in _ROWS),
        "\n".join(f"{a}\n　{b}" for a, b in _ROWS),
        "\n".join(f"{a}　　　{b}" for a, b in _ROWS),
        "\n".join(f"［{a}］　{b}" for a, b in _ROWS),
        "\n".join(f"{'一二三四五六'[i]}　{a}　{b}" for i, (a, b) in enumerate(_ROWS)),
        "　".join(f"◎{a}：{b}" for a, b in _ROWS),
        "\n".join(f"{' '.join(a)}　　{b}" for a, b in _ROWS),
        "\n".join(f"〇{a}　{b}" for a, b in _ROWS),
        "\n".join(f"◯{a}：{b}" for a, b in _ROWS),
        "\n".join(f"（{a}）{b}" for a, b in _ROWS),
        "\n".join(f"{a}……{b}" for a, b in _ROWS),
        "\n".join(f"{a}｜{b}" for a, b in _ROWS),
    ],
)
def test_header_rows_in_any_of_the_common_shapes(header: str) -> None:
    parsed = parse_minutes(_minutes(header))
    meeting = parsed["meeting"]
    assert meeting["title"] == "令和7年度第2回霞野町個人情報保護審議会"
    assert (meeting["date"], meeting["start_time"], meeting["end_time"]) == (
        "2025-06-03",
        "10:00",
        "11:30",
    )
    assert meeting["place"] == "霞野町役場 大会議室"
    assert meeting["public_attendance"] is True
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘"]
    assert parsed["members_absent"] == ["宗像恵"]


@pytest.mark.parametrize(
    ("rows", "absent"),
    [
        ("出席委員：会長　岩城 達也　副会長　砂川 美保　委員　成瀬 亘、宗像 恵", []),
        ("出席委員：岩城 達也、砂川 美保（Web参加）、成瀬 亘（オンライン）、宗像 恵［Web］", []),
        (
            "出席委員\n　会長　　岩城　達也\n　副会長　砂川　美保\n"
            "　委員　　成瀬　亘\n　委員　　宗像　恵",
            [],
        ),
        ("出席者：委員　岩城 達也、砂川 美保、成瀬 亘、宗像 恵（欠席：野間 浩）", ["野間浩"]),
        ("出席委員：岩城 達也ほか３名（砂川 美保、成瀬 亘、宗像 恵）", []),
        ("出席委員：学識経験者　岩城 達也、弁護士　砂川 美保、市民委員　成瀬 亘、宗像 恵", []),
        ("出席委員：岩城 達也〔会長〕、砂川 美保〔職務代理者〕、成瀬 亘、宗像 恵", []),
    ],
)
def test_member_lists_with_roles_notes_and_absentees(rows: str, absent: list[str]) -> None:
    header = f"日時：令和７年６月３日（火）１０：００～１１：３０\n{rows}"
    parsed = parse_minutes(_minutes(header))
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]
    assert parsed["members_absent"] == absent


_THREE = (
    "議題\n(1) 諮問第５号　窓口受付票の電子化について（市民課）\n"
    "(2) 諮問第６号　税務システムの更新について（税務課）\n"
    "(3) 報告第１号　開示請求の状況について（総務課）\n"
)


@pytest.mark.parametrize(
    "results",
    [
        "審議結果\n番号\t件名\t結果\n(1)\t窓口受付票の電子化について\t承認\n"
        "(2)\t税務システムの更新について\t継続審議\n(3)\t開示請求の状況について\t報告",
        "審議結果\n| 項番 | 案件名 | 審議結果 |\n|---|---|---|\n"
        "| 1 | 窓口受付票の電子化について | 原案のとおり承認 |\n"
        "| 2 | 税務システムの更新について | 継続審議 |\n"
        "| 3 | 開示請求の状況について | 報告を受けた |",
        "審議結果\n番号\t件名\t結果\n諮問第５号\t窓口受付票の電子化について\t原案のとおり承認\n"
        "諮問第６号\t税務システムの更新について\t継続審議\n報告第１号\t開示請求の状況について\t報告を受けた",
        "【審議結果】\n・諮問第５号　原案のとおり承認\n"
        "・諮問第６号　継続審議\n・報告第１号　報告を受けた",
    ],
)
def test_result_table_naming_items_by_number_ordinal_or_title(results: str) -> None:
    text = (
        "霞野町個人情報保護審議会 会議結果\n\n日時：令和７年６月３日（火）１０：００～１１：３０\n"
        f"{_THREE}\n{results}\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["outcome"] for i in items] == ["approved", "continued", "unknown"]


_OP = "受付票の保存期間を定め、期間の経過後に確実に廃棄すること。"


@pytest.mark.parametrize(
    ("ruling", "outcome", "opinion"),
    [
        (f"附帯意見として「{_OP}」を付して承認といたします。", "approved_with_opinion", _OP),
        (f"附帯意見を付して承認といたします。\n〈附帯意見〉\n{_OP}", "approved_with_opinion", _OP),
        (f"『{_OP}』との附帯意見を付して承認といたします。", "approved_with_opinion", _OP),
        (f"それでは、{_OP[:-1]}を条件に承認といたします。", "conditional", _OP[:-3]),
        (f"{_OP[:-1]}を条件として承認といたします。", "conditional", _OP[:-3]),
        (f"次の条件を付して承認といたします。\n〔条件〕{_OP}", "conditional", _OP),
        (
            "次の附帯意見を付して承認といたします。\n"
            "１　保存期間を定めること。\n２　廃棄の記録を残すこと。",
            "approved_with_opinion",
            "1 保存期間を定めること。\n2 廃棄の記録を残すこと。",
        ),
    ],
)
def test_opinions_and_conditions_in_their_common_forms(
    ruling: str, outcome: str, opinion: str
) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        f"○会長　{ruling}\n"
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert (item["outcome"], item["opinion"]) == (outcome, opinion)


@pytest.mark.parametrize(
    "reference",
    [
        "諮問第７号～第９号（下表参照）",
        "諮問第７号ないし第９号（下記一覧のとおり）",
        "諮問第７号から諮問第９号まで（次表のとおり）",
    ],
)
@pytest.mark.parametrize(
    "table",
    [
        "番号\t件名\t担当課\n諮問第７号\t窓口受付票の電子化について\t市民課\n"
        "諮問第８号\t図書館の利用記録について\t生涯学習課\n諮問第９号\t税務システムの更新について\t税務課",
        "| 番号 | 件名 | 担当課 |\n|---|---|---|\n"
        "| 諮問第７号 | 窓口受付票の電子化について | 市民課 |\n"
        "| 諮問第８号 | 図書館の利用記録について | 生涯学習課 |\n"
        "| 諮問第９号 | 税務システムの更新について | 税務課 |",
        "番号｜件名｜担当課\n諮問第７号｜窓口受付票の電子化について｜市民課\n"
        "諮問第８号｜図書館の利用記録について｜生涯学習課\n諮問第９号｜税務システムの更新について｜税務課",
    ],
)
def test_agenda_entry_pointing_to_a_table_in_other_words(reference: str, table: str) -> None:
    header = (
        f"日時：令和７年６月３日（火）１０：００～１１：３０\n議題：(1) {reference}\n"
        f"　　　(2) 報告　開示請求の状況について（総務課）\n\n{table}"
    )
    items = parse_minutes(_minutes(header))["items"]
    assert [(i["number"], i["department"]) for i in items] == [
        ("諮問第7号", "市民課"),
        ("諮問第8号", "生涯学習課"),
        ("諮問第9号", "税務課"),
        ("(2)", "総務課"),
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "現在地：ホーム ＞ 審議会",
        "PDF形式のファイルを開くには、Adobe Acrobat Reader DCが必要です。",
        "総務課 情報公開係 電話：0123-45-6789",
        "Copyright © Kasumino Town. All Rights Reserved.",
        "SNSでシェア",
        "前のページに戻る",
        "関連情報",
        "ID:12345",
    ],
)
def test_web_page_furniture_after_the_last_turn_is_dropped(furniture: str) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        f"○会長　原案のとおり承認といたします。\n{furniture}\n"
    )
    (item,) = _verbatim("(1) 諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["utterances"][-1]["text"] == "原案のとおり承認といたします。"


@pytest.mark.parametrize("shape", ["○{}　", "○ {}　", "◆ {}\n", "【 {} 】\n", "＜ {} ＞\n"])
def test_letter_spaced_speaker_labels(shape: str) -> None:
    """A PDF's letter-spaced label (「○市 民 課 長　…」) is the label, whatever its mark."""
    names = ["会長", "市民課長", "砂川委員", "市民課長", "会長"]
    words = [
        "諮問第５号について説明をお願いします。",
        "受付票を電子化したいと考えております。保存期間は１年です。",
        "紙の受付票はどうなるのですか。",
        "スキャンした後に廃棄いたします。",
        "諮問第５号は原案のとおり承認といたします。",
    ]
    body = "".join(
        shape.format(" ".join(n)) + w + "\n\n" for n, w in zip(names, words, strict=True)
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "approved"
    assert [u["speaker"] for u in item["utterances"]] == names


@pytest.mark.parametrize("label", ["(委員)", "『委員』", "【委員】", "◇委員"])
@pytest.mark.parametrize(
    ("first", "second", "third", "outcomes"),
    [
        (
            "採決の結果、賛成多数で承認された。",
            "本件は次回再審議することとなった。",
            "報告が了承された。",
            ("approved", "continued", "approved"),
        ),
        (
            "異議なく承認された。",
            "委員から反対意見が多く、否決された。",
            "以上の報告があった。",
            ("approved", "rejected", "unknown"),
        ),
        (
            "各委員了承。",
            "結論は持ち越しとなった。",
            "質疑はなかった。",
            ("approved", "continued", "unknown"),
        ),
        (
            "諮問のとおり答申することに決した。",
            "継続して審議することとした。",
            "報告のとおり了承した。",
            ("approved", "continued", "approved"),
        ),
    ],
)
def test_narrated_verdicts_inside_a_summary_paragraph(
    label: str, first: str, second: str, third: str, outcomes: tuple[str, ...]
) -> None:
    """The narrator's verdict counts in whichever speaker's stretch the paragraph ends."""
    answer = label.replace("委員", "市民課")
    line = (
        "(1) 諮問第５号　窓口受付票の電子化について（市民課）　市民課長から説明があった。"
        f"{label}保存期間は。{answer}１年です。{first}"
        "　(2) 諮問第６号　税務システムの更新について（税務課）　税務課長から説明があった。"
        f"{label}費用は。{second}"
        f"　(3) 報告第１号　開示請求の状況について（総務課）　総務課長から報告があった。{third}"
    )
    text = (
        "霞野町個人情報保護審議会 会議要録\n\n日時：令和７年６月３日（火）１０：００～１１：３０\n"
        f"{_THREE}\n議事の経過\n{line}\n"
    )
    assert tuple(i["outcome"] for i in parse_minutes(text)["items"]) == outcomes


@pytest.mark.parametrize(
    "talk",
    [
        "○Ａ委員　私は承認してよいと思います。\n○市民課長　ありがとうございます。\n",
        "○Ａ委員　前回承認された件の状況はどうですか。\n○市民課長　順調です。\n",
        "○市民課長　昨年度、審議会で承認をいただいた内容と同じです。\n",
        "○Ａ委員　この内容なら妥当だと考えます。\n",
        "○会長　本日は時間の都合により、ここまでとします。\n",
        "○市民課長　了承いただければと思います。\n",
    ],
)
def test_no_stated_outcome_stays_unknown(talk: str) -> None:
    """Approval words in a view, a question or an earlier decision are no ruling."""
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        f"○市民課長　受付票を電子化したいと考えております。\n{talk}"
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "unknown"


@pytest.mark.parametrize(
    ("entry", "kind", "title", "department"),
    [
        ("(2) 報告　開示請求の状況（総務課）", "report", "開示請求の状況", "総務課"),
        ("(2) 議事録の承認", "confirmation", "議事録の承認", None),
        ("(2) 第３回会議要録", "confirmation", "第3回会議要録", None),
        ("(2) 【報告】開示請求の状況について", "report", "開示請求の状況について", None),
    ],
)
def test_short_entries_are_items_not_section_headings(
    entry: str, kind: str, title: str, department: str | None
) -> None:
    text = normalize_chars(f"(1) 諮問第５号　窓口受付票の電子化について（市民課）\n{entry}")
    items = parse_agenda(text)
    assert [(i.kind, i.title, i.department) for i in items][1] == (kind, title, department)


@pytest.mark.parametrize(
    "cell",
    [
        "委員　岩城 達也（会長）、砂川 美保、成瀬 亘、宗像 恵<br>事務局　総務課長 野間 浩"
        "<br>説明員　市民課長 戸倉 聡子",
        "【委員】岩城 達也（会長）、砂川 美保、成瀬 亘、宗像 恵<br>【事務局】総務課長 野間 浩"
        "<br>【説明者】市民課長 戸倉 聡子",
        "(1) 委員　岩城 達也（会長）、砂川 美保、成瀬 亘、宗像 恵<br>(2) 事務局　総務課長 野間 浩"
        "<br>(3) 市側　市民課長 戸倉 聡子",
        "審議会委員　岩城 達也（会長）、砂川 美保、成瀬 亘、宗像 恵<br>関係職員　市民課長 戸倉 聡子"
        "<br>事務局職員　総務課長 野間 浩",
    ],
)
def test_one_attendance_cell_with_groups(cell: str) -> None:
    html = (
        "<html><body><h1>令和７年度第２回霞野町個人情報保護審議会 会議録</h1><table>"
        "<tr><th>日時</th><td>令和７年６月３日（火）１０：００～１１：３０</td></tr>"
        f"<tr><th>出席者</th><td>{cell}</td></tr></table>"
        "<h2>会議の経過</h2><p>○会長　開会します。</p></body></html>"
    )
    parsed = parse_minutes(html)
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]
    assert parsed["members_absent"] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("(1) 諮問第５号　窓口受付票の電子化について", "(2) 報告第１号　開示請求の状況について"),
        ("【諮問第５号】窓口受付票の電子化について", "【報告第１号】開示請求の状況について"),
        ("＜議題１＞", "＜議題２＞"),
        ("議題(1)", "議題(2)"),
        ("【議事の１】", "【議事の２】"),
        ("諮問第５号「窓口受付票の電子化について」", "報告第１号「開示請求の状況について」"),
        ("第１　窓口受付票の電子化について", "第２　開示請求の状況について"),
    ],
)
def test_body_headings_naming_the_agenda_entry_in_other_ways(first: str, second: str) -> None:
    agenda = (
        "(1) 諮問第５号　窓口受付票の電子化について（市民課）\n"
        "(2) 報告第１号　開示請求の状況について（総務課）"
    )
    body = (
        f"{first}\n○会長　説明をお願いします。\n○市民課長　受付票を電子化します。\n"
        f"○会長　原案のとおり承認といたします。\n\n{second}\n○会長　説明をお願いします。\n"
        "○総務課長　開示請求は１０件でした。\n○会長　報告のとおり了承します。\n"
    )
    items = _verbatim(agenda, body)["items"]
    assert [(i["number"], i["outcome"], len(i["utterances"])) for i in items] == [
        ("諮問第5号", "approved", 3),
        ("報告第1号", "approved", 3),
    ]


@pytest.mark.parametrize("stage", ["（異議なし）　", "", "（「異議なし」の声あり）\n"])
@pytest.mark.parametrize("lead", ["以上により、", "以上の結果、", "以上の審議により、"])
def test_the_narrated_formal_condition_wins_over_the_chairs_proposal(stage: str, lead: str) -> None:
    line = (
        "(1) 諮問第５号　窓口受付票の電子化について（市民課）　市民課長から説明があった。"
        "◆委員　保存期間は。◆市民課長　１年です。"
        "◆会長　保存期間を短くすることを条件に承認することとしたいが、いかがか。"
        f"{stage}{lead}受付票の保存期間を必要な範囲に限り、その旨を案内に明示するとともに、"
        "期間の経過後に確実に廃棄することを条件に承認された。"
    )
    text = (
        "霞野町個人情報保護審議会 会議要録\n\n日時：令和７年６月３日（火）１０：００～１１：３０\n"
        f"議題\n(1) 諮問第５号　窓口受付票の電子化について（市民課）\n\n議事の経過\n{line}\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == (
        "受付票の保存期間を必要な範囲に限り、その旨を案内に明示するとともに、"
        "期間の経過後に確実に廃棄する"
    )


@pytest.mark.parametrize(
    "head", ["附帯意見（諮問事項２）", "【附帯意見（審議事項２）】", "付帯意見〔諮問２〕"]
)
def test_opinion_under_a_heading_naming_the_item_by_kind_and_ordinal(head: str) -> None:
    agenda = (
        "諮問事項\n１　窓口受付票の電子化について（市民課）\n"
        "２　税務システムの更新について（税務課）\n"
        "報告事項\n１　開示請求の状況について（総務課）"
    )
    body = (
        "１　窓口受付票の電子化について\n○市民課長　受付票を電子化します。\n"
        "○会長　原案のとおり承認といたします。\n"
        "２　税務システムの更新について\n○税務課長　システムを更新します。\n"
        "○会長　ただいまのご意見を附帯意見として付し、承認することといたします。\n\n"
        f"{head}\n\n更新後のシステムの操作記録を定期的に点検すること。\n"
    )
    items = _verbatim(agenda, body)["items"]
    assert [(i["number"], i["outcome"], i["opinion"]) for i in items][:2] == [
        ("1", "approved", None),
        ("2", "approved_with_opinion", "更新後のシステムの操作記録を定期的に点検すること。"),
    ]


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("14時00分―15時30分", "14:00", "15:30"),
        ("14時00分‐15時30分", "14:00", "15:30"),
        ("午後２時～４時", "14:00", "16:00"),
        ("午前９時半から正午まで", "09:30", "12:00"),
        ("１０時００分開会　１１時５０分閉会", "10:00", "11:50"),
        ("午後２時から", "14:00", None),
    ],
)
def test_time_ranges_with_any_dash(when: str, start: str, end: str | None) -> None:
    meeting = parse_minutes(_minutes(f"日時：令和７年６月３日（火）　{when}"))["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == (start, end)


@pytest.mark.parametrize(
    "labels",
    [
        [
            "○会長（岩城）",
            "○市民課長（野間）",
            "○委員（砂川）",
            "○市民課長（野間）",
            "○会長（岩城）",
        ],
        [
            "◎会長〔岩城〕",
            "◎市民課長〔野間〕",
            "◎委員〔砂川〕",
            "◎市民課長〔野間〕",
            "◎会長〔岩城〕",
        ],
        ["○委員長", "○市民課長", "○１番委員", "○市民課長", "○委員長"],
        ["○会長", "○市民課", "○委員Ａ", "○市民課", "○会長"],
        ["○議長", "○担当課", "○委員３", "○担当課", "○議長"],
    ],
)
@pytest.mark.parametrize("own_line", [True, False])
def test_role_labels_with_a_name_or_a_seat_designation(labels: list[str], own_line: bool) -> None:
    words = [
        "諮問第５号について説明をお願いします。",
        "受付票を電子化したいと考えております。",
        "紙の受付票はどうなるのですか。",
        "スキャンした後に廃棄いたします。",
        "諮問第５号は原案のとおり承認といたします。",
    ]
    sep = "\n" if own_line else "　"
    body = "".join(f"{lab}{sep}{w}\n" for lab, w in zip(labels, words, strict=True))
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == "approved"
    assert [u["role"] for u in item["utterances"]] == [
        "chair",
        "department",
        "member",
        "department",
        "chair",
    ]


@pytest.mark.parametrize(
    "row",
    [
        "出席委員：会長 岩城達也 ／ 副会長 砂川美保 ／ 委員 成瀬亘　宗像恵",
        "出席委員：会長：岩城達也　副会長：砂川美保　委員：成瀬亘、宗像恵",
        "出席委員：岩城達也（会長）　砂川美保（副会長）　成瀬亘　宗像恵",
        "出席委員：岩城 達也、砂川 美保、成瀬 亘、宗像 恵の４名",
        "出席委員：岩城 達也、砂川 美保、成瀬 亘及び宗像 恵",
        "出席委員：岩城 達也、砂川 美保、成瀬 亘、宗像 恵（以上４名）",
    ],
)
def test_member_lists_with_role_colons_joiners_and_unspaced_names(row: str) -> None:
    header = f"日時：令和７年６月３日（火）１０：００～１１：３０\n{row}"
    parsed = parse_minutes(_minutes(header))
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]


@pytest.mark.parametrize(
    ("question", "answer", "outcome"),
    [
        ("本件は原案のとおりでよろしいでしょうか。", "", "unknown"),
        ("承認してよろしいですか。", "", "unknown"),
        ("継続審議としてよろしいか。", "", "unknown"),
        ("承認してよろしいですか。", "（異議なし）\n", "approved"),
        ("継続審議としてよろしいか。", "（「異議なし」の声あり）\n", "continued"),
        ("原案のとおりでよろしいでしょうか。", "○Ａ委員　異議ありません。\n", "approved"),
    ],
)
def test_the_chairs_question_rules_only_when_answered(
    question: str, answer: str, outcome: str
) -> None:
    body = (
        "○会長　諮問第５号について説明をお願いします。\n"
        "○市民課長　受付票を電子化したいと考えております。\n"
        f"○会長　{question}\n{answer}○会長　次の議題に移ります。\n"
    )
    (item,) = _verbatim("１　諮問第５号　窓口受付票の電子化について（市民課）", body)["items"]
    assert item["outcome"] == outcome


@pytest.mark.parametrize(
    ("entry", "department"),
    [
        ("(2) 諮問第６号　税務システムの更新について（説明：税務課）", "税務課"),
        ("(2) 諮問第６号　税務システムの更新について〔所管課：税務課〕", "税務課"),
        ("(2) （税務課）諮問第６号　税務システムの更新について", "税務課"),
        ("(2) 【税務課】諮問第６号　税務システムの更新について", "税務課"),
    ],
)
def test_department_labelled_or_printed_before_the_number(entry: str, department: str) -> None:
    text = normalize_chars(f"(1) 諮問第５号　窓口受付票の電子化について（市民課）\n{entry}")
    item = parse_agenda(text)[1]
    assert (item.number, item.title, item.department) == (
        "諮問第6号",
        "税務システムの更新について",
        department,
    )


@pytest.mark.parametrize(
    ("o", "c"), [("【", "】"), ("［", "］"), ("＜", "＞"), ("《", "》"), ("〔", "〕")]
)
def test_bracketed_labels_run_together_on_one_line(o: str, c: str) -> None:
    line = (
        f"{o}日時{c}令和７年６月３日（火）１０：００～１１：３０{o}場所{c}霞野町役場 大会議室"
        f"{o}出席委員{c}岩城 達也、砂川 美保、成瀬 亘、宗像 恵{o}傍聴者{c}２名"
    )
    parsed = parse_minutes(
        f"令和７年度第２回霞野町個人情報保護審議会 会議要録\n\n{line}\n\n"
        "議事の経過\n会長が開会を宣した。\n"
    )
    assert parsed["meeting"]["place"] == "霞野町役場 大会議室"
    assert parsed["meeting"]["public_attendance"] is True
    assert parsed["members_present"] == ["岩城達也", "砂川美保", "成瀬亘", "宗像恵"]
