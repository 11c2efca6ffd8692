"""Registre: the register of deliberations of French local authorities and the subsidies they grant."""

__version__ = "0.1.0"
