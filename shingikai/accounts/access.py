"""Who may manage a council: the role rules every access module starts from.

The rules per resource live beside the resource: consultations/access.py (consultations,
follow-ups, the consultation scope search uses), meetings/access.py (meetings, agendas,
minutes), registers/access.py with cctv/access.py and pia/access.py (the municipality's
registers), audit/access.py (the audit log). Every view asks there; hiding a button is never
the check.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from shingikai.accounts.models import User
from shingikai.councils.models import Council


def manages_council(user: User, council_id: int) -> bool:
    return user.is_admin_role or (user.is_secretariat and user.council_id == council_id)


def managed_council(user: User) -> Council:
    """The council a secretariat user works for (admins: the first one)."""
    if user.is_secretariat and user.council_id:
        return user.council
    if user.is_admin_role:
        council = Council.objects.order_by("pk").first()
        if council:
            return council
    raise PermissionDenied
