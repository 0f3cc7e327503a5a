from django.urls import path

from shingikai.documents import minutes_views, views

app_name = "documents"
urlpatterns = [
    path("meetings/<int:pk>/", views.meeting_documents, name="meeting"),
    path("meetings/<int:pk>/agenda.pdf", views.agenda_pdf, name="agenda_pdf"),
    path("meetings/<int:pk>/packet.pdf", views.packet_pdf, name="packet_pdf"),
    path("meetings/<int:pk>/minutes/", views.minutes_edit, name="minutes_edit"),
    path("meetings/<int:pk>/minutes/send/", minutes_views.minutes_send, name="minutes_send"),
    path("meetings/<int:pk>/minutes/signers/", minutes_views.minutes_signer, name="minutes_signer"),
    path(
        "meetings/<int:pk>/minutes/sign/<int:member_pk>/",
        minutes_views.minutes_sign,
        name="minutes_sign",
    ),
    path(
        "meetings/<int:pk>/confirm/<int:item_pk>/",
        minutes_views.minutes_confirm,
        name="minutes_confirm",
    ),
    path("meetings/<int:pk>/minutes.pdf", views.minutes_pdf, name="minutes_pdf"),
    path("meetings/<int:pk>/minutes.docx", views.minutes_docx, name="minutes_docx"),
    path("answers/<int:pk>.pdf", views.answer_pdf, name="answer_pdf"),
    path("answers/<int:pk>.docx", views.answer_docx, name="answer_docx"),
]
