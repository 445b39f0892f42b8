"""Domain objects: products, order lines and orders as dataclasses."""

import logging
from dataclasses import dataclass, field, asdict
from enum import Enum

from settings import settings

log = logging.getLogger(__name__)


class Status(Enum):
    OPEN = "open"
    PAID = "paid"
    SHIPPED = "shipped"


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: float
    tags: tuple = ()

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku}: {self.price}")


@dataclass
class Line:
    sku: str
    quantity: int
    unit_price: float

    @property
    def total(self):
        return round(self.quantity * self.unit_price, 2)


@dataclass
class Order:
    number: int
    customer: str
    lines: list = field(default_factory=list)
    status: Status = Status.OPEN

    def add(self, product, quantity):
        self.lines.append(Line(product.sku, quantity, product.price))
        log.debug("order %d: +%d x %s", self.number, quantity, product.sku)
        return self

    @property
    def subtotal(self):
        return round(sum(line.total for line in self.lines), 2)

    @property
    def total(self):
        return round(self.subtotal * (1 + settings.tax_rate), 2)

    def to_dict(self):
        d = asdict(self)
        d["status"] = self.status.value
        return d

    @classmethod
    def from_dict(cls, d):
        lines = [Line(**line) for line in d["lines"]]
        return cls(d["number"], d["customer"], lines, Status(d["status"]))
