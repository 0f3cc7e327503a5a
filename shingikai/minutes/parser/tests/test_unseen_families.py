"""Issue 11 layouts that generalise across councils, each on small invented minutes.

Every document here is made up for the test (names, places, cases); none is taken from a
held-out or development corpus.  One test per mechanism: agenda numbering shapes, items
found by where the proceedings mention them, outcomes read anywhere in an item's span,
member lists in several shapes.
"""

from __future__ import annotations

from shingikai.minutes.parser import parse_minutes
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
        "④ 公用パソコンの紛失について(報告)〔総務課〕\n"
        "報告 (1) 諮問第12号に係る実施状況について\n"
    )
    got = [(a.kind, a.number or a.ordinal, a.title, a.department) for a in items]
    assert got == [
        ("consultation", "第4号議案", "防災アプリの位置情報の利用について", "危機対策課"),
        ("confirmation", "第5号議案", "前回会議録の承認について", None),
        ("consultation", "諮問第9号", "図書館の予約履歴の保存について", None),
        ("consultation", "②", "公用車の運行記録の分析について", None),
        ("report", "③", "窓口アンケートの結果について", None),
        ("report", "④", "公用パソコンの紛失について", "総務課"),
        ("report", "(1)", "諮問第12号に係る実施状況について", None),
    ]


def test_items_without_headings_start_where_the_chair_names_them() -> None:
    """No item heading in the body: each agenda item's span starts at the sentence naming
    it (even mid-turn, after the previous item's decision) and its outcome is read there."""
    text = (
        "令和8年度第2回あおさぎ町個人情報保護審議会 会議録\n\n"
        "開催日時：令和8年7月3日(金) 14:00～15:10\n"
        "会議次第：\n"
        " (1) 諮問第6号 「学童クラブの入退室メール配信の委託について」(こども課)\n"
        " (2) 諮問第7号 「公民館予約システムのクラウド化について」(生涯学習課)\n"
        " (3) 報告第2号 「個人情報の開示請求の状況について」(総務課)\n\n"
        "議事の経過\n\n"
        "〔会長〕\n本日の議事に入ります。諮問第6号について、こども課から説明をお願いします。\n\n"
        "〔こども課長〕\n入退室の時刻を保護者にメールで知らせる業務を委託するものです。\n\n"
        "〔A委員〕\n配信の誤りはどう防ぎますか。\n\n"
        "〔こども課長〕\n登録時に二重確認を行います。\n\n"
        "〔会長〕\nそれでは、諮問第6号は原案のとおり承認します。\n"
        "次に、諮問第7号について、生涯学習課から説明をお願いします。\n\n"
        "〔生涯学習課長〕\n予約データを事業者のクラウドに置くものです。\n\n"
        "〔会長〕\n保存場所が国内か確認できるまで、諮問第7号は継続審議とします。\n\n"
        "〔会長〕\n報告第2号について、事務局から報告をお願いします。\n\n"
        "〔事務局〕\n開示請求は12件でした。\n\n"
        "〔会長〕\nただいまの報告は了承といたします。\n"
    )
    got = parse_minutes(text)
    items = [(i["number"], i["kind"], i["outcome"], i["department"]) for i in got["items"]]
    assert items == [
        ("諮問第6号", "consultation", "approved", "こども課"),
        ("諮問第7号", "consultation", "continued", "生涯学習課"),
        ("報告第2号", "report", "approved", "総務課"),
    ]
    chair = got["items"][1]["utterances"][0]
    assert chair["role"] == "chair" and chair["text"].startswith("次に、諮問第7号")


def test_summary_paragraphs_repeating_agenda_ordinals_end_the_header() -> None:
    """A 要録 whose agenda row is followed by 「○議題1　…があった。」 paragraphs: those are the
    proceedings, not more agenda; a narrated 「異議なし」 approves, a hearing put off to the
    next meeting is continued even when the members 「了とした」."""
    text = (
        "かもめ台村個人情報保護審議会(令和8年度第1回)会議要録\n"
        "○日時 令和8年5月8日(金)13時から14時まで ○場所 かもめ台村役場 第1会議室\n"
        "○議題 議題1 保育料の口座振替データの外部委託について(こども課)\n"
        "  議題2 防犯灯の点検記録の共有について(総務課)\n"
        "○議題1 こども課長から、振替データを委託先へ送る手順について説明があった。"
        "会長から本件について諮ったところ、各委員から「異議なし」との発言があった。\n"
        "○議題2 総務課長から、点検記録を自治会と共有する案について説明があった。"
        "会長から、共有の範囲を整理した上で次回に再度説明を受けることとしたいとの発言があり、"
        "各委員これを了とした。\n"
    )
    got = parse_minutes(text)
    assert got["meeting"]["title"] == "かもめ台村個人情報保護審議会(令和8年度第1回)"
    items = [(i["number"], i["kind"], i["outcome"]) for i in got["items"]]
    assert items == [("議題1", "consultation", "approved"), ("議題2", "consultation", "continued")]


