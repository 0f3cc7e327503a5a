"""Issue 11, round 5: precision first — no item, member or absentee the minutes do not name.

Each test invents its own document (names, places, cases) in several variants of one family;
none is copied from a held-out or development corpus. The families are those where a step
that opens items or rows from short entries or prose fired although the agenda already
accounted for the items, or the text was a turn, a heading or a quotation.
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes

_SUMMARY_HEAD = "柚子原町個人情報保護{council}　会議要録（令和７年度第１回）\n\n"


def _long_line_summary(mark: str, marker: str, council: str = "審査会") -> str:
    """A 要録 on a few long lines: header fields, the agenda and the proceedings each one
    line, fields and sections opened by ``mark``, turns opened by bracketed speakers."""
    m = mark
    return (
        _SUMMARY_HEAD.format(council=council)
        + f"{m}会議名　令和７年度第１回柚子原町個人情報保護{council}　"
        f"{m}日時　令和７年５月１２日（月）午前１０時から午前１１時１５分まで　"
        f"{m}場所　柚子原町役場　第３会議室　"
        f"{m}出席委員（５名中４名）　会長　嶋田　孝之、委員　白石　真澄、戸塚　亮、羽田　桃子　"
        f"{m}欠席委員　１名　{m}説明員　保険課長　大槻　修　{m}傍聴人　０名\n"
        f"{m}案件　ア　諮問第４号　高額療養費の支給申請の電子化について（保険課）　"
        "イ　報告第２号　個人情報の開示請求の状況について（総務課）\n"
        f"{m}{marker}　ア　諮問第４号について　保険課長から、申請書を電子申請で受け付けたいとの"
        "説明があった。（白石委員）申請の画面で入力する項目は何か。（保険課長）氏名、住所、"
        "口座番号である。（戸塚委員）入力の誤りはどう防ぐのか。（保険課長）確認の画面を設ける。"
        "（会長）特に問題はないと考える。審査の結果、諮問第４号は諮問のとおり承認された。"
        "イ　報告第２号について　総務課長から、前年度の開示請求の件数の報告があった。"
        "（羽田委員）請求の件数は増えているのか。（総務課長）前年度より５件増えている。"
        "報告第２号は報告のとおり了承された。\n"
    )


@pytest.mark.parametrize("mark", ["〇", "◯", "○", "▶", "▷", "☆"])
@pytest.mark.parametrize("marker", ["審査の経過", "審議の経過", "会議の経過", "議事の概要"])
def test_long_line_summary_turns_are_no_agenda_entries(mark: str, marker: str) -> None:
    """The proceedings line of a long-line 要録 opens the body even when its mark (〇 U+3007,
    ◯, ▶ …) is the header's field mark; its bracketed turns never become items."""
    parsed = parse_minutes(_long_line_summary(mark, marker))
    items = parsed["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("諮問第4号", "高額療養費の支給申請の電子化について"),
        ("報告第2号", "個人情報の開示請求の状況について"),
    ]
    assert [i["outcome"] for i in items] == ["approved", "approved"]
    assert parsed["meeting"]["place"] == "柚子原町役場 第3会議室"
    assert parsed["members_present"] == ["嶋田孝之", "白石真澄", "戸塚亮", "羽田桃子"]
    assert parsed["members_absent"] == []  # 「１名」 names nobody; 説明員 are no absentees


