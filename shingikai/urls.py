from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from shingikai.accounts import admin_guard
from shingikai.accounts.views import LoginView
from shingikai.front import views as front_views

admin_guard.protect(admin.site)

urlpatterns = [
    path("", front_views.dashboard, name="home"),
    path("login/", LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("shingikai.front.urls")),
    path("accounts/", include("shingikai.accounts.urls")),
    path("consultations/", include("shingikai.consultations.urls")),
    path("meetings/", include("shingikai.meetings.urls")),
    path("minutes/", include("shingikai.minutes.urls")),
    path("search/", include("shingikai.search.urls")),
    path("checklist/", include("shingikai.checklist.urls")),
    path("documents/", include("shingikai.documents.urls")),
    path("public/", include("shingikai.publication.urls")),
    path("registers/", include("shingikai.registers.urls")),
    path("cctv/", include("shingikai.cctv.urls")),
    path("pia/", include("shingikai.pia.urls")),
    path("members/", include("shingikai.members.urls")),
    path("audit/", include("shingikai.audit.urls")),
    path("admin/", admin.site.urls),
]

# The 400/403/404 pages are templates/400.html … rendered by Django's own views with the
# request (so with the navigation); the 500 page needs a view of its own for that.
handler500 = "shingikai.front.error_views.server_error"
