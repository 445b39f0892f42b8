"""Example application: a tiny shop back office.

Imports its own modules (settings singleton, dataclass models, JSON store,
reports), configures logging once, and prints reports.  Runs identically
under CPython 3.11 and Glass (tests/cli/example_app.sh)."""

import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger(__name__)

import settings as settings_module
from settings import settings
from models import Product, Order, Status
import store as store_module
from store import Store
import report


def build_store():
    store = Store()
    catalogue = [
        Product("A100", "kettle", 24.5, ("kitchen",)),
        Product("A200", "toaster", 31.0, ("kitchen", "sale")),
        Product("B100", "desk lamp", 18.75, ("office",)),
        Product("B200", "notebook", 3.2, ("office", "sale")),
        Product("C100", "gift card", 25.0),
    ]
    for i, product in enumerate(catalogue):
        store.add_product(product, 10 + 4 * i)
    return store


def place_orders(store):
    wanted = [
        ("ada", [("A100", 2), ("B200", 10)]),
        ("bob", [("A200", 1), ("C100", 3)]),
        ("cy", [("B100", 6), ("A100", 7)]),
        ("dee", [("B200", 9), ("A100", 5)]),
        ("eve", [("C100", 2), ("B100", 4), ("A200", 2)]),
    ]
    for number, (customer, lines) in enumerate(wanted, start=1):
        order = Order(number, customer)
        try:
            store.check(lines)
        except LookupError as e:
            log.error("order %d rejected: %s", number, e)
            continue
        for sku, quantity in lines:
            store.take(sku, quantity)
            order.add(store.products[sku], quantity)
        if number % 2:
            order.status = Status.PAID
        store.orders.append(order)


def main():
    log.info("starting; configured before: %s", settings.configured)
    settings.configure(currency="USD", low_stock=6)
    print(settings_module.settings is settings, store_module.settings is settings)
    print(settings)
    try:
        Product("X", "broken", -1.0)
    except ValueError as e:
        log.warning("refused product: %s", e)
    store = build_store()
    place_orders(store)
    store.save()
    loaded = Store.load()
    same = loaded.to_dict() == store.to_dict()
    log.info("round trip equal: %s", same)
    print(loaded.orders[0])
    print(report.orders_report(loaded))
    print(report.tag_report(loaded))
    print(report.stock_report(loaded))
    store_module.remove_file()
    try:
        Store.load()
    except FileNotFoundError as e:
        log.info("after cleanup: %s", type(e).__name__)
    logging.getLogger("store").setLevel(logging.WARNING)
    store_module.remove_file()
    log.info("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
