"""Police requests counted per fiscal year (April to March), per department and per camera.

A request counts in the fiscal year of the day it was received, whatever became of it, since
the council's question is how often the police asked; the provided ones are counted apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from shingikai.cctv.models import PoliceRequest, RequestState
from shingikai.lib import wareki

PROVIDED_STATES = {RequestState.PROVIDED, RequestState.CONFIRMED}


@dataclass
class Row:
    label: str
    by_year: dict[int, int]
    total: int
    department: str = ""


@dataclass
class Counts:
    years: list[int] = field(default_factory=list)
    received: dict[int, int] = field(default_factory=dict)
    provided: dict[int, int] = field(default_factory=dict)
    by_department: list[Row] = field(default_factory=list)
    by_camera: list[Row] = field(default_factory=list)

    def year_labels(self) -> list[str]:
        return [wareki.format_fiscal_year(year) for year in self.years]


def count_per_fiscal_year(requests: Iterable[PoliceRequest]) -> Counts:
    """requests: with camera__department selected, so that this makes no further query."""
    received: Counter[int] = Counter()
    provided: Counter[int] = Counter()
    departments: dict[str, Counter[int]] = defaultdict(Counter)
    cameras: dict[tuple[int, str, str], Counter[int]] = defaultdict(Counter)
    for request in requests:
        year = wareki.fiscal_year(request.received_on)
        received[year] += 1
        if request.state in PROVIDED_STATES:
            provided[year] += 1
        department = request.camera.department.name
        departments[department][year] += 1
        cameras[(request.camera_id, request.camera.place, department)][year] += 1
    years = sorted(received)
    return Counts(
        years=years,
        received={year: received[year] for year in years},
        provided={year: provided[year] for year in years},
        by_department=[
            Row(name, {y: counter[y] for y in years}, sum(counter.values()))
            for name, counter in sorted(departments.items())
        ],
        by_camera=[
            Row(place, {y: counter[y] for y in years}, sum(counter.values()), department)
            for (_pk, place, department), counter in sorted(
                cameras.items(), key=lambda item: (item[0][2], item[0][1], item[0][0])
            )
        ],
    )
