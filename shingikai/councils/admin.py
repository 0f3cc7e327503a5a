from django.contrib import admin

from shingikai.councils import vocabulary
from shingikai.councils.models import (
    Council,
    Department,
    Ground,
    Member,
    Municipality,
    SectionSet,
    Term,
)
from shingikai.councils.seed import apply_preset


class GroundInline(admin.TabularInline):
    model = Ground
    extra = 0


class TermInline(admin.TabularInline):
    model = Term
    extra = 0


class MemberInline(admin.TabularInline):
    model = Member
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "prefecture", "code"]
    search_fields = ["name"]


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name"]


def _preset_action(entry: dict):
    def action(modeladmin, request, queryset):
        for council in queryset:
            apply_preset(council, entry["code"])

    action.__name__ = f"apply_preset_{entry['code']}"
    # The preset's name is data in Japanese, like the presets themselves.
    action.short_description = entry["name"]
    return action


@admin.register(Council)
class CouncilAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "quorum_rule", "numbering_scheme", "deputy_title"]
    inlines = [GroundInline, TermInline]
    actions = [_preset_action(entry) for entry in vocabulary.presets()]


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["council", "name", "start", "end"]
    inlines = [MemberInline]


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "term", "start", "end"]
    list_filter = ["term__council", "role"]
    search_fields = ["name"]


@admin.register(SectionSet)
class SectionSetAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "order"]
    search_fields = ["name", "code"]
