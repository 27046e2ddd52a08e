"""Sessions: `nox` runs them all (lint, types, codegen drift, tests on 3.11–3.13, benchmark smoke).

nox -s demo        the SDK against its sandbox (or the real API with MSGFLASH_API_KEY set)
nox -s generate    regenerate msgflash_async/_generated from openapi/msgflash.yaml
nox -s bench       the full benchmark run (minutes), writing docs/performance.md
nox -s docs        build the documentation site into site/ (warnings are errors); `-- serve` to preview it
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.sessions = ["lint", "mypy", "codegen", "tests", "bench_smoke", "docs"]
nox.options.error_on_external_run = True
nox.options.reuse_venv = "yes"
PYTHONS = ["3.11", "3.12", "3.13"]


def _find_pyenv_pythons() -> None:
    """pyenv installs every version but puts only the global one on PATH; let nox see the others."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for version in PYTHONS:
        for folder in sorted(root.glob(f"{version}.*"), reverse=True):
            if (folder / "bin" / f"python{version}").exists():
                os.environ["PATH"] = f"{folder / 'bin'}{os.pathsep}{os.environ['PATH']}"
                break


_find_pyenv_pythons()


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole test suite (contract, client, sandbox, conformance, typing) on one Python."""
    # The contract tests also regenerate the code (drift) and run mypy on user code (typing).
    session.install("-e", ".[test]", "-r", "codegen/requirements.txt", "mypy==2.4.1")
    session.run("pytest", *session.posargs)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff over the hand-written code (the generated code is formatted by the generator step)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python="3.11")
def mypy(session: nox.Session) -> None:
    """mypy --strict over the package (generated code included), the tests, benchmarks, codegen and examples."""
    session.install("-e", ".[test,lint]", "-r", "codegen/requirements.txt", "-r", "benchmarks/requirements.txt")
    session.run("mypy", "msgflash_async", "tests", "benchmarks", "codegen", "examples")


@nox.session(python="3.11")
def codegen(session: nox.Session) -> None:
    """Fail if msgflash_async/_generated differs from what the spec and templates generate."""
    session.install("-r", "codegen/requirements.txt")
    session.run("python", "codegen/generate.py", "--check")


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate msgflash_async/_generated from the spec."""
    session.install("-r", "codegen/requirements.txt")
    session.run("python", "codegen/generate.py")


@nox.session(python="3.11")
def demo(session: nox.Session) -> None:
    """Run the demo: the sandbox by default, the real API (read-only) when MSGFLASH_API_KEY is set."""
    session.install("-e", ".[speed]")
    session.run("python", "-m", "msgflash_async", "demo", *session.posargs)


@nox.session(python="3.11")
def bench_smoke(session: nox.Session) -> None:
    """Every benchmark for a few seconds: proves they run; its numbers are not published."""
    session.install("-e", ".[test]", "-r", "benchmarks/requirements.txt", "-r", "codegen/requirements.txt")
    session.run("python", "-m", "benchmarks", "--smoke")


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """The full benchmark run; writes docs/performance.md and docs/performance.png."""
    session.install("-e", ".[test]", "-r", "benchmarks/requirements.txt", "-r", "codegen/requirements.txt")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Build the documentation site with --strict: a broken link, reference or table fails the build."""
    session.install("-e", ".[fastapi]", "-r", "docs/requirements.txt")
    session.env["NO_MKDOCS_2_WARNING"] = "1"  # Material's end-of-life banner, printed on every build
    if session.posargs[:1] == ["serve"]:
        session.run("mkdocs", "serve", *session.posargs[1:])
    else:
        session.run("mkdocs", "build", "--strict", "--site-dir", "site")
