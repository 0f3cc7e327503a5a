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


_LETTER_AGENDA = """\
架空町個人情報保護審議会 会議録
日時 令和7年5月12日(月) 午後1時30分から午後3時まで
場所 架空町役場 第1会議室
議事
Ａ 諮問第31号 路線バスのICカード乗降記録の分析について(交通政策課)
Ｂ 諮問第32号 公民館の利用者名簿の電子化について(生涯学習課)

〈会長〉
それでは案件Ａ、諮問第31号の説明をお願いします。
〈交通政策課長〉
ICカードの乗降記録を、大学に分析してもらうものです。Cカードの番号は置き換えます。
〈会長〉
諮問第31号は承認といたします。次に案件Ｂ、諮問第32号をお願いします。
〈生涯学習課長〉
名簿を電子化したいというものです。
〈会長〉
保存期間について改めてご説明いただいた方がよいと思いますので、諮問第32号は次回に持ち越しといたします。
"""


def test_a_letter_ordinal_names_an_item_only_after_a_word() -> None:
    """Ordinal Ｃ or Ｂ alone must not open an item inside ICカード; 案件Ｂ does.  A ruling
    before 「次に案件Ｂ…」 on the same line stays with the item it closes, and a deferral
    announced politely after a reason mentioning ご説明 still decides the item."""
    items = parse_minutes(_LETTER_AGENDA)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第31号", "approved"),
        ("諮問第32号", "continued"),
    ]


def test_officials_after_an_absent_row_and_square_field_marks() -> None:
    """Officials listed after the absentees (「実施機関：…」 on the next line) are never
    absent members; a 要録 line whose fields open with □ splits into its fields."""
    doc = (
        "架空村個人情報保護審議会 会議概要\n"
        "会議名称：令和7年度第2回架空村個人情報保護審議会\n"
        "開催日時：令和7年7月3日(木)10:00～11:30\n"
        "出席委員：小松原 一葉、津守 健吾、日置 紗英\n"
        "欠席委員：早乙女 晴美\n"
        "実施機関：福祉課長 三田 誠、福祉課係長 沖 美帆\n"
        "議題：\n"
        " 諮問第3号 見守り名簿の提供について(福祉課)\n"
        "\n"
        "会議の経過\n"
        "会長：\n"
        "諮問第3号は原案のとおり承認します。\n"
    )
    got = parse_minutes(doc)
    assert got["members_absent"] == ["早乙女晴美"]
    summary = (
        "架空市個人情報保護審議会 令和7年度第3回 会議の要旨\n"
        "□日時 令和7年10月2日(木)午後2時から午後3時まで □場所 架空市役所 第5会議室"
        " □出席委員 3名(敬称略) 朝霧 透、夕凪 真帆(会長)、星野 航 □欠席委員 なし"
        " □説明のため出席した職員 道路課長、道路課主査 □傍聴人 なし\n"
    )
    got = parse_minutes(summary)
    assert got["meeting"]["place"] == "架空市役所 第5会議室"
    assert got["members_absent"] == []
    assert set(got["members_present"]) == {"夕凪真帆", "星野航", "朝霧透"}


def test_kanji_numbered_header_rows() -> None:
    """一 日 時 … 十 会議の経過: kanji ordinals in front of labels (also run into a
    letter-spaced label, 「八議題」) and of the body marker; 実施機関 is an officials' row,
    while 「◇実施機関(税務課)」 in the body stays a speaker label naming its unit."""
    doc = (
        "令和7年度 第1回架空市個人情報保護審議会 会議録\n"
        "\n"
        "一 日 時  令和7年6月2日(月)午前10時から午前11時30分まで\n"
        "二 場 所  架空市役所 本館2階 第3会議室\n"
        "三 出席委員(3名、敬称略)\n"
        "   若狭 宗一(会長)  茅野 咲  楢崎 遼\n"
        "四 欠席委員  なし\n"
        "五 実施機関  税務課長 平良 聡  税務課主査 宮腰 舞\n"
        "六 事務局   総務課長 大曽根 進\n"
        "七 議 題\n"
        "  審議事項1 諮問第5号 固定資産税の通知書の電子送付について\n"
        "\n"
        "八 会議の経過\n"
        "\n"
        "◇会長\n"
        "それでは諮問第5号について、実施機関から説明をお願いします。\n"
        "◇実施機関(税務課)\n"
        "通知書を電子で送付したいというものです。\n"
        "◇会長\n"
        "諮問第5号は原案のとおり承認します。\n"
    )
    got = parse_minutes(doc)
    assert got["meeting"]["start_time"] == "10:00"
    assert got["meeting"]["place"] == "架空市役所 本館2階 第3会議室"
    assert set(got["members_present"]) == {"楢崎遼", "茅野咲", "若狭宗一"}
    assert got["members_absent"] == []
    [item] = got["items"]
    assert (item["number"], item["department"], item["outcome"]) == (
        "諮問第5号",
        "税務課",
        "approved",
    )


