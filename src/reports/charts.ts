// Small accessible SVG charts (SPEC 3.7: "Charts are real charts (SVG)"), as
// strings, for the performance pages and the reports. Pure: data in, markup
// out. Each chart has role="img" with a <title> and <desc> that say what it
// shows and list the data, so a screen reader user gets the figures; the
// pages also show the same data as a table. No style attributes (the CSP
// blocks them): colours are presentation attributes, overridable by class.

export interface ChartText {
  /** Unique on the page: used for the ids that tie <title> and <desc> to the chart. */
  id: string;
  title: string;
  /** A sentence on what the chart shows; the data are appended to it. */
  description: string;
}

export interface BarSeries {
  name: string;
  values: number[];
}

export interface ReferenceLine {
  name: string;
  value: number;
}

export interface BarChartInput extends ChartText {
  /** One label a group of bars, e.g. Q1..Q4. */
  categories: string[];
  series: BarSeries[];
  /** Horizontal lines across the chart, e.g. the threshold per quarter. */
  lines?: ReferenceLine[];
  xLabel: string;
  yLabel: string;
  /** How a value is written in labels and the description. */
  format?: (n: number) => string;
}

export interface LineSeries {
  name: string;
  /** One a category; null leaves a gap. */
  values: (number | null)[];
}

export interface LineChartInput extends ChartText {
  categories: string[];
  series: LineSeries[];
  xLabel: string;
  yLabel: string;
  format?: (n: number) => string;
}

export interface LorenzChartInput extends ChartText {
  /** Cumulative shares (0..1), least prolific first, from (0,0) to (1,1). */
  points: { people: number; offences: number }[];
  /** Mark the share held by the most prolific part, e.g. 0.1 for the top 10%. */
  topShare?: { people: number; offences: number } | null;
  xLabel?: string;
  yLabel?: string;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The outer frame every chart shares. */
export const FRAME = { width: 640, height: 360, left: 64, right: 24, top: 24, bottom: 84 } as const;

export interface Plot {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function plotArea(width: number, height: number): Plot {
  return { x0: FRAME.left, x1: width - FRAME.right, y0: FRAME.top, y1: height - FRAME.bottom };
}

/**
 * A "nice" top for the y axis and its tick step: 1, 2 or 5 times a power of
 * ten, with four to eight ticks, never below the largest value.
 */
export function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, step: 0.25 };
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const top = Math.ceil(max / step - 1e-9) * step;
  return { top: round(top), step: round(step) };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const fmtDefault = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));
const num = (n: number) => String(round(n));

// Colours from the GOV.UK palette that keep 3:1 contrast against white.
const SERIES_COLOURS = ['#1d70b8', '#6f2c91', '#00703c', '#d4351c'];
const DASHES = [null, '6 4', '2 3', '10 3 2 3'];
/** Reference lines are always dashed, so they never look like a series. */
const LINE_DASHES = ['6 4', '2 3', '10 3 2 3'];

function open(c: ChartText, width: number, height: number, kind: string): string {
  const t = `${escapeXml(c.id)}-title`;
  const d = `${escapeXml(c.id)}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="wm-chart wm-chart--${kind}" id="${escapeXml(c.id)}" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" role="img" aria-labelledby="${t} ${d}" focusable="false">` +
    `<title id="${t}">${escapeXml(c.title)}</title>`
  );
}

function desc(c: ChartText, data: string): string {
  return `<desc id="${escapeXml(c.id)}-desc">${escapeXml(`${c.description} ${data}`.trim())}</desc>`;
}

function yAxis(p: Plot, top: number, step: number, label: string, format: (n: number) => string): string {
  const y = (v: number) => p.y1 - (v / top) * (p.y1 - p.y0);
  let out = '<g class="wm-chart__axis wm-chart__axis--y" aria-hidden="true">';
  for (let v = 0; v <= top + 1e-9; v = round(v + step)) {
    out += `<line class="wm-chart__grid" x1="${p.x0}" x2="${p.x1}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="#b1b4b6" stroke-width="1"/>`;
    out += `<text class="wm-chart__tick" x="${p.x0 - 8}" y="${num(y(v) + 4)}" text-anchor="end" font-size="13" fill="#0b0c0c">${escapeXml(format(v))}</text>`;
  }
  const cy = (p.y0 + p.y1) / 2;
  out += `<text class="wm-chart__label" x="16" y="${num(cy)}" text-anchor="middle" font-size="14" fill="#0b0c0c" transform="rotate(-90 16 ${num(cy)})">${escapeXml(label)}</text>`;
  return out + '</g>';
}

