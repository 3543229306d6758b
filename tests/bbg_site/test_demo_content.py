from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from bbg_site.models import HomePage, SiteSettings

pytestmark = pytest.mark.django_db


def snapshot():
    pages = [
        (
            p.id,
            p.content_type_id,
            p.title_en,
            p.title_sq,
            p.title_sr_latn,
            p.url_path_en,
            p.url_path_sq,
            p.url_path_sr_latn,
            p.latest_revision_id,
            p.last_published_at,
        )
        for p in Page.objects.order_by("path")
    ]
    site_settings = SiteSettings.objects.values().get()
    return {
        "pages": pages,
        "revisions": Revision.objects.count(),
        "images": list(get_image_model().objects.values_list("id", "file")),
        "sites": list(Site.objects.values_list("id", "root_page_id", "is_default_site")),
        "settings": site_settings,
        "menu": list(
            SiteSettings.objects.get().menu_items.values_list("link_page_id", "sort_order")
        ),
    }


def test_load_demo_content_twice_leaves_the_same_pages(demo):
    first = snapshot()
    call_command("load_demo_content", stdout=StringIO())
    assert snapshot() == first
    assert len(first["pages"]) >= 5


def test_demo_content_carries_bprgs_real_text_in_three_languages(demo, client):
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.id
    # Wagtail's "Welcome" page made way for the home page.
    assert Page.objects.filter(depth=2).count() == 1
    settings = SiteSettings.objects.get()
    assert "Qamil Hoxha" in settings.address_en
    assert "10000" in settings.address_sq
    assert settings.opening_hours_en == "Mon – Fri: 09:00 – 17:00"
    en = client.get("/en/").content.decode()
    sq = client.get("/sq/").content.decode()
    sr = client.get("/sr-latn/").content.decode()
    assert "Strengthening Peace and State-building" in en
    assert "integration of the Serb community" in en
    assert "Forcimi i paqes dhe i ndërtimit të shtetit" in sq
    assert "integrimin e komunitetit serb" in sq
    assert "Jačanje mira i izgradnje države" in sr
    assert "integraciju srpske zajednice" in sr
    for html in (en, sq, sr):
        assert "Qamil Hoxha" in html or "Ćamilj Hodža" in html
        assert "09:00 – 17:00" in html
    assert client.get("/sq/rreth-nesh/karriera/").status_code == 200
    assert client.get("/sr-latn/kontakt/").status_code == 200


def test_demo_content_leaves_editors_changes_alone(demo, client):
    home = HomePage.objects.get()
    home.hero_title_en = "Edited by communications"
    home.save_revision().publish()
    settings = SiteSettings.objects.get()
    settings.opening_hours_en = "Mon – Thu: 09:00 – 16:00"
    settings.save()
    call_command("load_demo_content", stdout=StringIO())
    assert HomePage.objects.get().hero_title_en == "Edited by communications"
    assert SiteSettings.objects.get().opening_hours_en == "Mon – Thu: 09:00 – 16:00"


def test_demo_admin_is_created_only_when_no_admin_exists(demo, django_user_model):
    # (with the demo content, like the module's other tests, so the module
    # loads it once: tests/conftest.py, "Data shared by the tests of one module")
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    assert "password" in out.getvalue()
    assert django_user_model.objects.filter(is_superuser=True).count() == 1
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    assert "already exists" in out.getvalue()
    assert django_user_model.objects.filter(is_superuser=True).count() == 1
