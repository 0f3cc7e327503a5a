from django.contrib import admin

from shingikai.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the log cannot be edited from the application."""

    list_display = ["at", "username", "ip", "action", "method", "path", "status"]
    list_filter = ["action"]
    search_fields = ["username", "path"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
