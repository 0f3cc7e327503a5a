from django.urls import path

from shingikai.meetings import views

app_name = "meetings"
urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("new/", views.meeting_create, name="create"),
    path("<int:pk>/", views.meeting_detail, name="detail"),
    path("<int:pk>/edit/", views.meeting_edit, name="edit"),
    path(
        "<int:pk>/attendance/<int:member_pk>/",
        views.attendance_toggle,
        name="attendance_toggle",
    ),
    path("<int:pk>/staff/", views.staff_add, name="staff_add"),
    path("<int:pk>/agenda/consultation/", views.agenda_add_consultation, name="agenda_add"),
    path("<int:pk>/agenda/item/", views.agenda_add_item, name="agenda_add_item"),
    path(
        "<int:pk>/followups/<int:followup_pk>/close/",
        views.followup_close,
        name="followup_close",
    ),
]
