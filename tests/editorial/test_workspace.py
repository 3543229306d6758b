"""The translation workspace: segments, progress, saving, publishing, permissions."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.rich_text import RichText

from demo.pictures import ensure_demo_image
from editorial.workspace import merge_page, progress
from publications.models import ReportPage
from tests.editorial.conftest import make_user
from tests.editorial.test_permissions import refused
from tests.factories import make_library, make_report
from tests.helpers import soup

pytestmark = pytest.mark.django_db

TARGETS = ["sq", "sr-latn"]


def url(page, language):
    return reverse("editorial_translate", args=[page.pk, language])


@pytest.fixture
def report(site):
    """An English-only report, with a body of every kind of block."""
    report = make_report(
        make_library(site.home),
        "eu-visa",
        "Visa liberalisation one year on",
        date=datetime.date(2024, 12, 15),
        translated=False,
    )
    image = ensure_demo_image("Border crossing", seed=3, size=(40, 30))
    report.body_en = [
        ("heading", {"text": "Findings", "level": "h2"}),
        (
            "paragraph",
            RichText(
                '<p>Visas were <b>lifted</b> in <a href="https://ec.europa.eu">2024</a>.</p>'
                "<ul><li>Travel rose</li><li>Queues fell</li></ul>"
            ),
        ),
        (
            "image",
            {"image": image, "alt_text": "A border crossing", "caption": "Jarinje", "credit": ""},
        ),
        ("quote", {"quote": "It works.", "attribution": "A traveller"}),
    ]
    report.save_revision().publish()
    return ReportPage.objects.get(pk=report.pk)


def form_data(response):
    """The workspace form as the browser would send it (every box as shown)."""
    page = soup(response)
    data = {
        field["name"]: field.get("value", "")
        for field in page.select("form[data-workspace-form] input[type=text]")
    }
    data.update(
        {
            area["name"]: area.get_text()
            for area in page.select("form[data-workspace-form] textarea")
        }
    )
    return data


def boxes(response):
    page = soup(response)
    return {seg.select_one("[data-target]")["name"]: seg for seg in page.select("[data-segment]")}


def test_segments_cover_fields_rich_text_and_blocks(report):
    segments, _values = merge_page(report, "en", "sq")
    sources = [s.source for s in segments if s.is_text]
    assert sources[0] == "Visa liberalisation one year on"
    for expected in [
        "Findings",
        'Visas were <b>lifted</b> in <a href="https://ec.europa.eu">2024</a>.',
        "Travel rose",
        "Queues fell",
        "A border crossing",
        "Jarinje",
        "It works.",
        "A traveller",
    ]:
        assert expected in sources
    items = [s for s in segments if not s.is_text]
    assert any(s.preview.get("name") == "Border crossing" for s in items)  # the picture, shown
    done, total = progress(segments)
    assert done == 0 and total == 10  # title, summary and 8 in the body; none translated yet


@pytest.mark.parametrize("language", TARGETS)
def test_the_workspace_shows_source_beside_an_empty_target(
    client, communications_user, report, language
):
    client.force_login(communications_user)
    response = client.get(url(report, language))
    assert response.status_code == 200
    page = soup(response)
    assert "0 of 10 segments translated" in page.select_one("[data-progress]").get_text()
    first = page.select_one("[data-segment]")
    assert first.select_one(".segment__source")["lang"] == "en"
    assert (
        first.select_one(".segment__source").get_text(strip=True)
        == "Visa liberalisation one year on"
    )
    box = first.select_one("[data-target]")
    assert box["lang"] == language
    assert page.select_one(f"label[for={box['id']}]").get_text(strip=True)
    assert len(page.select(".segment--untranslated")) == 10
    assert page.select_one("button[value=publish]")  # Communications may publish


TRANSLATIONS = {
    "sq": {
        "title": "Liberalizimi i vizave një vit më pas",
        "summary": "Gjetjet kryesore.",
        "Findings": "Gjetjet",
        "Visas": 'Vizat u <b>hoqën</b> në <a href="https://ec.europa.eu">2024</a>.',
        "Travel rose": "Udhëtimet u rritën",
    },
    "sr-latn": {
        "title": "Liberalizacija viza godinu dana kasnije",
        "summary": "Ključni nalazi.",
        "Findings": "Nalazi",
        "Visas": 'Vize su <b>ukinute</b> <a href="https://ec.europa.eu">2024</a>.',
        "Travel rose": "Putovanja su porasla",
    },
}


def fill(response, language):
    data = form_data(response)
    words = TRANSLATIONS[language]
    for name, seg in boxes(response).items():
        source = seg.select_one(".segment__source").get_text(strip=True)
        if name == "seg-title":
            data[name] = words["title"]
        elif name.startswith("seg-summary"):
            data[name] = words["summary"]
        else:
            for key, text in words.items():
                if source.startswith(key):
                    data[name] = text
    return data


@pytest.mark.parametrize("language", TARGETS)
def test_saving_makes_a_draft_revision_with_only_that_language(
    client, communications_user, report, language
):
    client.force_login(communications_user)
    response = client.get(url(report, language))
    data = fill(response, language)
    data["action"] = "save"
    response = client.post(url(report, language), data)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.has_unpublished_changes  # a draft waits
    assert not report.title_sq and not report.title_sr_latn  # the live page is untouched
    draft = report.get_latest_revision_as_object()
    suffix = language.replace("-", "_")
    assert getattr(draft, f"title_{suffix}") == TRANSLATIONS[language]["title"]
    assert getattr(draft, f"slug_{suffix}")  # made from the title
    assert draft.title_en == "Visa liberalisation one year on"
    other = "sr_latn" if language == "sq" else "sq"
    assert not getattr(draft, f"title_{other}")
    body = getattr(draft, f"body_{suffix}")
    assert [b.block_type for b in body] == ["heading", "paragraph", "image", "quote"]
    assert body[0].value["text"] == TRANSLATIONS[language]["Findings"]
    html = body[1].value.source
    assert "<b>" in html and 'href="https://ec.europa.eu"' in html
    assert TRANSLATIONS[language]["Travel rose"] in html and "<ul>" in html
    assert body[2].value["image"] == report.body_en[2].value["image"]  # shown, not re-typed
    page = soup(client.get(url(report, language)))
    assert "5 of 10 segments translated" in page.select_one("[data-progress]").get_text()


def test_publishing_from_the_workspace_puts_the_translation_live(client, administrator, report):
    client.force_login(administrator)
    data = fill(client.get(url(report, "sq")), "sq")
    data["action"] = "publish"
    assert client.post(url(report, "sq"), data).status_code == 302
    report.refresh_from_db()
    assert report.live and not report.has_unpublished_changes
    assert report.title_sq == TRANSLATIONS["sq"]["title"]


def test_typed_markup_is_cleaned(client, communications_user, report):
    client.force_login(communications_user)
    data = form_data(client.get(url(report, "sq")))
    data["seg-title"] = "Titulli"
    name = next(n for n in data if n.startswith("seg-body") and n.endswith("/0"))
    data[name] = 'Teksti<script>alert(1)</script> <a href="#" onclick="x()">lidhja</a>'
    assert client.post(url(report, "sq"), {**data, "action": "save"}).status_code == 302
    report.refresh_from_db()
    html = str(report.get_latest_revision_as_object().body_sq.raw_data)
    assert "<script" not in html and "onclick" not in html and "lidhja" in html


def test_too_long_text_is_refused_beside_its_segment(client, communications_user, report):
    client.force_login(communications_user)
    data = form_data(client.get(url(report, "sq")))
    data["seg-title"] = "x" * 300
    response = client.post(url(report, "sq"), {**data, "action": "save"})
    assert response.status_code == 200
    page = soup(response)
    title = page.select_one("[data-path=title]")
    assert "At most 255 characters" in title.select_one(".error-message").get_text()
    report.refresh_from_db()
    assert not report.get_latest_revision_as_object().title_sq


def test_who_may_translate_and_publish(client, django_user_model, report):
    nobody = make_user(django_user_model, "reader")
    client.force_login(nobody)
    response = client.get(url(report, "sq"))  # no admin access at all: sent to sign in
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    editors = Group.objects.create(name="Editors without publishing")
    from wagtail.models import GroupPagePermission, Page

    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission_type="change"
    )
    from django.contrib.auth.models import Permission

    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = make_user(django_user_model, "editor", "Editors without publishing")
    client.force_login(editor)
    response = client.get(url(report, "sq"))
    assert response.status_code == 200
    assert not soup(response).select_one("button[value=publish]")
    data = fill(response, "sq")
    assert refused(client.post(url(report, "sq"), {**data, "action": "publish"}))
    report.refresh_from_db()
    assert not report.title_sq and not report.get_latest_revision_as_object().title_sq


def test_an_unknown_language_or_page_is_404(client, communications_user, report):
    client.force_login(communications_user)
    # (Django's LocaleMiddleware first tries the address under /en/: followed.)
    for bad in ["de", "en-gb", "xx"]:
        assert client.get(url(report, bad), follow=True).status_code == 404
    assert client.get("/admin/translate/999999/sq/", follow=True).status_code == 404


@pytest.mark.parametrize("language", TARGETS)
def test_preview_shows_the_draft_in_that_language(client, communications_user, report, language):
    client.force_login(communications_user)
    data = fill(client.get(url(report, language)), language)
    client.post(url(report, language), {**data, "action": "save"})
    response = client.get(reverse("editorial_translate_preview", args=[report.pk, language]))
    assert response.status_code == 200
    html = response.content.decode()
    assert TRANSLATIONS[language]["title"] in html
    assert f'<html lang="{language}"' in html.lower()


def test_the_page_editor_offers_translate(client, communications_user, report):
    client.force_login(communications_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[report.pk]))
    page = soup(response)
    links = [a["href"] for a in page.select("a")]
    assert url(report, "sq") in links and url(report, "sr-latn") in links  # the header's menu
    shown = {a["data-translate"]: a.get_text(strip=True) for a in page.select("[data-translate]")}
    assert shown == {"sq": "Translate into Albanian", "sr-latn": "Translate into Serbian"}


# --- "source changed" -------------------------------------------------------------


def translate_and_save(client, report, language):
    data = fill(client.get(url(report, language)), language)
    assert client.post(url(report, language), {**data, "action": "save"}).status_code == 302


def edit_english_heading(report, text):
    report.refresh_from_db()
    draft = report.get_latest_revision_as_object()
    body = draft.body_en.raw_data
    body[0]["value"]["text"] = text
    draft.body_en = body
    draft.save_revision()


def changed_segments(response):
    return [seg["data-path"] for seg in soup(response).select("[data-segment][data-changed]")]


@pytest.mark.parametrize("language", TARGETS)
def test_an_english_edit_marks_the_segment_source_changed_until_checked(
    client, communications_user, report, language
):
    client.force_login(communications_user)
    translate_and_save(client, report, language)
    assert changed_segments(client.get(url(report, language))) == []
    edit_english_heading(report, "Main findings")
    response = client.get(url(report, language))
    (path,) = changed_segments(response)
    segment = soup(response).select_one(f"[data-path='{path}']")
    assert segment.select_one(".segment__source").get_text(strip=True) == "Main findings"
    assert "Source changed" in segment.get_text()
    assert "1 segment whose source text changed" in soup(response).select_one(
        "[data-changed-count]"
    ).get_text(" ", strip=True)
    # The report says so too, in that language's column only.
    report_page = soup(client.get("/admin/reports/translation-status/"))
    flags = report_page.select("[data-source-changed]")
    assert [f.get_text(strip=True) for f in flags] == ["Source changed in 1 segment"]
    # Saving without looking at it keeps the mark...
    data = form_data(response)
    client.post(url(report, language), {**data, "action": "save"})
    assert changed_segments(client.get(url(report, language))) == [path]
    # ...ticking "checked" clears it.
    client.post(url(report, language), {**data, "checked": path, "action": "save"})
    assert changed_segments(client.get(url(report, language))) == []


def test_retranslating_a_changed_segment_clears_its_mark(client, communications_user, report):
    client.force_login(communications_user)
    translate_and_save(client, report, "sq")
    edit_english_heading(report, "Main findings")
    response = client.get(url(report, "sq"))
    (path,) = changed_segments(response)
    data = {**form_data(response), f"seg-{path}": "Gjetjet kryesore", "action": "save"}
    client.post(url(report, "sq"), data)
    assert changed_segments(client.get(url(report, "sq"))) == []
    # Serbian was never translated in the workspace: nothing to mark there.
    assert changed_segments(client.get(url(report, "sr-latn"))) == []


@pytest.mark.parametrize(
    "admin_language,progress_text,button,title",
    [
        ("en", "0 of 10 segments translated", "Translate into Albanian", "Title"),
        ("sq", "0 nga 10 segmente të përkthyera", "Përkthe në shqip", "Titulli"),
        ("sr-latn", "Prevedeno segmenata: 0 od 10", "Prevedi na albanski", "Naslov"),
    ],
)
def test_the_workspace_speaks_the_editors_language(
    client, communications_user, report, admin_language, progress_text, button, title
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(communications_user)
    profile.preferred_language = admin_language
    profile.save()
    client.force_login(communications_user)
    page = soup(client.get(url(report, "sr-latn")))
    assert progress_text in page.select_one("[data-progress]").get_text()
    assert button in [a.get_text(strip=True) for a in page.select(".workspace__links a")]
    # Wagtail's own page fields too (it has no Albanian or Serbian).
    label = page.select_one("[data-segment] .segment__label")
    assert label.find(string=True, recursive=False).strip() == title


# --- the page editor and the dashboard ---------------------------------------------


def main_action(response):
    """The editor's main button: the action menu's first, outside "More actions"."""
    footer = soup(response).select_one("footer")
    for button in footer.select("button[name^=action-], a.button"):
        if not button.find_parent(attrs={"data-w-dropdown-target": "content"}):
            return button.get("name") or button.get_text(strip=True)
    return None


def test_publish_is_the_main_button_for_those_who_may_publish(
    client, communications_user, django_user_model, report
):
    edit = reverse("wagtailadmin_pages:edit", args=[report.pk])
    client.force_login(communications_user)
    assert main_action(client.get(edit)) == "action-publish"
    editors = Group.objects.create(name="Writers")
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission, Page

    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission_type="change"
    )
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(make_user(django_user_model, "writer", "Writers"))
    assert main_action(client.get(edit)) != "action-publish"


@pytest.mark.parametrize(
    "admin_language,heading",
    [
        ("en", "Recently edited pages still to translate"),
        ("sq", "Faqe të redaktuara së fundi që ende duhen përkthyer"),
        ("sr-latn", "Nedavno uređene stranice koje još treba prevesti"),
    ],
)
def test_the_dashboard_names_its_list_of_pages_to_translate(
    client, communications_user, report, admin_language, heading
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(communications_user)
    profile.preferred_language = admin_language
    profile.save()
    client.force_login(communications_user)
    panel = soup(client.get("/admin/")).select_one("[id^=untranslated]")
    assert heading in panel.get_text(" ", strip=True)


@pytest.mark.parametrize(
    "admin_language,option,recent_option",
    [
        ("en", "Missing first, then partial", "Recently edited first"),
        ("sq", "Së pari ato që mungojnë, pastaj të pjesshmet", "Së pari të redaktuarat së fundi"),
        ("sr-latn", "Prvo one koje nedostaju, pa delimične", "Prvo nedavno uređene"),
    ],
)
def test_translation_status_sorts_missing_first(
    client, communications_user, site, report, admin_language, option, recent_option
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(communications_user)
    profile.preferred_language = admin_language
    profile.save()
    client.force_login(communications_user)
    # Edited last, so first when sorted by date: a complete page.
    site.about.save_revision().publish()
    for url in (
        "/admin/reports/translation-status/",
        "/admin/reports/translation-status/?sort=status",
    ):
        response = client.get(url)
        assert response.status_code == 200
        html = soup(response)
        titles = [row.select_one("a").get_text(strip=True) for row in html.select("tbody tr")]
        assert titles[0] == "Visa liberalisation one year on"  # Albanian and Serbian missing
        # The sort in use is the one the menu shows (its first, unless chosen).
        menu = html.select_one("select[name=sort]")
        shown = menu.select_one("option[selected]") or menu.select_one("option")
        assert shown.get_text(strip=True) == option
    recent = soup(client.get("/admin/reports/translation-status/?sort=recent"))
    assert recent.select_one("tbody tr a").get_text(strip=True) != titles[0]
    options = [o.get_text(strip=True) for o in recent.select("select[name=sort] option")]
    assert options == [option, recent_option]


@pytest.mark.parametrize(
    "admin_language,heading,count",
    [
        ("en", "From readers this week", "1 in the last 7 days"),
        ("sq", "Nga lexuesit këtë javë", "1 në 7 ditët e fundit"),
        ("sr-latn", "Od čitalaca ove nedelje", "1 u poslednjih 7 dana"),
    ],
)
def test_the_dashboard_shows_new_registrations_and_contact_messages(
    client, communications_user, django_user_model, site, admin_language, heading, count
):
    from django.utils import timezone
    from wagtail.users.models import UserProfile

    from bbg_site.models import ContactMessage
    from events.models import Registration
    from tests.factories import make_event, make_event_index

    event = make_event(
        make_event_index(site.home),
        "roundtable",
        "Roundtable on the bridge",
        start=timezone.now() + datetime.timedelta(days=10),
    )
    Registration.objects.create(
        event=event,
        name="Vesa Hoxha",
        email="vesa@example.org",
        language="sq",
        status="confirmed",
        consent_text="ok",
        token="t1",
    )
    ContactMessage.objects.create(
        name="Marko", email="marko@example.org", subject="Interview", message="Hi", language="en"
    )
    profile = UserProfile.get_for_user(communications_user)
    profile.preferred_language = admin_language
    profile.save()
    client.force_login(communications_user)
    panel = soup(client.get("/admin/")).select_one("#new-from-readers-section, [id^=new-from]")
    text = panel.get_text(" ", strip=True)
    assert heading in text
    assert "Vesa Hoxha – Roundtable on the bridge" in text
    assert "Interview – Marko" in text
    assert text.count(count) == 2
    links = [a["href"] for a in panel.select("a")]
    assert reverse("registrations:index") in links and reverse("contact_messages:index") in links
    # Someone who may not see them gets no panel.
    from django.contrib.auth.models import Permission

    Group.objects.create(name="Admin only").permissions.add(
        Permission.objects.get(codename="access_admin")
    )
    client.force_login(make_user(django_user_model, "outsider", "Admin only"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert not soup(response).select("[id^=new-from]")
    assert "Vesa Hoxha" not in response.content.decode()
