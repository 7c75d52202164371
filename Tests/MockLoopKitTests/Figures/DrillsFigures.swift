import Foundation
import Testing

/// Figures of Decks/drills.yaml recomputed from their inputs.
///
/// Each row names the drill, the figure, the arithmetic from the inputs the drill gives, the number as the deck
/// states it and the phrase around it in the deck. Exact figures use a tolerance of 0.001; figures the deck
/// rounds ("~", "about") use the rounding they were written with.
@Suite struct DrillsFigures {
  static let table: [Figure] = [
    Figure(
      question: "drill-overloaded-primary-db", label: "connections from the fleet", computed: 400 * 12, stated: 4_800,
      text: "400 times 12 is 4,800 connections", tolerance: 0.001),
    Figure(
      question: "drill-overloaded-primary-db", label: "room left under the limit", computed: 5_000 - 400 * 12,
      stated: 200, text: "only 200 under the 5,000 limit", tolerance: 0.001),
    Figure(
      question: "drill-overloaded-primary-db", label: "CPU after halving the top statements",
      computed: 85 * (1 - 0.6 * 0.5), stated: 60, text: "85% drops to ~60%", tolerance: 0.05),
    Figure(
      question: "drill-raft-internals", label: "majority of five", computed: floor(5 / 2) + 1, stated: 3,
      text: "A majority (3 of 5)", tolerance: 0.001),
    Figure(
      question: "drill-raft-internals", label: "failures five nodes survive", computed: floor((5 - 1) / 2), stated: 2,
      text: "5 tolerates 2", tolerance: 0.001),
    Figure(
      question: "drill-raft-internals", label: "failures four nodes survive", computed: floor((4 - 1) / 2), stated: 1,
      text: "4 tolerates only 1 (majority is 3)", tolerance: 0.001),
    Figure(
      question: "drill-raft-internals", label: "failures six nodes survive", computed: floor((6 - 1) / 2), stated: 2,
      text: "6 still tolerates 2", tolerance: 0.001),
    Figure(
      question: "drill-byzantine-consortium", label: "Byzantine faults four nodes survive",
      computed: floor((4 - 1) / 3), stated: 1, text: "Four airlines -> f = 1", tolerance: 0.001),
    Figure(
      question: "drill-byzantine-consortium", label: "nodes to survive two liars", computed: 3 * 2 + 1, stated: 7,
      text: "Tolerating two misbehaving airlines would take seven nodes", tolerance: 0.001),
    Figure(
      question: "drill-byzantine-consortium", label: "three rounds at 50 ms", computed: 3 * 50, stated: 150,
      text: "roughly 150-300 ms per booking change", tolerance: 0.001),
    Figure(
      question: "drill-byzantine-consortium", label: "three rounds at 100 ms", computed: 3 * 100, stated: 300,
      text: "roughly 150-300 ms per booking change", tolerance: 0.001),
    Figure(
      question: "drill-consistent-hashing", label: "keys moved by mod N, 10 to 11", computed: 100 * 10 / 11, stated: 91,
      text: "~10/11 = ~91% of keys move", tolerance: 0.01),
    Figure(
      question: "drill-consistent-hashing", label: "keys moved on the ring", computed: 100 / 11, stated: 9,
      text: "~1/11 = ~9% of keys", tolerance: 0.02),
    Figure(
      question: "drill-consistent-hashing", label: "imbalance with 100 points per node", computed: 100 / sqrt(100),
      stated: 10, text: "At 100 points that is about 10%", tolerance: 0.001),
    Figure(
      question: "drill-online-resharding", label: "writes per source shard", computed: 40_000 / 8, stated: 5_000,
      text: "40K writes/s over 8 shards = 5K/s per source", tolerance: 0.001),
    Figure(
      question: "drill-cache-stampede-hot-keys", label: "reads on the hot key", computed: 200_000 * 0.4, stated: 80_000,
      text: "200K x 40% = 80K reads/s", tolerance: 0.001),
    Figure(
      question: "drill-cache-stampede-hot-keys", label: "hot shard egress, MB/s", computed: 80_000 * 10e3 / 1e6,
      stated: 800, text: "with a 10 KB value that is 800 MB/s", tolerance: 0.001),
    Figure(
      question: "drill-cache-stampede-hot-keys", label: "hot shard egress, Gb/s", computed: 800 * 8 / 1_000,
      stated: 6.4, text: "about 6.4 Gb/s", tolerance: 0.001),
    Figure(
      question: "drill-cache-write-policies", label: "updates lost in one flush interval", computed: 500_000 * 10,
      stated: 5_000_000, text: "a 10 s interval is up to 5M updates", tolerance: 0.001),
    Figure(
      question: "drill-sync-vs-async-checkout", label: "availability of five calls in a row",
      computed: 100 * pow(0.999, 5), stated: 99.5, text: "0.999^5 = ~99.5%", tolerance: 0.001),
    Figure(
      question: "drill-sync-vs-async-checkout", label: "hours of failed orders a month",
      computed: (1 - pow(0.999, 5)) * 30 * 24, stated: 3.6, text: "~3.6 h a month of failed orders", tolerance: 0.02),
    Figure(
      question: "drill-sync-vs-async-checkout", label: "sequential p99", computed: 5 * 50, stated: 250,
      text: "5 x 50 = 250 ms", tolerance: 0.001),
    Figure(
      question: "drill-sync-vs-async-checkout", label: "availability of two calls", computed: 100 * pow(0.999, 2),
      stated: 99.8, text: "0.999^2 = ~99.8%", tolerance: 0.001),
    Figure(
      question: "drill-retries-circuit-breakers", label: "calls reaching C, two retrying layers",
      computed: pow(1 + 3, 2), stated: 16, text: "16 calls to C per user request", tolerance: 0.001),
    Figure(
      question: "drill-retries-circuit-breakers", label: "calls with three retrying layers", computed: pow(1 + 3, 3),
      stated: 64, text: "4^3 = 64", tolerance: 0.001),
    Figure(
      question: "drill-slo-burn-rate-alerting", label: "error budget in minutes", computed: 30 * 24 * 60 * 0.001,
      stated: 43.2, text: "0.1% of 30 days = 43.2 minutes", tolerance: 0.001),
    Figure(
      question: "drill-slo-burn-rate-alerting", label: "requests in 30 days", computed: 2_000 * 30 * 86_400,
      stated: 5_180_000_000, text: "~5.18 billion in 30 days", tolerance: 0.005),
    Figure(
      question: "drill-slo-burn-rate-alerting", label: "failed requests allowed", computed: 2_000 * 30 * 86_400 * 0.001,
      stated: 5_200_000, text: "~5.2 million failed requests", tolerance: 0.01),
    Figure(
      question: "drill-slo-burn-rate-alerting", label: "hours to spend it at 10% errors", computed: 43.2 / 0.1 / 60,
      stated: 7.2, text: "10% errors use it all in 7.2 hours", tolerance: 0.001),
    Figure(
      question: "drill-slo-burn-rate-alerting", label: "budget share of a 14.4x hour",
      computed: 100 * 14.4 * 1 / (30 * 24), stated: 2, text: "2% of the budget in one hour", tolerance: 0.001),
    Figure(
      question: "drill-slo-burn-rate-alerting", label: "budget share of six 6x hours",
      computed: 100 * 6 * 6 / (30 * 24), stated: 5, text: "5% of the budget in six hours", tolerance: 0.001),
    Figure(
      question: "drill-slo-burn-rate-alerting", label: "burn rate of a full outage", computed: 1 / 0.001, stated: 1_000,
      text: "burn ~1,000", tolerance: 0.001),
    Figure(
      question: "drill-slo-burn-rate-alerting", label: "minutes for a full outage to trip the fast page",
      computed: 60 * 14.4 / 1_000, stated: 1, text: "trips the fast page in about a minute", tolerance: 0.2),
    Figure(
      question: "drill-envelope-encryption-kms", label: "data keys for 2 PB", computed: 2e15 / 10e6,
      stated: 200_000_000, text: "2 PB at ~10 MB per object = ~200M DEKs", tolerance: 0.001),
    Figure(
      question: "drill-envelope-encryption-kms", label: "seconds to rewrap", computed: 2e8 / 2_000, stated: 100_000,
      text: "= ~100,000 s", tolerance: 0.001),
    Figure(
      question: "drill-envelope-encryption-kms", label: "hours to rewrap", computed: 2e8 / 2_000 / 3_600, stated: 28,
      text: "~28 hours", tolerance: 0.02),
    Figure(
      question: "drill-tail-latency-fanout", label: "pages with no slow shard", computed: pow(0.99, 40), stated: 0.67,
      text: "0.99^40 = ~0.67", tolerance: 0.01),
    Figure(
      question: "drill-tail-latency-fanout", label: "pages that wait on a slow shard",
      computed: 100 * (1 - pow(0.99, 40)), stated: 33, text: "so ~33% of pages take >= 100 ms", tolerance: 0.01),
    Figure(
      question: "drill-tail-latency-fanout", label: "median page against shard p98", computed: pow(0.98, 40),
      stated: 0.45, text: "0.98^40 = ~0.45", tolerance: 0.01),
    Figure(
      question: "drill-tracing-sampling", label: "span bytes per second, GB", computed: 300_000 * 20 * 500 / 1e9,
      stated: 3, text: "~500 B = ~3 GB/s", tolerance: 0.001),
    Figure(
      question: "drill-tracing-sampling", label: "span bytes per day, TB", computed: 300_000 * 20 * 500 * 86_400 / 1e12,
      stated: 260, text: "~260 TB/day", tolerance: 0.01),
    Figure(
      question: "drill-tracing-sampling", label: "half-percent baseline per day, TB",
      computed: 0.005 * 300_000 * 20 * 500 * 86_400 / 1e12, stated: 1.3, text: "~0.5% baseline is ~1.3 TB/day",
      tolerance: 0.01),
    Figure(
      question: "drill-cell-based-architecture", label: "cells for 5,000 customers", computed: 5_000 / 500, stated: 10,
      text: "5,000 / 500 = 10 cells", tolerance: 0.001),
    Figure(
      question: "drill-cell-based-architecture", label: "share hit with 20 cells", computed: 100 / 20, stated: 5,
      text: "reaches about 5-10% of customers", tolerance: 0.001),
    Figure(
      question: "drill-cell-based-architecture", label: "share hit with 10 cells", computed: 100 / 10, stated: 10,
      text: "reaches about 5-10% of customers", tolerance: 0.001),
    Figure(
      question: "drill-distributed-rate-limiting", label: "unshared limiters", computed: 50 * 1_000 / 1_000, stated: 50,
      text: "get fifty times its quota", tolerance: 0.001),
    Figure(
      question: "drill-distributed-rate-limiting", label: "token refill per second", computed: 1_000 / 60, stated: 16.7,
      text: "refill 1,000/60 = ~16.7 tokens/s", tolerance: 0.005),
    Figure(
      question: "drill-distributed-rate-limiting", label: "worst unspent chunks", computed: 10 * 50, stated: 500,
      text: "10 x 50 = 500, half of a 1,000 quota", tolerance: 0.001),
    Figure(
      question: "drill-distributed-rate-limiting", label: "error allowed", computed: 1_000 * 0.1, stated: 100,
      text: "100 requests of a 1,000 limit", tolerance: 0.001),
    Figure(
      question: "drill-distributed-rate-limiting", label: "local share per gateway", computed: 1_000 / 50, stated: 20,
      text: "1,000 / 50 = 20 requests a minute per gateway", tolerance: 0.001),
    Figure(
      question: "drill-capacity-plan-load-test", label: "sale peak", computed: 20_000 * 5, stated: 100_000,
      text: "20K x 5 = 100K req/s", tolerance: 0.001),
    Figure(
      question: "drill-capacity-plan-load-test", label: "peak with forecast error", computed: 20_000 * 5 * 1.2,
      stated: 120_000, text: "plan for 120K", tolerance: 0.001),
    Figure(
      question: "drill-capacity-plan-load-test", label: "instances at 1,000 req/s each", computed: 120_000 / 1_000,
      stated: 120, text: "-> 120 instances", tolerance: 0.001),
    Figure(
      question: "drill-capacity-plan-load-test", label: "instances surviving a zone loss", computed: 120 * 3 / 2,
      stated: 180, text: "120 x 3/2 = 180 instances", tolerance: 0.001),
    Figure(
      question: "drill-sql-vs-nosql-choice", label: "view-event bytes per second, MB", computed: 200_000 * 200 / 1e6,
      stated: 40, text: "200K/s x ~200 B = ~40 MB/s", tolerance: 0.001),
    Figure(
      question: "drill-sql-vs-nosql-choice", label: "view-event bytes per day, TB",
      computed: 200_000 * 200 * 86_400 / 1e12, stated: 3.5, text: "~3.5 TB/day", tolerance: 0.02),
    Figure(
      question: "drill-security-monitoring-sdlc", label: "log events per second", computed: 2e9 / 86_400,
      stated: 23_000, text: "~23,000 a second", tolerance: 0.01),
    Figure(
      question: "drill-security-monitoring-sdlc", label: "log bytes per day, TB", computed: 2e9 * 1e3 / 1e12, stated: 2,
      text: "~23,000 a second and ~2 TB a day", tolerance: 0.001),
    Figure(
      question: "drill-security-monitoring-sdlc", label: "slice sent to the SIEM, GB a day",
      computed: 0.05 * 2e9 * 1e3 / 1e9, stated: 100, text: "about 5% or ~100 GB a day", tolerance: 0.001),
    Figure(
      question: "drill-rest-api-design", label: "pages to walk the largest merchant", computed: 50e6 / 100,
      stated: 500_000, text: "100 a page is 500,000 requests", tolerance: 0.001),
    Figure(
      question: "drill-rest-api-design", label: "hours to walk it at the rate limit", computed: 50e6 / 100 / 10 / 3_600,
      stated: 14, text: "~14 hours at 10 a second", tolerance: 0.02),
    Figure(
      question: "drill-web-security-xss-csrf", label: "one year of HSTS in seconds", computed: 365 * 86_400,
      stated: 31_536_000, text: "max-age=31536000; includeSubDomains (one year)", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "baseline instance-hours a year", computed: 60 * 8_760, stated: 525_600,
      text: "60 x 8,760 = 525,600 instance-hours", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "evening instance-hours a year", computed: 40 * 4 * 365, stated: 58_400,
      text: "40 x 4 x 365 = 58,400", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "compute a year, all on demand",
      computed: (60 * 8_760 + 40 * 4 * 365) * 0.40, stated: 233_600, text: "584,000 x $0.40 = $233,600 a year",
      tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "compute for three years, all on demand", computed: 3 * 233_600,
      stated: 700_800, text: "$700,800 over three years", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "committed baseline a year", computed: 60 * 8_760 * 0.20,
      stated: 105_120, text: "$105,120 a year", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "evening peak on demand a year", computed: 40 * 4 * 365 * 0.40,
      stated: 23_360, text: "peak on demand: $23,360", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "compute a year with the commitment", computed: 105_120 + 23_360,
      stated: 128_480, text: "$128,480 a year", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "compute for three years with the commitment", computed: 3 * 128_480,
      stated: 385_000, text: "~$385K over three years", tolerance: 0.01),
    Figure(
      question: "drill-three-year-tco", label: "three-year saving", computed: 3 * (233_600 - 128_480), stated: 315_000,
      text: "a saving of ~$315K (45%)", tolerance: 0.01),
    Figure(
      question: "drill-three-year-tco", label: "three-year saving, percent",
      computed: 100 * (233_600 - 128_480) / 233_600, stated: 45, text: "a saving of ~$315K (45%)", tolerance: 0.01),
    Figure(
      question: "drill-three-year-tco", label: "storage TB-months over 36 months",
      computed: 36 * 200 + 5 * (35 * 36 / 2), stated: 10_350, text: "10,350 TB-months", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "storage for three years", computed: 10_350 * 23, stated: 238_000,
      text: "10,350 TB-months, ~$238K", tolerance: 0.01),
    Figure(
      question: "drill-three-year-tco", label: "stored at the end", computed: 200 + 5 * 35, stated: 375,
      text: "ends at 375 TB", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "transfer a month", computed: 50 * 80, stated: 4_000,
      text: "50 TB x $80 = $4,000 a month", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "transfer for three years", computed: 50 * 80 * 36, stated: 144_000,
      text: "$144,000 over three years", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "people for three years", computed: 200_000 * 3, stated: 600_000,
      text: "$600,000 over three years", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "total with the commitment",
      computed: 385_440 + 238_050 + 144_000 + 600_000, stated: 1_370_000, text: "~$1.37M with the commitment",
      tolerance: 0.01),
    Figure(
      question: "drill-three-year-tco", label: "total all on demand", computed: 700_800 + 238_050 + 144_000 + 600_000,
      stated: 1_680_000, text: "~$1.68M all on demand", tolerance: 0.01),
    Figure(
      question: "drill-three-year-tco", label: "managed database for three years", computed: 8_000 * 36,
      stated: 288_000, text: "$8,000 x 36 = $288,000", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "half an engineer for three years", computed: 0.5 * 200_000 * 3,
      stated: 300_000, text: "half an engineer for three years, $300,000", tolerance: 0.001),
    Figure(
      question: "drill-three-year-tco", label: "evening peak on spot a year", computed: 23_360 * (1 - 0.7),
      stated: 7_000, text: "about $7,000", tolerance: 0.01),
    Figure(
      question: "drill-three-year-tco", label: "share of the day the evening fleet runs", computed: 4 / 24,
      stated: 1.0 / 6, text: "runs a sixth of the day", tolerance: 0.001),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "busy database vCPU today", computed: 16 * 0.7,
      stated: 11.2, text: "16 x 0.7 = 11.2 vCPU", tolerance: 0.001),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "busy vCPU at three times", computed: 3 * 16 * 0.7,
      stated: 33.6, text: "tripled, 33.6", tolerance: 0.001),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "vCPU at a 60% target", computed: 3 * 16 * 0.7 / 0.6,
      stated: 56, text: "56 vCPU, so a 64-vCPU instance", tolerance: 0.001),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "API instances at three times", computed: 8 * 3,
      stated: 24, text: "~24 instances of the same size", tolerance: 0.001),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "batch hours at three times the data", computed: 5 * 3,
      stated: 15, text: "at today's speed is 15 hours", tolerance: 0.001),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "batch hours on four workers", computed: 5 * 3 / 4,
      stated: 3.75, text: "take ~3.75 hours", tolerance: 0.001),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "speed-up with 10% serial work on four machines",
      computed: 1 / (0.1 + 0.9 / 4), stated: 3.1, text: "1 / (0.1 + 0.9 / 4) = ~3.1x", tolerance: 0.02),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "busy vCPU at thirty times", computed: 30 * 16 * 0.7,
      stated: 336, text: "30 x 11.2 = 336 busy vCPU", tolerance: 0.001),
    Figure(
      question: "drill-horizontal-vs-vertical-scaling", label: "vCPU at thirty times and a 60% target",
      computed: 30 * 16 * 0.7 / 0.6, stated: 560, text: "560 at a 60% target", tolerance: 0.001),
  ]

  @Test func everyFigureMatchesItsArithmetic() throws { try Figure.check(Self.table, deck: "drills.yaml") }
}
