"""Questions typed the way people talk: no spaces, everyday words, words the index lacks.

Runs on whichever database the suite runs on (SQLite FTS5 or PostgreSQL tsvector).
"""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from shingikai.search import _synonyms, search
from shingikai.search._understand import chunks
from shingikai.search.models import Synonym
from shingikai.search.tests.test_redaction import SECRET, meeting, published  # noqa: F401
from shingikai.search.tests.test_search import ADMIN, CCTV, SMS, sms_and_cctv  # noqa: F401

VIDEO = "防犯ビデオの録画データの取扱い"


def titles(text, user=ADMIN) -> list[str]:
    return [hit.title for hit in search(text, user=user).hits]


def test_a_question_keeps_its_content_words_whole_and_in_parts():
    found = chunks("委託先のデータ消去を確認する方法について")
    assert [c.surface for c in found] == ["委託先", "データ消去", "確認"]
    assert found[1].words == ("データ", "消去")
    assert chunks("過去の事例を教えてください") == []


def test_a_question_without_spaces_finds_the_right_consultation(sms_and_cctv):  # noqa: F811
    assert titles("駅前のトイレに防犯カメラを付けたときの警察への対応")[0] == CCTV
    assert titles("図書館の督促をショートメッセージで送る事例はありますか")[0] == SMS
    # Words that every question carries find nothing by themselves.
    assert titles("過去の事例について教えてください") == []


def test_a_question_sharing_one_word_still_finds(sms_and_cctv):  # noqa: F811
    assert titles("水道料金の督促はどうしているか") == [SMS]


@pytest.fixture
def cctv_synonyms(db):
    return Synonym.objects.create(terms="防犯カメラ、防犯ビデオ、監視カメラ", source="domain")


def test_an_everyday_synonym_finds_the_formal_term(sms_and_cctv, cctv_synonyms):  # noqa: F811
    assert titles("監視カメラの設置") == [CCTV]
    assert titles("防犯ビデオ") == [CCTV]


def test_the_users_own_word_ranks_above_its_synonym(
    sms_and_cctv,  # noqa: F811
    cctv_synonyms,
    precedent,
    indexed,
):
    precedent(
        title=VIDEO,
        municipality="東村山市",
        date=datetime.date(2021, 5, 1),
        turns=(("answer", "防犯ビデオの映像は一週間で上書きする。"),),
    )
    indexed()
    assert titles("防犯ビデオ") == [VIDEO, CCTV]
    assert titles("防犯カメラ") == [CCTV, VIDEO]


def test_an_unknown_word_still_matches_by_its_bigrams(precedent, indexed):
    precedent(
        title="学習支援事業の電子メール",
        turns=(("question", "キッズドアさんの事業はよく存じています。"),),
    )
    indexed()
    assert titles("ズドアに委ねた学習支援") == ["学習支援事業の電子メール"]
    assert titles("ッズド") == ["学習支援事業の電子メール"]


def test_an_edited_synonym_takes_effect_without_a_restart(sms_and_cctv):  # noqa: F811
    assert titles("見守りカメラ") == [CCTV]  # by its part カメラ only
    assert titles("見守り装置") == []
    group = Synonym.objects.create(terms="防犯カメラ、見守り装置", source="local")
    assert titles("見守り装置") == [CCTV]
    group.enabled = False
    group.save()
    assert titles("見守り装置") == []
    group.enabled = True
    group.terms = "防犯カメラ\n見守り機器"
    group.save()
    assert titles("見守り機器") == [CCTV]
    assert titles("見守り装置") == []


def test_a_withheld_span_never_matches_for_the_public_whatever_the_expansion(
    published,  # noqa: F811
):
    public = AnonymousUser()
    # The secretariat's vocabulary would lead from everyday words to the withheld ones.
    Synonym.objects.create(terms=f"書類置き場、{SECRET}、地下書庫、北庁舎", source="local")
    Synonym.objects.create(terms="保存庫、書庫", source="general")
    for text in ("書類置き場", SECRET, "地下書庫", "北庁舎", "保存庫", "書類置き場の保存庫"):
        assert titles(text, public) == [], text
    # A published word finds it, and what is shown keeps the withheld part out.
    hits = search("倉庫 書類置き場", user=public).hits
    assert [h.title for h in hits] == ["申請書の保管業務の委託"]
    assert all(SECRET not in s.text + (s.answer_text or "") for s in hits[0].snippets)
    # The staff find it through the same vocabulary.
    assert titles("書類置き場") == ["申請書の保管業務の委託"]
    # The public still finds the consultation by its published words.
    assert titles("申請書の保管", public) == ["申請書の保管業務の委託"]


def test_seeding_adds_only_what_is_missing(db):
    added = _synonyms.seed(general=False)
    assert added > 50
    edited = Synonym.objects.get(key="domain:防犯カメラ")
    edited.terms = "防犯カメラ、見守りカメラ"
    edited.save()
    assert _synonyms.seed(general=False) == 0
    edited.refresh_from_db()
    assert edited.terms == "防犯カメラ、見守りカメラ"


def test_the_snippet_shows_the_question_with_its_answer(sms_and_cctv):  # noqa: F811
    """The words are spread over a question and its answer: both are shown, together."""
    hit = search("警察の照会にはデータがなかった", user=ADMIN).hits[0]
    assert hit.title == CCTV
    snippet = hit.snippets[0]
    assert snippet.field == "question" and "警察からの照会" in snippet.text
    assert "手元にデータがなく" in snippet.answer_text


def test_whole_words_are_highlighted_not_their_fragments():
    from shingikai.search._snippets import highlight

    html, _plain = highlight(
        "特定個人情報保護評価書を公表した。", {"特定", "個人", "情報"}, ["特定", "個人", "情報"]
    )
    assert "<mark>特定個人情報</mark>保護評価書" in html


def test_no_result_says_why_and_offers_a_relaxed_query(client, sms_and_cctv, admin_client):  # noqa: F811
    from django.urls import reverse

    url = reverse("search:index")
    page = admin_client.get(url, {"q": "大阪の水道"}).content.decode()
    assert "該当する諮問はありません" in page and "「大阪」「水道」" in page
    page = admin_client.get(url, {"q": '"防犯カメラ" ショートメッセージ -駅前'}).content.decode()
    assert "防犯カメラ ショートメッセージ" in page and "で検索する" in page
    page = admin_client.get(url, {"q": "督促", "fy": "1999"}).content.decode()
    assert "絞り込みを外して検索する" in page


def test_the_page_says_plain_sentences_work(client):
    from django.urls import reverse

    page = client.get(reverse("search:index")).content.decode()
    assert "普段の言葉の文章のままで検索できます" in page


def test_the_secretariat_edits_synonyms_in_the_admin(admin_client, sms_and_cctv):  # noqa: F811
    """Added through the admin form, a group applies to the next search."""
    assert titles("見守り装置") == []
    page = admin_client.get("/admin/search/synonym/add/")
    assert page.status_code == 200
    response = admin_client.post(
        "/admin/search/synonym/add/",
        {"terms": "防犯カメラ、見守り装置", "source": "local", "enabled": "on"},
    )
    assert response.status_code == 302
    assert Synonym.objects.get().analysed == [
        ["防犯カメラ", ["防犯", "カメラ"]],
        ["見守り装置", ["見る", "守る", "装置"]],
    ]
    assert titles("見守り装置") == [CCTV]
