/// The report's only style: inline in the page, light by default, dark where the reader's
/// system prefers it (`prefers-color-scheme`), and light again in print, with tables unfolded
/// and figures kept whole on a page. Fonts are the reader's own; nothing is fetched.
enum ReportStylesheet {
  static let css = """
    :root {
      color-scheme: light dark;
      --bg: #ffffff; --fg: #1b1d21; --muted: #5b616b; --rule: #d5d9de; --panel: #f4f6f8; --grid: #e4e7eb;
      --on-ink: #ffffff;
      --ink0: #2f6bd6; --ink1: #d27a1f; --ink2: #23895d; --ink3: #8452cc; --ink4: #c9446b; --ink5: #1a8aa3;
      --ink6: #857313; --ink7: #5f6b7a; --ink-muted: #aab2bd; --ink-good: #23804f; --ink-bad: #c93636;
      --ink-warn: #b77d00;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #15171a; --fg: #e6e8eb; --muted: #a2a9b3; --rule: #3a4048; --panel: #1e2125; --grid: #2c3137;
        --on-ink: #111316;
        --ink0: #7aa7ff; --ink1: #f0a55a; --ink2: #5ccb96; --ink3: #b48cf2; --ink4: #f07b9f; --ink5: #5cc6dd;
        --ink6: #d4c04f; --ink7: #a3adba; --ink-muted: #5d6570; --ink-good: #5cc98e; --ink-bad: #ff7a7a;
        --ink-warn: #f0c050;
      }
    }
    * { box-sizing: border-box; }
    html { background: var(--bg); color: var(--fg); }
    body {
      margin: 0 auto; max-width: 1180px; padding: 24px 28px 48px;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
      -webkit-print-color-adjust: exact; print-color-adjust: exact;
    }
    h1 { font-size: 1.7em; margin: 0 0 0.4em; line-height: 1.25; }
    h2 { font-size: 1.25em; margin: 0 0 0.6em; padding-bottom: 0.2em; border-bottom: 1px solid var(--rule); }
    h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
    section { margin: 0 0 2.2em; }
    section.slot:empty { display: none; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 4px 20px; margin: 0 0 1.6em; }
    .facts div { display: flex; gap: 8px; }
    .facts dt { color: var(--muted); }
    .facts dt::after { content: ":"; }
    .facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
    figure { margin: 0 0 1.6em; break-inside: avoid; }
    figcaption { font-weight: 600; margin-bottom: 0.4em; }
    .figure-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(220px, 2fr); gap: 16px; align-items: start; }
    @media (max-width: 900px) { .figure-body { grid-template-columns: minmax(0, 1fr); } }
    svg.chart { max-width: 100%; height: auto; display: block; }
    .table-box { max-height: 340px; overflow: auto; border: 1px solid var(--rule); border-radius: 4px; }
    table { border-collapse: collapse; width: 100%; font-size: 0.88em; }
    caption { text-align: left; padding: 6px 8px; color: var(--muted); font-size: 0.95em; }
    th, td { padding: 3px 8px; border-top: 1px solid var(--rule); text-align: left; vertical-align: top; overflow-wrap: break-word; }
    th { background: var(--panel); font-weight: 600; position: sticky; top: 0; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .tone-good { color: var(--ink-good); font-weight: 600; }
    .tone-bad { color: var(--ink-bad); font-weight: 600; }
    .tone-muted { color: var(--muted); }
    ul.items { list-style: none; padding-left: 0; margin: 0.3em 0 0.8em; }
    ul.items > li { margin: 0.25em 0; padding-left: 1.5em; text-indent: -1.5em; }
    ul.items > li > * { text-indent: 0; }
    .mark { display: inline-block; width: 1.5em; text-indent: 0; font-weight: 700; }
    li.done .mark { color: var(--ink-good); }
    li.missed .mark { color: var(--ink-bad); }
    li.missed > .text { color: var(--muted); }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .detail { color: var(--muted); font-size: 0.9em; margin-left: 0.4em; }
    .children-title { font-style: italic; color: var(--muted); margin-top: 0.2em; }
    ul.children { margin: 0.1em 0 0.4em; padding-left: 1.2em; list-style: disc; }
    .notes { border-left: 3px solid var(--rule); padding: 2px 0 2px 14px; }
    .notes p, .notes li, .notes blockquote, .notes pre { white-space: pre-wrap; overflow-wrap: anywhere; }
    .notes h3, .notes h4, .notes h5 { margin: 0.8em 0 0.3em; }
    .notes blockquote { margin: 0.4em 0; padding-left: 10px; border-left: 3px solid var(--ink-muted); color: var(--muted); }
    .notes pre { background: var(--panel); padding: 8px 10px; border-radius: 4px; font-size: 0.88em; overflow-x: auto; }
    .notes li.depth-1 { margin-left: 1.2em; } .notes li.depth-2 { margin-left: 2.4em; }
    .notes li.depth-3, .notes li.depth-4 { margin-left: 3.6em; }
    pre, code { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
    footer { color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--rule); padding-top: 8px; }
    .chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 12px; fill: var(--fg); }
    .chart .tick, .chart .lane-label, .chart .category { fill: var(--muted); }
    .chart .axis-title { fill: var(--muted); font-size: 11px; }
    .chart .value, .chart .marker-label { font-size: 11px; }
    .chart .span-label { font-size: 11px; fill: var(--on-ink); }
    .chart .grid { stroke: var(--grid); stroke-width: 1; }
    .chart .axis-line { stroke: var(--muted); stroke-width: 1; }
    .chart .lane { fill: var(--panel); }
    .chart .lane-alt { fill: var(--bg); }
    .ink0 { --c: var(--ink0); } .ink1 { --c: var(--ink1); } .ink2 { --c: var(--ink2); } .ink3 { --c: var(--ink3); }
    .ink4 { --c: var(--ink4); } .ink5 { --c: var(--ink5); } .ink6 { --c: var(--ink6); } .ink7 { --c: var(--ink7); }
    .ink-muted { --c: var(--ink-muted); } .ink-good { --c: var(--ink-good); } .ink-bad { --c: var(--ink-bad); }
    .ink-warn { --c: var(--ink-warn); }
    .chart .bar, .chart .swatch, .chart .span, .chart .marker, .chart .dot { fill: var(--c); }
    .chart .bar.over { stroke: var(--fg); stroke-width: 0.5; }
    .chart .line { fill: none; stroke: var(--c); stroke-width: 2; stroke-linejoin: round; }
    .chart .dash1 { stroke-dasharray: 7 3; } .chart .dash2 { stroke-dasharray: 2 3; }
    .chart .dash3 { stroke-dasharray: 9 3 2 3; }
    .chart .ref { stroke: var(--c); stroke-width: 1.5; stroke-dasharray: 5 4; fill: none; }
    .chart .ref.refdash1 { stroke-dasharray: 2 3; }
    .chart .marker.hollow { fill: var(--bg); stroke: var(--c); stroke-width: 2; }
    .chart .tick-mark { stroke: var(--c); stroke-width: 2; }
    .chart .range { stroke: var(--fg); stroke-width: 1.5; }
    .chart .target { stroke: var(--fg); stroke-width: 2.5; }
    @media print {
      :root {
        --bg: #ffffff; --fg: #000000; --muted: #444a52; --rule: #b9bec5; --panel: #f1f3f5; --grid: #dde1e5;
        --on-ink: #ffffff;
        --ink0: #2f6bd6; --ink1: #d27a1f; --ink2: #23895d; --ink3: #8452cc; --ink4: #c9446b; --ink5: #1a8aa3;
        --ink6: #857313; --ink7: #5f6b7a; --ink-muted: #aab2bd; --ink-good: #23804f; --ink-bad: #c93636;
        --ink-warn: #b77d00;
      }
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      .table-box { max-height: none; overflow: visible; }
      th { position: static; }
      section { break-inside: auto; }
      h2, h3, figcaption { break-after: avoid; }
    }
    """
}
