from pathlib import Path

import pytest
from django.core.management import call_command

DATA = Path(__file__).resolve().parent.parent / "data" / "wordpress"
SAMPLE = DATA / "bprg-sample.wxr.xml"
UPLOADS = DATA / "uploads"


def run_import(*args, **options):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("import_wordpress", *[str(a) for a in args], stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def imported(site):
    """The sample export, imported with its uploads folder."""
    out, err = run_import(SAMPLE, "--uploads", UPLOADS)
    return out
