from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[3] / "tests" / "samples" / "minutes"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture(autouse=True)
def small_upload_limit(settings):
    # The size check is about the limit, not about 20 MB of disk per test.
    settings.MINUTES_MAX_BYTES = 1_000_000
