"""Stable URLs of the portal (French, readable) and of the clerks' workspace."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import path, re_path
from django.views.static import serve

from registre.web.views import documents, history, portal, workspace

app_name = "registre"

A = "collectivites/<slug:authority>"

urlpatterns = [
    path("", portal.home, name="home"),
    path("recherche/", portal.search_view, name="search"),
    path(f"{A}/", portal.authority, name="authority"),
    path(f"{A}/<slug:assembly>/", portal.assembly, name="assembly"),
    path(f"{A}/<slug:assembly>/<str:date>/", portal.session, name="session"),
    path(f"{A}/<slug:assembly>/<str:date>/questions/<str:number>/", portal.item, name="item"),
    path(f"{A}/<slug:assembly>/<str:date>/questions/<str:number>/extrait.<str:fmt>", documents.extract,
         name="extract"),
    path(f"{A}/<slug:assembly>/<str:date>/<slug:what>.<str:fmt>", documents.session_document,
         name="session-document"),
    path("greffe/", workspace.index, name="workspace"),
    path("greffe/connexion/", auth_views.LoginView.as_view(template_name="registre/login.html"),
         name="login"),
    path("greffe/deconnexion/", auth_views.LogoutView.as_view(), name="logout"),
    path("greffe/seance/<int:pk>/", workspace.session, name="workspace-session"),
    path("greffe/seance/<int:pk>/pouvoirs/<int:proxy>/retirer/", workspace.withdraw_proxy,
         name="withdraw-proxy"),
    # issue 11: a session's history (two versions compared) and errata, before the catch-all below
    path("greffe/seance/<int:pk>/historique/", history.session_history, name="workspace-history"),
    path("greffe/seance/<int:pk>/erratum/", history.erratum, name="workspace-erratum"),
    path("greffe/elus/fusion/", history.merge_persons, name="workspace-merge"),
    path("greffe/seance/<int:pk>/<str:action>/", workspace.act, name="workspace-act"),
    # Static files served by the application itself: a few small files, no collectstatic step.
    re_path(r"^static/(?P<path>.*)$", serve, {"document_root": settings.BASE_DIR / "static"}),
]
