// The SVG charts: geometry proportional to the data, reference lines where
// their value says, accessible names and descriptions, and escaped text.
import { describe, expect, it } from 'vitest';
import { barChart, escapeXml, lineChart, lorenzChart, niceScale, FRAME } from '../../../src/reports/charts.js';

/** The attributes of every element with a class that contains `cls`. */
function elements(svg: string, tag: string, cls: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    if ((attrs.class ?? '').split(/\s+/).some((c) => c === cls)) out.push(attrs);
  }
  return out;
}

const stockton = () =>
  barChart({
    id: 'ni30-q',
    title: 'Convictions a quarter, PPO 2008/09',
    description: 'Actual convictions each quarter against the expected per quarter.',
    categories: ['Q1', 'Q2', 'Q3', 'Q4'],
    series: [{ name: 'Actual', values: [56, 49, 23, 22] }],
    lines: [{ name: 'Expected a quarter (threshold ÷ 4)', value: 51.75 }],
    xLabel: 'Quarter',
    yLabel: 'Convictions',
  });

describe('niceScale', () => {
  it('gives a round top at or above the maximum', () => {
    expect(niceScale(56)).toEqual({ top: 60, step: 20 });
    expect(niceScale(247)).toEqual({ top: 250, step: 50 });
    expect(niceScale(0.49)).toEqual({ top: 0.5, step: 0.1 });
    expect(niceScale(0)).toEqual({ top: 1, step: 0.25 });
    for (const m of [1, 3, 7, 13, 99, 101, 1234, 0.003]) expect(niceScale(m).top).toBeGreaterThanOrEqual(m);
  });
});

