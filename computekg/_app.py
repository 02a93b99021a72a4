"""The one typer application; command modules in ``computekg.commands`` register on it."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(
    name="computekg",
    help="Knowledge graph of China's compute-power (算力) industry chain.\n\n"
    "Exit codes: 0 ok, 1 partial (some files skipped or some rows failed), 2 usage or input error.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2


def _version(value: bool) -> None:
    if value:
        from computekg import __version__

        typer.echo(f"computekg {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Knowledge graph of China's compute-power (算力) industry chain.

    Exit codes: 0 ok, 1 partial (some files skipped or some rows failed), 2 usage or input error.
    """
