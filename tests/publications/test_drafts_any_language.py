"""Drafts in any language (issue 18): a report started in Albanian or
Serbian is saved as a draft with whatever is filled, is published with a
title in one language and its type and date, and reads, in the languages it
lacks, in its own with the site's "not translated" notice."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from publications.models import ReportPage, ReportType
from tests.admin_forms import EMPTY_FORMSET, formset
from tests.editorial.conftest import make_user
from tests.helpers import soup, url_in

SUFFIX = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}
TITLES = {"sq": "Ura mbi Ibër dhe dialogu", "sr-latn": "Most na Ibru i dijalog"}
SUMMARIES = {"sq": "<p>Tri rekomandime për urën.</p>", "sr-latn": "<p>Tri preporuke za most.</p>"}
REQUIRED = {
    "en": "This field is required.",
    "sq": "Kjo fushë është e domosdoshme.",
    "sr-latn": "Ovo polje se mora popuniti.",
}
NO_TITLE = {
    "en": "Give the page a title in at least one language: English, Albanian or Serbian.",
    "sq": "Jepini faqes një titull të paktën në një gjuhë: anglisht, shqip ose serbisht.",
    "sr-latn": "Dajte stranici naslov na bar jednom jeziku: engleskom, albanskom ili srpskom.",
}
DUPLICATE_PDF = {
    "en": "There is already a PDF in Albanian: one PDF per language.",
    "sq": "Ka tashmë një PDF në shqip: një PDF për secilën gjuhë.",
    "sr-latn": "Već postoji PDF na jeziku: albanski. Dozvoljen je jedan PDF po jeziku.",
}
NOT_CREATED = {  # Wagtail's banner, which Wagtail does not translate (editorial/admin_messages.py)
    "en": "The page could not be created due to validation errors.",
    "sq": "Faqja nuk u krijua për shkak të gabimeve në formular.",
    "sr-latn": "Stranica nije napravljena zbog grešaka u obrascu.",
}
NOTICE = {
    ("en", "sq"): "This page is not yet available in your language. "
    "You are reading the Albanian version.",
    ("en", "sr-latn"): "This page is not yet available in your language. "
    "You are reading the Serbian version.",
    ("sr-latn", "sq"): "Ova stranica još nije dostupna na vašem jeziku. "
    "Čitate verziju na albanskom.",
    ("sq", "sr-latn"): "Kjo faqe ende nuk është e disponueshme në gjuhën tuaj. "
    "Po lexoni versionin në serbisht.",
}


def written_in(language, **extra):
    """The add/edit form of a report with only ``language``'s title and
    summary filled (no slug typed: the form makes it), as "Save draft"."""
    suffix = SUFFIX[language]
    return nested_form_data(
        {
            f"title_{suffix}": TITLES[language],
            f"summary_{suffix}": rich_text(SUMMARIES[language]),
            "body_en": streamfield([]),
            "body_sq": streamfield([]),
            "body_sr_latn": streamfield([]),
            "authors": EMPTY_FORMSET,
            "related_links": EMPTY_FORMSET,
            "downloads": EMPTY_FORMSET,
            **extra,
        }
    )


def to_publish():
    return {
        "report_type": ReportType.objects.get(slug="policy-brief").pk,
        "publication_date": "2026-11-20",
        "action-publish": "publish",
    }


def add_url(library):
    return reverse("wagtailadmin_pages:add", args=["publications", "reportpage", library.id])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def field_errors(html, field_id):
    """The error messages Wagtail shows in the box of the field ``field_id``
    (``report_type``, ``downloads-1-language``)."""
    box = html.find(id=f"id_{field_id}").find_parent(class_="w-field")
    return [p.get_text(" ", strip=True) for p in box.select(".error-message")]


def all_errors(html):
    return [p.get_text(" ", strip=True) for p in html.select(".w-field .error-message")]


@pytest.fixture
def editor(client, django_user_model):
    """A communications officer signed in with their admin in a language."""

    def sign_in(language):
        from wagtail.users.models import UserProfile

        user = make_user(django_user_model, f"officer-{language}", "Communications")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return sign_in


@pytest.mark.parametrize("admin_language", ["en", "sq", "sr-latn"])
@pytest.mark.parametrize("language", ["sq", "sr-latn"])
def test_a_draft_is_saved_with_only_albanian_or_serbian(
    catalogue, editor, language, admin_language
):
    client = editor(admin_language)
    library = catalogue["library"]
    response = client.post(add_url(library), written_in(language))
    assert response.status_code == 302, all_errors(soup(response))
    report = ReportPage.objects.get(**{f"title_{SUFFIX[language]}": TITLES[language]})
    assert not report.live
    # No English (nor other language) was made up from the one written.
    assert not report.title_en
    assert not getattr(report, f"title_{'sr_latn' if language == 'sq' else 'sq'}")
    assert (
        getattr(report, f"slug_{SUFFIX[language]}")
        == {
            "sq": "ura-mbi-iber-dhe-dialogu",
            "sr-latn": "most-na-ibru-i-dijalog",
        }[language]
    )
    assert report.report_type_id is None and report.publication_date is None
    # The admin names it by its title, in whatever language the editor reads it.
    explorer = soup(client.get(reverse("wagtailadmin_explore", args=[library.pk])))
    assert TITLES[language] in explorer.get_text()
    form = client.get(edit_url(report))
    assert form.status_code == 200
    assert soup(form).find(id=f"id_title_{SUFFIX[language]}")["value"] == TITLES[language]
    # The draft previews in each language, without a type or date yet.
    for mode in ("en", "sq", "sr-latn", "sr-cyrl"):
        preview = report.make_preview_request(preview_mode=mode)
        assert preview.status_code == 200
        expected = TITLES[language]
        if mode == "sr-cyrl" and language == "sr-latn":  # Serbian, read in Cyrillic
            expected = "Мост на Ибру и дијалог"
        assert soup(preview).h1.get_text(strip=True) == expected


@pytest.mark.parametrize("admin_language", ["en", "sq", "sr-latn"])
def test_publishing_asks_for_type_date_and_a_unique_pdf_in_one_round(
    catalogue, editor, admin_language
):
    """Every error at once, each beside its field, in the editor's language:
    the missing type and date with the second Albanian PDF."""
    from tests.factories import make_pdf_document

    client = editor(admin_language)
    first, second = make_pdf_document("one", "sq"), make_pdf_document("two", "sq")
    data = written_in(
        "sq",
        **{"action-publish": "publish"},
        downloads=formset(
            {"language": "sq", "document": first.pk, "ORDER": 1},
            {"language": "sq", "document": second.pk, "ORDER": 2},
        ),
    )
    response = client.post(add_url(catalogue["library"]), data)
    assert response.status_code == 200
    html = soup(response)
    assert field_errors(html, "report_type") == [REQUIRED[admin_language]]
    assert field_errors(html, "publication_date") == [REQUIRED[admin_language]]
    assert field_errors(html, "downloads-1-language") == [DUPLICATE_PDF[admin_language]]
    assert field_errors(html, "title_en") == []  # English is not asked for
    assert len(all_errors(html)) == 3
    banner = html.select_one(".messages li.error").get_text(" ", strip=True)
    assert banner.startswith(NOT_CREATED[admin_language])
    assert not ReportPage.objects.filter(title_sq=TITLES["sq"]).exists()


@pytest.mark.parametrize("admin_language", ["en", "sq", "sr-latn"])
@pytest.mark.parametrize("action", ["save", "publish"])
def test_a_title_in_one_language_is_needed(catalogue, editor, admin_language, action):
    client = editor(admin_language)
    publish = {"action-publish": "publish"} if action == "publish" else {}
    data = written_in("sq", title_sq="", **publish)
    response = client.post(add_url(catalogue["library"]), data)
    assert response.status_code == 200
    html = soup(response)
    # Beside the title in the editor's own language.
    assert field_errors(html, f"title_{SUFFIX[admin_language]}") == [NO_TITLE[admin_language]]
    assert not ReportPage.objects.filter(summary_sq__contains="Tri rekomandime").exists()


def test_an_albanian_first_draft_is_published_and_read_in_every_language(
    client, site, catalogue, editor, settings
):
    settings.SEARCH_INDEX_ON_PUBLISH = True
    officer = editor("sq")
    library = catalogue["library"]
    assert officer.post(add_url(library), written_in("sq")).status_code == 302
    report = ReportPage.objects.get(title_sq=TITLES["sq"])
    # Publishing without the type and date keeps it a draft.
    response = officer.post(edit_url(report), written_in("sq", **{"action-publish": "publish"}))
    assert response.status_code == 200
    assert not ReportPage.objects.get(pk=report.pk).live
    response = officer.post(edit_url(report), written_in("sq", **to_publish()))
    assert response.status_code == 302, all_errors(soup(response))
    report = ReportPage.objects.get(pk=report.pk)
    assert report.live and not report.title_en
    officer.logout()

    page = soup(client.get(url_in(report, "sq")))
    assert page.h1.get_text(strip=True) == TITLES["sq"]
    assert not page.h1.has_attr("lang")
    assert page.select_one(".notice--translation") is None

    for reader in ("en", "sr-latn"):
        address = url_in(report, reader)
        assert address.endswith("/ura-mbi-iber-dhe-dialogu/")
        page = soup(client.get(address))
        assert page.h1.get_text(strip=True) == TITLES["sq"]
        assert page.h1["lang"] == "sq"
        notice = page.select_one(".notice--translation")
        assert notice.get_text(" ", strip=True) == NOTICE[(reader, "sq")]
        # The library and the home page list it with its Albanian title, marked.
        for listing in (library, site.home):
            html = soup(client.get(url_in(listing, reader)))
            links = [
                a for a in html.select(".card__title a") if a.get_text(strip=True) == TITLES["sq"]
            ]
            assert links, f"{reader}: not listed on {listing}"
            assert all(a["lang"] == "sq" for a in links)
            assert links[0]["href"] == address
        # Site search finds it by its Albanian words, its title marked too.
        results = soup(client.get(f"/{reader}/search/", {"q": "ura mbi iber"}))
        found = results.select_one(f".search-result__title a[href='{address}']")
        assert found.get_text(strip=True) == TITLES["sq"]
        assert found["lang"] == "sq"
    # The Cyrillic edition: the notice in Cyrillic, the Albanian left as written.
    page = soup(client.get(url_in(report, "sr-cyrl")))
    assert (page.h1.get_text(strip=True), page.h1["lang"]) == (TITLES["sq"], "sq")
    notice = page.select_one(".notice--translation").get_text(" ", strip=True)
    assert notice == "Ова страница још није доступна на вашем језику. Читате верзију на албанском."


def test_a_serbian_first_report_reads_in_serbian_with_the_notice(client, catalogue, editor):
    officer = editor("sr-latn")
    response = officer.post(add_url(catalogue["library"]), written_in("sr-latn", **to_publish()))
    assert response.status_code == 302, all_errors(soup(response))
    report = ReportPage.objects.get(title_sr_latn=TITLES["sr-latn"])
    officer.logout()
    for reader in ("en", "sq"):
        page = soup(client.get(url_in(report, reader)))
        assert page.h1.get_text(strip=True) == TITLES["sr-latn"]
        assert page.h1["lang"] == "sr-Latn"
        notice = page.select_one(".notice--translation").get_text(" ", strip=True)
        assert notice == NOTICE[(reader, "sr-latn")]
    page = soup(client.get(url_in(report, "sr-latn")))
    assert page.select_one(".notice--translation") is None


@pytest.mark.parametrize("reader", ["sq", "sr-latn"])
def test_english_first_reports_still_read_in_english_with_the_notice(client, catalogue, reader):
    import datetime

    from tests.factories import make_report

    report = make_report(
        catalogue["library"],
        "english-only",
        "English only",
        date=datetime.date(2026, 1, 5),
        translated=False,
    )
    page = soup(client.get(url_in(report, reader)))
    assert page.h1.get_text(strip=True) == "English only"
    assert page.h1["lang"] == "en"
    notice = page.select_one(".notice--translation").get_text(" ", strip=True)
    own = {"sq": "Po lexoni versionin në anglisht.", "sr-latn": "Čitate verziju na engleskom."}
    assert notice.endswith(own[reader])
    assert soup(client.get(url_in(report, "en"))).select_one(".notice--translation") is None


SLUG_TAKEN = {
    "en": "Without its own address in English, this page would be at “bridge-brief”, "
    "where another page already is: give it one.",
    "sq": "Pa adresë të vetën në anglisht, kjo faqe do të ishte te “bridge-brief”, "
    "ku ndodhet tashmë një faqe tjetër: jepini një adresë.",
}


@pytest.mark.parametrize("admin_language", ["en", "sq"])
def test_an_address_borrowed_from_albanian_must_be_free_in_english(
    catalogue, editor, admin_language
):
    """Without an English slug the English address is the Albanian one: where
    an English page is already there, the editor is told beside the English
    slug (not a server error when publishing)."""
    from tests.admin_forms import report_form

    client = editor(admin_language)
    library = catalogue["library"]
    english = report_form(
        title_en="Bridge brief", slug_en="bridge-brief", slug_sq="permbledhje-ura"
    )
    assert client.post(add_url(library), english).status_code == 302
    albanian = written_in("sq", slug_sq="bridge-brief", **to_publish())
    response = client.post(add_url(library), albanian)
    assert response.status_code == 200
    html = soup(response)
    assert field_errors(html, "slug_en") == [SLUG_TAKEN[admin_language]]
    assert len(all_errors(html)) == 1
    assert not ReportPage.objects.filter(title_sq=TITLES["sq"]).exists()


PUBLISH_NEEDS = {
    "en": ["Type: This field cannot be blank.", "Publication date: This field cannot be blank."],
    "sq": [
        "Lloji: Kjo fushë s’mund të jetë e paplotësuar.",
        "Data e publikimit: Kjo fushë s’mund të jetë e paplotësuar.",
    ],
}


@pytest.mark.parametrize("admin_language", ["en", "sq"])
def test_the_workspace_translates_an_albanian_draft_into_english(catalogue, editor, admin_language):
    """The English translation of a draft without type or date is saved as a
    draft; publishing it from the workspace names what is missing."""
    from tests.editorial.test_workspace import boxes, form_data

    client = editor(admin_language)
    assert client.post(add_url(catalogue["library"]), written_in("sq")).status_code == 302
    report = ReportPage.objects.get(title_sq=TITLES["sq"])
    address = reverse("editorial_translate", args=[report.pk, "en"])
    response = client.get(address)
    assert response.status_code == 200
    data = form_data(response)
    for name in boxes(response):
        if name == "seg-title":
            data[name] = "The bridge over the Ibar"
        elif name.startswith("seg-summary"):
            data[name] = "Three recommendations for the bridge."
    response = client.post(address, {**data, "action": "save"})
    assert response.status_code == 302
    draft = ReportPage.objects.get(pk=report.pk).get_latest_revision_as_object()
    assert draft.title_en == "The bridge over the Ibar"
    assert draft.title_sq == TITLES["sq"]
    response = client.post(address, {**data, "action": "publish"})
    assert response.status_code == 200
    errors = [li.get_text(strip=True) for li in soup(response).select(".help-critical li")]
    assert errors == PUBLISH_NEEDS[admin_language]
    assert not ReportPage.objects.get(pk=report.pk).live


NOT_PUBLISHED = {
    "en": f"“{TITLES['sq']}” was not published: first fill in type, publication date.",
    "sq": f"“{TITLES['sq']}” nuk u publikua. Plotësoni më parë: lloji, data e publikimit.",
    "sr-latn": f"„{TITLES['sq']}“ nije objavljeno. Prvo popunite: vrsta, datum objavljivanja.",
}


@pytest.mark.parametrize("admin_language", ["en", "sq", "sr-latn"])
def test_bulk_publish_refuses_a_draft_without_type_or_date(catalogue, editor, admin_language):
    """The explorer's bulk "Publish" (which skips the editor's checks) leaves
    an unfinished draft unpublished and says what it lacks."""
    client = editor(admin_language)
    library = catalogue["library"]
    assert client.post(add_url(library), written_in("sq")).status_code == 302
    report = ReportPage.objects.get(title_sq=TITLES["sq"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    explorer = reverse("wagtailadmin_explore", args=[library.pk])
    response = client.post(f"{url}?id={report.pk}&next={explorer}", follow=True)
    assert response.status_code == 200
    assert not ReportPage.objects.get(pk=report.pk).live
    shown = [m.message for m in response.context["messages"]]
    assert NOT_PUBLISHED[admin_language] in shown
    # Finished (type and date saved in the draft), it is published.
    finished = {k: v for k, v in to_publish().items() if k != "action-publish"}
    assert client.post(edit_url(report), written_in("sq", **finished)).status_code == 302
    client.post(f"{url}?id={report.pk}&next={explorer}")
    assert ReportPage.objects.get(pk=report.pk).live


@pytest.mark.parametrize("reader", ["en", "sq", "sr-latn"])
def test_a_project_without_english_filters_the_library_by_its_own_slug(client, catalogue, reader):
    """Filter addresses name a project by its English slug, or, for one
    written in Albanian first, by its Albanian slug, the same in every
    language."""
    project = catalogue["projects"]["elevate"]
    project.title_en, project.slug_en = "", ""
    project.title_sq, project.slug_sq = "Ngritja e paqes", "ngritja-e-paqes"
    project.save_revision().publish()
    library = url_in(catalogue["library"], reader)
    html = soup(client.get(library))
    option = html.select_one("#filter-project option[value='ngritja-e-paqes']")
    assert option is not None
    listed = soup(client.get(library, {"project": "ngritja-e-paqes"}))
    titles = [a.get_text(strip=True) for a in listed.select("#library-results .card__title a")]
    expected = {
        "en": ["The Mitrovica bridge", "The Association of Serb-majority municipalities"],
        "sq": ["The Mitrovica bridge (sq)", "The Association of Serb-majority municipalities (sq)"],
        "sr-latn": [
            "The Mitrovica bridge (sr)",
            "The Association of Serb-majority municipalities (sr)",
        ],
    }
    assert titles == expected[reader]


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        ("en", "The Mitrovica bridge |"),
        ("sq", "Ura e Mitrovicës: analiza |"),
        ("sr-latn", "The Mitrovica bridge (sr) |"),
    ],
)
def test_a_search_title_heads_only_pages_in_its_language(client, catalogue, reader, expected):
    """An Albanian search title is the Albanian page's tab title, not the
    English page's (which the wider fallbacks would otherwise give it)."""
    report = catalogue["reports"]["mitrovica"]
    report.seo_title_sq = "Ura e Mitrovicës: analiza"
    report.save_revision().publish()
    html = soup(client.get(url_in(report, reader)))
    assert html.title.get_text(strip=True).startswith(expected)
    assert html.find("meta", property="og:title")["content"] == expected.removesuffix(" |")


