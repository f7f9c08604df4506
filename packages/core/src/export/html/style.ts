/** The report's stylesheet: A4 pages, a landscape page for the diagram and wide tables, and how it prints. */
export const REPORT_STYLE = `
:root { --text: #111827; --muted: #4b5563; --line: #d1d5db; --accent: #1d4ed8; --gap: #fef3c7; --overlap: #fee2e2; --ok: #dcfce7; }
* { box-sizing: border-box; }
body { margin: 0; font: 11pt/1.5 "Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); }
main { max-width: 180mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 6mm; }
h2 { font-size: 16pt; margin: 10mm 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid var(--accent); }
h3 { font-size: 12.5pt; margin: 6mm 0 1.5mm; }
p { margin: 0 0 3mm; }
a { color: var(--accent); overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.date { white-space: nowrap; }
.title-page { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; }
.title-page .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); font-weight: 700; }
.title-page dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 8mm 0 0; }
.title-page dt { color: var(--muted); }
.title-page dd { margin: 0; }
.diagram img, .diagram-page img { display: block; max-width: 100%; height: auto; margin: 0 auto; border: 1px solid var(--line); border-radius: 4px; }
.diagram-page h3 { margin: 8mm 0 2mm; }
.page-number { color: var(--accent); margin-right: 2mm; }
.atlas-key { columns: 3; column-gap: 8mm; margin: 2mm 0 0; padding: 0; list-style: none; font-size: 10pt; line-height: 1.3; }
.atlas-key li { break-inside: avoid; margin-bottom: 1mm; }
.counts { display: flex; flex-wrap: wrap; gap: 3mm; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 4px; padding: 1.5mm 3mm; }
.counts strong { font-size: 14pt; margin-right: 1.5mm; }
.goal { break-inside: avoid-page; }
.goal .meta { color: var(--muted); font-style: italic; }
.goal ul { margin: 1mm 0 3mm; padding-left: 6mm; }
.goal h4 { font-size: 11pt; margin: 3mm 0 1mm; color: var(--accent); }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 10pt; line-height: 1.35; }
th, td { border: 1px solid var(--line); padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
th { background: #f3f4f6; overflow-wrap: normal; }
tr { break-inside: avoid; }
.coverage td.gap { background: var(--gap); }
.coverage td.overlap { background: var(--overlap); }
.coverage td.covered { background: var(--ok); }
.coverage td { text-align: center; }
.coverage td:first-child, .coverage th:first-child { text-align: left; }
.progress .chart svg { display: block; margin: 0.5mm 0; max-width: 100%; height: auto; }
.progress .status { font-weight: 600; }
.progress .date { white-space: normal; display: block; }
ul.changes { margin: 1mm 0 3mm; padding-left: 6mm; }
ul.changes li[data-sign="added"] { color: #166534; }
ul.changes li[data-sign="removed"] { color: #991b1b; }
.votes { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 10mm; color: var(--muted); font-size: 10pt; }
@page { size: A4; margin: 15mm 15mm 18mm; }
@page landscape { size: A4 landscape; margin: 8mm; }
@page portrait { size: A4; margin: 8mm; }
@media print {
  main { padding: 0; max-width: none; }
  .title-page { break-after: page; }
  .diagram, .diagram-page.landscape { page: landscape; break-before: page; }
  .diagram-page.portrait { page: portrait; break-before: page; }
  .diagram h2, .diagram-page h3 { margin: 0 0 2mm; font-size: 12pt; border: 0; padding: 0; }
  .diagram .muted { margin: 0 0 2mm; }
  .diagram img, .diagram-page img { border: 0; }
  /* A diagram page is exactly one sheet (A4 less 8 mm margins): its heading takes at most two lines, the picture the rest. */
  .diagram, .diagram-page { display: flex; flex-direction: column; overflow: hidden; }
  .diagram, .diagram-page.landscape { height: 193mm; }
  .diagram-page.portrait { height: 280mm; }
  .diagram img, .diagram-page img { flex: 1 1 0; min-height: 0; width: 100%; max-width: 100%; object-fit: contain; }
  .diagram .atlas-key { flex: none; }
  .wide { page: landscape; break-before: page; }
  h2 { break-after: avoid; }
  section.major { break-before: page; }
}
`;