function xAxis(p: Plot, categories: string[], centre: (i: number) => number, label: string): string {
  let out = '<g class="wm-chart__axis wm-chart__axis--x" aria-hidden="true">';
  out += `<line x1="${p.x0}" x2="${p.x1}" y1="${p.y1}" y2="${p.y1}" stroke="#0b0c0c" stroke-width="1"/>`;
  categories.forEach((c, i) => {
    out += `<text class="wm-chart__tick" x="${num(centre(i))}" y="${p.y1 + 18}" text-anchor="middle" font-size="13" fill="#0b0c0c">${escapeXml(c)}</text>`;
  });
  out += `<text class="wm-chart__label" x="${num((p.x0 + p.x1) / 2)}" y="${p.y1 + 40}" text-anchor="middle" font-size="14" fill="#0b0c0c">${escapeXml(label)}</text>`;
  return out + '</g>';
}

/** A legend under the x-axis label: one swatch and name an entry. */
function legend(p: Plot, entries: { name: string; swatch: (x: number, y: number) => string }[]): string {
  let out = '<g class="wm-chart__legend" aria-hidden="true">';
  let x = p.x0;
  const y = p.y1 + 64;
  for (const e of entries) {
    out += e.swatch(x, y);
    out += `<text x="${x + 26}" y="${y + 4}" font-size="13" fill="#0b0c0c">${escapeXml(e.name)}</text>`;
    x += 26 + 7.5 * e.name.length + 20;
  }
  return out + '</g>';
}

/**
 * Grouped vertical bars a category, with optional horizontal reference lines
 * (such as the NI30 threshold per quarter). Bar heights are proportional to
 * the values from a zero baseline; negative values are drawn as zero height
 * and still listed in the description.
 */
export function barChart(c: BarChartInput): string {
  const format = c.format ?? fmtDefault;
  const { width, height } = FRAME;
  const p = plotArea(width, height);
  const max = Math.max(0, ...c.series.flatMap((s) => s.values), ...(c.lines ?? []).map((l) => l.value));
  const { top, step } = niceScale(max);
  const y = (v: number) => p.y1 - (Math.max(0, v) / top) * (p.y1 - p.y0);
  const band = (p.x1 - p.x0) / Math.max(1, c.categories.length);
  const groupWidth = band * 0.7;
  const barWidth = groupWidth / Math.max(1, c.series.length);
  const centre = (i: number) => p.x0 + band * i + band / 2;

  const data = c.categories
    .map((cat, i) => `${cat}: ${c.series.map((s) => `${s.name} ${s.values[i] === undefined ? 'none' : format(s.values[i]!)}`).join(', ')}.`)
    .concat((c.lines ?? []).map((l) => `${l.name}: ${format(l.value)}.`))
    .join(' ');

  let out = open(c, width, height, 'bar') + desc(c, data);
  out += yAxis(p, top, step, c.yLabel, format);
  out += '<g class="wm-chart__bars">';
  c.series.forEach((s, si) => {
    const colour = SERIES_COLOURS[si % SERIES_COLOURS.length]!;
    s.values.forEach((v, i) => {
      const x = centre(i) - groupWidth / 2 + si * barWidth;
      const top_ = y(v);
      out +=
        `<rect class="wm-chart__bar wm-chart__bar--${si}" x="${num(x + 1)}" y="${num(top_)}" width="${num(Math.max(0, barWidth - 2))}" ` +
        `height="${num(p.y1 - top_)}" fill="${colour}" data-value="${num(v)}"><title>${escapeXml(`${c.categories[i]} ${s.name}: ${format(v)}`)}</title></rect>`;
      out += `<text class="wm-chart__value" x="${num(x + barWidth / 2)}" y="${num(top_ - 5)}" text-anchor="middle" font-size="12" fill="#0b0c0c" aria-hidden="true">${escapeXml(format(v))}</text>`;
    });
  });
  out += '</g>';
  (c.lines ?? []).forEach((l, li) => {
    const ly = y(l.value);
    const dash = LINE_DASHES[li % LINE_DASHES.length]!;
    out +=
      `<line class="wm-chart__line wm-chart__line--${li}" x1="${p.x0}" x2="${p.x1}" y1="${num(ly)}" y2="${num(ly)}" stroke="#0b0c0c" stroke-width="2" ` +
      `stroke-dasharray="${dash}" data-value="${num(l.value)}"><title>${escapeXml(`${l.name}: ${format(l.value)}`)}</title></line>`;
  });
  out += xAxis(p, c.categories, centre, c.xLabel);
  out += legend(p, [
    ...c.series.map((s, si) => ({
      name: s.name,
      swatch: (x: number, yy: number) => `<rect x="${x}" y="${yy - 7}" width="18" height="14" fill="${SERIES_COLOURS[si % SERIES_COLOURS.length]}"/>`,
    })),
    ...(c.lines ?? []).map((l, li) => ({
      name: l.name,
      swatch: (x: number, yy: number) => `<line x1="${x}" x2="${x + 18}" y1="${yy}" y2="${yy}" stroke="#0b0c0c" stroke-width="2" stroke-dasharray="${LINE_DASHES[li % LINE_DASHES.length]}"/>`,
    })),
  ]);
  return out + '</svg>';
}

