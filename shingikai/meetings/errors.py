from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from shingikai.consultations.services import TransitionError


class MeetingError(TransitionError):
    """A refused action on a meeting or its record; the message is for users.

    A TransitionError, so front.actions.run_action shows it like any refused transition.
    """


class PublishedMeetingLocked(MeetingError):
    """A change to a published meeting: its record is read-only until it is withdrawn
    (publication/guard.py refuses it on every save; corrections check it first)."""

    def __init__(self) -> None:
        super().__init__(_("Withdraw the meeting from the public before changing it."))
