from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from bbg_site import views
from bbg_site.sitemaps import PageSitemap
from editorial import redirect_guard

urlpatterns = [
    path(
        "sitemap.xml",
        sitemap_view,
        {"sitemaps": {"pages": PageSitemap}},
        name="sitemap",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # The reach beacon (reach/views.py): counts a page view, no language prefix.
    path("reach/", include("reach.urls")),
    # Before the admin: the redirect admin's add, edit and import views with
    # the guard against redirecting the site's own addresses.
    path(
        "admin/redirects/",
        include((redirect_guard.admin_urlpatterns, "editorial_redirects")),
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Serbian without a script: to /sr-cyrl/ or /sr-latn/ (bbg_site/views.py).
    path("sr/", views.serbian, name="serbian"),
    re_path(r"^sr/(?P<rest>(?s:.+))$", views.serbian),  # any path, line breaks too
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public URL starts with the language: /en/, /sq/, /sr-latn/.
# "/" and unprefixed paths are redirected by LocaleMiddleware using the
# Accept-Language header (English when nothing matches).
urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("newsletter/", views.newsletter, name="newsletter"),
    path("newsletter/confirm/<str:token>/", views.newsletter_confirm, name="newsletter_confirm"),
    path(
        "newsletter/unsubscribe/<str:token>/",
        views.newsletter_unsubscribe,
        name="newsletter_unsubscribe",
    ),
    path("feeds/", include("publications.urls")),
    path("feeds/", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database outage outside a view gives the 503 page, anything else the 500 page.
handler500 = "bbg_site.outage.server_error"
