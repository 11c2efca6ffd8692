"""Saved searches with e-mail alerts (issue 17)."""
