import threading

import pytest
from django.db import connection

from shingikai.consultations import services
from shingikai.consultations.models import Consultation

THREADS = 8


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_get_distinct_numbers_without_gaps(world):
    """Eight departments submitting at the same moment get 480..487, each once."""
    drafts = [world.consultation(title=f"同時提出{i}") for i in range(THREADS)]
    barrier = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def submit(consultation: Consultation) -> None:
        try:
            barrier.wait()
            services.submit(consultation, world.bob)
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(c,)) for c in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(Consultation.objects.values_list("number", flat=True))
    assert numbers == list(range(480, 480 + THREADS))
