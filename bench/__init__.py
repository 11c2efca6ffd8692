"""Benchmarks: one module each, run by ``python -m bench NAME`` (all of them without NAME)."""
