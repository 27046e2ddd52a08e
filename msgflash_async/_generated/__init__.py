# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Code generated from the MsgFlash OpenAPI spec: models, sans-I/O endpoint modules, resource classes."""