/** Lines over categories (such as rolling 12 months), each with point markers and its own dash. */
export function lineChart(c: LineChartInput): string {
  const format = c.format ?? fmtDefault;
  const { width, height } = FRAME;
  const p = plotArea(width, height);
  const values = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const { top, step } = niceScale(Math.max(0, ...values));
  const y = (v: number) => p.y1 - (Math.max(0, v) / top) * (p.y1 - p.y0);
  const band = (p.x1 - p.x0) / Math.max(1, c.categories.length);
  const centre = (i: number) => p.x0 + band * i + band / 2;
  const data = c.categories
    .map((cat, i) => `${cat}: ${c.series.map((s) => `${s.name} ${s.values[i] === null || s.values[i] === undefined ? 'none' : format(s.values[i]!)}`).join(', ')}.`)
    .join(' ');

  let out = open(c, width, height, 'line') + desc(c, data);
  out += yAxis(p, top, step, c.yLabel, format);
  c.series.forEach((s, si) => {
    const colour = SERIES_COLOURS[si % SERIES_COLOURS.length]!;
    const dash = DASHES[si % DASHES.length];
    // A gap (null) breaks the line into runs.
    const runs: string[][] = [[]];
    s.values.forEach((v, i) => {
      if (v === null) runs.push([]);
      else runs[runs.length - 1]!.push(`${num(centre(i))},${num(y(v))}`);
    });
    out += `<g class="wm-chart__series wm-chart__series--${si}">`;
    for (const r of runs.filter((r) => r.length > 1)) {
      out += `<polyline points="${r.join(' ')}" fill="none" stroke="${colour}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    }
    s.values.forEach((v, i) => {
      if (v === null) return;
      const cx = num(centre(i));
      const cy = num(y(v));
      const t = `<title>${escapeXml(`${c.categories[i]} ${s.name}: ${format(v)}`)}</title>`;
      out +=
        si % 2 === 0
          ? `<circle class="wm-chart__point" cx="${cx}" cy="${cy}" r="5" fill="${colour}" data-value="${num(v)}">${t}</circle>`
          : `<rect class="wm-chart__point" x="${num(centre(i) - 5)}" y="${num(y(v) - 5)}" width="10" height="10" fill="${colour}" data-value="${num(v)}">${t}</rect>`;
    });
    out += '</g>';
  });
  out += xAxis(p, c.categories, centre, c.xLabel);
  out += legend(
    p,
    c.series.map((s, si) => ({
      name: s.name,
      swatch: (x: number, yy: number) => {
        const dash = DASHES[si % DASHES.length];
        return `<line x1="${x}" x2="${x + 18}" y1="${yy}" y2="${yy}" stroke="${SERIES_COLOURS[si % SERIES_COLOURS.length]}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
      },
    })),
  );
  return out + '</svg>';
}

const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;

/**
 * The Lorenz curve of offences over people: cumulative share of offences
 * against cumulative share of people (least prolific first), with the line of
 * equality, and optionally the share held by the most prolific part marked.
 */
