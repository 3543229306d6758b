"""The container deployment files keep the properties production relies on.

The Dockerfile is parsed into its stages and instructions, both compose files
with a YAML parser (``yaml.safe_load``) and compose's own ``${...}``
interpolation, filled in from .env.example as an operator's .env would be.
tests/bbg_site/test_deploy_image.py and test_scale_out.py use the same
readers to assemble and run what these files describe. No database is used.
"""

import ast
import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ENTRYPOINT = ROOT / "docker" / "entrypoint.sh"
COMPOSE_FILES = {
    "single": ROOT / "docker-compose.yml",
    "scale": ROOT / "docker-compose.scale.yml",
}
# The service that is the way in, and how many proxies then stand in front
# of gunicorn (TRUSTED_PROXY_COUNT): nginx alone; a TLS proxy and the load balancer.
PROXY = {"single": ("proxy", "1"), "scale": ("lb", "2")}
NGINX_TEMPLATES = {
    "single": ROOT / "docker" / "nginx.conf.template",
    "scale": ROOT / "docker" / "nginx-lb.conf.template",
}
SH = shutil.which("sh")


# --- Readers: Dockerfile ------------------------------------------------------------


@dataclass
class Stage:
    name: str
    base: str
    instructions: list[tuple[str, str]] = field(default_factory=list)

    def args(self, keyword: str) -> list[str]:
        return [arguments for instruction, arguments in self.instructions if instruction == keyword]


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    logical, current = [], ""
    for line in text.splitlines():
        if line.lstrip().startswith("#"):  # also comments inside a continued instruction
            continue
        if line.rstrip().endswith("\\"):
            current += line.rstrip()[:-1] + " "
            continue
        current += line
        if current.strip():
            logical.append(current.strip())
        current = ""
    pairs = []
    for instruction in logical:
        keyword, _, arguments = instruction.partition(" ")
        pairs.append((keyword.upper(), " ".join(arguments.split())))
    return pairs


def dockerfile_stages() -> list[Stage]:
    stages: list[Stage] = []
    for keyword, arguments in dockerfile_instructions():
        if keyword == "FROM":
            words = arguments.split()
            name = words[2] if len(words) > 2 and words[1].upper() == "AS" else str(len(stages))
            stages.append(Stage(name=name, base=words[0]))
        elif stages:
            stages[-1].instructions.append((keyword, arguments))
    return stages


def dockerfile_args(keyword: str) -> list[str]:
    return [
        arguments for instruction, arguments in dockerfile_instructions() if instruction == keyword
    ]


@dataclass
class Copy:
    sources: list[str]
    destination: str  # absolute, in the image
    from_stage: str | None


def copy_instructions(stage: Stage) -> list[Copy]:
    """The stage's COPY instructions, destinations made absolute from WORKDIR."""
    workdir, copies = "/", []
    for keyword, arguments in stage.instructions:
        if keyword == "WORKDIR":
            workdir = str(Path(workdir) / arguments)
        elif keyword in {"COPY", "ADD"}:
            assert keyword == "COPY", "ADD fetches or unpacks: use COPY"
            words = json.loads(arguments) if arguments.startswith("[") else shlex.split(arguments)
            flags = [word for word in words if word.startswith("--")]
            paths = [word for word in words if not word.startswith("--")]
            from_stage = next(
                (flag.split("=", 1)[1] for flag in flags if flag.startswith("--from=")), None
            )
            *sources, destination = paths
            absolute = str(Path(workdir) / destination)
            if destination.endswith("/"):
                absolute += "/"
            copies.append(Copy(sources, absolute, from_stage))
    return copies


def dockerfile_env(stage: Stage, base_env: dict[str, str]) -> dict[str, str]:
    """The environment the stage's ENV lines set up, on top of ``base_env``."""
    env = dict(base_env)
    for arguments in stage.args("ENV"):
        for pair in shlex.split(arguments):
            name, _, value = pair.partition("=")
            env[name] = re.sub(
                r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", lambda m: env.get(m.group(1), ""), value
            )
    return env


def runtime_stage() -> Stage:
    return dockerfile_stages()[-1]


def dockerignore_patterns() -> list[str]:
    return _without_comments((ROOT / ".dockerignore").read_text(encoding="utf-8"))


