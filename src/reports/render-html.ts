// The report document written as HTML (issue 16), pure: a standalone page for
// the download and for Chromium to print to PDF, and the body alone for the
// preview on the /reports page. Headings h1 (title), h2 (sections), h3
// (figures) give the PDF its tagged structure and outline; a contents list
// at the start links to every section. Print CSS: A4, black text, tables that
// do not split a row, charts kept whole.
import { escapeXml as esc } from './svg-charts.js';
import type { ReportDocument, ReportFigure, ReportSection, ReportTable } from './model.js';
import { longDate } from './sections.js';

const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
html { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; font-size: 11pt; line-height: 1.35; }
body { margin: 0 auto; max-width: 960px; padding: 0 12px; }
h1 { font-size: 22pt; margin: 0 0 8pt; }
h2 { font-size: 16pt; margin: 18pt 0 6pt; border-top: 2px solid #0b0c0c; padding-top: 6pt; break-after: avoid; }
h3 { font-size: 12.5pt; margin: 12pt 0 4pt; break-after: avoid; }
.wm-report__meta { margin: 0 0 10pt; }
.wm-report__meta dt { font-weight: bold; float: left; clear: left; width: 11em; }
.wm-report__meta dd { margin: 0 0 2pt 11em; }
.wm-report__toc ol { padding-left: 1.4em; }
.wm-report__toc a { color: #0b0c0c; }
.wm-report__section { break-before: page; }
.wm-report__section:first-of-type { break-before: auto; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 10pt; }
caption { text-align: left; font-weight: bold; padding: 2pt 0; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 3pt 5pt; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { border-top: 2px solid #0b0c0c; font-weight: bold; }
tr { break-inside: avoid; }
figure { margin: 6pt 0; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 10pt; }
.wm-report__method { font-size: 9.5pt; color: #0b0c0c; border-left: 3px solid #b1b4b6; padding-left: 6pt; margin: 4pt 0 10pt; }
.wm-report__method p { margin: 2pt 0; }
.wm-report__summary { display: grid; grid-template-columns: max-content auto; gap: 2pt 12pt; margin: 4pt 0 8pt; }
.wm-report__summary dt { font-weight: bold; }
.wm-report__summary dd { margin: 0; }
.wm-report__unavailable { font-style: italic; }
.wm-report__disclosure { border: 2px solid #0b0c0c; padding: 6pt 8pt; margin: 8pt 0; }
.govuk-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
`;

/** How the body is written: standalone (its own CSS), or inside a GOV.UK page (its classes, headings one level down). */
export interface BodyOptions {
  govuk?: boolean;
}

interface Style {
  h: (level: 1 | 2 | 3, attrs: string, text: string) => string;
  table: string;
  caption: string;
  th: string;
  thNum: string;
  td: string;
  tdNum: string;
  p: string;
}

function styleOf(o: BodyOptions): Style {
  if (!o.govuk) {
    return { h: (l, a, t) => `<h${l}${a}>${t}</h${l}>`, table: '', caption: '', th: '', thNum: ' class="num"', td: '', tdNum: ' class="num"', p: '' };
  }
  const sizes = { 1: 'l', 2: 'm', 3: 's' } as const;
  return {
    h: (l, a, t) => `<h${l + 1} class="govuk-heading-${sizes[l]}"${a}>${t}</h${l + 1}>`,
    table: ' class="govuk-table"',
    caption: ' class="govuk-table__caption govuk-table__caption--s"',
    th: ' class="govuk-table__header"',
    thNum: ' class="govuk-table__header govuk-table__header--numeric"',
    td: ' class="govuk-table__cell"',
    tdNum: ' class="govuk-table__cell govuk-table__cell--numeric"',
    p: ' class="govuk-body"',
  };
}

function table(t: ReportTable, st: Style): string {
  const numeric = (text: string) => /^[-+–]?[\d.,]+%?( points)?$|^fewer than 5$|^withheld$/.test(text);
  const row = (label: string, cells: ReportTable['rows'][number]['cells'], total = false) =>
    `<tr${st.table ? ' class="govuk-table__row"' : ''}><th scope="row"${st.th}>${esc(label)}</th>${cells
      .map((c) => `<td${total || numeric(c.text) ? st.tdNum : st.td}${c.withheld ? ` data-withheld="${c.withheld}"` : ''}>${esc(c.text)}</td>`)
      .join('')}</tr>`;
  let out = `<table${st.table}><caption${st.caption}>${esc(t.caption)}</caption><thead><tr>${t.head.map((h, i) => `<th scope="col"${i ? st.thNum : st.th}>${esc(h)}</th>`).join('')}</tr></thead><tbody>`;
  out += t.rows.map((r) => row(r.label, r.cells)).join('');
  out += '</tbody>';
  if (t.total) out += `<tfoot>${row(t.total.label, t.total.cells, true)}</tfoot>`;
  return out + '</table>';
}

function figure(f: ReportFigure, st: Style): string {
  let out = `<div class="wm-report__figure" id="figure-${esc(f.id)}">${st.h(3, '', esc(f.title))}`;
  if (f.chart) {
    out += `<figure>${f.chart.svg}<figcaption>${esc(f.chart.description)} The figures are in the table below.</figcaption></figure>`;
  }
  if (f.table) out += table(f.table, st);
  out += `<div class="wm-report__method"><p${st.p}><strong>Method.</strong></p>${f.method.map((m) => `<p${st.p}>${esc(m)}</p>`).join('')}`;
  out += `<p${st.p}><strong>Data extract:</strong> ${f.extractDate ? esc(longDate(f.extractDate.slice(0, 10))) : 'no import recorded'}.</p></div></div>`;
  return out;
}

function section(s: ReportSection, st: Style): string {
  let out = `<section class="wm-report__section" id="section-${esc(s.id)}" aria-labelledby="heading-${esc(s.id)}">${st.h(2, ` id="heading-${esc(s.id)}"`, esc(s.heading))}`;
  if (s.summary.length) out += `<dl class="wm-report__summary">${s.summary.map((x) => `<dt>${esc(x.label)}</dt><dd>${esc(x.value)}</dd>`).join('')}</dl>`;
  if (s.unavailable) out += `<p class="wm-report__unavailable${st.p ? ' govuk-body' : ''}">${esc(s.unavailable)}</p>`;
  out += s.figures.map((f) => figure(f, st)).join('');
  return out + '</section>';
}

/** The report's body: title, facts, contents, disclosure note and sections. */
export function renderReportBody(doc: ReportDocument, o: BodyOptions = {}): string {
  const st = styleOf(o);
  const h = doc.headline;
  const pct = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)}%`);
  let out = `<article class="wm-report" lang="en-GB"><header>${st.h(1, ' id="report-title"', esc(doc.title))}`;
  out += '<dl class="wm-report__meta">';
  out += `<dt>Partnership</dt><dd>${esc(doc.partnership.name)}</dd>`;
  out += `<dt>Period</dt><dd>${esc(doc.period.label)}</dd>`;
  out += `<dt>Audience</dt><dd>${doc.audience === 'board' ? 'Board (figures only)' : 'Staff'}</dd>`;
  out += `<dt>NI30 ceiling</dt><dd>${pct(doc.ceiling.value)} (${doc.ceiling.source === 'stored' ? 'the target stored for the year' : 'as given'})</dd>`;
  out += `<dt>Written</dt><dd>${esc(longDate(doc.generatedAt.slice(0, 10)))} by ${esc(doc.generatedBy)}</dd>`;
  out += '</dl>';
  // In the page, GOV.UK's spaced list keeps the links 24px apart (WCAG 2.2 target size).
  const ol = o.govuk ? '<ol class="govuk-list govuk-list--number govuk-list--spaced">' : '<ol>';
  const a = o.govuk ? ' class="govuk-link"' : '';
  out += `<nav class="wm-report__toc" aria-labelledby="contents">${st.h(2, ' id="contents"', 'Contents')}${ol}<li><a${a} href="#headline">Headline figures</a></li>${doc.sections.map((s) => `<li><a${a} href="#section-${esc(s.id)}">${esc(s.heading)}</a></li>`).join('')}</ol></nav>`;
  out += `${st.h(2, ' id="headline"', 'Headline figures')}<dl class="wm-report__summary" id="headline-figures">`;
  out += `<dt>Cohort</dt><dd>${h.cohortSize === null ? 'fewer than 5' : h.cohortSize}</dd>`;
  out += `<dt>Baseline</dt><dd>${h.baseline}</dd>`;
  out += `<dt>Threshold</dt><dd>${h.threshold}</dd>`;
  out += `<dt>Actual</dt><dd>${h.actual}</dd>`;
  out += `<dt>Reduction achieved</dt><dd>${pct(h.reductionAchieved)}</dd>`;
  out += '</dl>';
  out += `<p class="wm-report__disclosure${st.p ? ' govuk-inset-text' : ''}">${esc(doc.disclosure)}</p></header>`;
  out += doc.sections.map((s) => section(s, st)).join('');
  return out + '</article>';
}

/** A standalone HTML page, with its own print CSS (no scripts, no external files). */
export function renderReportHtml(doc: ReportDocument): string {
  return (
    '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">' +
    `<title>${esc(doc.title)}</title>` +
    `<meta name="author" content="${esc(doc.partnership.name)}">` +
    `<meta name="description" content="${esc(`${doc.kind === 'annual' ? 'Annual' : 'Quarterly'} partnership report for ${doc.scheme.code}, ${doc.period.label}, ${doc.audience} audience`)}">` +
    `<meta name="generator" content="Waymark">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${PRINT_CSS}</style></head><body>` +
    renderReportBody(doc) +
    '</body></html>\n'
  );
}