@pytest.mark.parametrize("admin_language", ["en", "sq"])
def test_submitting_for_review_asks_for_type_and_date_too(catalogue, editor, admin_language):
    """A reviewer's approval publishes what was submitted: a draft without
    its type and date cannot be submitted to the Report review."""
    from wagtail.models import WorkflowState

    client = editor(admin_language)
    library = catalogue["library"]
    assert client.post(add_url(library), written_in("sq")).status_code == 302
    report = ReportPage.objects.get(title_sq=TITLES["sq"])
    response = client.post(edit_url(report), written_in("sq", **{"action-submit": "submit"}))
    assert response.status_code == 200
    html = soup(response)
    assert field_errors(html, "report_type") == [REQUIRED[admin_language]]
    assert field_errors(html, "publication_date") == [REQUIRED[admin_language]]
    assert not WorkflowState.objects.filter(object_id=str(report.pk)).exists()


NEEDS_SUMMARY = {
    "en": "To publish, fill in the “summary” field in at least one language.",
    "sq": "Për ta publikuar, plotësoni fushën “përmbledhja” të paktën në një gjuhë.",
    "sr-latn": "Da biste objavili, popunite polje „rezime“ na bar jednom jeziku.",
}


def news_written_in(language, **extra):
    """A news item with only ``language``'s title (and no summary yet)."""
    suffix = SUFFIX[language]
    return nested_form_data(
        {
            f"title_{suffix}": TITLES[language],
            "category": "announcement",
            "date": "2026-11-20",
            "body_en": streamfield([]),
            "body_sq": streamfield([]),
            "body_sr_latn": streamfield([]),
            **extra,
        }
    )


