"""Runnable examples: `uvicorn examples.fastapi_app:app`, `python examples/bulk_send.py`."""
