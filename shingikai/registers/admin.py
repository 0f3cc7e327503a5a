from django.contrib import admin

from shingikai.registers.models import ImportBatch, Notification, Operation


class NotificationInline(admin.TabularInline):
    model = Notification
    extra = 0
    can_delete = False
    fields = ["kind", "status", "effective_on", "reason", "filed_by", "decided_by"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        # Notifications are filed through the register screens, which keep the history.
        return False


@admin.register(Operation)
class OperationAdmin(admin.ModelAdmin):
    list_display = ["name", "department", "start_date", "status", "abolished_on", "origin"]
    list_filter = ["status", "origin", "department__municipality", "department"]
    search_fields = ["name", "purpose", "number"]
    # Values change through notifications only; the admin may correct the internal note.
    readonly_fields = [
        f.name for f in Operation._meta.fields if f.name not in ("id", "internal_note")
    ]
    inlines = [NotificationInline]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["kind", "__str__", "department", "effective_on", "status", "filed_at"]
    list_filter = ["kind", "status", "department__municipality"]
    readonly_fields = [f.name for f in Notification._meta.fields if f.name != "id"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["filename", "municipality", "status", "imported_rows", "skipped_rows"]
    exclude = ["data"]
    readonly_fields = [f.name for f in ImportBatch._meta.fields if f.name not in ("id", "data")]

    def has_add_permission(self, request) -> bool:
        return False
