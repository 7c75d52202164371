import Foundation
import Testing

/// Figures of Decks/amazon-l6-l7.yaml recomputed from their inputs: every number in the questions' `scale`
/// lines and the key figures of their answers and references, each with the arithmetic that produces it.
@Suite struct AmazonL6L7Figures {
  static let table: [Figure] = [
    Figure(
      question: "url-shortener", label: "average creates", computed: 100e6 / (30 * 86_400), stated: 40,
      text: "about 40 writes/s on average", tolerance: 0.05),
    Figure(
      question: "url-shortener", label: "average redirects", computed: 10e9 / (30 * 86_400), stated: 4_000,
      text: "about 4,000 redirects/s on average", tolerance: 0.05),
    Figure(
      question: "url-shortener", label: "redirects in the reference", computed: 10e9 / (30 * 86_400), stated: 3_900,
      text: "10B redirects/month = ~3,900/s", tolerance: 0.02),
    Figure(
      question: "url-shortener", label: "peak redirects at 5x", computed: 5 * 4_000, stated: 20_000,
      text: "(say 4k, peak 20k)", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "storage a month", computed: 100e6 * 500 / 1e9, stated: 50,
      text: "so 50 GB a month", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "storage over five years", computed: 100e6 * 500 * 60 / 1e12, stated: 3,
      text: "roughly 3 TB over five years (6B links)", tolerance: 0.05),
    Figure(
      question: "url-shortener", label: "links over five years", computed: 100e6 * 60 / 1e9, stated: 6,
      text: "~3 TB and ~6B rows over five years", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "redirect bandwidth", computed: 4_000 * 500 / 1e6, stated: 2,
      text: "about 2 MB/s (4,000 x 500 bytes)", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "downtime allowed by 99.9%", computed: 0.001 * 30 * 24 * 60, stated: 43,
      text: "about 43 minutes of downtime a month", tolerance: 0.02),
    Figure(
      question: "url-shortener", label: "six-character keyspace", computed: pow(62.0, 6.0), stated: 5.7e10,
      text: "62^6 = 5.7e10", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "seven-character keyspace", computed: pow(62.0, 7.0), stated: 3.5e12,
      text: "62^7 = 3.5e12", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "occupancy of 6B codes in seven characters, percent",
      computed: 6e9 / pow(62.0, 7.0) * 100, stated: 0.2, text: "~0.2% occupancy", tolerance: 0.2),
    Figure(
      question: "url-shortener", label: "bits in seven base62 characters", computed: 7 * log2(62), stated: 41.7,
      text: "62^7 is about 2^41.7", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "first-try success at 6B codes, percent",
      computed: 100 - 6e9 / pow(62.0, 7.0) * 100, stated: 99.8, text: "succeeds more than 99.8% of the time",
      tolerance: 0.001),
    Figure(
      question: "url-shortener", label: "hot-link cache size", computed: 10e6 * 500 / 1e9, stated: 5,
      text: "~10M hot links x 500 B = ~5 GB", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "store reads behind a 95% cache", computed: 4_000 * (1 - 0.95), stated: 200,
      text: "the store sees ~200 reads/s", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch creates", computed: 100e6 / 86_400, stated: 1_160,
      text: "about 1,160 writes/s and 116,000 redirects/s", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch redirects", computed: 100 * 100e6 / 86_400, stated: 116_000,
      text: "about 1,160 writes/s and 116,000 redirects/s", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch creates at a 5x peak", computed: 5 * 100e6 / 86_400, stated: 5_800,
      text: "about 5,800/s at a 5x peak", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch redirects at a 5x peak", computed: 5 * 100 * 100e6 / 86_400,
      stated: 580_000, text: "roughly 580,000/s at peak", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch redirect payload, MB/s", computed: 100 * 100e6 / 86_400 * 500 / 1e6,
      stated: 58, text: "about 58 MB/s of redirect payload", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch storage a day, GB", computed: 100e6 * 500 / 1e9, stated: 50,
      text: "Storage: 50 GB a day", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch storage a year, TB", computed: 100e6 * 500 * 365 / 1e12, stated: 18,
      text: "about 18 TB a year", tolerance: 0.02),
    Figure(
      question: "url-shortener", label: "stretch storage over five years, TB", computed: 100e6 * 500 * 365 * 5 / 1e12,
      stated: 91, text: "about 91 TB over five years", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch links over five years, billions", computed: 100e6 * 365 * 5 / 1e9,
      stated: 183, text: "roughly 183 billion links", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch occupancy of 62^7, percent", computed: 182.5e9 / pow(62.0, 7.0) * 100,
      stated: 5, text: "fill about 5% of 62^7 (3.5e12)", tolerance: 0.05),
    Figure(
      question: "url-shortener", label: "stretch collision odds, one in", computed: pow(62.0, 7.0) / 182.5e9,
      stated: 20, text: "collides on about one create in twenty", tolerance: 0.05),
    Figure(
      question: "url-shortener", label: "eight-character keyspace", computed: pow(62.0, 8.0), stated: 2.2e14,
      text: "62^8 is about 2.2e14", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "stretch occupancy of 62^8, percent", computed: 182.5e9 / pow(62.0, 8.0) * 100,
      stated: 0.1, text: "under 0.1% full", tolerance: 0.2),
    Figure(
      question: "url-shortener", label: "stretch click events a day, billions", computed: 100 * 100e6 / 1e9, stated: 10,
      text: "about 10 billion events a day", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "one tenant's campaign, creates/s", computed: 1e6 / 3_600, stated: 280,
      text: "about 280 creates/s", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "campaign against the average create rate",
      computed: (1e6 / 3_600) / (100e6 / (30 * 86_400)), stated: 7, text: "seven times the whole service's average",
      tolerance: 0.05),
    Figure(
      question: "url-shortener", label: "cross-region link replication, KB/s", computed: 40 * 500 / 1e3, stated: 20,
      text: "about 20 KB/s", tolerance: 0.01),
    Figure(
      question: "url-shortener", label: "raw click events a month, TB", computed: 10e9 * 200 / 1e12, stated: 2,
      text: "so about 2 TB of raw events", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "messages a day, billions", computed: 500e6 * 40 / 1e9, stated: 20,
      text: "sending 40 messages each: 20B messages a day", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "average messages/s", computed: 20e9 / 86_400, stated: 230_000,
      text: "about 230,000 messages/s on average", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "peak messages/s at 3x", computed: 3 * 20e9 / 86_400, stated: 700_000,
      text: "about 700,000/s at peak", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "message storage a day, TB", computed: 20e9 * 200 / 1e12, stated: 4,
      text: "so 4 TB a day", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "message storage for 30 days, TB", computed: 30 * 20e9 * 200 / 1e12,
      stated: 120, text: "about 120 TB for 30 days", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "gateway hosts", computed: 100e6 / 100_000, stated: 1_000,
      text: "roughly 1,000 hosts", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "replicated message storage, TB", computed: 120 * 3, stated: 360,
      text: "120 TB x 3 replicas = 360 TB", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "gateway bill a month, dollars", computed: 1_000 * 500, stated: 500_000,
      text: "about $500,000 a month", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "hosts saved at 150,000 sockets each", computed: 1 - 100_000.0 / 150_000,
      stated: 1.0 / 3, text: "removes about a third of the hosts", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "reconnects while 100 hosts are replaced", computed: 100 * 100_000,
      stated: 10_000_000, text: "about 10 million reconnects", tolerance: 0.01),
    Figure(
      question: "chat-messaging", label: "extra sockets on each remaining host", computed: 100.0 / 900, stated: 0.1,
      text: "roughly 10% more each", tolerance: 0.15),
    Figure(
      question: "chat-messaging", label: "deliveries for a busy 1,000-member group", computed: 10 * 1_000,
      stated: 10_000, text: "about 10,000 deliveries a second", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "average ride requests", computed: 20e6 / 86_400, stated: 230,
      text: "about 230 ride requests/s on average", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "location writes", computed: 1e6 / 4, stated: 250_000,
      text: "every 4 s: 250,000 writes/s", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "location bandwidth, MB/s", computed: 250_000 * 100 / 1e6, stated: 25,
      text: "250k location writes/s (~25 MB/s)", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "current positions in memory, MB", computed: 1e6 * 100 / 1e6, stated: 100,
      text: "1M x ~100 B = 100 MB", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "location history a day at the peak rate, TB",
      computed: 250_000 * 100 * 86_400 / 1e12, stated: 2.2,
      text: "about 2.2 TB a day if every point is kept at the peak rate", tolerance: 0.02),
    Figure(
      question: "ride-sharing", label: "estimate lookups on average, low end", computed: 5 * 20e6 / 86_400,
      stated: 1_150, text: "about 1,150-2,300 lookups/s on average", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "estimate lookups on average, high end", computed: 10 * 20e6 / 86_400,
      stated: 2_300, text: "about 1,150-2,300 lookups/s on average", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "estimate lookups at peak, low end", computed: 5 * 1_000, stated: 5_000,
      text: "5,000-10,000/s at peak", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "stadium requests/s", computed: 40_000 / 600, stated: 67, text: "about 67/s",
      tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "raw location a year, PB", computed: 250_000 * 100 * 86_400 * 365 / 1e15,
      stated: 0.8, text: "roughly 0.8 PB a year raw", tolerance: 0.02),
    Figure(
      question: "ride-sharing", label: "30 days of raw location, TB", computed: 250_000 * 100 * 86_400 * 30 / 1e12,
      stated: 65, text: "about 65 TB rolling", tolerance: 0.01),
    Figure(
      question: "ride-sharing", label: "compressed on-trip routes a year, TB",
      computed: 250_000 * 100 * 86_400 * 365 * 0.5 / 10 / 1e12, stated: 40, text: "roughly 40 TB a year",
      tolerance: 0.02),
    Figure(
      question: "ride-sharing", label: "what is kept instead, TB",
      computed: (250_000 * 100 * 86_400 / 1e12) * (30 + 365 * 0.5 / 10), stated: 100,
      text: "That is about 100 TB instead of 0.8 PB", tolerance: 0.05),
    Figure(
      question: "social-feed", label: "feed loads a day, billions", computed: 300e6 * 10 / 1e9, stated: 3,
      text: "10 times a day: 3B feed loads", tolerance: 0.01),
    Figure(
      question: "social-feed", label: "average feed loads/s", computed: 3e9 / 86_400, stated: 35_000,
      text: "about 35,000/s average", tolerance: 0.01),
    Figure(
      question: "social-feed", label: "posts/s", computed: 100e6 / 86_400, stated: 1_200,
      text: "100M new posts a day (about 1,200/s)", tolerance: 0.05),
    Figure(
      question: "social-feed", label: "timeline inserts a day, billions", computed: 100e6 * 200 / 1e9, stated: 20,
      text: "20B timeline inserts a day if everything is pushed", tolerance: 0.01),
    Figure(
      question: "social-feed", label: "timeline inserts/s", computed: 100e6 * 200 / 86_400, stated: 230_000,
      text: "20B timeline inserts a day, about 230,000/s", tolerance: 0.01),
    Figure(
      question: "social-feed", label: "post-store reads/s if pulled", computed: 35_000 * 200, stated: 7_000_000,
      text: "roughly 7M post-store reads a second", tolerance: 0.01),
    Figure(
      question: "social-feed", label: "timeline cache per user, KB", computed: 800 * 8 / 1e3, stated: 6.4,
      text: "800 post ids x 8 B = ~6.4 KB", tolerance: 0.01),
    Figure(
      question: "social-feed", label: "timeline cache for 300M users, TB", computed: 300e6 * 800 * 8 / 1e12, stated: 2,
      text: "300M users is ~2 TB", tolerance: 0.05),
    Figure(
      question: "social-feed", label: "post text a day, GB", computed: 100e6 * 1e3 / 1e9, stated: 100,
      text: "about 1 KB per post (100 GB a day)", tolerance: 0.01),
    Figure(
      question: "social-feed", label: "media a day, TB", computed: 0.2 * 100e6 * 500e3 / 1e12, stated: 10,
      text: "media is 10 TB a day", tolerance: 0.01),
    Figure(
      question: "social-feed", label: "likes/s on one post", computed: 1e6 / 60, stated: 17_000,
      text: "about 17,000/s on one post", tolerance: 0.02),
    Figure(
      question: "social-feed", label: "timeline RAM in three regions with replicas, TB", computed: 2 * 3 * 2,
      stated: 12, text: "about 12 TB of RAM", tolerance: 0.01),
    Figure(
      question: "payment-system", label: "average payments/s", computed: 10e6 / 86_400, stated: 115,
      text: "about 115/s on average", tolerance: 0.01),
    Figure(
      question: "payment-system", label: "peak payments/s at 10x", computed: 10 * 10e6 / 86_400, stated: 1_200,
      text: "at 10x, about 1,200/s", tolerance: 0.05),
    Figure(
      question: "payment-system", label: "average writes/s, low end", computed: 7 * 10e6 / 86_400, stated: 800,
      text: "roughly 800 to 1,500 writes/s on average", tolerance: 0.02),
    Figure(
      question: "payment-system", label: "average writes/s, high end", computed: 13 * 10e6 / 86_400, stated: 1_500,
      text: "roughly 800 to 1,500 writes/s on average", tolerance: 0.01),
    Figure(
      question: "payment-system", label: "peak writes/s, low end", computed: 7 * 10 * 10e6 / 86_400, stated: 8_000,
      text: "about 8,000 to 15,000 writes/s at peak", tolerance: 0.02),
    Figure(
      question: "payment-system", label: "peak writes/s, high end", computed: 13 * 10 * 10e6 / 86_400, stated: 15_000,
      text: "about 8,000 to 15,000 writes/s at peak", tolerance: 0.01),
    Figure(
      question: "payment-system", label: "peak commits/s", computed: 3 * 10 * 10e6 / 86_400, stated: 3_500,
      text: "(~3,500 commits/s)", tolerance: 0.01),
    Figure(
      question: "payment-system", label: "storage a day, GB", computed: 10e6 * 2e3 / 1e9, stated: 20,
      text: "so about 20 GB a day", tolerance: 0.01),
    Figure(
      question: "payment-system", label: "storage over seven years, TB", computed: 10e6 * 2e3 * 365 * 7 / 1e12,
      stated: 50, text: "about 50 TB over seven years", tolerance: 0.03),
    Figure(
      question: "payment-system", label: "money moved a day, dollars", computed: 10e6 * 40, stated: 400_000_000,
      text: "10M payments a day move $400M", tolerance: 0.01),
    Figure(
      question: "payment-system", label: "a tenth of a point of fees a day, dollars", computed: 10e6 * 40 * 0.001,
      stated: 400_000, text: "0.1 percentage point of fees is $400,000 a day", tolerance: 0.01),
    Figure(
      question: "video-streaming", label: "peak delivery, Tbps", computed: 20e6 * 5e6 / 1e12, stated: 100,
      text: "20M streams x 5 Mbps average = about 100 Tbps", tolerance: 0.01),
    Figure(
      question: "video-streaming", label: "edge appliances", computed: 100e12 / 100e9, stated: 1_000,
      text: "that is ~1,000+ appliances", tolerance: 0.01),
    Figure(
      question: "video-streaming", label: "origin traffic at a 98% hit ratio, Tbps", computed: 100 * (1 - 0.98),
      stated: 2, text: "leaves 2 Tbps for the origin", tolerance: 0.01),
    Figure(
      question: "video-streaming", label: "ladder per hour of content, GB", computed: 40e6 * 3_600 / 8 / 1e9,
      stated: 18, text: "~40 Mbps is ~18 GB per hour", tolerance: 0.01),
    Figure(
      question: "video-streaming", label: "catalogue ladders, PB", computed: 18 * 75_000 * 2 / 1e6, stated: 2.7,
      text: "75,000 catalogue hours x 2 codecs is ~2.7 PB", tolerance: 0.01),
    Figure(
      question: "video-streaming", label: "heartbeats/s", computed: 20e6 / 30, stated: 670_000,
      text: "heartbeats from 20M streams alone are about 670,000/s", tolerance: 0.01),
    Figure(
      question: "video-streaming", label: "plays/s in the first hour", computed: 10e6 / 3_600, stated: 2_800,
      text: "about 2,800/s on average", tolerance: 0.01),
    Figure(
      question: "video-streaming", label: "cost per hour after two 30% savings", computed: 0.7 * 0.7, stated: 0.5,
      text: "0.7 x 0.7 = ~0.5", tolerance: 0.03),
    Figure(
      question: "e-commerce-platform", label: "page views a day, billions", computed: 50e6 * 20 / 1e9, stated: 1,
      text: "20 page views each: 1B views a day", tolerance: 0.01),
    Figure(
      question: "e-commerce-platform", label: "average page views/s", computed: 50e6 * 20 / 86_400, stated: 12_000,
      text: "about 12,000/s average", tolerance: 0.05),
    Figure(
      question: "e-commerce-platform", label: "sale-day page views/s", computed: 10 * 50e6 * 20 / 86_400,
      stated: 120_000, text: "120,000/s on sale days", tolerance: 0.05),
    Figure(
      question: "e-commerce-platform", label: "average searches/s", computed: 0.3 * 50e6 * 20 / 86_400, stated: 3_500,
      text: "about 3,500/s, 35,000/s at peak", tolerance: 0.01),
    Figure(
      question: "e-commerce-platform", label: "sale-day searches/s", computed: 10 * 0.3 * 50e6 * 20 / 86_400,
      stated: 35_000, text: "about 3,500/s, 35,000/s at peak", tolerance: 0.01),
    Figure(
      question: "e-commerce-platform", label: "average orders/s", computed: 5e6 / 86_400, stated: 60,
      text: "about 60/s on average", tolerance: 0.05),
    Figure(
      question: "e-commerce-platform", label: "sale-day orders/s at 10x", computed: 10 * 5e6 / 86_400, stated: 580,
      text: "about 580/s at the 10x sale-day peak", tolerance: 0.01),
    Figure(
      question: "e-commerce-platform", label: "average cart writes/s", computed: 10 * 5e6 / 86_400, stated: 600,
      text: "about 600/s on average and about 5,800/s at peak", tolerance: 0.05),
    Figure(
      question: "e-commerce-platform", label: "sale-day cart writes/s", computed: 100 * 5e6 / 86_400, stated: 5_800,
      text: "about 600/s on average and about 5,800/s at peak", tolerance: 0.01),
    Figure(
      question: "e-commerce-platform", label: "catalogue metadata, TB", computed: 500e6 * 10e3 / 1e12, stated: 5,
      text: "500M products x ~10 KB of metadata = ~5 TB", tolerance: 0.01),
  ]

  @Test func everyFigureMatchesItsArithmetic() throws { try Figure.check(Self.table, deck: "amazon-l6-l7.yaml") }
}
