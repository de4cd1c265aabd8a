"""The command line: parse arguments, call the library, print, exit.

The app and what its commands share are in `app.py`, the commands in a module for each concern, imported here
in the order `uncc --help` lists them. Only this package and render.py import typer or rich; rich is imported only
when a terminal wants coloured text, never for --json; typer's and rich's private names only in uncc/compat.py.
No `from __future__ import annotations` in it: typer would have to evaluate every annotation string on each run,
which costs more than the rest of `show --json`.
"""

import os
import sys
from typing import TYPE_CHECKING, Annotated, cast

import typer

from uncc.cli.app import _completion_classes, _note, app

# The commands, each module registering its own, in the order `uncc --help` lists them.
# isort: off
from uncc.cli import units, cite, finding, editions, obligations, data  # noqa: F401, E402
# isort: on

if TYPE_CHECKING:
    from typing import TextIO

    from uncc.compat import NoSuchOption


class _Closed(Exception):
    """The reader of the output went away (`| head -1`)."""


class _Output:
    """Standard output, its failures raised as exceptions typer lets through (it would exit 1 on a closed pipe)."""

    def __init__(self, stream):
        self._stream = stream

    def _closed(self):
        from uncc.errors import OutputError

        return OutputError("standard output is closed: run uncc with its output open (a file, a pipe or a terminal)")

    def _do(self, action, *args):
        try:
            return action(*args)
        except BrokenPipeError:
            raise _Closed from None
        except UnicodeEncodeError as e:
            from uncc.errors import OutputError

            raise OutputError.encoding(e) from None
        except OSError as e:
            from uncc.errors import OutputError

            raise OutputError(f"cannot write the output: {e.strerror or e}") from None

    def write(self, text: str) -> int:
        if self._stream is None:
            raise self._closed()
        return self._do(self._stream.write, text)

    def flush(self) -> None:
        if self._stream is not None:  # with nothing written, a closed stdout is no failure (`uncc build >&-`)
            self._do(self._stream.flush)

    def __getattr__(self, name):
        if self._stream is None:
            raise self._closed()
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> None:
    """Run uncc; every failure ends in one line on stderr and exit status 2."""
    from uncc.compat import click_errors
    from uncc.errors import OutputError, UnccError

    ClickException, NoArgsIsHelpError = click_errors()

    if "_UNCC_COMPLETE" in os.environ:
        # A shell asks for completions: the completion classes are registered only when asked for.
        _completion_classes()
    stdout = sys.stdout
    sys.stdout = cast("TextIO", _Output(stdout))  # it stands in for the stream
    try:
        try:
            _once(argv if argv is not None else sys.argv[1:])
            status = _narrowed(argv if argv is not None else sys.argv[1:])(
                args=argv, prog_name="uncc", standalone_mode=False
            )
        except typer.Exit as e:
            status = e.exit_code
        sys.stdout.flush()  # what is still buffered can meet a closed pipe or a full disk too
    except _Closed:
        status = _quiet(stdout, 0)
    except OutputError as e:
        _quiet(stdout, 2)
        _fail(str(e))
    except UnccError as e:
        _fail(str(e))
    except NoArgsIsHelpError as e:
        # `uncc` alone: the help, as `uncc --help` prints it.
        print(e.ctx.get_help() if e.ctx is not None else "", file=stdout)
        status = 0
    except ClickException as e:
        ctx = getattr(e, "ctx", None)
        where = ctx.command_path if ctx is not None else "uncc"
        if where == "uncc search" and type(e).__name__ == "NoSuchOption":
            # `uncc search -treaty`: a query that starts with -, read as options.
            option = cast("NoSuchOption", e).option_name
            word = next((a for a in (argv or sys.argv[1:]) if a.startswith(option)), option)
            _fail(
                f"{word} is not an option of uncc search, and a query cannot start with -: to leave out units"
                f" that have a word, write NOT before it, as in: uncc search 'extradition NOT {word.lstrip('-')}'"
            )
        _fail(f"{e.format_message()} (see `{where} --help`)")
    except KeyboardInterrupt:
        sys.exit(130)
    finally:
        sys.stdout = stdout
    sys.exit(status if isinstance(status, int) else 0)


def _once(args: list[str]) -> None:
    """UnccError if an option that takes one value is given twice (click would keep the last without a word);
    a filter given twice is a union, and a flag twice is the flag."""
    if not args:
        return
    import inspect
    import typing

    from uncc.compat import commands

    named = [c.callback for c in commands(app) if c.callback is not None and c.callback.__name__ == args[0]]
    if len(named) != 1:
        return
    single = set()
    for param in inspect.signature(named[0]).parameters.values():
        if typing.get_origin(param.annotation) is not Annotated:
            continue
        kind, *extras = typing.get_args(param.annotation)
        info = next((e for e in extras if isinstance(e, typer.models.OptionInfo)), None)
        many = typing.get_origin(kind) is list or any(typing.get_origin(a) is list for a in typing.get_args(kind))
        if info is None or kind is bool or many:
            continue
        # typer takes the first of Option's arguments as its default when it is a name ("--limit").
        names = (*(info.param_decls or ()), *((info.default,) if isinstance(info.default, str) else ()))
        single |= {d for d in names if d.startswith("-")}
    seen: dict[str, str] = {}
    values = iter(args[1:])
    for arg in values:
        if arg == "--":
            break
        name, _, given = arg.partition("=")
        if name in single:
            value = given if _ else next(values, "")
            if name in seen:
                from uncc.errors import UnccError

                raise UnccError(f"{name} is given twice ({seen[name]!r} and {value!r}): give it once")
            seen[name] = value


def _narrowed(args: list[str]) -> typer.Typer:
    """The app with only the command `args` starts with, if it starts with one: typer builds every command
    an app has on every run, and a run needs one. Anything else (help, completion, a mistyped command)
    gets the whole app."""
    from uncc.compat import commands, with_commands

    if not args or "_UNCC_COMPLETE" in os.environ:
        return app
    named = [c for c in commands(app) if c.callback is not None and c.callback.__name__ == args[0]]
    if len(named) != 1:
        return app
    return with_commands(app, named)


def _quiet(stdout, status: int) -> int:
    """Send what is still buffered for stdout nowhere, so that Python's last flush at exit cannot fail too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
    return status


def _fail(message: str) -> None:
    _note(f"uncc: error: {message}")
    sys.exit(2)
