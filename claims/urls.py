from django.urls import path

from claims import views

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("articles/<int:article_pk>/claims/<int:pk>/", views.claim_detail, name="claim_detail"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker_detail"),
]
