// Accessible SVG charts (SPEC 3.7: "Charts are real charts (SVG)"), drawn on the
// server by Apache ECharts (server-side rendering to an SVG string: no DOM, no
// canvas, no native code). Pure: data in, markup out.
//
// Each chart is an <svg role="img"> with a <title> and a <desc> that say what it
// shows and list every figure, so a screen reader (and a reader of the text of
// the PDF) gets the data; the pages and the report also show the data as a table.
// For print, text is black, every bar carries its value as a label, series are
// told apart by ECharts' aria decals (patterns) and by dashes/markers on lines,
// never by colour alone. ECharts writes `style="font-…"` on text, which the
// Content Security Policy blocks, so those are rewritten as presentation
// attributes; element ids are prefixed with the chart's id so that many charts
// can share a page.
import { createRequire } from 'node:module';

// Loaded on the first chart, not when the module is imported: ECharts takes half
// a second to load, and most commands and pages never draw a chart.
let echartsLib: typeof import('echarts') | undefined;
const echarts = () => (echartsLib ??= createRequire(import.meta.url)('echarts') as typeof import('echarts'));

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

export const FRAME = { width: 640, height: 360 } as const;

const INK = '#0b0c0c';
const GRID = '#b1b4b6';
// GOV.UK colours that keep 3:1 against white; the decals tell series apart in greyscale.
const SERIES_COLOURS = ['#1d70b8', '#6f2c91', '#00703c', '#d4351c'];
const LINE_TYPES: ('solid' | 'dashed' | 'dotted')[] = ['solid', 'dashed', 'dotted'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'];
const FONT = 'Arial, Helvetica, sans-serif';

const fmtDefault = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));
const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;

const textStyle = { color: INK, fontFamily: FONT, fontSize: 13 };

function axisName(name: string) {
  return { name, nameLocation: 'middle' as const, nameTextStyle: { ...textStyle, fontSize: 14 } };
}

function base(c: ChartText) {
  return {
    animation: false,
    // aria: ECharts' own description, and decal patterns so series differ without colour.
    aria: { enabled: true, label: { enabled: true, description: c.description }, decal: { show: true } },
    textStyle,
    color: SERIES_COLOURS,
    legend: { bottom: 0, textStyle, itemWidth: 24, itemHeight: 14 },
    grid: { left: 72, right: 24, top: 24, bottom: 88, containLabel: false },
  };
}

/** Renders the option to an SVG string, and makes it fit a page with a strict CSP. */
function render(c: ChartText, option: Record<string, unknown>, kind: string, data: string, width: number = FRAME.width, height: number = FRAME.height): string {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption(option);
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  return finish(svg, c, kind, data);
}

/** ECharts' SVG made self-describing and CSP-safe (exported for the tests). */
export function finish(svg: string, c: ChartText, kind: string, data: string): string {
  const id = escapeXml(c.id.replace(/[^A-Za-z0-9_-]/g, '-'));
  const t = `${id}-title`;
  const d = `${id}-desc`;
  let out = svg
    // ECharts' own <style> (hover cursors, animation classes) is an inline style the CSP blocks; a static chart needs none.
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    // Unique ids a chart, so that two charts' patterns do not collide.
    .replace(/zr\d+-/g, `${id}-`)
    // Inline style attributes are blocked by the CSP: make them presentation attributes.
    .replace(/ style="([^"]*)"/g, (_m, css: string) =>
      css
        .split(';')
        .map((decl) => decl.split(':').map((s) => s.trim()))
        .filter(([k, v]) => k && v && /^(font-size|font-family|font-weight|font-style|opacity)$/.test(k))
        .map(([k, v]) => ` ${k}="${escapeXml(v!.replace(/&quot;/g, ''))}"`)
        .join(''),
    )
    // Grey text prints faintly: all text in black.
    .replace(/(<text[^>]*?) fill="#[0-9a-fA-F]{3,6}"/g, (m, head: string) => (/paint-order/.test(m) ? m : `${head} fill="${INK}"`));
  out = out.replace(
    /^<svg /,
    `<svg class="wm-chart wm-chart--${kind}" id="${id}" role="img" aria-labelledby="${t} ${d}" focusable="false" `,
  );
  const head = `<title id="${t}">${escapeXml(c.title)}</title><desc id="${d}">${escapeXml(`${c.description} ${data}`.trim())}</desc>`;
  return out.replace(/^(<svg[^>]*>)/, `$1${head}`);
}

/**
 * Grouped vertical bars a category, with optional horizontal reference lines
 * (such as the NI30 threshold per quarter), each bar labelled with its value.
 */
