"""Forms: they parse and label input; the services decide what is valid."""

from django import forms
from django.contrib.auth import get_user_model
from django.forms import renderers
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

from claims.models import ClaimKind, ExtractionState, Relation, Source, SourceKind, Stance
from claims.selectors import SORTS
from claims.services.claims import MAX_RATIONALE
from claims.source_urls import normalise_url
from claims.status import RATIONALE_REQUIRED, STATUSES
from claims.views.params import MAX_ID, MAX_INT, checked_int

RATIONALE_LIMIT = MAX_RATIONALE
SOURCE_NOTES_LIMIT = 5_000

STATUS_CHOICES = [(s.value, s.label) for s in STATUSES]
SORT_CHOICES = [
    ("checkworthiness", "Check-worthiness"),
    ("newest", "Newest"),
    ("oldest", "Oldest"),
    ("relevance", "Relevance (when searching)"),
]
assert set(SORTS) <= {v for v, _ in SORT_CHOICES}


class NumberField(forms.IntegerField):
    """A whole number in ASCII digits within [minimum, maximum] (the range the
    database stores), read by claims.views.params.checked_int like every
    other id and number a view takes."""

    def __init__(self, *, minimum: int = 0, maximum: int = MAX_INT, **kwargs):
        self.minimum, self.maximum = minimum, maximum
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        name = (self.label or "number").lower()
        try:
            return checked_int(value, name=name, minimum=self.minimum, maximum=self.maximum)
        except ValueError as exc:
            raise forms.ValidationError(str(exc), code="invalid") from None


def IdField(**kwargs) -> NumberField:
    return NumberField(minimum=1, maximum=MAX_ID, **kwargs)


def VersionField() -> NumberField:
    return NumberField(label="version", widget=forms.HiddenInput)


def _attrs_html(attrs: dict) -> str:
    """What django/forms/widgets/attrs.html writes for `attrs`."""
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        out.append(f" {conditional_escape(name)}")
        if value is not True:
            out.append(f'="{_stringformat(value)}"')
    return "".join(out)


def _stringformat(value) -> str:
    """{{ value|stringformat:'s' }} under autoescape."""
    return str(value) if isinstance(value, SafeData) else conditional_escape(str(value))


class Select(forms.Select):
    """forms.Select writing the same HTML as Django's select.html,
    select_option.html and attrs.html templates, in Python: the template
    engine cost ~0.1 ms an option, and the assignee menu of the claim panel
    and the queue lists every user (hundreds in a newsroom). Same bytes:
    tests/test_forms_select.py compares it with the templates' output."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        out = [
            f'<select name="{conditional_escape(widget["name"])}"{_attrs_html(widget["attrs"])}>'
        ]
        for group_name, group_choices, _ in widget["optgroups"]:
            if group_name:
                out.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
            for option in group_choices:
                out.append(
                    f'\n  <option value="{_stringformat(option["value"])}"'
                    f"{_attrs_html(option['attrs'])}>{conditional_escape(option['label'])}</option>\n"
                )
            if group_name:
                out.append("\n  </optgroup>")
        out.append("\n</select>")
        return mark_safe("".join(out).strip())  # noqa: S308 - every value escaped above


def _input_html(widget: dict) -> str:
    """What django/forms/widgets/input.html writes."""
    value = widget["value"]
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"'
        + (f' value="{_stringformat(value)}"' if value is not None else "")
        + f"{_attrs_html(widget['attrs'])}>"
    )


def _textarea_html(widget: dict) -> str:
    """What django/forms/widgets/textarea.html writes (stripped, as the renderer does)."""
    value = widget["value"]
    return (
        f'<textarea name="{conditional_escape(widget["name"])}"{_attrs_html(widget["attrs"])}>'
        f"\n{conditional_escape(value) if value else ''}</textarea>"
    )


# Django's widget templates that are exactly {% include "django/forms/widgets/input.html" %}
# (tests/test_forms_widgets.py checks it), and the textarea.
INPUT_TEMPLATES = tuple(
    f"django/forms/widgets/{name}.html"
    for name in (
        "text",
        "hidden",
        "url",
        "email",
        "number",
        "password",
        "search",
        "tel",
        "date",
        "datetime",
        "time",
        "color",
    )
)
PYTHON_WIDGETS = {name: _input_html for name in INPUT_TEMPLATES} | {
    "django/forms/widgets/textarea.html": _textarea_html
}


class FormRenderer(renderers.DjangoTemplates):
    """Django's form renderer (FORM_RENDERER), with the input and textarea
    widgets written in Python, byte for byte what their templates write
    (tests/test_forms_widgets.py compares them): the claim panel renders a
    dozen of them on every opening and after every save, at ~0.1 ms each
    through the template engine. Every other template goes to Django's."""

    def render(self, template_name, context, request=None):
        python = PYTHON_WIDGETS.get(template_name)
        if python is None:
            return super().render(template_name, context, request=request)
        return python(context["widget"]).strip()


