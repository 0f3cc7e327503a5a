import datetime

from shingikai.registers import services
from shingikai.registers.tests.conftest import started


def test_the_public_register_shows_the_public_fields_and_no_internal_note(client, world):
    operation = started(world, name="住民基本台帳ファイル", purpose="住民記録の管理")
    services.set_internal_note(operation, "内部メモ：委託先の監査が未了")
    html = client.get("/registers/public/").content.decode()
    assert "住民基本台帳ファイル" in html and "住民記録の管理" in html
    assert "監査が未了" not in html
    entry = client.get(f"/registers/public/{operation.pk}/").content.decode()
    assert "住民記録の管理" in entry and "生年月日" in entry
    assert "監査が未了" not in entry
    # Outsourcing is not among what the law makes public.
    assert "委託" not in entry


def test_abolished_entries_leave_the_public_register(client, world):
    operation = started(world, name="廃止されたファイル")
    abolition = services.file_abolition(
        operation, effective_on=datetime.date(2021, 4, 1), reason="終了", actor=world.bob
    )
    services.accept(abolition, world.alice)
    assert "廃止されたファイル" not in client.get("/registers/public/").content.decode()
    assert client.get(f"/registers/public/{operation.pk}/").status_code == 404
