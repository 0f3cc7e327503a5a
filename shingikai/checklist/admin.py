from django.contrib import admin

from shingikai.checklist.models import PersonalTerm, Rule


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "severity", "active"]
    list_filter = ["severity", "active"]
    search_fields = ["code", "title", "message", "precedent"]


@admin.register(PersonalTerm)
class PersonalTermAdmin(admin.ModelAdmin):
    list_display = ["name", "variants", "order"]
    search_fields = ["name"]