@pytest.mark.parametrize("mark", ["○", "〇", "◯"])
@pytest.mark.parametrize(
    "turns",
    [
        "{m}委員　窓口での受付は続けるのか。\n{m}市民課長　続けます。\n",
        "{m}会長　それでは審議に入ります。\n{m}雨宮委員　保存の期間はどのくらいか。\n",
        "{m}副会長　説明をお願いします。\n{m}事務局　資料に沿って説明いたします。\n",
        "{m}委員　窓口の受付時間は変わりますか？\n{m}市民課長　変わりません\n",
    ],
)
def test_turns_right_after_the_agenda_row_end_the_header(mark: str, turns: str) -> None:
    """With no proceedings marker, the first marked speaker's words after the agenda row
    are the proceedings: they continue no header row and open no agenda entry."""
    text = (
        "霜月市個人情報保護審議会 会議録\n\n"
        "日時　令和７年７月１日（火）午後２時～午後３時\n"
        "場所　霜月市役所 第１会議室\n"
        "出席委員　雨宮 直子（会長）、國分 裕、千葉 玲奈\n"
        "議題　(1) 諮問第９号　窓口予約システムの導入について（市民課）\n"
        + turns.format(m=mark)
        + f"{mark}会長　諮問第９号は承認することでよろしいか。\n"
        "（「異議なし」の声あり）\n"
        f"{mark}会長　承認とします。\n"
    )
    parsed = parse_minutes(text)
    assert [(i["number"], i["title"]) for i in parsed["items"]] == [
        ("諮問第9号", "窓口予約システムの導入について")
    ]
    assert parsed["items"][0]["outcome"] == "approved"


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("報告第２号は報告のとおり了承された。", "approved"),
        ("報告第２号は、報告どおり承認された。", "approved"),
        ("報告第２号について、承認されました。", "approved"),
        ("報告第２号は継続審議とされた。", "continued"),
        ("報告第２号は、原案どおり可決された。", "approved"),
        ("報告第２号は意見を付して承認された。", "approved_with_opinion"),
    ],
)
@pytest.mark.parametrize(
    "minutes_sentence",
    ["会議要録（案）は原案のとおり了承された。", "前回の会議録は原案どおり承認された。"],
)
def test_passive_narrated_verdict_in_a_summary_paragraph(
    sentence: str, outcome: str, minutes_sentence: str
) -> None:
    """The narrator's passive verdict on an item named by its own number, or on the minutes
    themselves, in whichever speaker's stretch of a 要録 paragraph it ends up."""
    text = (
        _SUMMARY_HEAD.format(council="審議会")
        + "〇日時　令和７年５月１２日（月）午前１０時から午前１１時まで　〇場所　柚子原町役場\n"
        "〇議題　ア　会議録の確認　イ　報告第２号　個人情報の開示請求の状況について（総務課）\n"
        "〇会議の経過　ア　会議録の確認について　（白石委員）誤字が一か所ある。（事務局）修正する。"
        f"{minutes_sentence}"
        "イ　報告第２号について　総務課長から報告があった。（羽田委員）件数は増えているか。"
        f"（総務課長）前年度より５件増えている。{sentence}\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["kind"], i["outcome"]) for i in items] == [
        ("confirmation", "approved"),
        ("report", outcome),
    ]


@pytest.mark.parametrize("sep", ["＝", "=", "／", "/"])
@pytest.mark.parametrize("ordinal", ["Ａ．", "A.", "Ａ、", "Ａ　"])
def test_letter_spaced_and_long_labels_before_any_separator(sep: str, ordinal: str) -> None:
    """「日　時＝…」: a letter-spaced label before an equals sign or a slash, and a long
    staff label (説明のため出席した職員＝…) whose officials are never absentees; capital
    letters with a full stop (Ａ．) as agenda ordinals."""
    second = ordinal.replace("Ａ", "Ｂ").replace("A", "B")
    header = "\n".join(
        [
            f"会議名{sep}令和７年度第３回苔野市個人情報保護審議会",
            f"日　時{sep}令和７年９月２日（火）午後２時から午後３時まで",
            f"場　所{sep}苔野市役所　本庁舎２階　会議室Ｂ",
            f"出席委員{sep}早瀬　航（会長）、真柴　咲、沢渡　陽一",
            f"欠席委員{sep}氷室　紬",
            f"説明のため出席した職員{sep}保険年金課長　篠崎　透、保険年金課主査　蔵本　葵",
            f"議　題{sep}",
            f"　{ordinal}諮問第７号　特定健診の受診券の送付委託について（担当課：保険年金課）",
            f"　{second}報告　開示請求の処理状況について（担当課：総務課）",
        ]
    )
    text = f"苔野市個人情報保護審議会 議事録\n\n{header}\n\n審議の経過\n\n≪会長≫\n開会します。\n"
    parsed = parse_minutes(text)
    assert parsed["meeting"]["place"] == "苔野市役所 本庁舎2階 会議室B"
    assert parsed["meeting"]["start_time"] == "14:00"
    assert parsed["members_absent"] == ["氷室紬"]
    letter = ordinal.strip("．.、　 ").replace("Ａ", "A")
    assert [(i["number"], i["title"], i["department"]) for i in parsed["items"]] == [
        ("諮問第7号", "特定健診の受診券の送付委託について", "保険年金課"),
        (chr(ord(letter) + 1), "開示請求の処理状況について", "総務課"),
    ]


