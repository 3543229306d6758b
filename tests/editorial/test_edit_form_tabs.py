"""A calmer page editor: one tab per language, the shared fields once, the
body's ⊕ labelled, and a dashboard that says what each panel lists — in the
editor's admin language (English, Albanian, Serbian)."""

import re

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import WorkflowState

from bbg_site.models.base import BasePage
from publications.models import ReportPage
from tests.admin_forms import report_form
from tests.editorial.test_translation_status import set_admin_language
from tests.editorial.test_workflow import submit
from tests.helpers import soup

pytestmark = pytest.mark.django_db

SUFFIXES = ("en", "sq", "sr_latn")

# The tabs' names in each admin language: the language's name in the admin's
# language, and its own name where that differs.
TABS = {
    "en": ["English", "Albanian (Shqip)", "Serbian (Srpski)", "All languages", "Promote"],
    "sq": ["Anglisht (English)", "Shqip", "Serbisht (Srpski)", "Të gjitha gjuhët", "Promovimi"],
    "sr-latn": ["Engleski (English)", "Albanski (Shqip)", "Srpski", "Svi jezici", "Promocija"],
}


# The title's label, placeholder and help in each admin language.
PAGE_TITLE_WORDS = {
    "en": ("Title", "Page title", "A page needs a title in at least one language."),
    "sq": ("Titulli", "Titulli i faqes", "Faqja ka nevojë për një titull të paktën në një gjuhë."),
    "sr-latn": ("Naslov", "Naslov stranice", "Stranici je potreban naslov na bar jednom jeziku."),
}


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return soup(response)


def tab_names(html):
    return [
        tab.find(string=True, recursive=False).strip()
        for tab in html.select("[role=tablist] [role=tab]")
    ]


def names_in(section):
    """The form fields a tab holds (StreamFields by their section's id)."""
    names = {field["name"] for field in section.select("[name]") if field.name != "a"}
    names |= {
        match.group(1)
        for element in section.select("section[id$='-section']")
        if (match := re.search(r"-(\w+)-section$", element["id"]))
    }
    return names


@pytest.mark.parametrize("language", ["en", "sq", "sr-latn"])
def test_report_editor_has_one_tab_per_language_and_the_shared_fields_once(
    client, communications_user, newsroom, language
):
    set_admin_language(communications_user, language)
    client.force_login(communications_user)
    html = edit_form(client, ReportPage.objects.get(slug_en="mitrovica-bridge"))

    assert tab_names(html) == TABS[language]
    for suffix in SUFFIXES:
        tab = html.select_one(f"#tab-{suffix}")
        fields = names_in(tab)
        for field in ("title", "subtitle", "summary", "body", "cover_alt", "slug", "seo_title"):
            assert f"{field}_{suffix}" in fields, (suffix, field)
        others = [s for s in SUFFIXES if s != suffix]
        assert not [f for f in fields if f.endswith(tuple(f"_{o}" for o in others))], fields
        # Labelled with the field's own name, the tab says the language.
        labels = [label.get_text(" ", strip=True) for label in tab.select("label")]
        assert not [label for label in labels if "[" in label], labels
        # No language's title is required by itself (a page may be written
        # in Albanian or Serbian first): no star, no "Page title*", but a
        # placeholder (Wagtail's title box has no border) and words, in the
        # admin's language (Wagtail has no Albanian or Serbian).
        words = PAGE_TITLE_WORDS[language]
        assert tab.select_one(f"label[for=id_title_{suffix}]").get_text(strip=True) == words[0]
        assert tab.select_one(f"#id_title_{suffix}")["placeholder"] == words[1]
        assert words[2] in tab.get_text(" ", strip=True)
        assert "as you'd like it to be seen by the public" not in tab.get_text()
        # Its text boxes say their language (spelling, screen readers).
        lang = {"en": "en", "sq": "sq", "sr_latn": "sr-Latn"}[suffix]
        for field in ("title", "subtitle", "cover_alt", "slug", "seo_title"):
            assert tab.select_one(f"[name={field}_{suffix}]")["lang"] == lang
        # The shared fields are not repeated in a language's tab.
        assert not fields & {"report_type", "publication_date", "cover_image", "topics"}

    shared = html.select_one("#tab-content")
    shared_fields = names_in(shared)
    for field in ("report_type", "publication_date", "cover_image", "topics", "project"):
        assert field in shared_fields
        assert len(html.select(f"[name={field}]")) == (1 if field != "topics" else 3)
    for formset in ("authors", "downloads", "related_links"):
        assert f"{formset}-TOTAL_FORMS" in shared_fields
    assert not [f for f in shared_fields if f.startswith(("title_", "body_", "summary_"))]


