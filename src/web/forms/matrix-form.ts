// The matrix editor's form (SPEC 3.3): which weights and thresholds it edits,
// with their labels, and the round trip between a MatrixConfig and the posted
// fields. Validation stays with the matrix (matrixProblems); this only maps its
// problem paths back onto the fields. Gravity and the neighbourhood-crime
// groups are the offence reference's (src/offences/), not the matrix's.
import type { MatrixConfig, MatrixProblem } from '../../selection/matrix.js';

export type FieldKind = 'number' | 'groups' | 'boolean';

export interface MatrixField {
  /** The setting's path in MatrixConfig, as the validation names it, e.g. "frequency[0].offenceWeight". */
  path: string;
  /** The HTML id: the path with brackets and dots turned into hyphens. */
  id: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  value: string;
  error?: string;
}

export interface MatrixFieldGroup {
  legend: string;
  fields: MatrixField[];
}

interface FieldSpec {
  path: string;
  label: string;
  hint?: string;
  kind?: FieldKind;
}

export function fieldId(path: string): string {
  return 'matrix-' + path.replace(/[[\].]+/g, '-').replace(/-$/, '');
}

function specs(config: MatrixConfig): { legend: string; fields: FieldSpec[] }[] {
  return [
    ...config.frequency.map((w, i) => ({
      legend: `Frequency: the last ${w.months} months`,
      fields: [
        { path: `frequency[${i}].months`, label: `Window ${i + 1}: length in months` },
        { path: `frequency[${i}].offenceWeight`, label: `Window ${i + 1}: points per offence` },
        { path: `frequency[${i}].arrestWeight`, label: `Window ${i + 1}: points per arrest` },
        { path: `frequency[${i}].intelligenceWeight`, label: `Window ${i + 1}: points per intelligence report` },
      ],
    })),
    {
      legend: 'Intelligence and recency',
      fields: [
        { path: 'intelligenceCap', label: 'Most intelligence reports counted in a window', hint: 'Force tools are known to inflate intelligence counts.' },
        { path: 'recency.weight', label: 'Recency weight' },
        ...config.recency.bands.flatMap((_, i) => [
          { path: `recency.bands[${i}].withinDays`, label: `Recency band ${i + 1}: within days` },
          { path: `recency.bands[${i}].points`, label: `Recency band ${i + 1}: points` },
        ]),
      ],
    },
    {
      legend: 'Gravity, drugs and OGRS3',
      fields: [
        { path: 'lookbackMonths', label: 'Look-back for gravity, drugs and neighbourhood crime (months)' },
        { path: 'gravity.defaultGravity', label: 'Gravity of an offence group not in the table' },
        { path: 'gravity.maxWeight', label: 'Weight of the highest gravity' },
        { path: 'gravity.totalWeight', label: 'Weight of the total gravity' },
        { path: 'drugs.weight', label: 'Points per positive test for opiates or cocaine' },
        { path: 'drugs.cap', label: 'Most positive tests counted' },
        { path: 'ogrs3.weight', label: 'OGRS3 weight', hint: 'Contribution is the weight times the two-year probability.' },
      ],
    },
    {
      legend: 'Release and supervision',
      fields: [
        { path: 'release.withinDays', label: 'Due for release within (days)' },
        { path: 'release.weight', label: 'Points for a release due' },
        { path: 'noStatutorySupervision.weight', label: 'Points for no statutory supervision' },
        { path: 'noStatutorySupervision.longSentenceDays', label: 'Sentences of at least this many days carry a licence' },
      ],
    },
    {
      legend: 'Neighbourhood crime',
      fields: [
        { path: 'neighbourhoodCrime.weight', label: 'Neighbourhood crime weight', hint: 'Contribution is the weight times the share of offences in the offence reference’s neighbourhood-crime groups.' },
      ],
    },
    {
      legend: 'The pool',
      fields: [
        { path: 'pool.minOffences', label: 'Fewest offences to be in the pool' },
        { path: 'pool.minGravityMax', label: 'Lowest highest-gravity to be in the pool' },
      ],
    },
    {
      legend: 'De-selection rules',
      fields: [
        { path: 'rules.stoppedOffendingDays', label: 'Stopped offending: days without arrest or intelligence', hint: 'Six months is 183 days; the earlier guidance said 12 months.' },
        { path: 'rules.significantCustodyDays', label: 'Significant custody: likely to stay more than (days)' },
        { path: 'rules.reselectionReviewDays', label: 'Re-selection review: days before expected release' },
        { path: 'rules.regularReviewDays', label: 'Regular review: at least every (days)' },
        { path: 'rules.mandatoryReviewYears', label: 'Mandatory review after (years on the scheme)' },
        { path: 'rules.highRiskMinGravity', label: 'High risk of harm: lowest gravity of a violent or sexual offence' },
        { path: 'rules.violentOrSexualGroups', label: 'Violent or sexual offence groups', hint: '3-digit Home Office offence groups, separated by commas.', kind: 'groups' },
      ],
    },
    {
      legend: 'Proposals',
      fields: [
        { path: 'proposals.shortSentenceDays', label: 'Short sentence: fewer than (days)', hint: 'Releases from short sentences without statutory supervision get priority.' },
        {
          path: 'proposals.comparisonMargin',
          label: 'Comparison margin (a fraction: 0.2 is 20%)',
          hint: 'A candidate left without a place who scores more than this above a member is shown to the panel beside that member. A run never proposes a swap.',
        },
      ],
    },
  ];
}

