from .sub import sub_value, where
from . import PKG_CONST
from .. import shared_state
from ..no_all import public_value
summary = (sub_value, where(), PKG_CONST, shared_state.runs, public_value)
