// The ECharts SVG charts: the values drawn and labelled, reference lines
// present, an accessible name and description listing every figure, nothing
// the CSP blocks (no inline style), unique ids a chart, and escaped text.
import { describe, expect, it } from 'vitest';
import { barChart, escapeXml, lineChart, lorenzChart } from '../../../src/reports/svg-charts.js';

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

/** The text content of every <text> element. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('barChart', () => {
  it('is one accessible image: role img, named by its title, described with every figure', () => {
    const svg = stockton();
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="ni30-q-title ni30-q-desc"/);
    expect(svg).toContain('<title id="ni30-q-title">Convictions a quarter, PPO 2008/09</title>');
    const desc = svg.match(/<desc id="ni30-q-desc">([^<]*)<\/desc>/)![1]!;
    expect(desc).toContain('Q1: Actual 56.');
    expect(desc).toContain('Q4: Actual 22.');
    expect(desc).toContain('Expected a quarter (threshold ÷ 4): 51.75.');
  });

  it('labels each bar with its value and each quarter, in black text', () => {
    const t = texts(stockton());
    for (const v of ['56', '49', '23', '22', 'Q1', 'Q2', 'Q3', 'Q4', 'Convictions', 'Quarter', 'Actual']) expect(t).toContain(v);
    const fills = [...stockton().matchAll(/<text[^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills.every((f) => f === '#0b0c0c')).toBe(true);
  });

  it('tells series apart without colour (decal patterns) and draws the reference line dashed', () => {
    const svg = barChart({
      id: 'two',
      title: 't',
      description: 'd',
      categories: ['A', 'B'],
      series: [
        { name: 'Members', values: [3, 4] },
        { name: 'Others', values: [5, 6] },
      ],
      lines: [{ name: 'Target', value: 4 }],
      xLabel: 'x',
      yLabel: 'y',
    });
    expect(svg).toMatch(/<pattern /);
    expect(svg).toMatch(/stroke-dasharray/);
  });

  it('has no inline style (blocked by the CSP) and ids prefixed by the chart id', () => {
    const svg = stockton();
    expect(svg).not.toMatch(/ style="/);
    expect(svg).not.toMatch(/<style/);
    expect(svg).not.toMatch(/zr\d+-/);
    const a = barChart({ id: 'a', title: 't', description: 'd', categories: ['x'], series: [{ name: 's', values: [1] }, { name: 'u', values: [2] }], xLabel: 'x', yLabel: 'y' });
    const ids = [...a.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.every((i) => i.startsWith('a'))).toBe(true);
  });

  it('escapes text', () => {
    const svg = barChart({ id: 'e', title: '<script>&', description: 'a "quote"', categories: ['<b>'], series: [{ name: 'x', values: [1] }], xLabel: 'x', yLabel: 'y' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });
});

describe('lineChart and lorenzChart', () => {
  it('draw every series with its own marker, a gap for a missing value, and describe the data', () => {
    const svg = lineChart({
      id: 'rolling',
      title: 'Rolling',
      description: 'Observed against predicted.',
      categories: ['Q1', 'Q2', 'Q3'],
      series: [
        { name: 'Observed', values: [10, null, 12] },
        { name: 'Predicted', values: [11, 10.5, 10] },
      ],
      xLabel: 'x',
      yLabel: 'y',
    });
    expect(svg).toContain('Q2: Observed none, Predicted 10.5.');
    expect(texts(svg)).toEqual(expect.arrayContaining(['Observed', 'Predicted', '10.5']));
    expect(svg).toMatch(/stroke-dasharray/);
  });

  it('lorenz: the top share is in the description and the legend', () => {
    const svg = lorenzChart({ id: 'l', title: 'L', description: 'Curve.', points: [{ people: 0, offences: 0 }, { people: 0.9, offences: 0.4 }, { people: 1, offences: 1 }], topShare: { people: 0.1, offences: 0.6 } });
    expect(svg).toContain('The most prolific 10% committed 60% of offences.');
    expect(texts(svg).join(' ')).toContain('Line of equality');
  });
});
