"""The image and the single-host deployment, assembled and run without Docker.

Docker cannot run on these machines, so this test does what `docker compose up`
would do, from the same files:

- the image's file tree is built from the Dockerfile's own COPY lines (its
  runtime stage, with .dockerignore applied) in a temporary folder; the
  dependencies the build stage installs come from the test run's virtualenv,
  without the project's editable install, so only code the Dockerfile copies
  can be imported;
- there, with the Dockerfile's ENV, the build's `manage.py` step
  (collectstatic, with the production settings) runs as the RUN line has it;
- with the environment a deployment's `web` container has (the Dockerfile's
  ENV, the operator's .env made from .env.example, docker-compose.yml's
  environment; the database and Redis addresses pointed at this machine's):
  `check --deploy`, then docker/entrypoint.sh `web`, which migrates a fresh
  PostgreSQL database and starts gunicorn;
- Debian's nginx runs docker/nginx.conf.template, filled in from the `proxy`
  service's environment (listening on free ports, gunicorn's port as
  upstream, the temporary media folder, a self-signed certificate), and
  requests go through it: a page (compressed for a browser that accepts
  gzip), the site's hashed stylesheet and script (compressed, cached for a
  year, immutable), an image rendition (served by nginx from the media
  folder), documents (never served from the folder), a foreign Host.

Everything started is stopped, and the database dropped, even on failure.
"""

import contextlib
import gzip
import http.client
import json
import mimetypes
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import sysconfig
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from tests.bbg_site.test_deployment_files import (
    NGINX_TEMPLATES,
    ROOT,
    compose,
    copy_instructions,
    dockerfile_env,
    dockerignore_patterns,
    dockerignored,
    mapping,
    runtime_stage,
    service_env,
)

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
OPENSSL = shutil.which("openssl")
REDIS_SERVER = shutil.which("redis-server")
IN_CI = os.environ.get("CI") == "true"
# PATH of the python:3.11-slim-bookworm image, before the Dockerfile's ENV.
IMAGE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
HOST = "balkansgroup.org"  # the first ALLOWED_HOSTS entry of .env.example


# --- Helpers (test_scale_out.py uses them too) ------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"exited with {process.returncode} before listening:\n{tail(log)}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.1)
    pytest.fail(f"nothing listens on {port} after {seconds} s:\n{tail(log)}")


def tail(log: Path, lines: int = 60) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""


def start(stack: contextlib.ExitStack, args, log: Path, **kwargs) -> subprocess.Popen:
    """A process in its own session, stopped (with its children) when the stack closes."""
    out = stack.enter_context(log.open("wb"))
    process = subprocess.Popen(
        args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
    )

    def stop():
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)

    stack.callback(stop)
    return process


def need_nginx() -> None:
    """nginx is needed: under CI its absence fails, elsewhere it skips, saying why."""
    if Path(NGINX).exists():
        return
    reason = f"{NGINX} is missing: install Debian's nginx (apt-get install -y nginx)"
    if IN_CI:
        pytest.fail(f"{reason}; .ci/run installs it")
    pytest.skip(reason)


def envsubst(template: Path, values: dict[str, str]) -> str:
    """What the nginx image's 20-envsubst-on-templates.sh does: ${NAME} and
    $NAME of the defined variables replaced, everything else left alone."""
    text = template.read_text(encoding="utf-8")
    for name, value in values.items():
        text = re.sub(rf"\$\{{{name}\}}|\${name}\b", lambda _m, v=value: v, text)
    left = re.findall(r"\$\{[A-Z_][A-Z0-9_]*\}", text)
    assert not left, f"{template.name}: nothing in the environment fills in {left}"
    return text


def run_nginx(stack, directory: Path, site_conf: str) -> subprocess.Popen:
    """Debian's nginx in the foreground with ``site_conf`` where the nginx image
    includes conf.d/*.conf (inside http {}), as the image's nginx.conf does."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "site.conf").write_text(site_conf)
    user = "user root;" if os.geteuid() == 0 else ""  # workers read the test's private tmp
    (directory / "nginx.conf").write_text(
        f"""
