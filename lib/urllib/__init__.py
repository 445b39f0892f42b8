"""urllib - URL handling. Glass provides only the urllib.parse submodule."""
