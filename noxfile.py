"""Sessions: `nox` runs them all (lint, types, codegen drift, tests on 3.11–3.13, the built package, benchmark smoke,
the docs site).

nox -s demo        the SDK against its sandbox (or the real API with MSGFLASH_API_KEY set)
nox -s generate    regenerate msgflash_async/_generated from openapi/msgflash.yaml
nox -s bench       the full benchmark run (minutes), writing docs/performance.md
nox -s docs        build the documentation site into site/ (warnings are errors); `-- serve` to preview it

Development tools are PEP 735 dependency groups in pyproject.toml (`test`, `lint`, `typing`, `package`,
`user-tools`, `docs`); each session installs the groups it needs, so the published metadata carries none of them.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

import nox

nox.options.sessions = ["lint", "mypy", "codegen", "tests", "package", "bench_smoke", "docs"]
nox.options.error_on_external_run = True
nox.options.reuse_venv = "yes"
PYTHONS = ["3.11", "3.12", "3.13"]
PYPROJECT = nox.project.load_toml("pyproject.toml")
HERE = Path(__file__).resolve().parent


def group(name: str) -> list[str]:
    """The requirements of one [dependency-groups] entry (nested include-group resolved)."""
    return list(nox.project.dependency_groups(PYPROJECT, name))


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
    """The whole test suite (contract, client, sandbox, conformance, typing) on one Python, on both cores.

    On the first Python, unfiltered, it runs under coverage (branch, subprocesses included) and fails below
    the `fail_under` of [tool.coverage.report]; other Pythons and filtered runs (`-- tests/client`) skip it.
    """
    # The contract tests also regenerate the code (drift) and run mypy on user code (typing).
    session.install("-e", ".", *group("test"), "-r", "codegen/requirements.txt")
    pytest = ["pytest", "-n", "auto", "-p", "no:cacheprovider", *session.posargs]
    if session.python != PYTHONS[0] or session.posargs:
        session.run(*pytest, success_codes=[0, 5])
        return
    session.run("coverage", "erase")
    session.run("coverage", "run", "-m", *pytest, success_codes=[0, 5])
    session.run("coverage", "combine", "--quiet")
    session.run("coverage", "report")


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff over the hand-written code (the generated code is formatted by the generator step)."""
    session.install(*group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python="3.11")
def mypy(session: nox.Session) -> None:
    """mypy --strict over the package (generated code included), the tests, benchmarks, codegen and examples."""
    session.install(
        "-e", ".", *group("typing"), "-r", "codegen/requirements.txt", "-r", "benchmarks/requirements.txt"
    )  # fmt: skip
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
    session.install("-e", ".", *group("test"), "-r", "benchmarks/requirements.txt", "-r", "codegen/requirements.txt")
    session.run("python", "-m", "benchmarks", "--smoke")


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """The full benchmark run; writes docs/performance.md and docs/performance.png."""
    session.install("-e", ".", *group("test"), "-r", "benchmarks/requirements.txt", "-r", "codegen/requirements.txt")
    session.run("python", "-m", "benchmarks", *session.posargs)


# -- the package as users get it -------------------------------------------------------------------------------

PACKAGE_FIXTURES = HERE / "tests" / "package"
# What a wheel may hold: our package (with py.typed) and its metadata; nothing else, no caches.
WHEEL_MUST_HAVE = {"msgflash_async/__init__.py", "msgflash_async/py.typed", "msgflash_async/testing/__init__.py"}
DEVELOPMENT_EXTRAS = {"test", "tests", "lint", "typing", "dev", "docs"}  # these belong in [dependency-groups]
WHEEL_FORBIDDEN = re.compile(r"(^|/)(tests|benchmarks|codegen|docs|examples|__pycache__|\.[\w-]+_cache)(/|$)|\.py[co]$")


