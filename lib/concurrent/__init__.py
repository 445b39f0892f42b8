"""concurrent - the package of concurrent.futures (Glass)."""
