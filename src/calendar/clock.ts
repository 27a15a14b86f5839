// The wall clock, injected. Wall time governs sessions, tokens, audit entries
// and "recorded at" stamps. It never decides a rule or a figure: those use the
// partnership's "today" (its data date), which `partnerships.ts` reads.
export interface Clock {
  /** The current instant. */
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant, for tests. */
export function fixedClock(at: Date | string): Clock {
  const t = new Date(at);
  if (Number.isNaN(t.getTime())) throw new RangeError(`not an instant: ${String(at)}`);
  return { now: () => new Date(t) };
}
