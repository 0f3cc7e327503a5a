"""Template context shared by every page: the navigation a user's role may use."""

from __future__ import annotations

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

ANYONE = "anyone"
# (url name, label, roles that see the link). Links whose view is not installed are left out,
# so an area of the product appears in the menu as soon as its app provides the URL.
NAV_ITEMS = [
    ("front:dashboard", _("Dashboard"), {"secretariat", "department", "member", "admin"}),
    ("consultations:list", _("Consultations"), {"secretariat", "department", "member", "admin"}),
    ("meetings:list", _("Meetings"), {"secretariat", "department", "member", "admin"}),
    ("meetings:followups", _("Follow-ups"), {"secretariat", "department", "admin"}),
    ("search:index", _("Search"), {"secretariat", "department", "member", "admin"}),
    ("minutes:list", _("Imported minutes"), {"secretariat", "admin"}),
    ("registers:index", _("Registers"), {"secretariat", "department", "admin"}),
    ("members:index", _("Members"), {"secretariat", "admin"}),
    ("publication:portal", _("Public portal"), {ANYONE}),
    ("audit:list", _("Audit log"), {"secretariat", "admin"}),
    ("admin:index", _("Reference data"), {"secretariat", "admin"}),
]


def _links(role: str | None) -> list[tuple[str, str]]:
    links = []
    for name, label, roles in NAV_ITEMS:
        if ANYONE not in roles and role not in roles:
            continue
        try:
            links.append((reverse(name), label))
        except NoReverseMatch:
            continue
    return links


def navigation(request) -> dict:
    user = getattr(request, "user", None)
    role = None
    if user is not None and user.is_authenticated:
        role = "admin" if user.is_superuser else user.role
    return {"demo_mode": settings.DEMO_MODE, "nav_links": _links(role) if role else []}
