"""Text reports over a Store: order summaries, revenue by tag, stock table."""

import logging
from collections import Counter, defaultdict

from settings import settings

log = logging.getLogger(__name__)


def money(amount):
    return f"{amount:>9.2f} {settings.currency}"


def orders_report(store):
    out = ["Orders"]
    for order in sorted(store.orders, key=lambda o: (-o.total, o.number)):
        out.append(f"  #{order.number:<3} {order.customer:<8} {order.status.value:<8}"
                   f" {len(order.lines)} lines {money(order.total)}")
    log.debug("orders report: %d rows", len(store.orders))
    return "\n".join(out)


def tag_report(store):
    revenue = defaultdict(float)
    units = Counter()
    for order in store.orders:
        for line in order.lines:
            for tag in store.products[line.sku].tags or ("untagged",):
                revenue[tag] += line.total
                units[tag] += line.quantity
    out = ["Revenue by tag"]
    for tag, amount in sorted(revenue.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"  {tag:<10} {units[tag]:>4} units {money(amount)}")
    top = units.most_common(1)[0]
    out.append(f"  most units: {top[0]} ({top[1]})")
    return "\n".join(out)


def stock_report(store):
    out = ["Stock"]
    for sku in sorted(store.stock):
        mark = " (low)" if store.stock[sku] <= settings.low_stock else ""
        out.append(f"  {sku:<6} {store.products[sku].name:<14} {store.stock[sku]:>4}{mark}")
    return "\n".join(out)
