from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims.api.app import api

admin.site.site_header = "factcheck administration"
admin.site.site_title = "factcheck admin"

handler400 = "claims.views.permissions.bad_request"

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", include("claims.urls_reports")),
    path("", include("claims.urls")),
]
