"""Issue 11, round 6: families of agenda, verdict, opinion, speaker and header shapes.

Each test invents its own document (names, places, cases) in several variants of one family —
other brackets, other numbering, other wording — so that the rule reads the family, not one
layout. None is copied from a held-out or development corpus.
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes


def _verbatim(agenda: str, body: str, *, header_extra: str = "") -> str:
    """Minutes with a colon header, an agenda row and ``○``-marked turns."""
    return (
        "楓野市個人情報保護審議会　会議録\n\n"
        "会議名：令和７年度第２回楓野市個人情報保護審議会\n"
        "日時：令和７年９月３日（水）午後２時～午後３時２０分\n"
        "場所：楓野市役所　北棟５階　会議室Ｃ\n"
        "出席委員：朝霧　啓介（会長）、稲垣　沙織（副会長）、卯月　達也、江波　美里\n"
        + header_extra
        + "議題：\n"
        + agenda
        + "\n会議の経過\n\n"
        + body
    )


def _titles(parsed: dict) -> list[tuple[str | None, str, str | None]]:
    return [(i["number"], i["title"], i["department"]) for i in parsed["items"]]


# --- agenda: an ordinal word with a bracketed number, and the body's own section number ----


@pytest.mark.parametrize("word", ["議題", "議事", "案件"])
@pytest.mark.parametrize(
    ("opening", "closing"), [("(", ")"), ("（", "）"), ("〔", "〕"), ("<", ">")]
)
def test_ordinal_word_with_a_bracketed_number(word: str, opening: str, closing: str) -> None:
    """「議題(1)　諮問第3号　…〔課〕」 lists the item 諮問第3号; a body heading
    「２　議題(1)　諮問第3号」 (the body's section number, then the agenda's ordinal) opens that
    item, not another."""
    o, c = opening, closing
    agenda = (
        f"　{word}{o}１{c}　諮問第３号　街路灯の点検記録の電子化について〔道路課〕\n"
        f"　{word}{o}２{c}　報告　個人情報の開示請求の件数について〔総務課〕\n"
    )
    body = (
        f"１　開会\n○会長　ただいまから開会します。\n\n"
        f"２　{word}{o}１{c}　諮問第３号\n○道路課長　点検記録を電子化します。\n"
        "○会長　本件は承認することでよろしいか。\n（異議なし）\n○会長　承認とします。\n\n"
        f"３　{word}{o}２{c}　報告\n○総務課長　請求は１２件でした。\n○会長　了承します。\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    assert _titles(parsed) == [
        ("諮問第3号", "街路灯の点検記録の電子化について", "道路課"),
        (
            f"{word}{o}2{c}".replace("（", "(").replace("）", ")"),
            "個人情報の開示請求の件数について",
            "総務課",
        ),
    ]
    assert [i["outcome"] for i in parsed["items"]] == ["approved", "approved"]


# --- agenda: a department bracket with a word saying it is in charge ------------------------


@pytest.mark.parametrize("suffix", ["所管", "担当", "主管"])
@pytest.mark.parametrize(("opening", "closing"), [("（", "）"), ("〔", "〕"), ("【", "】")])
def test_department_in_charge_word(suffix: str, opening: str, closing: str) -> None:
    """「…について（道路課所管）」: the department is 道路課, the title has no bracket."""
    agenda = f"（１）諮問第５号　街路灯の点検記録の電子化について{opening}道路課{suffix}{closing}\n"
    body = "（１）諮問第５号について\n○道路課長　説明します。\n○会長　承認とします。\n"
    parsed = parse_minutes(_verbatim(agenda, body))
    assert _titles(parsed) == [("諮問第5号", "街路灯の点検記録の電子化について", "道路課")]


# --- verdicts: conditions or an opinion attached by 「…を付して認める」 -----------------------


@pytest.mark.parametrize(
    ("announce", "ruling", "outcome"),
    [
        (
            "次の条件を付して認める。",
            "諮問第６号は、条件を付して認めることとします。",
            "conditional",
        ),
        (
            "次の条件を付して承認する。",
            "諮問第６号は、条件を付して認めることとします。",
            "conditional",
        ),
        (
            "次の意見を付して認める。",
            "諮問第６号は、意見を付して認めることとします。",
            "approved_with_opinion",
        ),
    ],
)
@pytest.mark.parametrize("marks", [("①", "②"), ("ア．", "イ．"), ("・", "・")])
def test_conditions_read_out_then_attached_by_fushite_mitomeru(
    announce: str, ruling: str, outcome: str, marks: tuple[str, str]
) -> None:
    """The secretariat reads 「次の条件を付して認める。」 and the list; the chair rules
    「…条件を付して認めることとします。」: conditional, the listed lines are the conditions."""
    a, b = marks
    agenda = "（１）諮問第６号　子育て支援アプリの導入について（こども課）\n"
    body = (
        "（１）諮問第６号について\n"
        "○こども課長　アプリで予防接種の予定をお知らせします。\n"
        "○卯月委員　事業者との責任分担を明確にしていただきたい。\n"
        "○会長　ただいまの意見を整理します。事務局、案を読んでください。\n"
        f"○総務課長　読み上げます。{announce}\n"
        f"{a}　事業者との契約に責任の分担を明記すること。\n"
        f"{b}　通知の内容を事前に市が確認すること。\n"
        "○会長　以上でよろしいですか。\n（異議なし）\n"
        f"○会長　{ruling}\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    item = parsed["items"][0]
    assert item["outcome"] == outcome
    assert item["opinion"].split("\n") == [
        f"{a} 事業者との契約に責任の分担を明記すること。".replace("ア．", "ア.").replace(
            "イ．", "イ."
        ),
        f"{b} 通知の内容を事前に市が確認すること。".replace("ア．", "ア.").replace("イ．", "イ."),
    ]


# --- body headings naming only the agenda's ordinal and the kind ----------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "（３）報告について",
        "(3) 報告について",
        "（３）報告の件",
        "３　報告事項について",
        "議題３　報告について",
        "（３）報告案件について",
    ],
)
def test_heading_of_ordinal_and_kind_opens_the_listed_report(heading: str) -> None:
    """「(3) 報告について」 in the body is the agenda's (3), the only report: its turns are
    the report's, and no item 「報告について」 is invented."""
    agenda = (
        "（１）諮問第７号　図書館の利用者カードの電子化について（図書館）\n"
        "（２）諮問第８号　防災メールの登録情報の移行について（危機管理課）\n"
        "（３）報告　保有個人情報の漏えい事案の状況について（総務課）\n"
    )
    body = (
        "（１）諮問第７号について\n○図書館長　カードを電子化します。\n○会長　承認とします。\n\n"
        "（２）諮問第８号について\n○危機管理課長　登録情報を移行します。\n"
        "○会長　本件は継続審議とします。\n\n"
        f"{heading}\n○総務課長　今年度の事案は２件でした。\n"
        "○会長　本件は報告のとおり了承します。\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    assert [i["title"] for i in parsed["items"]] == [
        "図書館の利用者カードの電子化について",
        "防災メールの登録情報の移行について",
        "保有個人情報の漏えい事案の状況について",
    ]
    assert [i["outcome"] for i in parsed["items"]] == ["approved", "continued", "approved"]


