"""The clerks' forms' renderer (widgets.py) writes exactly what Django's templates write."""

from __future__ import annotations

import re

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from registre.web import models as m
from registre.web.forms import FORMS, PICKER
from registre.web.widgets import RENDERER

DJANGO = DjangoTemplates()


class Sample(forms.Form):
    """Choices with characters to escape, groups, a blank choice, a number for a label."""

    person = forms.ChoiceField(choices=[("", "— choisir —"), ("a&b", 'DUPONT "Jo" <i>'), ("c", "Élise")])
    grouped = forms.ChoiceField(choices=[("Titulaires", [("t1", "Un"), ("t2", "Deux")]), ("x", "Seul")])
    picked = forms.MultipleChoiceField(choices=[("p1", "Paul & Marie"), ("p2", "Zoé")], widget=PICKER)
    plain = forms.MultipleChoiceField(choices=[("q", "Q")], widget=forms.CheckboxSelectMultiple)
    number = forms.TypedChoiceField(choices=[(1, 1000), (2, 2.5)], coerce=int)
    several = forms.MultipleChoiceField(choices=[("s1", "S1"), ("s2", "S2")])


def _render(form: forms.Form, renderer: DjangoTemplates) -> list[str]:
    form.renderer = renderer
    return [str(bf) for bf in form]


@pytest.mark.parametrize("data", [None, {"person": "a&b", "grouped": "t2", "picked": ["p1", "p2"],
                                         "plain": ["q"], "number": "1", "several": ["s2"]},
                                  {"person": "nobody", "picked": ["zz"]}])
def test_sample_renders_as_django_does(data: dict[str, object] | None) -> None:
    ours = _render(Sample(data, auto_id="id_%s"), RENDERER)
    django = _render(Sample(data, auto_id="id_%s"), DJANGO)
    assert ours == django
    assert any("&amp;" in html and "&quot;Jo&quot;" in html for html in ours)  # escaped, not raw


def test_sample_without_ids_renders_as_django_does() -> None:
    assert _render(Sample(auto_id=False), RENDERER) == _render(Sample(auto_id=False), DJANGO)


@pytest.mark.django_db
def test_every_board_form_renders_as_django_does(conseil: m.Session) -> None:
    """The nine forms of the clerks' board, blank and bound to a refused post."""
    members = list(conseil.mandates.values_list("person__key", flat=True)[:3])
    for key, cls in FORMS.items():
        posted = {f"{key}-item": "2", f"{key}-person": members[0], f"{key}-against_members": members[1:],
                  f"{key}-interested": members[:2], f"{key}-giver": members[0], f"{key}-holder": "personne"}
        for data in (None, posted):
            ours, django = cls(conseil, data, prefix=key), cls(conseil, data, prefix=key)
            assert ours.renderer is RENDERER
            assert _render(ours, RENDERER) == _render(django, DJANGO), key


def test_lists_are_written_without_the_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of the renderer: selects and checkbox lists of plain text skip the templates."""
    asked: list[str] = []
    original = DjangoTemplates.render

    def spy(self, template_name, context, request=None):  # type: ignore[no-untyped-def]
        asked.append(template_name)
        return original(self, template_name, context, request)

    monkeypatch.setattr(DjangoTemplates, "render", spy)
    form = Sample({"person": "c", "picked": ["p2"]}, auto_id="id_%s")
    form.renderer = RENDERER
    html = str(form["person"]) + str(form["picked"]) + str(form["number"])
    assert '<option value="c" selected>' in html
    assert re.search(r'<input type="checkbox" name="picked" value="p2"[^>]* checked>', html)
    # the number's labels would be localised by the templates: those go to them
    assert asked == ["django/forms/widgets/select.html"]
