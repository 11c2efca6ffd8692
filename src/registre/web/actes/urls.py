"""URLs of the life of acts: the clerk's pages under /greffe/, the public ones under each
authority (French, stable). Included before the portal's, whose
``collectivites/<authority>/<assembly>/`` would otherwise take « actes » for an assembly."""

from django.urls import path

from registre.web.actes import views

app_name = "actes"

A = "collectivites/<slug:authority>/actes"

urlpatterns = [
    path("greffe/echeances/", views.dashboard, name="dashboard"),
    path("greffe/seance/<int:pk>/actes/", views.session, name="session"),
    path("greffe/seance/<int:pk>/actes/<slug:kind>.pdf", views.session_file, name="session-file"),
    path("greffe/seance/<int:pk>/actes/archive-seda.zip", views.session_file, {"kind": "archive-seda"},
         name="seda"),
    path("greffe/seance/<int:pk>/actes/<slug:action>/", views.act, name="action"),
    path(f"{A}/", views.authority_acts, name="authority"),
    path(f"{A}/echeances.ics", views.calendar, name="calendar"),
    path(f"{A}/tables-<int:year>.pdf", views.tables, name="tables"),
    path(f"{A}/<str:number>/", views.public_act, name="act"),
    path(f"{A}/<str:number>/acte.pdf", views.public_act_pdf, name="act-pdf"),
]
