"""Media in an S3-compatible bucket, addressed on the site's own origin.

With several app containers, uploads (pictures, their renditions, PDFs) must
live where every container finds them: an S3 bucket (MinIO in
docker-compose.scale.yml). Their URLs stay under ``MEDIA_URL`` on the site's
own origin, so a page still loads nothing from another origin (and the
Content-Security-Policy stays ``'self'``). The load balancer passes only
``/media/images/`` (the renditions pages show) on to the bucket, the only
part of it readers may download anonymously; documents are read from the
bucket by Wagtail's serve view (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``),
with the app's credentials, after its privacy checks. Unsigned URLs
(``querystring_auth`` off) are therefore enough.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class SameOriginS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name.lstrip("/")))
