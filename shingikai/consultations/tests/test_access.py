from shingikai.consultations import services
from shingikai.consultations.models import Consultation


def test_a_department_gets_403_for_another_departments_draft(client, world):
    """carol (中央図書館) cannot open bob's (市民課) draft by its URL."""
    draft = world.consultation()
    client.force_login(world.carol)
    assert client.get(f"/consultations/{draft.pk}/").status_code == 403
    assert client.get(f"/consultations/{draft.pk}/edit/").status_code == 403


def test_the_owning_department_reads_and_edits_its_draft(client, world):
    draft = world.consultation()
    client.force_login(world.bob)
    assert client.get(f"/consultations/{draft.pk}/").status_code == 200
    assert client.get(f"/consultations/{draft.pk}/edit/").status_code == 200


def test_a_department_reads_decided_consultations_of_others(client, world, meeting):
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    services.put_on_agenda(consultation, meeting, world.alice)
    services.record_decision(consultation, meeting, "approved", "", world.alice)
    client.force_login(world.carol)
    assert client.get(f"/consultations/{consultation.pk}/").status_code == 200


def test_a_member_gets_403_for_every_edit(client, world, meeting):
    """dave reads the meeting but every write is refused on the server."""
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    services.put_on_agenda(consultation, meeting, world.alice)
    client.force_login(world.dave)
    assert client.get(f"/meetings/{meeting.pk}/").status_code == 200
    assert client.get(f"/consultations/{consultation.pk}/").status_code == 200
    member = world.members[0]
    writes = [
        f"/consultations/{consultation.pk}/edit/",
        f"/consultations/{consultation.pk}/submit/",
        f"/consultations/{consultation.pk}/withdraw/",
        f"/consultations/{consultation.pk}/meetings/{meeting.pk}/",
        f"/meetings/{meeting.pk}/edit/",
        f"/meetings/{meeting.pk}/attendance/{member.pk}/",
        f"/meetings/{meeting.pk}/agenda/item/",
        "/meetings/new/",
        "/consultations/new/",
    ]
    for url in writes:
        assert client.post(url, {"note": "x", "present": "1"}).status_code == 403, url
    consultation.refresh_from_db()
    assert consultation.state == "on_agenda"


def test_a_member_cannot_see_consultations_not_on_an_agenda(client, world):
    draft = world.consultation()
    client.force_login(world.dave)
    assert client.get(f"/consultations/{draft.pk}/").status_code == 403


def test_anonymous_users_are_sent_to_the_login_page(client, world):
    draft = world.consultation()
    response = client.get(f"/consultations/{draft.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_the_consultation_list_shows_only_what_the_user_may_see(client, world):
    mine = world.consultation(title="市民課の案")
    other = world.consultation(department=world.library, title="図書館の案")
    client.force_login(world.bob)
    html = client.get("/consultations/").content.decode()
    assert mine.title in html and other.title not in html
    assert Consultation.objects.count() == 2
