"""Small helpers shared by the follow-up's and the agreements' pages."""

from plone import api


def send_file(request, data, content_type, name, extension):
    """``data`` as a download named ``name.extension``."""
    response = request.response
    response.setHeader("Content-Type", content_type)
    response.setHeader("Content-Disposition", f'attachment; filename="{name}.{extension}"')
    response.setHeader("Content-Length", str(len(data)))
    return data


def fullname(user_id):
    """The portal user's full name, or the id when there is none."""
    user = api.user.get(userid=user_id) if user_id else None
    return (user.getProperty("fullname") if user else "") or user_id