def test_an_item_running_on_in_the_last_items_paragraph_starts_there() -> None:
    """A 要録 that runs item (2) into the end of item (1)'s paragraph, and a chair who names
    the next item as 議事イ: each span starts at the sentence that opens it."""
    text = (
        "令和8年度第3回ひばり野町個人情報保護審議会 要録\n"
        "日時：令和8年9月1日(火) 10:00～11:00\n"
        "議事：(1) 前回要録の確認\n"
        "  (2) 諮問第20号 図書館の貸出履歴の分析について(生涯学習課)\n"
        "  (3) 報告事項 漏えい事案の再発防止策について(総務課)\n\n"
        "● (1) 前回要録の確認 事務局から説明があり、原案のとおり了承された。"
        "(2) 諮問第20号 生涯学習課長から、貸出履歴を匿名化して分析する案について説明があった。\n"
        "○浅見委員 匿名化は誰が行うのか。\n"
        "○生涯学習課長 職員が行う。\n"
        "○会長 妥当と認めることとしてよいか。\n"
        "○各委員 異議なし。 (3) 報告事項 総務課長から、再発防止策について報告があった。\n"
    )
    got = parse_minutes(text)
    items = [(i["number"], i["kind"], i["outcome"]) for i in got["items"]]
    assert items == [
        ("(1)", "confirmation", "approved"),
        ("諮問第20号", "consultation", "approved"),
        ("(3)", "report", "unknown"),
    ]
    text = (
        "令和8年度第1回つばめ沢町個人情報保護審議会 会議録\n"
        "日時：令和8年4月10日(金) 10:00～11:00\n"
        "議事：ア 諮問第3号 住民税の照会システムの導入について(税務課)\n"
        "   イ 諮問第4号 健診データの共同分析について(健康課)\n\n"
        "○会長 開会します。議事アについて、税務課から説明をお願いします。\n"
        "○税務課長 照会システムを導入するものです。\n"
        "○会長 諮問第3号は、承認することに決定しました。次に議事イについて、説明をお願いします。\n"
        "○健康課長 健診データを共同で分析するものです。\n"
        "○会長 事業者の体制を確認するため、継続審議とします。\n"
    )
    got = parse_minutes(text)
    assert [(i["number"], i["outcome"]) for i in got["items"]] == [
        ("諮問第3号", "approved"),
        ("諮問第4号", "continued"),
    ]


def _members(block: str) -> tuple[list[str], list[str]]:
    text = (
        "令和8年度第1回しらなみ市個人情報保護審議会 会議録\n"
        "日時：令和8年6月2日(火) 10:00～11:00\n"
        + block
        + "\n議事\n(1) 諮問第1号 道路台帳の公開について\n"
    )
    got = parse_minutes(text)
    return got["members_present"], got["members_absent"]


def test_member_lists_separated_by_single_spaces_roles_or_alignment() -> None:
    """Names and their halves are both separated by spaces: short words pair up as family
    and given name, a bracket closes a name, a role word stands between names, a letter-
    spaced name stays one, a one-character half spaced for alignment joins the next, and
    an (欠席) group lists absentees."""
    present, _ = _members(
        "出席委員：会長 三池 遼 副会長 戸叶 さやか 委員 梅沢 聡 仲宗根 夏海 樺山 陸(Web)\n"
    )
    assert present == ["三池遼", "戸叶さやか", "梅沢聡", "仲宗根夏海", "樺山陸"]
    present, _ = _members("出席委員：鳴海 周平(会長) 伊吹 楓(副会長) 駒井 透 宍戸 雅美 (敬称略)\n")
    assert present == ["鳴海周平", "伊吹楓", "駒井透", "宍戸雅美"]
    present, _ = _members("出席委員：八剱直人　千早美弥子　宇治原恒\n")
    assert present == ["八剱直人", "千早美弥子", "宇治原恒"]
    present, absent = _members(
        "出席委員\n  会長    浜 名 律 子\n  委員    関　　蓮\n  委員    鷹野 由紀\n"
        "  (欠席)   粟島 伸委員、刈谷 朋委員\n"
    )
    assert present == ["浜名律子", "関蓮", "鷹野由紀"]
    assert absent == ["粟島伸", "刈谷朋"]


