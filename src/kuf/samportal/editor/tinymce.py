"""The rich-text editor's options for the items of the one-page editor."""

from plone.app.z3cform.widgets.richtext import get_tinymce_options


def pattern_options(context, request):
    from kuf.samportal.content.protokollspunkt import IProtokollspunkt

    return get_tinymce_options(context, IProtokollspunkt["body"], request)
