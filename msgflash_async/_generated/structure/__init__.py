# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""One straight-line structure function per model, `structure(data)` in the module named like the model's.

The converter imports a model's module on first use and falls back to its detailed cattrs path whenever a
function raises (see `msgflash_async/_structuring.py`).
"""
