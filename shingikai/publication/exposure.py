"""What a publication would show, as text, and where a withheld part would still appear in it.

Publishing is refused while any withheld part of the meeting occurs, in any width, case or
spacing, in anything that would become public: the public minutes with their header and
agenda, the answers, the chosen 諮問書 and the chosen attachments (titles and text). Texts
the redaction covers never show a withheld part (api.public_text hides every occurrence);
what this finds are the texts nobody can redact: names of members, staff and departments,
grounds, the personal-information items, attachment contents.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from django.utils.translation import gettext as _

from shingikai.consultations.models import Attachment, Consultation, Outcome
from shingikai.meetings.models import Meeting
from shingikai.publication import api, spans


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def public_places(
    meeting: Meeting, consultations: Sequence[Consultation], attachments: Sequence[Attachment]
) -> Iterator[tuple[str, str]]:
    """(place, text) for everything the publication would show the public."""
    from shingikai.checklist.services import attachment_text
    from shingikai.documents import context

    minutes = context.minutes_context(meeting, public=True)
    yield _("Minutes: header"), "\n".join(_strings(minutes["header"]))
    yield _("Minutes: agenda"), "\n".join(_strings(minutes["agenda"]))
    yield _("Minutes: proceedings"), minutes["proceedings"]
    for decision in meeting.decisions.exclude(outcome=Outcome.CONTINUED).select_related(
        "consultation"
    ):
        name = decision.consultation.number_label or str(decision.pk)
        answer = context.answer_context(decision, public=True)
        yield _("Answer %(name)s") % {"name": name}, "\n".join(_strings(answer))
    for consultation in meeting.items.filter(consultation__isnull=False).select_related(
        "consultation__department"
    ):
        heading = context.consultation_heading(consultation.consultation, public=True)
        yield _("Meeting page: consultations"), heading
    for consultation in consultations:
        name = consultation.number_label or str(consultation.pk)
        document = context.consultation_context(consultation, public=True)
        yield _("Consultation document %(name)s") % {"name": name}, "\n".join(_strings(document))
    for attachment in attachments:
        name = api.public_text(attachment, "title")
        yield _("Attachment %(name)s") % {"name": name}, f"{name}\n{attachment_text(attachment)}"


def unredacted(
    meeting: Meeting, consultations: Sequence[Consultation], attachments: Sequence[Attachment]
) -> list[tuple[str, str]]:
    """(place, withheld part) for each place where a withheld part would still be public."""
    phrases = api.withheld_phrases([meeting.pk])
    if not phrases:
        return []
    found: list[tuple[str, str]] = []
    for place, text in public_places(meeting, consultations, attachments):
        haystack, _index = spans.folded(text)
        for phrase in phrases:
            needle, _ = spans.folded(phrase)
            if needle and needle in haystack:
                found.append((place, phrase))
    return found
