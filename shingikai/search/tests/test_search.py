"""Searching precedents: hits and misses with real text, ranking, facets, snippets.

Runs on whichever database the suite runs on (SQLite FTS5 or PostgreSQL tsvector).
"""

import datetime

import pytest

from shingikai.search import Filters, search


class Admin:
    """Sees every document meant for staff (erin's access, without a database row)."""

    is_authenticated = True
    is_admin_role = True
    is_secretariat = is_department = is_member = False
    council_id = department_id = None


ADMIN = Admin()

SMS = "図書館資料の督促訪問業務におけるショートメッセージ送信サービスの導入"
CCTV = "東村山駅東口駅前トイレへの防犯カメラ設置"


def titles(text, **kwargs) -> list[str]:
    return [hit.title for hit in search(text, user=ADMIN, **kwargs).hits]


@pytest.fixture
def sms_and_cctv(precedent, indexed):
    sms = precedent(
        title=SMS,
        number="諮問第481号",
        department="中央図書館",
        turns=(
            (
                "question",
                "今回のショートメッセージに関しては、ほかの区で実績、督促の結果が向上したとか、"
                "そういう事例はありますか。",
            ),
            ("answer", "近隣の自治体を調べてみたのですが、具体的な事例はまだございませんでした。"),
            ("question", "業務委託先のIDとかパスワードを用いるということは、委託先の責任ですか。"),
            ("answer", "基本的には区のほうでパスワードは変更ができることを想定しております。"),
        ),
    )
    cctv = precedent(
        title=CCTV,
        municipality="東村山市",
        date=datetime.date(2022, 2, 2),
        kind="report",
        outcome="unknown",
        turns=(
            ("question", "去年度、警察からの照会は何件程度あったのか。"),
            (
                "answer",
                "手元にデータがなく、外部提供に際し、逐次情報コーナーが確認するわけではない。",
            ),
            ("opinion", "次回審議会で前年度分の確認をお願いします。"),
        ),
        followups=("次回審議会で前年度分の確認をお願いします。",),
    )
    indexed()
    return sms, cctv


def test_the_issue_examples_rank_first(sms_and_cctv):
    assert titles("ショートメッセージ 督促")[0] == SMS
    assert titles("防犯カメラ 駅前トイレ")[0] == CCTV


def test_any_content_word_finds_and_covering_more_words_ranks_first(sms_and_cctv):
    """Words are not all required: each consultation sharing one is found, and the one
    that has more of them (the rarer the better) comes first."""
    assert set(titles("防犯カメラ ショートメッセージ")) == {SMS, CCTV}
    assert titles("駅前トイレ ショートメッセージ 督促")[0] == SMS
    assert titles("警察 照会 ショートメッセージ")[0] == CCTV
    assert titles("大阪") == []
    assert titles("大阪の水道") == []


def test_a_quoted_phrase_must_occur_and_a_minus_word_must_not(sms_and_cctv):
    assert titles('"防犯カメラ" ショートメッセージ') == [CCTV]
    assert titles("防犯カメラ ショートメッセージ -督促") == [CCTV]
    assert titles("「駅前トイレ」") == [CCTV]


def test_full_width_and_half_width_queries_find_the_same(sms_and_cctv):
    assert titles("ｼｮｰﾄﾒｯｾｰｼﾞ") == titles("ショートメッセージ") == [SMS]
    assert titles("ＩＤ パスワード") == [SMS]


def test_a_number_finds_its_consultation(sms_and_cctv):
    assert titles("481") == [SMS]
    assert titles("諮問第４８１号") == [SMS]
    assert titles("482") == []


def test_an_excluded_word_removes_its_consultations(sms_and_cctv):
    assert titles("確認") == [CCTV] or CCTV in titles("確認")
    assert CCTV not in titles("確認 -警察")


def test_a_phrase_must_be_contiguous(sms_and_cctv):
    assert titles('"督促訪問業務"') == [SMS]
    assert titles('"督促業務"') == []


def test_a_katakana_variant_finds_the_text(precedent, indexed):
    precedent(
        title="安全施設等管理業務支援システム業務委託",
        turns=(
            ("question", "サーバはどこにあるのか。国内にあるのか。"),
            ("answer", "東京と大阪にある。"),
        ),
    )
    indexed()
    assert titles("サーバー 国内") == ["安全施設等管理業務支援システム業務委託"]
    assert titles("ｻｰﾊﾞｰ") == ["安全施設等管理業務支援システム業務委託"]