@pytest.mark.parametrize("language", ["en", "sq", "sr-latn"])
def test_the_editor_labels_the_body_add_button_and_copy_buttons_in_the_admin_language(
    client, communications_user, newsroom, language
):
    set_admin_language(communications_user, language)
    client.force_login(communications_user)
    html = edit_form(client, ReportPage.objects.get(slug_en="mitrovica-bridge"))
    add = html.select_one("script[src*='editorial/add-block-label']")
    assert (
        add["data-add-block-label"]
        == {
            "en": "Add block",
            "sq": "Shto bllok",
            "sr-latn": "Dodaj blok",
        }[language]
    )
    copy = html.select_one("script[src*='editorial/copy-buttons']")
    assert (
        copy["data-copy-label"]
        == {
            "en": "Copy content from",
            "sq": "Kopjo përmbajtjen nga",
            "sr-latn": "Kopiraj sadržaj iz",
        }[language]
    )
    assert '"sq": "Shqip"' in copy["data-language-names"] or language != "sq"


def test_every_page_type_has_a_working_tabbed_edit_form(admin_client, site, newsroom):
    from django.utils import timezone

    from tests.factories import make_event, make_event_index

    make_event(
        make_event_index(site.home), "roundtable", "Roundtable on the bridge", start=timezone.now()
    )
    page_types = {
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and not model._meta.abstract
    }
    edited = set()
    for model in page_types:
        page = model.objects.first()
        assert page is not None, f"no {model.__name__} to edit"
        html = edit_form(admin_client, page)
        names = tab_names(html)
        assert names[:3] == TABS["en"][:3], (model, names)
        assert html.select_one("#tab-en [name=title_en]"), model
        assert html.select_one("#tab-sq [name=title_sq]"), model
        assert not html.select("#tab-content [name^=title_]"), model
        edited.add(model)
        # The form for a new page of this type too, where one may be added.
        parent = page.get_parent().specific
        if model.can_create_at(parent):
            add = reverse(
                "wagtailadmin_pages:add",
                args=[model._meta.app_label, model._meta.model_name, parent.pk],
            )
            response = admin_client.get(add)
            assert response.status_code == 200, model
            assert tab_names(soup(response))[:3] == TABS["en"][:3], model
    assert edited == page_types
    # A panel's own heading and help text are kept in each language's tab.
    from people.models import PersonPage

    html = edit_form(admin_client, PersonPage.objects.first())
    for suffix in SUFFIXES:
        assert "The full name as shown on the site." in html.select_one(f"#tab-{suffix}").text


