"""The container deployment files keep the properties production relies on.

Dockerfile, docker/entrypoint.sh, docker-compose.yml, .env.example and
.dockerignore are read as text (PyYAML is not a dependency of the project, so
docker-compose.yml is cut into blocks by indentation). No database is used.
"""

import os
import re
import shutil
import stat
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENTRYPOINT = ROOT / "docker" / "entrypoint.sh"
PROJECT_DIRS = [
    "manage.py",
    "bbg_site",
    "publications",
    "people",
    "projects",
    "events",
    "templates",
    "static",
    "locale",
]
SH = shutil.which("sh")


# --- Helpers --------------------------------------------------------------------


def _without_comments(text: str) -> list[str]:
    """The lines of a YAML/shell/Dockerfile text without comments and blank lines."""
    lines = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lines.append(re.sub(r"\s+#\s.*$", "", line.rstrip()))
    return lines


def _yaml_block(lines: list[str], key: str, indent: int) -> list[str]:
    """The lines nested under ``key:`` written at ``indent`` spaces."""
    header = re.compile(rf"^ {{{indent}}}{re.escape(key)}:\s*$")
    for index, line in enumerate(lines):
        if header.match(line):
            block = []
            for nested in lines[index + 1 :]:
                if len(nested) - len(nested.lstrip(" ")) <= indent:
                    break
                block.append(nested)
            return block
    raise AssertionError(f"docker-compose.yml has no {key!r} block at indentation {indent}")


