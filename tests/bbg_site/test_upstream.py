"""The private upstream names the project leans on (``bbg_site/upstream.py``)
still do what the project needs, and an upgrade past the releases they were
read against fails loudly, naming the module to check."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from bbg_site import upstream
from bbg_site.models.base import BasePage
from bbg_site.schema import SLUG_INDEXES
from tests.helpers import url_in


def test_the_installed_releases_are_the_ones_bbg_site_upstream_was_checked_against():
    upgraded = upstream.unchecked_upgrades()
    assert not upgraded, (
        "bbg_site/upstream.py leans on private names of these packages and was not "
        f"checked against the installed releases: {', '.join(upgraded)}. Read each "
        "function in bbg_site/upstream.py against the new release, run "
        "tests/bbg_site/test_upstream.py, then update upstream.CHECKED."
    )


def _concrete_page_classes():
    found, todo = [], [BasePage]
    while todo:
        model = todo.pop()
        todo.extend(model.__subclasses__())
        if not model._meta.abstract:
            found.append(model)
    return found


def test_every_page_type_routes_with_our_route_not_wagtail_modeltranslations():
    replaced = upstream.translated_route_function()
    # wagtail-modeltranslation still assigns its route to the translated page
    # classes (Wagtail's own Page keeps it): what restore_own_routes undoes.
    assert Page.route is replaced, "bbg_site/upstream.py: wagtail-modeltranslation changed"
    classes = _concrete_page_classes()
    assert len(classes) >= 10
    for model in classes:
        own = RoutablePageMixin.route if issubclass(model, RoutablePageMixin) else BasePage.route
        assert model.route is own, model


@pytest.mark.django_db
def test_a_site_set_on_the_request_is_the_one_wagtail_finds_without_a_query(site):
    wagtail_site = Site.objects.get(root_page=site.home)
    request = RequestFactory().get("/", HTTP_HOST="elsewhere.example")
    upstream.set_site_for_request(request, wagtail_site)
    with CaptureQueriesContext(connection) as queries:
        assert Site.find_for_request(request) is wagtail_site
    assert len(queries) == 0


@pytest.mark.django_db
def test_a_cached_parent_answers_get_parent_without_a_query(site):
    careers = Page.objects.get(pk=site.careers.pk)
    upstream.set_cached_parent(careers, site.about)
    with CaptureQueriesContext(connection) as queries:
        assert careers.get_parent() is site.about
    assert len(queries) == 0


def test_the_raw_hostname_skips_allowed_hosts_and_drops_the_port(settings):
    settings.ALLOWED_HOSTS = ["example.org"]
    request = RequestFactory().get("/", HTTP_HOST="not-allowed.example:8443")
    assert upstream.raw_hostname(request) == "not-allowed.example"


@pytest.mark.django_db
def test_migrate_made_the_per_language_slug_indexes_and_the_root_page_url_path():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    for name, column in SLUG_INDEXES.items():
        assert constraints[name]["columns"] == [column]
    assert Page.objects.get(depth=1).url_path_en == "/"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "sq", "sr-latn"])
def test_no_step_of_a_route_goes_through_wagtail_modeltranslations_route(
    client, site, monkeypatch, language
):
    """Its route reads every child of a page to compare slugs in Python."""

    def refuse(*args, **kwargs):
        raise AssertionError("routed through wagtail-modeltranslation's route")

    monkeypatch.setattr(Page, "route", refuse)
    response = client.get(url_in(site.careers, language))
    assert response.status_code == 200
    title = getattr(site.careers, f"title_{language.replace('-', '_')}")
    assert f"<h1>{title}</h1>" in response.content.decode().replace("\n", "")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "sq", "sr-latn"])
def test_the_language_shown_is_the_column_modeltranslation_returns(site, language):
    """``language_shown`` agrees with the value the descriptor gives: the
    reader's own column when it has text, else the English fallback."""
    from django.utils import translation

    careers = Page.objects.get(pk=site.careers.pk).specific
    careers.intro_sq = ""  # Albanian falls back to English; Serbian has its own
    with translation.override(language):
        shown = upstream.language_shown(careers, "intro", language)
        expected = "en" if language == "sq" else language
        assert shown == expected
        assert careers.intro == getattr(careers, f"intro_{expected.replace('-', '_')}")
        assert upstream.language_shown(careers, "first_published_at", language) == ""


def test_modeltranslation_reads_the_serbian_latin_fields_for_the_cyrillic_edition(db):
    from django.utils import translation
    from modeltranslation import utils

    from bbg_site.models import Topic

    topic = Topic(slug="dialogue", name_en="Dialogue", name_sq="Dialogu", name_sr_latn="Dijalog")
    with translation.override("sr-cyrl"):
        assert utils.get_language() == "sr-latn", "bbg_site/upstream.py: read_content_language"
        assert topic.name == "Dijalog"
    with translation.override("sq"):
        assert topic.name == "Dialogu"


def test_wagtail_modeltranslation_admin_sees_only_the_content_languages():
    from wagtail_modeltranslation import patch_wagtailadmin_forms, wagtail_hooks

    for module in (patch_wagtailadmin_forms, wagtail_hooks):
        codes = [code for code, _name in module.settings.LANGUAGES]
        assert codes == ["en", "sq", "sr-latn"], "bbg_site/upstream.py: admin languages"


def test_a_request_marked_csrf_checked_passes_djangos_csrf_middleware_without_a_token():
    from django.middleware.csrf import CsrfViewMiddleware

    def view(request):
        return None

    middleware = CsrfViewMiddleware(lambda request: None)
    unmarked = RequestFactory().post("/en/newsletter/", {})
    unmarked._dont_enforce_csrf_checks = False
    assert middleware.process_view(unmarked, view, (), {}).status_code == 403
    marked = RequestFactory().post("/en/newsletter/", {})
    upstream.mark_csrf_checked(marked)
    assert middleware.process_view(marked, view, (), {}) is None


def test_every_page_type_has_the_language_tabs_cached_and_clearable():
    for model in _concrete_page_classes():
        handler = model.get_edit_handler()
        assert handler is model.get_edit_handler(), model  # computed once per class
        assert [tab.clean_name for tab in handler.children][:3] == ["en", "sq", "sr_latn"], model
        # wagtail-modeltranslation clears it when it patches the panels.
        model.get_edit_handler.cache_clear()
        assert model.get_edit_handler() is not handler, model


def test_wagtails_moderation_panel_is_a_dashboard_panel_of_that_name():
    from wagtail.admin.ui.components import Component

    panel = upstream.wagtail_moderation_panel_class()
    assert issubclass(panel, Component)
    assert panel.name == "workflow_objects_to_moderate"
