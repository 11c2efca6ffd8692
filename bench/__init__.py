"""Benchmarks: each ``bench/bench_*.py`` module has a ``main(argv) -> int``.

``python -m bench`` runs them all; ``python -m bench core`` runs ``bench_core``.
Figures are written by hand into ``docs/benchmarks.md`` with the date and machine.
"""