def test_heading_title_and_start_end_words() -> None:
    """A heading-only title drops 会議の要旨 / 会議の概要 like 要録; 「9時30分開始 11時05分
    終了」 gives both times."""
    for doc_type in ("会議の要旨", "会議の概要", "議事概要"):
        doc = (
            f"架空町個人情報保護審議会 令和7年度第4回 {doc_type}\n"
            "\n"
            "◎日時 令和7年11月5日(水) 9時30分開始 11時05分終了 ◎場所 架空町役場 大会議室\n"
            "◎出席委員 2名 浅黄 光、桐生 奈緒\n"
        )
        meeting = parse_minutes(doc)["meeting"]
        assert meeting["title"] == "架空町個人情報保護審議会令和7年度第4回", doc_type
        assert (meeting["start_time"], meeting["end_time"]) == ("09:30", "11:05")


def test_procedural_entries_are_siblings_and_any_minutes_word_confirms() -> None:
    """「1 開会」 numbered like the items does not swallow the items after it; a title wrapped
    in the middle of a word joins its next line; 会議記録 / 会議の要旨 confirm like 会議録."""
    items = parse_agenda(
        "1 開会\n"
        "2 前回会議記録の確認\n"
        "3 諮問第7号 図書館の貸出履歴の保存期間の見直しについ\n"
        "  て(中央図書館)\n"
        "4 前回会議の要旨の確認\n"
        "5 閉会\n"
    )
    got = [(a.kind, a.number or a.ordinal, a.title, a.department) for a in items]
    assert got == [
        ("confirmation", "2", "前回会議記録の確認", None),
        ("consultation", "諮問第7号", "図書館の貸出履歴の保存期間の見直しについて", "中央図書館"),
        ("confirmation", "4", "前回会議の要旨の確認", None),
    ]


def test_member_affiliations_with_separators_and_web_marks() -> None:
    """Role in front, affiliation after (its ・ separates no names), a [Web] / (Web) mark
    after the name: none of it is part of a name."""
    doc = (
        "会議名 令和7年度第1回架空市個人情報保護審議会\n"
        "日時 令和7年4月21日(月) 14:00~15:30\n"
        "出席委員(4名)\n"
        "  会長        風間 理央(大学教授・情報法)\n"
        "  委員        砂原 一輝(障害者団体・家族会)[Web]\n"
        "  委員        三ツ井 冬子(公募市民)(Web)\n"
        "  委員        鳩山 蓮(商店会連合会)\n"
        "欠席委員 なし\n"
    )
    got = parse_minutes(doc)
    assert set(got["members_present"]) == {"風間理央", "砂原一輝", "三ツ井冬子", "鳩山蓮"}


def test_one_summary_paragraph_opening_several_items() -> None:
    """A 要録 paragraph running three items together: each ordinal opens its item, also
    right after a quoted opinion 「…。」, and each item keeps its own verdict."""
    doc = (
        "架空市個人情報保護審議会 会議要録\n"
        "\n"
        "会議名:令和7年度第5回架空市個人情報保護審議会\n"
        "日時:令和7年12月1日(月) 13時00分開始 14時30分終了\n"
        "議事:(1)諮問第70号 防犯灯の点検記録の委託について(道路課) "
        "(2)諮問第71号 児童館の入館記録の電子化について(こども課) "
        "(3)報告事項 窓口の誤交付事案について(市民課)\n"
        "\n"
        "議事の要旨\n"
        "(1)諮問第70号 防犯灯の点検記録の委託について 道路課から説明があった。"
        "審議の結果、原案のとおり承認された。 "
        "(2)諮問第71号 児童館の入館記録の電子化について こども課から説明があった。"
        "審議の結果、意見を付して承認することとされた。付した意見は次のとおりである。"
        "「なお、保存期間を過ぎた記録は速やかに消去するよう留意されたい。」 "
        "(3)報告事項 窓口の誤交付事案について 市民課から報告があった。報告が承認された。\n"
    )
    items = parse_minutes(doc)["items"]
    assert [(i["title"][:6], i["outcome"]) for i in items] == [
        ("防犯灯の点検", "approved"),
        ("児童館の入館", "approved_with_opinion"),
        ("窓口の誤交付", "approved"),
    ]
    assert items[1]["opinion"] == "なお、保存期間を過ぎた記録は速やかに消去するよう留意されたい。"


