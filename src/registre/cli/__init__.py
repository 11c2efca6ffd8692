"""The ``registre`` command: thin, every subcommand calls the library."""
