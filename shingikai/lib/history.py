"""One shape for every history table: who, when, what action, the state and values before and
after, and a note.

Concrete history tables subclass ``HistoryRow`` and add only the foreign key to the object they
describe (and any fact of their own, such as the date a step happened)::

    class StateChange(HistoryRow):
        consultation = models.ForeignKey(Consultation, ..., related_name="history")
        STATES = State

        class Meta(HistoryRow.Meta):
            verbose_name = _("state change")

``before``/``after`` hold the changed values as JSON (``{"place": "駅前"}``), ``from_state``/
``to_state`` the lifecycle state when the row records a transition (empty otherwise; kept as
columns so that history can be queried by state). Services write rows with ``record`` inside
their transaction, so no change is ever left without its row.
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from shingikai.lib.workflow import Transition, Workflow


class HistoryRow(models.Model):
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    action = models.CharField(_("action"), max_length=30, blank=True)
    from_state = models.CharField(_("from"), max_length=30, blank=True)
    to_state = models.CharField(_("to"), max_length=30, blank=True)
    before = models.JSONField(_("values before"), default=dict, blank=True)
    after = models.JSONField(_("values after"), default=dict, blank=True)
    note = models.TextField(_("note"), blank=True)

    # The subclass's state and action choices, for the labels shown on pages.
    STATES: ClassVar[type[models.TextChoices] | None] = None
    ACTIONS: ClassVar[type[models.TextChoices] | None] = None
    # The model whose fields before/after name, for the labels of changed values.
    SUBJECT: ClassVar[type[models.Model] | None] = None

    class Meta:
        abstract = True
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        what = f"{self.from_state} → {self.to_state}" if self.to_state else self.action
        subject = next(
            (
                getattr(self, f.name)
                for f in self._meta.concrete_fields
                if f.many_to_one and f.name != "actor"
            ),
            "",
        )
        return f"{subject} {what}".strip()

    @staticmethod
    def _label(choices, value: str) -> str:
        if not value or choices is None:
            return value
        try:
            return str(choices(value).label)
        except ValueError:
            return value

    @property
    def from_label(self) -> str:
        return self._label(self.STATES, self.from_state)

    @property
    def to_label(self) -> str:
        return self._label(self.STATES, self.to_state)

    @property
    def action_label(self) -> str:
        return self._label(self.ACTIONS, self.action)

    def changed(self) -> list[tuple[str, Any, Any]]:
        """(field label, before, after) for each changed value; field names mean nothing to a
        clerk, so the subject model's verbose names are used where known."""
        rows = []
        for name in list(self.after) + [n for n in self.before if n not in self.after]:
            label: Any = name
            if self.SUBJECT is not None:
                try:
                    label = self.SUBJECT._meta.get_field(name).verbose_name
                except Exception:  # a field since removed: its name is still better than nothing
                    label = name
            rows.append((label, _shown(self.before.get(name)), _shown(self.after.get(name))))
        return rows


def _shown(value: Any) -> Any:
    # True/False mean nothing on a Japanese page.
    if isinstance(value, bool):
        return pgettext("registers", "yes") if value else pgettext("registers", "no")
    return value


def json_value(value: Any) -> Any:
    """A model value as JSON for before/after: dates as ISO text, related objects by name."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if hasattr(value, "pk"):
        return str(value)
    return value


def diff(obj: models.Model, values: dict) -> tuple[dict, dict]:
    """The values that would change, before and after, as JSON; sets them on ``obj``."""
    before, after = {}, {}
    for name, value in values.items():
        current = getattr(obj, name)
        if current != value:
            before[name], after[name] = json_value(current), json_value(value)
            setattr(obj, name, value)
    return before, after


def lock(
    workflow: Workflow, model: type[models.Model], pk: int, action: str
) -> tuple[Any, Transition]:
    """The row locked for update, after the workflow has checked that the action is allowed
    from its state; call inside the service's transaction."""
    locked = model.objects.select_for_update().get(pk=pk)
    return locked, workflow.check(action, locked)


def save(locked: models.Model, original: models.Model) -> Any:
    """Save the locked copy a step changed, and bring the caller's copy up to date."""
    locked.save()
    original.refresh_from_db()
    return locked


def record(
    rows: models.Manager | type[HistoryRow],
    subject: models.Model,
    transition: Transition | None,
    actor: Any,
    *,
    action: str = "",
    before: dict | None = None,
    after: dict | None = None,
    note: str = "",
    state_field: str = "state",
    **extra: Any,
) -> HistoryRow:
    """Write the history row of a change and, for a transition, move the subject's state.

    ``rows``: the concrete history model or the subject's related manager. The subject is not
    saved here: the service saves it together with the fields the step writes.
    """
    model = rows if isinstance(rows, type) else rows.model
    fields: dict[str, Any] = {
        "actor": actor,
        "action": action or (transition.history_action if transition else ""),
        "before": before or {},
        "after": after or {},
        "note": note,
        **extra,
    }
    if transition is not None and transition.target is not None:
        fields["from_state"] = getattr(subject, state_field) or ""
        fields["to_state"] = transition.target
        setattr(subject, state_field, transition.target)
    if not isinstance(rows, type):
        return rows.create(**fields)
    subject_field = _subject_field(model, subject)
    return model.objects.create(**{subject_field: subject}, **fields)


def _subject_field(model: type[models.Model], subject: models.Model) -> str:
    for f in model._meta.get_fields():
        if getattr(f, "many_to_one", False) and f.related_model is type(subject):
            return f.name
    raise TypeError(f"{model.__name__} has no foreign key to {type(subject).__name__}")