def dockerignored(relative: str, patterns: list[str] | None = None) -> bool:
    """Whether the build context leaves out ``relative`` (a path from the
    repository root), as Docker reads .dockerignore: a pattern matches the
    path or one of the folders it is in; ``**`` matches any folders."""
    patterns = dockerignore_patterns() if patterns is None else patterns
    parts = relative.strip("/").split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        regex = _dockerignore_regex(pattern.lstrip("!").strip("/"))
        if any(regex.fullmatch(candidate) for candidate in candidates):
            ignored = not negate
    return ignored


def _dockerignore_regex(pattern: str) -> re.Pattern:
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out)


# --- Readers: .env.example and compose ----------------------------------------------


def _without_comments(text: str) -> list[str]:
    """The lines of a shell-like text without comments and blank lines."""
    lines = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lines.append(re.sub(r"\s+#\s.*$", "", line.rstrip()))
    return lines


def env_example() -> dict[str, str]:
    values = {}
    for line in _without_comments((ROOT / ".env.example").read_text(encoding="utf-8")):
        name, separator, value = line.partition("=")
        assert separator, f".env.example: {line!r} is not NAME=value"
        values[name.strip()] = value.strip()
    return values


# What an operator fills in after `cp .env.example .env`: the values .env.example
# marks REQUIRED and ships empty or as a placeholder.
OPERATOR_VALUES = {
    "POSTGRES_PASSWORD": "pg-password-from-the-test",
    "SECRET_KEY": "deploy-test-" + "Zr8pQ2vN5xW7yT3uL9sJ4hG6fD1aB0cE" * 2,
    "AWS_ACCESS_KEY_ID": "bprg-media-key",
    "AWS_SECRET_ACCESS_KEY": "bprg-media-secret-from-the-test",
}


def operator_env() -> dict[str, str]:
    """.env as an operator has it: .env.example with the REQUIRED values set."""
    return {**env_example(), **OPERATOR_VALUES}


class MissingVariable(Exception):
    pass


_VARIABLE = re.compile(r"\$(?:\$|\{|([A-Za-z_][A-Za-z0-9_]*))")


def interpolate(text: str, env: dict[str, str]) -> str:
    """Compose's interpolation: $$, $NAME, ${NAME}, ${NAME:-default},
    ${NAME-default}, ${NAME:?error}, ${NAME?error}, ${NAME:+other}, nested."""
    out, i = "", 0
    while True:
        match = _VARIABLE.search(text, i)
        if not match:
            return out + text[i:]
        out += text[i : match.start()]
        if match.group(0) == "$$":
            out, i = out + "$", match.end()
        elif match.group(1):
            out, i = out + env.get(match.group(1), ""), match.end()
        else:
            depth, j = 1, match.end()
            while depth:
                if text.startswith("${", j):
                    depth, j = depth + 1, j + 2
                    continue
                depth -= text[j] == "}"
                j += 1
            out += _expression(text[match.end() : j - 1], env)
            i = j


def _expression(body: str, env: dict[str, str]) -> str:
    match = re.match(r"([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])(.*))?$", body, re.DOTALL)
    assert match, f"not a compose variable: ${{{body}}}"
    name, operator, argument = match.groups()
    value, is_set = env.get(name), name in env
    empty = not is_set or (operator or "").startswith(":") and value == ""
    if operator in {":-", "-"}:
        return interpolate(argument, env) if empty else value
    if operator in {":?", "?"}:
        if empty:
            raise MissingVariable(f"{name}: {interpolate(argument, env)}")
        return value
    if operator in {":+", "+"}:
        return "" if empty else interpolate(argument, env)
    return value or ""


def _interpolate_all(node, env):
    if isinstance(node, str):
        return interpolate(node, env)
    if isinstance(node, list):
        return [_interpolate_all(item, env) for item in node]
    if isinstance(node, dict):
        return {key: _interpolate_all(value, env) for key, value in node.items()}
    return node


def compose_raw(kind: str) -> dict:
    return yaml.safe_load(COMPOSE_FILES[kind].read_text(encoding="utf-8"))


def compose(kind: str, env: dict[str, str] | None = None) -> dict:
    """The compose file as `docker compose` sees it with the operator's .env."""
    return _interpolate_all(compose_raw(kind), operator_env() if env is None else env)


