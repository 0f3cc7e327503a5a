from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "last_name", "first_name", "role", "department", "council"]
    list_filter = ["role", "department", "council"]
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        (_("Role in Shingikai"), {"fields": ["role", "department", "council"]}),
    ]
