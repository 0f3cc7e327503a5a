"""The one base of every error a service refuses an action with.

A ``ServiceError``'s message is a sentence for the user (translated where it is raised, with
``gettext``); everything else that goes wrong is a bug and stays a 500. Views, htmx partials
and the command line turn a ``ServiceError`` into a message in one place each:
``lib.actions.run_action``/``attempt`` and ``front.middleware.ServiceErrorMiddleware`` for
the screens and htmx partials, ``shingikai.cli.main`` for the command line. No Django import
here, so the plain rule modules can raise it too.
"""

from __future__ import annotations


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