def test_heading_of_ordinal_and_kind_must_name_the_listed_kind() -> None:
    """「（１）報告について」 when the agenda's (1) is a consultation names the report, not (1)."""
    agenda = (
        "（１）諮問第７号　図書館の利用者カードの電子化について（図書館）\n"
        "（２）報告　保有個人情報の漏えい事案の状況について（総務課）\n"
    )
    body = (
        "諮問第７号について\n○図書館長　カードを電子化します。\n○会長　承認とします。\n\n"
        "（１）報告について\n○総務課長　今年度の事案は２件でした。\n"
        "○会長　本件は継続審議とします。\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    assert [(i["kind"], i["outcome"]) for i in parsed["items"]] == [
        ("consultation", "approved"),
        ("report", "continued"),
    ]


def test_section_heading_of_a_kind_is_no_item() -> None:
    """「２　審議事項」 heads the consultations; it names no item (not the agenda's (2))."""
    agenda = (
        "（１）諮問第７号　図書館の利用者カードの電子化について（図書館）\n"
        "（２）諮問第８号　防災メールの登録情報の移行について（危機管理課）\n"
    )
    body = (
        "１　開会\n○会長　開会します。\n\n２　審議事項\n\n"
        "（１）諮問第７号について\n○図書館長　カードを電子化します。\n○会長　承認とします。\n\n"
        "（２）諮問第８号について\n○危機管理課長　登録情報を移行します。\n"
        "○会長　本件は継続審議とします。\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    assert [(i["number"], i["outcome"]) for i in parsed["items"]] == [
        ("諮問第7号", "approved"),
        ("諮問第8号", "continued"),
    ]


