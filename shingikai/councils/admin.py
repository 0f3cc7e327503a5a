from django.contrib import admin

from shingikai.councils import vocabulary
from shingikai.councils.models import (
    Council,
    Department,
    FeeRule,
    Ground,
    Member,
    Municipality,
    NecessityCase,
    Person,
    SectionSet,
    Term,
)
from shingikai.councils.seed import apply_preset


class GroundInline(admin.TabularInline):
    model = Ground
    extra = 0


class NecessityCaseInline(admin.TabularInline):
    model = NecessityCase
    extra = 0


class TermInline(admin.TabularInline):
    model = Term
    extra = 0


class MemberInline(admin.TabularInline):
    model = Member
    extra = 0
    fields = ["person", "name", "role", "category", "start", "end", "fee_declined"]
    autocomplete_fields = ["person"]


class FeeRuleInline(admin.StackedInline):
    model = FeeRule
    extra = 0
    max_num = 1


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
    inlines = [GroundInline, NecessityCaseInline, TermInline, FeeRuleInline]
    actions = [_preset_action(entry) for entry in vocabulary.presets()]


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["council", "name", "start", "end"]
    inlines = [MemberInline]


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "category", "term", "start", "end", "fee_declined"]
    list_filter = ["term__council", "role", "category"]
    search_fields = ["name"]
    autocomplete_fields = ["person", "replaces"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "kana", "gender"]
    search_fields = ["name", "kana"]


@admin.register(SectionSet)
class SectionSetAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "order"]
    search_fields = ["name", "code"]
