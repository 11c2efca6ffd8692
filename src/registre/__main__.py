import sys

from registre.cli.main import main

sys.exit(main())
