from django.urls import path

from shingikai.members import views

app_name = "members"
urlpatterns = [
    path("", views.index, name="index"),
    path("composition/", views.composition, name="composition"),
    path("fees/", views.fee_list, name="fees"),
    path("<int:pk>/statement/<int:year>.pdf", views.statement, name="statement"),
    path("<int:pk>/appointment-letter.pdf", views.appointment_letter, name="appointment_letter"),
    path("terms/<int:pk>/first-meeting-notice.pdf", views.first_meeting_notice, name="notice"),
]