describe('barChart', () => {
  it('draws bar heights proportional to the values, from one baseline', () => {
    const bars = elements(stockton(), 'rect', 'wm-chart__bar');
    expect(bars.map((b) => Number(b['data-value']))).toEqual([56, 49, 23, 22]);
    const heights = bars.map((b) => Number(b.height));
    const perUnit = heights[0]! / 56;
    expect(heights[1]! / 49).toBeCloseTo(perUnit, 6);
    expect(heights[2]! / 23).toBeCloseTo(perUnit, 6);
    expect(heights[3]! / 22).toBeCloseTo(perUnit, 6);
    // Every bar stands on the x axis.
    const bottoms = bars.map((b) => Number(b.y) + Number(b.height));
    expect(new Set(bottoms.map((v) => v.toFixed(4))).size).toBe(1);
    expect(bottoms[0]).toBeCloseTo(FRAME.height - FRAME.bottom, 6);
    // Bars go left to right in category order.
    const xs = bars.map((b) => Number(b.x));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('puts the threshold line at the height a bar of that value would reach', () => {
    const svg = barChart({
      id: 'c',
      title: 't',
      description: 'd',
      categories: ['A', 'B'],
      series: [{ name: 'Actual', values: [10, 20] }],
      lines: [{ name: 'Threshold', value: 20 }],
      xLabel: 'x',
      yLabel: 'y',
    });
    const [line] = elements(svg, 'line', 'wm-chart__line');
    const bars = elements(svg, 'rect', 'wm-chart__bar');
    expect(Number(line!.y1)).toBeCloseTo(Number(bars[1]!.y), 6);
    expect(line!.y1).toBe(line!.y2);
    // 51.75 of a 60 scale in the Stockton chart: 0.8625 of the plot height above the axis.
    const [t] = elements(stockton(), 'line', 'wm-chart__line');
    const plotHeight = FRAME.height - FRAME.bottom - FRAME.top;
    expect(FRAME.height - FRAME.bottom - Number(t!.y1)).toBeCloseTo(plotHeight * (51.75 / 60), 6);
  });

  it('is an image with an accessible name and a description that lists the data', () => {
    const svg = stockton();
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="ni30-q-title ni30-q-desc"/);
    expect(svg).toContain('<title id="ni30-q-title">Convictions a quarter, PPO 2008/09</title>');
    const d = /<desc id="ni30-q-desc">([^<]*)<\/desc>/.exec(svg)![1]!;
    expect(d).toContain('Q1: Actual 56.');
    expect(d).toContain('Q4: Actual 22.');
    expect(d).toContain('Expected a quarter (threshold ÷ 4): 51.75.');
    expect(svg).toContain('>Quarter</text>');
    expect(svg).toContain('>Convictions</text>');
    expect(svg).not.toMatch(/style=/);
  });

  it('escapes every piece of text', () => {
    const svg = barChart({
      id: 'x"y',
      title: '<script>alert(1)</script>',
      description: 'Tom & Jerry',
      categories: ['<b>Q1</b>'],
      series: [{ name: 'a"b', values: [1] }],
      lines: [{ name: "O'Brien", value: 1 }],
      xLabel: '<x>',
      yLabel: '<y>',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<x>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Tom &amp; Jerry');
    expect(svg).toContain('id="x&quot;y"');
    expect(svg).toContain('O&#39;Brien');
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('draws a negative or zero value as no height, not below the axis', () => {
    const svg = barChart({ id: 'z', title: 't', description: 'd', categories: ['A', 'B'], series: [{ name: 's', values: [0, -3] }], xLabel: 'x', yLabel: 'y' });
    const bars = elements(svg, 'rect', 'wm-chart__bar');
    expect(bars.map((b) => Number(b.height))).toEqual([0, 0]);
    expect(svg).toContain('B: s -3.');
  });
});

describe('lineChart', () => {
  it('places each point by its value and breaks the line at a gap', () => {
    const svg = lineChart({
      id: 'roll',
      title: 'Rolling 12 months',
      description: 'Observed against predicted.',
      categories: ['Q1', 'Q2', 'Q3', 'Q4'],
      series: [
        { name: 'Observed', values: [240, null, 180, 150] },
        { name: 'Predicted', values: [237, 227, 217, 207] },
      ],
      xLabel: 'Twelve months to the end of',
      yLabel: 'Convictions',
    });
    const points = elements(svg, 'circle', 'wm-chart__point');
    expect(points.map((p) => Number(p['data-value']))).toEqual([240, 180, 150]);
    const base = FRAME.height - FRAME.bottom;
    const h = (p: Record<string, string>) => base - Number(p.cy);
    expect(h(points[1]!) / 180).toBeCloseTo(h(points[0]!) / 240, 6);
    // Observed has one run of two points (Q3–Q4) after the gap; Q1 stands alone.
    const observed = /<g class="wm-chart__series wm-chart__series--0">(.*?)<\/g>/.exec(svg)![1]!;
    expect(observed.match(/<polyline/g)).toHaveLength(1);
    const predicted = elements(svg, 'rect', 'wm-chart__point');
    expect(predicted).toHaveLength(4);
    expect(svg).toContain('Q2: Observed none, Predicted 227.');
  });
});

describe('lorenzChart', () => {
  it('draws the curve on a unit square, the equality line and the top 10% marker', () => {
    const points = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((people) => ({ people, offences: people ** 3 }));
    const svg = lorenzChart({
      id: 'lz',
      title: 'Concentration of offending',
      description: 'The Lorenz curve.',
      points,
      topShare: { people: 0.1, offences: 1 - 0.9 ** 3 },
    });
    const curve = /class="wm-chart__curve" points="([^"]+)"/.exec(svg)![1]!.split(' ').map((s) => s.split(',').map(Number));
    expect(curve).toHaveLength(11);
    const [x0, y0] = curve[0]!;
    const [x1, y1] = curve[10]!;
    // From the bottom-left to the top-right corner of the plot.
    expect(y0! - y1!).toBeCloseTo(x1! - x0!, 6);
    // The curve at 50% of people is at 12.5% of offences.
    const [xm, ym] = curve[5]!;
    expect((xm! - x0!) / (x1! - x0!)).toBeCloseTo(0.5, 6);
    expect((y0! - ym!) / (y0! - y1!)).toBeCloseTo(0.125, 6);
    const [marker] = elements(svg, 'line', 'wm-chart__marker');
    expect(Number(marker!['data-value'])).toBeCloseTo(0.271, 3);
    expect(svg).toContain('The most prolific 10% committed 27.1% of offences.');
    expect(svg).toContain('role="img"');
  });
});
