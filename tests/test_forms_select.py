"""claims.forms.Select writes what Django's select templates write, byte for
byte: the menus of the claim panel, the queue and the editor, as rendered by
the forms, and the cases the templates treat specially (optgroups, booleans
and escaping in attributes, a selected value, an error's aria-invalid)."""

from unittest import mock

import pytest
from django import forms as django_forms

from claims import forms
from claims.models import ClaimKind


def template_html(widget, name, value, attrs=None) -> str:
    """The same widget rendered by Django's own templates."""
    return django_forms.Select.render(widget, name, value, attrs)


@pytest.mark.parametrize(
    "choices, value, attrs",
    [
        (ClaimKind.choices, "denial", {"id": "id_kind"}),
        ([("", "Nobody"), ("1", "ann <admin>"), ("2", 'bo "b" & co')], "", None),
        ([("a", "A"), ("Group <1>", [("b", "B"), ("c", "C")]), ("d", "D")], "c", None),
        ([(1, 1), (2, "two")], 2, {"required": True, "disabled": False, "data-x": "<&>"}),
        ([], None, {"aria-invalid": "true", "class": "x y"}),
    ],
)
def test_select_matches_the_templates(choices, value, attrs):
    widget = forms.Select(choices=choices, attrs={"title": 'It\'s "quoted"'})
    assert widget.render("f-name", value, attrs) == template_html(widget, "f-name", value, attrs)


@pytest.mark.django_db
def test_every_menu_of_the_forms_matches_the_templates(django_user_model):
    for i in range(5):
        django_user_model.objects.create(username=f"user<{i}>&")
    bound = forms.StatusForm(
        {"status-status": "bogus", "status-version": "1"}, prefix="status"
    )  # invalid: the field is marked aria-invalid
    assert not bound.is_valid()
    cases = [
        forms.StatusForm(initial={"status": "confirmed"}, prefix="status"),
        bound,
        forms.AssignForm(initial={"assignee": ""}, prefix="assign"),
        forms.ClaimEditForm(initial={"kind": "statistic"}, prefix="edit"),
        forms.EvidenceForm(prefix="ev"),
        forms.LinkForm(prefix="link"),
        forms.ManualClaimForm(prefix="new"),
        forms.QueueFilterForm(),
    ]
    seen = 0
    for form in cases:
        for bf in form:
            widget = bf.field.widget
            if not isinstance(widget, django_forms.Select):
                continue
            assert isinstance(widget, forms.Select), bf.name
            ours = str(bf)
            with mock.patch.object(forms.Select, "render", django_forms.Select.render):
                theirs = str(bf)
            assert ours == theirs, bf.name
            seen += 1
    assert seen >= 9
