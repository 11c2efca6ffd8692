"""Django's form renderer, with the lists of choices written in Python: the same HTML, faster.

The clerks' board (views/workspace.py) shows nine forms whose selects and checkbox lists
hold every member and every item of the session: Django renders each ``<option>`` and each
checkbox through two or three included templates, which made most of the page's CPU (a
write refused or awaiting confirmation answers that page, issue 11 part 7). This renderer
writes ``select.html`` and ``checkbox_select.html`` (with their options) directly, byte for
byte as Django's templates would (tests/web/test_widgets.py compares them on every form of
the board); any other template, or a choice whose value or label is not plain text (which
the template would localise), goes to Django's templates as before.
"""

from __future__ import annotations

from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

SELECT = "django/forms/widgets/select.html"
SELECT_OPTION = "django/forms/widgets/select_option.html"
CHECKBOXES = "django/forms/widgets/checkbox_select.html"
CHECKBOX_OPTION = "django/forms/widgets/checkbox_option.html"


class _NotPlain(Exception):
    """A value the templates would localise or format: leave it to them."""


def _text(value: Any) -> str:
    """``{{ value }}`` of a plain string (escaped unless already safe)."""
    if not isinstance(value, str):
        raise _NotPlain
    return str(conditional_escape(value))


def _attrs(attrs: dict[str, Any]) -> str:
    """django/forms/widgets/attrs.html."""
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            out.append(f" {_text(name)}")
        elif isinstance(value, (str, int)) and not isinstance(value, bool):
            out.append(f' {_text(name)}="{_text(str(value))}"')
        else:
            raise _NotPlain
    return "".join(out)


def _option(option: dict[str, Any]) -> str:
    """select_option.html (its file ends with a newline)."""
    if option.get("template_name") != SELECT_OPTION:
        raise _NotPlain
    value, attrs, label = _text(option["value"]), _attrs(option["attrs"]), _text(option["label"])
    return f'<option value="{value}"{attrs}>{label}</option>\n'


def _select(widget: dict[str, Any]) -> str:
    """select.html."""
    out = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            out.append(f'\n  <optgroup label="{_text(group_name)}">')
        for option in group_choices:
            out.append("\n  " + _option(option))
        if group_name:
            out.append("\n  </optgroup>")
    out.append("\n</select>\n")
    return "".join(out)


def _checkbox(option: dict[str, Any]) -> str:
    """checkbox_option.html → input_option.html → input.html (each file ends with a newline)."""
    if option.get("template_name") != CHECKBOX_OPTION:
        raise _NotPlain
    attrs = option["attrs"]
    value = option["value"]
    shown = "" if value is None else f' value="{_text(value)}"'
    field = f'<input type="{_text(option["type"])}" name="{_text(option["name"])}"{shown}{_attrs(attrs)}>\n'
    if not option.get("wrap_label"):
        return field + "\n\n"
    label_for = f' for="{_text(attrs["id"])}"' if attrs.get("id") else ""
    return f"<label{label_for}>{field} {_text(option['label'])}</label>\n\n"


def _checkboxes(widget: dict[str, Any]) -> str:
    """checkbox_select.html → multiple_input.html."""
    attrs = widget["attrs"]
    out = ["<div"]
    if attrs.get("id"):
        out.append(f' id="{_text(attrs["id"])}"')
    if attrs.get("class"):
        out.append(f' class="{_text(attrs["class"])}"')
    out.append(">")
    for group, options, _index in widget["optgroups"]:
        if group:
            out.append(f"\n  <div><label>{_text(group)}</label>")
        for option in options:
            out.append("<div>\n    " + _checkbox(option) + "</div>")
        if group:
            out.append("\n  </div>")
    out.append("\n</div>\n\n")  # multiple_input.html's newline, then checkbox_select.html's
    return "".join(out)


_WRITERS = {SELECT: _select, CHECKBOXES: _checkboxes}


class ChoicesRenderer(DjangoTemplates):
    """``DjangoTemplates`` whose selects and checkbox lists are written in Python."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> SafeString:
        writer = _WRITERS.get(template_name)
        if writer is not None and "widget" in context:
            try:
                return mark_safe(writer(context["widget"]).strip())  # as BaseRenderer.render
            except (_NotPlain, KeyError, TypeError, ValueError):
                pass
        return mark_safe(super().render(template_name, context, request))


RENDERER = ChoicesRenderer()