@pytest.mark.parametrize("admin_language", ["en", "sq", "sr-latn"])
@pytest.mark.parametrize("language", ["sq", "sr-latn"])
def test_a_news_item_is_started_in_albanian_or_serbian_and_needs_a_summary_to_publish(
    site, editor, language, admin_language
):
    """News, like reports, may be written in any language first: a draft
    saves without English and without a summary; publishing asks for a
    summary in one language (any), in the editor's language, beside the
    summary of the editor's language."""
    from publications.models import NewsPage
    from tests.factories import make_news_index

    client = editor(admin_language)
    news = make_news_index(site.home)
    url = reverse("wagtailadmin_pages:add", args=["publications", "newspage", news.id])

    response = client.post(url, news_written_in(language))
    assert response.status_code == 302, all_errors(soup(response))
    draft = NewsPage.objects.get(**{f"title_{SUFFIX[language]}": TITLES[language]})
    assert not draft.live and not draft.title_en and not draft.summary_en

    publish = {"action-publish": "publish"}
    response = client.post(edit_url(draft), news_written_in(language, **publish))
    assert response.status_code == 200
    html = soup(response)
    assert field_errors(html, f"summary_{SUFFIX[admin_language]}") == [
        NEEDS_SUMMARY[admin_language]
    ]
    assert len(all_errors(html)) == 1
    draft.refresh_from_db()
    assert not draft.live
    # What was typed is still there to correct.
    assert html.find(id=f"id_title_{SUFFIX[language]}")["value"] == TITLES[language]

    summary = {f"summary_{SUFFIX[language]}": "Në shkurt." if language == "sq" else "Ukratko."}
    response = client.post(edit_url(draft), news_written_in(language, **publish, **summary))
    assert response.status_code == 302, all_errors(soup(response))
    draft.refresh_from_db()
    assert draft.live and not draft.summary_en


