"""Meaning, not only words: the word vectors, the documents' vectors, their fusion with the
lexical ranking, the documents they bring in, and "similar consultations"."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from shingikai.search import Filters, _meaning, _understand, search, similar
from shingikai.search._analysis import decode_entries
from shingikai.search.models import Document
from shingikai.search.tests.test_search import ADMIN

# Six consultations on different subjects, in the words minutes use.
ERASURE = "住民情報システム保守業務の委託"
CAMERA = "駅前広場への防犯カメラ設置"
VACCINE = "高齢者インフルエンザ予防接種の予診票送付"
LIBRARY = "図書館資料の督促におけるショートメッセージの利用"
SCHOOL = "放課後児童クラブの連絡システム導入"
ARCHIVE = "固定資産税の課税資料の書庫保管"

CORPUS = {
    ERASURE: (
        ("question", "契約が終わったとき、委託先が保有するデータの消去はどのように確認するのか。"),
        ("answer", "消去証明書の提出を求め、必要に応じて職員が立入検査を行います。"),
    ),
    CAMERA: (
        ("question", "録画された映像の保存期間は何日か。"),
        ("answer", "七日間で上書きされます。モニターは設置しません。"),
    ),
    VACCINE: (
        ("question", "対象者の抽出はどのように行うのか。"),
        ("answer", "住民基本台帳から年齢で抽出し、予診票を郵送します。"),
    ),
    LIBRARY: (
        ("question", "延滞している利用者の電話番号はどのように扱うのか。"),
        ("answer", "督促の送信が終わり次第、送信サービスの事業者側からも削除されます。"),
    ),
    SCHOOL: (
        ("question", "保護者への緊急の連絡にはどのような手段を使うのか。"),
        ("answer", "登録された保護者のメールアドレスに一斉に配信します。"),
    ),
    ARCHIVE: (
        ("question", "書庫の鍵は誰が管理するのか。"),
        ("answer", "課長が管理し、持ち出しは台帳に書き込みます。"),
    ),
}

# Other subjects of a council's year, so that "standing out from the rest" can be measured
# (meaning brings nothing in while an audience has fewer than 20 documents).
OTHERS = {
    "戸籍事務のシステム更新": "戸籍の附票を新しい端末で照会する。",
    "選挙人名簿の抄本閲覧": "政治活動のために名簿を閲覧させる手続き。",
    "ごみの戸別収集の申込み": "高齢者のごみを玄関先で収集する申込みを受け付ける。",
    "道路占用許可の電子申請": "工事を行う会社が占用許可をオンラインで申請する。",
    "公園の指定管理者による利用者登録": "テニスコートの予約者の氏名を管理する。",
    "介護保険の要介護認定調査": "認定調査員が自宅を訪問して心身の状況を聞き取る。",
    "保育所入所選考の点数化": "就労状況を点数にして入所の順位を決める。",
    "生活保護受給者の就労支援": "ハローワークと受給者の情報を共有する。",
    "国民健康保険の特定健診": "健診結果を保健指導に使う。",
    "印鑑登録証明書のコンビニ交付": "マイナンバーカードで証明書を取得する。",
    "上下水道料金の口座振替": "金融機関から振替結果を受け取る。",
    "消防団員の名簿管理": "団員の連絡先と出動の履歴を管理する。",
    "防災行政無線の個別受信機の配布": "受信機を配る世帯の住所を防災課が持つ。",
    "職員採用試験のオンライン実施": "受験者の本人確認を画面越しに行う。",
    "情報公開請求の受付簿": "請求者の氏名と請求内容を受付簿に書く。",
    "空き家の所有者調査": "固定資産税の情報を空き家対策に使う。",
}

# Questions that share no content word with the consultation they are about.
PARAPHRASES = {
    "業者に預けた記録をきちんと廃棄させたか確かめたい": ERASURE,
    "子どもの学童からお知らせをスマホに送る": SCHOOL,
    "街頭の監視ビデオはどれくらい残しておくのか": CAMERA,
}


@pytest.fixture
def corpus(precedent, indexed):
    items = {
        title: precedent(title=title, turns=turns, municipality="足立区" if n % 2 else "東村山市")
        for n, (title, turns) in enumerate(CORPUS.items())
    }
    for title, text in OTHERS.items():
        precedent(title=title, turns=(("question", text),), municipality="足立区")
    indexed()
    return items


def titles(text, **kwargs) -> list[str]:
    return [hit.title for hit in search(text, user=ADMIN, **kwargs).hits]


def _words(title: str) -> set[str]:
    document = Document.objects.get(title=title, audience="internal")
    return {w for e in decode_entries(document.entries) for w in e.words}


def _query_words(text: str) -> set[str]:
    return {w for chunk in _understand.chunks(text) for w in chunk.words}


# --- the vectors ----------------------------------------------------------------------------


def test_related_words_are_closer_than_unrelated_ones():
    def cosine(a, b):
        return float(_meaning.query_vector([a]) @ _meaning.query_vector([b]))

    assert cosine("携帯", "携帯電話") > 0.8
    assert cosine("消去", "削除") > cosine("消去", "予防接種") + 0.3
    assert cosine("映像", "画像") > cosine("映像", "課税") + 0.3
    # Folded katakana (サーバー → サーバ) and normalised forms are what the index holds.
    assert _meaning.query_vector(["サーバ"]) is not None
    assert _meaning.query_vector(["どこにもない語xyz"]) is None
    # The most frequent words carry no weight alone.
    assert _meaning.query_vector(["の"]) is None


def test_a_document_vector_round_trips_through_its_stored_form():
    vector = _meaning.document_vector([(4.0, ["防犯", "カメラ"]), (1.0, ["映像", "保存"])])
    assert vector is not None and abs(float(np.linalg.norm(vector)) - 1) < 1e-5
    blob = _meaning.encode(vector)
    assert len(blob) == _meaning.dimensions() == 300
    assert float(_meaning.decode(blob) @ vector) > 0.999
    assert _meaning.encode(None) is None and _meaning.decode(None) is None


def test_the_meaning_index_scores_and_finds_the_nearest_of_an_audience():
    def vector(*words):
        return _meaning.encode(_meaning.query_vector(words))

    rows = [
        (1, False, vector("防犯", "カメラ", "映像")),
        (2, True, vector("防犯", "カメラ", "映像")),
        (3, False, vector("予防接種", "ワクチン")),
        (4, False, vector("図書館", "督促")),
    ]
    index = _meaning.MeaningIndex.from_rows(rows, 300, _meaning.background())
    query = _meaning.query_vector(["監視", "ビデオ"])
    scores = index.scores(query, [1, 3, 4, 99])
    assert set(scores) == {1, 3, 4}
    assert scores[1] > scores[3] and scores[1] > scores[4]
    assert [pk for pk, _ in index.nearest(query, 2, public=False)][0] == 1
    assert [pk for pk, _ in index.nearest(query, 2, public=True)] == [2]
    assert index.nbytes < 2000


def test_without_the_vector_file_the_search_ranks_by_words_and_says_so(corpus, caplog, words_only):
    with caplog.at_level(logging.WARNING, logger="shingikai.search._meaning"):
        assert titles("防犯カメラの映像") == [CAMERA]
        assert titles(next(iter(PARAPHRASES))) == []
    assert "word vectors unavailable" in caplog.text


def test_documents_store_their_vector_when_indexed(corpus):
    stored = Document.objects.filter(source="imported", meaning__isnull=False).count()
    assert stored == len(CORPUS) + len(OTHERS)


# --- the search -----------------------------------------------------------------------------


@pytest.mark.parametrize("question", PARAPHRASES)
def test_a_paraphrase_finds_its_consultation_without_a_shared_word(corpus, question):
    target = PARAPHRASES[question]
    assert not _query_words(question) & _words(target)
    hits = search(question, user=ADMIN).hits
    assert hits and hits[0].title == target
    # Marked as found by meaning, with the passage closest in meaning as its snippet.
    assert hits[0].by_meaning and hits[0].snippets


def test_the_search_page_marks_a_consultation_found_by_meaning(corpus, client, world):
    from django.urls import reverse

    client.force_login(world.alice)
    page = client.get(reverse("search:index"), {"q": "子どもの学童からお知らせをスマホに送る"})
    html = page.content.decode()
    assert SCHOOL in html and "意味が近い" in html
    assert "保護者への緊急の連絡" in html  # the closest passage


def test_meaning_reorders_documents_that_match_the_same_words(precedent, indexed):
    """Both consultations contain 連絡 once, in the same field; the question is about a
    school's messages to parents, which only one of them is."""
    precedent(
        title="道路占用許可の事務",
        turns=(("question", "占用の期間が過ぎたら業者にどう連絡するのか。"),),
    )
    precedent(
        title="放課後児童クラブのお知らせ配信",
        turns=(("question", "保護者の携帯電話にどう連絡するのか。"),),
    )
    indexed()
    assert titles("学童の保護者へのスマホ連絡")[0] == "放課後児童クラブのお知らせ配信"


