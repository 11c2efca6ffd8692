"""The REST API of the register, ``/api/v1/`` (issue 17): public reading, clerks' writing."""
