"""WSGI entry point: ``registre.web.wsgi:application``."""

import os

from django.core.wsgi import get_wsgi_application

from registre.web.pagecache import wrap

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "registre.web.settings")
# Anonymous pages are served from an in-process cache until the next write (pagecache.py).
application = wrap(get_wsgi_application())
