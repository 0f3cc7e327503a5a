from django.urls import path

from shingikai.publication import manage_views, public_views

app_name = "publication"
urlpatterns = [
    path("", public_views.portal, name="portal"),
    path("meetings/<int:pk>/", public_views.meeting, name="meeting"),
    path("meetings/<int:pk>/minutes.pdf", public_views.minutes_pdf, name="minutes_pdf"),
    path("meetings/<int:pk>/minutes.docx", public_views.minutes_docx, name="minutes_docx"),
    path("answers/<int:pk>/", public_views.answer, name="answer"),
    path("answers/<int:pk>.pdf", public_views.answer_pdf, name="answer_pdf"),
    path("answers/<int:pk>.docx", public_views.answer_docx, name="answer_docx"),
    path("consultations/<int:pk>/", public_views.consultation, name="consultation"),
    path("attachments/<int:pk>/", public_views.attachment, name="attachment"),
    path("manage/<int:pk>/", manage_views.manage, name="manage"),
    path("manage/<int:pk>/redactions/", manage_views.redaction_add, name="mark"),
    path(
        "manage/<int:pk>/redactions/<int:redaction_pk>/delete/",
        manage_views.redaction_remove,
        name="unmark",
    ),
    path("manage/<int:pk>/publish/", manage_views.publish, name="publish"),
    path("manage/<int:pk>/withdraw/", manage_views.withdraw, name="withdraw"),
]
