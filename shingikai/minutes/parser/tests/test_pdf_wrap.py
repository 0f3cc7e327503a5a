"""Lines a PDF broke at its text column, and page breaks inside them (issue 11's PDF family),
on invented minutes: the parse of the broken text is the parse of the text as written."""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._layout import speaker_parts
from shingikai.minutes.parser._rejoin import rejoin_pdf_lines, wrap_width
from shingikai.minutes.parser.tests.relayout import wrap_at, wrap_printed

# Written with one line per header row, agenda entry, turn and paragraph.
WRITTEN = (
    "令和7年度第4回みずならの里市個人情報保護審議会会議録\n"
    "\n"
    "日時：令和7年9月24日（水）午前10時00分から午前11時45分まで\n"
    "場所：みずならの里市役所本庁舎東館4階 第2会議室（オンライン併用）\n"
    "出席委員：栗栖 奈緒子（会長）、鳩山谷 恵一郎（副会長）、浅葱 陽菜、"
    "小比類巻 太郎、真壁 さくら、東雲寺 健吾\n"
    "欠席委員：御手洗 弥生、五月女 博之\n"
    "傍聴者：2名\n"
    "議題\n"
    "(1) 諮問第12号 放課後児童クラブ入会申請のオンライン受付における外部サービスの利用について"
    "（こども育成課）\n"
    "(2) 諮問第13号 市営住宅家賃の口座振替データの委託先への提供について（住宅政策課）\n"
    "\n"
    "審議の経過\n"
    "(1) 諮問第12号 放課後児童クラブ入会申請のオンライン受付における外部サービスの利用について"
    "（こども育成課）\n"
    "○こども育成課長 放課後児童クラブの入会申請を、外部のフォーム作成サービスで受け付けたいと"
    "考えております。保存先は国内のデータセンターで、申請の締切後三か月で削除いたします。\n"
    "○浅葱委員 削除したことは、どのように確かめるのですか。\n"
    "○こども育成課長 事業者から削除の証明書を提出させ、課で保管いたします。\n"
    "○栗栖会長 それでは、次の意見を付して承認することとします。\n"
    "附帯意見：申請の締切後に削除したことを事業者の証明書で確認し、その記録を五年間保存する"
    "こと。\n"
    "(2) 諮問第13号 市営住宅家賃の口座振替データの委託先への提供について（住宅政策課）\n"
    "○住宅政策課長 口座振替の依頼データを、収納代行事業者に提供するものでございます。\n"
    "○栗栖会長 ご意見がなければ、原案のとおり承認することとします。\n"
)


def _paged(text: str, every: int) -> str:
    """A page number and a running header after every ``every`` lines."""
    lines = text.split("\n")
    out: list[str] = []
    for start in range(0, len(lines), every):
        out += lines[start : start + every]
        out += [f"- {start // every + 1} -", "\f審議会会議録", ""]
    return "\n".join(out)


def _fields(parsed: dict) -> dict:
    return {
        "meeting": parsed["meeting"],
        "present": parsed["members_present"],
        "absent": parsed["members_absent"],
        "items": [
            {k: i[k] for k in ("number", "title", "department", "kind", "outcome", "opinion")}
            for i in parsed["items"]
        ],
    }


EXPECTED = _fields(parse_minutes(WRITTEN))


def test_the_written_text_parses_as_labelled() -> None:
    """The reference the broken texts are compared with is itself right."""
    place = "みずならの里市役所本庁舎東館4階 第2会議室(オンライン併用)"
    assert EXPECTED["meeting"]["place"] == place
    assert len(EXPECTED["present"]) == 6 and len(EXPECTED["absent"]) == 2
    first, second = EXPECTED["items"]
    assert first["title"] == (
        "放課後児童クラブ入会申請のオンライン受付における外部サービスの利用について"
    )
    assert first["department"] == "こども育成課" and first["outcome"] == "approved_with_opinion"
    assert first["opinion"].startswith("申請の締切後に") and first["opinion"].endswith("こと。")
    assert second["number"] == "諮問第13号" and second["outcome"] == "approved"


@pytest.mark.parametrize("width", [24, 30, 36, 40, 45])
def test_lines_broken_at_the_column_width_are_read_as_written(width: int) -> None:
    """A wrapped place, a member list broken inside a name, an agenda title broken mid-word,
    an opinion running over three lines."""
    broken = wrap_at(WRITTEN, width)
    assert broken.count("\n") >= WRITTEN.count("\n") + 5
    assert _fields(parse_minutes(broken)) == EXPECTED


