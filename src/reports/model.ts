// The partnership report (SPEC 3.7, issue 16) as one typed document: what the
// report service builds from the measures, what the API returns as JSON, and
// what render-html.ts writes as HTML (and, through Chromium, as PDF). Pure.
import type { IsoDate } from '../calendar/dates.js';
import type { Withheld } from '../disclosure.js';

export type ReportKind = 'annual' | 'quarterly';
/** Board: aggregate only, small counts suppressed, no names. Staff: names where the viewer may see them. */
export type ReportAudience = 'board' | 'staff';
export const REPORT_KINDS: readonly ReportKind[] = ['annual', 'quarterly'];
export const REPORT_AUDIENCES: readonly ReportAudience[] = ['board', 'staff'];

export interface ReportRequest {
  kind: ReportKind;
  schemeCode: string;
  /** '2008/09' */
  year: string;
  /** 1 to 4, for a quarterly report only. */
  quarter?: number | null;
  /** The NI30 ceiling (0.16 for 16%); when absent, the target stored for the scheme and year. */
  ceiling?: number | null;
  audience?: ReportAudience | null;
  /** Called before each long step (the CLI prints it on stderr). */
  onProgress?: (step: string) => void;
  /**
   * The report leaves Waymark as a file (a download, the API's HTML or PDF,
   * the CLI's --out): a staff report that names people is then logged as a
   * disclosure, as every exported file is; read on screen, a consultation.
   */
  asFile?: boolean;
  /** The door the request came through, so a message names what the reader can do there (default: the API). */
  door?: ReportDoor;
}

export type ReportDoor = 'web' | 'api' | 'cli';

/** One cell of a table: the text a reader sees, and the number behind it unless withheld. */
export interface ReportCell {
  text: string;
  /** null when withheld, or when the cell is not a count. */
  value: number | null;
  withheld: Withheld | null;
}

export interface ReportTable {
  caption: string;
  /** Column headings; the first heads the row labels. */
  head: string[];
  rows: { label: string; cells: ReportCell[] }[];
  /** A totals row, if the table has one. */
  total: { label: string; cells: ReportCell[] } | null;
}

export interface ReportChart {
  id: string;
  title: string;
  description: string;
  /** The chart as SVG markup (role="img" with <title> and <desc>). */
  svg: string;
}

export interface ReportFigure {
  id: string;
  title: string;
  chart: ReportChart | null;
  table: ReportTable | null;
  /** Short sentences on how the figure is worked out. */
  method: string[];
  /** The date of the data behind the figure (the last import of its source, or the date it stands at). */
  extractDate: string | null;
}

export interface ReportSection {
  id: 'ni30' | 'deselections' | 'cohort' | 'ni38' | 'drr' | 'disproportionality' | 'premium-service' | 'ni18';
  heading: string;
  /** Key figures in words, label and value. */
  summary: { label: string; value: string }[];
  figures: ReportFigure[];
  /** Why the section has no figures (not built, no data, not for this audience), or null. */
  unavailable: string | null;
}

/** The headline NI30 figures, as numbers (null when withheld from this audience). */
export interface ReportHeadline {
  cohortSize: number | null;
  baseline: number;
  ceiling: number;
  threshold: number;
  actual: number;
  reductionAchieved: number | null;
}

export interface ReportDocument {
  kind: ReportKind;
  audience: ReportAudience;
  /** True when the report names people (a staff report read by someone who may see them). */
  namesPeople: boolean;
  title: string;
  partnership: { name: string };
  scheme: { code: string; name: string };
  year: string;
  quarter: 1 | 2 | 3 | 4 | null;
  /** The period the report covers: [start, end). */
  period: { start: IsoDate; end: IsoDate; label: string };
  ceiling: { value: number; source: 'given' | 'stored' };
  generatedAt: string;
  generatedBy: string;
  headline: ReportHeadline;
  sections: ReportSection[];
  /** The disclosure rule, in words, for the front of the report. */
  disclosure: string;
}
