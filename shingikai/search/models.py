"""The search index's own rows: one per consultation and audience.

Derived data only: everything here can be rebuilt from the consultations and the imported
minutes with `shingikai reindex`, so there are no foreign keys that could block a delete
elsewhere. The full-text tables of each backend (SQLite FTS5, PostgreSQL tsvector) hold one
row per document, keyed by its id; they are created by migration 0002 for the database in
use.
"""

from __future__ import annotations

from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _


class Document(models.Model):
    class Source(models.TextChoices):
        CONSULTATION = "consultation", _("consultation")
        IMPORTED = "imported", _("imported minutes")
        MEETING = "meeting", _("imported minutes outside any item")

    class Audience(models.TextChoices):
        INTERNAL = "internal", _("staff")
        PUBLIC = "public", _("public (redacted)")

    source = models.CharField(_("source"), max_length=20, choices=Source)
    object_id = models.BigIntegerField(_("object id"))
    audience = models.CharField(_("audience"), max_length=10, choices=Audience)
    municipality_id = models.BigIntegerField(_("municipality id"), null=True, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    council_id = models.BigIntegerField(_("council id"), null=True, blank=True)
    title = models.TextField(_("title"), blank=True)
    number = models.CharField(_("number"), max_length=100, blank=True)
    department = models.CharField(_("department"), max_length=200, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=30, blank=True)
    grounds = models.JSONField(_("grounds"), default=list, blank=True)
    # Filter and permission tokens, as indexed in the hidden meta column.
    meta = models.TextField(_("filter tokens"), blank=True)
    # The analysed entries (field, reference to the source text, tokens), zlib-compressed:
    # snippets are chosen from them, and SQLite needs them to delete the document's index row.
    entries = models.BinaryField(_("analysed entries"))
    text_bytes = models.PositiveIntegerField(_("size of the indexed text in bytes"), default=0)
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    # The document's meaning vector (search._meaning: int8, one byte per dimension); null
    # when the word vectors were not available at indexing time.
    meaning = models.BinaryField(_("meaning vector"), null=True, blank=True, editable=False)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "object_id", "audience"], name="unique_search_document"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source}/{self.object_id} ({self.audience}) {self.title[:40]}"

    @property
    def key(self) -> str:
        return f"{self.source}/{self.object_id}"


class IndexState(models.Model):
    """One row: the version of the index layout that built the current documents."""

    version = models.PositiveIntegerField(_("index version"))
    built_at = models.DateTimeField(_("built at"), auto_now=True)

    class Meta:
        verbose_name = _("index state")
        verbose_name_plural = _("index states")

    def __str__(self) -> str:
        return f"v{self.version}"


class Synonym(models.Model):
    """A group of words that mean the same (or nearly) for searching: a query with one of
    them also finds the others, ranked below the words the user typed. Edited by the
    secretariat in the admin; changes apply to the next search, without a restart."""

    class Source(models.TextChoices):
        DOMAIN = "domain", _("domain vocabulary")
        GENERAL = "general", _("general (Sudachi synonym dictionary)")
        LOCAL = "local", _("added here")

    terms = models.TextField(
        _("terms"), help_text=_("The words of the group, separated by 、 or commas or lines.")
    )
    source = models.CharField(_("source"), max_length=10, choices=Source, default=Source.LOCAL)
    enabled = models.BooleanField(_("enabled"), default=True)
    # Seeded groups carry the key they were seeded with, so seeding again adds only what is
    # missing and never undoes an edit.
    key = models.CharField(_("seed key"), max_length=40, blank=True, db_index=True)
    # The terms as the search reads them (Sudachi normalised words), computed on save.
    analysed = models.JSONField(_("analysed terms"), default=list, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["source", "pk"]

    def __str__(self) -> str:
        return "、".join(self.term_list())[:80]

    def save(self, *args, **kwargs):
        from shingikai.search._synonyms import analyse_terms

        self.analysed = analyse_terms(self.term_list())
        super().save(*args, **kwargs)
        VocabularyRevision.bump()

    def term_list(self) -> list[str]:
        import re

        return [t.strip() for t in re.split(r"[、,，\n]", self.terms) if t.strip()]


class VocabularyRevision(models.Model):
    """One row counting changes to the synonyms: every search process compares it with the
    revision of its own copy (one indexed read instead of counting the table)."""

    number = models.PositiveBigIntegerField(_("revision"), default=0)

    class Meta:
        verbose_name = _("vocabulary revision")
        verbose_name_plural = _("vocabulary revisions")

    def __str__(self) -> str:
        return str(self.number)

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.filter(pk=1).update(number=models.F("number") + 1):
            cls.objects.get_or_create(pk=1, defaults={"number": 1})

    @classmethod
    def current(cls) -> int:
        return _read_one(cls, "number") or 0


class MeaningRevision(models.Model):
    """One row whose token changes whenever documents are written or deleted: every search
    process keeps the documents' meaning vectors in memory and reloads them when the token
    is not the one it loaded (one indexed read per search)."""

    token = models.CharField(_("token"), max_length=32)

    class Meta:
        verbose_name = _("meaning vectors revision")
        verbose_name_plural = _("meaning vectors revisions")

    def __str__(self) -> str:
        return self.token

    @classmethod
    def bump(cls) -> None:
        import uuid

        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=1).update(token=token):
            cls.objects.update_or_create(pk=1, defaults={"token": token})

    @classmethod
    def current(cls) -> str:
        return _read_one(cls, "token") or ""


def _read_one(model, column: str):
    """The column of a revision model's row 1, or None: read before every search, so in
    plain SQL (the ORM takes ten times as long as the read itself)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {model._meta.db_table} WHERE id = %s", [1])
        row = cursor.fetchone()
    return row[0] if row else None


@receiver(post_delete, sender=Synonym)
def _synonym_deleted(sender, **kwargs) -> None:
    # The admin deletes through querysets: the signal (not Synonym.delete) sees each row.
    VocabularyRevision.bump()
