from django.contrib import admin

from shingikai.councils.models import (
    Council,
    Department,
    Ground,
    Member,
    Municipality,
    SectionSet,
    Term,
)


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


@admin.register(Council)
class CouncilAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "quorum_rule", "numbering_scheme"]
    inlines = [GroundInline, TermInline]


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
