__all__ = ["exported", "_private_but_listed"]
exported = "exported"
not_exported = "not in __all__"
_private_but_listed = "underscore but listed"
