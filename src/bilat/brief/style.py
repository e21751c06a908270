"""The brief's stylesheet: inlined into the page, so the file works offline and prints cleanly."""

CSS = """
:root { --ink:#1f2933; --muted:#5b6770; --line:#e3e7ec; --soft:#f5f7fa; --accent:#1d4e89; --red:#c62828;
        --amber:#b45309; --violet:#7c3aed; --teal:#0f766e; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1060px; margin: 0 auto; padding: 24px 20px 48px; }
a { color: var(--accent); }
h1 { font-size: 2rem; line-height: 1.15; margin: 4px 0 6px; letter-spacing: -0.01em; }
h2 { font-size: 1.3rem; margin: 0 0 4px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 0 0 4px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); margin: 0; }
.lede { color: var(--muted); margin: 0 0 16px; max-width: 46em; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 10px; margin: 0 0 12px; }
.fact { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; background: var(--soft); }
.fact dt { font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.fact dd { margin: 0; font-size: 1.25rem; font-weight: 650; }
.fact dd small { font-size: .75rem; font-weight: 400; color: var(--muted); display: block; }
.fact.text dd { font-size: 1rem; line-height: 1.35; padding-top: 3px; }
.fact.alert dd { color: var(--red); }
.note { font-size: .8rem; color: var(--muted); margin: 4px 0 0; }
nav.toc { display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 10px 0; margin: 12px 0 8px;
          border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); font-size: .9rem; }
nav.toc a { text-decoration: none; font-weight: 600; }
section { margin-top: 34px; }
section.glance { margin-top: 20px; }
section.glance h2 { border-bottom-width: 1px; font-size: 1.05rem; }
section.glance ul { list-style: none; padding: 0; margin: 8px 0 0; display: grid; gap: 4px 24px;
                    grid-template-columns: repeat(auto-fit, minmax(min(100%, 440px), 1fr)); }
section.glance li { padding: 3px 0; }
.glance-label { color: var(--muted); font-size: .85rem; }
.section-note { color: var(--muted); font-size: .88rem; margin: 6px 0 12px; }
.empty { color: var(--muted); font-style: italic; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: .82rem; color: var(--muted); margin: 8px 0 12px; }
.legend span { display: inline-flex; align-items: center; gap: 5px; }
.legend svg { width: 22px; height: 22px; }
.panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 460px), 1fr)); gap: 14px; }
figure.panel { margin: 0; border: 1px solid var(--line);
               border-radius: 8px; padding: 10px 10px 4px; break-inside: avoid; }
figure.panel figcaption { font-weight: 650; font-size: .92rem; margin: 0 0 2px 4px; }
figure.panel figcaption small { font-weight: 400; color: var(--muted); }
svg.chart { display: block; width: 100%; height: auto; overflow: visible; }
svg.chart .tick { font-size: 12px; fill: #5b6770; }
svg.chart .small { font-size: 10.5px; }
svg.chart .val { font-size: 11.5px; fill: #374151; font-weight: 600; }
svg.chart .strip { fill: #f5f7fa; stroke: #d6dbe1; stroke-dasharray: 3 3; rx: 6; }
svg.chart .strip-label { font-size: 11.5px; fill: #5b6770; font-weight: 600; }
svg.chart a.pt:hover .mark, svg.chart a.pt:focus .mark { stroke-width: 3; }
details.table { margin-top: 12px; font-size: .88rem; }
details.table summary { cursor: pointer; color: var(--accent); font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.badge { display: inline-block; font-size: .72rem; font-weight: 650; padding: 1px 7px; border-radius: 10px;
         background: #e8eef6; color: var(--accent); text-transform: uppercase; letter-spacing: .04em; }
.badge.planned { background: #fdf0e1; color: var(--amber); }
.badge.conflict { background: #fde8e8; color: var(--red); }
.badge.target, .badge.forecast, .badge.potential { background: #fdf0e1; color: var(--amber); }
ol.timeline { list-style: none; padding: 0; margin: 0; }
ol.timeline li { display: grid; grid-template-columns: 150px 1fr; gap: 12px; padding: 10px 0;
                 border-bottom: 1px solid var(--line); break-inside: avoid; }
.when { font-weight: 650; font-size: .9rem; }
.when small { display: block; font-weight: 400; color: var(--muted); }
.who { margin: 2px 0; }
.meta { color: var(--muted); font-size: .84rem; }
blockquote { margin: 6px 0 0; padding: 4px 0 4px 12px; border-left: 3px solid var(--line); color: #374151;
             font-size: .9rem; }
a.ref { font-size: .75rem; font-weight: 650; text-decoration: none; white-space: nowrap;
        padding: 0 4px; border-radius: 4px; background: #e8eef6; }
h3.group { margin: 18px 0 8px; font-size: .95rem;
           color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); gap: 16px; }
.person { border: 1px solid var(--line); border-radius: 8px;
          padding: 10px 12px; margin-bottom: 12px; break-inside: avoid; }
.person ul { margin: 4px 0; padding-left: 18px; font-size: .88rem; }
.conflict-card { border: 1px solid #f3c2c2; border-left: 4px solid var(--red); border-radius: 8px; padding: 12px 14px;
            margin-bottom: 16px; break-inside: avoid; }
.why { font-weight: 600; margin: 4px 0 10px; }
.versus { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.claim { background: var(--soft); border-radius: 6px; padding: 8px 10px; }
.claim .figure { font-size: 1.2rem; font-weight: 700; }
.hints-title { margin: 12px 0 0; }
.hints { margin: 10px 0 0; padding-left: 18px; font-size: .9rem; }
.hints li { margin: 2px 0; }
ol.sources { list-style: none; padding: 0; margin: 0; }
.source-doc { margin: 14px 0; break-inside: avoid; }
.source-doc .title { font-weight: 650; }
.source-doc .title.untitled { font-weight: 400; font-style: italic; }
.location { font-size: .78rem; color: var(--muted); word-break: break-all; }
ol.cited { list-style: none; margin: 6px 0 0; padding: 0; }
ol.cited li { display: grid; grid-template-columns: 44px 1fr; gap: 6px; padding: 4px 6px; border-radius: 6px;
              font-size: .9rem; scroll-margin-top: 16px; }
ol.cited li:target { background: #fff6d6; outline: 2px solid #f0c64a; }
ol.cited .num { font-weight: 700; color: var(--accent); font-size: .8rem; padding-top: 2px; }
mark { background: #fff1b8; padding: 0 1px; border-radius: 2px; }
footer { margin-top: 40px; font-size: .8rem;
         color: var(--muted); border-top: 1px solid var(--line); padding-top: 10px; }
@media (max-width: 640px) {
  main { padding: 16px 12px 32px; }
  h1 { font-size: 1.5rem; }
  ol.timeline li { grid-template-columns: 1fr; gap: 2px; }
  .versus { grid-template-columns: 1fr; }
}
@media print {
  * { background: transparent !important; box-shadow: none !important; }
  body { font-size: 10.5pt; color: #000; }
  main { max-width: none; padding: 0; }
  nav.toc, details.table summary { display: none; }
  details.table > * { display: block; }
  section { break-before: page; margin-top: 0; }
  section.glance { break-before: avoid; margin-top: 12px; }
  a { color: inherit; text-decoration: none; }
  .fact, figure.panel, .person, .conflict-card, .claim { border-color: #999; }
  ol.cited li:target { outline: none; }
  .panels { grid-template-columns: repeat(2, 1fr); gap: 8px; }
  svg.chart .strip { fill: none; }
}
"""
