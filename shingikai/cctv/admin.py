from django.contrib import admin

from shingikai.cctv.models import Camera, PoliceRequest, RequestStep


@admin.register(Camera)
class CameraAdmin(admin.ModelAdmin):
    list_display = ["place", "department", "camera_count", "retention_days", "removed_on"]
    list_filter = ["department__municipality", "department"]
    search_fields = ["place"]


class RequestStepInline(admin.TabularInline):
    model = RequestStep
    extra = 0
    can_delete = False
    readonly_fields = ["from_state", "to_state", "on", "note", "actor", "at"]

    def has_add_permission(self, request, obj=None) -> bool:
        # Steps are recorded by the request screens, which keep the log consistent.
        return False


@admin.register(PoliceRequest)
class PoliceRequestAdmin(admin.ModelAdmin):
    list_display = ["received_on", "camera", "police_station", "state", "confirmation_due"]
    list_filter = ["state", "camera__department"]
    readonly_fields = ["state"]
    inlines = [RequestStepInline]
