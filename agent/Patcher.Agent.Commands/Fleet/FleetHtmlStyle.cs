namespace Patcher.Agent.Fleet;

/// <summary>The HTML report's stylesheet, inlined: the file must open anywhere with nothing fetched.</summary>
internal static class FleetHtmlStyle
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1200px; padding: 24px 32px 48px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 16px; margin: 0 0 6px; display: flex; gap: 10px; align-items: center; }
        .meta, .muted { color: var(--muted); }
        code { font: 13px ui-monospace, SFMono-Regular, Consolas, "Liberation Mono", monospace; }
        .verdict { margin: 16px 0; padding: 12px 16px; border-radius: 8px; border-left: 6px solid; background: var(--panel); font-size: 16px; }
        .counts { display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 0; list-style: none; }
        .count { flex: 1 1 100px; min-width: 100px; padding: 10px 12px; border-radius: 8px; background: var(--panel); border-top: 5px solid; }
        .count .n { display: block; font-size: 26px; font-weight: 650; }
        .count .label { color: var(--muted); font-size: 13px; }
        .count.zero { opacity: .45; }
        .badge { display: inline-block; padding: 1px 9px; border-radius: 999px; color: #fff; font-size: 12px; font-weight: 600; white-space: nowrap; }
        .badge.light { color: var(--ink); }
        ol.attention { padding-left: 22px; }
        ol.attention li { margin: 6px 0; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 13.5px; }
        th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
        th { background: var(--panel); font-weight: 600; }
        td.held { color: #2b8a3e; font-weight: 600; } td.not-held { color: #b3261e; font-weight: 600; }
        td.changed { font-weight: 600; }
        article.host { border: 1px solid var(--line); border-left: 6px solid; border-radius: 8px; padding: 14px 18px; margin: 14px 0; }
        article.host dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; font-size: 13.5px; }
        article.host dt { color: var(--muted); } article.host dd { margin: 0; overflow-wrap: anywhere; }
        h4 { font-size: 14px; margin: 12px 0 2px; }
        svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        footer { margin-top: 36px; color: var(--muted); font-size: 13px; }
        @media print { article.host { break-inside: avoid; } }
        """;
}