def test_table_referenced_agenda_with_spoken_items_and_a_verdict_table() -> None:
    """The agenda points to a table whose number and title cells are one space apart; the
    departments explain in turn under one heading; a 【審議結果】 table gives each verdict
    (its rows are no headings) and 【諮問第N号に付した意見】 heads that item's opinion."""
    text = (
        "令和8年度第4回みずなら市個人情報保護審議会 会議録\n"
        "■ 開催日時\n令和8年10月5日(月) 午後2時から午後3時まで\n"
        "■ 議題\n"
        "1 諮問第51号から第53号まで(下表のとおり)\n"
        "  番号　　件名　　　　　　　　　　　　　　担当課\n"
        "  諮問第51号　水道料金の督促状の印刷委託について　　　上下水道課\n"
        "  諮問第52号　放課後児童クラブの入室記録の共有について　　こども課\n"
        "  諮問第53号　公園カメラの映像の保存期間の延長について　　公園課\n\n"
        "■ 議事の経過\n"
        "1 諮問第51号から第53号まで\n"
        "○上下水道課長 諮問第51号について説明します。督促状を印刷業者に委託するものです。\n"
        "○こども課長 諮問第52号について説明します。入室記録を学校と共有するものです。\n"
        "○沖田委員 共有する範囲を限るべきです。\n"
        "○公園課長 諮問第53号について説明します。保存期間を延ばすものです。\n"
        "○会長 それでは審議の結果を確認します。結果は下表のとおりといたします。\n\n"
        "【審議結果】\n"
        "番号　　結果\n"
        "諮問第51号　適当と認める\n"
        "諮問第52号　意見を付して適当と認める\n"
        "諮問第53号　継続審議\n\n"
        "【諮問第52号に付した意見】\n"
        "共有する記録は入室の時刻に限ること。\n"
    )
    got = parse_minutes(text)
    items = [(i["number"], i["title"], i["department"], i["outcome"]) for i in got["items"]]
    assert items == [
        ("諮問第51号", "水道料金の督促状の印刷委託について", "上下水道課", "approved"),
        (
            "諮問第52号",
            "放課後児童クラブの入室記録の共有について",
            "こども課",
            "approved_with_opinion",
        ),
        ("諮問第53号", "公園カメラの映像の保存期間の延長について", "公園課", "continued"),
    ]
    assert got["items"][1]["opinion"] == "共有する記録は入室の時刻に限ること。"


def test_result_report_with_a_box_drawn_table_and_worded_ordinals() -> None:
    """A 会議結果報告書 whose only list of items is a table drawn with box characters, the
    items numbered 諮問1 / 報告1, and a numbered 附帯意見 section naming 諮問2."""
    text = (
        "会議結果報告書\n"
        "1 会議名 第3回やまびこ村個人情報保護審議会(令和8年度)\n"
        "2 日時 令和8年11月2日(月) 13時30分から14時30分まで\n"
        "3 出席者 委員4名(森岡 亘、白鳥 千代、甘利 勇、浦部 杏)、欠席委員1名\n"
        "4 議題及び結果\n"
        "┌────┬──────────────┬─────┬────────┐\n"
        "│区分  │件名                │所管課  │結果      │\n"
        "├────┼──────────────┼─────┼────────┤\n"
        "│諮問1 │診療所の予約システムの更新について│保健課  │原案のとおり承認│\n"
        "│諮問2 │村営バスの乗車記録の分析について│企画課  │附帯意見を付して承認│\n"
        "│報告1 │情報公開請求の件数について  │総務課  │了承      │\n"
        "└────┴──────────────┴─────┴────────┘\n\n"
        "5 附帯意見\n"
        " 諮問2 なお、分析結果は個人が分からない形で公表するよう留意されたい。\n"
    )
    got = parse_minutes(text)
    items = [(i["kind"], i["number"], i["department"], i["outcome"]) for i in got["items"]]
    assert items == [
        ("consultation", "諮問1", "保健課", "approved"),
        ("consultation", "諮問2", "企画課", "approved_with_opinion"),
        ("report", "報告1", "総務課", "approved"),
    ]
    assert (
        got["items"][1]["opinion"]
        == "なお、分析結果は個人が分からない形で公表するよう留意されたい。"
    )
    assert got["members_present"] == ["森岡亘", "白鳥千代", "甘利勇", "浦部杏"]
    assert got["members_absent"] == []


