# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The closed set of documented `BulkJobOperation` values."""

from typing import Literal, TypeAlias

BulkJobOperation: TypeAlias = Literal["add_to_group", "bulk_delete_contacts", "remove_from_group"]
