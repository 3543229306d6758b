from django.db import migrations

TYPES = [
    ("report", 10, "Report", "Raport", "Izveštaj"),
    ("policy-brief", 20, "Policy brief", "Përmbledhje politikash", "Kratka analiza politika"),
    ("policy-analysis", 30, "Policy analysis", "Analizë politikash", "Analiza politika"),
    ("commentary", 40, "Commentary", "Koment", "Komentar"),
]


def create_types(apps, schema_editor):
    ReportType = apps.get_model("publications", "ReportType")
    for slug, order, en, sq, sr in TYPES:
        ReportType.objects.get_or_create(
            slug=slug,
            defaults={
                "sort_order": order,
                "name": en,
                "name_en": en,
                "name_sq": sq,
                "name_sr_latn": sr,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("publications", "0001_initial")]

    operations = [migrations.RunPython(create_types, migrations.RunPython.noop)]