daemon off;
{user}
worker_processes 1;
pid {directory}/nginx.pid;
error_log stderr notice;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 65;
    access_log {directory}/access.log;
    client_body_temp_path {directory}/client_body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    include {directory}/site.conf;
}}
"""
    )
    test = subprocess.run(
        [NGINX, "-t", "-p", str(directory), "-c", str(directory / "nginx.conf"), "-e", "stderr"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert test.returncode == 0, test.stderr
    return start(
        stack,
        [NGINX, "-p", str(directory), "-c", str(directory / "nginx.conf"), "-e", "stderr"],
        directory / "nginx.log",
    )


def listen_on(conf: str, ports: dict[str, int]) -> str:
    """The template's `listen 80` / `listen 443` moved to free ports on 127.0.0.1."""
    for port, free in ports.items():
        conf, count = re.subn(rf"\blisten {port}\b", f"listen 127.0.0.1:{free}", conf)
        assert count == 1, f"listen {port}: {count} times"
    return conf


@contextlib.contextmanager
def redis_url():
    """A Redis of the test's own (redis-server), else the machine's on 6379."""
    if REDIS_SERVER:
        port = free_port()
        with TemporaryDir() as directory, contextlib.ExitStack() as stack:
            process = start(
                stack,
                [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
                + ["--appendonly", "no", "--dir", str(directory)],
                directory / "redis.log",
            )
            wait_for_port(port, process, directory / "redis.log", 15)
            yield f"redis://127.0.0.1:{port}/0"
        return
    try:
        with socket.create_connection(("127.0.0.1", 6379), 2) as sock:
            sock.sendall(b"PING\r\n")
            assert sock.recv(16).startswith(b"+PONG")
    except (OSError, AssertionError):
        pytest.fail("a deployment needs Redis: neither redis-server nor 127.0.0.1:6379 found")
    yield "redis://127.0.0.1:6379/15"


class TemporaryDir(contextlib.AbstractContextManager):
    def __enter__(self) -> Path:
        import tempfile

        self.path = Path(tempfile.mkdtemp(prefix="bprg-deploy-"))
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)


@contextlib.contextmanager
def fresh_database():
    """A new, empty PostgreSQL database on the test run's server; dropped after."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = "postgres://postgres@127.0.0.1:5432/postgres"
    name = f"bprg_deploy_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True)
    except psycopg.OperationalError as error:
        pytest.fail(f"a deployment needs PostgreSQL, none answers at {url}: {error}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- The image's file tree --------------------------------------------------------------


class Image:
    """A folder standing for the image's file system: /app is <root>/app."""

    def __init__(self, root: Path):
        self.root = root

    def path(self, container_path: str) -> Path:
        return self.root / container_path.lstrip("/")

    def host_value(self, value: str) -> str:
        """An environment value with the image's absolute paths made this folder's."""
        tops = {entry.name for entry in self.root.iterdir()}
        parts = [
            str(self.path(part)) if part.startswith("/") and part.split("/")[1] in tops else part
            for part in value.split(":")
        ]
        return ":".join(parts)


def build_image(root: Path) -> tuple[Image, dict[str, str], list[tuple[str, str]]]:
    """The runtime stage's files from its COPY lines; its ENV; its RUN steps
    (with the WORKDIR each runs in)."""
    image = Image(root)
    stage = runtime_stage()
    patterns = dockerignore_patterns()
    for copy in copy_instructions(stage):
        if copy.from_stage:
            # The build stage's virtualenv of the pinned dependencies.
            assert copy.sources == [copy.destination] == ["/opt/venv"], copy
            dependencies_venv(image.path(copy.destination))
            continue
        for source in copy.sources:
            copy_from_context(source, image.path(copy.destination), copy.destination, patterns)
    for directory in ("root", "home/bprg", "tmp"):  # the users' homes
        (root / directory).mkdir(parents=True, exist_ok=True)
    workdir, runs = "/", []
    for keyword, arguments in stage.instructions:
        if keyword == "WORKDIR":
            workdir = str(Path(workdir) / arguments)
        elif keyword == "RUN":
            runs.append((workdir, arguments))
    env = dockerfile_env(stage, {"PATH": IMAGE_PATH, "HOME": "/root", "LANG": "C.UTF-8"})
    return image, {name: image.host_value(value) for name, value in env.items()}, runs