class ChoiceField(forms.ChoiceField):
    widget = Select


def assignable_users():
    return get_user_model().objects.filter(is_active=True).order_by("username")


def assignee_choices() -> list[tuple[str, str]]:
    """(id, user name) of every assignable user, for the assignee menus: the
    names only, not a user object (password hash and profile) per user."""
    field = get_user_model().USERNAME_FIELD
    return [(str(pk), name) for pk, name in assignable_users().values_list("pk", field)]


class QueueFilterForm(forms.Form):
    q = forms.CharField(label="Search", required=False, max_length=200)
    status = ChoiceField(
        label="Status",
        required=False,
        choices=[
            ("", "Needs work (unreviewed, in review)"),
            ("all", "Any status"),
            *STATUS_CHOICES,
        ],
    )
    kind = ChoiceField(label="Kind", required=False, choices=[("", "Any kind"), *ClaimKind.choices])
    speaker = IdField(label="Speaker", required=False, widget=forms.HiddenInput)
    article = IdField(label="Article", required=False, widget=forms.HiddenInput)
    assignee = ChoiceField(label="Assignee", required=False)
    sort = ChoiceField(label="Sort by", required=False, choices=SORT_CHOICES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [
            ("", "Anyone"),
            ("me", "Me"),
            ("none", "Nobody"),
            *assignee_choices(),
        ]


class BulkForm(forms.Form):
    """The queue's bulk action; cleaned_data["assignee_user"] is the user to
    assign (None: nobody) when the action is "assign"."""

    action = ChoiceField(choices=[("assign", "Assign"), ("status", "Set status")])
    assignee = forms.CharField(required=False)  # user id, "me" or "" (nobody)
    status = ChoiceField(required=False, choices=[("", "—"), *STATUS_CHOICES])
    rationale = forms.CharField(required=False, widget=forms.Textarea, max_length=RATIONALE_LIMIT)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        d = super().clean()
        if d.get("action") == "assign":
            value = d.get("assignee") or ""
            if value == "me":
                d["assignee_user"] = self.user
            elif not value:
                d["assignee_user"] = None
            else:
                try:
                    pk = checked_int(value, name="assignee id", minimum=1, maximum=MAX_ID)
                except ValueError as exc:
                    self.add_error("assignee", str(exc))
                    return d
                d["assignee_user"] = assignable_users().filter(pk=pk).first()
                if d["assignee_user"] is None:
                    raise forms.ValidationError("Choose someone to assign the claims to.")
        elif d.get("action") == "status" and not d.get("status"):
            raise forms.ValidationError("Choose the status to set.")
        return d


class ArticleFilterForm(forms.Form):
    q = forms.CharField(label="Search titles", required=False, max_length=200)
    state = ChoiceField(
        label="Extraction", required=False, choices=[("", "Any state"), *ExtractionState.choices]
    )
    publisher = forms.CharField(label="Publisher", required=False, max_length=200)
    date_from = forms.DateField(
        label="Published from", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label="to", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class ArticleForm(forms.Form):
    """Paste, upload or fetch. Length limits are the services' (they answer with
    a message); the form only keeps Django from truncating silently."""

    title = forms.CharField(
        label="Title", required=False, help_text="Left empty, the first line of the text is used."
    )
    body = forms.CharField(
        label="Article text", required=False, widget=forms.Textarea(attrs={"rows": 14}), strip=False
    )
    upload = forms.FileField(label="…or upload a file (.txt, .md, .html)", required=False)
    url = forms.CharField(
        label="Article URL", required=False, help_text="Where the article was published."
    )
    fetch = forms.BooleanField(label="Fetch the text from this URL", required=False)
    publisher = forms.CharField(label="Publisher", required=False)
    published_at = forms.DateTimeField(
        label="Published",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
    )
    byline = forms.CharField(label="Byline", required=False)


class ClaimEditForm(forms.Form):
    version = VersionField()
    text = forms.CharField(label="Claim text", widget=forms.Textarea(attrs={"rows": 3}))
    kind = ChoiceField(label="Kind", choices=ClaimKind.choices)
    speaker_name = forms.CharField(
        label="Speaker", required=False, help_text="Empty: the article's own voice."
    )


class StatusSelect(Select):
    """The status menu; each option says whether it needs a rationale and its
    shortcut key (1-7, the order of claims.status.STATUSES) for static/js/keys.js."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["attrs"]["data-key"] = str(index + 1)
        if value in RATIONALE_REQUIRED:
            option["attrs"]["data-rationale"] = "required"
        return option


class StatusForm(forms.Form):
    version = VersionField()
    status = ChoiceField(label="Status", choices=STATUS_CHOICES, widget=StatusSelect)
    rationale = forms.CharField(
        label="Rationale",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=RATIONALE_LIMIT,
        help_text="Required for confirmed, contradicted and disputed.",
    )


class AssignForm(forms.Form):
    version = VersionField()
    assignee = ChoiceField(label="Assignee", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", "Nobody"), *assignee_choices()]


class EvidenceForm(forms.Form):
    version = VersionField()
    url = forms.CharField(label="Source URL", widget=forms.URLInput)
    title = forms.CharField(label="Source title", required=False)
    publisher = forms.CharField(label="Publisher", required=False)
    published_at = forms.DateField(
        label="Source date", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    kind = ChoiceField(label="Source kind", choices=SourceKind.choices, initial=SourceKind.OTHER)
    stance = ChoiceField(label="Stance", choices=Stance.choices)
    excerpt = forms.CharField(
        label="Excerpt", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class LinkForm(forms.Form):
    relation = ChoiceField(label="Relation", choices=Relation.choices)
    direction = ChoiceField(
        label="Direction",
        choices=[("out", "this claim → the other"), ("in", "the other → this claim")],
        initial="out",
    )
    other = IdField(label="Other claim", widget=forms.HiddenInput)


class ManualClaimForm(forms.Form):
    start = NumberField(label="Start offset", minimum=0)
    end = NumberField(label="End offset", minimum=1)
    text = forms.CharField(
        label="Claim text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Empty: the selected words.",
    )
    kind = ChoiceField(label="Kind", choices=ClaimKind.choices, initial=ClaimKind.CLAIM)
    speaker_name = forms.CharField(label="Speaker", required=False)


class SourceForm(forms.ModelForm):
    # The service checks the URL with the same rules (and messages) as evidence.
    url = forms.CharField(label="URL", max_length=2000)
    notes = forms.CharField(
        label="Notes",
        required=False,
        max_length=SOURCE_NOTES_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    class Meta:
        model = Source
        fields = ("url", "title", "publisher", "published_at", "kind", "notes")
        widgets = {
            "published_at": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_url(self):
        normalise_url(self.cleaned_data["url"])  # its messages, not the model field's
        return self.cleaned_data["url"]

    def validate_unique(self):
        pass  # the service normalises the URL first, then checks uniqueness