@pytest.mark.parametrize("series", ["㈠㈡㈢", "㊀㊁㊂", "ⅰⅱⅲ", "⒜⒝⒞", "㋐㋑㋒"])
@pytest.mark.parametrize("gap", ["　", " ", ""])
def test_one_character_enclosed_counters_as_agenda_ordinals(series: str, gap: str) -> None:
    """Counters of the enclosed and number-form blocks (㈠, ㊀, ⅰ, ⒜, ㋐) are ordinals of
    the agenda and of the chair's naming of an item, never part of its title."""
    a, b, c = series
    text = (
        "萩ノ台町個人情報保護審議会 会議録\n\n"
        "日時　令和７年１０月６日（月）午前１０時～午前１１時\n"
        "場所　萩ノ台町役場 ２階会議室\n"
        "出席委員　真鍋 陽子（会長）、安西 拓、佐野 悠\n"
        f"議題　{a}{gap}諮問第１１号　犬の登録情報の電子化について（環境課）\n"
        f"　　　{b}{gap}諮問第１２号　図書館の利用者カードの更新について（生涯学習課）\n"
        f"　　　{c}{gap}報告第３号　保有個人情報の点検結果について（総務課）\n\n"
        "会議の経過\n\n"
        f"○真鍋会長　それでは、{a}諮問第１１号について説明をお願いします。\n"
        "○環境課長　登録の情報を電子化するものです。\n"
        "○真鍋会長　諮問第１１号は原案のとおり承認します。\n"
        f"○真鍋会長　次に、{b}諮問第１２号について説明をお願いします。\n"
        "○生涯学習課長　カードの更新の手続きを改めるものです。\n"
        "○真鍋会長　諮問第１２号は継続審議とします。\n"
        f"○真鍋会長　次に、{c}報告第３号について報告をお願いします。\n"
        "○総務課長　点検の結果を報告します。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["title"], i["department"], i["outcome"]) for i in items] == [
        ("諮問第11号", "犬の登録情報の電子化について", "環境課", "approved"),
        ("諮問第12号", "図書館の利用者カードの更新について", "生涯学習課", "continued"),
        ("報告第3号", "保有個人情報の点検結果について", "総務課", "unknown"),
    ]