def mapping(value) -> dict[str, str]:
    """An `environment:` given as a mapping or as a list of NAME=value."""
    if isinstance(value, list):
        return dict(item.split("=", 1) for item in value)
    return {key: "" if item is None else str(item) for key, item in (value or {}).items()}


def service_env(kind: str, service: str, env: dict[str, str] | None = None) -> dict[str, str]:
    """What a service's container finds in its environment: its env_file
    (the operator's .env), overridden by its `environment:`."""
    env = operator_env() if env is None else env
    definition = compose(kind, env)["services"][service]
    result = {}
    env_files = definition.get("env_file", [])
    for env_file in [env_files] if isinstance(env_files, str) else env_files:
        assert env_file == ".env", env_file
        result.update(env)
    result.update(mapping(definition.get("environment")))
    return result


def command(definition: dict) -> list[str]:
    value = definition.get("command", [])
    return shlex.split(value) if isinstance(value, str) else list(value)


def app_services(kind: str) -> dict[str, dict]:
    """The services that run the site's image."""
    return {
        name: service
        for name, service in compose(kind)["services"].items()
        if service.get("build") == "." or service.get("image") == "bprg-portal:latest"
    }


def serving_or_publishing(kind: str) -> list[str]:
    """The app services that serve requests or publish scheduled pages."""
    names = []
    for name, service in app_services(kind).items():
        words = command(service) or ["web"]  # the image's CMD
        if words[0] in {"web", "gunicorn", "publish-scheduled"} or "publish_scheduled" in words:
            names.append(name)
    return names


def template_variables(path: Path) -> set[str]:
    """The ${NAME}s the nginx image fills in from the environment."""
    return set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)\}", path.read_text(encoding="utf-8")))


