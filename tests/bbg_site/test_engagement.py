"""Newsletter (double opt-in) and contact form."""

import csv
import io

import pytest
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from freezegun import freeze_time

from bbg_site import abuse, engagement
from bbg_site.models import ContactMessage, Subscriber
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def _post(url, data, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **kwargs)

    return _post


def subscribe_data(**overrides):
    return {
        "email": "Reader@Example.org",
        "language": "sq",
        "consent": "on",
        "website": "",
        **overrides,
    }


def link_in(message, marker):
    return next(line.strip() for line in message.body.splitlines() if marker in line).replace(
        "http://testserver", ""
    )


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_subscribe_confirm_unsubscribe_in_each_language(client, post, site, lang):
    response = post(f"/{lang}/newsletter/", subscribe_data(language=lang), follow=True)
    assert response.status_code == 200
    with translation.override(lang):
        assert (
            gettext("Almost done: please confirm with the link we have emailed to you.")
            in response.content.decode()
        )
        subject = gettext("Please confirm your subscription to the %(organisation)s newsletter") % {
            "organisation": getattr(site.settings, f"organisation_name_{lang.replace('-', '_')}")
        }
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "reader@example.org"
    assert subscriber.status == "pending"
    assert subscriber.language == lang
    assert "newsletter" in subscriber.consent_text or lang != "en"
    (message,) = mail.outbox
    assert message.to == ["reader@example.org"]
    assert message.subject == subject
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    confirm = link_in(message, "/newsletter/confirm/")
    unsubscribe = link_in(message, "/newsletter/unsubscribe/")
    assert confirm.startswith(f"/{lang}/")
    page = client.get(confirm)
    assert page.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed" and subscriber.confirmed_at
    # A GET (a click, or a mail scanner opening the link) only asks ...
    asking = client.get(unsubscribe)
    assert asking.status_code == 200
    assert "no-store" in asking["Cache-Control"]
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"
    button = soup(asking).select_one("main form[method=post] button")
    with translation.override(lang):
        assert button.get_text(strip=True) == gettext("Yes, unsubscribe me")
    # ... the button unsubscribes.
    done = client.post(unsubscribe)
    assert done.status_code == 200
    with translation.override(lang):
        assert gettext("You are unsubscribed") in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"
    # An old confirmation link does not subscribe the address again.
    assert client.get(confirm).status_code == 404
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"


def test_mail_programs_can_unsubscribe_with_a_one_click_post(client, post, site):
    post("/en/newsletter/", subscribe_data())
    unsubscribe = link_in(mail.outbox[0], "/newsletter/unsubscribe/")
    client.post(unsubscribe, {"List-Unsubscribe": "One-Click"})
    assert Subscriber.objects.get().status == "unsubscribed"


def test_subscribing_twice_makes_no_duplicate_and_reveals_nothing(client, post, site):
    first = post("/en/newsletter/", subscribe_data(), follow=True)
    client.get(link_in(mail.outbox[0], "/newsletter/confirm/"))
    mail.outbox.clear()
    second = post(
        "/en/newsletter/", subscribe_data(email="READER@example.org", language="en"), follow=True
    )
    assert Subscriber.objects.count() == 1
    assert Subscriber.objects.get().status == "confirmed"
    assert Subscriber.objects.get().language == "sq"  # a stranger cannot change it
    # The page says exactly the same as for a new address, and no email goes out.
    message = lambda r: soup(r).select_one(".messages").get_text(strip=True)  # noqa: E731
    assert message(first) == message(second)
    assert mail.outbox == []


def test_pending_address_gets_a_fresh_confirmation(post, site):
    post("/en/newsletter/", subscribe_data())
    post("/en/newsletter/", subscribe_data(language="sr-latn"))
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 2
    assert Subscriber.objects.get().language == "sr-latn"


def test_expired_confirmation_link(client, post, site):
    with freeze_time("2026-11-01"):
        post("/en/newsletter/", subscribe_data())
    confirm = link_in(mail.outbox[0], "/newsletter/confirm/")
    with freeze_time("2026-11-20"):
        response = client.get(confirm)
    assert response.status_code == 410
    with translation.override("sq"):
        assert gettext("This link has expired") in response.content.decode()
    assert Subscriber.objects.get().status == "pending"


# Signed tokens are made in the test, not at collection: they carry a
# timestamp, and pytest-xdist refuses to run when its workers collect
# different test names (a second apart).
FORGED = {
    "forged": lambda: "forged",
    "other-salt": lambda: signing.dumps(1, salt="something-else"),
    "unknown-subscriber": lambda: signing.dumps(999999, salt=engagement.CONFIRM_SALT),
    "nul": lambda: "%00",
    "long": lambda: "a" * 500,
}