@pytest.mark.parametrize("marker", ["会議の経過", "審議の経過", "議事の概要", "【会議の経過】"])
@pytest.mark.parametrize("dept_column", [False, True])
@pytest.mark.parametrize("cell_sep", ["\t", "\n"])
def test_result_table_before_the_proceedings_opens_no_item(
    marker: str, dept_column: bool, cell_sep: str
) -> None:
    """A result table (and its opinion row) printed before the proceedings lists the items;
    the headings of the proceedings open them, so a confirmation heading between the two
    never swallows the other items' speech, department or verdict."""
    dept = ["\t市民課", "\t子育て支援課"] if dept_column else ["", ""]
    text = (
        "楓川区個人情報保護審議会 会議録\n\n"
        "日時\t令和７年２月４日（火）１４:００-１５:３０\n"
        "場所\t楓川区役所 第２会議室\n"
        "出席委員\t久保 孝（会長）、湊 遥、神田 樹\n"
        "議題\t1 会議録の確認（令和６年度第４回）\n"
        "\t2 諮問第７１号 窓口番号札の発券システムの更新について（市民課）\n"
        "\t3 諮問第７２号 一時預かりの予約受付の外部委託について（子育て支援課）\n\n"
        "審議結果\n\n"
        + (
            f"番号\t件名{chr(9) + '担当課' if dept_column else ''}\t結果\n"
            f"諮問第７１号\t窓口番号札の発券システムの更新について{dept[0]}\t承認（附帯意見あり）\n"
            f"諮問第７２号\t一時預かりの予約受付の外部委託について{dept[1]}\t継続審議\n\n"
        ).replace("\t", cell_sep)
        + "附帯意見\n\n"
        "諮問第７１号 なお、発券の記録は必要な期間を過ぎたら消去するよう留意されたい。\n\n"
        f"{marker}\n\n"
        "1 会議録の確認（令和６年度第４回）\n"
        "○会長 前回の会議録は確認済みとします。\n"
        "2 諮問第７１号 窓口番号札の発券システムの更新について\n"
        "○市民課長 発券機を更新し、呼出しの記録を残すものです。\n"
        "○湊委員 記録はいつまで残りますか。\n"
        "○市民課長 １年で消去します。\n"
        "○会長 附帯意見を付して承認することとします。\n"
        "3 諮問第７２号 一時預かりの予約受付の外部委託について\n"
        "○子育て支援課長 予約の受付を事業者に委託するものです。\n"
        "○神田委員 委託先の選び方が分からない。\n"
        "○会長 次回に改めて審議することといたします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["kind"], i["number"], i["department"], i["outcome"]) for i in items] == [
        ("confirmation", "1", None, "unknown"),
        ("consultation", "諮問第71号", "市民課", "approved_with_opinion"),
        ("consultation", "諮問第72号", "子育て支援課", "continued"),
    ]
    assert items[1]["opinion"] == "なお、発券の記録は必要な期間を過ぎたら消去するよう留意されたい。"
    assert "１年で消去します" in items[1]["utterances"][-2]["text"].replace("1", "１")


def _html_page_with_results_first(marker: str, dept_column: bool) -> str:
    dept_head = "<th>担当課</th>" if dept_column else ""
    d1, d2 = ("<td>市民課</td>", "<td>子育て支援課</td>") if dept_column else ("", "")
    return (
        "<html><body><h1>令和6年度第5回楓川区個人情報保護審議会（会議録）</h1>\n"
        "<table><caption>会議の概要</caption>\n"
        "<tr><th>会議名</th><td>令和6年度第5回楓川区個人情報保護審議会</td></tr>\n"
        "<tr><th>開催日時</th><td>令和7年2月4日（火曜日）14:00-15:30</td></tr>\n"
        "<tr><th>開催場所</th><td>楓川区役所 第2会議室</td></tr>\n"
        "<tr><th>出席委員</th><td>会長　久保 孝<br>委員　湊 遥、神田 樹</td></tr>\n"
        "<tr><th>議題</th><td>1　会議録の確認（令和6年度第4回）<br>"
        "2　諮問第71号　窓口番号札の発券システムの更新について（市民課）<br>"
        "3　諮問第72号　一時預かりの予約受付の外部委託について（子育て支援課）</td></tr>\n"
        "</table>\n<h2>審議結果</h2>\n<table>\n"
        f"<tr><th>番号</th><th>件名</th>{dept_head}<th>結果</th></tr>\n"
        f"<tr><td>諮問第71号</td><td>窓口番号札の発券システムの更新について</td>{d1}"
        "<td>承認（附帯意見あり）</td></tr>\n"
        f"<tr><td>諮問第72号</td><td>一時預かりの予約受付の外部委託について</td>{d2}"
        "<td>継続審議</td></tr>\n</table>\n"
        "<h3>附帯意見</h3>\n"
        "<p>諮問第71号　なお、発券の記録は必要な期間を過ぎたら消去するよう留意されたい。</p>\n"
        f"<h2>{marker}</h2>\n"
        "<h3>1　会議録の確認（令和6年度第4回）</h3>\n"
        "<p>◆会長　前回の会議録は、修正の御意見がなかったので確認済みとします。</p>\n"
        "<h3>2　諮問第71号　窓口番号札の発券システムの更新について</h3>\n"
        "<p>◆市民課長　発券機を更新し、呼出しの記録を残すものです。</p>\n"
        "<p>◆湊委員　記録はいつまで残りますか。</p>\n"
        "<p>◆市民課長　1年で消去します。</p>\n"
        "<p>◆会長　附帯意見を付して承認することとします。</p>\n"
        "<h3>3　諮問第72号　一時預かりの予約受付の外部委託について</h3>\n"
        "<p>◆子育て支援課長　予約の受付を事業者に委託するものです。</p>\n"
        "<p>◆神田委員　委託先の選び方が分からない。</p>\n"
        "<p>◆会長　次回に改めて審議することといたします。</p>\n"
        "</body></html>\n"
    )