def test_the_users_words_stay_dominant(corpus):
    """A consultation holding the words comes before one brought in by meaning alone."""
    found = titles("図書館の督促")
    assert found[0] == LIBRARY


def test_a_document_brought_in_by_meaning_obeys_access_and_filters(corpus):
    question = "子どもの学童からお知らせをスマホに送る"
    # SCHOOL is the fifth of CORPUS: 東村山市.
    assert titles(question, filters=Filters(municipality=_city("東村山市")))[:1] == [SCHOOL]
    assert SCHOOL not in titles(question, filters=Filters(municipality=_city("足立区")))
    # Anonymous users see only published consultations: imported items have no public copy.
    assert [h.title for h in search(question, user=None).hits] == []
    # A -word or a kind facet asks for words: nothing comes by meaning alone.
    assert SCHOOL not in titles(question + " -延滞")
    assert SCHOOL not in titles(question, filters=Filters(kind="question"))


def _city(name):
    from shingikai.councils.models import Municipality

    return Municipality.objects.get(name=name).pk


def test_each_process_reloads_the_vectors_when_the_index_changed(corpus, indexed):
    """A rebuild gives every document a new id: the vectors held in memory follow."""
    question = "子どもの学童からお知らせをスマホに送る"
    assert titles(question)[:1] == [SCHOOL]
    before = set(Document.objects.values_list("pk", flat=True))
    indexed()
    assert not before & set(Document.objects.values_list("pk", flat=True))
    assert titles(question)[:1] == [SCHOOL]


