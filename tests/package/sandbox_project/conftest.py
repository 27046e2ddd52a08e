# The documented opt-in: the msgflash_sandbox fixture (pip install "msgflash-async[testing]").
pytest_plugins = ["msgflash_async.testing.pytest_plugin"]
