# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Intentionally empty: all I/O lives in the hand-written `msgflash_async._transport`."""
