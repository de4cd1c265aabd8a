"""The floor uncc is measured against: a one-command typer app that does nothing."""

import typer

app = typer.Typer()


@app.command()
def main() -> None:
    pass


if __name__ == "__main__":
    app()