@pytest.mark.parametrize("kind", FORGED)
def test_forged_links_are_refused_clearly(client, site, kind):
    token = FORGED[kind]()
    client.raise_request_exception = False
    for name in ("newsletter_confirm", "newsletter_unsubscribe"):
        with translation.override("sr-latn"):
            url = (
                reverse(name, args=[token])
                if "%" not in token
                else f"/sr-latn/newsletter/confirm/{token}/"
            )
        response = client.get(url)
        assert response.status_code == 404
        with translation.override("sr-latn"):
            assert (
                gettext("This link does not work") in response.content.decode()
                or response.status_code == 404
            )


def test_invalid_subscription_keeps_the_input_and_says_what_to_fix(post, site):
    response = post("/sq/newsletter/", subscribe_data(email="not-an-email", consent=""))
    assert response.status_code == 400
    html = soup(response)
    assert html.select_one("#id_email")["value"] == "not-an-email"
    with translation.override("sq"):
        assert gettext("Please agree so that we can send you the newsletter.") in html.get_text()
    assert not Subscriber.objects.exists()


def test_footer_form_subscribes_in_the_page_language(client, post, site):
    html = soup(client.get("/sr-latn/"))
    form = html.select_one("footer form.newsletter-form")
    assert form["action"] == "/sr-latn/newsletter/"
    assert form.select_one("input[name=language]")["value"] == "sr-latn"
    assert form.select_one("input[name=consent]")
    post(form["action"], {"email": "a@example.org", "language": "sr-latn", "consent": "on"})
    assert Subscriber.objects.get().language == "sr-latn"


def test_interests_are_stored(post, site):
    from tests.factories import make_topic

    law = make_topic("rule-of-law", "Rule of law", "Sundimi i ligjit", "Vladavina prava")
    post("/en/newsletter/", subscribe_data(topics=[law.pk]))
    assert list(Subscriber.objects.get().topics.all()) == [law]


def test_staff_export_subscribers_as_csv(client, post, site, django_user_model):
    post("/en/newsletter/", subscribe_data(email="one@example.org", language="en"))
    client.get(link_in(mail.outbox[0], "/newsletter/confirm/"))
    post("/en/newsletter/", subscribe_data(email="two@example.org", language="sq"))
    user = django_user_model.objects.create_superuser("comms", "c@example.org", "long-password-123")
    client.force_login(user)
    assert client.get(reverse("subscribers:index") + "?status=confirmed").status_code == 200
    response = client.get(reverse("subscribers:index") + "?export=csv")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Email", "Language", "Status"]
    assert sorted(r[:3] for r in rows[1:]) == [
        ["one@example.org", "en", "Confirmed"],
        ["two@example.org", "sq", "Waiting for confirmation"],
    ]


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_contact_message_is_stored_mailed_and_acknowledged(client, post, site, lang):
    with translation.override(lang):
        url = site.contact.get_url()
    response = post(
        url,
        {
            "name": "Ana",
            "email": "ana@example.org",
            "subject": "Interview request",
            "message": "Could we talk?",
        },
        follow=True,
    )
    with translation.override(lang):
        assert (
            gettext("Thank you for your message. We will answer as soon as we can.")
            in response.content.decode()
        )
    stored = ContactMessage.objects.get()
    assert (stored.name, stored.email, stored.subject, stored.language) == (
        "Ana",
        "ana@example.org",
        "Interview request",
        lang,
    )
    (message,) = mail.outbox
    assert message.to == ["info@balkansgroup.org"]
    assert message.reply_to == ["ana@example.org"]
    assert "Interview request" in message.subject
    assert "Could we talk?" in message.body


def test_contact_errors_keep_what_was_typed(post, site):
    response = post(
        "/sq/kontakti/", {"name": "Ana", "email": "ana@", "subject": "", "message": "Long text"}
    )
    assert response.status_code == 400
    html = soup(response)
    assert html.select_one("#id_name")["value"] == "Ana"
    assert html.select_one("#id_message").get_text() == "Long text"
    assert html.select_one("#id_subject")["aria-invalid"] == "true"
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("url", ["/en/newsletter/", "/en/contact/"])
def test_honeypot(post, site, url):
    data = {
        **subscribe_data(),
        "name": "Bot",
        "subject": "Hi",
        "message": "Buy",
        "website": "http://spam",
    }
    response = post(url, data)
    assert response.status_code == 400
    assert not Subscriber.objects.exists() and not ContactMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/sq/newsletter/", subscribe_data()),
        (
            "/sq/kontakti/",
            {"name": "Ana", "email": "ana@example.org", "subject": "S", "message": "M"},
        ),
    ],
)
def test_rate_limit_per_address(post, site, monkeypatch, url, data):
    monkeypatch.setattr(abuse, "RATE_LIMIT", 2)
    codes = [post(url, {**data, "email": f"x{n}@example.org"}).status_code for n in range(3)]
    assert codes == [302, 302, 429]
    response = post(url, {**data, "email": "kept@example.org"})
    assert soup(response).select_one("#id_email")["value"] == "kept@example.org"
    with translation.override("sq"):
        assert "provoni përsëri pas disa minutash" in response.content.decode()


