"""Security headers: a strict Content-Security-Policy on the public site (its
one inline script allowed by hash, the same policy for every reader, so a
shared cache can keep the page), no sniffing, a strict referrer policy, no
framing; a looser policy in the admin that keeps its preview working; HSTS and secure cookies in
production."""

import base64
import hashlib
import re

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse

from tests.bbg_site.test_settings import STRONG_KEY, run_with_production_settings

pytestmark = pytest.mark.django_db

LANGS = ["en", "sq", "sr-latn"]


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def public_urls(catalogue, newsroom, lang):
    report = catalogue["reports"]["mitrovica"]
    _index, news = newsroom
    from django.utils import translation

    with translation.override(lang):
        return [
            f"/{lang}/",
            catalogue["library"].url,
            report.url,
            news["sida"].url,
            catalogue["people"]["arber"].url,
            f"/{lang}/search/?q=bridge",
            f"/{lang}/newsletter/",
            f"/{lang}/no-such-page/",
        ]


def assert_strict_public_headers(response, url):
    csp = directives(response)
    script_src = csp["script-src"]
    assert script_src[0] == "'self'", url
    # Only hashes besides 'self': no nonce (it would belong to one reader).
    assert all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", s) for s in script_src[1:]), url
    for source_list in csp.values():
        # No inline code but by hash, no eval, no other origin or scheme.
        for source in source_list:
            assert source not in {"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"}, url
            assert "://" not in source, url
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["style-src"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff", url
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
    assert response["X-Frame-Options"] == "DENY", url


@pytest.mark.parametrize("lang", LANGS)
def test_every_public_page_has_strict_security_headers(client, catalogue, newsroom, lang, served):
    """As readers get them: with the page cache off, on a miss and on a hit."""
    for url in public_urls(catalogue, newsroom, lang):
        response = served.get(client, url)
        assert response.status_code in {200, 404}, url
        assert_strict_public_headers(response, url)
    served.cacheable_pages_were_hits(at_least=5)


@pytest.mark.parametrize("url", ["/sitemap.xml", "/robots.txt", "/en/feeds/publications/"])
def test_non_page_routes_have_the_headers_too(client, catalogue, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_strict_public_headers(response, url)


def sha256_source(code: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()}'"


@pytest.mark.parametrize("lang", LANGS)
def test_inline_scripts_are_allowed_by_their_hash_and_no_inline_handlers_or_styles(
    client, catalogue, newsroom, lang, served
):
    """A page's inline script would be blocked by the browser unless the
    policy names its hash; JSON-LD blocks are data, which the policy does not
    govern, and carry no nonce. Inline event handlers and style attributes
    are blocked outright, so none may be in the markup."""
    seen_inline = seen_data = 0
    for url in public_urls(catalogue, newsroom, lang):
        response = served.get(client, url)
        script_src = directives(response)["script-src"]
        html = BeautifulSoup(response.content.decode(), "html.parser")
        for script in html.find_all("script"):
            assert "nonce" not in script.attrs, (url, str(script)[:80])
            if script.get("src"):
                assert script["src"].startswith("/static/"), url
            elif script.get("type") == "application/ld+json":
                seen_data += 1
            else:
                seen_inline += 1
                assert sha256_source(script.string) in script_src, (url, str(script)[:80])
        for tag in html.find_all(True):
            assert "style" not in tag.attrs, (url, tag.name)
            handlers = [name for name in tag.attrs if name.lower().startswith("on")]
            assert not handlers, (url, tag.name, handlers)
            for attr in ("href", "src", "action"):
                assert not str(tag.get(attr, "")).lower().startswith("javascript:"), url
    # Every page runs the "js" class script; the report and the news item
    # carry JSON-LD: the checks above had work to do.
    assert seen_inline >= len(public_urls(catalogue, newsroom, lang))
    assert seen_data >= 2
    served.cacheable_pages_were_hits(at_least=5)


def test_every_reader_gets_the_same_page_and_policy(site, served):
    """Nothing in a public page or its headers belongs to one reader, so the
    cache in front can give the same bytes to everyone."""
    from django.test import Client

    first, second = (served.get(Client(), "/en/") for _ in range(2))
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    assert first.content == second.content
    assert not first.cookies and not second.cookies
    served.cacheable_pages_were_hits(at_least=1)


def test_admin_keeps_its_own_policy_and_preview_frames_the_site(client, django_user_model, site):
    user = django_user_model.objects.create_superuser("sec-admin", "s@example.org", "long-pass-123")
    login = client.get(reverse("wagtailadmin_login"))
    assert login.status_code == 200
    # The admin runs its own inline scripts: it is not given the public policy.
    assert directives(login) == {"frame-ancestors": ["'self'"]}
    client.force_login(user)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[site.about.id]))
    assert edit.status_code == 200
    assert directives(edit) == {"frame-ancestors": ["'self'"]}
    # The preview panel frames the previewed page: same origin is allowed there,
    # and the page keeps the public script policy.
    for mode in LANGS:
        preview = site.about.make_preview_request(preview_mode=mode)
        assert preview.status_code == 200
        assert directives(preview)["frame-ancestors"] == ["'self'"]
        assert "'unsafe-inline'" not in directives(preview)["script-src"]
    # The public page itself still refuses to be framed.
    assert directives(client.get("/sq/rreth-nesh/"))["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("lang", LANGS)
def test_documents_are_served_so_a_browser_cannot_run_them(client, catalogue, lang):
    report = catalogue["reports"]["mitrovica"]
    download = report.downloads.get(language=lang)
    response = client.get(download.document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    b"".join(response.streaming_content)


def test_production_adds_hsts_and_secure_http_only_cookies():
    code = (
        "import django; django.setup();"
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.SECURE_HSTS_SECONDS == 3600, not s.SECURE_HSTS_INCLUDE_SUBDOMAINS,"
        " s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE,"
        " s.CSRF_COOKIE_HTTPONLY, s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER,"
        " s.X_FRAME_OPTIONS, s.SECURE_CONTENT_TYPE_NOSNIFF, s.ALLOWED_HOSTS)"
    )
    result = run_with_production_settings(
        code, SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="balkansgroup.org", DEBUG="true"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "False True True True True True True True ('HTTP_X_FORWARDED_PROTO', 'https') "
        "DENY True ['balkansgroup.org']"
    )


def test_production_response_carries_hsts():
    """A real request through the production settings (HTTPS as the proxy says)."""
    code = "\n".join(
        [
            "import django; django.setup()",
            "from django.test import Client",
            "c = Client(HTTP_HOST='balkansgroup.org', HTTP_X_FORWARDED_PROTO='https')",
            "r = c.get('/robots.txt')",
            "print(r.status_code, r['Strict-Transport-Security'])",
            "print(r['X-Content-Type-Options'], r['Content-Security-Policy'][:18])",
            "print(Client(HTTP_HOST='balkansgroup.org').get('/robots.txt').status_code)",
        ]
    )
    result = run_with_production_settings(
        code,
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="balkansgroup.org",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.returncode == 0, result.stderr
    hsts, headers, plain_http = result.stdout.strip().splitlines()[-3:]
    # One hour to start with; subdomains and preload are the operator's choice
    # (docs/operations.md, "HSTS"; tests/bbg_site/test_deploy_settings.py).
    assert hsts == "200 max-age=3600"
    assert headers == "nosniff default-src 'self'"
    # Plain HTTP is sent to HTTPS.
    assert plain_http == "301"


# --- Host header, versions and tracebacks ------------------------------------

PRODUCTION_HOSTS = ["balkansgroup.org", "www.balkansgroup.org"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("host", ["evil.example", "balkansgroup.org.evil.example", "127.0.0.1:1"])
def test_an_unknown_host_gets_400_never_the_site(client, site, lang, host):
    with override_settings(ALLOWED_HOSTS=PRODUCTION_HOSTS):
        response = client.get(f"/{lang}/", HTTP_HOST=host)
        assert response.status_code == 400
        body = response.content.decode()
        assert "Balkans Policy Research Group" not in body
        assert site.home.title not in body
        # The real host still gets the site.
        assert client.get(f"/{lang}/", HTTP_HOST="balkansgroup.org").status_code == 200


def test_a_forged_forwarded_host_is_not_trusted(client, site):
    with override_settings(ALLOWED_HOSTS=PRODUCTION_HOSTS):
        response = client.get(
            "/en/", HTTP_HOST="balkansgroup.org", HTTP_X_FORWARDED_HOST="evil.example"
        )
    assert response.status_code == 200
    assert "evil.example" not in response.content.decode()


def _versions():
    import django
    import wagtail

    return [django.get_version(), wagtail.__version__, "Django/", "Wagtail/"]


def assert_reveals_nothing(response):
    body = response.content.decode()
    for version in _versions():
        assert version not in body, version
    for leak in ("Traceback", 'File "/', "site-packages", "DEBUG = True", "settings.py"):
        assert leak not in body, leak
    assert "Server" not in response or not any(v in response["Server"] for v in _versions())
    assert "X-Powered-By" not in response


def test_admin_login_page_reveals_no_versions(client, site):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert_reveals_nothing(response)


@pytest.mark.parametrize("lang", LANGS)
def test_error_pages_reveal_no_versions_or_tracebacks(client, site, lang, monkeypatch):
    from bbg_site.models import HomePage

    not_found = client.get(f"/{lang}/no-such-page/")
    assert not_found.status_code == 404
    assert_reveals_nothing(not_found)

    def explode(self, request, *args, **kwargs):
        raise RuntimeError("secret internals at /srv/app/settings.py")

    monkeypatch.setattr(HomePage, "serve", explode)
    client.raise_request_exception = False
    crashed = client.get(f"/{lang}/")
    assert crashed.status_code == 500
    assert_reveals_nothing(crashed)
    assert "secret internals" not in crashed.content.decode()

    with override_settings(ALLOWED_HOSTS=PRODUCTION_HOSTS):
        bad_host = client.get(f"/{lang}/", HTTP_HOST="evil.example")
    assert bad_host.status_code == 400
    assert_reveals_nothing(bad_host)


def test_csrf_failure_reveals_nothing(site):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    # Public forms are checked by origin (bbg_site/csrf.py): another site's.
    response = strict.post(
        "/en/newsletter/", {"email": "a@example.org"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert_reveals_nothing(response)


def test_debug_is_off_outside_development():
    from django.conf import settings

    assert settings.DEBUG is False
    result = run_with_production_settings(
        "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="balkansgroup.org",
        DEBUG="True",
        DJANGO_DEBUG="True",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_ci_audits_every_pinned_dependency_for_known_vulnerabilities():
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    dev = project["optional-dependencies"]["dev"]
    assert any(req.startswith("pip-audit==") for req in dev)
    # Every dependency is pinned exactly, so the audit checks what is installed.
    for requirement in project["dependencies"] + dev:
        assert "==" in requirement, requirement
    makefile = (root / "Makefile").read_text()
    recipe = makefile.split("\naudit:", 1)[1].split("\n\n", 1)[0]
    assert "pip-audit --strict" in recipe  # a pin that cannot be checked fails
    assert '["dependencies"]' in recipe and '["dev"]' in recipe
    assert "make audit" in (root / ".ci" / "run").read_text()
