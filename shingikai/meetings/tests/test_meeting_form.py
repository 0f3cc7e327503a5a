"""Bad input gets a clear Japanese error and nothing is stored."""

from shingikai.meetings.models import Meeting

VALID = {
    "date": "令和6年6月10日",
    "start_time": "午後2時00分",
    "end_time": "16:00",
    "place": "第1会議室",
    "public_attendance": "on",
    "observers": "0",
}


def test_a_meeting_is_created_from_japanese_dates_and_times(client, world):
    """令和 dates and 午後 times are accepted; name and number follow the fiscal year."""
    client.force_login(world.alice)
    response = client.post("/meetings/new/", VALID)
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.fiscal_year, meeting.number, meeting.title) == (2024, 1, "令和6年度第1回")
    assert meeting.start_time.hour == 14


def test_an_impossible_era_date_is_refused_in_japanese(client, world):
    client.force_login(world.alice)
    response = client.post("/meetings/new/", {**VALID, "date": "令和99年13月1日"})
    assert response.status_code == 200
    assert "令和99年13月1日" in response.content.decode()
    assert "日付として読み取れません" in response.content.decode()
    assert Meeting.objects.count() == 0


def test_an_end_time_before_the_start_is_refused_in_japanese(client, world):
    client.force_login(world.alice)
    response = client.post("/meetings/new/", {**VALID, "end_time": "13:00"})
    assert "終了時刻は開始時刻より後にしてください" in response.content.decode()
    assert Meeting.objects.count() == 0


def test_a_closed_meeting_needs_its_reason(client, world):
    client.force_login(world.alice)
    data = {key: value for key, value in VALID.items() if key != "public_attendance"}
    response = client.post("/meetings/new/", data)
    assert "傍聴できない理由を記入してください" in response.content.decode()
    assert Meeting.objects.count() == 0
