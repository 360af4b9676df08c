"""``prakerja nlu``: train, parse (stdin -> JSON lines shaped like Rasa's /model/parse), test.

The base settings come from the project's configuration (``nlu:`` in config.yml); options on
the command line override them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import orjson
import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:  # the NLU is imported by the commands: building the CLI stays light
    from nlu import EvaluationReport, NLUConfig, Parser

app = typer.Typer(help="Train, run and evaluate the NLU", no_args_is_help=True)
out = Console()
err = Console(stderr=True)
CONFUSED_PAIRS = 10


def _base_config() -> NLUConfig:
    from bot.settings import ConfigError, load_settings

    try:
        return load_settings().nlu
    except ConfigError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[red]{type(exc).__name__}: {exc}[/red]")
    return typer.Exit(2)


def _parser(model: Path | None) -> Parser:
    from nlu import load_parser, parser_at
    from nlu.store import resolve_model_dir

    config = _base_config()
    if model is None:
        return load_parser(config)
    if resolve_model_dir(model) is not None:
        return parser_at(model, config)
    return load_parser(config.model_copy(update={"model_dir": model}))


@app.command("train")
def train_command(
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", help="Rasa YAML file or directory (repeatable); default nlu/data"),
    ] = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Model directory (default: nlu.model_dir)")
    ] = None,
) -> None:
    """Train the intent classifier (deterministic; cached by a hash of data + settings)."""
    from nlu import NLUError, train
    from nlu.store import META

    config = _base_config()
    update: dict[str, object] = {}
    if data:
        update["data_paths"] = list(data)
    if out_dir is not None:
        update["model_dir"] = out_dir
    try:
        path = train(config.model_copy(update=update))
    except NLUError as exc:
        raise _fail(exc) from None
    info = orjson.loads((path / META).read_bytes()).get("info", {})
    out.print(
        f"Model saved in {path} ({info.get('examples')} examples, {info.get('intents')} intents, "
        f"{info.get('train_seconds')} s)"
    )


@app.command("parse")
def parse_command(
    model: Annotated[
        Path | None, typer.Option("--model", help="Model directory (default: nlu.model_dir)")
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help='Add "tokens": what the classifier saw (normalised, entities as placeholders)',
        ),
    ] = False,
) -> None:
    """Read one message per line on stdin; write one JSON object per line on stdout."""
    from nlu import NLUError

    try:
        parser = _parser(model)
    except NLUError as exc:
        raise _fail(exc) from None
    write = sys.stdout.buffer.write
    for line in sys.stdin:
        text = line.rstrip("\n")
        try:
            answer = parser.parse(text).to_rasa()
        except NLUError as exc:
            raise _fail(exc) from None
        if explain:
            answer["tokens"] = parser.tokens(text)
        write(orjson.dumps(answer) + b"\n")
        sys.stdout.flush()


@app.command("test")
def test_command(
    data: Annotated[Path, typer.Option("--data", help="Rasa YAML or TSV (text<TAB>intent)")],
    model: Annotated[Path | None, typer.Option("--model", help="Model directory")] = None,
    cross_validation: Annotated[
        int | None,
        typer.Option("--cross-validation", min=2, help="K-fold cross-validation on --data"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Accuracy, macro-F1, a per-intent table and the most confused pairs."""
    from nlu import NLUError, cross_validate, evaluate, load_training_data

    try:
        examples = load_training_data([data])
        if cross_validation:
            report = cross_validate(examples, _base_config(), cross_validation)
        else:
            report = evaluate(_parser(model), examples)
    except NLUError as exc:
        raise _fail(exc) from None
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2) + b"\n")
        return
    _print_report(report)


def _print_report(report: EvaluationReport) -> None:
    out.print(
        f"accuracy {report.accuracy:.4f}   macro-F1 {report.macro_f1:.4f}   "
        f"examples {report.examples}"
    )
    table = Table("intent", "precision", "recall", "F1", "support")
    for row in report.per_intent:
        table.add_row(
            row.intent, f"{row.precision:.3f}", f"{row.recall:.3f}", f"{row.f1:.3f}",
            str(row.support),
        )  # fmt: skip
    out.print(table)
    if report.confusions:
        pairs = Table("gold", "predicted", "count", title="most confused pairs")
        for gold, predicted, count in report.confusions[:CONFUSED_PAIRS]:
            pairs.add_row(gold, predicted, str(count))
        out.print(pairs)
    if report.entity_f1:
        out.print(
            "entity F1: " + ", ".join(f"{k} {v:.3f}" for k, v in report.entity_f1.items())
        )
