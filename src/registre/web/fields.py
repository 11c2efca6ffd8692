"""Form fields shared by the clerks' forms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator

# Dates a register can hold: far enough back for any living act, far enough ahead for any
# deadline; the law's delays added to them (months, ten years) stay inside the calendar,
# where 9999-12-31 plus 60 days would not (a 500 on every page showing the date).
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)


class BoundedDateField(forms.DateField):
    """A date between :data:`EARLIEST` and :data:`LATEST`, with a French message otherwise."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        message = f"Date entre {EARLIEST:%Y} et {LATEST:%Y} attendue."
        self.validators += [MinValueValidator(EARLIEST, message), MaxValueValidator(LATEST, message)]