def test_agenda_ordinals_of_any_enumerator_shape() -> None:
    """Ordinals are kept as printed, whatever the enumerator: 1-1, 1), (ア), (一), Ⅰ, その1,
    日程第1, 審議事項1, and 第1 after the kind word 諮問事項 (which gives the kind)."""
    cases = {
        "1-2 図書館カードの電子化について": "1-2",
        "3) 窓口予約の委託について": "3)",
        "(イ) 諮問第4号 公用車の位置情報の記録について": "諮問第4号",
        "(ウ) 報告 研修の実施状況について": "(ウ)",
        "(二) 健診結果の共有について": "(二)",
        "Ⅲ 公民館の利用者名簿の管理について": "Ⅲ",
        "その2 防災無線の登録者情報について": "その2",
        "日程第3 前回会議録の確認": "日程第3",
        "審議事項2 学童保育の入所選考について": "審議事項2",
        "諮問事項第1 〔所管:福祉課〕補装具の給付申請の電子化について": "第1",
    }
    for entry, number in cases.items():
        (item,) = parse_agenda(entry)
        assert (item.number or item.ordinal) == number, entry
        assert not item.title.startswith(number), entry
    (item,) = parse_agenda("諮問事項第1 〔所管:福祉課〕補装具の給付申請の電子化について")
    assert (item.kind, item.department) == ("consultation", "福祉課")
    # A PDF page number inside the agenda is no entry.
    items = parse_agenda(
        "(1) 諮問第3号 健診の委託について\n         -1-\n(2) 諮問第4号 図書館について"
    )
    assert [a.number for a in items] == ["諮問第3号", "諮問第4号"]
    # A department bracket alone on the line after a complete title belongs to it.
    (item,) = parse_agenda("1 諮問第15号 住民票の写しの交付について\n   (住民課)")
    assert (item.title, item.department) == ("住民票の写しの交付について", "住民課")
    (item,) = parse_agenda("報告事項1 個人情報ファイル簿の見直しについて")
    assert item.kind == "report"
    # A confirmation numbered like its siblings (Ⅰ, Ⅱ) is an item, not a section over them.
    items = parse_agenda("Ⅰ 前回会議録の確認\nⅡ 諮問第9号 窓口予約の委託について")
    assert [(a.kind, a.number or a.ordinal) for a in items] == [
        ("confirmation", "Ⅰ"),
        ("consultation", "諮問第9号"),
    ]


def test_header_labels_in_brackets_or_after_kanji_numerals_and_the_session_title() -> None:
    """「【日時】value」 with no space after the bracket, 「一、場所　value」, 【出席委員（5名）】
    with its note, inline agenda ordinals glued to the number (「(ア)諮問第3号」), and a
    running title above the heading that lacks the session: the heading with 第N回 wins."""
    text = (
        "ほたる浦町個人情報保護審議会 会議録\n\n"
        "令和8年度第2回ほたる浦町個人情報保護審議会\n"
        "【日時】令和8年8月4日(火)午前10時から午前11時まで\n"
        "一、場所　ほたる浦町役場 第2会議室\n"
        "【出席委員（3名）】（敬称略）\n  会長　沖野 翼\n  委員　陣内 早苗\n  委員　古閑 透\n"
        "【議題】(ア)諮問第3号 子ども医療費の受給者証の電子化について(こども課) "
        "(イ)報告 研修の実施状況について(総務課)\n\n"
        "【会議の経過】\n"
        "○会長 (ア)諮問第3号について、こども課から説明をお願いします。\n"
        "○こども課長 受給者証を電子化するものです。\n"
        "○会長 承認することとします。\n"
    )
    got = parse_minutes(text)
    meeting = got["meeting"]
    assert meeting["title"] == "令和8年度第2回ほたる浦町個人情報保護審議会"
    assert (meeting["start_time"], meeting["end_time"]) == ("10:00", "11:00")
    assert meeting["place"] == "ほたる浦町役場 第2会議室"
    assert got["members_present"] == ["沖野翼", "陣内早苗", "古閑透"]
    items = [(i["number"], i["kind"], i["title"], i["outcome"]) for i in got["items"]]
    assert items == [
        ("諮問第3号", "consultation", "子ども医療費の受給者証の電子化について", "approved"),
        ("(イ)", "report", "研修の実施状況について", "unknown"),
    ]


