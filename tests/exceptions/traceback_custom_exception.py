class EmptyError(Exception):
    pass

class ValidationError(Exception):
    def __init__(self, field):
        super().__init__(f"invalid field {field!r}")
        self.field = field

try:
    raise EmptyError()
except EmptyError as e:
    print("caught", repr(e))

def validate(record):
    for k, v in record.items():
        if v is None:
            raise ValidationError(k)

validate({"name": "x", "age": None})
