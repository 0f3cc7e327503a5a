"""Ships DOMAIN §4's 20 review points and the personal-information term dictionary.

Reads shingikai/checklist/data/*.json as they are when the migration runs; later changes
to the shipped data need a new migration, and never overwrite a secretariat's edits.
"""

from django.db import migrations


def install(apps, schema_editor):
    from shingikai.checklist.defaults import install_defaults

    install_defaults(apps.get_model("checklist", "Rule"), apps.get_model("checklist", "PersonalTerm"))


def uninstall(apps, schema_editor):
    from shingikai.checklist.defaults import default_rules, default_terms

    apps.get_model("checklist", "Rule").objects.filter(
        code__in=[rule["code"] for rule in default_rules()]
    ).delete()
    apps.get_model("checklist", "PersonalTerm").objects.filter(
        name__in=[term["name"] for term in default_terms()]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("checklist", "0001_initial")]

    operations = [migrations.RunPython(install, uninstall)]
