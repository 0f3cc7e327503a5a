from django.contrib import admin, messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from shingikai.pia.models import Assessment, Event, ThresholdRule
from shingikai.pia.threshold import table_problems

PROBLEMS = {
    "reversed": gettext_lazy("The row from %(from)s people ends before it starts."),
    "gap": gettext_lazy("No row covers %(from)s to %(to)s people."),
    "overlap": gettext_lazy("Rows overlap at %(at)s people."),
    "open_end": gettext_lazy("No row covers %(from)s people or more."),
    "unknown_level": gettext_lazy("Unknown level “%(level)s”."),
}


@admin.register(ThresholdRule)
class ThresholdRuleAdmin(admin.ModelAdmin):
    list_display = [
        "min_people",
        "max_people",
        "handlers_threshold",
        "level_if_many_or_incident",
        "level_otherwise",
    ]
    actions = ["reset_to_guideline"]

    def changelist_view(self, request, extra_context=None):
        # A gap would leave some assessments without a level: warn while the table is edited.
        for code, params in table_problems(ThresholdRule.table()):
            self.message_user(request, PROBLEMS[code] % params, messages.WARNING)
        return super().changelist_view(request, extra_context)

    @admin.action(description=gettext_lazy("Reset the table to the national guideline"))
    def reset_to_guideline(self, request, queryset):
        ThresholdRule.reset_to_guideline()
        self.message_user(request, _("The table was reset to the national guideline."))


class EventInline(admin.TabularInline):
    model = Event
    extra = 0
    can_delete = False
    readonly_fields = ["action", "from_state", "to_state", "on", "note", "actor", "at"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ["affair", "department", "level", "state", "published_on"]
    list_filter = ["state", "level", "department__municipality"]
    search_fields = ["affair"]
    # Read-only: every step, date and deletion goes through the assessment screens, which
    # check the lifecycle and write the history. An edit here would bypass both (a
    # publication date moved, a published assessment deleted with its history).
    inlines = [EventInline]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
