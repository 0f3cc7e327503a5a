"""Who may see or change impact assessments (the rules are those of registers/access.py: the
municipality reads, a department only its own assessments, a member never writes)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from shingikai.accounts.models import User
from shingikai.councils.models import Municipality
from shingikai.pia.models import Assessment
from shingikai.registers import access


def visible_assessments(user: User, municipality: Municipality) -> QuerySet[Assessment]:
    assessments = Assessment.objects.select_related("department")
    return access.departmental(user, municipality.pk, assessments, "department")


def assessment_for_view(user: User, pk: int) -> Assessment:
    assessment = get_object_or_404(
        Assessment.objects.select_related("department__municipality", "consultation"), pk=pk
    )
    access.require_read_departmental(user, assessment.department)
    return assessment


def assessment_for_act(user: User, pk: int) -> Assessment:
    assessment = get_object_or_404(
        Assessment.objects.select_related("department__municipality"), pk=pk
    )
    access.require_act_for(user, assessment.department)
    return assessment