export function barChart(c: BarChartInput): string {
  const format = c.format ?? fmtDefault;
  const data = c.categories
    .map((cat, i) => `${cat}: ${c.series.map((s) => `${s.name} ${s.values[i] === undefined ? 'none' : format(s.values[i]!)}`).join(', ')}.`)
    .concat((c.lines ?? []).map((l) => `${l.name}: ${format(l.value)}.`))
    .join(' ');
  const lines = c.lines ?? [];
  // Reference lines are line series across the categories (so they sit in the legend), always dashed, in black.
  const option = {
    ...base(c),
    xAxis: { type: 'category', data: c.categories, ...axisName(c.xLabel), nameGap: 32, axisLabel: textStyle, axisLine: { lineStyle: { color: INK } } },
    yAxis: { type: 'value', ...axisName(c.yLabel), nameGap: 48, min: 0, axisLabel: { ...textStyle, formatter: (v: number) => format(v) }, splitLine: { lineStyle: { color: GRID } } },
    series: [
      ...c.series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values.map((v) => Math.max(0, v)),
        barMaxWidth: 64,
        itemStyle: { borderColor: INK, borderWidth: 1 },
        label: { show: true, position: 'top', color: INK, fontFamily: FONT, fontSize: 12, formatter: (p: { dataIndex: number }) => format(s.values[p.dataIndex]!) },
      })),
      ...lines.map((l, li) => ({
        type: 'line',
        name: l.name,
        data: c.categories.map(() => l.value),
        symbol: 'none',
        color: INK,
        lineStyle: { color: INK, width: 2, type: li % 2 === 0 ? 'dashed' : 'dotted' },
        itemStyle: { color: INK },
        decal: 'none',
      })),
    ],
  };
  return render(c, option, 'bar', data);
}

/** Lines over categories (such as rolling 12 months), each with its own dash and marker. */
export function lineChart(c: LineChartInput): string {
  const format = c.format ?? fmtDefault;
  const data = c.categories
    .map((cat, i) => `${cat}: ${c.series.map((s) => `${s.name} ${s.values[i] === null || s.values[i] === undefined ? 'none' : format(s.values[i]!)}`).join(', ')}.`)
    .join(' ');
  const option = {
    ...base(c),
    xAxis: { type: 'category', data: c.categories, ...axisName(c.xLabel), nameGap: 32, axisLabel: textStyle, axisLine: { lineStyle: { color: INK } } },
    yAxis: { type: 'value', ...axisName(c.yLabel), nameGap: 48, min: 0, axisLabel: { ...textStyle, formatter: (v: number) => format(v) }, splitLine: { lineStyle: { color: GRID } } },
    series: c.series.map((s, si) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      connectNulls: false,
      symbol: SYMBOLS[si % SYMBOLS.length],
      symbolSize: 9,
      lineStyle: { width: 3, type: LINE_TYPES[si % LINE_TYPES.length] },
      label: { show: true, position: 'top', color: INK, fontFamily: FONT, fontSize: 12, formatter: (p: { value: number }) => format(p.value) },
    })),
  };
  return render(c, option, 'line', data);
}

/**
 * The Lorenz curve of offences over people: cumulative share of offences
 * against cumulative share of people (least prolific first), with the line of
 * equality, and optionally the share held by the most prolific part marked.
 */
export function lorenzChart(c: LorenzChartInput): string {
  const data =
    c.points.map((pt) => `${pct(pt.people)} of people: ${pct(pt.offences)} of offences.`).join(' ') +
    (c.topShare ? ` The most prolific ${pct(c.topShare.people)} committed ${pct(c.topShare.offences)} of offences.` : '');
  const axis = (name: string, gap: number) => ({
    type: 'value',
    min: 0,
    max: 1,
    interval: 0.25,
    ...axisName(name),
    nameGap: gap,
    axisLabel: { ...textStyle, formatter: (v: number) => pct(v) },
    splitLine: { lineStyle: { color: GRID } },
    axisLine: { show: true, lineStyle: { color: INK } },
  });
  const series: Record<string, unknown>[] = [
    {
      type: 'line',
      name: 'Offences held',
      data: c.points.map((p) => [p.people, p.offences]),
      symbol: 'none',
      lineStyle: { width: 3, color: SERIES_COLOURS[0] },
      itemStyle: { color: SERIES_COLOURS[0] },
    },
    {
      type: 'line',
      name: 'Line of equality',
      data: [
        [0, 0],
        [1, 1],
      ],
      symbol: 'none',
      lineStyle: { width: 2, type: 'dashed', color: INK },
      itemStyle: { color: INK },
    },
  ];
  if (c.topShare) {
    series.push({
      type: 'scatter',
      name: `Most prolific ${pct(c.topShare.people)}: ${pct(c.topShare.offences)} of offences`,
      data: [[1 - c.topShare.people, 1 - c.topShare.offences]],
      symbol: 'diamond',
      symbolSize: 14,
      itemStyle: { color: INK },
    });
  }
  const option = {
    ...base(c),
    grid: { left: 72, right: 24, top: 24, bottom: 110 },
    xAxis: axis(c.xLabel ?? 'Share of people, least prolific first', 30),
    yAxis: axis(c.yLabel ?? 'Share of offences', 52),
    legend: { bottom: 0, textStyle, orient: 'vertical' as const },
    series,
  };
  return render(c, option, 'lorenz', data, 440, 460);
}