/** Reads a path such as "frequency[0].offenceWeight" from an object. */
function getPath(obj: unknown, path: string): unknown {
  return path.split(/[.[\]]+/).filter(Boolean).reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(/[.[\]]+/).filter(Boolean);
  let o: Record<string, unknown> = obj;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

function show(v: unknown, kind: FieldKind): string {
  if (kind === 'groups') return Array.isArray(v) ? v.join(', ') : '';
  if (kind === 'boolean') return v ? 'yes' : 'no';
  return v === undefined || v === null ? '' : String(v);
}

/** The form's fields, with values from the config (or from what was posted) and any problems. */
export function matrixFields(config: MatrixConfig, posted?: Record<string, string>, problems: MatrixProblem[] = []): MatrixFieldGroup[] {
  return specs(config).map((g) => ({
    legend: g.legend,
    fields: g.fields.map((s) => {
      const kind = s.kind ?? 'number';
      const problem = problems.find((p) => p.path === s.path || p.path.startsWith(`${s.path}[`));
      return {
        path: s.path,
        id: fieldId(s.path),
        label: s.label,
        hint: s.hint,
        kind,
        value: posted?.[s.path] ?? show(getPath(config, s.path), kind),
        error: problem ? `${s.label} ${problem.message}` : undefined,
      };
    }),
  }));
}

/**
 * The config a posted form asks for: the current one with every form field
 * replaced. Text that is not a number is kept as NaN, so validation names it.
 */
export function configFromForm(current: MatrixConfig, body: Record<string, unknown>): MatrixConfig {
  const config = structuredClone(current) as unknown as Record<string, unknown>;
  for (const g of specs(current))
    for (const s of g.fields) {
      const raw = typeof body[s.path] === 'string' ? (body[s.path] as string).trim() : '';
      const kind = s.kind ?? 'number';
      if (kind === 'groups') setPath(config, s.path, raw.split(/[\s,]+/).filter(Boolean));
      else if (kind === 'boolean') setPath(config, s.path, raw === 'yes');
      else setPath(config, s.path, raw === '' || !/^-?\d+(\.\d+)?$/.test(raw) ? Number.NaN : Number(raw));
    }
  return config as unknown as MatrixConfig;
}

/** Problems named by the form's labels; those outside the form keep their path. */
export function problemMessages(groups: MatrixFieldGroup[], problems: MatrixProblem[]): { text: string; href: string }[] {
  const fields = groups.flatMap((g) => g.fields);
  return problems.map((p) => {
    const f = fields.find((x) => p.path === x.path || p.path.startsWith(`${x.path}[`));
    return f ? { text: f.error!, href: `#${f.id}` } : { text: `${p.path} ${p.message}`, href: '#matrix-form' };
  });
}
