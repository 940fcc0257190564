"""claims.forms.FormRenderer writes the input and textarea widgets in Python:
byte for byte what Django's templates write, for every field of the forms
the pages render and for the cases the templates treat specially (no value,
an empty one, a number, safe and unsafe text, boolean attributes)."""

from pathlib import Path

import django
import pytest
from django import forms as django_forms
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.utils.safestring import mark_safe

from claims import forms

TEMPLATES = Path(django.__file__).parent / "forms" / "templates"


def test_it_is_the_renderer_the_forms_use():
    assert isinstance(get_default_renderer(), forms.FormRenderer)


@pytest.mark.parametrize("name", forms.INPUT_TEMPLATES)
def test_each_input_template_it_replaces_is_djangos_input_template(name):
    assert (TEMPLATES / name).read_text().strip() == (
        '{% include "django/forms/widgets/input.html" %}'
    )


WIDGETS = [
    django_forms.TextInput(),
    django_forms.TextInput(attrs={"required": True, "disabled": False, "data-x": "<&\"'>"}),
    django_forms.HiddenInput(),
    django_forms.URLInput(attrs={"placeholder": "https://…"}),
    django_forms.DateInput(attrs={"type": "date"}),
    django_forms.NumberInput(attrs={"min": 0}),
    django_forms.EmailInput(),
    django_forms.PasswordInput(render_value=True),
    django_forms.Textarea(attrs={"rows": 3}),
    django_forms.Textarea(attrs={"aria-invalid": "true", "class": "a b"}),
]
VALUES = [
    None,
    "",
    "plain",
    'It\'s <b>"bold"</b> & more',
    mark_safe("<i>safe</i>"),
    0,
    42,
    "\nlead",
]


@pytest.mark.parametrize("widget", WIDGETS, ids=lambda w: type(w).__name__)
@pytest.mark.parametrize("value", VALUES)
def test_it_writes_what_the_templates_write(widget, value):
    ours = widget.render("f-name", value, {"id": "id_f-name"}, renderer=forms.FormRenderer())
    theirs = widget.render("f-name", value, {"id": "id_f-name"}, renderer=DjangoTemplates())
    assert ours == theirs


@pytest.mark.django_db
def test_every_field_of_the_pages_forms_matches_the_templates(django_user_model):
    django_user_model.objects.create(username="ann")
    bound = forms.EvidenceForm(
        {"ev-version": "x", "ev-url": "", "ev-excerpt": 'a <q> & "b"', "ev-note": "line\nline"},
        prefix="ev",
    )
    assert not bound.is_valid()  # errors: aria-invalid on the fields
    cases = [
        forms.StatusForm(initial={"status": "confirmed", "rationale": "<why>", "version": 3}),
        forms.AssignForm(initial={"assignee": "", "version": 1}, prefix="assign"),
        forms.ClaimEditForm(initial={"text": 'x "y" <z>', "version": 2}, prefix="edit"),
        forms.EvidenceForm(initial={"version": 7}, prefix="ev"),
        bound,
        forms.LinkForm(prefix="link"),
        forms.ManualClaimForm(prefix="new"),
        forms.ArticleForm(),
        forms.ArticleFilterForm({"q": "<drones>", "date_from": "2026-01-02"}),
        forms.QueueFilterForm({"q": "a & b"}),
        forms.BulkForm(),
    ]
    seen = 0
    for form in cases:
        for bf in form:
            ours = str(bf)
            form.renderer = DjangoTemplates()
            theirs = str(form[bf.name])
            form.renderer = forms.FormRenderer()
            assert ours == theirs, (type(form).__name__, bf.name)
            seen += 1
    assert seen > 40
