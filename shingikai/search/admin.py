from django.contrib import admin

from shingikai.search.models import Synonym


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "enabled", "updated_at"]
    list_filter = ["source", "enabled"]
    search_fields = ["terms"]
    fields = ["terms", "source", "enabled"]
