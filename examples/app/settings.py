"""Application settings: one Settings object per process, shared by every
module that imports this one (the module body runs once, so `settings` is a
singleton)."""

import logging

log = logging.getLogger(__name__)


class Settings:
    """Configuration values with defaults; configure() overrides them."""

    def __init__(self):
        self.store_path = "/tmp/glass_example_app_store.json"
        self.currency = "EUR"
        self.tax_rate = 0.20
        self.low_stock = 5
        self.configured = False

    def configure(self, **overrides):
        for key, value in sorted(overrides.items()):
            if not hasattr(self, key):
                raise KeyError(f"unknown setting {key!r}")
            log.debug("setting %s = %r", key, value)
            setattr(self, key, value)
        self.configured = True
        return self

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Settings({fields})"


settings = Settings()
log.debug("settings module initialised")