NOT_PUBLISHED_NO_SUMMARY = {
    "en": "“{title}” was not published: first fill in summary.",
    "sq": "“{title}” nuk u publikua. Plotësoni më parë: përmbledhja.",
    "sr-latn": "„{title}“ nije objavljeno. Prvo popunite: rezime.",
}


@pytest.mark.parametrize("admin_language", ["en", "sq", "sr-latn"])
def test_a_news_draft_without_a_summary_is_not_published_in_bulk_or_from_the_workspace(
    site, editor, admin_language
):
    """The summary a news item needs in one language is asked for wherever
    it can be published: the explorer's bulk Publish and the translation
    workspace, not only the page editor."""
    from publications.models import NewsPage
    from tests.editorial.test_workspace import form_data
    from tests.factories import make_news_index

    client = editor(admin_language)
    news = make_news_index(site.home)
    add = reverse("wagtailadmin_pages:add", args=["publications", "newspage", news.id])
    assert client.post(add, news_written_in("sq")).status_code == 302
    draft = NewsPage.objects.get(title_sq=TITLES["sq"])

    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    explorer = reverse("wagtailadmin_explore", args=[news.pk])
    response = client.post(f"{bulk}?id={draft.pk}&next={explorer}", follow=True)
    shown = [m.message for m in response.context["messages"]]
    assert NOT_PUBLISHED_NO_SUMMARY[admin_language].format(title=TITLES["sq"]) in shown
    assert not NewsPage.objects.get(pk=draft.pk).live

    workspace = reverse("editorial_translate", args=[draft.pk, "en"])
    data = {**form_data(client.get(workspace)), "seg-title": "The bridge", "action": "publish"}
    response = client.post(workspace, data)
    assert response.status_code == 200
    errors = [li.get_text(strip=True) for li in soup(response).select(".help-critical li")]
    assert errors == [NEEDS_SUMMARY[admin_language]]
    assert not NewsPage.objects.get(pk=draft.pk).live
