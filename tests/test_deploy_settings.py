"""The soak measures the server as README tells a deployment to run it: the
gunicorn line of README's "Background work" and benchmarks/soak.py's server
settings are the same, so a figure from the soak is a figure for that line."""

import importlib.util
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_gunicorn() -> list[str]:
    lines = [
        line.split("#")[0]
        for line in (ROOT / "README.md").read_text().splitlines()
        if line.startswith(".venv/bin/gunicorn ")
    ]
    assert len(lines) == 1, lines
    return shlex.split(lines[0])[1:]


def soak_module():
    spec = importlib.util.spec_from_file_location("soak", ROOT / "benchmarks" / "soak.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_soak_runs_gunicorn_with_readmes_settings():
    soak = soak_module()
    assert soak.server_args(soak.parser().parse_args([])) == readme_gunicorn()


def test_each_worker_has_its_own_socket_and_the_app_loads_before_they_fork():
    args = readme_gunicorn()
    assert "--reuse-port" in args and "--preload" in args
    assert args[args.index("-w") + 1] == "2"  # a worker per core of the 2-core machine