def test_posting_the_tabbed_form_saves_every_language(client, communications_user, newsroom):
    client.force_login(communications_user)
    report = ReportPage.objects.get(slug_en="mitrovica-bridge")
    data = report_form(
        title_en="The Mitrovica bridge, revisited",
        title_sq="Ura e Mitrovicës, sërish",
        title_sr_latn="Mitrovački most, ponovo",
        slug_en=report.slug_en,
        slug_sq=report.slug_sq,
        slug_sr_latn=report.slug_sr_latn,
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[report.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    report = ReportPage.objects.get(pk=report.pk)
    assert (report.title_en, report.title_sq, report.title_sr_latn) == (
        "The Mitrovica bridge, revisited",
        "Ura e Mitrovicës, sërish",
        "Mitrovački most, ponovo",
    )
    assert "Three recommendations." in report.summary_en
    assert "Tri rekomandime." in report.summary_sq
    assert "Tri preporuke." in report.summary_sr_latn


@pytest.mark.parametrize(
    ("language", "heading", "recent", "awaiting", "count", "nothing"),
    [
        (
            "en",
            "Pages missing a translation",
            "Recently edited pages still to translate",
            "Awaiting review",
            "1 page awaits your review",
            "Nothing is awaiting your review.",
        ),
        (
            "sq",
            "Faqe që u mungon një përkthim",
            "Faqe të redaktuara së fundi që ende duhen përkthyer",
            "Në pritje të shqyrtimit",
            "1 faqe pret shqyrtimin tuaj",
            "Asgjë nuk pret shqyrtimin tuaj.",
        ),
        (
            "sr-latn",
            "Stranice kojima nedostaje prevod",
            "Nedavno uređene stranice koje još treba prevesti",
            "Čeka pregled",
            "1 stranica čeka vaš pregled",
            "Ništa ne čeka vaš pregled.",
        ),
    ],
)
def test_dashboard_names_its_panels_and_lists_pages_awaiting_review(
    client,
    communications_user,
    administrator,
    newsroom,
    language,
    heading,
    recent,
    awaiting,
    count,
    nothing,
):
    set_admin_language(administrator, language)
    client.force_login(administrator)
    html = soup(client.get(reverse("wagtailadmin_home")))
    translations = html.select_one("#untranslated-pages-section")
    assert translations.select_one("h2").get_text(strip=True) == heading
    assert translations.select_one("h3").get_text(strip=True) == recent
    panel = html.select_one("#awaiting-review-section")
    assert panel.select_one("h2").get_text(strip=True) == awaiting
    assert nothing in panel.get_text(" ", strip=True)

    report = ReportPage.objects.get(slug_en="eu-visa")
    client.force_login(communications_user)
    assert submit(client, report).status_code == 302
    assert WorkflowState.objects.filter(object_id=str(report.pk), status="in_progress").exists()

    client.force_login(administrator)
    html = soup(client.get(reverse("wagtailadmin_home")))
    (panel,) = html.select("[id^=awaiting-review]:not([id$=-content]):not([id$=-heading])")
    text = panel.get_text(" ", strip=True)
    assert count in text
    link = panel.select_one("tbody td.title a")
    assert link.get_text(strip=True) == report.title_en
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=[report.pk])
    assert "comms" in panel.select_one("tbody").get_text(" ", strip=True)
    # The review step is named in the admin's language (stored in English).
    assert (
        panel.select("tbody td")[1].get_text(strip=True)
        == {
            "en": "Review by Communications or Administrators",
            "sq": "Shqyrtim nga Communications ose Administrators",
            "sr-latn": "Pregled: Communications ili Administrators",
        }[language]
    )
    assert nothing not in text


def test_awaiting_review_is_not_shown_to_someone_who_reviews_nothing(
    client, django_user_model, newsroom
):
    from django.contrib.auth.models import Group, Permission

    from tests.editorial.conftest import make_user

    Group.objects.create(name="Admin only").permissions.add(
        Permission.objects.get(codename="access_admin")
    )
    client.force_login(make_user(django_user_model, "outsider", "Admin only"))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert not soup(response).select("[id^=awaiting-review]")


@pytest.mark.parametrize(
    "language, labels",
    [
        ("en", ["Affiliation (English)", "Affiliation (Albanian)", "Affiliation (Serbian)"]),
        ("sq", ["Institucioni (anglisht)", "Institucioni (shqip)", "Institucioni (serbisht)"]),
        ("sr-latn", ["Institucija (engleski)", "Institucija (albanski)", "Institucija (srpski)"]),
    ],
)
def test_an_authors_per_language_fields_say_their_language_in_words(
    client, communications_user, newsroom, language, labels
):
    """Inside the authors (shared by every language), each language's
    affiliation is named in words, in the admin's language, not "[sq]"."""
    set_admin_language(communications_user, language)
    client.force_login(communications_user)
    html = edit_form(client, ReportPage.objects.get(slug_en="mitrovica-bridge"))
    found = [
        label.get_text(" ", strip=True).rstrip("*").strip()
        for suffix in SUFFIXES
        for label in html.select(f"label[for='id_authors-0-affiliation_{suffix}']")
    ]
    assert found == labels
    assert not [
        label
        for label in html.select("#tab-content label")
        if re.search(r"\[(en|sq|sr-latn)\]", label.get_text())
    ]


@pytest.mark.parametrize(
    "language, images, documents, search, log_out",
    [
        ("en", "Images", "Documents", "Search all pages…", "Log out"),
        ("sq", "Imazhet", "Dokumentet", "Kërko në të gjitha faqet…", "Dil"),
        ("sr-latn", "Slike", "Dokumenti", "Pretraži sve stranice…", "Odjavi se"),
    ],
)
def test_wagtails_own_menu_and_dashboard_words_are_in_the_admin_language(
    client, communications_user, newsroom, language, images, documents, search, log_out
):
    """Wagtail has no Albanian or Serbian: the words of its menus and
    dashboard an editor meets every day are translated in our catalogues
    (editorial/admin_messages.py)."""
    import json

    set_admin_language(communications_user, language)
    client.force_login(communications_user)
    html = soup(client.get(reverse("wagtailadmin_home")))
    assert html.select_one("input[name=q]")["placeholder"] == search
    sidebar = json.loads(html.select_one("#wagtail-sidebar-props").string)
    labels = set(re.findall(r'"label": "([^"]+)"', json.dumps(sidebar, ensure_ascii=False)))
    assert {images, documents, log_out} <= labels, labels

    # Wagtail's JavaScript strings (the rich-text placeholder, "Collapse all")
    # come from its JavaScript catalogue, which reads ours too.
    catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    for english, translated in JAVASCRIPT_WORDS[language].items():
        if language == "en":
            assert json.dumps(english) not in catalogue  # English needs no catalogue
        else:
            assert f"{json.dumps(english)}: {json.dumps(translated)}" in catalogue


JAVASCRIPT_WORDS = {
    "en": {"Collapse all": "", "Write something or type ‘/’ to insert a block": ""},
    "sq": {
        "Collapse all": "Palos të gjitha",
        "Write something or type ‘/’ to insert a block": (
            "Shkruani diçka ose shtypni ‘/’ për të futur një bllok"
        ),
    },
    "sr-latn": {
        "Collapse all": "Skupi sve",
        "Write something or type ‘/’ to insert a block": (
            "Napišite nešto ili otkucajte ‘/’ da umetnete blok"
        ),
    },
}


@pytest.mark.parametrize("language", ["en", "sq", "sr-latn"])
def test_topics_partners_and_publication_types_have_the_language_tabs_too(
    client, communications_user, site, language
):
    """The snippets officers edit (topics, partners, publication types): one
    tab per language, labelled with the field's own name, the shared fields
    once; a topic saves in all three languages."""
    from bbg_site.models import Topic

    set_admin_language(communications_user, language)
    client.force_login(communications_user)
    for model in ("bbg_site/topic", "projects/partner", "publications/reporttype"):
        html = soup(client.get(f"/admin/snippets/{model}/add/"))
        assert tab_names(html) == TABS[language][:4], model
        for suffix in SUFFIXES:
            tab = html.select_one(f"#tab-{suffix}")
            assert f"name_{suffix}" in names_in(tab)
            assert not [f for f in names_in(tab) if not f.endswith(f"_{suffix}")], model
            assert "[" not in tab.get_text()
        assert "slug" in names_in(html.select_one("#tab-content"))

    response = client.post(
        "/admin/snippets/bbg_site/topic/add/",
        {
            "name_en": "Minority rights",
            "name_sq": "Të drejtat e pakicave",
            "name_sr_latn": "Prava manjina",
            "slug": "minority-rights",
            "description_en": "",
            "description_sq": "",
            "description_sr_latn": "",
        },
    )
    assert response.status_code == 302, soup(response).select(".error-message")
    topic = Topic.objects.get(slug="minority-rights")
    assert (topic.name_en, topic.name_sq, topic.name_sr_latn) == (
        "Minority rights",
        "Të drejtat e pakicave",
        "Prava manjina",
    )


@pytest.mark.parametrize(
    "language, labels",
    [
        ("en", ["Organisation name (English)", "Organisation name (Albanian)"]),
        ("sq", ["Emri i organizatës (anglisht)", "Emri i organizatës (shqip)"]),
        ("sr-latn", ["Naziv organizacije (engleski)", "Naziv organizacije (albanski)"]),
    ],
)
def test_site_settings_name_each_languages_field_in_words(
    client, administrator, site, language, labels
):
    """Every per-language field, wherever it is (here the site settings),
    says its language in words in the admin's language, not "[sq]"."""
    set_admin_language(administrator, language)
    client.force_login(administrator)
    url = reverse("wagtailsettings:edit", args=["bbg_site", "sitesettings", site.settings.site_id])
    html = soup(client.get(url))
    found = [
        html.select_one(f"label[for=id_organisation_name_{suffix}]").get_text(" ", strip=True)
        for suffix in ("en", "sq")
    ]
    assert [label.rstrip("*").strip() for label in found] == labels
    assert not [
        label.get_text()
        for label in html.select("label")
        if re.search(r"\[(en|sq|sr-latn)\]", label.get_text())
    ]
