"""Issue 11, round 9: mechanisms the parser had, made to work together.

Round 9 opened six corpora that had been held out (12k–12p) and read their misses. Most
were two known shapes meeting: a letter-spaced label after ○, two notes after a list label,
a label run into its value under a place, a decision tag read out inside a turn, an HTML
value cell written as paragraphs. Every document here is invented (other towns, other
words, other marks than those corpora); none is copied from a corpus.
"""

from __future__ import annotations

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._html import html_to_text

_BODY = (
    "会議の経過\n\n"
    "○会長　それでは諮問第５号について説明をお願いします。\n"
    "○市民課長　住民票の写しのコンビニ交付の委託先を変更したいというものです。\n"
    "○会長　異議がないようですので、諮問第５号は原案のとおり承認します。\n"
)


def _minutes(header: str, body: str = _BODY) -> dict:
    return parse_minutes("楓浜町個人情報保護審議会　会議録\n\n" + header + "\n\n" + body)


# --- header: labels of two known shapes at once ---------------------------------------------


def test_two_notes_after_a_list_label_on_a_summary_line() -> None:
    header = (
        "◆ 日時　令和６年８月６日（火）午後２時～３時　◆ 場所　楓浜町役場　別館会議室"
        "　◆ 出席委員（５名）（五十音順）　委員長 井守 直人、委員 江頭 玲、委員 小曽根 真"
        "、委員 貴船 悠、委員 末永 翠"
    )
    r = _minutes(header)
    assert r["meeting"]["place"] == "楓浜町役場 別館会議室"
    assert r["members_present"] == ["井守直人", "江頭玲", "小曽根真", "貴船悠", "末永翠"]


def test_letter_spaced_label_after_a_circle() -> None:
    header = (
        "○会議名　　第２回楓浜町個人情報保護審議会\n"
        "○日　時　　令和６年８月６日（火）午後２時～午後３時\n"
        "○場　所　　楓浜町役場　別館会議室\n"
        "○出席委員　井守 直人、江頭 玲"
    )
    r = _minutes(header)
    assert r["meeting"]["title"] == "第2回楓浜町個人情報保護審議会"
    assert r["meeting"]["place"] == "楓浜町役場 別館会議室"
    assert r["meeting"]["start_time"] == "14:00"


def test_an_unlisted_label_row_does_not_continue_the_place() -> None:
    header = (
        "日時：令和６年８月６日（火）午後２時～午後３時\n"
        "場所：楓浜町役場　別館会議室\n"
        "会議の形式：対面とオンラインの併用\n"
        "出席委員：井守 直人、江頭 玲"
    )
    assert _minutes(header)["meeting"]["place"] == "楓浜町役場 別館会議室"


def test_a_spaced_label_run_into_its_value_opens_its_own_row() -> None:
    header = (
        "開 催 日 時　令和６年８月６日（火）　14時00分～15時00分\n"
        "開 催 場 所　楓浜町役場　別館会議室\n"
        "出 席 委 員　７名中５名\n"
        "　　　　　　　委員長　井守 直人\n"
        "　　　　　　　委　員　江頭 玲、小曽根 真、貴船 悠、末永 翠\n"
        "欠 席 委 員　２名"
    )
    r = _minutes(header)
    assert r["meeting"]["place"] == "楓浜町役場 別館会議室"
    assert "井守直人" in r["members_present"]


def test_an_unlisted_label_after_a_list_mark_is_read_by_its_words() -> None:
    header = (
        "▼日時：令和６年８月６日（火）14:00-15:00　▼場所：楓浜町役場　別館会議室"
        "　▼傍聴の扱い：公開（傍聴人２名）"
    )
    r = _minutes(header)
    assert r["meeting"]["place"] == "楓浜町役場 別館会議室"
    assert r["meeting"]["public_attendance"] is True


