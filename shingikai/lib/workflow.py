"""One transition table per stateful object: from, to, who may, what it writes.

Every stateful object (consultation, police request, impact assessment, register
notification) declares its lifecycle as a ``Workflow`` of ``Transition`` rows. Services ask the
table whether an action is possible (``check``) before they change anything, and views and
templates ask it which actions a user may take (``available``), so the allowed states are
written once, here, instead of again in every service and template.

Why a module of our own rather than django-fsm-2: django-fsm-2 ties transitions to model
methods decorated on an ``FSMField`` and changes the state in memory; our services change state
only inside one transaction under ``select_for_update`` and write a history row in the same
step, with guards whose refusals are sentences for the user. The table we need is about
eighty lines of plain Python that imports no Django (so it is testable on its own and usable
from the pure rule modules), while django-fsm-2 would still need the locking, history and
messages around it, plus a field type and a dependency to keep up with Django releases.

The module imports no Django: "who may" and guards are plain callables supplied by the app
(they usually call the app's access module), and the refusal is an exception made by the app,
so the message stays translated in the app's own catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


def anyone(user: Any, obj: Any) -> bool:
    """The default "who may": the view has already checked access to the object."""
    return True


def always(obj: Any) -> bool:
    return True


@dataclass(frozen=True)
class Transition:
    """One row of the table.

    ``action``: the name services, views and history rows use (``"submit"``).
    ``sources``: the states it starts from. ``target``: the state it ends in (``None`` for a
    step recorded in the history that leaves the state as it is, such as a yearly review).
    ``who``: ``who(user, obj) -> bool``, whether this user may take it.
    ``guard``: ``guard(obj) -> bool``, a condition on the object beyond its state (shown as
    available only when it holds; the service still explains a refusal in its own words).
    ``writes``: the fields the step sets besides the state, and ``history`` the action written
    to the history row — documentation that tests compare with what the service does.
    """

    action: str
    sources: frozenset[str]
    target: str | None
    who: Callable[[Any, Any], bool] = anyone
    guard: Callable[[Any], bool] = always
    writes: tuple[str, ...] = ()
    history: str = ""

    @property
    def history_action(self) -> str:
        return self.history or self.action


def step(
    action: str,
    sources: Iterable[str],
    target: str | None,
    *,
    who: Callable[[Any, Any], bool] = anyone,
    guard: Callable[[Any], bool] = always,
    writes: Iterable[str] = (),
    history: str = "",
) -> Transition:
    """A table row, written the way the tables read: ``step("submit", {DRAFT}, SUBMITTED)``."""
    return Transition(action, frozenset(sources), target, who, guard, tuple(writes), history)


class Refused(Exception):
    """Raised by ``check`` when the app gives no exception of its own."""


@dataclass
class Workflow:
    """The transition table of one kind of object.

    ``state_of(obj)`` reads the state (default: the ``state`` attribute); ``refuse(obj,
    transition)`` makes the exception raised when the object's state does not allow the action
    (the app's ``ServiceError`` with its translated message).
    """

    name: str
    transitions: tuple[Transition, ...]
    state_of: Callable[[Any], str] = field(default=lambda obj: obj.state)
    refuse: Callable[[Any, Transition], Exception] | None = None

    def __post_init__(self) -> None:
        names = [t.action for t in self.transitions]
        duplicates = {name for name in names if names.count(name) > 1}
        if duplicates:
            raise ValueError(f"{self.name}: actions defined twice: {sorted(duplicates)}")

    def transition(self, action: str) -> Transition:
        for transition in self.transitions:
            if transition.action == action:
                return transition
        raise KeyError(f"{self.name} has no action {action!r}")

    def allows(self, action: str, obj: Any, user: Any = None) -> bool:
        """The object's state allows the action, its guard holds, and (given a user) they may."""
        transition = self.transition(action)
        if self.state_of(obj) not in transition.sources or not transition.guard(obj):
            return False
        return user is None or bool(transition.who(user, obj))

    def available(self, obj: Any, user: Any = None) -> list[str]:
        """The actions this user may take on the object now, in table order."""
        return [t.action for t in self.transitions if self.allows(t.action, obj, user)]

    def check(self, action: str, obj: Any) -> Transition:
        """The transition, or the app's refusal when the state does not allow it.

        Only the state is checked here: guards and "who may" have their own messages in the
        services and views (a guard explains why; a stranger gets 403/404 from the view).
        """
        transition = self.transition(action)
        if self.state_of(obj) not in transition.sources:
            if self.refuse is not None:
                raise self.refuse(obj, transition)
            raise Refused(f"{self.name}: {action} not allowed from {self.state_of(obj)!r}")
        return transition

    def states_reaching(self, target: str) -> frozenset[str]:
        """Every state from which some action leads to ``target`` (for queries and docs)."""
        found: set[str] = set()
        for transition in self.transitions:
            if transition.target == target:
                found |= transition.sources
        return frozenset(found)
