import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded attachments go to a throwaway directory, not the data dir."""
    settings.MEDIA_ROOT = tmp_path
