#!/usr/bin/env python3
"""Writes calc-vectors.json: expressions of MockLoop's estimate calculator with the value and
unit each must print, every value computed independently by pint.

Run: pip install pint && python3 Tests/estimate/make_vectors.py
The JSON is committed; the Swift tests read it, so `make test` never needs Python.

Each vector is (expression as MockLoop reads it, the same quantity in pint's syntax, the unit
MockLoop prints, that unit in pint's syntax). pint's month and year are redefined to MockLoop's
(30 and 365 days); counted nouns and US dollars are base dimensions of their own.
"""
import json
import os

import pint

ureg = pint.UnitRegistry()
for noun in ["req", "user", "msg", "link", "server", "write", "post", "event", "query", "host", "item"]:
    ureg.define(f"{noun} = [{noun}]")
ureg.define("USD = [currency]")
ureg.define("mo30 = 30 * day")
ureg.define("yr365 = 365 * day")
Q = ureg.parse_expression

# (MockLoop expression, pint expression, printed unit, pint unit of the printed unit)
VECTORS = [
    # counts, suffixes and scientific notation
    ("100M", "100e6", "", ""),
    ("5K + 3k", "5e3 + 3e3", "", ""),
    ("2B", "2e9", "", ""),
    ("7T / 2", "7e12 / 2", "", ""),
    ("1.5e3 * 2", "1500 * 2", "", ""),
    ("2.5E-3 * 4", "2.5e-3 * 4", "", ""),
    ("1_000_000 / 4", "1e6 / 4", "", ""),
    ("12345678", "12345678", "", ""),
    ("0.000123", "0.000123", "", ""),
    ("3 * 4 + 2", "3 * 4 + 2", "", ""),
    ("3 * (4 + 2)", "3 * (4 + 2)", "", ""),
    ("2^10", "2**10", "", ""),
    ("2^3^2", "2**9", "", ""),
    ("-2^2", "-(2**2)", "", ""),
    ("10 - -3", "13", "", ""),
    ("(1 + 2) * (3 - 1) / 4", "1.5", "", ""),
    ("80% * 1000", "0.8 * 1000", "", ""),
    ("1e16 * 3", "3e16", "", ""),
    # data, decimal and binary
    ("100M * 500 B", "100e6 * 500 * byte", "GB", "GB"),
    ("1 byte * 2000", "2000 * byte", "KB", "kB"),
    ("1 KB * 1500", "1500 * kB", "MB", "MB"),
    ("3 MB * 1000", "3000 * MB", "GB", "GB"),
    ("4 GB * 1000", "4000 * GB", "TB", "TB"),
    ("2 TB * 3 * 1000", "6000 * TB", "PB", "PB"),
    ("5 PB * 400", "2000 * PB", "EB", "EB"),
    ("1 kB * 10", "10 * kB", "KB", "kB"),
    ("1 GiB in MB", "1 * GiB", "MB", "MB"),
    ("1 KiB in B", "1 * KiB", "B", "byte"),
    ("1 MiB in KiB", "1 * MiB", "KiB", "KiB"),
    ("1 TiB in GB", "1 * TiB", "GB", "GB"),
    ("1 PiB in TiB", "1 * PiB", "TiB", "TiB"),
    ("1 EiB in PB", "1 * EiB", "PB", "PB"),
    ("1e9 B in GiB", "1e9 * byte", "GiB", "GiB"),
    ("8 bit in B", "8 * bit", "B", "byte"),
    ("1000 bits in B", "1000 * bit", "B", "byte"),
    ("1 Kbit in B", "1 * kbit", "B", "byte"),
    ("1 kbit in bit", "1 * kbit", "bit", "bit"),
    ("1 Mbit in KB", "1 * Mbit", "KB", "kB"),
    ("1 Gbit in MB", "1 * Gbit", "MB", "MB"),
    ("1 Tbit in GB", "1 * Tbit", "GB", "GB"),
    ("5 GB in Gbit", "5 * GB", "Gbit", "Gbit"),
    # time
    ("2.5e6 s", "2.5e6 * s", "days", "day"),
    ("1 month in s", "1 * mo30", "s", "s"),
    ("1 year in day", "1 * yr365", "day", "day"),
    ("1 week in h", "1 * week", "h", "hour"),
    ("1 day in min", "1 * day", "min", "minute"),
    ("90 min", "90 * minute", "min", "minute"),
    ("3 h + 30 min", "3 * hour + 30 * minute", "h", "hour"),
    ("250 ms + 250 ms", "500 * ms", "ms", "ms"),
    ("0.000012 s", "12e-6 * s", "µs", "us"),
    ("1500 us in ms", "1500 * us", "ms", "ms"),
    ("1500 µs in ms", "1500 * us", "ms", "ms"),
    ("20 ns * 3", "60 * ns", "ns", "ns"),
    ("45 s", "45 * s", "s", "s"),
    ("800 days", "800 * day", "years", "yr365"),
    ("1 yr + 2 years in months", "3 * yr365", "months", "mo30"),
    ("36 hours", "36 * hour", "h", "hour"),
    # the latency table
    ("L1 * 1000", "1000 * 0.5 * ns", "ns", "ns"),
    ("RAM * 1M", "1e6 * 100 * ns", "ms", "ms"),
    ("ssd_read * 1000", "1000 * 150 * us", "ms", "ms"),
    ("disk_seek * 100", "100 * 10 * ms", "s", "s"),
    ("dc_rtt in us", "0.5 * ms", "us", "us"),
    ("region_rtt / dc_rtt", "150 / 0.5", "", ""),
    # rates: per, /, bps
    ("100M req/day in /s", "100e6 * req / day", "req/s", "req/s"),
    ("100M req/day", "100e6 * req / day", "req/s", "req/s"),
    ("10B req per month", "10e9 * req / mo30", "req/s", "req/s"),
    ("1.5K/s", "1500 / s", "/s", "1/s"),
    ("12000000 req/s", "12e6 * req / s", "req/s", "req/s"),
    ("500 B x 4000/s", "500 * byte * 4000 / s", "MB/s", "MB/s"),
    ("5 GB / 10 ms", "5 * GB / (10 * ms)", "GB/s", "GB/s"),
    ("20M * 5 Mbps in Tbps", "20e6 * 5 * Mbit / s", "Tbps", "Tbit/s"),
    ("1 Gbps in MB/s", "1 * Gbit / s", "MB/s", "MB/s"),
    ("100 Mbps * 1 h in GB", "100 * Mbit / s * hour", "GB", "GB"),
    ("10 Kbps in bps", "10 * kbit / s", "bps", "bit/s"),
    ("1 TB/day in Mbps", "1 * TB / day", "Mbps", "Mbit/s"),
    ("2 MB/s in TB/year", "2 * MB / s", "TB/year", "TB/yr365"),
    ("3 kbps in bit/s", "3 * kbit / s", "bit/s", "bit/s"),
    ("1 Tbps in GB/s", "1 * Tbit / s", "GB/s", "GB/s"),
    # counted nouns
    ("10 users + 5 user", "15 * user", "users", "user"),
    ("3 queries/s * 1 day", "3 * query / s * day", "queries", "query"),
    ("100M links/month * 5 year * 500 B/link in TB", "100e6 * link / mo30 * 5 * yr365 * 500 * byte / link", "TB", "TB"),
    ("150K req/s / (2000 req/s/server * 60%)", "150e3 * req / s / (2000 * req / s / server * 0.6)", "server", "server"),
    ("1B writes/month in writes/s", "1e9 * write / mo30", "writes/s", "write/s"),
    ("300M users * 10 posts/user/day", "300e6 * user * 10 * post / user / day", "posts/s", "post/s"),
    ("20B msgs/day * 200 B/msg in TB/day", "20e9 * msg / day * 200 * byte / msg", "TB/day", "TB/day"),
    ("5 GB / 1K users in MB", "5 * GB / (1000 * user)", "MB/users", "MB/user"),
    ("2 hosts * 3 hosts", "6 * host**2", "hosts^2", "host**2"),
    ("100M items / 1 h in /s", "100e6 * item / hour", "items/s", "item/s"),
    ("20M events / 30 s in events/s", "20e6 * event / (30 * s)", "events/s", "event/s"),
    # money
    ("4000 * 0.38 USD/h", "4000 * 0.38 * USD / hour", "USD/month", "USD/mo30"),
    ("$0.38/h * 4000 * 720 h", "0.38 * USD / hour * 4000 * 720 * hour", "USD", "USD"),
    ("13 PB * 23 USD/TB/month", "13 * PB * 23 * USD / TB / mo30", "USD/month", "USD/mo30"),
    ("60 * 0.20 USD/h * 3 years", "60 * 0.2 * USD / hour * 3 * yr365", "USD", "USD"),
    ("2 TB * 0.10 USD/GB", "2 * TB * 0.1 * USD / GB", "USD", "USD"),
    ("0.023 dollars/GB in USD/TB", "0.023 * USD / GB", "USD/TB", "USD/TB"),
    ("2000/s * 40 USD in USD/min", "2000 / s * 40 * USD", "USD/min", "USD/minute"),
    ("1 USD/month in USD/year", "1 * USD / mo30", "USD/year", "USD/yr365"),
    # powers of units
    ("(2 KB)^2 / 4 KB", "(2 * kB)**2 / (4 * kB)", "KB", "kB"),
    ("3 s^2 / 1 s", "3 * s", "s", "s"),
    ("1 / (2 s)^-1", "2 * s", "s", "s"),
]


def value_in(pint_expression: str, unit: str) -> float:
    quantity = Q(pint_expression)
    if not unit:
        quantity = quantity if isinstance(quantity, (int, float)) else quantity.to("dimensionless")
        return float(quantity if isinstance(quantity, (int, float)) else quantity.magnitude)
    if isinstance(quantity, (int, float)):
        quantity = quantity * ureg.dimensionless
    return float(quantity.to(unit).magnitude)


def main() -> None:
    rows = []
    for expression, pint_expression, unit, pint_unit in VECTORS:
        value = value_in(pint_expression, pint_unit)
        rows.append({"expression": expression, "unit": unit, "value": float(f"{value:.12g}"), "pint": pint_expression})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calc-vectors.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"generator": "pint " + pint.__version__, "vectors": rows}, out, indent=1, ensure_ascii=False)
        out.write("\n")
    print(f"wrote {len(rows)} vectors to {path}")


if __name__ == "__main__":
    main()
