"""The one base of every error a service refuses an action with.

A ``ServiceError``'s message is a sentence for the user (translated where it is raised, with
``gettext``); everything else that goes wrong is a bug and stays a 500. Views, htmx partials and
the command line turn a ``ServiceError`` into a message in one place each:
``front.actions.run_action`` and ``front.middleware.ServiceErrorMiddleware`` for the screens,
``lib.errors.cli_errors`` for management commands. No Django import here, so the plain rule
modules (condition language, threshold table, minutes parser) can raise it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager


class ServiceError(Exception):
    """An action refused for a reason the user can act on; ``str(exc)`` is that reason."""

    # The HTTP status a page answers with when the error reaches the middleware.
    status = 400

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class NotAllowedNow(ServiceError):
    """The object's state does not allow the action (a refused workflow transition)."""

    status = 409


@contextmanager
def cli_errors(wrap: Callable[[str], Exception]) -> Iterator[None]:
    """In a management command: a ServiceError becomes the command's error (``CommandError``)
    with the same message, instead of a traceback."""
    try:
        yield
    except ServiceError as exc:
        raise wrap(exc.message) from exc