def test_proceedings_heading_that_is_also_an_agenda_label() -> None:
    """<議事> alone after the agenda heads the proceedings; <時 間> is a letter-spaced
    label in brackets; a body heading repeating an agenda number (with the department
    bracket left off) ends the header."""
    text = (
        "みなせ市個人情報保護審議会 会議録（要旨）\n\n"
        "<会議名> 令和8年度第1回みなせ市個人情報保護審議会\n"
        "<開催日> 令和8年5月11日(月)\n"
        "<時 間> 13時30分～14時30分\n"
        "<会 場> みなせ市役所 401会議室\n"
        "<会議次第>\n"
        "  諮問事項\n"
        "    1 諮問第 4 号 学校の欠席連絡アプリの導入について【学務課】\n\n"
        "<議事>\n\n"
        "1 諮問第4号 学校の欠席連絡アプリの導入について\n"
        "●芦田会長 学務課から説明をお願いします。\n"
        "●学務課長 欠席の連絡をアプリで受けるものです。\n"
        "●芦田会長 諮問第4号は原案のとおり承認します。\n"
    )
    got = parse_minutes(text)
    assert (got["meeting"]["start_time"], got["meeting"]["place"]) == (
        "13:30",
        "みなせ市役所 401会議室",
    )
    items = [(i["number"], i["department"], i["outcome"]) for i in got["items"]]
    assert items == [("諮問第4号", "学務課", "approved")]


def test_bracketed_staff_labels_in_the_header_are_rows_not_turns() -> None:
    """【事務局】総務部長 …、総務課長 … is a header row (a list, no sentence), not the
    secretariat speaking; 【町職員】 lists officials; 【日 程】 is the agenda."""
    text = (
        "令和8年度第2回さざなみ町個人情報保護審議会 会議録\n"
        "【日　時】令和8年7月7日(火)午前10時から午前11時まで\n"
        "【出席委員】会長 宮永 洋、委員 鵜飼 恵\n"
        "【欠席委員】なし\n"
        "【事務局】総務部長　梶山一郎、総務課長　蘭堂誠\n"
        "【町職員】税務課長　仙波\n"
        "【日　程】\n  日程第1 諮問第2号 固定資産の縦覧の電子化について(税務課)\n\n"
        "会議の経過\n○会長 諮問第2号について説明をお願いします。\n"
        "○税務課長 縦覧を電子化するものです。\n○会長 承認します。\n"
    )
    got = parse_minutes(text)
    assert got["members_present"] == ["宮永洋", "鵜飼恵"]
    assert got["members_absent"] == []
    assert [(i["number"], i["outcome"]) for i in got["items"]] == [("諮問第2号", "approved")]


def test_body_marker_in_a_header_cell_and_items_sharing_an_ordinal() -> None:
    """A tab header whose 審議の概要 cell holds the proceedings; 諮問事項第1 and 報告事項第1
    share the ordinal 第1, so the chair's words name each with its kind word."""
    text = (
        "会議名\t令和8年度第1回あけぼの町個人情報保護審議会\n"
        "開催日時\t令和8年4月20日(月) 13:00~14:00\n"
        "会議次第\t諮問事項第1 〔所管:福祉課〕 補聴器の給付申請の電子化について\n"
        "\t報告事項第1 〔所管:総務課〕 開示請求の状況について\n"
        "審議の概要\t○会長 諮問事項第1、補聴器の給付申請の電子化について説明をお願いします。\n"
        "\t○福祉課長 申請を電子化するものです。\n"
        "\t○会長 原案のとおり承認します。次に報告事項第1について、報告をお願いします。\n"
        "\t○総務課長 開示請求は8件でした。\n"
        "\t○会長 本報告は了承とします。\n"
    )
    got = parse_minutes(text)
    items = [(i["kind"], i["number"], i["department"], i["outcome"]) for i in got["items"]]
    assert items == [
        ("consultation", "第1", "福祉課", "approved"),
        ("report", "第1", "総務課", "approved"),
    ]