def copy_from_context(source: str, target: Path, destination: str, patterns: list[str]) -> None:
    origin = ROOT / source
    assert origin.exists(), f"COPY {source}: not in the repository"
    if origin.is_file():
        assert not dockerignored(source, patterns), f"COPY {source}: .dockerignore leaves it out"
        if destination.endswith("/"):
            target = target / origin.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(origin, target)
        return
    for directory, _dirs, files in os.walk(origin):
        for file in files:
            path = Path(directory) / file
            relative = path.relative_to(ROOT).as_posix()
            if dockerignored(relative, patterns):
                continue
            copied = target / path.relative_to(origin)
            copied.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copied)


def dependencies_venv(target: Path) -> None:
    """A virtualenv that sees the test run's installed packages, not the
    project (whose editable install is a .pth hook this one does not run)."""
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(target)], check=True, timeout=60
    )
    (site_packages,) = target.glob("lib/python3*/site-packages")
    paths = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site_packages / "_dependencies.pth").write_text("\n".join(paths) + "\n")
    # The dependencies' commands (gunicorn), pointed at this virtualenv's python.
    for script in (Path(sys.prefix) / "bin").iterdir():
        if script.name.startswith(("python", "activate")) or not script.is_file():
            continue
        with script.open("rb") as file:
            first = file.readline()
        if first.startswith(b"#!") and sys.prefix.encode() in first:
            body = script.read_bytes().split(b"\n", 1)[1]
            copied = target / "bin" / script.name
            copied.write_bytes(f"#!{target}/bin/python\n".encode() + body)
            copied.chmod(0o755)


