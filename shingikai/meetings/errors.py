from __future__ import annotations

from shingikai.consultations.services import TransitionError


class MeetingError(TransitionError):
    """A refused action on a meeting or its record; the message is for users.

    A TransitionError, so front.actions.run_action shows it like any refused transition.
    """