def test_an_unknown_word_and_a_part_of_it_are_found(precedent, indexed):
    """キッズドア is not in Sudachi's dictionary; its bigrams let ドア and ズドア find it."""
    precedent(
        title="学習支援事業における電子メールおよびWeb会議システムの導入",
        turns=(("question", "当然私もキッズドアさんの事業はよく存じていますけれども。"),),
    )
    indexed()
    expected = ["学習支援事業における電子メールおよびWeb会議システムの導入"]
    assert titles("キッズドア") == expected
    assert titles("ｷｯｽﾞﾄﾞｱ") == expected
    assert titles("ズドア") == expected
    assert titles("テニスコート") == []


def test_a_part_of_a_long_katakana_word_is_found_as_a_fallback(sms_and_cctv):
    results = search("メッセー", user=ADMIN)
    assert [h.title for h in results.hits] == [SMS]
    assert results.query.fallback


def test_ranking_weighs_title_over_opinion_over_question_over_answer(
    precedent, indexed, words_only
):
    """The field weights of the lexical ranking (meaning, which may reorder documents this
    close, is left out: test_meaning covers it)."""
    word = "溶解証明"
    precedent(title="答えにある件", turns=(("answer", f"紙は{word}を取得して廃棄する。"),))
    precedent(title="質問にある件", turns=(("question", f"紙は{word}を取得するのか。"),))
    precedent(title="附帯意見にある件", opinion=f"紙の廃棄は{word}を取得されたい。")
    precedent(title=f"{word}による廃棄の件")
    indexed()
    assert titles(word) == [
        f"{word}による廃棄の件",
        "附帯意見にある件",
        "質問にある件",
        "答えにある件",
    ]


def test_a_question_hit_shows_its_answer(sms_and_cctv):
    hit = search("警察 照会", user=ADMIN).hits[0]
    snippet = hit.snippets[0]
    assert snippet.field == "question"
    assert "<mark>警察</mark>" in snippet.html
    assert "手元にデータがなく" in snippet.answer_text


def test_snippets_escape_the_text(precedent, indexed):
    precedent(title="表示の件", turns=(("question", "<script>alert(1)</script> パスワードの管理"),))
    indexed()
    html = search("パスワード", user=ADMIN).hits[0].snippets[0].html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>パスワード</mark>" in html


def test_facets_narrow_by_municipality_year_outcome_and_kind(sms_and_cctv):
    sms, cctv = sms_and_cctv
    results = search("確認", user=ADMIN)
    assert {f.name for f in results.facets} >= {"municipality", "fy", "outcome", "kind"}
    by_name = {f.name: f for f in results.facets}
    assert {v.label for v in by_name["municipality"].values} == {"東村山市"}
    assert {v.label for v in by_name["fy"].values} == {"令和3年度"}
    assert {v.value for v in by_name["kind"].values} == {"answer", "opinion", "followup"}

    nothing = search('"パスワード" -委託', user=ADMIN)
    assert nothing.total == 0 and not any(group.values for group in nothing.facets)
    municipality = cctv.meeting.municipality_id
    assert titles("確認", filters=Filters(municipality=municipality)) == [CCTV]
    assert titles("確認", filters=Filters(municipality=sms.meeting.municipality_id)) == []
    assert titles("確認", filters=Filters(fiscal_year=2021)) == [CCTV]
    assert titles("確認", filters=Filters(fiscal_year=2022)) == []
    assert titles("確認", filters=Filters(outcome="unknown")) == [CCTV]
    assert titles("確認", filters=Filters(outcome="approved")) == []
    assert titles("警察", filters=Filters(kind="question")) == [CCTV]
    assert titles("警察", filters=Filters(kind="answer")) == []
    assert titles("確認", filters=Filters(kind="followup")) == [CCTV]


def test_the_ground_facet(precedent, indexed):
    precedent(
        title="封入封緘委託", grounds=("条例第16条",), turns=(("answer", "委託先で封入する。"),)
    )
    precedent(title="外部結合の件", grounds=("条例第22条第1項",), turns=(("answer", "委託する。"),))
    indexed()
    results = search("委託", user=ADMIN)
    grounds = next(f for f in results.facets if f.name == "ground")
    assert {v.value for v in grounds.values} == {"条例第16条", "条例第22条第1項"}
    assert titles("委託", filters=Filters(ground="条例第16条")) == ["封入封緘委託"]


def test_pages(precedent, indexed):
    for n in range(5):
        precedent(title=f"委託の件{n}", turns=(("answer", "委託先で作業する。"),))
    indexed()
    first = search("委託", user=ADMIN, per_page=2)
    last = search("委託", user=ADMIN, per_page=2, page=3)
    assert (first.total, first.pages, len(first.hits), len(last.hits)) == (5, 3, 2, 1)


def test_an_empty_query_finds_nothing(sms_and_cctv):
    assert search("", user=ADMIN).hits == []
    assert search("の は", user=ADMIN).hits == []
