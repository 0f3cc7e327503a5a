"""Rule-level tests: each general rule on phrasings and layouts beyond the fixture documents.

The fixture documents (``docs/``) test whole layouts; these tests pin the vocabulary and the
small decisions the layouts rely on, with wording that none of the fixtures uses.
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._agenda import parse_agenda, split_entry
from shingikai.minutes.parser._header import parse_header
from shingikai.minutes.parser._html import html_to_text, looks_like_html
from shingikai.minutes.parser._labels import is_body_marker
from shingikai.minutes.parser._normalize import normalize_chars, sentences
from shingikai.minutes.parser._outcome import classify
from shingikai.minutes.parser._tables import classify_verdict, result_rows

OUTCOMES = {
    "approved": [
        "諮問のとおり承認する。",
        "原案のとおり了承された。",
        "本件は了とする。",
        "可とすることに決定した。",
        "妥当であると認める。",
        "差し支えないものと認める。",
        "諮問どおり実施することを認める。",
        "原案のとおり。",
        "原案のとおり可決した。",
    ],
    "rejected": [
        "不承認とする。",
        "実施することは認められない。",
        "適当でないと判断した。",
        "妥当ではないとの結論に至った。",
        "実施を認めないこととした。",
        "本件は承認できない。",
    ],
    "continued": [
        "継続審議とする。",
        "結論を次回に持ち越すこととした。",
        "改めて審議することとした。",
        "再審議とする。",
    ],
    "conditional": ["条件付きで承認とした。", "記録を残すことを条件として承認する。"],
    "approved_with_opinion": [
        "意見を付して承認とした。",
        "要望を付して承認する。",
        "なお、記録の管理に留意されたい。",
    ],
}


@pytest.mark.parametrize(
    ("text", "outcome"), [(t, o) for o, texts in OUTCOMES.items() for t in texts]
)
def test_outcome_phrasings(text: str, outcome: str) -> None:
    assert classify(text) == outcome


def test_reporting_back_is_not_a_decision() -> None:
    assert classify("改めて審議会に報告する。") is None
    assert classify("報告を受けた。") is None


@pytest.mark.parametrize(
    ("cell", "outcome"),
    [
        ("否", "rejected"),
        ("可", "approved"),
        ("「否」", "rejected"),
        ("条件付き承認", "conditional"),
    ],
)
def test_result_cells(cell: str, outcome: str) -> None:
    assert classify_verdict(cell) == outcome


def test_result_table_reads_the_result_column_only() -> None:
    rows = result_rows(
        [
            "| No. | 案件名 | 所管課 | 判定 |",
            "|---|---|---|---|",
            "| 議案第2号 | 転出届の承認事務の電子化について | 市民課 | 否 |",
        ]
    )
    assert [(r.number, r.title, r.department, r.outcome) for r in rows] == [
        ("議案第2号", "転出届の承認事務の電子化について", "市民課", "rejected")
    ]  # the title's 承認 does not decide the row
    rows = result_rows(
        ["番号\t件名\t担当課\t結果", "諮問第7号\t転出届の承認事務の電子化について\t市民課\t否"]
    )
    assert [(r.number, r.department, r.outcome) for r in rows] == [
        ("諮問第7号", "市民課", "rejected")
    ]


def test_sentences_do_not_end_inside_quotes() -> None:
    text = "本件は「記録を残すこと。」を付して承認する。次に移ります。"
    assert sentences(text) == ["本件は「記録を残すこと。」を付して承認する。", "次に移ります。"]


def test_header_numbered_lines_with_spaced_labels_and_roles() -> None:
    lines = normalize_chars(
        "第2回テスト町個人情報保護審議会\n"
        "1. 日　　時　令和6年1月9日(火)午後1時から午後2時まで\n"
        "2. 出 席 委 員　委 員 長　　青山 一郎\n"
        "　　　　　　　　委　　員　　石田 二郎\n"
        "3. 議　　題\n"
        "\n"
        " (1) 諮問第1号 健診データの提供について\n"
        "4. 会議の経過\n"
        "○委員長 開会します。\n"
    ).split("\n")
    header = parse_header(lines)
    assert [f for f, _ in header.rows] == ["datetime", "attendance", "agenda"]
    assert header.marker_found and lines[header.body_start] == "○委員長 開会します。"
    got = parse_minutes("\n".join(lines))
    assert got["members_present"] == ["青山一郎", "石田二郎"]
    assert got["items"][0]["number"] == "諮問第1号"


@pytest.mark.parametrize(
    "line", ["会 議 の 要 旨", "(審議の概要)", "12 会議の概要", "◆議事の経過", "■審議内容"]
)
def test_body_markers(line: str) -> None:
    assert is_body_marker(line)


def test_stray_paragraph_tags_are_not_an_html_page() -> None:
    text = (
        "<p>会議名：第1回テスト市個人情報保護審議会</p>\n\n会議録\n\n"
        "○会長 開会します。\n○委員 質問です。\n"
    )
    assert not looks_like_html(text)
    assert looks_like_html("<html><body><p>会議録</p></body></html>")


def test_html_furniture_is_dropped() -> None:
    page = (
        "<html><body><nav><a href='/'>ホーム</a></nav><div class='breadcrumb'>くらし &gt; 審議会"
        "</div><div id='main'><p>会長：開会します。</p></div>"
        "<div id='footer'><p>お問い合わせ：総務課</p></div></body></html>"
    )
    assert html_to_text(page).strip() == "会長：開会します。"


def test_agenda_confirmation_item_versus_section() -> None:
    siblings = parse_agenda("(1) 前回要録の確認\n(2) 諮問第3号 台帳の更新について")
    assert [(a.kind, a.ordinal, a.title) for a in siblings] == [
        ("confirmation", "(1)", "前回要録の確認"),
        ("consultation", "(2)", "台帳の更新について"),
    ]
    nested = parse_agenda("○要録の確認\n1 第5回要録(案)\n2 第6回要録(案)")
    assert [(a.kind, a.title) for a in nested] == [
        ("confirmation", "第5回要録(案)"),
        ("confirmation", "第6回要録(案)"),
    ]


def test_agenda_inline_bracket_numbers_and_category_prefix() -> None:
    items = parse_agenda(
        "(1)審議事項 〔R6-1〕台帳の更新について(市民課) 〔R6-2〕カメラの設置について(防災課)"
    )
    assert [(a.number, a.department) for a in items] == [("R6-1", "市民課"), ("R6-2", "防災課")]
    assert split_entry("3 報告事項 漏えい事案について(総務課)")[2] == "漏えい事案について"
    assert split_entry("2 報告第3号 漏えい事案について")[1] == "報告第3号"


def test_agenda_entry_wrapped_onto_next_line() -> None:
    items = parse_agenda(
        "(1) 諮問第5号 住民基本台帳ネットワークシステム端末の\n更新について(市民課)\n(2) 報告"
    )
    assert items[0].title == "住民基本台帳ネットワークシステム端末の更新について"
    assert items[0].department == "市民課"


MINUTES = """第1回テスト市個人情報保護審議会 会議録
会議名：第1回テスト市個人情報保護審議会
事務局：総務課長 中村 一
説明員：教育総務課長 森 二
議題：(1) 諮問第9号 学習端末の持ち帰りについて
会議の経過
(1) 諮問第9号 学習端末の持ち帰りについて
教育総務課長　教育総務課の森です。端末の持ち帰りについて説明します。
山田委員　家庭での利用状況は記録されますか。
教育総務課長　記録されます。
市民課：補足します。
会長　それでは承認とします。
"""


def test_speakers_without_circle_marks_and_unit_labels() -> None:
    item = parse_minutes(MINUTES)["items"][0]
    assert [(u["role"], u["speaker"]) for u in item["utterances"]] == [
        ("department", "教育総務課長"),
        ("member", "山田委員"),
        ("department", "教育総務課長"),
        ("department", "市民課"),
        ("chair", "会長"),
    ]
    # 総務課 is the secretariat, but 教育総務課 is a different section.
    assert (item["department"], item["outcome"]) == ("教育総務課", "approved")


def test_wrapped_heading_is_rejoined() -> None:
    text = MINUTES.replace(
        "(1) 諮問第9号 学習端末の持ち帰りについて\n教育",
        "(1) 諮問第9号 学習端末の持ち\n帰りについて\n教育",
    )
    item = parse_minutes(text)["items"][0]
    assert item["title"] == "学習端末の持ち帰りについて" and len(item["utterances"]) == 5


@pytest.mark.parametrize(
    ("tail", "opinion"),
    [
        (
            "会長 附帯意見として「記録を1年間保存すること。」を付して承認します。",
            "記録を1年間保存すること。",
        ),
        (
            "会長 次の附帯意見を付して承認します。\n附帯意見：記録を保存すること。\n"
            "よろしいですか。",
            "記録を保存すること。",
        ),
        (
            "会長 附帯意見を付して承認します。\n事務局長 「なお、記録に留意されたい。」",
            "なお、記録に留意されたい。",
        ),
        ("<結論>\n下記の条件を付して承認する。\n・記録を保存すること。", "・記録を保存すること。"),
    ],
)
def test_opinion_layouts(tail: str, opinion: str) -> None:
    text = MINUTES.replace("会長　それでは承認とします。\n", tail + "\n")
    item = parse_minutes(text)["items"][0]
    assert item["outcome"] in ("approved_with_opinion", "conditional")
    assert item["opinion"] == opinion


def test_noon_and_evening_times() -> None:
    got = parse_minutes("会議名：第1回テスト村審議会\n日時：令和元年7月2日 午前10時～正午\n")
    assert (got["meeting"]["start_time"], got["meeting"]["end_time"]) == ("10:00", "12:00")


def test_title_spaces_are_dropped_between_japanese_words() -> None:
    got = parse_minutes("令和6年度 第1回 テスト区 個人情報保護審議会 会議録\n日時：令和6年5月1日\n")
    assert got["meeting"]["title"] == "令和6年度第1回テスト区個人情報保護審議会"


@pytest.mark.parametrize(
    "link", ["会議録(PDFファイル/256KB)", "諮問書 [PDF形式:1,024KB]", "資料2(PDF形式、120KB)"]
)
def test_download_links_with_file_size_notes_are_furniture(link: str) -> None:
    from shingikai.minutes.parser._layout import rewrite

    assert rewrite([link])[0] == []


@pytest.mark.parametrize(
    "narration",
    [
        "事務局から原案のとおり説明があった。",
        "原案のとおり実施したいとの説明があった。",
        "委員から承認の条件について質問があった。",
        "担当課から、承認後の運用について説明があった。",
    ],
)
def test_narrated_explanations_decide_nothing(narration: str) -> None:
    """A summary reporting what was explained is no ruling: the item stays unknown."""
    text = (
        "会議名：令和7年度第1回テスト市個人情報保護審議会\n議題：(1) 諮問第1号 名簿の管理について\n"
        f"会議経過\n(1) 諮問第1号 名簿の管理について\n{narration}\n"
    )
    assert parse_minutes(text)["items"][0]["outcome"] == "unknown"