def test_deferral_in_words_then_the_floor_assents() -> None:
    """「…継続して審議することとしたい。各委員了承。」: the 了承 assents to the deferral; a
    kanji ordinal before a bare kind word (四 報告 …) is an ordinal."""
    doc = (
        "架空市個人情報保護審議会 令和7年度第6回 要録\n"
        "\n"
        "【日時】令和8年1月20日(火)14時00分~15時30分 【場所】架空市役所 第1会議室 "
        "【議題】一 諮問第12号 公園の利用予約システムの更新について(公園課) "
        "二 報告 公用スマートフォンの紛失について(総務課)\n"
        "【議事の要旨】一 諮問第12号 公園の利用予約システムの更新について "
        "〔公園課〕予約システムを更新したい。〔委員〕保存期間が分からない。"
        "〔会長〕保存期間の確認が必要であり、本件は次回の審議会で継続して審議することとしたい。"
        "各委員了承。 二 報告 公用スマートフォンの紛失について 〔総務課〕紛失があった。"
        "〔委員〕再発防止に努めてほしい。\n"
    )
    items = parse_minutes(doc)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第12号", "continued"),
        ("二", "unknown"),
    ]


def test_opinion_quoted_then_asked_and_ended_by_a_label_line() -> None:
    """An opinion read in quotes and followed by the chair's question keeps only the quote;
    an opinion line followed by a label alone on its line (「会長：」) stops there."""
    from shingikai.minutes.parser._opinion import strip_label

    assert (
        strip_label("「なお、鍵の管理簿を毎月点検するよう留意されたい。」よろしいでしょうか。")
        == "なお、鍵の管理簿を毎月点検するよう留意されたい。"
    )
    assert (
        strip_label(
            "附帯意見 なお、端末の紛失時の連絡体制に留意されたい。\n会長:\n以上で終わります。"
        )
        == "なお、端末の紛失時の連絡体制に留意されたい。"
    )


_READ_OUT = """\
会議名 令和7年度第2回架空町個人情報保護審議会
日時 令和7年8月4日(月) 10:00~11:00
議題
(1) 諮問第8号 除雪車の運行記録の提供について(建設課)
(2) 諮問第9号 学童クラブの連絡アプリの導入について(こども課)

会議の経過
◇会長 それでは諮問第8号について説明をお願いします。
◇建設課長 運行記録を委託先に提供したいというものです。
◇会長 諮問第8号は承認とし、次の附帯意見を付したいと思います。事務局から読み上げてください。
◇事務局
読み上げます。
《附帯意見》なお、提供した記録の返却の時期を契約で定めるよう留意されたい。
◇会長 諮問第8号は附帯意見を付して承認といたします。次に諮問第9号について説明をお願いします。
◇こども課長 連絡アプリを導入したいというものです。
◇会長 事務局で条件案をまとめていただきました。読み上げをお願いします。
◇事務局 読み上げます。諮問第9号については、次の条件を付して承認する。
①保護者の同意を得てから登録すること。
②退所した児童の情報を速やかに削除すること。
◇会長 それでは、諮問第9号は条件付きで承認といたします。
"""


def test_opinions_read_out_by_the_secretariat() -> None:
    """「読み上げてください」 is no opinion: the block read out next (《附帯意見》 run into its
    text) is; conditions listed after 「次の条件を付して承認する。」 in the secretariat's
    turn are the conditions of the chair's 「条件付きで承認」."""
    items = parse_minutes(_READ_OUT)["items"]
    assert [(i["outcome"], i["opinion"]) for i in items] == [
        ("approved_with_opinion", "なお、提供した記録の返却の時期を契約で定めるよう留意されたい。"),
        (
            "conditional",
            "①保護者の同意を得てから登録すること。\n②退所した児童の情報を速やかに削除すること。",
        ),
    ]


def test_officials_group_word_set_off_by_a_wide_gap() -> None:
    """「町　　総務課長 …」 inside the attendance row opens the officials' group even without
    a colon or brackets; the officials listed there are not members."""
    doc = (
        "１．会議名　令和7年度第3回架空町個人情報保護審議会\n"
        "２．開催日時　令和7年9月8日(月) 10:00～11:00\n"
        "３．出席者\n"
        "　委員　森下　渉（会長）、楠木　遥、平泉　一花\n"
        "　町　　総務課長　藤堂（事務局）、税務課長　今泉\n"
        "４．欠席者　なし\n"
    )
    got = parse_minutes(doc)
    assert set(got["members_present"]) == {"森下渉", "楠木遥", "平泉一花"}
