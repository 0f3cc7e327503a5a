"""Bad input never gives a 500: NUL characters get a Japanese 400 on every database, and dates
with huge era years or 20-digit months are a form error in Japanese."""

import pytest

from shingikai.lib import wareki

NUL_MESSAGE = "NUL文字"


def test_nul_character_in_a_query_is_refused_with_a_400(client, world):
    client.force_login(world.alice)
    response = client.get("/search/", {"q": "個人\x00情報"})
    assert response.status_code == 400 and NUL_MESSAGE in response.content.decode()


def test_nul_character_in_a_form_is_refused_before_anything_is_stored(client, world):
    from shingikai.consultations.models import Consultation

    client.force_login(world.bob)
    response = client.post(
        "/consultations/new/",
        {"council": world.council.pk, "title": "件名\x00", "department": world.shimin.pk},
    )
    assert response.status_code == 400 and NUL_MESSAGE in response.content.decode()
    assert not Consultation.objects.exists()


@pytest.mark.parametrize(
    "text",
    [
        "令和99999999999999999999年1月1日",
        "令和4年99999999999999999999月1日",
        "2024-01-" + "9" * 5000,
        "令和" + "9" * 5000 + "年1月1日",
    ],
)
def test_huge_era_years_and_20_digit_months_are_not_dates(text):
    with pytest.raises(wareki.WarekiError):
        wareki.parse_date(text)


def test_a_huge_era_year_in_a_form_is_a_japanese_error_not_a_500(client, world):
    client.force_login(world.alice)
    response = client.post(
        "/meetings/new/",
        {"date": "令和99999999999999999999年1月1日", "start_time": "10:00", "place": "会議室"},
    )
    assert response.status_code == 200
    assert "日付として読み取れません" in response.content.decode()
