"""Importing an existing register sheet: column mapping, row validation, and the import.

A file with any bad row stores nothing unless the clerk chooses to import only the valid
rows: a half-imported register is worse than none, because nobody knows which half is in.
The column mapping and its Japanese header names are documented in docs/registers.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from shingikai.accounts.models import User
from shingikai.councils.models import Department, Municipality
from shingikai.lib.errors import ServiceError
from shingikai.registers import sheet
from shingikai.registers.models import ImportBatch, Operation


@dataclass(frozen=True)
class ImportField:
    name: str
    label: str
    required: bool
    headers: tuple[str, ...]  # Japanese header names recognised for this field, best first
    parse: Callable[[object], object] | None = None
    error: str = ""  # message when parse fails; %(value)s is the cell


FIELDS: tuple[ImportField, ...] = (
    ImportField(
        "number",
        _("register number"),
        False,
        ("番号", "整理番号", "ファイル番号", "no"),
    ),
    ImportField(
        "name",
        _("name of the file or operation"),
        True,
        (
            "個人情報ファイルの名称",
            "ファイルの名称",
            "個人情報取扱業務の名称",
            "業務の名称",
            "業務名",
            "事務の名称",
            "名称",
        ),
    ),
    ImportField(
        "department",
        _("department"),
        False,
        ("所管課", "担当課", "課名", "所属", "部署"),
    ),
    ImportField(
        "purpose",
        _("purpose of use"),
        True,
        ("利用目的", "業務の目的", "目的"),
    ),
    ImportField(
        "data_subjects",
        _("persons recorded"),
        False,
        ("記録される個人の範囲", "本人の範囲", "記録範囲", "対象者の範囲", "対象者"),
    ),
    ImportField(
        "items",
        _("recorded items"),
        False,
        ("記録項目", "個人情報の項目", "記録される項目", "項目"),
        sheet.parse_items,
    ),
    ImportField(
        "source",
        _("how the information is collected"),
        False,
        ("収集方法", "記録情報の収集方法", "収集元", "取得方法"),
    ),
    ImportField(
        "sensitive",
        _("contains special-care personal information"),
        False,
        ("要配慮個人情報", "要配慮個人情報の有無", "要配慮"),
        sheet.parse_flag,
        _("“%(value)s” is not yes or no (write 有 or 無)."),
    ),
    ImportField(
        "recording",
        _("electronic or paper"),
        False,
        ("電子・紙の別", "処理形態", "記録媒体", "電子計算機処理", "電算処理", "媒体"),
        sheet.parse_recording,
        _("“%(value)s” is neither electronic nor paper (write 電子, 紙 or 電子・紙)."),
    ),
    ImportField(
        "outsourced",
        pgettext_lazy("registers", "outsourced"),
        False,
        ("委託の有無", "外部委託", "委託"),
        sheet.parse_flag,
        _("“%(value)s” is not yes or no (write 有 or 無)."),
    ),
    ImportField(
        "external_provision",
        _("regular external provision"),
        False,
        ("経常的提供先", "経常的な提供先", "外部提供先", "提供先", "外部提供"),
    ),
    ImportField(
        "start_date",
        _("start date"),
        True,
        ("開始年月日", "開始日", "業務開始日", "届出年月日", "開始"),
        sheet.parse_date,
        _("“%(value)s” is not a date (write it like 令和2年4月1日 or 2020/4/1)."),
    ),
    ImportField(
        "abolished_on",
        _("abolished on"),
        False,
        ("廃止年月日", "廃止日", "廃止"),
        sheet.parse_date,
        _("“%(value)s” is not a date (write it like 令和2年4月1日 or 2020/4/1)."),
    ),
    ImportField(
        "internal_note",
        _("internal note"),
        False,
        ("備考", "内部メモ", "メモ"),
    ),
)
FIELDS_BY_NAME = {f.name: f for f in FIELDS}
KNOWN_HEADERS = tuple(header for f in FIELDS for header in f.headers)

SHEET_ERRORS = {
    "xls": _("Old Excel files (.xls) cannot be read. Open the file in Excel and save it as .xlsx."),
    "not_a_sheet": _("This is not an Excel (.xlsx) or CSV file. Choose the register sheet."),
    "empty": _("The file has no rows."),
}


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field name -> column index, by exact header name first, then by containment."""
    normalised = [sheet.normalise_header(h) for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for exact in (True, False):
        for f in FIELDS:
            if f.name in mapping:
                continue
            for wanted in map(sheet.normalise_header, f.headers):
                found = next(
                    (
                        i
                        for i, h in enumerate(normalised)
                        if i not in taken and h and (h == wanted if exact else wanted in h)
                    ),
                    None,
                )
                if found is not None:
                    mapping[f.name] = found
                    taken.add(found)
                    break
    return mapping


@dataclass
class RowResult:
    row: int
    values: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def mapping_errors(mapping: dict[str, int], default_department: Department | None) -> list[str]:
    errors = [
        _("Choose the column for “%(field)s”.") % {"field": f.label}
        for f in FIELDS
        if f.required and f.name not in mapping
    ]
    if "department" not in mapping and default_department is None:
        errors.append(_("Choose the department column, or a department for every row."))
    return errors


def validate(
    table: sheet.Table,
    mapping: dict[str, int],
    municipality: Municipality,
    default_department: Department | None = None,
) -> list[RowResult]:
    departments = {
        sheet.normalise_header(d.name): d
        for d in Department.objects.filter(municipality=municipality)
    }
    existing = set(
        Operation.objects.filter(
            department__municipality=municipality, status=Operation.Status.IN_FORCE
        ).values_list("department_id", "name")
    )
    seen: dict[tuple[int, str], int] = {}
    results = []
    for number, cells in table.rows:
        result = RowResult(row=number)
        for name, column in mapping.items():
            f = FIELDS_BY_NAME[name]
            raw = cells[column] if column < len(cells) else None
            _read_cell(result, f, raw)
        _check_department(result, departments, default_department)
        _check_row(result, existing, seen)
        results.append(result)
    return results


def _read_cell(result: RowResult, f: ImportField, raw: object) -> None:
    if sheet.text(raw) == "":
        if f.required:
            result.values[f.name] = None  # reported as empty by _check_row
        elif f.parse is None:
            result.values[f.name] = ""
        # otherwise the entry keeps the model's default (無, electronic, no items)
        return
    if f.parse is None:
        result.values[f.name] = sheet.text(raw)
        return
    try:
        result.values[f.name] = f.parse(raw)
    except ValueError:
        result.errors.append(
            _("%(field)s: %(message)s")
            % {"field": f.label, "message": f.error % {"value": sheet.text(raw)}}
        )


def _check_department(
    result: RowResult, departments: dict[str, Department], default: Department | None
) -> None:
    name = result.values.pop("department", "")
    if not name:
        if default is None:
            result.errors.append(_("The department is empty."))
        result.values["department"] = default
        return
    department = departments.get(sheet.normalise_header(name))
    if department is None:
        result.errors.append(_("There is no department “%(name)s”.") % {"name": name})
    result.values["department"] = department


def _check_row(result: RowResult, existing: set, seen: dict) -> None:
    values = result.values
    for f in FIELDS:
        if f.required and f.name != "department" and f.name not in values:
            continue  # an unmapped column is a mapping error, reported once above the rows
        if f.required and values.get(f.name) in ("", None):
            result.errors.append(_("“%(field)s” is empty.") % {"field": f.label})
    start, abolished = values.get("start_date"), values.get("abolished_on")
    if start and abolished and abolished < start:
        result.errors.append(_("The abolition date is before the start date."))
    department, name = values.get("department"), values.get("name")
    if department and name:
        key = (department.pk, name)
        if key in existing:
            result.errors.append(_("“%(name)s” is already in the register.") % {"name": name})
        elif key in seen:
            result.errors.append(
                _("“%(name)s” is also on row %(row)d.") % {"name": name, "row": seen[key]}
            )
        else:
            seen[key] = result.row


class RegisterImportRefused(ServiceError):
    """The file has bad rows and the clerk did not choose to import only the valid ones."""

    def __init__(self, results: list[RowResult]) -> None:
        super().__init__(f"{sum(not r.ok for r in results)} rows with errors")
        self.results = results

    @property
    def message(self) -> str:
        return str(
            _(
                "Nothing was imported: the file has rows with errors. Correct the file and "
                "upload it again, or choose to import only the valid rows."
            )
        )


@transaction.atomic
def import_batch(
    batch: ImportBatch,
    mapping: dict[str, int],
    actor: User,
    *,
    default_department: Department | None = None,
    only_valid: bool = False,
) -> list[RowResult]:
    """Create an entry per valid row; all or nothing unless only_valid. One transaction."""
    locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if locked.status != ImportBatch.Status.UPLOADED:
        raise RegisterImportRefused([])
    table = sheet.read_table(bytes(locked.data), locked.filename, KNOWN_HEADERS)
    results = validate(table, mapping, locked.municipality, default_department)
    if mapping_errors(mapping, default_department) or (
        not only_valid and any(not r.ok for r in results)
    ):
        raise RegisterImportRefused(results)
    good = [r for r in results if r.ok]
    Operation.objects.bulk_create(
        [
            Operation(
                **{k: v for k, v in r.values.items() if k != "abolished_on"},
                abolished_on=r.values.get("abolished_on"),
                status=(
                    Operation.Status.ABOLISHED
                    if r.values.get("abolished_on")
                    else Operation.Status.IN_FORCE
                ),
                origin=Operation.Origin.IMPORT,
                import_batch=locked,
            )
            for r in good
        ]
    )
    locked.mapping = mapping
    locked.status = ImportBatch.Status.IMPORTED
    locked.imported_at = timezone.now()
    locked.imported_rows = len(good)
    locked.skipped_rows = len(results) - len(good)
    locked.data = b""  # the entries are in the register now; the upload is not kept
    locked.save()
    batch.refresh_from_db()
    return results
