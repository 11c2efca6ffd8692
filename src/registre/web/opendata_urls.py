"""URLs of open data, feeds and alerts (issue 17), before the portal's own patterns."""

from django.urls import path

from registre.web import feeds
from registre.web.views import members, opendata

app_name = "opendata"

A = "collectivites/<slug:authority>"

urlpatterns = [
    path(f"{A}/donnees/", opendata.index, name="index"),
    path(f"{A}/donnees/<slug:name>.csv", opendata.download, name="download"),
    path(f"{A}/flux.rss", feeds.AuthorityFeed(), name="feed-authority"),
    path(f"{A}/flux.atom", feeds.AuthorityAtomFeed(), name="feed-authority-atom"),
    path(f"{A}/seances.ics", feeds.sittings_ics, name="sittings-ics"),
    path(f"{A}/elus/", members.members, name="members"),
    path(f"{A}/elus/<slug:key>/", members.member, name="member"),
    path(f"{A}/<slug:assembly>/flux.rss", feeds.AssemblyFeed(), name="feed-assembly"),
    path(f"{A}/<slug:assembly>/flux.atom", feeds.AssemblyAtomFeed(), name="feed-assembly-atom"),
    path("recherche/flux.rss", feeds.SearchFeed(), name="feed-search"),
    path("greffe/collectivite/<slug:authority>/identifiants/", opendata.identifiers, name="identifiers"),
]