@nox.session(python="3.11")
def package(session: nox.Session) -> None:
    """Build the sdist and wheel, check them, then use the wheel as users do, in fresh venvs.

    No extras: import, the demo on the sandbox, an unrelated project's pytest run, mypy/pyright --strict on a
    user's file (exact revealed types). With every extra: a user's tests on the msgflash_sandbox fixture, and
    the unrelated project again.
    """
    session.install(*group("package"))
    # Outside the repository (imports must come from the wheel) and outside hidden folders like .nox, which
    # pyright skips even when named on its command line.
    work = Path(tempfile.mkdtemp(prefix="msgflash-package-"))
    try:
        _build_and_use(session, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build_and_use(session: nox.Session, work: Path) -> None:
    dist = work / "dist"
    session.run("python", "-m", "build", "--outdir", str(dist), str(HERE), silent=True)
    wheel, sdist = _one(dist, "*.whl"), _one(dist, "*.tar.gz")
    session.run("twine", "check", "--strict", str(wheel), str(sdist))
    _check_wheel(session, wheel)

    plain = _fresh_venv(session, work / "venv-plain", str(wheel), *group("user-tools"))
    session.chdir(work)
    session.run(plain, "-c", _IMPORT_CHECK, external=True)
    session.run(plain, "-m", "msgflash_async", "demo", "--rate", "100", external=True)
    _run_user_pytest(session, plain, work / "user_project", "3 passed")
    user_file = shutil.copy(PACKAGE_FIXTURES / "user_types.py", work / "user_types.py")
    mypy = session.run(plain, "-m", "mypy", "--strict", "--no-incremental", user_file, external=True, silent=True)
    _check_revealed(session, "mypy", str(mypy), r":(\d+): note: Revealed type is \"(.*)\"")
    pyright = str(work / "venv-plain" / "bin" / "pyright")
    shown = session.run(pyright, "--pythonpath", plain, user_file, external=True, silent=True)
    _check_revealed(session, "pyright", str(shown), r":(\d+):\d+ - information: Type of \".*\" is \"(.*)\"")

    every_extra = _fresh_venv(session, work / "venv-extras", f"{wheel}[{','.join(sorted(_declared_extras()))}]")
    _run_user_pytest(session, every_extra, work / "sandbox_project", "2 passed")
    # The unrelated project again, now beside every extra. pytest-asyncio (from `testing`) insists on this one
    # setting under filterwarnings=error, for any project it is installed with; nothing of ours loads.
    scope = ("-o", "asyncio_default_fixture_loop_scope=function")
    _run_user_pytest(session, every_extra, work / "user_project", "3 passed", *scope)
    session.chdir(HERE)


def _one(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


def _check_wheel(session: nox.Session, wheel: Path) -> None:
    """py.typed and the package are in; tests, benchmarks, caches, a pytest11 plugin and exact pins are not."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        points = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        entry_points = archive.read(points[0]).decode() if points else ""  # console scripts are fine
    session.log(f"{wheel.name}: {len(names)} files\n" + "\n".join(sorted(names)))
    missing = WHEEL_MUST_HAVE - set(names)
    stray = [name for name in names if WHEEL_FORBIDDEN.search(name)]
    if missing or stray:
        session.error(f"wheel: missing {sorted(missing)}, should not hold {stray}")
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        session.error("wheel: no LICENSE in the .dist-info")
    if "[pytest11]" in entry_points:
        session.error("wheel: a pytest11 entry point would load our plugin into every pytest run of every user")
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    pinned = [line for line in requires if "==" in line.split(";")[0]]  # (the marker part says `extra == …`)
    extras = {line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Provides-Extra:")}
    if pinned or extras != _declared_extras() or extras & DEVELOPMENT_EXTRAS:
        session.error(f"wheel metadata: exact pins {pinned}, extras {sorted(extras)}")
    session.log(f"metadata: extras {sorted(extras)}; {len(requires)} requirements, none pinned exactly")


def _fresh_venv(session: nox.Session, folder: Path, *requirements: str) -> str:
    """A new venv (no --system-site-packages) with `requirements`; its python."""
    session.run("python", "-m", "venv", "--clear", str(folder))
    python = str(folder / "bin" / "python")
    session.run(python, "-m", "pip", "install", "--quiet", *requirements, external=True)
    return python


_IMPORT_CHECK = """
import importlib.util, msgflash_async, msgflash_async.testing, msgflash_async.testing.pytest_plugin
absent = [m for m in ("orjson", "pytest_asyncio", "fastapi") if importlib.util.find_spec(m)]
assert not absent, f"not a no-extras venv: {absent}"
assert msgflash_async.__file__ and "site-packages" in msgflash_async.__file__, msgflash_async.__file__
print("imported msgflash_async", msgflash_async.__version__, "from", msgflash_async.__file__)
"""


def _declared_extras() -> set[str]:
    return set(PYPROJECT["project"].get("optional-dependencies", {}))


def _run_user_pytest(session: nox.Session, python: str, project: Path, expect: str, *args: str) -> None:
    """Copy a user project from tests/package and run its pytest; it must pass, and say `expect`."""
    shutil.copytree(PACKAGE_FIXTURES / project.name, project, dirs_exist_ok=True)
    session.chdir(project)
    output = session.run(python, "-m", "pytest", "-q", *args, external=True, silent=True)
    session.log(f"pytest in {project.name}:\n{output}")
    if expect not in str(output).splitlines()[-1]:
        session.error(f"{project.name}: expected {expect!r} on pytest's last line")
    session.chdir(project.parent)


def _check_revealed(session: nox.Session, checker: str, output: str, pattern: str) -> None:
    """Each `# expect:` comment of user_types.py matches what the checker revealed on that line."""
    session.log(f"{checker}:\n{output}")
    lines = (PACKAGE_FIXTURES / "user_types.py").read_text().splitlines()
    expected = {n: line.split("# expect: ", 1)[1] for n, line in enumerate(lines, 1) if "# expect: " in line}
    # mypy names types in full (msgflash_async._generated.models.contact.Contact), pyright by their name.
    revealed = {int(n): re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", t) for n, t in re.findall(pattern, output)}
    if not expected or revealed != expected:
        session.error(f"{checker} revealed {revealed}, expected {expected}")


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Build the documentation site with --strict: a broken link, reference or table fails the build."""
    session.install("-e", ".[fastapi]", *group("docs"))
    session.env["NO_MKDOCS_2_WARNING"] = "1"  # Material's end-of-life banner, printed on every build
    if session.posargs[:1] == ["serve"]:
        session.run("mkdocs", "serve", *session.posargs[1:])
    else:
        session.run("mkdocs", "build", "--strict", "--site-dir", "site")