@pytest.mark.parametrize("marker", ["会議の経過", "審議の経過", "議事の概要"])
@pytest.mark.parametrize("dept_column", [False, True])
def test_web_page_result_table_before_the_proceedings(marker: str, dept_column: bool) -> None:
    """The same on a web page: a 審議結果 table and its 附帯意見 above the proceedings."""
    items = parse_minutes(_html_page_with_results_first(marker, dept_column))["items"]
    assert [(i["kind"], i["number"], i["department"], i["outcome"]) for i in items] == [
        ("confirmation", "1", None, "unknown"),
        ("consultation", "諮問第71号", "市民課", "approved_with_opinion"),
        ("consultation", "諮問第72号", "子育て支援課", "continued"),
    ]
    assert items[0]["utterances"][-1]["text"].endswith("確認済みとします。")


@pytest.mark.parametrize(
    "closing",
    [
        "それでは、本日の議事は以上で終了とします。",
        "以上で本日の審議を終了としたいと思います。",
        "予定の案件はすべて完了とします。",
    ],
)
def test_ending_the_meeting_is_no_approval(closing: str) -> None:
    """終了とする / 完了とする end the meeting: the 了とする inside them approves nothing, so a
    deferred item stays continued and a report with no decision stays unknown."""
    text = (
        "雪見台市個人情報保護審議会 会議録\n\n"
        "日時　令和７年１１月５日（水）午後２時～午後３時\n"
        "場所　雪見台市役所 ５階会議室\n"
        "出席委員　大路 真（会長）、片桐 凛、宮坂 光\n"
        "議題　(1) 諮問第５号　粗大ごみ受付のオンライン化について（環境課）\n"
        "　　　(2) 報告第１号　開示請求の状況について（総務課）\n\n"
        "会議の経過\n\n"
        "(1) 諮問第５号　粗大ごみ受付のオンライン化について\n"
        "○環境課長　受付をオンライン化するものです。\n"
        "○片桐委員　委託先が決まってから判断したい。\n"
        "○大路会長　本件は継続審議といたします。\n"
        "(2) 報告第１号　開示請求の状況について\n"
        "○総務課長　開示請求の件数を報告します。\n"
        "○宮坂委員　件数は増えていますか。\n"
        "○総務課長　ほぼ横ばいです。\n"
        f"○大路会長　{closing}\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["outcome"] for i in items] == ["continued", "unknown"]


@pytest.mark.parametrize("mark", ["＊", "*", "●", "☆"])
def test_asterisk_marked_header_with_letter_spaced_labels(mark: str) -> None:
    """An asterisk (＊) marks header fields as ● does, letter-spaced labels included; the
    agenda under 「＊議　題」 is read and the proceedings after 「＊会議の経過」 open its items."""
    m = mark
    text = (
        "令和７年度第１回白萩町個人情報保護審議会　会議録\n\n"
        f"{m}会議名　令和７年度第１回白萩町個人情報保護審議会\n"
        f"{m}日　時　令和７年６月１０日（火）　１４時００分～１５時１０分\n"
        f"{m}会　場　白萩町役場　３階　第１会議室\n"
        f"{m}出席委員（３名）\n"
        "　　会　長　　浅香　遼\n"
        "　　委　員　　乙部　澄、倉持　葉子\n"
        f"{m}欠席委員　なし\n"
        f"{m}説明者　　町民課長　白井　基\n"
        f"{m}傍聴者　　なし\n"
        f"{m}議　題\n"
        "　１．諮問第 ２号　住民票の写しのコンビニ交付の開始について〔町民課〕\n\n"
        f"{m}会議の経過\n\n"
        "☆会長\n　それでは、議題１．諮問第２号について説明をお願いします。\n\n"
        "☆説明者\n　コンビニで住民票の写しを交付するものです。\n\n"
        "☆会長\n　では、諮問第２号は「否」とします。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["meeting"]["place"] == "白萩町役場 3階 第1会議室"
    assert parsed["members_present"] == ["浅香遼", "乙部澄", "倉持葉子"]
    assert parsed["members_absent"] == []
    assert [(i["number"], i["department"], i["outcome"]) for i in parsed["items"]] == [
        ("諮問第2号", "町民課", "rejected")
    ]
    assert len(parsed["items"][0]["utterances"]) == 3


@pytest.mark.parametrize(
    "stage",
    [
        "（「異議なし」の声あり）",
        "（異議なし）",
        "〔「異議なし」と呼ぶ者あり〕",
        "（「異議なし」との声あり）",
    ],
)
@pytest.mark.parametrize("next_heading", ["議事２　諮問第８号について", "イ　諮問第８号について"])
def test_assent_inside_a_summary_paragraph_decides_the_item(stage: str, next_heading: str) -> None:
    """The floor's assent printed inside a 要録 paragraph, right before the next item's
    heading, answers the chair's question: the item is approved, and the next one opens."""
    ordinals = ("議事１", "議事２") if next_heading.startswith("議事") else ("ア", "イ")
    text = (
        "藤ヶ丘市個人情報保護審議会　会議要録\n\n"
        "▶日時　令和７年８月５日（火）１０時～１１時　▶場所　藤ヶ丘市役所　第一会議室　"
        "▶出席委員　会長　楠　直樹　委員　志村　葵、堀内　慎\n"
        f"▶議事　{ordinals[0]}　諮問第７号　保育料の口座振替の電子化について【こども課】　"
        f"{ordinals[1]}　諮問第８号　公園の防犯カメラの増設について【公園課】\n"
        f"▶会議の経過　{ordinals[0]}　諮問第７号について　こども課長から、"
        "口座振替の依頼を電子化したいとの説明があった。＜委員＞振替の結果はいつ分かるのか。＜こども課長＞翌日に分かる。"
        f"＜会長＞ほかに質問がなければ、この件はよろしいか。{stage}{next_heading}　公園課長から、"
        "防犯カメラを増設したいとの説明があった。＜委員＞撮影の範囲が広すぎる。"
        "＜会長＞本件は継続審議とする。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第7号", "approved"),
        ("諮問第8号", "continued"),
    ]


@pytest.mark.parametrize("first", ["前回会議録の確認", "会議録の確認", "前回議事録の承認"])
@pytest.mark.parametrize("list_tag", ["ul", "ol"])
def test_web_page_agenda_as_a_list_without_ordinals(first: str, list_tag: str) -> None:
    """An agenda printed as an HTML list with no ordinals: each <li> is an entry (its bullet
    kept, the entries together), and a minutes entry among own-numbered ones is an item.
    An ordered list shows its numbers, so its entry without an own number takes the shown
    one (round 10: the one writer of such a list, 12q, labelled it so)."""
    entries = [
        first,
        "諮問第３号　図書館の予約システムの更新について（生涯学習課）",
        "報告第１号　開示請求の状況について（総務課）",
    ]
    items_html = "".join(f"<li>{e}</li>\n" for e in entries)
    page = (
        "<html><body><h1>令和7年度第1回若竹町個人情報保護審議会 会議録</h1>\n"
        "<p><strong>開催日時</strong><br>令和7年4月22日（火曜日）　午後2時～午後3時</p>\n"
        "<p><strong>開催場所</strong><br>若竹町役場　会議室</p>\n"
        "<p><strong>出席委員</strong><br>江口　透（会長）、北見　梓、三好　航</p>\n"
        f"<p><strong>議題</strong></p>\n<{list_tag}>\n{items_html}</{list_tag}>\n"
        "<h2>審議の内容</h2>\n"
        f"<h3>{first}</h3>\n<p>会長：前回の会議録は原案どおり承認といたします。</p>\n"
        f"<h3>{entries[1]}</h3>\n<p>会長：原案のとおり承認します。</p>\n"
        f"<h3>{entries[2]}</h3>\n<p>総務課長：件数を報告します。</p>\n"
        "</body></html>\n"
    )
    items = parse_minutes(page)["items"]
    assert [(i["kind"], i["number"]) for i in items] == [
        ("confirmation", "1" if list_tag == "ol" else None),
        ("consultation", "諮問第3号"),
        ("report", "報告第1号"),
    ]
    assert items[0]["title"] == first
    assert [i["outcome"] for i in items] == ["approved", "approved", "unknown"]


@pytest.mark.parametrize(
    "moving_on",
    [
        "議題(3)の報告について、事務局からお願いします。",
        "議題(3)の報告について、総務課長から。",
        "議事の(3)の報告について、事務局から。",
    ],
)
@pytest.mark.parametrize("chair", ["○会長", "◯飯塚会長"])
def test_chair_naming_the_agenda_ordinal_of_the_sole_report_opens_it(
    moving_on: str, chair: str
) -> None:
    """With no heading, the chair's words naming the report by its agenda ordinal open it,
    even though they also name its kind without a moving-on word: the report's turns are
    its own, not the last consultation's."""
    text = (
        "小豆沢市個人情報保護審議会 会議録\n\n"
        "日時　令和７年１２月２日（火）午前１０時～午前１１時\n"
        "場所　小豆沢市役所 ３階会議室\n"
        "出席委員　飯塚 修（会長）、田辺 瞳、野口 亘\n"
        "議題　(1) 諮問第１号　証明書のコンビニ交付について（市民課）\n"
        "　　　(2) 諮問第２号　児童手当の電子申請について（こども課）\n"
        "　　　(3) 報告　個人情報の取扱状況について（総務課）\n\n"
        "会議の経過\n\n"
        "(1) 諮問第１号　証明書のコンビニ交付について\n"
        f"{chair}　説明をお願いします。\n"
        "○市民課長　コンビニで証明書を交付するものです。\n"
        f"{chair}　原案のとおり承認します。\n"
        "(2) 諮問第２号　児童手当の電子申請について\n"
        "○こども課長　申請を電子化するものです。\n"
        "○田辺委員　事業者が決まってから判断したい。\n"
        f"{chair}　本件は継続審議とします。\n"
        f"{chair}　{moving_on.replace('３', '3')}\n"
        "○総務課長　取扱状況を報告します。\n"
        "○野口委員　件数は増えていますか。\n"
        "○総務課長　横ばいです。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第1号", "approved"),
        ("諮問第2号", "continued"),
        ("(3)", "unknown"),
    ]
    assert [u["text"] for u in items[2]["utterances"]][-1] == "横ばいです。"
    assert all("横ばい" not in u["text"] for u in items[1]["utterances"])