# --- agenda marks and ordinals -----------------------------------------------------------------


@pytest.mark.parametrize("mark", ["◯", "○", "●"])
def test_large_circle_bullets_in_the_agenda(mark: str) -> None:
    """「◯諮問第9号 …（課）」 under 諮問事項 / 報告事項: the bullet is no part of the title."""
    agenda = (
        "　諮問事項\n"
        f"　　{mark}諮問第９号　公民館の予約システムの更新について（生涯学習課）\n"
        "　報告事項\n"
        f"　　{mark}令和６年度の訂正請求の状況について（総務課）\n"
    )
    body = (
        "１　諮問第９号について\n○生涯学習課長　更新します。\n○会長　承認とします。\n\n"
        "２　報告事項について\n○総務課長　訂正請求は３件でした。\n○会長　了承します。\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    assert _titles(parsed) == [
        ("諮問第9号", "公民館の予約システムの更新について", "生涯学習課"),
        (None, "令和6年度の訂正請求の状況について", "総務課"),
    ]
    assert parsed["items"][1]["kind"] == "report"
    assert parsed["items"][1]["outcome"] == "approved"


@pytest.mark.parametrize(
    ("opening", "closing"), [("＜", "＞"), ("〈", "〉"), ("《", "》"), ("≪", "≫")]
)
def test_angle_bracket_ordinals_before_a_bare_title(opening: str, closing: str) -> None:
    """「＜１＞　前回会議録の承認について」: ＜１＞ is the ordinal (number 1), not title text."""
    agenda = (
        f"　{opening}１{closing}　前回会議録の承認について\n"
        f"　{opening}２{closing}　諮問第１１号　水道料金の督促業務の委託について（水道課）\n"
    )
    body = (
        "○会長　前回会議録は案のとおり承認します。\n\n"
        "○水道課長　督促業務を委託します。\n○会長　諮問第１１号は承認とします。\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    first = parsed["items"][0]
    assert (first["number"], first["title"]) == ("1", "前回会議録の承認について")
    assert first["kind"] == "confirmation"


@pytest.mark.parametrize(
    "reference", ["一覧表のとおり", "別表のとおり", "表のとおり", "一覧表参照"]
)
def test_table_named_alone_as_the_agenda_reference(reference: str) -> None:
    """「諮問第21号から第23号まで（一覧表のとおり）」 stands for the table's rows."""
    text = (
        "楓野市個人情報保護審議会　会議録\n\n"
        "会議名：令和７年度第３回楓野市個人情報保護審議会\n"
        "日時：令和７年１０月８日（水）午前１０時～午前１１時\n"
        "議題：\n"
        f"１　諮問第２１号から第２３号まで（{reference}）\n\n"
        "一覧表\n"
        "番号\t案件名\t所管課\n"
        "諮問第２１号\t保育料の口座振替の電子化について\tこども課\n"
        "諮問第２２号\t介護予防教室の参加者名簿の作成について\t高齢福祉課\n"
        "諮問第２３号\t市営住宅の入居者情報の移行について\t住宅課\n\n"
        "会議の経過\n\n"
        "○会長　諮問第２１号について説明をお願いします。\n○こども課長　説明します。\n"
        "○会長　諮問第２１号は承認とします。\n"
        "○会長　諮問第２２号について説明をお願いします。\n○高齢福祉課長　説明します。\n"
        "○会長　諮問第２２号は承認とします。\n"
        "○会長　諮問第２３号について説明をお願いします。\n○住宅課長　説明します。\n"
        "○会長　諮問第２３号は継続審議とします。\n"
    )
    parsed = parse_minutes(text)
    assert _titles(parsed) == [
        ("諮問第21号", "保育料の口座振替の電子化について", "こども課"),
        ("諮問第22号", "介護予防教室の参加者名簿の作成について", "高齢福祉課"),
        ("諮問第23号", "市営住宅の入居者情報の移行について", "住宅課"),
    ]


# --- header: Roman-numeral leads, bracketed counts, bars after spaced labels ----------------


@pytest.mark.parametrize("lead", ["Ⅰ", "Ⅳ", "IV.", "Ⅱ、"])
@pytest.mark.parametrize("label", ["会議名", "会 議 名"])
def test_roman_numeral_before_header_labels(lead: str, label: str) -> None:
    """「Ⅰ　会議名　…」, 「Ⅲ　場　所　…」, 「Ⅵ　議　題」: the numeral is a list ordinal."""
    text = (
        "楓野市個人情報保護審査会　議事録\n\n"
        f"{lead}　{label}　　令和７年度第１回楓野市個人情報保護審査会\n"
        f"{lead}　日　時　　令和７年６月２日（月）　午後２時～午後３時\n"
        f"{lead}　場　所　　楓野市役所　西棟２階　第４会議室\n"
        f"{lead}　議　題\n"
        "　　１　諮問第３号　街路樹の台帳の公開について〔公園課〕\n"
        f"{lead}　議事の経過\n\n"
        "○公園課長　台帳を公開します。\n○会長　諮問第３号は承認とします。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["meeting"]["title"] == "令和7年度第1回楓野市個人情報保護審査会"
    assert parsed["meeting"]["place"] == "楓野市役所 西棟2階 第4会議室"
    assert _titles(parsed) == [("諮問第3号", "街路樹の台帳の公開について", "公園課")]


@pytest.mark.parametrize(("opening", "closing"), [("《", "》"), ("【", "】"), ("〔", "〕")])
@pytest.mark.parametrize(
    "note", ["（会長のほかは五十音順、敬称略）", "（以下名簿順）", "（会長・副会長以外は順不同）"]
)
def test_bracketed_label_with_a_head_count_and_a_long_order_note(
    opening: str, closing: str, note: str
) -> None:
    """「《出席委員（４名）》…（会長のほかは五十音順、敬称略）」 on one 要録 line: the count is
    no part of the label, the note no part of the last name, and the place ends before it."""
    o, c = opening, closing
    text = (
        "楓野町個人情報保護審議会　会議要旨\n\n"
        f"{o}会議名{c}令和７年度第１回楓野町個人情報保護審議会　{o}日時{c}令和７年５月９日（金）"
        f"午前１０時～午前１１時　{o}場所{c}楓野町役場　３階　大会議室　"
        f"{o}出席委員（４名）{c}大滝　修（会長）、北見　由香、久世　昌平、毛利　千夏{note}　"
        f"{o}欠席委員{c}なし\n"
    )
    parsed = parse_minutes(text)
    assert parsed["meeting"]["place"] == "楓野町役場 3階 大会議室"
    assert parsed["members_present"] == ["大滝修", "北見由香", "久世昌平", "毛利千夏"]


@pytest.mark.parametrize("bar", ["│", "┃", "|"])
def test_letter_spaced_label_before_a_bar(bar: str) -> None:
    """A header drawn as a column (「会　議　名　│　…」, continuation rows 「　　　│　…」)."""
    text = (
        "楓野町個人情報保護審議会　会議録\n\n"
        f"会　議　名　{bar}　令和７年度第２回楓野町個人情報保護審議会\n"
        f"日　　　時　{bar}　令和７年８月４日（月）午後１時３０分から３時まで\n"
        f"場　　　所　{bar}　楓野町役場　本庁舎２階　第一会議室\n"
        f"出 席 委 員　{bar}　４名（全員出席）\n"
        f"　　　　　　{bar}　大滝　修（会長）、北見　由香、\n"
        f"　　　　　　{bar}　久世　昌平、毛利　千夏\n"
        f"傍　聴　者　{bar}　０人（公開）\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    parsed = parse_minutes(text)
    meeting = parsed["meeting"]
    assert meeting["title"] == "令和7年度第2回楓野町個人情報保護審議会"
    assert meeting["place"] == "楓野町役場 本庁舎2階 第一会議室"
    assert meeting["public_attendance"] is True
    assert parsed["members_present"] == ["大滝修", "北見由香", "久世昌平", "毛利千夏"]


@pytest.mark.parametrize("sep", ["、", ",", "・"])
def test_member_list_continues_after_a_blank_line_following_its_separator(sep: str) -> None:
    """「出席委員：」 with names on the next lines, cut by a blank after a list separator."""
    text = (
        "楓野区情報公開・個人情報保護審議会　会議録\n\n"
        "会議の名称：\n令和７年度第１回楓野区情報公開・個人情報保護審議会\n"
        "開催日時：\n令和７年７月７日（月曜日）\n10:00 ～ 11:00\n"
        "開催場所：\n楓野区役所　７階　第２委員会室\n"
        f"出席委員：\n大滝　修（会長）{sep}北見　由香{sep}\n\n久世　昌平{sep}毛利　千夏\n"
        "欠席委員：\nなし\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["members_present"] == ["大滝修", "北見由香", "久世昌平", "毛利千夏"]


@pytest.mark.parametrize("role", ["（会長）", "（副会長）", "（職務代理者）"])
def test_letter_spaced_short_name_before_its_note(role: str) -> None:
    """「岩 田 　 正 　（会長）」: a letter-spaced name with a one-character given name."""
    text = (
        "楓野村個人情報保護審議会\n会 議 録\n\n"
        "１　会 議 名　　令和７年度第１回楓野村個人情報保護審議会\n"
        "２　日　　時　　令和７年４月２２日（火）　１３：３０～１４：３０\n"
        "３　出 席 委 員（３名）\n"
        f"　　　堀 田 　 進 　{role}\n"
        "　　　小 松 原 　 彩 　 花\n"
        "　　　坂 巻 　 護\n"
        "４　欠 席 委 員　　な し\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["members_present"] == ["堀田進", "小松原彩花", "坂巻護"]


@pytest.mark.parametrize("side", ["村側", "町側", "区側", "区側出席者"])
@pytest.mark.parametrize("count", ["出席３名／欠席１名", "委員定数４名、出席３名", "出席：３名"])
def test_officials_by_side_and_head_counts_are_no_members(side: str, count: str) -> None:
    """「村　側：総務課長　岡田、…」 lists officials, never absentees; 「出席３名」 and
    「委員定数４名」 are counts, not names."""
    text = (
        "楓野村個人情報保護審議会　会議記録\n\n"
        "会議名：令和７年度第１回楓野村個人情報保護審議会\n"
        "日　時：令和７年６月１０日（火）　９：３０～１１：００\n"
        f"出席委員：{count}\n"
        "　　　　（出席）会長　堀田　進、副会長　坂巻　護、委員　小松　彩\n"
        "　　　　（欠席）委員　野口　健\n"
        f"{side}：総務課長　岡田、総務課係長　浜野（事務局）\n"
        "会議の公開：公開\n\n"
        "会議の概要\n\n１　開会\n　事務局から定足数を満たしている旨の報告があった。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["members_present"] == ["堀田進", "坂巻護", "小松彩"]
    assert parsed["members_absent"] == ["野口健"]


# --- verdicts and their wording ------------------------------------------------------------------


@pytest.mark.parametrize(
    "verdict",
    [
        "審議の結果、本件の外部提供は不適当であるとの結論に至った。",
        "審議の結果、本件の目的外利用は不適切であると判断した。",
        "審議の結果、諮問の内容は不相当とした。",
    ],
)
def test_negative_adjective_verdict_is_a_rejection(verdict: str) -> None:
    agenda = "（１）諮問第１２号　自治会への世帯名簿の提供について（地域振興課）\n"
    body = (
        "（１）諮問第１２号について\n"
        "　地域振興課長から、名簿を自治会に提供したい旨の説明があった。委員から、本人の同意を"
        f"得ない提供の必要性について質問があった。{verdict}\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    assert parsed["items"][0]["outcome"] == "rejected"


@pytest.mark.parametrize("ruling", ["本件は次回へ継続となった。", "本件は次回に継続とする。"])
def test_continued_to_the_next_meeting(ruling: str) -> None:
    agenda = "（１）諮問第１３号　窓口の通話録音について（市民課）\n"
    body = (
        "（１）諮問第１３号について\n"
        "○市民課長　通話を録音します。\n"
        "○会長　資料を整理していただいたうえで、改めて審議したい。各委員了承し、" + ruling + "\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    assert parsed["items"][0]["outcome"] == "continued"


def _summary_with_inline_labels(name: str, opening: str, closing: str) -> str:
    """A 要録 with one paragraph per item and inline bracketed turns (「«委員»　…か。」)."""
    o, c = opening, closing
    return (
        "楓野市個人情報保護審議会（令和７年度第２回）要録\n\n"
        "▶会議名　令和７年度第２回楓野市個人情報保護審議会　▶日時　令和７年８月１日（金）"
        "１３時～１４時半　▶場所　楓野市民会館　２階　会議室Ａ　▶出席委員　大滝　修（会長）、"
        "北見　由香、久世　昌平\n\n"
        "▶議題　ア　諮問第１４号　検診結果の通知業務の委託について【健康課】　"
        "イ　諮問第１５号　公園の利用者アンケートの実施について【公園課】　"
        "ウ　報告事項　個人情報の開示請求の状況について【総務課】\n\n"
        "▶議事の概要　ア　諮問第１４号について　健康課から、通知の作成を委託したい旨の説明が"
        f"あった。{o}委員{c}　通知の文面は誰が確認するのか。{o}健康課{c}　課で確認する。"
        f"{o}北見委員{c}　家族が開封しても困らない文面にしてほしい。{o}会長{c}　ただいまの意見を"
        f"{name}として付したい。審議の結果、次の{name}を付して承認することとした。"
        f"{name}「通知の文面は、家族が目にすることを考慮したものとすること。」\n\n"
        "▶イ　諮問第１５号について　公園課から、アンケートを実施したい旨の説明があった。"
        f"{o}委員{c}　回答は匿名か。{o}公園課{c}　匿名である。{o}会長{c}　本件は承認する。\n\n"
        "▶ウ　報告事項について　総務課から、開示請求の状況の報告があった。"
        f"{o}委員{c}　件数は増えているのか。{o}総務課{c}　前年度より増えている。"
        f"{o}会長{c}　本報告は了承する。\n"
    )


@pytest.mark.parametrize("name", ["留意事項", "要望事項", "指摘事項"])
@pytest.mark.parametrize(("opening", "closing"), [("«", "»"), ("《", "》"), ("〈", "〉")])
def test_named_opinion_in_a_summary_paragraph_with_inline_labels(
    name: str, opening: str, closing: str
) -> None:
    """A 要録 paragraph per item with inline 「«委員»」 turns: 「次の要望事項を付して承認」 then
    「要望事項「…」」 is approved with that opinion; the next paragraph (▶イ) is the next
    item's, opened by its ordinal and number or by its ordinal and kind."""
    text = _summary_with_inline_labels(name, opening, closing)
    parsed = parse_minutes(text)
    items = parsed["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第14号", "approved_with_opinion"),
        ("諮問第15号", "approved"),
        ("ウ", "approved"),
    ]
    assert items[0]["opinion"] == "通知の文面は、家族が目にすることを考慮したものとすること。"


@pytest.mark.parametrize(
    ("opening", "closing"), [("«", "»"), ("《", "》"), ("〈", "〉"), ("‹", "›")]
)
def test_inline_bracketed_turns_in_a_summary_paragraph(opening: str, closing: str) -> None:
    """「…説明があった。«委員»　…か。«健康課»　…。」: each bracketed label inside the
    paragraph opens a turn, a section's name (健康課) too."""
    parsed = parse_minutes(_summary_with_inline_labels("要望事項", opening, closing))
    turns = [(u["role"], u["speaker"]) for u in parsed["items"][0]["utterances"]]
    assert turns[1:] == [
        ("member", "委員"),
        ("department", "健康課"),
        ("member", "北見委員"),
        ("chair", "会長"),
    ]


@pytest.mark.parametrize(("opening", "closing"), [("〘", "〙"), ("【", "】"), ("〔", "〕")])
@pytest.mark.parametrize("name", ["留意事項", "要望事項", "指摘事項"])
def test_secretariat_reads_a_captioned_opinion_under_its_label(
    opening: str, closing: str, name: str
) -> None:
    """Labels alone on their line (「〘委員Ｂ〙」 a seat in brackets); the secretariat's label
    is followed by the caption 「留意事項」 and then the opinion."""
    o, c = opening, closing
    agenda = "議事１　諮問第１６号　住民税申告書の入力業務の委託について（税務課）\n"
    body = (
        f"{o}会長{c}\n　諮問第１６号について、税務課から説明をお願いします。\n\n"
        f"{o}税務課長{c}\n　申告書の入力業務を委託いたします。\n\n"
        f"{o}委員Ｂ{c}\n　媒体の受渡しが心配です。電子的な方法は検討できませんか。\n\n"
        f"{o}税務課長{c}\n　次年度以降に検討いたします。\n\n"
        f"{o}会長{c}\n　本件は{name}を付して承認としたいと思います。事務局から{name}の案を"
        "読み上げてください。\n\n"
        f"{o}事務局{c}\n　{name}\n"
        "　媒体の受渡しについては、電子的な方法への移行を検討されたい。\n\n"
        f"{o}会長{c}\n　この{name}を付して承認することでよろしいでしょうか。\n\n"
        "（「異議なし」の声あり）\n\n"
        f"{o}会長{c}\n　諮問第１６号は、{name}を付して承認とします。\n"
    )
    parsed = parse_minutes(_verbatim(agenda, body))
    item = parsed["items"][0]
    assert item["outcome"] == "approved_with_opinion"
    assert item["opinion"] == "媒体の受渡しについては、電子的な方法への移行を検討されたい。"
    speakers = [u["speaker"] for u in item["utterances"]]
    assert "B委員" in speakers


# --- times -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("10時より11時40分まで", "10:00", "11:40"),
        ("午前９時３０分より午前１１時まで", "09:30", "11:00"),
        ("自　午後１時３０分　至　午後３時１０分", "13:30", "15:10"),
        ("自 14時 至 15時30分", "14:00", "15:30"),
    ],
)
def test_time_ranges_with_yori_and_ji_shi(written: str, start: str, end: str) -> None:
    text = (
        "楓野市個人情報保護審議会　会議録\n\n"
        "会議名＝令和７年度第２回楓野市個人情報保護審議会\n"
        "開催日＝令和７年８月２０日（水）\n"
        f"時　間＝{written}\n"
        "会　場＝楓野市役所　第１会議室\n\n"
        "会議の経過\n\n○会長　開会します。\n"
    )
    meeting = parse_minutes(text)["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == (start, end)


@pytest.mark.parametrize("label", ["委　員", "委員", "構成員", "委 員 数"])
@pytest.mark.parametrize("sep", ["：", ":"])
def test_unlisted_label_row_under_the_place_is_no_part_of_it(label: str, sep: str) -> None:
    """「場　所：…」 then 「委　員：出席３名／欠席１名」 (a label nobody listed): the place
    ends with its own line."""
    text = (
        "楓野村個人情報保護審議会　会議記録\n\n"
        "会議名：令和７年度第２回楓野村個人情報保護審議会\n"
        "日　時：令和７年９月９日（火）　１０：００～１１：００\n"
        "場　所：楓野村役場　本館２階　会議室Ｂ\n"
        f"{label}{sep}出席３名／欠席１名\n"
        "　　　　（出席）会長　堀田　進、副会長　坂巻　護、委員　小松　彩\n"
        "　　　　（欠席）委員　野口　健\n"
        "会議の公開：公開\n\n"
        "会議の概要\n\n１　開会\n　事務局から定足数を満たしている旨の報告があった。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["meeting"]["place"] == "楓野村役場 本館2階 会議室B"
    assert parsed["members_present"] == ["堀田進", "坂巻護", "小松彩"]
    assert parsed["members_absent"] == ["野口健"]
