"""Once shipped DOMAIN §4's 20 review points and the term dictionary from live code.

Frozen as a no-op: reference data now comes from the idempotent `shingikai seed` command
(checklist/seed.py), which `migrate` runs by its post-migrate signal, so this migration no
longer depends on code that changes. Databases that ran the old version keep their rows.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("checklist", "0001_initial")]

    operations = []
