"""Running a service action from a view: a refused transition becomes a message for the user."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest

from shingikai.consultations.services import TransitionError


def run_action(request: HttpRequest, action: Callable, *args) -> bool:
    """True when the action ran; False (with the reason shown) when it was refused."""
    try:
        action(*args)
    except TransitionError as exc:
        messages.error(request, str(exc))
        return False
    return True