def production_installed_apps() -> list[str]:
    """INSTALLED_APPS of the production settings (what the image must hold;
    development-only apps such as the demo content are not among them)."""
    code = (
        "import json; from django.conf import settings; print(json.dumps(settings.INSTALLED_APPS))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "bbg_site.settings.production",
            **{name: value for name, value in operator_env().items() if value},
            "DATABASE_URL": "postgres://bprg@db:5432/bprg",
            "REDIS_URL": "redis://redis:6379/0",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def settings_variables() -> set[str]:
    """The environment variables production.py and base.py (which it extends) read."""
    names = set()
    for module in ("production", "base"):
        text = (ROOT / "bbg_site" / "settings" / f"{module}.py").read_text(encoding="utf-8")
        names |= set(
            re.findall(r'(?:_required|_flag|_int|os\.environ\.get)\(\s*"([A-Z_][A-Z0-9_]*)"', text)
        )
    # dj_database_url.config() reads DATABASE_URL in base.py.
    return names | {"DATABASE_URL"}


# --- Dockerfile ---------------------------------------------------------------------


def test_dockerfile_uses_python_311_slim_bookworm():
    bases = [stage.base for stage in dockerfile_stages()]
    assert bases
    assert all(base == "python:3.11-slim-bookworm" for base in bases), bases


def test_dockerfile_copies_every_app_the_settings_install():
    """Derived from INSTALLED_APPS, not from a list kept here: an app of the
    project (a package in the repository) must reach the image."""
    copied = {
        source.rstrip("/")
        for copy in copy_instructions(runtime_stage())
        if copy.from_stage is None
        for source in copy.sources
    }
    local_apps = {
        app.split(".")[0]
        for app in production_installed_apps()
        if (ROOT / app.split(".")[0] / "__init__.py").exists()
    }
    assert "editorial" in local_apps
    assert local_apps <= copied, local_apps - copied
    assert {"manage.py", "templates", "static", "locale", "docker/entrypoint.sh"} <= copied
    assert "tests" not in copied
    # Every source exists and none is left out of the build context.
    for source in copied:
        assert (ROOT / source).exists(), source
        assert not dockerignored(source), f"{source} is copied but .dockerignore leaves it out"


def test_the_demo_stays_out_of_production():
    """The demo content and the benchmark (demo/) are for development: the
    production settings do not install them and the image does not hold them,
    so it has no demo commands; the dev, test and bench settings install them."""
    assert "demo" not in {app.split(".")[0] for app in production_installed_apps()}
    copied = [
        source.rstrip("/")
        for copy in copy_instructions(runtime_stage())
        if copy.from_stage is None
        for source in copy.sources
    ]
    assert not [source for source in copied if source.split("/")[0] in {"demo", "."}], copied
    assert dockerignored("demo/content/home/home.yaml")  # not even in the build context
    for module in ("dev", "test", "bench"):
        text = (ROOT / "bbg_site" / "settings" / f"{module}.py").read_text(encoding="utf-8")
        assert 'INSTALLED_APPS = [*INSTALLED_APPS, "demo"]' in text, module


def app_package_modules() -> list[Path]:
    """Every Python file of the project's apps (what the production image holds)."""
    packages = {
        app.split(".")[0]
        for app in production_installed_apps()
        if (ROOT / app.split(".")[0] / "__init__.py").exists()
    }
    assert {"bbg_site", "publications", "people", "projects", "events", "editorial"} <= packages
    return sorted(path for package in packages for path in (ROOT / package).rglob("*.py"))


def imports_demo(path: Path) -> list[int]:
    """The lines of ``path`` that import the demo package (``import demo``,
    ``from demo… import``, ``import_module("demo…")``)."""

    def is_demo(name) -> bool:
        return isinstance(name, str) and (name == "demo" or name.startswith("demo."))

    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if (
            (isinstance(node, ast.Import) and any(is_demo(alias.name) for alias in node.names))
            or (isinstance(node, ast.ImportFrom) and node.level == 0 and is_demo(node.module))
            or (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and is_demo(node.args[0].value)
            )
        ):
            lines.append(node.lineno)
    return sorted(lines)


def test_no_app_package_imports_the_demo():
    """The site runs without demo/ (the image does not hold it)."""
    modules = app_package_modules()
    assert ROOT / "publications" / "models" / "reports.py" in modules
    found = [f"{path.relative_to(ROOT)}:{line}" for path in modules for line in imports_demo(path)]
    assert found == []


def test_the_import_check_finds_imports_of_the_demo(tmp_path):
    module = tmp_path / "module.py"
    module.write_text(
        "import demo\n"
        "from demo.loader import create_page\n"
        "import importlib\n"
        "importlib.import_module('demo.pictures')\n"
        "import demography\n"
        "from . import demo\n"
        "from .demo import text\n"
    )
    assert imports_demo(module) == [1, 2, 4]


def test_dockerfile_holds_the_code_once_and_no_dev_tools():
    """The dependencies are installed in the build stage, the project's code
    is copied to /app once: no `pip install .` (a second copy in site-packages)."""
    runs = dockerfile_args("RUN")
    for run in runs:
        assert "[dev]" not in run
        assert not re.search(r"pip install\b[^&]*\s\.(\s|$|\[)", run), run
        assert not re.search(r"pip install .*(\s-e\s|--editable)", run), run
    (build, runtime) = dockerfile_stages()
    assert [copy.sources for copy in copy_instructions(build)] == [["pyproject.toml"]]
    from_build = [copy for copy in copy_instructions(runtime) if copy.from_stage]
    assert [(c.from_stage, c.sources, c.destination) for c in from_build] == [
        ("build", ["/opt/venv"], "/opt/venv")
    ]
    env = dockerfile_env(runtime, {"PATH": "/usr/bin"})
    assert env["PYTHONPATH"] == "/app"
    assert env["PATH"].startswith("/opt/venv/bin:")


def test_dockerfile_collects_static_files_with_production_settings_at_build_time():
    env = dockerfile_env(runtime_stage(), {})
    assert env["DJANGO_SETTINGS_MODULE"] == "bbg_site.settings.production"
    assert env["PYTHONUNBUFFERED"] == "1"
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    # The build-time values live only in the RUN that needs them.
    assert not {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"} & set(env)
    collectstatic = [run for run in runtime_stage().args("RUN") if "collectstatic" in run]
    assert len(collectstatic) == 1
    assert "python manage.py collectstatic --noinput" in collectstatic[0]
    for name in ("SECRET_KEY=", "ALLOWED_HOSTS=", "DATABASE_URL=", "REDIS_URL="):
        assert name in collectstatic[0]


def test_dockerfile_runs_as_a_non_root_user_and_exposes_8000():
    users = dockerfile_args("USER")
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert dockerfile_args("EXPOSE") == ["8000"]
    assert dockerfile_args("ENTRYPOINT") == ['["/app/docker/entrypoint.sh"]']
    assert dockerfile_args("CMD") == ['["web"]']


def test_dockerfile_healthcheck_sends_an_allowed_host():
    (healthcheck,) = dockerfile_args("HEALTHCHECK")
    assert "ALLOWED_HOSTS" in healthcheck
    assert "'Host'" in healthcheck
    assert "/en/" in healthcheck


def test_dockerignore_keeps_local_state_and_secrets_out_of_the_image():
    for path in [
        ".venv",
        ".git",
        ".env",
        "db.sqlite3",
        "media",
        ".test-media",
        "staticfiles",
        "bbg_site/__pycache__",
        "bbg_site/settings/__pycache__/base.cpython-311.pyc",
        ".pytest_cache",
        ".ruff_cache",
        "tests",
        "bprg_portal.egg-info",
        "docker/certs/privkey.pem",
        "docker/acme/.well-known/acme-challenge/token",
    ]:
        assert dockerignored(path), path
    for path in ["bbg_site/settings/base.py", "docker/entrypoint.sh", "pyproject.toml"]:
        assert not dockerignored(path), path


# --- Compose files ------------------------------------------------------------------


@pytest.mark.parametrize("kind", COMPOSE_FILES)
def test_compose_only_the_proxy_publishes_ports(kind):
    services = compose(kind)["services"]
    proxy, _count = PROXY[kind]
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {proxy}
    assert services[proxy]["image"].startswith("nginx:")
    # The app listens on the compose network only.
    for name in app_services(kind):
        assert "ports" not in services[name], name
    for name in ("db", "redis"):
        assert "ports" not in services[name]


def test_compose_single_host_proxy_publishes_http_and_https():
    ports = compose("single")["services"]["proxy"]["ports"]
    assert sorted(port.rsplit(":", 1)[1] for port in ports) == ["443", "80"]


def test_compose_scale_load_balancer_listens_on_the_loopback_by_default():
    # Only the TLS proxy of the host reaches it; its X-Forwarded-* are trusted.
    (port,) = compose("scale")["services"]["lb"]["ports"]
    assert port == "127.0.0.1:8000:80"


@pytest.mark.parametrize("kind", COMPOSE_FILES)
def test_compose_every_serving_and_publishing_process_shares_one_redis(kind):
    services = compose(kind)["services"]
    processes = serving_or_publishing(kind)
    assert {"web", "scheduler"} <= set(processes)
    for name in processes:
        url = urlsplit(service_env(kind, name)["REDIS_URL"])
        assert url.scheme == "redis", name
        assert services[url.hostname]["image"].startswith("redis:"), name
        assert "redis" in services[name]["depends_on"], name


@pytest.mark.parametrize("kind", COMPOSE_FILES)
def test_compose_runs_exactly_one_scheduler(kind):
    schedulers = [
        name
        for name, service in app_services(kind).items()
        if "publish-scheduled" in command(service) or "publish_scheduled" in command(service)
    ]
    assert schedulers == ["scheduler"]
    service = compose(kind)["services"]["scheduler"]
    assert service.get("deploy", {}).get("replicas", 1) == 1
    assert service["healthcheck"] == {"disable": True}


@pytest.mark.parametrize("kind", COMPOSE_FILES)
def test_compose_sets_the_number_of_trusted_proxies(kind):
    _proxy, count = PROXY[kind]
    for name in app_services(kind):
        assert service_env(kind, name)["TRUSTED_PROXY_COUNT"] == count, name
    # An operator who adds a proxy in front (a CDN) says so in .env.
    with_cdn = {**operator_env(), "TRUSTED_PROXY_COUNT": str(int(count) + 1)}
    assert service_env(kind, "web", with_cdn)["TRUSTED_PROXY_COUNT"] == str(int(count) + 1)


@pytest.mark.parametrize("kind", COMPOSE_FILES)
def test_compose_database_url_points_at_the_db_service(kind):
    db = compose(kind)["services"]["db"]
    assert db["image"] == "postgres:15"
    assert "pgdata:/var/lib/postgresql/data" in db["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    env = mapping(db["environment"])
    expected = (
        f"postgres://{env['POSTGRES_USER']}:{OPERATOR_VALUES['POSTGRES_PASSWORD']}"
        f"@db:5432/{env['POSTGRES_DB']}"
    )
    for name in app_services(kind):
        assert service_env(kind, name)["DATABASE_URL"] == expected, name


@pytest.mark.parametrize("kind", COMPOSE_FILES)
def test_compose_refuses_to_start_without_the_required_values(kind):
    env = operator_env()
    for name in ("POSTGRES_PASSWORD",) + (
        ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "MEDIA_ORIGIN") if kind == "scale" else ()
    ):
        with pytest.raises(MissingVariable, match=name):
            compose(kind, {**env, name: ""})


@pytest.mark.parametrize("kind", COMPOSE_FILES)
def test_compose_images_are_pinned_and_logs_rotated(kind):
    for name, service in compose(kind)["services"].items():
        image = service["image"]
        if image != "bprg-portal:latest":  # built here
            repository, _, tag = image.rpartition(":")
            assert repository and tag and tag != "latest", f"{name}: {image}"
        options = service["logging"]["options"]
        assert service["logging"]["driver"] == "json-file", name
        assert options["max-size"] and int(options["max-file"]) >= 1, name


def test_compose_web_runs_gunicorn_through_the_entrypoint_web_command():
    services = compose("single")["services"]
    web = services["web"]
    assert web["build"] == "."
    assert command(web) == ["web"]
    assert web["env_file"] == ".env"
    assert web["expose"] == ["8000"]
    assert web["restart"] == "unless-stopped"
    assert web["depends_on"]["db"] == {"condition": "service_healthy"}
    web_branch = _entrypoint_branches()["web"]
    assert re.search(r"exec gunicorn bbg_site\.wsgi:application", web_branch)
    # The proxy reaches gunicorn where the entrypoint binds it.
    assert services["proxy"]["environment"]["APP_UPSTREAM"] == "web:8000"


def test_compose_scheduler_runs_publish_scheduled_from_the_same_image():
    services = compose("single")["services"]
    web, scheduler = services["web"], services["scheduler"]
    assert command(scheduler) == ["publish-scheduled"]
    assert scheduler["image"] == web["image"]
    assert scheduler["env_file"] == web["env_file"]
    assert scheduler["restart"] == "unless-stopped"
    assert scheduler["depends_on"]["db"] == {"condition": "service_healthy"}
    assert scheduler["depends_on"]["web"]["condition"] in {"service_started", "service_healthy"}
    assert "publish-scheduled" in _entrypoint_branches()


def test_compose_media_volume_is_where_media_root_points_and_nginx_reads_it():
    services = compose("single")["services"]
    assert "media" in compose("single")["volumes"]
    for name in ("web", "scheduler"):
        assert "media:/app/media" in services[name]["volumes"], name
        env = service_env("single", name)
        assert env["MEDIA_ROOT"] == "/app/media", name
        # Media stay on the volume even when .env names a bucket.
        assert env["AWS_STORAGE_BUCKET_NAME"] == "", name
    proxy = services["proxy"]
    media_dir = proxy["environment"]["MEDIA_DIR"]
    assert f"media:{media_dir}:ro" in proxy["volumes"]


@pytest.mark.parametrize("kind", COMPOSE_FILES)
def test_compose_fills_in_every_variable_of_its_nginx_template(kind):
    proxy, _count = PROXY[kind]
    service = compose(kind)["services"][proxy]
    template = NGINX_TEMPLATES[kind]
    mounted = f"./{template.relative_to(ROOT)}:/etc/nginx/templates/default.conf.template:ro"
    assert mounted in service["volumes"]
    provided = mapping(service["environment"])
    assert template_variables(template) <= set(provided), template_variables(template) - set(
        provided
    )
    assert all(provided[name] for name in template_variables(template))


def test_compose_single_host_mounts_the_tls_certificates_where_nginx_reads_them():
    proxy = compose("single")["services"]["proxy"]
    tls_dir = proxy["environment"]["TLS_DIR"]
    assert f"./docker/certs:{tls_dir}:ro" in proxy["volumes"]
    elsewhere = compose("single", {**operator_env(), "TLS_CERT_DIR": "/srv/tls"})
    assert f"/srv/tls:{tls_dir}:ro" in elsewhere["services"]["proxy"]["volumes"]
    # Certificates and keys stay out of git.
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "docker/certs/privkey.pem"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0


# --- .env.example ---------------------------------------------------------------------


def test_env_example_sets_every_variable_the_compose_files_read():
    example = env_example()
    for path in COMPOSE_FILES.values():
        used = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", path.read_text(encoding="utf-8")))
        assert used, path
        assert used <= set(example), (path.name, used - set(example))


def test_env_example_covers_every_variable_production_settings_read():
    read = settings_variables()
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "TRUSTED_PROXY_COUNT", "ADMINS"} <= read
    set_by_compose = {
        name
        for kind in COMPOSE_FILES
        for name in set.intersection(
            *(
                set(mapping(s.get("environment")))
                for s in compose_raw(kind)["services"].values()
                if s.get("build") == "."
            )
        )
    }
    example, text = env_example(), (ROOT / ".env.example").read_text(encoding="utf-8")
    for name in read:
        if name in set_by_compose:
            assert name in text, f"{name}: set by compose, but .env.example does not say so"
        else:
            assert name in example, f"{name} is read by the settings, missing in .env.example"


def test_env_example_secret_key_placeholder_cannot_reach_production():
    # production.py refuses an empty key, a short one and a django-insecure one.
    key = env_example()["SECRET_KEY"]
    assert key == "" or key.startswith("django-insecure") or len(key) < 50


def test_env_example_ships_a_short_hsts_without_preload():
    example = env_example()
    assert int(example["SECURE_HSTS_SECONDS"]) <= 86400
    assert example["SECURE_HSTS_PRELOAD"] == "false"
    assert example["SECURE_HSTS_INCLUDE_SUBDOMAINS"] == "false"


# --- Interpolation as compose does it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${A}", "a"),
        ("$A-x", "a-x"),
        ("${E:-d}", "d"),
        ("${E-d}", ""),
        ("${U:-d}", "d"),
        ("${U-${A}b}", "ab"),
        ("$$A", "$A"),
        ("${A:+set}", "set"),
        ("${E:+set}", ""),
        ("pre ${A:?missing} post", "pre a post"),
    ],
)
def test_interpolation_follows_compose(text, expected):
    assert interpolate(text, {"A": "a", "E": ""}) == expected


