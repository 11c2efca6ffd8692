"""URLs of the OParl 1.1 server, under ``/oparl/``."""

from django.urls import path

from registre.web.oparl import views as v

app_name = "oparl"

B = "body/<slug:slug>"

urlpatterns = [
    path("", v.system, name="system"),
    path("bodies", v.bodies, name="bodies"),
    path(f"{B}", v.body, name="body"),
    path(f"{B}/organizations", v.body_organizations, name="body-organizations"),
    path(f"{B}/people", v.body_people, name="body-people"),
    path(f"{B}/memberships", v.body_memberships, name="body-memberships"),
    path(f"{B}/meetings", v.body_meetings, name="body-meetings"),
    path(f"{B}/agenda-items", v.body_agenda_items, name="body-agenda-items"),
    path(f"{B}/papers", v.body_papers, name="body-papers"),
    path(f"{B}/consultations", v.body_consultations, name="body-consultations"),
    path(f"{B}/files", v.body_files, name="body-files"),
    path(f"{B}/locations", v.body_locations, name="body-locations"),
    path(f"{B}/legislative-terms", v.body_legislative_terms, name="body-legislative-terms"),
    path(f"{B}/legislative-term/<int:year>", v.legislative_term, name="legislative-term"),
    path("organization/<int:pk>", v.organization, name="organization"),
    path("organization/<int:pk>/meetings", v.organization_meetings, name="organization-meetings"),
    path("membership/<int:assembly>/<int:person>", v.membership, name="membership"),
    path("person/<int:pk>", v.person, name="person"),
    path("meeting/<int:pk>", v.meeting, name="meeting"),
    path("location/<int:pk>", v.location, name="location"),
    path("agenda-item/<int:pk>", v.agenda_item, name="agenda-item"),
    path("paper/<int:pk>", v.paper, name="paper"),
    path("consultation/<int:pk>", v.consultation, name="consultation"),
    path("file/<int:pk>", v.file, name="file"),
]
