"""Media in an S3 bucket, exercised against a local S3-compatible server.

moto's server (``moto_server``, from PyPI: no real network, no account) stands
in for MinIO or Amazon S3. With the storage the production settings choose
for ``AWS_STORAGE_BUCKET_NAME`` and ``AWS_S3_ENDPOINT_URL``
(bbg_site/settings/production.py, bbg_site/storage.py), an editor, in each
admin language, uploads a picture and a PDF through the Wagtail admin: both
land in the bucket; readers get the picture's rendition through the load
balancer of docker-compose.scale.yml (Debian's nginx running
docker/nginx-lb.conf.template, which fetches /media/images/ from the bucket)
and the PDF through Wagtail's serve view (which reads the bucket with the
app's credentials); deleting both in the admin removes their files from the
bucket.
"""

import contextlib
import io
import json
import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from tests.bbg_site.test_deploy_image import free_port, start, wait_for_port
from tests.bbg_site.test_scale_out import lb_get, load_balancer, settings_with

BUCKET = "bprg-media"
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "moto-test-key",
    "AWS_SECRET_ACCESS_KEY": "moto-test-secret",
    "AWS_DEFAULT_REGION": "us-east-1",
    # Nothing may reach the network: no instance-metadata lookups, no proxy.
    "AWS_EC2_METADATA_DISABLED": "true",
    "NO_PROXY": "127.0.0.1,localhost",
}
PUBLIC_RENDITIONS = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"AWS": ["*"]},
            "Action": ["s3:GetObject"],
            "Resource": [f"arn:aws:s3:::{BUCKET}/images/*"],
        }
    ],
}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def picture() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 600), (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    """moto's S3 server on a free port of 127.0.0.1, with the site's bucket."""
    directory = tmp_path_factory.mktemp("moto")
    port = free_port()
    with contextlib.ExitStack() as stack:
        server = start(
            stack,
            [str(Path(sys.executable).with_name("moto_server"))]
            + ["-H", "127.0.0.1", "-p", str(port)],
            directory / "moto.log",
            env={**os.environ, **CREDENTIALS},
        )
        wait_for_port(port, server, directory / "moto.log", 60)
        endpoint = f"http://127.0.0.1:{port}"
        s3 = boto3.client("s3", endpoint_url=endpoint, **lowercase(CREDENTIALS))
        s3.create_bucket(Bucket=BUCKET)
        # What docker-compose.scale.yml's bucket setup does (`mc anonymous set
        # download .../images/`): anonymous readers may download the
        # renditions under images/, and nothing else.
        s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_RENDITIONS))
        yield endpoint


def anonymous_get(url: str) -> int:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def lowercase(credentials):
    return {
        "aws_access_key_id": credentials["AWS_ACCESS_KEY_ID"],
        "aws_secret_access_key": credentials["AWS_SECRET_ACCESS_KEY"],
        "region_name": credentials["AWS_DEFAULT_REGION"],
    }


@pytest.fixture
def bucket(s3_endpoint, monkeypatch):
    """The production settings' media storage, pointed at moto's server."""
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    storages = settings_with(
        {
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": s3_endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
        }
    )["storages"]
    assert storages["default"]["BACKEND"] == "bbg_site.storage.SameOriginS3Storage"
    from django.conf import settings

    with override_settings(STORAGES={**settings.STORAGES, "default": storages["default"]}):
        s3 = boto3.client("s3", endpoint_url=s3_endpoint, **lowercase(CREDENTIALS))

        def keys():
            listed = s3.list_objects_v2(Bucket=BUCKET)
            return {entry["Key"] for entry in listed.get("Contents", [])}

        yield keys
        for key in keys():  # each test starts with an empty bucket
            s3.delete_object(Bucket=BUCKET, Key=key)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "sq", "sr-latn"])
def test_an_editor_uploads_serves_and_deletes_media_in_the_bucket(
    bucket, s3_endpoint, client, django_user_model, django_capture_on_commit_callbacks,
    tmp_path, language,
):  # fmt: skip
    editor = django_user_model.objects.create_superuser(
        f"editor-{language}", f"editor-{language}@example.org", "long-password-123"
    )
    UserProfile.get_for_user(editor)
    UserProfile.objects.filter(user=editor).update(preferred_language=language)
    client.force_login(editor)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    collection = Collection.get_first_root_node().id
    assert bucket() == set()

    # --- Upload, through the admin.
    png = picture()
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Report cover",
            "file": SimpleUploadedFile("cover.png", png),
            "collection": collection,
        },
    )
    assert response.status_code == 302, response.content[:2000]
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "The report",
            "file": SimpleUploadedFile("report.pdf", PDF),
            "collection": collection,
        },
    )
    assert response.status_code == 302, response.content[:2000]
    image = get_image_model().objects.get(title="Report cover")
    document = get_document_model().objects.get(title="The report")
    assert bucket() == {image.file.name, document.file.name}
    assert image.file.name.startswith("original_images/")
    assert document.file.name.startswith("documents/")
    assert (image.width, image.height) == (800, 600)  # read back from the bucket

    # --- Serve: the rendition pages show, made from the original in the
    # bucket and written to it, addressed on the site's own origin; the load
    # balancer fetches it from the bucket.
    rendition = image.get_rendition("width-400")
    assert rendition.file.name.startswith("images/")
    assert rendition.file.name in bucket()
    assert rendition.url.startswith("/media/images/")
    with load_balancer(tmp_path, f"{s3_endpoint}/{BUCKET}", free_port()) as port:
        status, headers, body = lb_get(port, urlsplit(rendition.url).path)
    assert status == 200
    assert headers["content-type"].startswith("image/")
    # The original and the PDF are not downloadable from the bucket without
    # the app's credentials.
    for key in (image.file.name, document.file.name):
        assert anonymous_get(f"{s3_endpoint}/{BUCKET}/{key}") == 403, key
    with PILImage.open(io.BytesIO(body)) as served:
        assert served.size == (400, 300)
    # The PDF: Wagtail's serve view reads it from the bucket.
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert unquote(document.url).endswith("/report.pdf")
    # A reader too (signed out).
    client.logout()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    client.force_login(editor)

    # --- Delete, through the admin: the files leave the bucket.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailimages:delete", args=[image.pk]))
        assert response.status_code == 302
        response = client.post(reverse("wagtaildocs:delete", args=[document.pk]))
        assert response.status_code == 302
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert not get_document_model().objects.filter(pk=document.pk).exists()
    assert bucket() == set()
    response = client.get(document.url)
    assert response.status_code == 404