def manage_steps(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The build's `python manage.py ...` steps, each the shell command of
    its RUN line between `&&`s."""
    steps = []
    for workdir, run in runs:
        steps += [(workdir, part.strip()) for part in run.split("&&") if "python manage.py" in part]
    return steps


# --- The test -------------------------------------------------------------------------------

CONTENT = """
import importlib.util, io, json
from pathlib import Path
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as Picture
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
import bbg_site, editorial

app = Path.cwd().resolve()
# A home page with text, as the site's first page is (the page readers get).
from django.utils import translation
from wagtail.models import Page, Site
from bbg_site.models import HomePage
with translation.override("en"):
    home = HomePage(
        slug_en="bprg", slug_sq="bprg", slug_sr_latn="bprg",
        title_en="Home", title_sq="Ballina", title_sr_latn="Početna",
        hero_title_en="Strengthening Peace and State-building",
        intro_en="The multi-ethnic think tank of Kosovo. " * 20,
    )
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
Site.objects.all().delete()
Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
modules = {m.__name__: m.__file__ for m in (bbg_site, editorial)}
picture = io.BytesIO()
Picture.new("RGB", (640, 480), (200, 30, 30)).save(picture, "PNG")
image = get_image_model().objects.create(
    title="Deploy test", file=ImageFile(io.BytesIO(picture.getvalue()), name="deploy-test.png")
)
rendition = image.get_rendition("width-320")
Document = get_document_model()
public = Document.objects.create(
    title="Public", file=ContentFile(b"%PDF-1.4 public deploy test", name="deploy-public.pdf")
)
private_collection = Collection.get_first_root_node().add_child(name="Deploy test, private")
CollectionViewRestriction.objects.create(
    collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
)
private = Document.objects.create(
    title="Private", collection=private_collection,
    file=ContentFile(b"%PDF-1.4 private deploy test", name="deploy-private.pdf"),
)
print(json.dumps({
    "app": str(app),
    "modules": modules,
    "tests_importable": importlib.util.find_spec("tests") is not None,
    "rendition_url": rendition.url,
    "rendition_path": rendition.file.path,
    "original_url": image.file.url,
    "public": [public.file.url, public.url, public.file.path],
    "private": [private.file.url, private.url, private.file.path],
}))
"""


def fetch(port, path, *, host=HOST, tls=True, method="GET", body=None, headers=None):
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # the test's self-signed certificate
        connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=60, context=context)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def run(args, *, env, cwd, timeout=180) -> subprocess.CompletedProcess:
    result = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def test_the_image_builds_migrates_and_serves_through_nginx(tmp_path):
    image, build_env, runs = build_image(tmp_path / "image")
    app = image.path("/app")
    assert not (app / "tests").exists()
    assert not (app / "demo").exists()  # the demo content and the benchmark

    # --- The build: `python manage.py collectstatic` as its RUN line has it.
    steps = manage_steps(runs)
    assert [command.split("python manage.py ")[1].split()[0] for _, command in steps] == [
        "collectstatic"
    ]
    for workdir, command in steps:
        run(["sh", "-c", command], env=build_env, cwd=image.path(workdir))
    static_root = Path(build_env["STATIC_ROOT"])
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    assert manifest

    with contextlib.ExitStack() as stack:
        database = stack.enter_context(fresh_database())
        redis = stack.enter_context(redis_url())

        # --- The `web` container's environment.
        compose_env = service_env("single", "web")
        assert urlsplit(compose_env["DATABASE_URL"]).hostname == "db"
        assert urlsplit(compose_env["REDIS_URL"]).hostname == "redis"
        gunicorn_port = free_port()
        env = {
            **build_env,
            "HOME": str(image.path("/home/bprg")),  # USER bprg
            **{name: image.host_value(value) for name, value in compose_env.items()},
            "DATABASE_URL": database,
            "REDIS_URL": redis,
            "GUNICORN_BIND": f"127.0.0.1:{gunicorn_port}",
            "GUNICORN_WORKERS": "2",
        }
        media_root = Path(env["MEDIA_ROOT"])
        assert media_root == image.path("/app/media")
        media_root.mkdir()  # the RUN line's `mkdir -p /app/media`
        assert env["SECURE_SSL_REDIRECT"] == "true"
        assert env["TRUSTED_PROXY_COUNT"] == "1"

        # --- check --deploy with what a deployment has.
        checked = run(
            ["python", "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            env=env,
            cwd=app,
        )
        assert "System check identified no issues" in checked.stdout
        # No demo commands in the image (the demo app is not installed).
        commands = run(["python", "manage.py", "help", "--commands"], env=env, cwd=app).stdout
        assert "collectstatic" in commands.split()
        assert not {"load_demo_content", "ensure_demo_admin", "bench"} & set(commands.split())

        # --- The entrypoint: migrate on the fresh database, then gunicorn.
        gunicorn_log = tmp_path / "web.log"
        web = start(
            stack,
            ["sh", str(app / "docker" / "entrypoint.sh"), "web"],
            gunicorn_log,
            env=env,
            cwd=tmp_path,
        )
        wait_for_port(gunicorn_port, web, gunicorn_log, 150)
        log = gunicorn_log.read_text()
        assert log.index("applying database migrations") < log.index("starting gunicorn")
        run(["python", "manage.py", "migrate", "--check", "--noinput"], env=env, cwd=app)

        # --- Content made as an editor would have it: a picture, two documents.
        made = json.loads(
            run(["python", "manage.py", "shell", "-c", CONTENT], env=env, cwd=app)
            .stdout.strip()
            .splitlines()[-1]
        )
        # Only what the Dockerfile copied was imported.
        assert made["app"] == str(app)
        assert all(path.startswith(str(app)) for path in made["modules"].values()), made
        assert made["tests_importable"] is False
        rendition = Path(made["rendition_path"])
        assert rendition.is_relative_to(media_root / "images")
        assert made["rendition_url"].startswith("/media/images/")

        # --- nginx, as the `proxy` service runs it.
        need_nginx()
        assert OPENSSL, "openssl makes the test's certificate"
        certs, acme = tmp_path / "certs", tmp_path / "acme"
        certs.mkdir()
        acme.mkdir()
        subprocess.run(
            [OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
            + ["-subj", f"/CN={HOST}", "-keyout", str(certs / "privkey.pem")]
            + ["-out", str(certs / "fullchain.pem")],
            check=True,
            capture_output=True,
            timeout=60,
        )
        proxy_env = mapping(compose("single")["services"]["proxy"]["environment"])
        assert proxy_env["APP_UPSTREAM"] == "web:8000"
        assert proxy_env["CACHE_UPSTREAM"] == "cache:6081"
        conf = envsubst(
            NGINX_TEMPLATES["single"],
            {
                **proxy_env,
                "APP_UPSTREAM": f"127.0.0.1:{gunicorn_port}",
                # Straight to gunicorn: the cache in front (Varnish) has its
                # own test, tests/browser/test_edge_cache.py.
                "CACHE_UPSTREAM": f"127.0.0.1:{gunicorn_port}",
                "MEDIA_DIR": str(media_root),
                "TLS_DIR": str(certs),
                "ACME_DIR": str(acme),
            },
        )
        http_port, https_port = free_port(), free_port()
        conf = listen_on(conf, {80: http_port, 443: https_port})
        nginx = run_nginx(stack, tmp_path / "nginx", conf)
        wait_for_port(https_port, nginx, tmp_path / "nginx" / "nginx.log", 15)
        wait_for_port(http_port, nginx, tmp_path / "nginx" / "nginx.log", 15)

        def gunicorn_saw(path: str, seconds: float = 3) -> bool:
            """Whether gunicorn's access log has the request (written just
            after the response, so it is waited for a moment)."""
            deadline = time.monotonic() + seconds
            while f"GET {path} HTTP" not in gunicorn_log.read_text():
                if time.monotonic() > deadline:
                    return False
                time.sleep(0.05)
            return True

        # A page, over HTTPS: no server error, Django's headers, a short HSTS.
        status, headers, page = fetch(https_port, "/en/")
        assert status == 200, page[:2000]
        assert b"Strengthening Peace and State-building" in page
        assert headers["strict-transport-security"] == "max-age=3600"
        assert headers["x-content-type-options"] == "nosniff"
        assert b"<html" in page.lower()
        assert gunicorn_saw("/en/")
        # The site's own 404 page, and the admin's sign-in page, compressed
        # by nginx when the reader accepts it.
        status, _, missing = fetch(https_port, "/en/no-such-page/")
        assert status == 404
        assert b"<html" in missing.lower()
        status, headers, plain = fetch(https_port, "/admin/login/")
        assert status == 200
        assert len(plain) > 1024
        assert "content-encoding" not in headers
        status, headers, compressed = fetch(
            https_port, "/admin/login/", headers={"Accept-Encoding": "gzip"}
        )
        assert status == 200
        assert headers["content-encoding"] == "gzip"
        assert len(compressed) < len(plain)
        assert b"<html" in gzip.decompress(compressed).lower()

        # Plain HTTP is redirected by Django, since nginx says so: a client's
        # own X-Forwarded-Proto is replaced, not passed on.
        for forged in ({}, {"X-Forwarded-Proto": "https"}):
            status, headers, _ = fetch(http_port, "/en/", tls=False, headers=forged)
            assert (status, headers["location"]) == (301, f"https://{HOST}/en/"), forged

        # A Host not in ALLOWED_HOSTS: 400, over HTTPS and HTTP.
        for tls, port in ((True, https_port), (False, http_port)):
            status, _, _ = fetch(port, "/en/", host="evil.example", tls=tls)
            assert status == 400

        # The image rendition: from the media folder, by nginx (gunicorn never sees it).
        status, headers, body = fetch(https_port, made["rendition_url"])
        assert status == 200
        assert body == rendition.read_bytes()
        assert headers["content-type"] == mimetypes.guess_type(rendition.name)[0]
        assert headers["x-content-type-options"] == "nosniff"
        assert "max-age=" in headers["cache-control"]

        # Documents: never read from the media folder by nginx. Under
        # /media/documents/ Django answers (404); the serve view hands out the
        # public one and sends the reader of the private one to sign in.
        for file_url, _serve_url, path in (made["public"], made["private"]):
            content = Path(path).read_bytes()
            assert file_url.startswith("/media/documents/")
            status, _, body = fetch(https_port, file_url)
            assert status == 404
            assert content not in body
            assert gunicorn_saw(file_url)
        file_url, serve_url, path = made["public"]
        status, headers, body = fetch(https_port, serve_url)
        assert (status, body) == (200, Path(path).read_bytes())
        file_url, serve_url, path = made["private"]
        status, headers, body = fetch(https_port, serve_url)
        assert status == 302, status
        assert Path(path).read_bytes() not in body
        # Original uploads are not served from the folder either.
        status, _, _ = fetch(https_port, made["original_url"])
        assert status == 404
        assert gunicorn_saw(made["original_url"])

        # Pages reach a reader whose browser accepts gzip compressed (nginx),
        # on the page cache's miss and on its hit alike; the reader gets the
        # same page as without compression.
        for path in ("/en/", "/en/no-such-page/"):
            for _round in ("miss", "hit"):
                status, headers, compressed = fetch(
                    https_port, path, headers={"Accept-Encoding": "gzip, deflate, br"}
                )
                assert status == (200 if path == "/en/" else 404), (path, status)
                assert headers["content-type"].startswith("text/html"), path
                assert headers.get("content-encoding") == "gzip", (path, headers)
                html = gzip.decompress(compressed)
                assert b"<html" in html.lower() and b"</html>" in html.lower(), path
                assert len(compressed) < len(html) / 2, path

        # The site's stylesheet and script, under their hashed names, as pages
        # link to them: WhiteNoise (through nginx) sends the gzip copy
        # collectstatic wrote, and the reader's browser keeps it for a year
        # without asking again. Without Accept-Encoding the same file, plain.
        for source, content_type in (
            ("css/site.css", "text/css"),
            ("js/site.js", "text/javascript"),
        ):
            hashed = manifest[source]
            assert hashed != source
            status, _, page = fetch(https_port, "/en/no-such-page/")
            assert f"/static/{hashed}".encode() in page, f"pages link to {hashed}"
            status, headers, plain = fetch(https_port, f"/static/{hashed}")
            assert status == 200
            assert headers["content-type"].startswith(content_type), headers
            assert "content-encoding" not in headers
            assert plain == (static_root / hashed).read_bytes()
            assert headers["cache-control"] == "max-age=31536000, public, immutable"
            status, headers, compressed = fetch(
                https_port, f"/static/{hashed}", headers={"Accept-Encoding": "gzip, deflate, br"}
            )
            assert status == 200
            assert headers["content-encoding"] == "gzip", headers
            assert "accept-encoding" in headers["vary"].lower()
            assert headers["cache-control"] == "max-age=31536000, public, immutable"
            assert gzip.decompress(compressed) == plain
            assert len(compressed) < len(plain) / 2
        # A name without its hash may change: it is kept briefly only.
        status, headers, _ = fetch(https_port, "/static/css/site.css")
        assert status == 200
        assert "immutable" not in headers["cache-control"]

        # Let's Encrypt's challenge files are served from ACME_DIR.
        challenge = acme / ".well-known" / "acme-challenge"
        challenge.mkdir(parents=True)
        (challenge / "token-123").write_text("token-123.key")
        status, _, body = fetch(http_port, "/.well-known/acme-challenge/token-123", tls=False)
        assert (status, body) == (200, b"token-123.key")

        # A 51 MB document upload is within the server's body size limit: nginx
        # reads it (and, as this address is a file, refuses the method: 405),
        # where a smaller limit would answer 413 at once.
        status, _, _ = fetch(
            http_port,
            "/.well-known/acme-challenge/token-123",
            tls=False,
            method="POST",
            body=b"x" * (51 * 1024 * 1024),
            headers={"Content-Type": "application/octet-stream"},
        )
        assert status == 405
        assert len(re.findall(r"client_max_body_size", conf)) == 1  # for every location

        # Last, when gunicorn has logged every request before: it never got
        # the rendition's.
        assert gunicorn_saw("/admin/login/")
        assert not gunicorn_saw(made["rendition_url"], seconds=0)