@pytest.mark.parametrize("half_cells", [60, 72, 80])
def test_lines_broken_at_a_printed_width_are_read_as_written(half_cells: int) -> None:
    """Half-width digits and letters make lines of one printed width differ in length."""
    text = WRITTEN.replace("10時00分", "10:00").replace("11時45分", "11:45")
    broken = wrap_printed(text, half_cells)
    lengths = {len(ln) for ln in broken.split("\n") if len(ln) >= half_cells // 2 - 1}
    assert len(lengths) > 1  # not one length: the width is told by print, not characters
    assert _fields(parse_minutes(broken)) == _fields(parse_minutes(text))
    assert _fields(parse_minutes(broken))["present"] == EXPECTED["present"]


@pytest.mark.parametrize(("width", "every"), [(30, 12), (36, 9), (40, 7)])
def test_page_breaks_inside_broken_lines(width: int, every: int) -> None:
    """A page number and a running header between two halves of a sentence, a list, a title."""
    broken = _paged(wrap_at(WRITTEN, width), every)
    assert _fields(parse_minutes(broken)) == EXPECTED


def test_page_break_inside_an_opinion_of_unbroken_text() -> None:
    """Text typed as paragraphs, the page ending in the middle of the opinion's sentence."""
    head, tail = WRITTEN.split("その記録を")
    paged = f"{head}\n\n- 2 -\n\f審議会会議録\n\nその記録を{tail}"
    assert _fields(parse_minutes(paged)) == EXPECTED


def _rejoin(lines: list[str]) -> list[str]:
    return rejoin_pdf_lines(lines, is_turn=lambda s: speaker_parts(s) is not None)


# Four full lines of 20 characters make 20 the width of the text column.
_FULL = [
    "委員から保存期間について質問があり、担当",
    "課から三年間である旨の回答があった。また",
    "委託先の監督について意見があり、契約書に",
    "監査の条項を設ける旨の回答があったところ",
    "である。",
]


def test_a_paragraph_broken_at_the_width_is_one_line_again() -> None:
    assert wrap_width(_FULL) == 20
    assert _rejoin(_FULL) == ["".join(_FULL)]


@pytest.mark.parametrize(
    "nxt",
    [
        "場所：市役所本庁舎3階 第1会議室",  # a new header field
        "○会長 それでは採決に入ります。",  # a speaker
        "欠席委員",  # a header label alone on its line
        "2 場  所  市役所本庁舎3階 第1会議室",  # numbered and letter-spaced
        "説 明 者  税務課長、納税課長",
    ],
)
def test_a_full_line_is_not_joined_to_a_field_or_a_turn(nxt: str) -> None:
    lines = [*_FULL[:4], nxt]
    assert _rejoin(lines) == ["".join(_FULL[:4]), nxt]


@pytest.mark.parametrize("nxt", ["(2) 保存期間を定めること。", "- 保存期間は何年ですか。"])
def test_a_numbered_entry_after_a_finished_sentence_stays_apart(nxt: str) -> None:
    lines = [*_FULL[:3], "監査の条項を設けることとなっております。", nxt]
    assert len(lines[3]) == 20
    assert _rejoin(lines)[-1] == nxt


def test_a_bare_label_inside_a_line_of_marked_fields_is_a_value() -> None:
    """「☆会議の公開」 broken before its value 「公開」: the value is not a new field."""
    lines = [
        "☆会議名 令和7年度第1回審議会 ☆日時 令和7年5月8日 ☆会議の",
        "公開 公開 ☆傍聴者 なし",
        *_FULL,
    ]
    width = len(lines[0])
    lines[2:] = ["あ" * width] * 4
    assert wrap_width(lines) == width
    assert _rejoin(lines)[0] == lines[0] + lines[1]


def test_numbered_entries_stay_apart_and_a_broken_one_is_joined() -> None:
    entries = [
        "3 諮問第101号 住民票の写し等の第三者請求に関する本人通知制度の見直しについ",
        "て(戸籍住民課)",
        "4 諮問第102号 区民健診の結果データの研究機関への提供について(健康推進課)",
        "5 閉会",
    ]
    width = len(entries[0])
    assert len(entries[2]) == width
    lines = ["あ" * width] * 4 + ["おわり。", *entries]
    assert _rejoin(lines)[-3:] == [entries[0] + entries[1], entries[2], entries[3]]


def test_names_one_per_line_and_short_headings_stay_apart() -> None:
    """Short lines are never joined: they do not fill the column."""
    lines = [*_FULL, "出席委員", "栗栖 奈緒子", "浅葱 陽菜", "その他", "閉会"]
    assert _rejoin(lines)[1:] == lines[5:]


def test_entries_laid_out_alike_stay_apart() -> None:
    """Agenda entries that happen to fill the column are the next entry, not a continuation."""
    entries = [
        " 第1号議案 保育所入所選考システムの更新について",
        " 第2号議案 図書館の督促業務の委託について(図書館)",
        " 第3号議案 会議録の承認について",
    ]
    width = len(entries[1])
    lines = ["あ" * width] * 4 + ["おわり。", *entries]
    assert wrap_width(lines) == width
    assert _rejoin(lines)[-3:] == entries


def test_text_typed_as_paragraphs_is_unchanged() -> None:
    lines = WRITTEN.split("\n")
    assert wrap_width(lines) is None
    assert _rejoin(lines) == lines


def test_a_table_padded_into_columns_is_not_a_text_column() -> None:
    rows = [f"　　諮問第{n}号　　タイトル{n}について　　　　担当課{n}" for n in range(1, 7)]
    assert wrap_width(rows) is None