export function lorenzChart(c: LorenzChartInput): string {
  // A square plot, so the line of equality is at 45 degrees.
  const width = 420;
  const height = 440;
  const p: Plot = { x0: FRAME.left, x1: width - FRAME.right, y0: FRAME.top, y1: height - FRAME.bottom };
  const x = (v: number) => p.x0 + v * (p.x1 - p.x0);
  const y = (v: number) => p.y1 - v * (p.y1 - p.y0);
  const data =
    c.points.map((pt) => `${pct(pt.people)} of people: ${pct(pt.offences)} of offences.`).join(' ') +
    (c.topShare ? ` The most prolific ${pct(c.topShare.people)} committed ${pct(c.topShare.offences)} of offences.` : '');

  let out = open(c, width, height, 'lorenz') + desc(c, data);
  out += '<g class="wm-chart__axis" aria-hidden="true">';
  for (let i = 0; i <= 4; i++) {
    const v = i / 4;
    out += `<line class="wm-chart__grid" x1="${p.x0}" x2="${p.x1}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="#b1b4b6" stroke-width="1"/>`;
    out += `<text class="wm-chart__tick" x="${p.x0 - 8}" y="${num(y(v) + 4)}" text-anchor="end" font-size="13" fill="#0b0c0c">${pct(v)}</text>`;
    out += `<text class="wm-chart__tick" x="${num(x(v))}" y="${p.y1 + 18}" text-anchor="middle" font-size="13" fill="#0b0c0c">${pct(v)}</text>`;
  }
  out += `<line x1="${p.x0}" x2="${p.x1}" y1="${p.y1}" y2="${p.y1}" stroke="#0b0c0c" stroke-width="1"/>`;
  out += `<line x1="${p.x0}" x2="${p.x0}" y1="${p.y0}" y2="${p.y1}" stroke="#0b0c0c" stroke-width="1"/>`;
  const cy = (p.y0 + p.y1) / 2;
  out += `<text class="wm-chart__label" x="16" y="${num(cy)}" text-anchor="middle" font-size="14" fill="#0b0c0c" transform="rotate(-90 16 ${num(cy)})">${escapeXml(c.yLabel ?? 'Share of offences')}</text>`;
  out += `<text class="wm-chart__label" x="${num((p.x0 + p.x1) / 2)}" y="${p.y1 + 40}" text-anchor="middle" font-size="14" fill="#0b0c0c">${escapeXml(c.xLabel ?? 'Share of people, least prolific first')}</text>`;
  out += '</g>';
  out += `<line class="wm-chart__equality" x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#505a5f" stroke-width="2" stroke-dasharray="6 4"><title>Line of equality: everyone offends equally</title></line>`;
  if (c.points.length > 1) {
    const pts = c.points.map((pt) => `${num(x(pt.people))},${num(y(pt.offences))}`).join(' ');
    out += `<polyline class="wm-chart__curve" points="${pts}" fill="none" stroke="${SERIES_COLOURS[0]}" stroke-width="3"/>`;
  }
  if (c.topShare) {
    // The top part's share is the rise of the curve over its last stretch.
    const from = 1 - c.topShare.people;
    const at = 1 - c.topShare.offences;
    out +=
      `<line class="wm-chart__marker" x1="${num(x(from))}" x2="${num(x(from))}" y1="${num(y(at))}" y2="${num(y(1))}" stroke="#d4351c" stroke-width="3" data-value="${num(c.topShare.offences)}">` +
      `<title>${escapeXml(`Most prolific ${pct(c.topShare.people)}: ${pct(c.topShare.offences)} of offences`)}</title></line>`;
    out += `<text x="${num(x(from) - 6)}" y="${num((y(at) + y(1)) / 2)}" text-anchor="end" font-size="13" fill="#0b0c0c" aria-hidden="true">${escapeXml(`Top ${pct(c.topShare.people)}: ${pct(c.topShare.offences)}`)}</text>`;
  }
  out += legend(p, [
    { name: 'Lorenz curve', swatch: (lx, ly) => `<line x1="${lx}" x2="${lx + 18}" y1="${ly}" y2="${ly}" stroke="${SERIES_COLOURS[0]}" stroke-width="3"/>` },
    { name: 'Equality', swatch: (lx, ly) => `<line x1="${lx}" x2="${lx + 18}" y1="${ly}" y2="${ly}" stroke="#505a5f" stroke-width="2" stroke-dasharray="6 4"/>` },
  ]);
  return out + '</svg>';
}
