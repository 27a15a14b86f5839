// The six de-selection rules of SPEC 3.4 (2009 refreshed PPO guidance). Each is
// a named criterion that returns met or not met with its reasons (dates,
// counts) and the prompts it gives the panel. No rule de-selects anyone: a met
// rule puts the person on the panel's agenda. A death is the one automatic exit.
import type { PersonHistory } from '../people/history.js';
import { addDays, addYears, daysBetween, maxDate, type IsoDate } from '../calendar/dates.js';
import { within } from '../calendar/spans.js';
import { custodyAt } from './features.js';
import { gravityOf, offenceGroup, offenceInfo, type OffenceReference } from '../offences/reference.js';
import type { MatrixConfig } from './matrix.js';
import { reason, type Reason } from './reasons.js';

export const RULE_NAMES = [
  'stopped_offending',
  'moved_area',
  'significant_custody',
  'regular_review',
  'two_years_on_scheme',
  'high_risk_of_harm',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

export type RiskOfSeriousHarm = 'low' | 'medium' | 'high' | 'very_high';

export interface RiskAssessment {
  date: IsoDate;
  riskOfSeriousHarm: RiskOfSeriousHarm;
}

export interface MappaReferral {
  date: IsoDate;
  outcome: string | null;
}

export type PromptCode =
  | 'transfer_notice'
  | 'request_risk_assessment'
  | 'consider_community_replacement'
  | 'reselection_review'
  | 'mappa_referral'
  | 'review_against_pool'
  | 'record_release_date';

/** Something the panel is asked to do, beyond deciding on the person. */
export interface Prompt {
  code: PromptCode;
  text: string;
  date?: IsoDate | null;
}

export interface RuleResult {
  rule: RuleName;
  met: boolean;
  reasons: Reason[];
  prompts: Prompt[];
}

export interface ReviewContext {
  asOf: IsoDate;
  schemeCode: string;
  /** Area codes the scheme covers (neighbourhoods included). */
  schemeAreaCodes: ReadonlySet<string>;
  config: MatrixConfig;
  /** The Home Office tables, and the partnership's gravity table that rule 6 reads. */
  offences: OffenceReference;
  riskAssessments: readonly RiskAssessment[];
  mappaReferrals: readonly MappaReferral[];
  /** The last panel decision about this person on this scheme, if any. */
  lastReviewDate: IsoDate | null;
}

const HIGH_ROSH: ReadonlySet<RiskOfSeriousHarm> = new Set(['high', 'very_high']);

/**
 * The start of the person's unbroken time on the scheme up to the as-of date:
 * a tier move ends one membership and starts the next on the same day, so
 * back-to-back memberships count as one stretch. Null when not a member.
 */
export function continuousMembershipStart(history: Pick<PersonHistory, 'memberships'>, schemeCode: string, asOf: IsoDate): IsoDate | null {
  const spans = history.memberships.filter((m) => m.schemeCode === schemeCode);
  let current = spans.find((m) => within(asOf, m.startDate, m.endDate));
  if (!current) return null;
  for (;;) {
    const start: IsoDate = current.startDate;
    const before = spans.find((m) => m.endDate === start);
    if (!before) return start;
    current = before;
  }
}

function rule(name: RuleName, met: boolean, reasons: Reason[], prompts: Prompt[] = []): RuleResult {
  return { rule: name, met, reasons, prompts };
}

// Rule 1's period runs from the last arrest, intelligence report or release,
// so every reason about it says something of the intelligence (at least that
// there is none since a date), and its other signs include drug tests.
const INTELLIGENCE: Reason['restsOn'] = ['intelligence'];
const INTELLIGENCE_AND_DRUG_TESTS: Reason['restsOn'] = ['intelligence', 'drug_tests'];

/** Rule 1: no arrest and no intelligence report for a continuous period, unless other signs of offending. */
export function stoppedOffending(history: PersonHistory, ctx: ReviewContext, memberSince: IsoDate): RuleResult {
  const { asOf } = ctx;
  const threshold = ctx.config.rules.stoppedOffendingDays;
  const custody = custodyAt(history, asOf);
  if (custody) {
    return rule('stopped_offending', false, [
      reason('in_custody', `In custody since ${custody.receptionDate}: time inside is not evidence of stopping (see significant custody).`, {
        date: custody.receptionDate,
      }),
    ]);
  }
  const lastArrest = maxDate(...history.arrests.filter((a) => a.arrestDate <= asOf).map((a) => a.arrestDate));
  const lastIntel = maxDate(...history.intelligence.filter((r) => r.reportDate <= asOf).map((r) => r.reportDate));
  const lastRelease = maxDate(...history.custody.filter((c) => c.releaseDate !== null && c.releaseDate <= asOf).map((c) => c.releaseDate));
  const since = maxDate(lastArrest, lastIntel, lastRelease) ?? memberSince;
  const days = daysBetween(since, asOf);
  const reasons: Reason[] = [];
  const what =
    since === lastArrest ? 'the last arrest' : since === lastIntel ? 'the last intelligence report' : since === lastRelease ? 'release from custody' : 'joining the scheme (no arrest or intelligence on record)';
  if (days < threshold) {
    reasons.push(
      reason('recent_arrest_or_intelligence', `${days} days since ${what} on ${since}; the rule needs ${threshold}.`, { date: since, days, threshold, restsOn: INTELLIGENCE }),
    );
    return rule('stopped_offending', false, reasons);
  }
  reasons.push(
    reason('no_arrest_or_intelligence', `No arrest or intelligence report for ${days} days, since ${what} on ${since} (rule: ${threshold} days).`, {
      date: since,
      days,
      threshold,
      restsOn: INTELLIGENCE,
    }),
  );
  const signs: Reason[] = [];
  for (const t of history.drugTests) {
    if (t.testDate > since && t.testDate <= asOf && (t.opiates || t.cocaine)) {
      const drugs = [t.opiates ? 'opiates' : null, t.cocaine ? 'cocaine' : null].filter(Boolean).join(' and ');
      signs.push(reason('positive_drug_test', `Tested positive for ${drugs} on ${t.testDate}.`, { date: t.testDate, restsOn: INTELLIGENCE_AND_DRUG_TESTS }));
    }
  }
  for (const o of history.outcomes) {
    if (o.offenceDate > since && o.offenceDate <= asOf && o.outcomeDate <= asOf) {
      signs.push(reason('offence_in_period', `Offence ${o.offenceCode ?? '(unknown code)'} on ${o.offenceDate}, ${o.outcome} on ${o.outcomeDate}.`, { date: o.offenceDate, value: o.offenceCode, restsOn: INTELLIGENCE }));
    }
  }
  if (signs.length > 0) {
    signs.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
    return rule('stopped_offending', false, [
      ...reasons,
      reason('suppressed_other_signs', `Not raised: ${signs.length} other sign${signs.length === 1 ? '' : 's'} of offending in the period.`, {
        count: signs.length,
        restsOn: INTELLIGENCE_AND_DRUG_TESTS,
      }),
      ...signs,
    ]);
  }
  return rule('stopped_offending', true, reasons);
}

/** Rule 2: the current address is outside the scheme's areas. */
export function movedArea(history: PersonHistory, ctx: ReviewContext): RuleResult {
  const current = history.addresses.find((a) => within(ctx.asOf, a.fromDate, a.toDate));
  if (!current) return rule('moved_area', false, [reason('no_current_address', `No address recorded for ${ctx.asOf}.`)]);
  if (ctx.schemeAreaCodes.has(current.areaCode)) {
    return rule('moved_area', false, [reason('address_in_area', `Lives in area ${current.areaCode} since ${current.fromDate}.`, { date: current.fromDate, value: current.areaCode })]);
  }
  return rule(
    'moved_area',
    true,
    [
      reason('address_outside_areas', `Moved to area ${current.areaCode} on ${current.fromDate}, outside the scheme's areas.`, {
        date: current.fromDate,
        value: current.areaCode,
      }),
    ],
    [{ code: 'transfer_notice', text: `Send a transfer notice to the partnership covering ${current.areaCode}.` }],
  );
}

/** Rule 3: in custody and likely to stay more than two years; needs a risk assessment; never for high RoSH. */
export function significantCustody(history: PersonHistory, ctx: ReviewContext): RuleResult {
  const { asOf } = ctx;
  const days = ctx.config.rules.significantCustodyDays;
  const c = custodyAt(history, asOf);
  if (!c) return rule('significant_custody', false, [reason('not_in_custody', `Not in custody on ${asOf}.`)]);
  if (c.kind === 'remand') {
    return rule('significant_custody', false, [reason('on_remand', `On remand since ${c.receptionDate}, not sentenced.`, { date: c.receptionDate })]);
  }
  if (!c.expectedReleaseDate) {
    return rule(
      'significant_custody',
      false,
      [reason('release_date_unknown', `In custody since ${c.receptionDate} with no expected release date or sentence length.`, { date: c.receptionDate })],
      [{ code: 'record_release_date', text: 'Ask the prison for the expected release date.' }],
    );
  }
  const remaining = daysBetween(asOf, c.expectedReleaseDate);
  const est = c.expectedReleaseEstimated ? ' (estimated at half the sentence)' : '';
  const custodyReason = reason(
    remaining > days ? 'long_custody' : 'custody_not_significant',
    `In custody since ${c.receptionDate}; expected release ${c.expectedReleaseDate}${est}, ${remaining} days away (rule: more than ${days}).`,
    { date: c.expectedReleaseDate, days: remaining, threshold: days },
  );
  if (remaining <= days) return rule('significant_custody', false, [custodyReason]);
  // By date; on one date, the last recorded (the input's order) is the latest.
  const assessments = ctx.riskAssessments.filter((a) => a.date >= c.receptionDate && a.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = assessments[assessments.length - 1];
  if (!latest) {
    return rule(
      'significant_custody',
      false,
      [custodyReason, reason('risk_assessment_required', `No risk assessment recorded since reception on ${c.receptionDate}; de-selection can only be considered after one.`)],
      [{ code: 'request_risk_assessment', text: 'Ask partner agencies for a full risk assessment.' }],
    );
  }
  if (HIGH_ROSH.has(latest.riskOfSeriousHarm)) {
    return rule('significant_custody', false, [
      custodyReason,
      reason('high_risk_of_serious_harm', `Risk of serious harm assessed ${latest.riskOfSeriousHarm.replace('_', ' ')} on ${latest.date}: those who pose the greatest risk are never de-selected.`, {
        date: latest.date,
        value: latest.riskOfSeriousHarm,
      }),
    ]);
  }
  const reviewDate = addDays(c.expectedReleaseDate, -ctx.config.rules.reselectionReviewDays);
  return rule(
    'significant_custody',
    true,
    [
      custodyReason,
      reason('risk_assessment', `Risk of serious harm assessed ${latest.riskOfSeriousHarm.replace('_', ' ')} on ${latest.date}.`, { date: latest.date, value: latest.riskOfSeriousHarm }),
    ],
    [
      { code: 'consider_community_replacement', text: 'Consider selecting someone else in the community in this place.' },
      { code: 'reselection_review', text: `If de-selected, review for re-selection on ${reviewDate}, 3 months before release.`, date: reviewDate },
    ],
  );
}

/**
 * Rule 3, after de-selection for custody: a re-selection review falls due in
 * the window before the expected release (0 to reselectionReviewDays days ahead).
 */
export function reselectionReview(history: PersonHistory, ctx: ReviewContext, deselectedOn: IsoDate): RuleResult {
  const { asOf } = ctx;
  const window = ctx.config.rules.reselectionReviewDays;
  const c = custodyAt(history, asOf);
  const deselected = reason('deselected_for_custody', `De-selected for significant custody on ${deselectedOn}.`, { date: deselectedOn });
  if (!c) return rule('significant_custody', false, [deselected, reason('not_in_custody', `Not in custody on ${asOf}.`)]);
  if (!c.expectedReleaseDate) {
    return rule('significant_custody', false, [deselected, reason('release_date_unknown', 'No expected release date recorded.')], [
      { code: 'record_release_date', text: 'Ask the prison for the expected release date.' },
    ]);
  }
  const days = daysBetween(asOf, c.expectedReleaseDate);
  const due = days >= 0 && days <= window;
  return rule(
    'significant_custody',
    due,
    [
      deselected,
      reason(
        due ? 'reselection_review_due' : 'reselection_review_not_due',
        `Expected release ${c.expectedReleaseDate}, ${days} days away; re-selection is reviewed within ${window} days of release.`,
        { date: c.expectedReleaseDate, days, threshold: window },
      ),
    ],
    due ? [{ code: 'reselection_review', text: 'Consider re-selection against the selection matrix before release.', date: c.expectedReleaseDate }] : [],
  );
}

/** Rule 4: every member is reviewed against the pool at least quarterly. */
export function regularReview(ctx: ReviewContext, memberSince: IsoDate): RuleResult {
  const last = maxDate(ctx.lastReviewDate, memberSince)!;
  const days = daysBetween(last, ctx.asOf);
  const threshold = ctx.config.rules.regularReviewDays;
  const what = last === ctx.lastReviewDate ? 'last panel review' : 'selection';
  const met = days >= threshold;
  return rule(
    'regular_review',
    met,
    [reason(met ? 'review_due' : 'reviewed_recently', `${days} days since the ${what} on ${last}; reviews are due every ${threshold} days.`, { date: last, days, threshold })],
    met ? [{ code: 'review_against_pool', text: 'Review against the pool in the latest selection run.' }] : [],
  );
}

/** Rule 5: a mandatory review after two years on the scheme. */
export function twoYearsOnScheme(ctx: Pick<ReviewContext, 'asOf' | 'config' | 'lastReviewDate'>, memberSince: IsoDate): RuleResult {
  const years = ctx.config.rules.mandatoryReviewYears;
  const anniversary = addYears(memberSince, years);
  const days = daysBetween(memberSince, ctx.asOf);
  if (ctx.asOf < anniversary) {
    return rule('two_years_on_scheme', false, [
      reason('on_scheme', `On the scheme since ${memberSince} (${days} days); the mandatory review falls on ${anniversary}.`, { date: anniversary, days }),
    ]);
  }
  if (ctx.lastReviewDate && ctx.lastReviewDate >= anniversary) {
    return rule('two_years_on_scheme', false, [
      reason('reviewed_since_anniversary', `On the scheme since ${memberSince}; reviewed on ${ctx.lastReviewDate}, after ${years} years.`, {
        date: ctx.lastReviewDate,
        days,
      }),
    ]);
  }
  return rule('two_years_on_scheme', true, [
    reason('years_on_scheme', `On the scheme since ${memberSince}: ${years} years on ${anniversary}, a mandatory review.`, { date: anniversary, days }),
  ]);
}

/** Rule 6: a violent or sexual offence at or above the configured gravity since joining; prompts a MAPPA referral. */
export function highRiskOfHarm(history: PersonHistory, ctx: ReviewContext, memberSince: IsoDate): RuleResult {
  const { asOf, config } = ctx;
  const groups = new Set(config.rules.violentOrSexualGroups);
  const min = config.rules.highRiskMinGravity;
  const found = history.outcomes
    .filter((o) => o.offenceDate >= memberSince && o.offenceDate <= asOf && o.outcomeDate <= asOf)
    .map((o) => {
      const info = offenceInfo(ctx.offences, o.offenceCode);
      const grp = offenceGroup(o.offenceCode);
      const violentOrSexual = Boolean(info?.violent || info?.sexual || (grp !== null && groups.has(grp)));
      return { o, gravity: gravityOf(o.offenceCode, ctx.offences, config.gravity.defaultGravity), violentOrSexual };
    })
    .filter((x) => x.violentOrSexual && x.gravity >= min)
    .sort((a, b) => (a.o.offenceDate < b.o.offenceDate ? -1 : 1));
  if (found.length === 0) {
    return rule('high_risk_of_harm', false, [
      reason('no_harmful_offence', `No violent or sexual offence of gravity ${min} or more since joining on ${memberSince}.`, { threshold: min }),
    ]);
  }
  const reasons = found.map((x) =>
    reason('harmful_offence', `Violent or sexual offence ${x.o.offenceCode} on ${x.o.offenceDate} (gravity ${x.gravity}), ${x.o.outcome} on ${x.o.outcomeDate}.`, {
      date: x.o.offenceDate,
      value: x.o.offenceCode,
      threshold: min,
    }),
  );
  const first = found[0]!.o.offenceDate;
  // The latest by date; on one date, the last recorded (the input's order).
  const referral = [...ctx.mappaReferrals].reverse().filter((m) => m.date >= first && m.date <= asOf).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  if (referral) {
    reasons.push(reason('mappa_referral_recorded', `MAPPA referral on ${referral.date}${referral.outcome ? `: ${referral.outcome}` : ' (no outcome yet)'}.`, { date: referral.date, value: referral.outcome }));
    return rule('high_risk_of_harm', true, reasons);
  }
  return rule('high_risk_of_harm', true, reasons, [{ code: 'mappa_referral', text: 'Refer to MAPPA and record the referral with its date and outcome.' }]);
}

/** A death on or before the as-of date: the one automatic exit. */
export function deceasedOn(history: Pick<PersonHistory, 'dateOfDeath'>, asOf: IsoDate): IsoDate | null {
  return history.dateOfDeath !== null && history.dateOfDeath <= asOf ? history.dateOfDeath : null;
}

/** All six rules for a current member, in the order of SPEC 3.4. Empty when not a member on the date. */
export function reviewMember(history: PersonHistory, ctx: ReviewContext): RuleResult[] {
  const since = continuousMembershipStart(history, ctx.schemeCode, ctx.asOf);
  if (!since) return [];
  return [
    stoppedOffending(history, ctx, since),
    movedArea(history, ctx),
    significantCustody(history, ctx),
    regularReview(ctx, since),
    twoYearsOnScheme(ctx, since),
    highRiskOfHarm(history, ctx, since),
  ];
}
