"""Issue 11: what the parser knows holds in every context it knows (bench/perturb.py, sub-*).

The wording-substitution columns of ``bench/perturb.py`` swap a word of the development
corpora for another the parser already lists as meaning the same (a label's synonym, a
speaker's mark, another wording of the same ruling). Each loss they showed was a rule that
honoured an alternative only in the layout it was first seen in; each test below invents a
document (other municipalities, people and words than the corpora) that puts the
alternative in the other context, and failed before the rule was shared.
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._labels import label_field

_HEADER = (
    "会議名｜第2回北野町個人情報保護審議会\n"
    "開催日時｜令和6年5月1日（水）午前10時から11時まで\n"
    "開催場所｜北野町役場　第1会議室\n"
    "{members}\n"
    "欠席委員｜なし\n"
    "議題｜１　諮問第3号　図書館システムの更新について（生涯学習課）\n"
)
_BODY = "\n会議の経過\n○会長　異議がないようですので、諮問第3号は承認とします。\n"
_NAMES = ["青山一郎", "井上二郎", "上田三郎", "江口四郎", "小野五郎"]


# --- a list's label with its note is the same label, before any separator --------------


@pytest.mark.parametrize(
    "note", ["（5名）", "（五名）", "（敬称略）", "（五十音順・敬称略）", "(順不同)"]
)
@pytest.mark.parametrize("separator", ["｜", "：", "\t", "　"])
def test_member_label_with_note_before_any_separator(note: str, separator: str) -> None:
    names = "会長　青山 一郎、委員　井上 二郎、上田 三郎、江口 四郎、小野 五郎"
    members = f"出席委員{note}{separator}{names}"
    parsed = parse_minutes(_HEADER.format(members=members) + _BODY)
    assert parsed["members_present"] == _NAMES
    assert parsed["meeting"]["place"] == "北野町役場 第1会議室"


@pytest.mark.parametrize(
    ("cell", "field"),
    [
        ("出席委員(9名)", "attendance"),
        ("【欠席者(2名)】", "absent"),
        ("事務局(順不同)", "secretariat"),
        ("説明員(敬称略)", "staff"),
        # a note after a label that is no list says nothing about the label
        ("会議名(9名)", None),
        ("日時(予定)", None),
    ],
)
def test_label_field_reads_a_list_label_with_its_note(cell: str, field: str | None) -> None:
    assert label_field(cell) == field


# --- a narrated ruling: by whom, as worded or with what attached, whatever its subject -----


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("報告は原案のとおり了承された。", "approved"),
        ("本件は、報告のとおり承認されました。", "approved"),
        ("報告第2号は、各委員から了承された。", "approved"),
        ("諮問第5号は委員全員により原案どおり承認された。", "approved"),
        ("本諮問は、附帯意見を付して承認された。", "approved_with_opinion"),
        ("諮問第5号は、委員の多数により否決された。", "rejected"),
    ],
)
def test_narrated_ruling_whatever_stands_between_subject_and_verb(
    sentence: str, outcome: str
) -> None:
    text = (
        "南浦村情報公開・個人情報保護審議会　会議要録\n"
        "日時：令和5年2月7日（火）14時00分～15時00分\n"
        "議題：(1) 諮問第5号　住民健診の受診勧奨の委託について（健康づくり課）\n"
        "　　　(2) 報告第2号　公文書開示請求の状況について（総務課）\n\n"
        "審議の概要\n"
        "(1) 諮問第5号　住民健診の受診勧奨の委託について\n"
        "健康づくり課）受診勧奨の通知の作成と発送を事業者に委託するもの。\n"
        "委員）委託先での保管期間はどうなるのか。\n"
        "健康づくり課）発送後30日で消去させる。\n"
        + (
            sentence
            if "報告" not in sentence[:3] and "第2号" not in sentence
            else "本件は異議なく承認された。"
        )
        + "\n(2) 報告第2号　公文書開示請求の状況について\n"
        "総務課）令和4年度の請求は31件であった。\n"
        + (sentence if "報告" in sentence[:3] or "第2号" in sentence else "報告は了承された。")
        + "\n"
    )
    items = parse_minutes(text)["items"]
    index = 1 if "報告" in sentence[:3] or "第2号" in sentence else 0
    assert items[index]["outcome"] == outcome


# --- every ordinal shape the agenda counts with also leads a header sub-list and a section --


def _grouped_attendance(one: str, two: str) -> str:
    return (
        "西野原村個人情報保護審議会会議録\n\n"
        "１　開催日時　令和４年１１月８日（火）午前１０時から午前１１時まで\n"
        "２　開催場所　西野原村役場　大会議室\n"
        "３　出 席 者\n"
        f"　{one}委員（３名）\n"
        "　　会長　　　　　　　白石　誠（学識経験者）\n"
        "　　委員　　　　　　　黒田　由美（村民公募）\n"
        "　　委員　　　　　　　赤井　徹（人権擁護委員）\n"
        f"　{two}事務局　　総務課長　青木　聡\n"
        "４　欠席委員　　なし\n\n"
        "会議の経過\n○会長　開会します。\n"
    )


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("①　", "②　"),
        ("⑴　", "⑵　"),
        ("❶　", "❷　"),
        ("第1　", "第2　"),
        ("1)　", "2)　"),
        ("ア　", "イ　"),
        ("1.　", "2.　"),
    ],
)
def test_attendance_sub_lists_counted_in_any_shape(one: str, two: str) -> None:
    parsed = parse_minutes(_grouped_attendance(one, two))
    assert parsed["members_present"] == ["白石誠", "黒田由美", "赤井徹"]


_SECTIONED = (
    "会議の名称\t令和5年度第2回東浜市個人情報保護審議会\n"
    "開催日時\t令和5年9月1日(金) 午後2時00分～3時00分\n"
    "会議次第\t{a} 会長挨拶 {b} 諮問審議 ・令和5年度諮問第3号 「窓口予約システムの利用」(市民課) "
    "{c} その他\n"
    "会 議 経 過\n"
    "{a} 会長挨拶 本日もよろしくお願いします。\n\n"
    "{b} 諮問審議\n\n"
    "○「窓口予約システムの利用」について、諮問どおり行うことを「可」とする。\n"
    "市民課から説明があった。\n\n"
    "{c} その他\nなし。\n"
)


@pytest.mark.parametrize(
    "leads", [("①", "②", "③"), ("⑴", "⑵", "⑶"), ("ア", "イ", "ウ"), ("(ア)", "(イ)", "(ウ)")]
)
def test_a_section_heading_counted_in_any_shape_is_no_item(leads: tuple[str, str, str]) -> None:
    a, b, c = leads
    items = parse_minutes(_SECTIONED.format(a=a, b=b, c=c))["items"]
    assert [(i["number"], i["title"], i["outcome"]) for i in items] == [
        ("令和5年度諮問第3号", "窓口予約システムの利用", "approved")
    ]


# --- a worded ordinal names its item, not the same characters inside a number ---------------


def test_a_worded_ordinal_is_not_found_inside_an_item_number() -> None:
    text = (
        "桐生台町個人情報保護審議会　会議録\n\n"
        "開催日時：令和６年６月２０日（木）　13:30～15:00\n"
        "会議次第：\n"
        "　１．開会\n"
        "　２．議事\n"
        "　　第1　諮問第２号　「水道料金の口座振替データの外部保管について」（上下水道課）\n"
        "　　第2　諮問第３号　「放課後児童クラブの入所申請の電子化について」（子ども課）\n"
        "　　第3　報告第１号　「第1回会議の会議録の公表について」（総務課）\n"
        "　３．閉会\n\n"
        "議事の経過\n\n"
        "《会長》\n本日の議事に入ります。諮問第２号について、上下水道課から説明をお願いします。\n\n"
        "《上下水道課長》\n口座振替のデータを外部の事業者に保管させるものです。\n\n"
        "《会長》\nそれでは、諮問第２号は原案のとおり承認します。\n\n"
        "《会長》\n次に、諮問第３号について、子ども課から説明をお願いします。\n\n"
        "《子ども課長》\n入所申請を電子申請でも受け付けるものです。\n\n"
        "《会長》\nそれでは、諮問第３号は、継続審議とします。\n\n"
        "《会長》\n次に、報告第１号について、事務局から報告をお願いします。\n\n"
        "《事務局》\n第1回会議の会議録を公表しました。\n\n"
        "《会長》\nただいまの報告について、了承といたします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第2号", "approved"),
        ("諮問第3号", "continued"),
        ("報告第1号", "approved"),
    ]


# --- a number spaced by a typist or a PDF is the same number to every rule ------------------


@pytest.mark.parametrize("space", ["", " ", "　"])
def test_a_spaced_number_in_a_table_reference(space: str) -> None:
    text = (
        "鶴見町個人情報保護審議会　会議録\n\n"
        "日時                      令和6年5月1日（水）午前10時から11時まで\n"
        f"議題                      1 諮問第{space}21号から第22号まで（別表のとおり）\n\n"
        "別表\n"
        f"諮問第{space}21号    図書館システムの更新について          生涯学習課\n"
        f"諮問第{space}22号    防犯カメラの設置について              危機管理課\n\n"
        "会議の経過\n"
        f"○会長　諮問第{space}21号は、原案のとおり承認します。\n"
        f"○会長　諮問第{space}22号は、継続審議とします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["title"], i["department"], i["outcome"]) for i in items] == [
        ("諮問第21号", "図書館システムの更新について", "生涯学習課", "approved"),
        ("諮問第22号", "防犯カメラの設置について", "危機管理課", "continued"),
    ]


# --- a decision block's label in any bracket pair -------------------------------------------


_BLOCKS = (
    "松ヶ枝市個人情報保護審議会　会議要録\n\n"
    "日時：令和4年10月4日（火）午後2時～午後3時30分\n"
    "議題：(1) 諮問第8号　児童館の入館管理システムの導入について（こども課）\n"
    "　　　(2) 諮問第9号　市営駐輪場の定期利用者情報の委託管理について（交通政策課）\n\n"
    "審議の概要\n"
    "(1) 諮問第8号　児童館の入館管理システムの導入について\n"
    "（こども課）入館時にカードをかざして記録するもの。\n"
    "（委員）保護者への通知はどう行うのか。\n"
    "{o}審議結果{c}\n"
    "附帯意見を付して承認\n"
    "{o}附帯意見{c}\n"
    "記録の保存期間を定め、保護者に周知されたい。\n"
    "(2) 諮問第9号　市営駐輪場の定期利用者情報の委託管理について\n"
    "（交通政策課）定期利用の申込みを事業者が受け付けるもの。\n"
    "{o}結論{c}\n"
    "継続審議\n"
)


@pytest.mark.parametrize(
    ("o", "c"), [("【", "】"), ("〈", "〉"), ("《", "》"), ("〔", "〕"), ("〖", "〗"), ("⟪", "⟫")]
)
def test_decision_block_labels_in_any_bracket_pair(o: str, c: str) -> None:
    items = parse_minutes(_BLOCKS.format(o=o, c=c))["items"]
    assert [(i["number"], i["outcome"], i["opinion"]) for i in items] == [
        ("諮問第8号", "approved_with_opinion", "記録の保存期間を定め、保護者に周知されたい。"),
        ("諮問第9号", "continued", None),
    ]


def test_a_bracketed_view_is_no_decision_block() -> None:
    """〔意見〕 before a member's words is the discussion, not the council's opinion."""
    text = _BLOCKS.format(o="【", c="】").replace(
        "（委員）保護者への通知はどう行うのか。",
        "〔意見〕委員：保護者への通知は分かりやすくしてほしい。",
    )
    items = parse_minutes(text)["items"]
    assert items[0]["opinion"] == "記録の保存期間を定め、保護者に周知されたい。"


_RESULT_TABLE = (
    "白波町個人情報保護審議会　会議録\n\n"
    "日時：令和5年3月9日（木）10時00分～11時00分\n"
    "議題：1　諮問第3号　国民健康保険の資格確認書の郵送委託について（保険年金課）\n"
    "　　　2　諮問第4号　図書館の予約連絡メールの導入について（図書館）\n\n"
    "会議の経過\n"
    "1　諮問第3号　国民健康保険の資格確認書の郵送委託について\n"
    "○保険年金課長　郵送を事業者に委託するものです。\n"
    "2　諮問第4号　図書館の予約連絡メールの導入について\n"
    "○図書館長　予約の連絡をメールでも行うものです。\n\n"
    "{o}審議結果{c}\n"
    "番号　　　　　結果\n"
    "諮問第3号　　承認\n"
    "諮問第4号　　継続審議\n"
)


@pytest.mark.parametrize(("o", "c"), [("【", "】"), ("《", "》"), ("〈", "〉"), ("〘", "〙")])
def test_a_result_table_headed_in_any_bracket_pair(o: str, c: str) -> None:
    items = parse_minutes(_RESULT_TABLE.format(o=o, c=c))["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第3号", "approved"),
        ("諮問第4号", "continued"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"), [("継続審議", None), ("継続審査", None), ("諮問審議", "consultation")]
)
def test_a_verdict_alone_is_no_section_heading(text: str, kind: str | None) -> None:
    from shingikai.minutes.parser._agenda import section_kind

    assert section_kind(text) == kind


# --- a kind word and a title on one heading: the department in any bracket pair ------------


@pytest.mark.parametrize(
    ("o", "c"), [("（", "）"), ("〔", "〕"), ("【", "】"), ("［", "］"), ("《", "》")]
)
def test_a_titled_section_heading_with_its_department_in_any_bracket(o: str, c: str) -> None:
    text = (
        "会議の名称\t令和3年度第1回石岡村個人情報保護審議会\n"
        "開催日時\t令和3年7月6日（火）午前10時～午前11時\n"
        "会議の内容\n"
        "(1) 諮問第2号　消防団員の出動記録のクラウド化について（消防課）\n\n"
        "◯会長　消防課から説明をお願いします。\n\n"
        "◯消防課長　出動記録を事業者のクラウドに保存するものです。\n\n"
        "◯会長　原案のとおり承認といたします。\n\n"
        f"(2) 報告　個人情報の開示請求の状況について{o}住民課{c}\n\n"
        "◯住民課長　今年度の開示請求は4件でした。\n\n"
        "◯会長　報告のとおり了承いたします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["kind"], i["title"], i["department"], i["outcome"]) for i in items] == [
        (
            "諮問第2号",
            "consultation",
            "消防団員の出動記録のクラウド化について",
            "消防課",
            "approved",
        ),
        ("(2)", "report", "個人情報の開示請求の状況について", "住民課", "approved"),
    ]


# --- a PDF's broken lines: a field numbered ① starts its own line, as 1. and (1) do ----------


def test_circled_field_numbers_start_their_own_line_when_rejoining() -> None:
    from shingikai.minutes.parser.tests.relayout import wrap_at

    header = (
        "令和5年度第3回若草町個人情報保護審議会　会議録\n\n"
        "①会議名　令和5年度第3回若草町個人情報保護審議会（定例会）\n"
        "②日時　令和5年11月21日（火）午後1時30分から午後3時まで\n"
        "③場所　若草町役場本庁舎2階　大会議室\n"
        "④出席委員（4名）\n"
        "　会長　　　東山　光一\n　委員　　　西川　礼子\n"
        "　委員　　　南野　大輔\n　委員　　　北原　早苗\n\n"
        "会議の経過\n"
    )
    body = (
        "○会長　定刻となりましたので、ただいまから令和5年度第3回若草町個人情報保護審議会を開会"
        "いたします。本日は委員4名全員にご出席いただいておりますので会議は成立しております。\n"
        "○総務課長　本日の議題は、住民基本台帳の閲覧記録の電子化についてでございます。閲覧の"
        "申出書を電子的に保存し、保存期間の満了後に消去することとしております。\n"
    )
    parsed = parse_minutes(wrap_at(header + body, 30))
    meeting = parsed["meeting"]
    assert meeting["title"] == "令和5年度第3回若草町個人情報保護審議会(定例会)"
    assert (meeting["date"], meeting["start_time"], meeting["end_time"]) == (
        "2023-11-21",
        "13:30",
        "15:00",
    )
    assert meeting["place"] == "若草町役場本庁舎2階 大会議室"
    assert parsed["members_present"] == ["東山光一", "西川礼子", "南野大輔", "北原早苗"]


def test_an_indented_result_table() -> None:
    text = "\n".join(
        "　" + line if line else line for line in _RESULT_TABLE.format(o="【", c="】").split("\n")
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第3号", "approved"),
        ("諮問第4号", "continued"),
    ]


# --- a letter-spaced label alone on its line is the whole label -----------------------------


@pytest.mark.parametrize("label", ["出席委員", "出 席 委 員", "出　席　委　員"])
def test_a_letter_spaced_list_label_alone_on_its_line(label: str) -> None:
    text = (
        "会議名\n\n令和5年度第1回青谷町個人情報保護審議会\n\n"
        "開催場所\n\n青谷町役場　大会議室\n\n"
        f"{label}\n\n山田　一郎（会長）、川上　二郎、森　三子（敬称略、順不同）\n\n"
        "欠席委員\n\nなし\n\n会議の経過\n○会長　開会します。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["members_present"] == ["山田一郎", "川上二郎", "森三子"]
    assert parsed["meeting"]["place"] == "青谷町役場 大会議室"
