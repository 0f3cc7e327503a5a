from shingikai.checklist.tests.drafts import COMPLETE
from shingikai.consultations.models import Consultation, StateChange


def test_a_department_drafts_a_consultation_with_its_sections(client, world):
    client.force_login(world.bob)
    response = client.post(
        "/consultations/new/",
        {
            "council": world.council.pk,
            "department": world.shimin.pk,
            "title": "図書館資料の督促",
            "grounds": [world.ground.pk],
            "personal_items": "氏名、電話番号\nメールアドレス",
            "start_date": "令和７年４月１日",
            "disposal_method": "データ消去証明書",
        },
    )
    assert response.status_code == 302
    consultation = Consultation.objects.get()
    assert consultation.personal_items == ["氏名", "電話番号", "メールアドレス"]
    assert consultation.start_date.isoformat() == "2025-04-01"
    assert consultation.state == "draft" and consultation.created_by == world.bob


def test_an_empty_title_is_refused_in_japanese_and_nothing_is_saved(client, world):
    client.force_login(world.bob)
    response = client.post(
        "/consultations/new/",
        {"council": world.council.pk, "department": world.shimin.pk, "title": "  "},
    )
    assert response.status_code == 200
    assert "このフィールドは必須です。" in response.content.decode()
    assert Consultation.objects.count() == 0
    assert StateChange.objects.count() == 0


def test_a_department_cannot_file_for_another_department(client, world):
    client.force_login(world.bob)
    response = client.post(
        "/consultations/new/",
        {"council": world.council.pk, "department": world.library.pk, "title": "なりすまし"},
    )
    assert response.status_code == 200
    assert Consultation.objects.count() == 0


def test_submitting_through_the_page_shows_the_number(client, world):
    # A draft that satisfies the review checklist: open required findings block submission.
    draft = world.consultation(**COMPLETE)
    client.force_login(world.bob)
    response = client.post(f"/consultations/{draft.pk}/submit/", follow=True)
    assert "諮問第480号" in response.content.decode()
