"""The search page and the similar-consultations partial."""

import pytest
from django.urls import reverse

from shingikai.search.models import Document


@pytest.fixture
def precedents(world, precedent, indexed):
    world.consultation(title="学童メールシステムの導入", outline="保護者へのメール配信を委託する。")
    world.consultation(department=world.library, title="督促メールの導入")
    sms = precedent(
        title="図書館資料の督促訪問業務におけるショートメッセージ送信サービスの導入",
        turns=(
            ("question", "督促のショートメッセージは、ほかの区で実績がありますか。"),
            ("answer", "近隣の自治体を調べてみたのですが、具体的な事例はまだございませんでした。"),
        ),
    )
    precedent(
        title="学童メールシステムの導入",
        municipality="東村山市",
        turns=(("question", "メール配信サービスの認証は両方必要ですか。"),),
    )
    indexed()
    return sms


def test_the_page_shows_results_facets_and_the_answer_beside_a_question(client, world, precedents):
    client.force_login(world.alice)
    response = client.get(reverse("search:index"), {"q": "督促"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "図書館資料の督促訪問業務における" in page
    assert "督促メールの導入" in page
    assert "<mark>督促</mark>" in page
    assert "具体的な事例はまだございませんでした" in page  # the answer beside its question
    assert 'href="?q=%E7%9D%A3%E4%BF%83&amp;municipality=' in page
    assert "令和4年" in page  # 和暦


def test_a_facet_in_the_url_narrows_the_results(client, world, precedents):
    client.force_login(world.alice)
    municipality = Document.objects.filter(municipality="東村山市").first().municipality_id
    page = client.get(
        reverse("search:index"), {"q": "メール", "municipality": municipality}
    ).content.decode()
    assert "東村山市" in page and "保護者へのメール配信" not in page
    page = client.get(reverse("search:index"), {"q": "メール", "kind": "question"}).content.decode()
    assert "配信サービスの認証" in page and "督促メールの導入" not in page


def test_a_department_does_not_see_another_departments_draft(client, world, precedents):
    client.force_login(world.bob)
    page = client.get(reverse("search:index"), {"q": "督促"}).content.decode()
    assert "督促メールの導入" not in page
    assert "図書館資料の督促訪問業務における" in page


def test_anonymous_visitors_may_search_but_find_no_staff_document(client, precedents):
    response = client.get(reverse("search:index"), {"q": "督促"})
    assert response.status_code == 200
    assert "図書館資料" not in response.content.decode()


def test_similar_consultations(client, world, precedents):
    client.force_login(world.alice)
    own = Document.objects.get(title="学童メールシステムの導入", source="consultation")
    response = client.get(reverse("search:similar", args=["consultation", own.object_id]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="similar"' in page
    assert "東村山市" in page  # the imported 学童メールシステムの導入


def test_similar_consultations_follow_the_access_rules(client, world, precedents):
    draft = Document.objects.get(title="督促メールの導入")
    client.force_login(world.bob)
    assert (
        client.get(reverse("search:similar", args=["consultation", draft.object_id])).status_code
        == 403
    )
    client.logout()
    assert (
        client.get(reverse("search:similar", args=["imported", precedents.pk])).status_code == 404
    )
    client.force_login(world.bob)
    assert (
        client.get(reverse("search:similar", args=["imported", precedents.pk])).status_code == 200
    )
    assert client.get(reverse("search:similar", args=["other", 1])).status_code == 404


def test_a_precedent_from_an_unchecked_reading_says_so(client, world, precedents):
    """Minutes stored without review whose reading has points to check: the hit says its
    reading is unchecked, the others do not; once corrected it no longer says so."""
    unsure = precedents.meeting
    unsure.to_check = 2
    unsure.save(update_fields=["to_check"])
    client.force_login(world.alice)
    page = client.get(reverse("search:index"), {"q": "督促"}).content.decode()
    hits = page.split('<article class="hit">')
    flagged = [h for h in hits if "読み取り未確認" in h]
    assert len(flagged) == 1 and "図書館資料の督促訪問業務における" in flagged[0]
    assert page.count("読み取り未確認") == 1
    unsure.to_check = 0
    unsure.save(update_fields=["to_check"])
    page = client.get(reverse("search:index"), {"q": "督促"}).content.decode()
    assert "読み取り未確認" not in page
