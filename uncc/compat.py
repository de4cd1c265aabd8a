"""What uncc needs of typer's, click's and rich's insides, in one place: the only module that imports them.

typer is pinned below 0.29 (pyproject.toml): a later typer that moves these names is a change to this file.
Each function imports what it uses when called, so that no command pays for another's.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # For annotations only; NoSuchOption is uncc/cli's (at run time it tells one by its name).
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
    from typer._click.exceptions import NoSuchOption as NoSuchOption


def click_errors() -> tuple[type[ClickException], type[NoArgsIsHelpError]]:
    """(the base of click's usage errors, the error of a group run with no command)."""
    from typer._click.exceptions import ClickException, NoArgsIsHelpError

    return ClickException, NoArgsIsHelpError


def completion_shells() -> list[str]:
    """The shells typer writes completion scripts for."""
    from typer._completion_shared import Shells

    return [s.value for s in Shells]


def completion_script(shell: str, prog_name: str, complete_var: str) -> str:
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=prog_name, complete_var=complete_var, shell=shell)


def install_completion(shell: str, prog_name: str, complete_var: str) -> tuple[str, str]:
    """(the shell, the file the script was written to)."""
    from typer._completion_shared import install

    shell, path = install(shell=shell, prog_name=prog_name, complete_var=complete_var)
    return shell, str(path)


def register_bash_completion(format_completion: Callable[[str], str]) -> None:
    """typer's completion classes, bash's with `format_completion` (a completion's value -> what bash inserts)."""
    from typer._click.shell_completion import add_completion_class
    from typer._completion_classes import BashComplete
    from typer.completion import completion_init

    completion_init()

    class Bash(BashComplete):
        def format_completion(self, item) -> str:
            return format_completion(item.value)

    add_completion_class(Bash, "bash")


def commands(app) -> list:
    """The commands registered on a typer app, each with its `callback`."""
    return list(app.registered_commands)


def with_commands(app, commands: list):
    """A copy of a typer app that has only `commands` (typer builds every command an app has on every run)."""
    import copy

    narrow = copy.copy(app)
    narrow.registered_commands = commands
    return narrow


def console(width: int, highlight: bool = False):
    """A rich Console of `width` columns that does not read COLUMNS (uncc decides the width itself)."""
    from rich.console import Console

    return Console(highlight=highlight, width=width, _environ={k: v for k, v in os.environ.items() if k != "COLUMNS"})
