// The offence reference: what selection, the de-selection rules and the
// performance measures know about an offence. The Home Office tables (loaded
// once for the installation: OGRS3 category, violent, sexual) and each
// partnership's own part, its grading: the gravity table and the
// neighbourhood-crime groups, at a version. Pure: the loaders are in store.ts.
import { DEFAULT_GRAVITY, NEIGHBOURHOOD_CRIME_GROUPS } from './defaults.js';

export interface OffenceInfo {
  ogrs3Category: string | null;
  violent: boolean;
  sexual: boolean;
}

/** A partnership's gravity table and neighbourhood-crime groups; the version is bumped on each change. */
export interface OffenceGrading {
  /** 0 for the built-in default (DEFAULT_OFFENCE_REFERENCE), never stored. */
  version: number;
  /** Gravity by 3-digit Home Office offence group. */
  gravity: ReadonlyMap<string, number>;
  /** The 3-digit groups counted as neighbourhood crime. */
  neighbourhoodCrime: ReadonlySet<string>;
}

/** The whole reference: the Home Office tables as loaded (codes first, then groups) and the partnership's grading. */
export interface OffenceReference extends OffenceGrading {
  codes: ReadonlyMap<string, OffenceInfo>;
  groups: ReadonlyMap<string, OffenceInfo>;
}

/** The grading a partnership is seeded with, and no Home Office tables: for pure code and its tests. */
export const DEFAULT_OFFENCE_REFERENCE: OffenceReference = {
  version: 0,
  gravity: new Map(Object.entries(DEFAULT_GRAVITY)),
  neighbourhoodCrime: new Set(NEIGHBOURHOOD_CRIME_GROUPS),
  codes: new Map(),
  groups: new Map(),
};

export function offenceGroup(code: string | null): string | null {
  return code ? code.slice(0, 3) : null;
}

export function offenceInfo(ref: Pick<OffenceReference, 'codes' | 'groups'>, code: string | null): OffenceInfo | null {
  if (!code) return null;
  const c = ref.codes.get(code);
  const g = ref.groups.get(code.slice(0, 3));
  if (!c && !g) return null;
  return {
    ogrs3Category: c?.ogrs3Category ?? g?.ogrs3Category ?? null,
    violent: Boolean(c?.violent || g?.violent),
    sexual: Boolean(c?.sexual || g?.sexual),
  };
}

/** An offence's gravity by its group; `otherwise` (the matrix's defaultGravity) when ungraded or without a code. */
export function gravityOf(code: string | null, grading: Pick<OffenceGrading, 'gravity'>, otherwise: number): number {
  const g = offenceGroup(code);
  return (g !== null ? grading.gravity.get(g) : undefined) ?? otherwise;
}