@pytest.mark.parametrize("proxies", [0, 1])
def test_a_made_up_forwarded_header_does_not_lift_the_limit(
    post, site, monkeypatch, settings, proxies
):
    """80 subscriptions, each with its own made-up X-Forwarded-For, were all
    accepted: the left-most entry, which any client writes, was trusted."""
    monkeypatch.setattr(abuse, "RATE_LIMIT", 3)
    settings.TRUSTED_PROXY_COUNT = proxies
    codes = []
    for n in range(5):
        # Behind one proxy, the proxy appends the address it saw (203.0.113.5).
        forwarded = f"198.51.100.{n}" + (", 203.0.113.5" if proxies else "")
        response = post(
            "/en/newsletter/",
            subscribe_data(email=f"x{n}@example.org"),
            HTTP_X_FORWARDED_FOR=forwarded,
            REMOTE_ADDR="10.0.0.2" if proxies else "203.0.113.5",
        )
        codes.append(response.status_code)
    assert codes == [302, 302, 302, 429, 429]


@pytest.mark.parametrize(
    "data",
    [
        {"email": "a" * 5000 + "@example.org", "consent": "on", "language": "en"},
        {"email": "a@b.org", "language": "xx", "consent": "on"},
        {
            "email": ["a@b.org", "c@d.org"],
            "topics": ["abc", "-1"],
            "consent": "on",
            "language": "en",
        },
        {
            "name": "<script>alert(1)</script>",
            "message": "\x00",
            "email": "a@b.org\x00",
            "subject": "x" * 999,
        },
        {},
    ],
)
def test_hostile_input_never_gives_a_500(client, site, data):
    client.raise_request_exception = False
    for url in ("/en/newsletter/", "/en/contact/"):
        response = client.post(url, data)
        assert response.status_code in {302, 400}, url
        assert "<script>alert(1)</script>" not in response.content.decode()


# --- security probe findings ---------------------------------------------------


def test_a_newline_in_a_contact_subject_or_name_cannot_write_email_headers(post, site):
    """A newline in the subject answered 500 (BadHeaderError) and sent no
    email; in the name it wrote a fake 'Bcc:' line into the staff email."""
    response = post(
        "/en/contact/",
        {
            "name": "Ana\nBcc: everyone@example.org",
            "email": "ana@example.org",
            "subject": "Interview\r\nBcc: everyone@example.org",
            "message": "Line one\nLine two",
        },
        follow=True,
    )
    assert response.status_code == 200
    (message,) = mail.outbox
    assert "\n" not in message.subject and "\r" not in message.subject
    assert "Interview Bcc: everyone@example.org" in message.subject
    assert message.bcc == []
    assert not any(line.startswith("Bcc:") for line in message.body.splitlines())
    stored = ContactMessage.objects.get()
    assert stored.name == "Ana Bcc: everyone@example.org"
    assert stored.message == "Line one\nLine two"  # the message keeps its lines


def test_email_links_use_the_configured_address_not_the_host_header(post, site, settings):
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    settings.WAGTAILADMIN_BASE_URL = "https://www.balkansgroup.org"
    post("/en/newsletter/", subscribe_data(), HTTP_HOST="localhost:31337")
    (message,) = mail.outbox
    links = [word for word in message.body.split() if "://" in word]
    assert links
    assert all(link.startswith("https://www.balkansgroup.org/") for link in links), links
    assert "31337" not in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<https://www.balkansgroup.org/")


def test_an_unsubscribe_link_is_never_answered_from_the_page_cache(client, post, site, settings):
    """Once, a GET of the link was cached: after subscribing again and
    confirming, it still answered 'You are unsubscribed' from the cache."""
    settings.PAGE_CACHE_SECONDS = 300
    post("/en/newsletter/", subscribe_data())
    client.get(link_in(mail.outbox[0], "/newsletter/confirm/"))
    unsubscribe = link_in(mail.outbox[0], "/newsletter/unsubscribe/")
    client.post(unsubscribe)
    assert Subscriber.objects.get().status == "unsubscribed"
    first = Client().get(unsubscribe)
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    # Subscribes and confirms again: the same link asks again.
    mail.outbox.clear()
    post("/en/newsletter/", subscribe_data())
    client.get(link_in(mail.outbox[0], "/newsletter/confirm/"))
    assert Subscriber.objects.get().status == "confirmed"
    again = Client().get(unsubscribe)
    assert again.get("X-Page-Cache") != "hit"
    assert soup(again).select_one("main form[method=post]") is not None


def test_form_answers_are_never_cached(post, site, settings):
    settings.PAGE_CACHE_SECONDS = 300
    response = post(
        "/en/contact/", {"name": "Ana", "email": "ana@", "subject": "", "message": "Long text"}
    )
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