def test_interpolation_refuses_a_missing_required_value():
    with pytest.raises(MissingVariable, match="P: say so"):
        interpolate("${P:?say so}", {"P": ""})


# --- docker/entrypoint.sh -----------------------------------------------------------


def _entrypoint_branches() -> dict[str, str]:
    """The branches of the entrypoint's ``case "$1"``: pattern -> body."""
    branches: dict[str, list[str]] = {}
    current = None
    for line in _without_comments(ENTRYPOINT.read_text(encoding="utf-8")):
        # Only the top-level case (patterns at column 0).
        match = re.match(r"^([\w*-]+)\)\s*$", line)
        if match:
            current = match.group(1)
            branches[current] = []
        elif line.strip() == "esac" and not line.startswith(" "):
            current = None
        elif current:
            branches[current].append(line.strip())
    return {pattern: "\n".join(body) for pattern, body in branches.items()}


def _fake_command(directory: Path, name: str, exit_status: int = 0) -> Path:
    """An executable that records its arguments in ``<name>.log`` and exits."""
    log = directory / f"{name}.log"
    script = directory / name
    script.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexit {exit_status}\n')
    script.chmod(0o755)
    return log


def _run_entrypoint(*args: str, path_dir: Path | None = None, timeout: float = 30, **env):
    run_env = {**os.environ, **env}
    run_env.pop("GUNICORN_BIND", None)
    if path_dir is not None:
        run_env["PATH"] = f"{path_dir}{os.pathsep}{run_env['PATH']}"
    return subprocess.run(
        [SH, str(ENTRYPOINT), *args],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.skipif(SH is None, reason="needs a POSIX sh")
def test_entrypoint_is_valid_sh():
    result = subprocess.run([SH, "-n", str(ENTRYPOINT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_entrypoint_is_executable_and_starts_with_a_sh_shebang():
    assert ENTRYPOINT.stat().st_mode & stat.S_IXUSR
    assert ENTRYPOINT.read_text(encoding="utf-8").startswith("#!/bin/sh\n")


def test_entrypoint_web_migrates_with_noinput_before_gunicorn():
    web = _entrypoint_branches()["web"]
    migrate = web.index("python manage.py migrate --noinput")
    gunicorn = web.index("exec gunicorn bbg_site.wsgi:application")
    assert migrate < gunicorn
    assert '--workers "${GUNICORN_WORKERS:-3}"' in web
    assert '--bind "${GUNICORN_BIND:-0.0.0.0:8000}"' in web


def test_entrypoint_publish_scheduled_loops_over_publish_scheduled():
    branch = _entrypoint_branches()["publish-scheduled"]
    assert "python manage.py publish_scheduled" in branch
    assert "${PUBLISH_INTERVAL_SECONDS:-300}" in branch
    assert re.search(r"^while ", branch, re.MULTILINE)
    assert re.search(r'sleep "\$interval"', branch)


@pytest.mark.skipif(SH is None, reason="needs a POSIX sh")
def test_entrypoint_web_runs_migrate_then_gunicorn(tmp_path):
    python_log = _fake_command(tmp_path, "python")
    gunicorn_log = _fake_command(tmp_path, "gunicorn")
    result = _run_entrypoint("web", path_dir=tmp_path, GUNICORN_WORKERS="5")
    assert result.returncode == 0, result.stderr
    assert python_log.read_text().splitlines() == ["manage.py migrate --noinput"]
    assert gunicorn_log.read_text().split() == [
        "bbg_site.wsgi:application",
        "--bind",
        "0.0.0.0:8000",
        "--workers",
        "5",
        "--access-logfile",
        "-",
        "--timeout",
        "60",
    ]


@pytest.mark.skipif(SH is None, reason="needs a POSIX sh")
def test_entrypoint_web_does_not_start_gunicorn_when_migrate_fails(tmp_path):
    _fake_command(tmp_path, "python", exit_status=1)
    gunicorn_log = _fake_command(tmp_path, "gunicorn")
    result = _run_entrypoint("web", path_dir=tmp_path)
    assert result.returncode != 0
    assert not gunicorn_log.exists()


@pytest.mark.skipif(SH is None, reason="needs a POSIX sh")
def test_entrypoint_publish_scheduled_keeps_going_after_a_failed_run(tmp_path):
    python_log = _fake_command(tmp_path, "python", exit_status=1)
    env = {**os.environ, "PUBLISH_INTERVAL_SECONDS": "1"}
    env["PATH"] = f"{tmp_path}{os.pathsep}{env['PATH']}"
    process = subprocess.Popen(
        [SH, str(ENTRYPOINT), "publish-scheduled"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if python_log.exists() and len(python_log.read_text().splitlines()) >= 3:
                break
            assert process.poll() is None, process.stdout.read()
            time.sleep(0.1)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    runs = python_log.read_text().splitlines()
    assert len(runs) >= 2, output
    # Each round publishes, then applies the personal-data retention periods
    # (bbg_site/retention.py), then writes the reach counts (reach/flush.py):
    # a failure of any does not stop the loop.
    rounds = ["manage.py publish_scheduled", "manage.py apply_retention", "manage.py flush_reach"]
    assert runs[:3] == rounds
    assert set(runs) == set(rounds)
    assert "publish_scheduled: FAILED" in output
    assert "apply_retention: FAILED" in output
    assert "flush_reach: FAILED" in output
    # SIGTERM (docker stop) ends the loop cleanly.
    assert process.returncode == 0, output


@pytest.mark.skipif(SH is None, reason="needs a POSIX sh")
@pytest.mark.parametrize("interval", ["0", "five", "-1"])
def test_entrypoint_publish_scheduled_refuses_a_bad_interval(tmp_path, interval):
    python_log = _fake_command(tmp_path, "python")
    result = _run_entrypoint(
        "publish-scheduled", path_dir=tmp_path, PUBLISH_INTERVAL_SECONDS=interval
    )
    assert result.returncode != 0
    assert "PUBLISH_INTERVAL_SECONDS" in result.stderr
    assert not python_log.exists()


@pytest.mark.skipif(SH is None, reason="needs a POSIX sh")
def test_entrypoint_runs_any_other_command_from_the_project_directory():
    result = _run_entrypoint("sh", "-c", 'echo "ran in $(pwd) with $1"', "sh", "an-argument")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ran in {ROOT} with an-argument"
