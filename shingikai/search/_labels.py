"""Display names of outcomes, kinds and fields (translated in the app's catalogue)."""

from django.utils.translation import gettext_lazy as _

OUTCOME_LABELS = {
    "approved": _("approved as consulted"),
    "approved_with_opinion": _("approved with an attached opinion"),
    "conditional": _("approved on conditions"),
    "continued": _("continued deliberation"),
    "rejected": _("rejected"),
    "unknown": _("outcome unknown"),
    "pending": _("not yet decided"),
    "withdrawn": _("withdrawn"),
    "declined": _("not requiring consultation"),
}
KIND_LABELS = {
    "consultation": _("title and text"),
    "question": _("question"),
    "answer": _("answer"),
    "opinion": _("opinion or decision"),
    "followup": _("follow-up"),
}
FIELD_LABELS = {
    "title": _("title"),
    "body": _("text and explanations"),
    "question": _("question"),
    "answer": _("answer"),
    "opinion": _("opinion"),
    "decision": _("decision"),
    "followup": _("follow-up"),
}
FACET_LABELS = {
    "municipality": _("Municipality"),
    "fiscal_year": _("Fiscal year"),
    "ground": _("Ground"),
    "outcome": _("Outcome"),
    "kind": _("Kind"),
}
