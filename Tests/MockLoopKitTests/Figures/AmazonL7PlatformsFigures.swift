import Foundation
import Testing

/// Figures of Decks/amazon-l7-platforms.yaml recomputed from their inputs: every number in the questions' `scale`
/// lines and the key figures of their answer notes and references, each with the arithmetic that produces it.
@Suite struct AmazonL7PlatformsFigures {
  static let table: [Figure] = [
    Figure(
      question: "serverless-platform", label: "average invocations/s", computed: 10e12 / (30 * 86_400), stated: 3.9e6,
      text: "about 3.9M per second on average worldwide", tolerance: 0.02),
    Figure(
      question: "serverless-platform", label: "average invocations/s in the reference", computed: 10e12 / (30 * 86_400),
      stated: 3.86e6,
      text: "10 trillion a month is ~3.86M invokes/s", tolerance: 0.01),
    Figure(
      question: "serverless-platform", label: "average concurrency", computed: 10e12 / (30 * 86_400) * 0.2,
      stated: 0.8e6,
      text: "about 0.8M concurrent executions on average", tolerance: 0.05),
    Figure(
      question: "serverless-platform", label: "average concurrency in the reference",
      computed: 10e12 / (30 * 86_400) * 0.2, stated: 0.77e6,
      text: "x 0.2 s = ~0.77M concurrent", tolerance: 0.01),
    Figure(
      question: "serverless-platform", label: "peak concurrency at 3x", computed: 3 * 10e12 / (30 * 86_400) * 0.2,
      stated: 2.3e6,
      text: "2.3M at peak", tolerance: 0.02),
    Figure(
      question: "serverless-platform", label: "peak memory, TB",
      computed: 3 * 10e12 / (30 * 86_400) * 0.2 * 256e6 / 1e12, stated: 600,
      text: "roughly 600 TB of memory in use at peak", tolerance: 0.02),
    Figure(
      question: "serverless-platform", label: "hosts of active work", computed: 600e12 / (384e9 * 0.7), stated: 2_200,
      text: "that is ~2,200 hosts of active work", tolerance: 0.02),
    Figure(
      question: "serverless-platform", label: "hosts with warm idle", computed: 2 * 600e12 / (384e9 * 0.7),
      stated: 4_400,
      text: "typically double it to ~4,400 hosts", tolerance: 0.02),
    Figure(
      question: "serverless-platform", label: "hosts freed by halving idle time", computed: 4_400 * 0.4 / 2,
      stated: 880,
      text: "halving idle time frees ~880 hosts", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "peak egress, Tbps", computed: 50e6 * 250e3 * 8 / 1e12, stated: 100,
      text: "about 100 Tbps of egress", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "average location, Tbps", computed: 100.0 / 200, stated: 0.5,
      text: "Average location: 0.5 Tbps", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "requests past the edge", computed: 50e6 * (1 - 0.95), stated: 2.5e6,
      text: "about 2.5M requests per second inward", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "requests reaching origins", computed: 50e6 * 0.05 * (1 - 0.8), stated: 0.5e6,
      text: "origins see 0.5M req/s combined", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "server throughput at half load, Gbps", computed: 100 * 0.5, stated: 50,
      text: "moves ~50 Gbps", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "cache servers for 3 Tbps", computed: 3e12 / 50e9, stated: 60,
      text: "needs ~60 cache servers plus spare", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "single-URL purge messages", computed: 10e6 * 200, stated: 2e9,
      text: "would be 2 billion messages", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "transit saved by a 0.5 Tbps site, $ a month", computed: 0.5e12 / 1e6 * 0.50,
      stated: 250_000,
      text: "saves about $250K a month", tolerance: 0.01),
    Figure(
      question: "global-cdn", label: "transit saved in the reference, $ a month", computed: 0.5e12 / 1e6 * 0.50,
      stated: 250_000,
      text: "$0.50 per Mbps a month is about $250K a month", tolerance: 0.01),
    Figure(
      question: "ml-platform", label: "online feature reads, GB/s", computed: 1e6 * 1e3 / 1e9, stated: 1,
      text: "~1 GB/s from the online store", tolerance: 0.01),
    Figure(
      question: "ml-platform", label: "online size per group, TB", computed: 500e6 * 2e3 / 1e12, stated: 1,
      text: "~1 TB per group online", tolerance: 0.01),
    Figure(
      question: "ml-platform", label: "offline snapshots, PB", computed: 1e12 * 10 * 365 * 3 / 1e15, stated: 11,
      text: "kept 3 years: ~11 PB offline", tolerance: 0.01),
    Figure(
      question: "ml-platform", label: "online store nodes for throughput", computed: 1e6 / 50e3, stated: 20,
      text: "that is 20 nodes", tolerance: 0.01),
    Figure(
      question: "ml-platform", label: "online store nodes with replicas", computed: 3 * 1e6 / 50e3, stated: 60,
      text: "~60 nodes with 3 replicas", tolerance: 0.01),
    Figure(
      question: "ml-platform", label: "in-memory nodes for 10 groups", computed: 10 * 1e12 * 3 / 256e9, stated: 120,
      text: "~120 nodes of 256 GB", tolerance: 0.03),
    Figure(
      question: "ml-platform", label: "GPUs saved by raising use from 45% to 70%", computed: 1 - 45.0 / 70,
      stated: 0.36,
      text: "(1 - 45/70 = 0.36)", tolerance: 0.01),
    Figure(
      question: "ml-platform", label: "GPU cut in the reference", computed: 1 - 45.0 / 70, stated: 1.0 / 3,
      text: "cuts the pool by about a third", tolerance: 0.08),
    Figure(
      question: "recommendation-system", label: "stored interactions, TB", computed: 50e9 * 100 / 1e12, stated: 5,
      text: "50B stored interactions x 100 bytes: ~5 TB", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "user profiles, GB", computed: 500e6 * 1e3 / 1e9, stated: 500,
      text: "user profiles 500M x 1 KB: ~500 GB", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "catalogue, GB", computed: 100e6 * 2e3 / 1e9, stated: 200,
      text: "catalog 100M x 2 KB: ~200 GB", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "precomputed lists, TB", computed: 500e6 * 50 * 100 / 1e12, stated: 2.5,
      text: "500M users x 50 items x 100 bytes: ~2.5 TB", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "calls a day", computed: 20 * 500e6, stated: 10e9,
      text: "20 recommendation calls per user per day: 10B a day", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "average calls/s", computed: 10e9 / 86_400, stated: 115e3,
      text: "~115K/s on average", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "peak calls/s at 3x", computed: 3 * 10e9 / 86_400, stated: 350e3,
      text: "~350K/s at peak", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "item scorings/s at peak", computed: 350e3 * 1_000, stated: 350e6,
      text: "350M item scorings/s", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "cores for scoring", computed: 350e3 * 1_000 / 50e3, stated: 7_000,
      text: "that is ~7,000 cores", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "latency headroom, ms", computed: 100.0 - (25 + 15 + 35 + 10),
      stated: 15,
      text: "leaving ~15 ms of headroom", tolerance: 0.01),
    Figure(
      question: "recommendation-system", label: "heavy scoring removed by a first-pass ranker",
      computed: 1 - 200.0 / 1_000, stated: 0.8,
      text: "removes 80% of the heavy scoring", tolerance: 0.01),
    Figure(
      question: "fraud-detection", label: "counter updates/s", computed: (50e3 + 200e3) * 10 * 3, stated: 7.5e6,
      text: "~7.5M counter updates per second at peak", tolerance: 0.01),
    Figure(
      question: "fraud-detection", label: "counter updates/s from low-risk events", computed: 200e3 * 10 * 3,
      stated: 6e6,
      text: "make 6M of the 7.5M", tolerance: 0.01),
    Figure(
      question: "fraud-detection", label: "write shards", computed: (50e3 + 200e3) * 10 * 3 / 100e3, stated: 75,
      text: "~75 shards of write capacity", tolerance: 0.01),
    Figure(
      question: "fraud-detection", label: "nodes with a replica and 50% headroom", computed: 75 * 2 * 1.5, stated: 225,
      text: "~225 nodes with a replica each and 50% headroom", tolerance: 0.01),
    Figure(
      question: "fraud-detection", label: "window state, GB", computed: 1e9 * 200 / 1e9, stated: 200,
      text: "~1B active keys x ~200 bytes of window state: ~200 GB", tolerance: 0.01),
    Figure(
      question: "fraud-detection", label: "scoring budget, ms", computed: 15.0 + 10 + 10 + 5 + 20, stated: 60,
      text: "=> ~60 ms", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "average payments/s", computed: 100e6 / 86_400, stated: 1_200,
      text: "~1,200/s on average", tolerance: 0.05),
    Figure(
      question: "global-payments", label: "average payments/s in the reference", computed: 100e6 / 86_400,
      stated: 1_160,
      text: "100M a day is ~1,160/s", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "peak payments/s at 10x", computed: 10 * 100e6 / 86_400, stated: 12_000,
      text: "~12,000/s at a sales-event peak (10x)", tolerance: 0.05),
    Figure(
      question: "global-payments", label: "peak payments/s in the reference", computed: 10 * 100e6 / 86_400,
      stated: 11_600,
      text: "~11,600/s at a 10x peak", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "ledger writes/s at peak", computed: 5 * 10 * 100e6 / 86_400, stated: 60e3,
      text: "~60K ledger writes per second at peak", tolerance: 0.05),
    Figure(
      question: "global-payments", label: "ledger a day, GB", computed: 5 * 200 * 100e6 / 1e9, stated: 100,
      text: "~100 GB of ledger a day", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "ledger a year, TB", computed: 100e9 * 365 / 1e12, stated: 36,
      text: "~36 TB a year, kept for 10 years", tolerance: 0.02),
    Figure(
      question: "global-payments", label: "ledger over ten years, TB", computed: 100e9 * 3_650 / 1e12, stated: 365,
      text: "~365 TB over ten years", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "ledger shards", computed: 60e3 / 5e3, stated: 12,
      text: "~12 shards, run ~24 for headroom", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "99.99% downtime, minutes a year", computed: (1 - 0.9999) * 365 * 24 * 60,
      stated: 52,
      text: "about 52 minutes of downtime a year", tolerance: 0.02),
    Figure(
      question: "global-payments", label: "99.99% downtime in the reference", computed: (1 - 0.9999) * 365 * 24 * 60,
      stated: 52.6,
      text: "~52.6 minutes a year", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "euro side after the fee", computed: 100.0 - 100 * 0.10, stated: 90,
      text: "credit FX position (EUR) €90", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "pounds paid to the seller", computed: 90 * 0.85, stated: 76.5,
      text: "£76.50 (€90 x 0.85)", tolerance: 0.001),
    Figure(
      question: "global-payments", label: "yearly volume at $20 a payment", computed: 100e6 * 20 * 365, stated: 730e9,
      text: "is ~$730B a year", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "processor fees at 2%", computed: 100e6 * 20 * 365 * 0.02, stated: 14.6e9,
      text: "2% in fees is ~$14.6B", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "value of 0.1 point of fees", computed: 100e6 * 20 * 365 * 0.001,
      stated: 730e6,
      text: "is worth ~$730M a year", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "sales behind 1% of declines", computed: 100e6 * 20 * 365 * 0.01,
      stated: 7.3e9,
      text: "is ~$7.3B of sales at risk", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "volume in the reference", computed: 100e6 * 20 * 365, stated: 730e9,
      text: "volume is ~$730B a year", tolerance: 0.01),
    Figure(
      question: "global-payments", label: "settlement breaks a day", computed: 100e6 * 0.0001, stated: 10_000,
      text: "~10,000 payments a day", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "order domain, MB/s", computed: 100e3 * 1e3 / 1e6, stated: 100,
      text: "1 KB each: ~100 MB/s", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "company-wide in, GB/s", computed: 2e6 * 1e3 / 1e9, stated: 2,
      text: "~2 GB/s in", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "company-wide out, GB/s", computed: 4 * 2e6 * 1e3 / 1e9, stated: 8,
      text: "~8 GB/s out at 4 consumers per event", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "7-day retention, TB", computed: 7 * 86_400 * 1e9 / 1e12, stated: 600,
      text: "7 days at an average 1 GB/s: ~600 TB", tolerance: 0.02),
    Figure(
      question: "event-driven-platform", label: "7-day retention with replicas, PB",
      computed: 3 * 7 * 86_400 * 1e9 / 1e15, stated: 1.8,
      text: "~1.8 PB with 3 replicas", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "order-domain partitions at 2 MB/s", computed: 100.0 / 2, stated: 50,
      text: "~50-100 for the order domain", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "order-domain partitions at 1 MB/s", computed: 100.0 / 1, stated: 100,
      text: "~50-100 for the order domain", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "company partitions at 2 MB/s", computed: 2_000.0 / 2, stated: 1_000,
      text: "~1,000-2,000 company-wide", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "company partitions at 1 MB/s", computed: 2_000.0 / 1, stated: 2_000,
      text: "~1,000-2,000 company-wide", tolerance: 0.01),
    Figure(
      question: "event-driven-platform", label: "six hours on broker disk, TB", computed: 6 * 3_600 * 1e9 / 1e12,
      stated: 22,
      text: "~22 TB at 1 GB/s", tolerance: 0.02),
    Figure(
      question: "event-driven-platform", label: "six hours with replicas, TB", computed: 3 * 6 * 3_600 * 1e9 / 1e12,
      stated: 65,
      text: "~65 TB with 3 replicas", tolerance: 0.01),
    Figure(
      question: "data-pipeline", label: "average MB/s", computed: 1e12 / 86_400 / 1e6, stated: 12,
      text: "1 TB a day: ~12 MB/s on average", tolerance: 0.05),
    Figure(
      question: "data-pipeline", label: "events/s at 1 KB", computed: 1e12 / 86_400 / 1e3, stated: 12e3,
      text: "~12K events per second at 1 KB each", tolerance: 0.05),
    Figure(
      question: "data-pipeline", label: "compressed a day at 10x, GB", computed: 1_000.0 / 10, stated: 100,
      text: "(5-10x): ~100-200 GB a day", tolerance: 0.01),
    Figure(
      question: "data-pipeline", label: "compressed a day at 5x, GB", computed: 1_000.0 / 5, stated: 200,
      text: "(5-10x): ~100-200 GB a day", tolerance: 0.01),
    Figure(
      question: "data-pipeline", label: "compressed a year, TB", computed: 150.0 * 365 / 1_000, stated: 50,
      text: "~50 TB a year", tolerance: 0.1),
    Figure(
      question: "data-pipeline", label: "core-seconds to scan a day", computed: 150e9 / 100e6, stated: 1_500,
      text: "is ~1,500 core-seconds", tolerance: 0.01),
    Figure(
      question: "data-pipeline", label: "L7 growth, GB/s", computed: 100e12 / 86_400 / 1e9, stated: 1.2,
      text: "100 TB a day is ~1.2 GB/s on average", tolerance: 0.05),
    Figure(
      question: "data-pipeline", label: "L7 compressed a day, TB", computed: 100 * 0.15, stated: 15,
      text: "~15 TB a day compressed", tolerance: 0.01),
    Figure(
      question: "data-pipeline", label: "L7 compressed a year, PB", computed: 100 * 0.15 * 365 / 1_000, stated: 5.5,
      text: "~5.5 PB a year", tolerance: 0.01),
    Figure(
      question: "data-pipeline", label: "raw JSON a year, PB", computed: 100.0 * 365 / 1_000, stated: 36.5,
      text: "~36.5 PB a year", tolerance: 0.01),
    Figure(
      question: "data-pipeline", label: "a year of raw JSON, $ a month", computed: 100 * 365 * 23, stated: 840e3,
      text: "costs ~$840K a month to keep", tolerance: 0.01),
    Figure(
      question: "data-pipeline", label: "a year compressed, $ a month", computed: 100 * 0.15 * 365 * 23, stated: 126e3,
      text: "the compressed copy ~$126K", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "messages/s", computed: 10e6 / 10, stated: 1e6,
      text: "every 10 s: ~1M messages/s", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "raw MB/s", computed: 10e6 / 10 * 200 / 1e6, stated: 200,
      text: "~200 MB/s, ~17 TB a day raw", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "raw TB a day", computed: 10e6 / 10 * 200 * 86_400 / 1e12, stated: 17,
      text: "~17 TB a day raw", tolerance: 0.02),
    Figure(
      question: "edge-iot-platform", label: "upstream MB/s after aggregation", computed: 200.0 / 10, stated: 20,
      text: "by ~10x for most sensor types: ~20 MB/s", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "upstream TB a day", computed: 20e6 * 86_400 / 1e12, stated: 1.7,
      text: "~20 MB/s, ~1.7 TB a day", tolerance: 0.02),
    Figure(
      question: "edge-iot-platform", label: "upstream over ten years, PB", computed: 20e6 * 86_400 * 3_650 / 1e15,
      stated: 6,
      text: "~6 PB over ten years", tolerance: 0.06),
    Figure(
      question: "edge-iot-platform", label: "30 days hot, TB", computed: 20e6 * 86_400 * 30 / 1e12, stated: 52,
      text: "for 30 days (~52 TB)", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "one-minute roll-ups a day, GB", computed: 10e6 * 1_440 * 32 / 1e9,
      stated: 460,
      text: "~460 GB a day", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "one-minute roll-ups over ten years, PB",
      computed: 10e6 * 1_440 * 32 * 3_650 / 1e15, stated: 1.7,
      text: "~1.7 PB over ten years", tolerance: 0.02),
    Figure(
      question: "edge-iot-platform", label: "one-minute roll-ups for a year, TB",
      computed: 10e6 * 1_440 * 32 * 365 / 1e12, stated: 170,
      text: "keep them one year (~170 TB)", tolerance: 0.02),
    Figure(
      question: "edge-iot-platform", label: "hourly roll-ups over ten years, TB",
      computed: 10e6 * 24 * 32 * 3_650 / 1e12, stated: 28,
      text: "Hourly roll-ups are ~28 TB for ten years", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "camera bandwidth, Gbps", computed: 50e3 * 4e6 / 1e9, stated: 200,
      text: "50K cameras at ~4 Mbps each: ~200 Gbps", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "camera video a day, PB", computed: 200e9 / 8 * 86_400 / 1e15, stated: 2,
      text: "200 Gbps is ~2 PB a day", tolerance: 0.1),
    Figure(
      question: "edge-iot-platform", label: "gateway nodes", computed: 10e6 / 200e3, stated: 50,
      text: "~50 nodes plus headroom", tolerance: 0.01),
    Figure(
      question: "edge-iot-platform", label: "reconnects/s over five minutes", computed: 2e6 / 300, stated: 6_700,
      text: "~6,700 connections a second", tolerance: 0.01),
    Figure(
      question: "distributed-ledger", label: "average events/s", computed: 5e6 / 86_400, stated: 60,
      text: "~60/s on average", tolerance: 0.05),
    Figure(
      question: "distributed-ledger", label: "average events/s in the reference", computed: 5e6 / 86_400, stated: 58,
      text: "5M events a day is ~58/s", tolerance: 0.01),
    Figure(
      question: "distributed-ledger", label: "ledger a day, GB", computed: 5e6 * 1e3 / 1e9, stated: 5,
      text: "~5 GB a day", tolerance: 0.01),
    Figure(
      question: "distributed-ledger", label: "ledger a year, TB", computed: 5e6 * 1e3 * 365 / 1e12, stated: 1.8,
      text: "~1.8 TB a year, replicated", tolerance: 0.02),
    Figure(
      question: "distributed-ledger", label: "faulty orderers tolerated at n = 7", computed: (7.0 - 1) / 3, stated: 2,
      text: "n = 7 tolerates 2 dishonest", tolerance: 0.01),
    Figure(
      question: "distributed-ledger", label: "quorum at f = 2", computed: 2.0 * 2 + 1, stated: 5,
      text: "(2f + 1 = 5 of 7)", tolerance: 0.01),
    Figure(
      question: "distributed-ledger", label: "messages per block at n = 7", computed: (7.0 - 1) + 2 * 7 * (7 - 1),
      stated: 100,
      text: "on the order of 100 messages per block at n = 7", tolerance: 0.15),
    Figure(
      question: "cloud-cost-cut", label: "compute a month", computed: 4_000 * 0.38 * 730, stated: 1.1e6,
      text: "~$1.1M a month, sized for peak all day", tolerance: 0.02),
    Figure(
      question: "cloud-cost-cut", label: "compute share of the bill", computed: 1.1e6 / 2e6, stated: 0.55,
      text: "compute 55%", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "object storage a month", computed: 13_000 * 23, stated: 300e3,
      text: "~$300K a month; 80% of it not read in 90 days", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "object storage share", computed: 300e3 / 2e6, stated: 0.15,
      text: "object storage 15%", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "target a month", computed: 0.4 * 2e6, stated: 800e3,
      text: "40% is ~$800K a month", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "target a year", computed: 0.4 * 2e6 * 12, stated: 9.6e6,
      text: "~$9.6M a year", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "99.95% downtime, minutes a month", computed: (1 - 0.9995) * 30 * 24 * 60,
      stated: 22,
      text: "about 22 minutes of downtime a month", tolerance: 0.02),
    Figure(
      question: "cloud-cost-cut", label: "unit cost growth", computed: 1.6 / 1.2 - 1, stated: 0.33,
      text: "unit cost rose ~33% (1.6 / 1.2)", tolerance: 0.02),
    Figure(
      question: "cloud-cost-cut", label: "peak fleet at 60% CPU", computed: 4_000 * 45.0 / 60, stated: 3_000,
      text: "4,000 x 45/60 = 3,000 instances", tolerance: 0.001),
    Figure(
      question: "cloud-cost-cut", label: "average fleet along the daily curve", computed: 3_000 / 2.5, stated: 1_200,
      text: "3,000 / 2.5 = 1,200 instances", tolerance: 0.001),
    Figure(
      question: "cloud-cost-cut", label: "compute after commitments", computed: 550 * (0.7 * 0.7 + 0.3), stated: 435,
      text: "~$435K (550 x (0.7 x 0.7 + 0.3))", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "compute saving, $K", computed: 1_100 - 550 * (0.7 * 0.7 + 0.3), stated: 665,
      text: "Saving ~$665K.", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "cross-zone transfer, $K", computed: 300 * 2.0 / 3, stated: 200,
      text: "of $200K of cross-zone traffic", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "cross-zone saving at 70% local, $K", computed: 200 * 0.7, stated: 140,
      text: "saves ~$100-140K a month", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "cold objects, PB", computed: 13 * 0.8, stated: 10.4,
      text: "80% (10.4 PB)", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "infrequent-access saving, $K", computed: 10_400 * (23 - 12.5) / 1_000,
      stated: 110,
      text: "saving ~$110K", tolerance: 0.01),
    Figure(
      question: "cloud-cost-cut", label: "total monthly saving, $K", computed: 665.0 + 110 + 120 + 40 + 40, stated: 975,
      text: "= ~$975K a month", tolerance: 0.001),
    Figure(
      question: "cloud-cost-cut", label: "total saving as a share", computed: (665.0 + 110 + 120 + 40 + 40) / 2_000,
      stated: 0.49,
      text: "~49% on paper", tolerance: 0.01),
    Figure(
      question: "health-records", label: "record reads a day", computed: 2e6 * 10, stated: 20e6,
      text: "~20M reads a day", tolerance: 0.01),
    Figure(
      question: "health-records", label: "average reads/s", computed: 20e6 / 86_400, stated: 230,
      text: "~230/s on average", tolerance: 0.01),
    Figure(
      question: "health-records", label: "peak reads/s at 4x", computed: 4 * 20e6 / 86_400, stated: 900,
      text: "~900/s at the morning peak (4x)", tolerance: 0.03),
    Figure(
      question: "health-records", label: "average writes/s", computed: 3e6 / 86_400, stated: 35,
      text: "~35/s on average", tolerance: 0.01),
    Figure(
      question: "health-records", label: "structured records, TB", computed: 5e6 * 5e6 / 1e12, stated: 25,
      text: "~5 MB per patient: ~25 TB", tolerance: 0.01),
    Figure(
      question: "health-records", label: "audit a day, GB", computed: 30e6 * 500 / 1e9, stated: 15,
      text: "~15 GB a day, ~33 TB over six years", tolerance: 0.01),
    Figure(
      question: "health-records", label: "audit over six years, TB", computed: 30e6 * 500 * 365 * 6 / 1e12, stated: 33,
      text: "~33 TB over six years", tolerance: 0.01),
    Figure(
      question: "health-records", label: "scans in standard storage, $ a month", computed: 2_000 * 23, stated: 46e3,
      text: "2 PB is ~$46K a month", tolerance: 0.01),
    Figure(
      question: "platform-api-evolution", label: "signed 32-bit limit, billions", computed: pow(2.0, 31.0) / 1e9,
      stated: 2.147,
      text: "ends at ~2.147 billion", tolerance: 0.001),
    Figure(
      question: "platform-api-evolution", label: "largest signed 32-bit id", computed: pow(2.0, 31.0) - 1,
      stated: 2_147_483_647,
      text: "Ids pass 2,147,483,647", tolerance: 0),
    Figure(
      question: "platform-api-evolution", label: "months until ids overflow",
      computed: (pow(2.0, 31.0) - 1 - 1.9e9) / 20e6, stated: 12,
      text: "about 12 months away", tolerance: 0.05),
    Figure(
      question: "platform-api-evolution", label: "months in the reference",
      computed: (pow(2.0, 31.0) - 1 - 1.9e9) / 20e6, stated: 12,
      text: "20M a month = ~12 months to the limit", tolerance: 0.05),
    Figure(
      question: "platform-api-evolution", label: "migration cost, engineer-weeks", computed: 400 * 2.0, stated: 800,
      text: "400 services cost ~800 engineer-weeks", tolerance: 0.01),
    Figure(
      question: "platform-api-evolution", label: "migration cost, engineer-years", computed: 400 * 2.0 / 50, stated: 16,
      text: "(~16 engineer-years)", tolerance: 0.01),
    Figure(
      question: "platform-api-evolution", label: "migration cost with tooling, engineer-weeks", computed: 400 * 2.0 / 5,
      stated: 160,
      text: "or ~160 engineer-weeks if tooling", tolerance: 0.01),
    Figure(
      question: "platform-api-evolution", label: "v1 traffic of the ten largest callers", computed: 150e3 * 0.4,
      stated: 60e3,
      text: "takes away ~60K requests/s", tolerance: 0.01),
  ]

  @Test func everyFigureMatchesItsArithmetic() throws {
    try Figure.check(Self.table, deck: "amazon-l7-platforms.yaml")
  }
}