def test_the_agenda_label_keeps_the_gap_before_its_first_number() -> None:
    header = (
        "○日時　令和６年８月６日（火）午後２時～午後３時　○場所　楓浜町役場　別館会議室\n"
        "○会議次第　１ 開会　２ 諮問事項　(1) 住民票の写しのコンビニ交付について【市民課】"
        "　３ 閉会\n"
        "○審議内容\n"
        "１ 開会　委員長あいさつの後、会議の成立が報告された。\n"
        "２ 諮問事項\n"
        "(1) 住民票の写しのコンビニ交付について【市民課】　市民課長から説明があった。"
        "審議の結果、原案のとおり承認された。\n"
        "３ 閉会"
    )
    r = parse_minutes("楓浜町個人情報保護審議会　要録\n\n" + header)
    assert [(i["title"], i["department"], i["outcome"]) for i in r["items"]] == [
        ("住民票の写しのコンビニ交付について", "市民課", "approved")
    ]


# --- HTML: a value cell written as paragraphs ---------------------------------------------


def test_paragraphs_in_a_value_cell_stay_one_row() -> None:
    page = (
        "<html><body><table>"
        "<tr><th>日時</th><td>令和6年8月6日 14時00分から15時00分</td></tr>"
        "<tr><th>案件</th><td>\n<p>（審議事項）</p>\n"
        "<p>諮問第5号&nbsp;住民票の写しのコンビニ交付について〔市民課〕</p>\n"
        "<p>（報告事項）</p>\n<p>公文書の管理状況について〔総務課〕</p>\n</td></tr>"
        "</table><h2>会議の経過</h2>"
        "<h3>諮問第5号&nbsp;住民票の写しのコンビニ交付について〔市民課〕</h3>"
        "<p>◆会長　説明をお願いします。</p><p>◆市民課長　委託先を変更します。</p>"
        "<p>◆会長　原案のとおり承認といたします。</p>"
        "<h3>公文書の管理状況について〔総務課〕</h3>"
        "<p>◆総務課長　管理状況を報告します。</p>"
        "<p>◆会長　報告のとおり了承いたします。</p></body></html>"
    )
    r = parse_minutes(page)
    assert [(i["kind"], i["title"], i["outcome"]) for i in r["items"]] == [
        ("consultation", "住民票の写しのコンビニ交付について", "approved"),
        ("report", "公文書の管理状況について", "approved"),
    ]


def test_a_page_laid_out_in_one_table_cell_keeps_its_paragraphs_apart() -> None:
    page = (
        "<table><tr><td>くらし・手続き 子育て・教育 健康・福祉 まちづくり</td><td>"
        "<p>一つ目の段落です。</p><p>二つ目の段落です。</p></td></tr></table>"
    )
    text = html_to_text(page)
    assert "一つ目の段落です。\n\n二つ目の段落です。" in text
    label_row = html_to_text(
        "<table><tr><th>議題</th><td><p>(1) 一つ目</p><p>(2) 二つ目</p></td></tr></table>"
    )
    assert "議題\t(1) 一つ目\n(2) 二つ目" in label_row


# --- items: an ordinal that names another entry ---------------------------------------------


def test_a_worded_ordinal_names_its_own_entry_not_a_bare_one() -> None:
    header = (
        "日時：令和６年８月６日（火）午後２時～午後３時\n"
        "場所：楓浜町役場　別館会議室\n"
        "次第：\n"
        "　１　開会\n"
        "　２　前回会議録の確認\n"
        "　３　審議\n"
        "　　案件１　諮問第５号　住民票の写しのコンビニ交付について（市民課）\n"
        "　　案件２　諮問第６号　窓口予約システムの導入について（市民課）\n"
        "　４　閉会"
    )
    body = (
        "会議の経過\n\n"
        "○委員長　前回の会議録は、案のとおり確定といたします。\n"
        "案件１　諮問第５号　住民票の写しのコンビニ交付について（市民課）\n"
        "○委員長　説明をお願いします。\n"
        "○市民課長　委託先を変更します。\n"
        "○委員長　諮問第５号は原案のとおり承認します。\n"
        "案件２　諮問第６号　窓口予約システムの導入について（市民課）\n"
        "○委員長　説明をお願いします。\n"
        "○市民課長　予約の受付を外部のシステムで行います。\n"
        "○委員長　諮問第６号は継続審議といたします。\n"
    )
    r = _minutes(header, body)
    items = [(i["kind"], i["number"], i["department"]) for i in r["items"]]
    assert items[0][0] == "confirmation" and items[0][2] is None
    assert [i["number"] for i in r["items"][1:]] == ["諮問第5号", "諮問第6号"]
    assert r["items"][2]["outcome"] == "continued"


