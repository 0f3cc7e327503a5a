"""The members' meeting calendar (iCalendar, RFC 5545), read by calendar apps that cannot log
in: the URL carries a signed token naming the user, so only its holder reads the feed."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from icalendar import Calendar, Event

from shingikai.accounts.models import User
from shingikai.meetings.access import visible_meetings

SALT = "shingikai.meetings.calendar"


def token_for(user: User) -> str:
    return signing.dumps({"u": user.pk}, salt=SALT, compress=True)


def feed_url(user: User) -> str:
    return reverse("meetings:calendar", args=[token_for(user)])


def _user_of(token: str) -> User:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        raise Http404 from None
    user = User.objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None:
        raise Http404
    return user


def build(user: User, host: str) -> bytes:
    tz = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//Shingikai//meetings//JA")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "審議会の会議")
    for meeting in visible_meetings(user).order_by("date", "start_time"):
        start = datetime.datetime.combine(meeting.date, meeting.start_time, tzinfo=tz)
        end_time = meeting.end_time or (start + datetime.timedelta(hours=2)).time()
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@{host}")
        event.add("summary", f"{meeting.council} {meeting.title}")
        event.add("dtstart", start)
        event.add("dtend", datetime.datetime.combine(meeting.date, end_time, tzinfo=tz))
        event.add("location", meeting.place)
        event.add("dtstamp", start)
        calendar.add_component(event)
    return calendar.to_ical()


def feed(request: HttpRequest, token: str) -> HttpResponse:
    user = _user_of(token)
    body = build(user, request.get_host().split(":")[0])
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")
