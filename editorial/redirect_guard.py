"""What a redirect may not take over, and who may send readers to another site.

Redirects are for addresses of pages: pages that moved, pages of the old
WordPress site. A Communications user could once store a permanent redirect
from ``/admin`` to a copy of the sign-in page on another site, which every
browser then remembered. Now:

- ``is_reserved_path`` names the addresses no redirect may take: the admin
  (sign-in and two-factor pages included), documents, static files, media and
  every address the application itself answers (search, feeds, newsletter,
  sitemap, robots.txt) in every language;
- ``GuardedRedirectMiddleware`` (in MIDDLEWARE instead of Wagtail's) ignores
  any stored redirect from such an address;
- ``GuardedRedirectForm`` refuses them in the admin with a clear message,
  and lets only Administrators redirect to another website (and import
  redirects from a file, which may hold any address).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import Resolver404, path, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.redirects import views as wagtail_redirect_views
from wagtail.contrib.redirects.forms import RedirectForm
from wagtail.contrib.redirects.middleware import RedirectMiddleware
from wagtail.models import Site
from wagtail.views import serve as serve_page

from editorial.roles import is_administrator


def _reserved_prefixes() -> list[str]:
    return [reverse("wagtailadmin_home"), "/documents/", settings.STATIC_URL, settings.MEDIA_URL]


def _answered_by_the_application(path: str) -> bool:
    """True when the address is one of the application's own views rather
    than a page (or no page at all): resolved in the language its prefix
    names, since the language-prefixed patterns only match the active one."""
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        for candidate in (path, path.rstrip("/") + "/"):
            try:
                match = resolve(candidate)
            except Resolver404:
                continue
            return match.func is not serve_page
    return False


def is_reserved_path(path: str) -> bool:
    path = "/" + urlsplit(path).path.lstrip("/")
    for prefix in _reserved_prefixes():
        if not prefix.startswith("/"):
            prefix = "/" + prefix
        if path == prefix.rstrip("/") or path.startswith(prefix):
            return True
    return _answered_by_the_application(path)


def site_hostnames() -> set[str]:
    return {hostname.lower() for hostname in Site.objects.values_list("hostname", flat=True)}


def leaves_the_site(link: str) -> bool:
    parts = urlsplit(link.strip())
    if not parts.scheme and not parts.netloc:
        return False
    return (parts.hostname or "").lower() not in site_hostnames()


class GuardedRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirect middleware, which never answers for a reserved address."""

    def process_response(self, request, response):
        if response.status_code == 404 and is_reserved_path(request.path):
            return response
        return super().process_response(request, response)


class GuardedRedirectForm(RedirectForm):
    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_old_path(self):
        old_path = self.cleaned_data["old_path"]
        if is_reserved_path(old_path):
            raise ValidationError(
                _(
                    "%(path)s belongs to the site itself (the admin and sign-in, documents, "
                    "files or a page such as search or the feeds), so it cannot be "
                    "redirected. Redirect the address of a page, or of a page that no longer "
                    "exists."
                ),
                params={"path": old_path},
                code="reserved",
            )
        return old_path

    def clean_redirect_link(self):
        link = self.cleaned_data.get("redirect_link") or ""
        if link and leaves_the_site(link) and not (self.user and is_administrator(self.user)):
            raise ValidationError(
                _(
                    "Only Administrators can redirect to another website. Choose a page "
                    "of this site instead, or ask an Administrator."
                ),
                code="external",
            )
        return link


class _GuardedFormMixin:
    form_class = GuardedRedirectForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}


class GuardedCreateView(_GuardedFormMixin, wagtail_redirect_views.CreateView):
    pass


class GuardedEditView(_GuardedFormMixin, wagtail_redirect_views.EditView):
    pass


def administrators_only(view):
    def wrapped(request, *args, **kwargs):
        if not is_administrator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


# Served in front of Wagtail's own redirect admin (bbg_site/urls.py lists
# them before the admin), at the same addresses, so Wagtail's links and
# reverse("wagtailredirects:add") lead here.
admin_urlpatterns = [
    path("add/", require_admin_access(GuardedCreateView.as_view()), name="add"),
    path(
        "<int:redirect_id>/",
        require_admin_access(GuardedEditView.as_view()),
        name="edit",
    ),
    path(
        "import/",
        require_admin_access(administrators_only(wagtail_redirect_views.start_import)),
        name="start_import",
    ),
    path(
        "import/process/",
        require_admin_access(administrators_only(wagtail_redirect_views.process_import)),
        name="process_import",
    ),
]
