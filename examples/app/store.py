"""JSON persistence of the catalogue, the stock levels and the orders in one
file (its path comes from the shared settings)."""

import json
import logging
import os

from settings import settings
from models import Product, Order

log = logging.getLogger(__name__)


class Store:
    def __init__(self):
        self.products = {}
        self.stock = {}
        self.orders = []

    def add_product(self, product, stock):
        self.products[product.sku] = product
        self.stock[product.sku] = stock

    def check(self, lines):
        """Raise LookupError unless every (sku, quantity) line is in stock."""
        for sku, quantity in lines:
            have = self.stock.get(sku, 0)
            if quantity > have:
                raise LookupError(f"only {have} of {sku} in stock, {quantity} wanted")

    def take(self, sku, quantity):
        have = self.stock.get(sku, 0)
        if quantity > have:
            raise LookupError(f"only {have} of {sku} in stock, {quantity} wanted")
        self.stock[sku] = have - quantity
        if self.stock[sku] <= settings.low_stock:
            log.warning("stock of %s is low: %d left", sku, self.stock[sku])

    def to_dict(self):
        return {
            "products": [{"sku": p.sku, "name": p.name, "price": p.price,
                          "tags": list(p.tags)} for p in self.products.values()],
            "stock": self.stock,
            "orders": [o.to_dict() for o in self.orders],
        }

    def save(self):
        text = json.dumps(self.to_dict(), indent=2, sort_keys=True)
        with open(settings.store_path, "w") as f:
            f.write(text)
        log.info("saved %d products, %d orders (%d bytes)",
                 len(self.products), len(self.orders), len(text))

    @classmethod
    def load(cls):
        with open(settings.store_path) as f:
            data = json.load(f)
        store = cls()
        for p in data["products"]:
            store.add_product(Product(p["sku"], p["name"], p["price"], tuple(p["tags"])),
                              data["stock"][p["sku"]])
        store.orders = [Order.from_dict(o) for o in data["orders"]]
        log.info("loaded %d products, %d orders", len(store.products), len(store.orders))
        return store


def remove_file():
    if os.path.exists(settings.store_path):
        os.remove(settings.store_path)
        log.debug("removed the store file")