# --- similar consultations --------------------------------------------------------------------


SMS_WATER = "水道料金の未納者へのSMS送信"


@pytest.fixture
def reminders(corpus, precedent, indexed):
    """Two reminder services by text message that share no distinctive word."""
    library = precedent(
        title="延滞図書のショートメッセージ督促",
        turns=(("question", "延滞者の電話番号に督促のショートメッセージを送るのか。"),),
    )
    precedent(
        title=SMS_WATER,
        turns=(("question", "料金を払っていない世帯のスマートフォンにSMSで納付を促すのか。"),),
    )
    indexed()
    return library


def test_similar_consultations_use_meaning(reminders):
    hits = [h.title for h in similar("imported", reminders.pk, user=ADMIN)]
    assert SMS_WATER in hits
    assert hits[0] in (SMS_WATER, LIBRARY)


def test_similar_consultations_without_vectors_are_the_lexical_ones(reminders, words_only):
    assert SMS_WATER not in [h.title for h in similar("imported", reminders.pk, user=ADMIN)]


def test_the_vector_files_are_the_ones_documented():
    import json

    stem = Path(_meaning.VECTORS)
    meta = json.loads(Path(f"{stem}.json").read_text(encoding="utf-8"))
    assert meta["source"] == "ja-ginza==5.3.0" and meta["dimensions"] == 300
    files = list(stem.parent.glob(stem.name + ".*"))
    assert len(files) == 5 and sum(f.stat().st_size for f in files) < 10_000_000