def test_opinions_under_a_bare_label_listed_by_number_or_enumerated() -> None:
    """【意見】 and 意見： blocks hold the opinion; an opinion printed by number under 付した
    条件 wins over a paraphrase in speech; announced conditions keep every enumerated line
    (一 / 二, (ア) / (イ))."""
    base = (
        "令和8年度第3回かざなみ町個人情報保護審議会 会議録\n"
        "日時：令和8年9月9日(水) 10:00～11:00\n"
        "議題：(1) 諮問第8号 公民館の利用者登録の電子化について(生涯学習課)\n\n"
        "会議の経過\n"
        "○会長 諮問第8号について説明をお願いします。\n"
        "○生涯学習課長 利用者登録を電子化するものです。\n"
    )
    got = parse_minutes(
        base + "○会長 次の意見を付して承認したいと思います。\n【意見】\n"
        "  登録情報は利用の終了後1年で消去すること。\n○会長 ご異議ございませんか。\n"
        "(「異議なし」の声あり)\n"
    )
    assert got["items"][0]["opinion"] == "登録情報は利用の終了後1年で消去すること。"
    got = parse_minutes(
        base + "○会長 保存期間を定めることを条件に承認します。\n\n"
        "付した条件\n諮問第8号：登録情報の保存期間を利用終了後1年とすること。\n"
    )
    assert got["items"][0]["opinion"] == "登録情報の保存期間を利用終了後1年とすること。"
    got = parse_minutes(
        base + "○会長 それでは、本件は承認とし、なお、登録の手順を利用者に周知するよう"
        "留意されたい、という意見を付したいと思います。\n(「異議なし」の声あり)\n"
    )
    assert got["items"][0]["opinion"] == "なお、登録の手順を利用者に周知するよう留意されたい"
    got = parse_minutes(
        base + "○会長 それでは諮問第8号は、次の要望を付して承認といたします。\n"
        "(要望)登録の手順を審議会に報告すること。\n"
    )
    item = got["items"][0]
    assert (item["outcome"], item["opinion"]) == (
        "approved_with_opinion",
        "登録の手順を審議会に報告すること。",
    )
    got = parse_minutes(
        base + "○会長 それでは、次の条件を付して承認することとします。\n"
        "  (ア)登録の際に利用目的を示すこと。\n  (イ)消去の記録を残すこと。\n"
        "(異議なし)\n"
    )
    item = got["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "(ア)登録の際に利用目的を示すこと。\n(イ)消去の記録を残すこと。"


def test_members_listed_under_the_category_they_sit_for() -> None:
    """学識経験者 / 弁護士 / 市民委員 in front of names are categories, not people; a (2)
    実施機関 group lists officials, not members."""
    present, _ = _members(
        "出席者\n"
        "  (1) 委員(5名・敬称略)\n"
        "     学識経験者　　　門脇　透（会長）\n"
        "     　　　　　　　　由良　咲\n"
        "     弁護士　　　　　乙川　潤（会長職務代理者）\n"
        "     市民委員　　　　坪内　光\n"
        "     関係団体推薦　　鳥飼　恵（市商工会）\n"
        "  (2) 実施機関\n"
        "     情報政策課長　柏原、市民課長　仁木\n"
    )
    assert present == ["門脇透", "由良咲", "乙川潤", "坪内光", "鳥飼恵"]


def test_letter_spaced_names_in_two_columns() -> None:
    """PDF text: names letter-spaced (家 名 　 名) and set in two columns with a wide gap."""
    present, _ = _members(
        "出 席 委 員　（五十音順）\n"
        "　　　有 働 　 千 里　　　　　　　小 津 　 学\n"
        "　　　久 我 山 　 怜　（会長）　　　志 賀 　 智 之\n"
    )
    assert present == ["有働千里", "小津学", "久我山怜", "志賀智之"]


def test_web_table_flattened_to_label_lines_inside_an_item() -> None:
    """説明 / 質疑 / 審議結果 alone on their lines (a web table flattened): sections of the
    item, the 審議結果 line heading its decision; a 審議結果 table listing several items
    after the last one decides none of them by itself."""
    text = (
        "令和8年度第1回ゆきしろ町個人情報保護審議会の会議結果\n"
        "会議名\n令和8年度第1回ゆきしろ町個人情報保護審議会\n"
        "日時\n令和8年5月12日(火曜日)\n13:30～14:30\n"
        "案件\n案件1 図書館の予約通知のメール化について(生涯学習課)\n"
        "案件2 公用車の運転記録の保存について(総務課)\n\n"
        "会議の内容\n"
        "案件1 図書館の予約通知のメール化について(生涯学習課)\n"
        "説明\n生涯学習課から、予約の通知をメールで送ることについて説明があった。\n"
        "質疑\n問(委員) 誤送信はどう防ぐのか。\n答(生涯学習課) 一斉送信はしない。\n"
        "審議結果\n審議の結果、本件を実施することは妥当である。\n\n"
        "案件2 公用車の運転記録の保存について(総務課)\n"
        "説明\n総務課から、運転記録の保存期間について説明があった。\n"
        "審議結果\n保存の範囲を整理するため、継続審議とした。\n\n"
        "審議結果\n"
        "案件1 図書館の予約通知のメール化について 妥当\n"
        "案件2 公用車の運転記録の保存について 継続審議\n"
    )
    got = parse_minutes(text)
    assert [(i["number"], i["outcome"]) for i in got["items"]] == [
        ("案件1", "approved"),
        ("案件2", "continued"),
    ]


def test_floor_assent_in_brackets_keeps_the_chairs_conditions() -> None:
    """(各委員了承) after the chair's 「次の条件を付して承認」 is the floor's assent, not a
    plain approval; 「次回に持ち越して審議」 is a deferral."""
    text = (
        "令和8年度第5回しおさい市個人情報保護審議会 会議録\n"
        "日時：令和8年12月1日(火) 18:30～20:00\n"
        "議事：\n  1-1 端末の持出し運用について(情報政策課)\n"
        "  1-2 戸籍証明書の郵送交付について(市民課)\n\n"
        "会議の経過\n"
        "◇会長\n  諮問事項1-1について、説明をお願いします。\n\n"
        "◇実施機関(情報政策課)\n  端末を持ち出せるようにするものです。\n\n"
        "◇会長\n  それでは、次の条件を付して承認することとします。\n"
        "  ・持出しの記録を残すこと。\n  ・紛失時の手順を定めること。\n  よろしいでしょうか。\n\n"
        "  (各委員了承)\n\n"
        "◇会長\n  次に諮問事項1-2について説明をお願いします。\n\n"
        "◇実施機関(市民課)\n  郵送で交付するものです。\n\n"
        "◇会長\n  手順書を示していただいたうえで、次回に持ち越して審議することといたします。\n"
    )
    got = parse_minutes(text)
    first, second = got["items"]
    assert first["outcome"] == "conditional"
    assert first["opinion"] == "・持出しの記録を残すこと。\n・紛失時の手順を定めること。"
    assert second["outcome"] == "continued"


def test_summary_whose_proceedings_start_beside_a_bracketed_marker() -> None:
    """「【会議の経過】その1 …」: the proceedings start on the marker's own line; an opinion
    listed by number ends where the page goes on (会議録(PDF))."""
    text = (
        "ひさご町個人情報保護審議会(令和8年度第2回)会議要録\n"
        "【日時】令和8年7月2日(木)10時00分～11時00分 【場所】ひさご町役場 第1会議室 "
        "【出席委員】3名 会長 梓 陽平、委員 玉置 里香、委員 仲 武\n"
        "【議題】その1 諮問第5号 保育料の口座振替について(こども課)\n"
        "【会議の経過】その1 諮問第5号 保育料の口座振替について こども課長から説明があった。"
        "審議の結果、次の条件を付して承認することとした。\n\n"
        "付した条件\n\n諮問第5号:振替データは翌月末までに消去すること。\n\n会議録(PDF)\n"
    )
    got = parse_minutes(text)
    (item,) = got["items"]
    assert (item["number"], item["outcome"]) == ("諮問第5号", "conditional")
    assert item["opinion"] == "振替データは翌月末までに消去すること。"


def test_heading_broken_mid_name_with_the_session_is_the_title() -> None:
    """PDF text: a running name, then the heading with the session broken mid-word."""
    text = (
        "みさご町個人情報保護運営審議会 会議録\n"
        "令和8年度第3回みさご町個人情報保護運\n"
        "営審議会\n"
        "議 事 録\n\n"
        "日時 令和8年10月6日(火) 14:00～15:00\n"
        "議題 (1) 諮問第4号 窓口番号札の電子化について(住民課)\n\n"
        "会議の経過\n○会長 諮問第4号は承認します。\n"
    )
    got = parse_minutes(text)
    assert got["meeting"]["title"] == "令和8年度第3回みさご町個人情報保護運営審議会"


def test_letter_spaced_label_run_into_its_role() -> None:
    """「出 席 委 員　会 長　　須 藤 　 恭 子」: the label, the role and the name are all
    letter-spaced with one gap between label and role."""
    present, absent = _members(
        "場　　所　　かやの市役所 東庁舎 301会議室\n"
        "出 席 委 員　会 長　　　芹 沢 　 澄 子\n"
        "　　　　　　委 員　　　楢 崎 　 実 、 宇 野 　 綾\n"
        "欠 席 委 員　委 員　　　梶 　 透\n"
    )
    assert present == ["芹沢澄子", "楢崎実", "宇野綾"]
    assert absent == ["梶透"]


def test_assent_printed_at_the_end_of_the_chairs_question() -> None:
    """「…諮問のとおりとしてよろしいか。（異議なし）」 on one line: the floor's assent
    decides the item (the question alone would not)."""
    text = (
        "令和8年度第2回かもしか市個人情報保護審議会 要録\n"
        "日時：令和8年8月20日(木) 10:00～11:00\n"
        "議事：(一) 諮問第70号 団体登録システムの導入について(市民協働課)\n\n"
        "議事の概要\n"
        "(一) 諮問第70号 団体登録システムの導入について 市民協働課長から説明があった。"
        "【委員】公開の範囲は選べるのか。【市民協働課長】項目ごとに選べる。"
        "【会長】それでは、本件について諮問のとおりとしてよろしいか。(異議なし)\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert (item["number"], item["outcome"]) == ("諮問第70号", "approved")


def test_a_members_question_never_decides_a_report() -> None:
    """「決定の期限を延長したものはあるか。」 names 決定 but asks; the report stays unknown."""
    text = (
        "令和8年度第6回いそべ市個人情報保護審議会 会議要旨\n"
        "日時：令和9年3月2日(火) 10:00～11:00\n"
        "議事：(1) 報告 開示請求の状況について(政策法務課)\n\n"
        "議事の概要\n"
        "(1) 報告 開示請求の状況について\n"
        "政策法務課から、開示請求が41件であったことの報告があった。\n"
        "◆委員：開示請求のうち、決定の期限を延長したものはあるか。\n"
        "◆政策法務課：3件ある。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert (item["kind"], item["outcome"]) == ("report", "unknown")


def test_a_kind_nobody_named_is_flagged_for_review() -> None:
    """案件1 「…について」 names no kind: it is read as a consultation, flagged; 諮問第2号 is
    sure."""
    text = (
        "令和8年度第1回あさひ町個人情報保護審議会 会議録\n"
        "日時：令和8年4月7日(火) 10:00～11:00\n"
        "案件：\n  案件1 窓口の呼出し表示の導入について(住民課)\n"
        "  案件2 諮問第2号 保育料の口座振替について(こども課)\n\n"
        "会議の経過\n"
        "案件1 窓口の呼出し表示の導入について(住民課)\n○会長 承認します。\n"
        "案件2 諮問第2号 保育料の口座振替について(こども課)\n○会長 承認します。\n"
    )
    got = parse_minutes(text)
    assert [i["kind"] for i in got["items"]] == ["consultation", "consultation"]
    assert "items[0].kind" in got["flags"]
    assert "items[1].kind" not in got["flags"]


def test_a_bracketed_narration_of_the_result_decides_the_item() -> None:
    """「（報告が承認された。）」 printed as a stage line after the chair's words."""
    text = (
        "令和8年度第1回はなぶさ町個人情報保護審議会 会議録\n"
        "日時：令和8年6月1日(月) 10:00～11:00\n"
        "議題：(1) 報告第3号 開示請求の状況について(総務課)\n\n"
        "会議の経過\n"
        "(1) 報告第3号 開示請求の状況について(総務課)\n"
        "○事務局 開示請求は9件でした。\n"
        "○会長 ご質問がなければ、報告のとおりとします。\n"
        "(報告が承認された。)\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert (item["kind"], item["outcome"]) == ("report", "approved")
