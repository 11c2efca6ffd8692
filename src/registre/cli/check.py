"""``registre check SESSION_FILE``: the session item by item, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from rich import box
from rich.console import Console
from rich.table import Table

from registre.cli.output import console as make_console
from registre.cli.output import french_date, print_findings, wrapped
from registre.core import ItemResult, SessionReport, check_session
from registre.core.deadlines import session_deadlines
from registre.core.errors import SessionFileError
from registre.core.rules import SETTINGS_HELP, parse_settings
from registre.core.vocabulary import Outcome, Severity
from registre.sessionfile import load_session

EXAMPLE = """exemple :
  registre check fixtures/sessions/gbm-conseil-2024-04-11.yaml
  registre check seance.yaml --json | jq '.items[12].tally'
  registre check seance.yaml --item 13
  registre check seance.yaml --set interested_withdraw=true --set substitutes_vote=false

réglages (--set NOM=VALEUR, ou bloc « rules: » du fichier ; docs/settings.md) :
""" + "".join(f"  {name:<30} {text}\n" for name, text in SETTINGS_HELP.items())


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="contrôle une séance : présents, pouvoirs, quorum et votes question par question",
        description="Contrôle une séance décrite dans un fichier registre-session/1 "
        "(docs/session-format.md) : présents, représentés, quorum, votes, intéressés, "
        "résultat calculé et écarts avec le résultat enregistré.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("session_file", metavar="FICHIER", help="fichier de séance (YAML)")
    p.add_argument("--json", action="store_true", help="sortie JSON au lieu du tableau")
    p.add_argument("--item", metavar="N",
                   help="détaille une question : noms des présents, représentés, absents, intéressés")
    p.add_argument("--set", metavar="NOM=VALEUR", action="append", default=[], dest="settings",
                   help="change un réglage des règles incertaines (liste ci-dessous) ; "
                   "l'emporte sur le bloc « rules: » du fichier")
    p.add_argument("--all-findings", action="store_true",
                   help="affiche aussi les constats d'information (pouvoirs suspendus…)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        session = load_session(args.session_file)
    except SessionFileError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        print(f"{len(e.problems)} problème(s) : séance non contrôlée.", file=sys.stderr)
        return 2
    rules, problems = parse_settings(dict(session.rule_settings))
    cli: dict[str, str] = {}
    for text in args.settings:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            problems.append(f"--set « {text} » : écrivez NOM=VALEUR")
            continue
        cli[key.strip()] = value.strip()
    rules, more = parse_settings(cli, rules)
    problems += more
    if problems:
        for problem in problems:
            print(f"--set : {problem}", file=sys.stderr)
        print(f"{len(problems)} réglage(s) refusé(s) : séance non contrôlée.", file=sys.stderr)
        return 2
    report = check_session(session, rules)
    if args.item is not None:
        try:
            result = report.item(str(args.item))
        except KeyError:
            print(f"question n°{args.item} absente de la séance (questions : "
                  f"{', '.join(r.item.number for r in report.items)})", file=sys.stderr)
            return 2
        if args.json:
            json.dump(result.as_dict(session), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            print_item(report, result, make_console())
        # The status of this item: its own findings (quorum, proxies, vote), not the session's.
        return 1 if any(f.severity is Severity.ERROR for f in result.findings) else 0
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(report, make_console(), show_info=args.all_findings)
    return 0 if report.ok else 1


def _mark(ok: bool | None) -> str:
    return {True: "[green]✓[/]", False: "[red]✗[/]", None: "–"}[ok]


# Nine columns that fit 80: figures that belong together share one (« 79+27 » present and
# represented, « 102/0/0/0 » for, against, abstention, not voting, the recorded result
# in the same order), so nothing is dropped or cut at the width of a terminal.
COLUMNS = (("Pass.", "right"), ("Q.", "right"), ("Prés.\n+pouv.", "right"), ("Quorum", "right"),
           ("Votants\n(int.)", "right"), ("Pour/ctre/\nabst./nppv", "right"),
           ("Résultat", "left"), ("Enregistré", "left"), ("Écarts", "right"))


def print_report(report: SessionReport, console: Console, *, show_info: bool = False) -> None:
    s = report.session
    console.print(wrapped(f"{s.assembly.name} — {s.assembly.authority.name} — séance du "
                          f"{french_date(s.date)} — {s.assembly.members_in_office} membres en "
                          f"exercice — règles : {report.rules.name}", console.width, "", "  "),
                  style="bold", markup=False)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0), header_style="bold",
                  caption="Questions dans l'ordre de passage ; voix : pour/contre/abstention/"
                  "ne prennent pas part au vote.", caption_justify="left")
    for title, justify in COLUMNS:
        table.add_column(title, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for r in report.items:
        q = r.quorum
        quorum = f"{q.counted}/{q.required} {_mark(q.reached)}"
        t = r.tally
        problems = sum(1 for f in r.findings if f.severity is not Severity.INFO)
        if t is None and r.election is not None:
            e = r.election
            elected = f"élu : {e.elected}" if e.elected else "aucun élu"
            votes = ["–", f"{len(e.rounds)} tour(s)", elected]
            recorded = (f"{e.election.recorded_elected} {_mark(e.election.recorded_elected == e.elected)}"
                        if e.election.recorded_elected else "–")
        elif t is None:
            votes = ["–", "–", "–"]
            recorded = "–"
        else:
            c = t.counts
            outcome = t.outcome.label + (" (voix prépondérante)" if t.casting_vote else "")
            style = "green" if t.outcome is Outcome.ADOPTED else "red"
            votes = [f"{t.available} ({r.interested_votes})",
                     f"{c.for_}/{c.against}/{c.abstention}/{c.not_voting or 0}",
                     f"[{style}]{outcome}[/]"]
            rec = t.recorded
            recorded = (f"{rec.for_}/{rec.against}/{rec.abstention} {_mark(t.agrees)}" if rec
                        else f"{t.basis} {_mark(t.agrees)}")
        table.add_row(str(r.position + 1), r.item.number, f"{r.present_count}+{r.proxies_count}",
                      quorum, *votes, recorded, f"[red]{problems}[/]" if problems else "0")
    console.print(table)
    for d in session_deadlines(s):
        console.print(wrapped(f"échéance le {french_date(d.due)} : {d.label} ({d.rule}, {d.article})",
                              console.width, "", "  "), markup=False)
    findings = [f for f in report.all_findings() if show_info or f.severity is not Severity.INFO]
    if not findings:
        console.print("[green]Aucun écart.[/]")
        return
    console.print(f"[bold]{len(findings)} constat(s)[/], par règle :")
    print_findings(console, (
        (f.severity.label, f.rule, (f"question {f.item} : " if f.item else "") + f.message
         + (f" ({f.source})" if f.source else "")) for f in findings))


def print_item(report: SessionReport, r: ItemResult, console: Console) -> None:
    """One item in full: who is present, represented and by whom, absent, interested."""
    s = report.session
    name = s.name_of
    console.print(f"[bold]Question n°{r.item.number}[/] (passage {r.position + 1}) — {r.item.title}",
                  highlight=False)
    console.print(f"[bold]Présents ({r.present_count})[/] : " + ", ".join(map(name, r.present)),
                  highlight=False)
    console.print(f"[bold]Représentés ({r.proxies_count})[/] : " + ", ".join(
        f"{name(g)} par {name(h)}" for g, h in r.represented.items()), highlight=False)
    console.print(f"[bold]Absents ({len(r.absent)})[/] : " + ", ".join(map(name, r.absent)),
                  highlight=False)
    if r.interested:
        console.print("[bold]Intéressés[/] : " + ", ".join(
            f"{name(i.person)} ({i.votes})" for i in r.interested), highlight=False)
    q = r.quorum
    console.print(f"[bold]Quorum[/] : {q.counted} présents comptés, {q.required} requis — "
                  + ("atteint" if q.reached else "[red]non atteint[/]"))
    if r.tally:
        c = r.tally.counts
        console.print(f"[bold]Vote[/] : {r.tally.available} votants ; pour {c.for_}, contre "
                      f"{c.against}, abstention {c.abstention}, ne prennent pas part "
                      f"{c.not_voting or 0} — {r.tally.outcome.label}")
    if r.election:
        e = r.election
        for rr in e.rounds:
            rnd = rr.round
            majority = f"majorité absolue {rr.majority}" if rr.majority else "majorité relative"
            console.print(f"[bold]Tour {rnd.number}[/] : {rnd.ballots} votants, {rnd.blank} blancs, "
                          f"{rnd.spoilt} nuls, {rnd.cast} exprimés, {majority} — "
                          + ", ".join(f"{n} {v}" for n, v in rnd.votes), highlight=False)
        age = " (au bénéfice de l'âge)" if e.by_age else ""
        console.print(f"[bold]Élu(e)[/] : {e.elected or 'aucun'}{age}", highlight=False)
    print_findings(console, (
        (f.severity.label, f.rule, f.message + (f" ({f.source})" if f.source else ""))
        for f in r.findings))
