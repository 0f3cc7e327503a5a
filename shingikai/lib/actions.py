"""Running a service action from a view: a refused action becomes a message for the user.

Every refusal a service raises derives from ``lib.errors.ServiceError`` and carries its own
translated sentence, so this is the one place views turn it into a message. A ServiceError
that a view does not catch reaches ``front.middleware.ServiceErrorMiddleware`` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest

from shingikai.lib.errors import ServiceError


def attempt(request: HttpRequest, action: Callable, *args, **kwargs) -> Any | None:
    """The action's result; None (with the reason shown) when it was refused."""
    try:
        return action(*args, **kwargs)
    except ServiceError as exc:
        messages.error(request, exc.message)
        return None


def run_action(request: HttpRequest, action: Callable, *args, **kwargs) -> bool:
    """True when the action ran; False (with the reason shown) when it was refused."""
    try:
        action(*args, **kwargs)
    except ServiceError as exc:
        messages.error(request, exc.message)
        return False
    return True
