from django.contrib import admin

from shingikai.documents.models import MinutesSettings


@admin.register(MinutesSettings)
class MinutesSettingsAdmin(admin.ModelAdmin):
    list_display = ["council", "uses_signers", "names_members", "default_style"]
