import Foundation
import Testing

/// Figures of Decks/staff-scenarios.yaml recomputed from their inputs.
@Suite struct StaffScenariosFigures {
  /// Minutes in a 30-day month, the month every availability figure of this deck uses.
  static let minutesPerMonth: Double = 30.0 * 24 * 60
  /// Cart writes per second at a normal evening peak: 100M carts, ~10 writes each, 3x the average.
  static let cartEveningPeak: Double = 100e6 * 10 / (30 * 86_400) * 3
  /// Hours of page failure a month when all 14 dependencies are required at 99.9%.
  static let allRequiredHours: Double = (1 - pow(0.999, 14)) * 730
  /// Hours of page failure a month when only 3 critical dependencies at 99.95% can fail the page.
  static let criticalOnlyHours: Double = (1 - pow(0.9995, 3)) * 730

  static let table: [Figure] = [
    // latency-100k-rps
    Figure(
      question: "latency-100k-rps", label: "egress at 100K/s", computed: 100_000 * 2_000 / 1e6, stated: 200,
      text: "~2 KB responses: ~200 MB/s", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "egress in bits", computed: 200e6 * 8 / 1e9, stated: 1.6,
      text: "(~1.6 Gbit/s)", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "slowest path", computed: 2 + 5 + 2 + 15, stated: 24,
      text: "~24 ms on the slowest path", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "slack in the budget", computed: 50 - 24, stated: 25,
      text: "leaving ~25 ms for queuing", tolerance: 0.1),
    Figure(
      question: "latency-100k-rps", label: "instances at 100K/s", computed: 100_000 / 2_500, stated: 40,
      text: "40 instances for 100K/s", tolerance: 0),
    Figure(
      question: "latency-100k-rps", label: "instances at 150K/s with a zone lost",
      computed: 150_000 / 2_500 / (2.0 / 3), stated: 90, text: "= 90 instances, ~30 per zone", tolerance: 0.001),
    Figure(
      question: "latency-100k-rps", label: "instances per zone", computed: 150_000 / 2_500 / (2.0 / 3) / 3,
      stated: 30, text: "~30 per zone", tolerance: 0.001),
    Figure(
      question: "latency-100k-rps", label: "database reads after the cache", computed: 100_000 * 0.95 * 0.05,
      stated: 5_000, text: "~5K reads/s reach the database", tolerance: 0.1),
    Figure(
      question: "latency-100k-rps", label: "database writes", computed: 100_000 * 0.05, stated: 5_000,
      text: "beside ~5K writes/s", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "reads on a cold L2", computed: 100_000 * 0.95, stated: 95_000,
      text: "A cold L2 would send ~95K/s there", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "requests in flight (Little's law)", computed: 100_000 * 0.010,
      stated: 1_000, text: "100K/s x 10 ms mean = ~1,000 requests in flight", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "per-region load of three", computed: 100_000.0 / 3, stated: 33_000,
      text: "each carries ~33K/s", tolerance: 0.02),
    Figure(
      question: "latency-100k-rps", label: "per-region load after a region loss", computed: 100_000.0 / 2,
      stated: 50_000, text: "the two survivors must take ~50K/s each", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "spike load per instance of 40", computed: 150_000 / 40, stated: 3_750,
      text: "each need 3,750 req/s", tolerance: 0.001),
    Figure(
      question: "latency-100k-rps", label: "instances the spike needs", computed: 150_000 / 2_500, stated: 60,
      text: "so ~60 must already be up", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "extra instances for a zone loss", computed: 90 - 40, stated: 50,
      text: "so 50 extra", tolerance: 0),
    Figure(
      question: "latency-100k-rps", label: "monthly cost of the headroom", computed: 50 * 0.40 * 730,
      stated: 14_600, text: "~$14.6K a month", tolerance: 0.01),
    Figure(
      question: "latency-100k-rps", label: "minimum in-country cell", computed: 3 * 3, stated: 9,
      text: "3 zones x 3 instances = 9", tolerance: 0),

    // sla-aware-load-balancing
    Figure(
      question: "sla-aware-load-balancing", label: "instances per service", computed: 20_000.0 / 300, stated: 67,
      text: "(~67 instances per service on average)", tolerance: 0.01),
    Figure(
      question: "sla-aware-load-balancing", label: "internal calls per edge request",
      computed: 1_000_000.0 / 150_000, stated: 7, text: "(~7 internal calls per edge request)", tolerance: 0.06),
    Figure(
      question: "sla-aware-load-balancing", label: "tier 1 failure a month", computed: minutesPerMonth * 0.0001,
      stated: 4.3, text: "99.99% (~4.3 minutes of failure a month)", tolerance: 0.01),
    Figure(
      question: "sla-aware-load-balancing", label: "tier 2 failure a month", computed: minutesPerMonth * 0.0005,
      stated: 22, text: "99.95% (~22 minutes)", tolerance: 0.02),
    Figure(
      question: "sla-aware-load-balancing", label: "tier 3 failure a month", computed: minutesPerMonth * 0.001,
      stated: 43, text: "99.9% (~43 minutes a month), best effort latency", tolerance: 0.01),
    Figure(
      question: "sla-aware-load-balancing", label: "tier-1 pools, a third of the fleet", computed: 20_000.0 / 3,
      stated: 6_700, text: "~6,700 of 20,000 instances", tolerance: 0.01),
    Figure(
      question: "sla-aware-load-balancing", label: "idle reserve", computed: 20_000.0 / 3 * 0.3, stated: 2_000,
      text: "~2,000 instances idle most of the day", tolerance: 0.001),
    Figure(
      question: "sla-aware-load-balancing", label: "monthly cost of the reserve", computed: 2_000 * 150,
      stated: 300_000, text: "that is ~$300K a month", tolerance: 0.001),
    Figure(
      question: "sla-aware-load-balancing", label: "yearly cost of the reserve", computed: 2_000 * 150 * 12,
      stated: 3.6e6, text: "~$3.6M a year", tolerance: 0.001),
    Figure(
      question: "sla-aware-load-balancing", label: "sidecar CPU, low end", computed: 20_000 * 0.1, stated: 2_000,
      text: "2,000-4,000 vCPU over 20,000 instances", tolerance: 0.001),
    Figure(
      question: "sla-aware-load-balancing", label: "sidecar CPU, high end", computed: 20_000 * 0.2, stated: 4_000,
      text: "2,000-4,000 vCPU over 20,000 instances", tolerance: 0.001),

    // global-order-sharding
    Figure(
      question: "global-order-sharding", label: "average order rate", computed: 1e6 / 86_400, stated: 12,
      text: "about 12 orders/s on average", tolerance: 0.05),
    Figure(
      question: "global-order-sharding", label: "peak order rate", computed: 1e6 / 86_400 * 10, stated: 120,
      text: "Peaks around 10x average (~120/s)", tolerance: 0.05),
    Figure(
      question: "global-order-sharding", label: "planned capacity", computed: 1e6 / 86_400 * 100, stated: 1_200,
      text: "plan capacity for 10x that (~1,200/s)", tolerance: 0.05),
    Figure(
      question: "global-order-sharding", label: "storage a day", computed: 4e3 * 1e6 / 1e9, stated: 4,
      text: "~4 GB/day", tolerance: 0.001),
    Figure(
      question: "global-order-sharding", label: "storage a year", computed: 4e3 * 1e6 * 365 / 1e12, stated: 1.5,
      text: "~1.5 TB/year", tolerance: 0.05),
    Figure(
      question: "global-order-sharding", label: "storage over ten years", computed: 4e3 * 1e6 * 3_650 / 1e12,
      stated: 15, text: "~15 TB over 10 years", tolerance: 0.05),
    Figure(
      question: "global-order-sharding", label: "on disk with replicas and indexes",
      computed: 4e3 * 1e6 * 3_650 / 1e12 * 3 * (4.0 / 3), stated: 60,
      text: "(~60 TB on disk with 3 replicas and ~1/3 more for indexes)", tolerance: 0.05),
    Figure(
      question: "global-order-sharding", label: "years in 41 bits of milliseconds",
      computed: pow(2, 41) / 1_000 / 86_400 / 365.25, stated: 69, text: "41 bits of milliseconds (~69 years)",
      tolerance: 0.02),
    Figure(
      question: "global-order-sharding", label: "bits in the order id", computed: 41 + 3 + 10 + 9, stated: 63,
      text: "Order id (63 bits)", tolerance: 0),
    Figure(
      question: "global-order-sharding", label: "geographies in 3 region bits", computed: pow(2, 3), stated: 8,
      text: "3 region bits allow 8", tolerance: 0),
    Figure(
      question: "global-order-sharding", label: "logical shards in 10 bits", computed: pow(2, 10), stated: 1_024,
      text: "many logical shards (e.g. 1,024)", tolerance: 0),
    Figure(
      question: "global-order-sharding", label: "ids per millisecond in 9 bits", computed: pow(2, 9), stated: 512,
      text: "(512 ids per millisecond per shard)", tolerance: 0),
    Figure(
      question: "global-order-sharding", label: "logical shards per cluster", computed: 1_024 / 4, stated: 256,
      text: "(e.g. 4, so 256 each)", tolerance: 0),
    Figure(
      question: "global-order-sharding", label: "large nodes for three geographies", computed: 3 * 3, stated: 9,
      text: "one large primary plus two replicas per geography, 9 large nodes", tolerance: 0),
    Figure(
      question: "global-order-sharding", label: "monthly cost of large nodes", computed: 9 * 8_000, stated: 72_000,
      text: "9 x $8,000 = $72K a month", tolerance: 0),
    Figure(
      question: "global-order-sharding", label: "three-year cost", computed: 9 * 8_000 * 36, stated: 2.6e6,
      text: "~$2.6M over three years", tolerance: 0.01),
    Figure(
      question: "global-order-sharding", label: "nodes when sharded", computed: 4 * 3 * 3, stated: 36,
      text: "4 clusters of 3 nodes per geography = 36 smaller nodes", tolerance: 0),
    Figure(
      question: "global-order-sharding", label: "monthly cost when sharded", computed: 36 * 2_000, stated: 72_000,
      text: "at ~$2,000 = also $72K a month", tolerance: 0),

    // global-inventory-no-oversell
    Figure(
      question: "global-inventory-no-oversell", label: "average order rate", computed: 1e6 / 86_400, stated: 12,
      text: "1M orders/day (~12/s average", tolerance: 0.05),
    Figure(
      question: "global-inventory-no-oversell", label: "peak order rate", computed: 1e6 / 86_400 * 10,
      stated: 120, text: "~120/s peak)", tolerance: 0.05),
    Figure(
      question: "global-inventory-no-oversell", label: "upper bound of stock rows", computed: 50e6 * 20,
      stated: 1e9, text: "50M SKUs across 20 fulfilment centres (sparse, well under 1B stock rows)",
      tolerance: 0),
    Figure(
      question: "global-inventory-no-oversell", label: "open reservations (Little's law)", computed: 120 * 600,
      stated: 72_000, text: "~72K reservations are open at once", tolerance: 0),
    Figure(
      question: "global-inventory-no-oversell", label: "writes per stock bucket", computed: 5_000 / 10,
      stated: 500, text: "~500 writes/s per bucket", tolerance: 0),
    Figure(
      question: "global-inventory-no-oversell", label: "launch burst in three years", computed: 5_000 * 10,
      stated: 50_000, text: "~50K reservation attempts/s on one SKU, ten times today's burst", tolerance: 0),
    Figure(
      question: "global-inventory-no-oversell", label: "value of stranded stock", computed: 1_000 * 30,
      stated: 30_000, text: "$30K of sales delayed", tolerance: 0),

    // multi-region-financial-residency
    Figure(
      question: "multi-region-financial-residency", label: "downtime a year", computed: 365 * 1_440 * 0.0001,
      stated: 52.56, text: "52.56 minutes of downtime per year", tolerance: 0.001),
    Figure(
      question: "multi-region-financial-residency", label: "downtime a year, rounded",
      computed: 365 * 1_440 * 0.0001, stated: 52.6, text: "about 52.6 minutes of downtime a year",
      tolerance: 0.01),
    Figure(
      question: "multi-region-financial-residency", label: "downtime a month", computed: minutesPerMonth * 0.0001,
      stated: 4.3, text: "~4.3 minutes a month", tolerance: 0.01),
    Figure(
      question: "multi-region-financial-residency", label: "time to detect", computed: 30 * 3, stated: 90,
      text: "30 s checks x 3 failures to trip = ~90 s to detect", tolerance: 0),
    Figure(
      question: "multi-region-financial-residency", label: "minutes per failover", computed: (90.0 + 30) / 60,
      stated: 2, text: "= ~2 min per failover", tolerance: 0),
    Figure(
      question: "multi-region-financial-residency", label: "failovers a year fits",
      computed: 365 * 1_440 * 0.0001 / 2, stated: 26, text: "at most ~26 such failovers", tolerance: 0.02),
    Figure(
      question: "multi-region-financial-residency", label: "failovers a month fits",
      computed: minutesPerMonth * 0.0001 / 2, stated: 2, text: "roughly two failovers", tolerance: 0.1),
    Figure(
      question: "multi-region-financial-residency", label: "99.9% downtime a month",
      computed: minutesPerMonth * 0.001, stated: 43, text: "99.9% (~43 minutes a month) with cheaper recovery",
      tolerance: 0.01),

    // shopping-cart-cap
    Figure(
      question: "shopping-cart-cap", label: "cart size", computed: 10 * 200, stated: 2_000,
      text: "~2 KB each (~10 items x ~200 B)", tolerance: 0),
    Figure(
      question: "shopping-cart-cap", label: "cart storage", computed: 100e6 * 2e3 / 1e9, stated: 200,
      text: "~200 GB before replication", tolerance: 0),
    Figure(
      question: "shopping-cart-cap", label: "cart storage with replicas", computed: 100e6 * 2e3 * 3 / 1e9,
      stated: 600, text: "~600 GB with three replicas", tolerance: 0),
    Figure(
      question: "shopping-cart-cap", label: "cart writes a month", computed: 100e6 * 10, stated: 1e9,
      text: "~10 writes per cart: 1B writes a month", tolerance: 0),
    Figure(
      question: "shopping-cart-cap", label: "average cart writes", computed: 100e6 * 10 / (30 * 86_400),
      stated: 390, text: "~390 writes/s on average", tolerance: 0.02),
    Figure(
      question: "shopping-cart-cap", label: "evening peak", computed: cartEveningPeak, stated: 1_200,
      text: "~1,200/s at a normal evening peak (3x)", tolerance: 0.05),
    Figure(
      question: "shopping-cart-cap", label: "flash-sale writes", computed: cartEveningPeak * 17, stated: 20_000,
      text: "~17x the evening peak: ~20K cart writes/s", tolerance: 0.05),
    Figure(
      question: "shopping-cart-cap", label: "flash sale over the average", computed: 17 * 3, stated: 50,
      text: "(about 50x the average)", tolerance: 0.05),
    Figure(
      question: "shopping-cart-cap", label: "flash-sale reads", computed: cartEveningPeak * 17 * 3,
      stated: 60_000, text: "~3 reads per write: ~60K cart reads/s", tolerance: 0.05),
    Figure(
      question: "shopping-cart-cap", label: "sales at risk in five minutes", computed: 10e6 / 60 * 5,
      stated: 800_000, text: "~$800K of sales at risk", tolerance: 0.05),
    Figure(
      question: "shopping-cart-cap", label: "monthly write bill", computed: 1e9 / 1e6 * 1.25, stated: 1_250,
      text: "~$1.25 per million is ~$1,250", tolerance: 0),
    Figure(
      question: "shopping-cart-cap", label: "monthly read bill", computed: 3e9 / 1e6 * 0.25, stated: 750,
      text: "3B reads at ~$0.25 per million is ~$750", tolerance: 0),
    Figure(
      question: "shopping-cart-cap", label: "monthly storage bill", computed: 600 * 0.25, stated: 150,
      text: "~600 GB with three replicas at ~$0.25 per GB-month is ~$150", tolerance: 0),
    Figure(
      question: "shopping-cart-cap", label: "write bill with four regions", computed: 1e9 / 1e6 * 1.25 * 4,
      stated: 5_000, text: "~$5,000 a month for writes alone", tolerance: 0),

    // checkout-db-degradation
    Figure(
      question: "checkout-db-degradation", label: "checkouts a minute", computed: 2_000 * 60, stated: 120_000,
      text: "~2,000 checkout attempts/s at the sale's peak, ~120K per minute", tolerance: 0),
    Figure(
      question: "checkout-db-degradation", label: "sale over a normal peak", computed: 2_000.0 / 600, stated: 3,
      text: "so the sale runs at >3x normal", tolerance: 0.15),
    Figure(
      question: "checkout-db-degradation", label: "orders a minute in money", computed: 2_000 * 60 * 40,
      stated: 4.8e6, text: "~$4.8M of orders a minute", tolerance: 0),
    Figure(
      question: "checkout-db-degradation", label: "writes lost to a 40 s lag", computed: 40 * 2_000,
      stated: 80_000, text: "up to ~80K checkouts' writes (40 s x 2,000/s)", tolerance: 0),
    Figure(
      question: "checkout-db-degradation", label: "checkouts hurt with six cells", computed: 2_000.0 / 6,
      stated: 330, text: "~330 checkouts/s instead of all 2,000", tolerance: 0.02),
    Figure(
      question: "checkout-db-degradation", label: "orders at risk tonight", computed: 120_000 * 0.25 * 40 * 40,
      stated: 48e6, text: "~$48M of orders were at risk", tolerance: 0),
    Figure(
      question: "checkout-db-degradation", label: "engineer-years of redesign", computed: 3 * 6 * 0.5, stated: 9,
      text: "three teams of six for two quarters, ~9 engineer-years", tolerance: 0),
    Figure(
      question: "checkout-db-degradation", label: "cost of the redesign", computed: 9 * 250_000, stated: 2.25e6,
      text: "~$2.25M at an assumed $250K each", tolerance: 0),

    // cross-team-dependencies
    Figure(
      question: "cross-team-dependencies", label: "all 14 required", computed: pow(0.999, 14) * 100,
      stated: 98.6, text: "0.999^14 = ~98.6%", tolerance: 0.001),
    Figure(
      question: "cross-team-dependencies", label: "failure hours with all required", computed: allRequiredHours,
      stated: 10, text: "about 10 hours of failures a month", tolerance: 0.05),
    Figure(
      question: "cross-team-dependencies", label: "only 3 critical", computed: pow(0.9995, 3) * 100,
      stated: 99.85, text: "99.95% -> ~99.85%", tolerance: 0.0005),
    Figure(
      question: "cross-team-dependencies", label: "failure hours with 3 critical", computed: criticalOnlyHours,
      stated: 1.1, text: "~99.85% (~1.1 h/month)", tolerance: 0.05),
    Figure(
      question: "cross-team-dependencies", label: "hours saved by fallbacks",
      computed: allRequiredHours - criticalOnlyHours, stated: 9, text: "about 9 hours saved", tolerance: 0.05),
    Figure(
      question: "cross-team-dependencies", label: "dependency calls at peak", computed: 50_000 * 14,
      stated: 700_000, text: "~700K dependency calls/s if every page calls all 14", tolerance: 0),

    // growth-10m-to-100m-users
    Figure(
      question: "growth-10m-to-100m-users", label: "requests a day at 10M", computed: 10e6 * 0.2 * 100,
      stated: 200e6, text: "= 200M req/day", tolerance: 0),
    Figure(
      question: "growth-10m-to-100m-users", label: "average at 10M", computed: 10e6 * 0.2 * 100 / 86_400,
      stated: 2_300, text: "10M users = ~2.3K req/s average", tolerance: 0.01),
    Figure(
      question: "growth-10m-to-100m-users", label: "peak at 10M", computed: 10e6 * 0.2 * 100 / 86_400 * 3,
      stated: 7_000, text: "~7K peak; 100M", tolerance: 0.01),
    Figure(
      question: "growth-10m-to-100m-users", label: "average at 100M", computed: 100e6 * 0.2 * 100 / 86_400,
      stated: 23_000, text: "100M = ~23K average", tolerance: 0.01),
    Figure(
      question: "growth-10m-to-100m-users", label: "peak at 100M", computed: 100e6 * 0.2 * 100 / 86_400 * 3,
      stated: 70_000, text: "~70K peak", tolerance: 0.01),
    Figure(
      question: "growth-10m-to-100m-users", label: "yearly growth for 10x in 2.5 years", computed: pow(10, 1 / 2.5),
      stated: 2.5, text: "10x in 2.5 years (~2.5x a year)", tolerance: 0.01),
    Figure(
      question: "growth-10m-to-100m-users", label: "runway of a database at 60%",
      computed: log(1 / 0.6) / log(pow(10, 1 / 2.5)) * 12, stated: 7,
      text: "a database at 60% of its limit has about seven months", tolerance: 0.1),
    Figure(
      question: "growth-10m-to-100m-users", label: "cost per user today", computed: 1e6 / 10e6, stated: 0.10,
      text: "(~$0.10 per user)", tolerance: 0),
    Figure(
      question: "growth-10m-to-100m-users", label: "flat cost at 100M", computed: 1e6 / 10e6 * 100e6,
      stated: 10e6, text: "means ~$10M a month at 100M", tolerance: 0),
    Figure(
      question: "growth-10m-to-100m-users", label: "storage cheaper per user", computed: 20.0 / 10, stated: 2,
      text: "storage must get about twice as cheap per user", tolerance: 0),
  ]

  @Test func everyFigureMatchesItsArithmetic() throws { try Figure.check(Self.table, deck: "staff-scenarios.yaml") }
}
