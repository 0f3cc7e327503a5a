"""Items versus attachments (rule R08): a product sheet mentions メールアドレス that the
consultation does not declare; declaring it removes the finding."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.checklist.models import AttachmentText
from shingikai.checklist.services import findings_for
from shingikai.checklist.tests.drafts import COMPLETE
from shingikai.checklist.tests.files import docx_bytes, pdf_bytes, sjis_bytes


def _r08(consultation):
    return [f for f in findings_for(consultation) if f.rule == "R08"]


@pytest.mark.parametrize(
    "name, data",
    [
        ("製品説明資料.pdf", pdf_bytes),
        ("製品説明資料.docx", docx_bytes),
        ("製品説明.txt", sjis_bytes),
    ],
)
def test_an_undeclared_item_in_a_product_sheet_is_found_until_declared(client, world, name, data):
    draft = world.consultation(**{**COMPLETE, "personal_items": ["氏名"]})
    client.force_login(world.bob)
    upload = SimpleUploadedFile(name, data(), "application/octet-stream")
    client.post(
        f"/consultations/{draft.pk}/attachments/", {"title": "製品説明資料", "file": upload}
    )

    (finding,) = _r08(draft)
    assert finding.required
    assert "「メールアドレス」" in finding.message
    page = client.get(f"/consultations/{draft.pk}/").content.decode()
    assert 'data-rule="R08"' in page and "「メールアドレス」" in page

    draft.personal_items = ["氏名", "メールアドレス"]
    draft.save()
    assert _r08(draft) == []
    assert 'data-rule="R08"' not in client.get(f"/consultations/{draft.pk}/").content.decode()


def test_the_text_is_extracted_once(client, world):
    draft = world.consultation(**{**COMPLETE, "personal_items": ["氏名"]})
    client.force_login(world.bob)
    upload = SimpleUploadedFile("sheet.txt", "メールアドレス".encode(), "text/plain")
    client.post(f"/consultations/{draft.pk}/attachments/", {"title": "資料", "file": upload})
    assert _r08(draft)
    assert AttachmentText.objects.get().text == "メールアドレス"
    # The file is gone from disk: the kept text still answers.
    draft.attachments.get().file.delete(save=False)
    assert _r08(draft)
