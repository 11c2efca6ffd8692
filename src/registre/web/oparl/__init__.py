"""The OParl 1.1 server of the register (issue 17): ``/oparl/``."""
