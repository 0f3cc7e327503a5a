import datetime

from shingikai.pia.models import Assessment, State
from shingikai.pia.tests.conftest import assessment


def test_another_department_gets_403_for_an_assessment(client, world):
    a = assessment(world)
    client.force_login(world.carol)
    assert client.get(f"/pia/{a.pk}/").status_code == 403
    assert client.get(f"/pia/{a.pk}/edit/").status_code == 403
    comment = {"comment-start": "令和6年4月1日", "comment-end": "令和6年5月31日"}
    assert client.post(f"/pia/{a.pk}/public-comment/", comment).status_code == 403
    a.refresh_from_db()
    assert a.state == State.DRAFT
    assert "住民基本台帳" not in client.get("/pia/").content.decode()


def test_a_member_reads_but_every_write_is_403(client, world):
    a = assessment(world)
    client.force_login(world.dave)
    assert client.get(f"/pia/{a.pk}/").status_code == 200
    assert client.get("/pia/").status_code == 200
    for url in [
        "/pia/new/",
        f"/pia/{a.pk}/edit/",
        f"/pia/{a.pk}/public-comment/",
        f"/pia/{a.pk}/third-party-check/",
        f"/pia/{a.pk}/submit/",
        f"/pia/{a.pk}/publish/",
        f"/pia/{a.pk}/review/",
        f"/pia/{a.pk}/important-change/",
        f"/pia/{a.pk}/reassess/",
    ]:
        assert client.post(url, {"submit-on": "令和6年7月1日"}).status_code == 403, url
    assert Assessment.objects.get().state == State.DRAFT


def test_the_30_day_rule_is_explained_in_japanese_on_the_page(client, world):
    a = assessment(world)
    client.force_login(world.bob)
    response = client.post(
        f"/pia/{a.pk}/public-comment/",
        {"comment-start": "令和6年4月1日", "comment-end": "令和6年4月29日"},
        follow=True,
    )
    html = response.content.decode()
    assert "30日以上" in html and "29日間" in html
    a.refresh_from_db()
    assert a.state == State.DRAFT and a.comment_start is None


def test_a_department_creates_an_assessment_and_sees_its_level(client, world):
    client.force_login(world.bob)
    response = client.post(
        "/pia/new/",
        {
            "department": world.shimin.pk,
            "affair": "住民基本台帳に関する事務",
            "people": "120000",
            "handlers": "600",
            "change_date": "令和7年4月1日",
        },
        follow=True,
    )
    a = Assessment.objects.get()
    assert a.level == "basic+full" and a.change_date == datetime.date(2025, 4, 1)
    assert "基礎項目評価及び全項目評価" in response.content.decode()
