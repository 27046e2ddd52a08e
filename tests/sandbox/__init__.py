"""Tests of the MsgFlash sandbox, driven with plain aiohttp."""
