"""How the accuracy bench compares a present list with its label (bench/bench_reading_accuracy.py)."""

from __future__ import annotations

from bench.bench_reading_accuracy import _names, _same_names


def test_a_first_name_printed_glued_and_read_hyphenated_is_the_same_name() -> None:
    assert _same_names(_names(["JeanFrançois GARNIER", "Anne ROUX"]),
                       _names(["Jean-François GARNIER", "Anne ROUX"]))


def test_other_names_or_a_name_more_are_not_the_same_list() -> None:
    assert not _same_names(_names(["Jean GARNIER", "Anne ROUX"]), _names(["Jean GARNIEZ", "Anne ROUX"]))
    assert not _same_names(_names(["Anne ROUX"]), _names(["Anne ROUX", "Paul NOIR"]))
    assert not _same_names(_names(["Anne ROUX", "Paul NOIR"]), _names(["Anne NOIR", "Paul ROUX"]))
