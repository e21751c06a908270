"""README.md documents every `bilat` command and exactly the two set-up commands; CI runs the same."""
from __future__ import annotations

import re

import pytest

from bilat.cli import main
from conftest import ROOT

README = ROOT / "README.md"
SETUP_COMMANDS = ["make demo", "make test"]


def readme() -> str:
    if not README.exists():
        pytest.fail("README.md is missing")
    return README.read_text(encoding="utf-8")


def code_blocks(text: str) -> list[str]:
    return re.findall(r"^```[^\n]*\n(.*?)^```", text, re.M | re.S)


def commands_in(block: str) -> list[str]:
    """The commands of a shell block: comments and blank lines dropped."""
    lines = (line.split("#", 1)[0].strip() for line in block.splitlines())
    return [line.removeprefix("$ ") for line in lines if line]


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_readme(command):
    assert re.search(rf"`bilat {re.escape(command)}\b", readme()), f"README.md does not mention `bilat {command}`"


def test_readme_setup_is_exactly_make_demo_and_make_test():
    text = readme()
    blocks = [commands_in(block) for block in code_blocks(text)]
    setup = [block for block in blocks if block and all(line.startswith("make ") for line in block)]
    assert setup == [SETUP_COMMANDS], setup
    first_block = next(block for block in blocks if block)
    assert first_block == SETUP_COMMANDS
    for step in ("pip install", "python -m venv", "virtualenv ", "conda "):
        assert not any(step in line for block in blocks for line in block), step


def test_makefile_has_the_setup_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test", "install"):
        assert re.search(rf"^{target}:", makefile, re.M), target
    assert re.search(r"^demo:.*\binstall\b", makefile, re.M) and re.search(r"^test:.*\binstall\b", makefile, re.M)


def test_ci_runs_make_test():
    ci = ROOT / ".ci" / "run"
    assert ci.exists(), ".ci/run is missing"
    lines = [line.strip() for line in ci.read_text(encoding="utf-8").splitlines()]
    assert "make test" in [line for line in lines if not line.startswith("#")]


def test_version_option():
    from click.testing import CliRunner
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("bilat")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(command):
    from click.testing import CliRunner
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help, f"`bilat {command}` has no help text"