# --- outcomes and opinions ----------------------------------------------------------------


def test_a_decision_tag_read_out_inside_a_turn_decides_the_item() -> None:
    body = (
        "会議の経過\n\n諮問第５号　住民票の写しのコンビニ交付について\n"
        "■委員長\n　論点を整理します。事務局から結論を読み上げてください。\n"
        "■事務局\n"
        "　結論　次の条件を付して承認する。\n"
        "　条件　委託先での作業を庁舎内に限り、作業記録を毎月提出させること。\n"
        "■委員長\n　以上でよろしいですか。\n"
        "（「異議なし」の声あり）\n"
    )
    header = "日時：令和６年８月６日（火）午後２時～午後３時\n議題：諮問第５号　住民票の写しのコンビニ交付について"
    item = _minutes(header, body)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "委託先での作業を庁舎内に限り、作業記録を毎月提出させること。"


def test_an_opinion_announced_then_read_out_in_quotes() -> None:
    body = (
        "会議の経過\n\n諮問第５号　住民票の写しのコンビニ交付について\n"
        "〈委員長〉\n　それでは、附帯意見の文案を申し上げます。\n"
        "　「なお、委託先の作業場所を年に一度は実地で確認するよう留意されたい。」\n"
        "　この附帯意見を付して承認としてよろしいでしょうか。\n"
        "（異議なし）\n"
        "〈委員長〉\n　では、附帯意見を付して承認とします。\n"
    )
    header = "日時：令和６年８月６日（火）午後２時～午後３時\n議題：諮問第５号　住民票の写しのコンビニ交付について"
    item = _minutes(header, body)["items"][0]
    assert item["outcome"] == "approved_with_opinion"
    assert item["opinion"] == "なお、委託先の作業場所を年に一度は実地で確認するよう留意されたい。"


def test_an_opinion_asked_to_be_read_is_taken_from_the_reading() -> None:
    body = (
        "会議の経過\n\n諮問第５号　住民票の写しのコンビニ交付について\n"
        "〈委員長〉\n　意見が出ましたので、事務局で附帯意見を朗読してください。\n"
        "〈事務局〉\n　朗読します。「なお、保存期間の経過後は速やかに消去するよう留意されたい。」"
        "以上でございます。\n"
        "〈委員長〉\n　ただいまの附帯意見を付して承認することにご異議ございませんか。\n"
        "（異議なし）\n"
    )
    header = "日時：令和６年８月６日（火）午後２時～午後３時\n議題：諮問第５号　住民票の写しのコンビニ交付について"
    item = _minutes(header, body)["items"][0]
    assert item["opinion"] == "なお、保存期間の経過後は速やかに消去するよう留意されたい。"


def test_a_ruling_narrated_after_what_was_done_first() -> None:
    header = (
        "日時：令和６年８月６日（火）午後２時～午後３時\n"
        "議題：１　前回会議録の確認\n"
        "　　　２　諮問第５号　住民票の写しのコンビニ交付について（市民課）"
    )
    body = (
        "会議の経過\n\n"
        "１　前回会議録の確認\n"
        "○事務局　前回の会議録の案をお送りしております。\n"
        "○委員　２ページに誤字があります。\n"
        "○事務局　直します。その他に意見はなく、前回の会議録は字句を改めたうえで、"
        "原案のとおり承認された。\n"
        "２　諮問第５号　住民票の写しのコンビニ交付について（市民課）\n"
        "○委員長　説明をお願いします。\n"
        "○市民課長　委託先を変更します。\n"
        "○委員長　諮問第５号は原案のとおり承認します。\n"
    )
    r = _minutes(header, body)
    assert [(i["kind"], i["outcome"]) for i in r["items"]] == [
        ("confirmation", "approved"),
        ("consultation", "approved"),
    ]