def _compose_lines() -> list[str]:
    return _without_comments((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def _service(name: str) -> list[str]:
    return _yaml_block(_yaml_block(_compose_lines(), "services", 0), name, 2)


def _named_volumes() -> set[str]:
    """The volumes declared in the top-level ``volumes:`` of docker-compose.yml."""
    return {
        line.strip().rstrip(":")
        for line in _yaml_block(_compose_lines(), "volumes", 0)
        if len(line) - len(line.lstrip(" ")) == 2
    }


def _value(block: list[str], key: str) -> str | None:
    """The scalar value of ``key`` among a block's lines (quotes removed)."""
    for line in block:
        match = re.match(rf"^\s+{re.escape(key)}:\s*(.+)$", line)
        if match:
            return match.group(1).strip().strip("\"'")
    return None


def _list_items(block: list[str], key: str) -> list[str]:
    """The ``- item`` entries of a list nested under ``key`` in a service."""
    indent = len(block[0]) - len(block[0].lstrip(" "))
    return [
        line.strip()[1:].strip().strip("\"'")
        for line in _yaml_block(block, key, indent)
        if line.strip().startswith("-")
    ]


def _command(service: str) -> str:
    command = _value(_service(service), "command")
    assert command, f"the {service} service sets no command"
    # `command: web`, `command: ["web"]` and `command: [web]` are all the same.
    return command.strip("[]").strip().strip("\"'")


def _dockerfile() -> list[tuple[str, str]]:
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


def _dockerfile_args(keyword: str) -> list[str]:
    return [arguments for instruction, arguments in _dockerfile() if instruction == keyword]


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


def _env_example() -> dict[str, str]:
    values = {}
    for line in _without_comments((ROOT / ".env.example").read_text(encoding="utf-8")):
        name, separator, value = line.partition("=")
        assert separator, f".env.example: {line!r} is not NAME=value"
        values[name.strip()] = value.strip()
    return values


def _fake_command(directory: Path, name: str, exit_status: int = 0) -> Path:
    """An executable that records its arguments in ``<name>.log`` and exits."""
    log = directory / f"{name}.log"
    script = directory / name
    script.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexit {exit_status}\n')
    script.chmod(0o755)
    return log


def _run_entrypoint(*args: str, path_dir: Path | None = None, timeout: float = 30, **env):
    run_env = {**os.environ, **env}
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


# --- docker-compose.yml ---------------------------------------------------------


def test_compose_database_is_postgres_15_with_a_named_volume():
    db = _service("db")
    assert _value(db, "image") == "postgres:15"
    assert _value(db, "POSTGRES_DB") == "bprg"
    assert _value(db, "POSTGRES_USER") == "bprg"
    # The password comes from .env and compose refuses to start without it.
    assert _value(db, "POSTGRES_PASSWORD").startswith("${POSTGRES_PASSWORD:?")
    assert "pgdata:/var/lib/postgresql/data" in _list_items(db, "volumes")
    assert "pg_isready" in "\n".join(_yaml_block(db, "healthcheck", 4))
    assert "pgdata" in _named_volumes()


def test_compose_web_runs_gunicorn_through_the_entrypoint_web_command():
    web = _service("web")
    assert _value(web, "build") == "."
    assert _command("web") == "web"
    assert _value(web, "env_file") == ".env" or ".env" in _list_items(web, "env_file")
    assert "8000:8000" in _list_items(web, "ports")
    assert _value(web, "restart") == "unless-stopped"
    assert "condition: service_healthy" in "\n".join(_yaml_block(web, "db", 6))
    # ... and `web` means: migrate, then gunicorn (see the entrypoint tests).
    assert _dockerfile_args("ENTRYPOINT") == ['["/app/docker/entrypoint.sh"]']
    assert _dockerfile_args("CMD") == ['["web"]']
    web_branch = _entrypoint_branches()["web"]
    assert re.search(r"exec gunicorn bbg_site\.wsgi:application", web_branch)


def test_compose_database_url_points_at_the_db_service():
    db = _service("db")
    user, database = _value(db, "POSTGRES_USER"), _value(db, "POSTGRES_DB")
    expected = re.compile(
        rf"postgres://{user}:\$\{{POSTGRES_PASSWORD(:\?[^}}]*)?\}}@db:5432/{database}"
    )
    for name in ("web", "scheduler"):
        url = _value(_service(name), "DATABASE_URL")
        assert url and expected.fullmatch(url), f"{name}: DATABASE_URL={url!r}"


def test_compose_scheduler_runs_publish_scheduled_from_the_same_image():
    web, scheduler = _service("web"), _service("scheduler")
    assert _command("scheduler") == "publish-scheduled"
    assert _value(scheduler, "image") == _value(web, "image")
    assert _value(scheduler, "env_file") == _value(web, "env_file")
    assert _value(scheduler, "restart") == "unless-stopped"
    depends_on = "\n".join(_yaml_block(scheduler, "depends_on", 4))
    assert re.search(r"db:\s+condition: service_healthy", depends_on)
    assert re.search(r"web:\s+condition: service_(started|healthy)", depends_on)
    # The image's HEALTHCHECK asks gunicorn, which the scheduler does not run.
    assert _value(scheduler, "disable") == "true"
    assert "publish-scheduled" in _entrypoint_branches()


def test_compose_media_volume_is_mounted_where_media_root_points():
    assert "media" in _named_volumes()
    for name in ("web", "scheduler"):
        service = _service(name)
        assert "media:/app/media" in _list_items(service, "volumes"), name
        assert _value(service, "MEDIA_ROOT") == "/app/media", name


def test_compose_variables_are_documented_in_env_example():
    compose = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", compose))
    assert "POSTGRES_PASSWORD" in used
    assert used <= set(_env_example())


# --- docker/entrypoint.sh -------------------------------------------------------


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
    assert "--bind 0.0.0.0:8000" in web


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
            if python_log.exists() and len(python_log.read_text().splitlines()) >= 2:
                break
            assert process.poll() is None, process.stdout.read()
            time.sleep(0.1)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    runs = python_log.read_text().splitlines()
    assert len(runs) >= 2, output
    assert set(runs) == {"manage.py publish_scheduled"}
    assert "FAILED" in output
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


# --- Dockerfile -----------------------------------------------------------------


def test_dockerfile_uses_python_311_slim_bookworm():
    bases = _dockerfile_args("FROM")
    assert bases
    assert all(base.split()[0] == "python:3.11-slim-bookworm" for base in bases), bases


def test_dockerfile_installs_the_project_without_the_dev_extra():
    runs = _dockerfile_args("RUN")
    assert any(re.search(r"pip install --no-cache-dir \.(\s|$)", run) for run in runs), runs
    for run in runs:
        assert "[dev]" not in run
        assert not re.search(r"pip install .*(\s-e\s|--editable)", run), run


def test_dockerfile_copies_the_project():
    copied = {arguments.split()[0] for arguments in _dockerfile_args("COPY")}
    assert set(PROJECT_DIRS) <= copied
    assert "docker/entrypoint.sh" in copied


def test_dockerfile_collects_static_files_with_production_settings_at_build_time():
    env = " ".join(_dockerfile_args("ENV"))
    assert "DJANGO_SETTINGS_MODULE=bbg_site.settings.production" in env
    assert "PYTHONUNBUFFERED=1" in env
    assert "PYTHONDONTWRITEBYTECODE=1" in env
    # The build-time key lives only in the RUN that needs it.
    assert "SECRET_KEY" not in env
    collectstatic = [run for run in _dockerfile_args("RUN") if "collectstatic" in run]
    assert len(collectstatic) == 1
    assert "python manage.py collectstatic --noinput" in collectstatic[0]
    assert "SECRET_KEY=" in collectstatic[0]
    assert "ALLOWED_HOSTS=" in collectstatic[0]


def test_dockerfile_runs_as_a_non_root_user_and_exposes_8000():
    users = _dockerfile_args("USER")
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert _dockerfile_args("EXPOSE") == ["8000"]


def test_dockerfile_healthcheck_sends_an_allowed_host():
    (healthcheck,) = _dockerfile_args("HEALTHCHECK")
    assert "ALLOWED_HOSTS" in healthcheck
    assert "'Host'" in healthcheck
    assert "/en/" in healthcheck


# --- .env.example and .dockerignore ---------------------------------------------


def test_env_example_lists_the_settings():
    names = set(_env_example())
    assert {
        "POSTGRES_PASSWORD",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        "WAGTAILADMIN_BASE_URL",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS",
        "DEFAULT_FROM_EMAIL",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "GUNICORN_WORKERS",
        "PUBLISH_INTERVAL_SECONDS",
    } <= names


def test_env_example_covers_every_variable_production_settings_read():
    settings = (ROOT / "bbg_site" / "settings" / "production.py").read_text(encoding="utf-8")
    read = set(
        re.findall(r'(?:_required|_flag|os\.environ\.get)\(\s*"([A-Z_][A-Z0-9_]*)"', settings)
    )
    assert "SECRET_KEY" in read
    # DATABASE_URL, MEDIA_ROOT and STATIC_ROOT are set by docker-compose.yml.
    assert read - {"DATABASE_URL", "MEDIA_ROOT", "STATIC_ROOT"} <= set(_env_example())


def test_env_example_secret_key_placeholder_cannot_reach_production():
    # production.py refuses an empty key, a short one and a django-insecure one.
    key = _env_example()["SECRET_KEY"]
    assert key == "" or key.startswith("django-insecure") or len(key) < 50


def test_dockerignore_keeps_local_state_and_secrets_out_of_the_image():
    entries = {
        line.strip().removeprefix("**/")
        for line in _without_comments((ROOT / ".dockerignore").read_text(encoding="utf-8"))
    }
    assert {
        ".venv",
        ".git",
        ".env",
        "db.sqlite3",
        "media",
        ".test-media",
        "staticfiles",
        "__pycache__",
        ".pytest_cache",
        ".ruff_cache",
        "tests",
        "*.egg-info",
    } <= entries
    # Nothing the Dockerfile copies may be ignored.
    assert not entries & {*PROJECT_DIRS, "docker", "pyproject.toml"}
