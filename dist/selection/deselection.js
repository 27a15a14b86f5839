import { addDays, addYears, daysBetween, maxDate } from "../calendar/dates.js";
import { within } from "../calendar/spans.js";
import { custodyAt } from "./features.js";
import { gravityOf, offenceGroup, offenceInfo } from "../offences/reference.js";
import { reason } from "./reasons.js";
const RULE_NAMES = [
  "stopped_offending",
  "moved_area",
  "significant_custody",
  "regular_review",
  "two_years_on_scheme",
  "high_risk_of_harm"
];
const HIGH_ROSH = /* @__PURE__ */ new Set(["high", "very_high"]);
function continuousMembershipStart(history, schemeCode, asOf) {
  const spans = history.memberships.filter((m) => m.schemeCode === schemeCode);
  let current = spans.find((m) => within(asOf, m.startDate, m.endDate));
  if (!current) return null;
  for (; ; ) {
    const start = current.startDate;
    const before = spans.find((m) => m.endDate === start);
    if (!before) return start;
    current = before;
  }
}
function rule(name, met, reasons, prompts = []) {
  return { rule: name, met, reasons, prompts };
}
const INTELLIGENCE = ["intelligence"];
const INTELLIGENCE_AND_DRUG_TESTS = ["intelligence", "drug_tests"];
function stoppedOffending(history, ctx, memberSince) {
  const { asOf } = ctx;
  const threshold = ctx.config.rules.stoppedOffendingDays;
  const custody = custodyAt(history, asOf);
  if (custody) {
    return rule("stopped_offending", false, [
      reason("in_custody", `In custody since ${custody.receptionDate}: time inside is not evidence of stopping (see significant custody).`, {
        date: custody.receptionDate
      })
    ]);
  }
  const lastArrest = maxDate(...history.arrests.filter((a) => a.arrestDate <= asOf).map((a) => a.arrestDate));
  const lastIntel = maxDate(...history.intelligence.filter((r) => r.reportDate <= asOf).map((r) => r.reportDate));
  const lastRelease = maxDate(...history.custody.filter((c) => c.releaseDate !== null && c.releaseDate <= asOf).map((c) => c.releaseDate));
  const since = maxDate(lastArrest, lastIntel, lastRelease) ?? memberSince;
  const days = daysBetween(since, asOf);
  const reasons = [];
  const what = since === lastArrest ? "the last arrest" : since === lastIntel ? "the last intelligence report" : since === lastRelease ? "release from custody" : "joining the scheme (no arrest or intelligence on record)";
  if (days < threshold) {
    reasons.push(
      reason("recent_arrest_or_intelligence", `${days} days since ${what} on ${since}; the rule needs ${threshold}.`, { date: since, days, threshold, restsOn: INTELLIGENCE })
    );
    return rule("stopped_offending", false, reasons);
  }
  reasons.push(
    reason("no_arrest_or_intelligence", `No arrest or intelligence report for ${days} days, since ${what} on ${since} (rule: ${threshold} days).`, {
      date: since,
      days,
      threshold,
      restsOn: INTELLIGENCE
    })
  );
  const signs = [];
  for (const t of history.drugTests) {
    if (t.testDate > since && t.testDate <= asOf && (t.opiates || t.cocaine)) {
      const drugs = [t.opiates ? "opiates" : null, t.cocaine ? "cocaine" : null].filter(Boolean).join(" and ");
      signs.push(reason("positive_drug_test", `Tested positive for ${drugs} on ${t.testDate}.`, { date: t.testDate, restsOn: INTELLIGENCE_AND_DRUG_TESTS }));
    }
  }
  for (const o of history.outcomes) {
    if (o.offenceDate > since && o.offenceDate <= asOf && o.outcomeDate <= asOf) {
      signs.push(reason("offence_in_period", `Offence ${o.offenceCode ?? "(unknown code)"} on ${o.offenceDate}, ${o.outcome} on ${o.outcomeDate}.`, { date: o.offenceDate, value: o.offenceCode, restsOn: INTELLIGENCE }));
    }
  }
  if (signs.length > 0) {
    signs.sort((a, b) => (a.date ?? "") < (b.date ?? "") ? -1 : 1);
    return rule("stopped_offending", false, [
      ...reasons,
      reason("suppressed_other_signs", `Not raised: ${signs.length} other sign${signs.length === 1 ? "" : "s"} of offending in the period.`, {
        count: signs.length,
        restsOn: INTELLIGENCE_AND_DRUG_TESTS
      }),
      ...signs
    ]);
  }
  return rule("stopped_offending", true, reasons);
}
function movedArea(history, ctx) {
  const current = history.addresses.find((a) => within(ctx.asOf, a.fromDate, a.toDate));
  if (!current) return rule("moved_area", false, [reason("no_current_address", `No address recorded for ${ctx.asOf}.`)]);
  if (ctx.schemeAreaCodes.has(current.areaCode)) {
    return rule("moved_area", false, [reason("address_in_area", `Lives in area ${current.areaCode} since ${current.fromDate}.`, { date: current.fromDate, value: current.areaCode })]);
  }
  return rule(
    "moved_area",
    true,
    [
      reason("address_outside_areas", `Moved to area ${current.areaCode} on ${current.fromDate}, outside the scheme's areas.`, {
        date: current.fromDate,
        value: current.areaCode
      })
    ],
    [{ code: "transfer_notice", text: `Send a transfer notice to the partnership covering ${current.areaCode}.` }]
  );
}
function significantCustody(history, ctx) {
  const { asOf } = ctx;
  const days = ctx.config.rules.significantCustodyDays;
  const c = custodyAt(history, asOf);
  if (!c) return rule("significant_custody", false, [reason("not_in_custody", `Not in custody on ${asOf}.`)]);
  if (c.kind === "remand") {
    return rule("significant_custody", false, [reason("on_remand", `On remand since ${c.receptionDate}, not sentenced.`, { date: c.receptionDate })]);
  }
  if (!c.expectedReleaseDate) {
    return rule(
      "significant_custody",
      false,
      [reason("release_date_unknown", `In custody since ${c.receptionDate} with no expected release date or sentence length.`, { date: c.receptionDate })],
      [{ code: "record_release_date", text: "Ask the prison for the expected release date." }]
    );
  }
  const remaining = daysBetween(asOf, c.expectedReleaseDate);
  const est = c.expectedReleaseEstimated ? " (estimated at half the sentence)" : "";
  const custodyReason = reason(
    remaining > days ? "long_custody" : "custody_not_significant",
    `In custody since ${c.receptionDate}; expected release ${c.expectedReleaseDate}${est}, ${remaining} days away (rule: more than ${days}).`,
    { date: c.expectedReleaseDate, days: remaining, threshold: days }
  );
  if (remaining <= days) return rule("significant_custody", false, [custodyReason]);
  const assessments = ctx.riskAssessments.filter((a) => a.date >= c.receptionDate && a.date <= asOf).sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const latest = assessments[assessments.length - 1];
  if (!latest) {
    return rule(
      "significant_custody",
      false,
      [custodyReason, reason("risk_assessment_required", `No risk assessment recorded since reception on ${c.receptionDate}; de-selection can only be considered after one.`)],
      [{ code: "request_risk_assessment", text: "Ask partner agencies for a full risk assessment." }]
    );
  }
  if (HIGH_ROSH.has(latest.riskOfSeriousHarm)) {
    return rule("significant_custody", false, [
      custodyReason,
      reason("high_risk_of_serious_harm", `Risk of serious harm assessed ${latest.riskOfSeriousHarm.replace("_", " ")} on ${latest.date}: those who pose the greatest risk are never de-selected.`, {
        date: latest.date,
        value: latest.riskOfSeriousHarm
      })
    ]);
  }
  const reviewDate = addDays(c.expectedReleaseDate, -ctx.config.rules.reselectionReviewDays);
  return rule(
    "significant_custody",
    true,
    [
      custodyReason,
      reason("risk_assessment", `Risk of serious harm assessed ${latest.riskOfSeriousHarm.replace("_", " ")} on ${latest.date}.`, { date: latest.date, value: latest.riskOfSeriousHarm })
    ],
    [
      { code: "consider_community_replacement", text: "Consider selecting someone else in the community in this place." },
      { code: "reselection_review", text: `If de-selected, review for re-selection on ${reviewDate}, 3 months before release.`, date: reviewDate }
    ]
  );
}
function reselectionReview(history, ctx, deselectedOn) {
  const { asOf } = ctx;
  const window = ctx.config.rules.reselectionReviewDays;
  const c = custodyAt(history, asOf);
  const deselected = reason("deselected_for_custody", `De-selected for significant custody on ${deselectedOn}.`, { date: deselectedOn });
  if (!c) return rule("significant_custody", false, [deselected, reason("not_in_custody", `Not in custody on ${asOf}.`)]);
  if (!c.expectedReleaseDate) {
    return rule("significant_custody", false, [deselected, reason("release_date_unknown", "No expected release date recorded.")], [
      { code: "record_release_date", text: "Ask the prison for the expected release date." }
    ]);
  }
  const days = daysBetween(asOf, c.expectedReleaseDate);
  const due = days >= 0 && days <= window;
  return rule(
    "significant_custody",
    due,
    [
      deselected,
      reason(
        due ? "reselection_review_due" : "reselection_review_not_due",
        `Expected release ${c.expectedReleaseDate}, ${days} days away; re-selection is reviewed within ${window} days of release.`,
        { date: c.expectedReleaseDate, days, threshold: window }
      )
    ],
    due ? [{ code: "reselection_review", text: "Consider re-selection against the selection matrix before release.", date: c.expectedReleaseDate }] : []
  );
}
function regularReview(ctx, memberSince) {
  const last = maxDate(ctx.lastReviewDate, memberSince);
  const days = daysBetween(last, ctx.asOf);
  const threshold = ctx.config.rules.regularReviewDays;
  const what = last === ctx.lastReviewDate ? "last panel review" : "selection";
  const met = days >= threshold;
  return rule(
    "regular_review",
    met,
    [reason(met ? "review_due" : "reviewed_recently", `${days} days since the ${what} on ${last}; reviews are due every ${threshold} days.`, { date: last, days, threshold })],
    met ? [{ code: "review_against_pool", text: "Review against the pool in the latest selection run." }] : []
  );
}
function twoYearsOnScheme(ctx, memberSince) {
  const years = ctx.config.rules.mandatoryReviewYears;
  const anniversary = addYears(memberSince, years);
  const days = daysBetween(memberSince, ctx.asOf);
  if (ctx.asOf < anniversary) {
    return rule("two_years_on_scheme", false, [
      reason("on_scheme", `On the scheme since ${memberSince} (${days} days); the mandatory review falls on ${anniversary}.`, { date: anniversary, days })
    ]);
  }
  if (ctx.lastReviewDate && ctx.lastReviewDate >= anniversary) {
    return rule("two_years_on_scheme", false, [
      reason("reviewed_since_anniversary", `On the scheme since ${memberSince}; reviewed on ${ctx.lastReviewDate}, after ${years} years.`, {
        date: ctx.lastReviewDate,
        days
      })
    ]);
  }
  return rule("two_years_on_scheme", true, [
    reason("years_on_scheme", `On the scheme since ${memberSince}: ${years} years on ${anniversary}, a mandatory review.`, { date: anniversary, days })
  ]);
}
function highRiskOfHarm(history, ctx, memberSince) {
  const { asOf, config } = ctx;
  const groups = new Set(config.rules.violentOrSexualGroups);
  const min = config.rules.highRiskMinGravity;
  const found = history.outcomes.filter((o) => o.offenceDate >= memberSince && o.offenceDate <= asOf && o.outcomeDate <= asOf).map((o) => {
    const info = offenceInfo(ctx.offences, o.offenceCode);
    const grp = offenceGroup(o.offenceCode);
    const violentOrSexual = Boolean(info?.violent || info?.sexual || grp !== null && groups.has(grp));
    return { o, gravity: gravityOf(o.offenceCode, ctx.offences, config.gravity.defaultGravity), violentOrSexual };
  }).filter((x) => x.violentOrSexual && x.gravity >= min).sort((a, b) => a.o.offenceDate < b.o.offenceDate ? -1 : 1);
  if (found.length === 0) {
    return rule("high_risk_of_harm", false, [
      reason("no_harmful_offence", `No violent or sexual offence of gravity ${min} or more since joining on ${memberSince}.`, { threshold: min })
    ]);
  }
  const reasons = found.map(
    (x) => reason("harmful_offence", `Violent or sexual offence ${x.o.offenceCode} on ${x.o.offenceDate} (gravity ${x.gravity}), ${x.o.outcome} on ${x.o.outcomeDate}.`, {
      date: x.o.offenceDate,
      value: x.o.offenceCode,
      threshold: min
    })
  );
  const first = found[0].o.offenceDate;
  const referral = [...ctx.mappaReferrals].reverse().filter((m) => m.date >= first && m.date <= asOf).sort((a, b) => a.date < b.date ? 1 : a.date > b.date ? -1 : 0)[0];
  if (referral) {
    reasons.push(reason("mappa_referral_recorded", `MAPPA referral on ${referral.date}${referral.outcome ? `: ${referral.outcome}` : " (no outcome yet)"}.`, { date: referral.date, value: referral.outcome }));
    return rule("high_risk_of_harm", true, reasons);
  }
  return rule("high_risk_of_harm", true, reasons, [{ code: "mappa_referral", text: "Refer to MAPPA and record the referral with its date and outcome." }]);
}
function deceasedOn(history, asOf) {
  return history.dateOfDeath !== null && history.dateOfDeath <= asOf ? history.dateOfDeath : null;
}
function reviewMember(history, ctx) {
  const since = continuousMembershipStart(history, ctx.schemeCode, ctx.asOf);
  if (!since) return [];
  return [
    stoppedOffending(history, ctx, since),
    movedArea(history, ctx),
    significantCustody(history, ctx),
    regularReview(ctx, since),
    twoYearsOnScheme(ctx, since),
    highRiskOfHarm(history, ctx, since)
  ];
}
export {
  RULE_NAMES,
  continuousMembershipStart,
  deceasedOn,
  highRiskOfHarm,
  movedArea,
  regularReview,
  reselectionReview,
  reviewMember,
  significantCustody,
  stoppedOffending,
  twoYearsOnScheme
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3NlbGVjdGlvbi9kZXNlbGVjdGlvbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIHNpeCBkZS1zZWxlY3Rpb24gcnVsZXMgb2YgU1BFQyAzLjQgKDIwMDkgcmVmcmVzaGVkIFBQTyBndWlkYW5jZSkuIEVhY2ggaXNcbi8vIGEgbmFtZWQgY3JpdGVyaW9uIHRoYXQgcmV0dXJucyBtZXQgb3Igbm90IG1ldCB3aXRoIGl0cyByZWFzb25zIChkYXRlcyxcbi8vIGNvdW50cykgYW5kIHRoZSBwcm9tcHRzIGl0IGdpdmVzIHRoZSBwYW5lbC4gTm8gcnVsZSBkZS1zZWxlY3RzIGFueW9uZTogYSBtZXRcbi8vIHJ1bGUgcHV0cyB0aGUgcGVyc29uIG9uIHRoZSBwYW5lbCdzIGFnZW5kYS4gQSBkZWF0aCBpcyB0aGUgb25lIGF1dG9tYXRpYyBleGl0LlxuaW1wb3J0IHR5cGUgeyBQZXJzb25IaXN0b3J5IH0gZnJvbSAnLi4vcGVvcGxlL2hpc3RvcnkuanMnO1xuaW1wb3J0IHsgYWRkRGF5cywgYWRkWWVhcnMsIGRheXNCZXR3ZWVuLCBtYXhEYXRlLCB0eXBlIElzb0RhdGUgfSBmcm9tICcuLi9jYWxlbmRhci9kYXRlcy5qcyc7XG5pbXBvcnQgeyB3aXRoaW4gfSBmcm9tICcuLi9jYWxlbmRhci9zcGFucy5qcyc7XG5pbXBvcnQgeyBjdXN0b2R5QXQgfSBmcm9tICcuL2ZlYXR1cmVzLmpzJztcbmltcG9ydCB7IGdyYXZpdHlPZiwgb2ZmZW5jZUdyb3VwLCBvZmZlbmNlSW5mbywgdHlwZSBPZmZlbmNlUmVmZXJlbmNlIH0gZnJvbSAnLi4vb2ZmZW5jZXMvcmVmZXJlbmNlLmpzJztcbmltcG9ydCB0eXBlIHsgTWF0cml4Q29uZmlnIH0gZnJvbSAnLi9tYXRyaXguanMnO1xuaW1wb3J0IHsgcmVhc29uLCB0eXBlIFJlYXNvbiB9IGZyb20gJy4vcmVhc29ucy5qcyc7XG5cbmV4cG9ydCBjb25zdCBSVUxFX05BTUVTID0gW1xuICAnc3RvcHBlZF9vZmZlbmRpbmcnLFxuICAnbW92ZWRfYXJlYScsXG4gICdzaWduaWZpY2FudF9jdXN0b2R5JyxcbiAgJ3JlZ3VsYXJfcmV2aWV3JyxcbiAgJ3R3b195ZWFyc19vbl9zY2hlbWUnLFxuICAnaGlnaF9yaXNrX29mX2hhcm0nLFxuXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIFJ1bGVOYW1lID0gKHR5cGVvZiBSVUxFX05BTUVTKVtudW1iZXJdO1xuXG5leHBvcnQgdHlwZSBSaXNrT2ZTZXJpb3VzSGFybSA9ICdsb3cnIHwgJ21lZGl1bScgfCAnaGlnaCcgfCAndmVyeV9oaWdoJztcblxuZXhwb3J0IGludGVyZmFjZSBSaXNrQXNzZXNzbWVudCB7XG4gIGRhdGU6IElzb0RhdGU7XG4gIHJpc2tPZlNlcmlvdXNIYXJtOiBSaXNrT2ZTZXJpb3VzSGFybTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBNYXBwYVJlZmVycmFsIHtcbiAgZGF0ZTogSXNvRGF0ZTtcbiAgb3V0Y29tZTogc3RyaW5nIHwgbnVsbDtcbn1cblxuZXhwb3J0IHR5cGUgUHJvbXB0Q29kZSA9XG4gIHwgJ3RyYW5zZmVyX25vdGljZSdcbiAgfCAncmVxdWVzdF9yaXNrX2Fzc2Vzc21lbnQnXG4gIHwgJ2NvbnNpZGVyX2NvbW11bml0eV9yZXBsYWNlbWVudCdcbiAgfCAncmVzZWxlY3Rpb25fcmV2aWV3J1xuICB8ICdtYXBwYV9yZWZlcnJhbCdcbiAgfCAncmV2aWV3X2FnYWluc3RfcG9vbCdcbiAgfCAncmVjb3JkX3JlbGVhc2VfZGF0ZSc7XG5cbi8qKiBTb21ldGhpbmcgdGhlIHBhbmVsIGlzIGFza2VkIHRvIGRvLCBiZXlvbmQgZGVjaWRpbmcgb24gdGhlIHBlcnNvbi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0IHtcbiAgY29kZTogUHJvbXB0Q29kZTtcbiAgdGV4dDogc3RyaW5nO1xuICBkYXRlPzogSXNvRGF0ZSB8IG51bGw7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZVJlc3VsdCB7XG4gIHJ1bGU6IFJ1bGVOYW1lO1xuICBtZXQ6IGJvb2xlYW47XG4gIHJlYXNvbnM6IFJlYXNvbltdO1xuICBwcm9tcHRzOiBQcm9tcHRbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXZpZXdDb250ZXh0IHtcbiAgYXNPZjogSXNvRGF0ZTtcbiAgc2NoZW1lQ29kZTogc3RyaW5nO1xuICAvKiogQXJlYSBjb2RlcyB0aGUgc2NoZW1lIGNvdmVycyAobmVpZ2hib3VyaG9vZHMgaW5jbHVkZWQpLiAqL1xuICBzY2hlbWVBcmVhQ29kZXM6IFJlYWRvbmx5U2V0PHN0cmluZz47XG4gIGNvbmZpZzogTWF0cml4Q29uZmlnO1xuICAvKiogVGhlIEhvbWUgT2ZmaWNlIHRhYmxlcywgYW5kIHRoZSBwYXJ0bmVyc2hpcCdzIGdyYXZpdHkgdGFibGUgdGhhdCBydWxlIDYgcmVhZHMuICovXG4gIG9mZmVuY2VzOiBPZmZlbmNlUmVmZXJlbmNlO1xuICByaXNrQXNzZXNzbWVudHM6IHJlYWRvbmx5IFJpc2tBc3Nlc3NtZW50W107XG4gIG1hcHBhUmVmZXJyYWxzOiByZWFkb25seSBNYXBwYVJlZmVycmFsW107XG4gIC8qKiBUaGUgbGFzdCBwYW5lbCBkZWNpc2lvbiBhYm91dCB0aGlzIHBlcnNvbiBvbiB0aGlzIHNjaGVtZSwgaWYgYW55LiAqL1xuICBsYXN0UmV2aWV3RGF0ZTogSXNvRGF0ZSB8IG51bGw7XG59XG5cbmNvbnN0IEhJR0hfUk9TSDogUmVhZG9ubHlTZXQ8Umlza09mU2VyaW91c0hhcm0+ID0gbmV3IFNldChbJ2hpZ2gnLCAndmVyeV9oaWdoJ10pO1xuXG4vKipcbiAqIFRoZSBzdGFydCBvZiB0aGUgcGVyc29uJ3MgdW5icm9rZW4gdGltZSBvbiB0aGUgc2NoZW1lIHVwIHRvIHRoZSBhcy1vZiBkYXRlOlxuICogYSB0aWVyIG1vdmUgZW5kcyBvbmUgbWVtYmVyc2hpcCBhbmQgc3RhcnRzIHRoZSBuZXh0IG9uIHRoZSBzYW1lIGRheSwgc29cbiAqIGJhY2stdG8tYmFjayBtZW1iZXJzaGlwcyBjb3VudCBhcyBvbmUgc3RyZXRjaC4gTnVsbCB3aGVuIG5vdCBhIG1lbWJlci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnRpbnVvdXNNZW1iZXJzaGlwU3RhcnQoaGlzdG9yeTogUGljazxQZXJzb25IaXN0b3J5LCAnbWVtYmVyc2hpcHMnPiwgc2NoZW1lQ29kZTogc3RyaW5nLCBhc09mOiBJc29EYXRlKTogSXNvRGF0ZSB8IG51bGwge1xuICBjb25zdCBzcGFucyA9IGhpc3RvcnkubWVtYmVyc2hpcHMuZmlsdGVyKChtKSA9PiBtLnNjaGVtZUNvZGUgPT09IHNjaGVtZUNvZGUpO1xuICBsZXQgY3VycmVudCA9IHNwYW5zLmZpbmQoKG0pID0+IHdpdGhpbihhc09mLCBtLnN0YXJ0RGF0ZSwgbS5lbmREYXRlKSk7XG4gIGlmICghY3VycmVudCkgcmV0dXJuIG51bGw7XG4gIGZvciAoOzspIHtcbiAgICBjb25zdCBzdGFydDogSXNvRGF0ZSA9IGN1cnJlbnQuc3RhcnREYXRlO1xuICAgIGNvbnN0IGJlZm9yZSA9IHNwYW5zLmZpbmQoKG0pID0+IG0uZW5kRGF0ZSA9PT0gc3RhcnQpO1xuICAgIGlmICghYmVmb3JlKSByZXR1cm4gc3RhcnQ7XG4gICAgY3VycmVudCA9IGJlZm9yZTtcbiAgfVxufVxuXG5mdW5jdGlvbiBydWxlKG5hbWU6IFJ1bGVOYW1lLCBtZXQ6IGJvb2xlYW4sIHJlYXNvbnM6IFJlYXNvbltdLCBwcm9tcHRzOiBQcm9tcHRbXSA9IFtdKTogUnVsZVJlc3VsdCB7XG4gIHJldHVybiB7IHJ1bGU6IG5hbWUsIG1ldCwgcmVhc29ucywgcHJvbXB0cyB9O1xufVxuXG4vLyBSdWxlIDEncyBwZXJpb2QgcnVucyBmcm9tIHRoZSBsYXN0IGFycmVzdCwgaW50ZWxsaWdlbmNlIHJlcG9ydCBvciByZWxlYXNlLFxuLy8gc28gZXZlcnkgcmVhc29uIGFib3V0IGl0IHNheXMgc29tZXRoaW5nIG9mIHRoZSBpbnRlbGxpZ2VuY2UgKGF0IGxlYXN0IHRoYXRcbi8vIHRoZXJlIGlzIG5vbmUgc2luY2UgYSBkYXRlKSwgYW5kIGl0cyBvdGhlciBzaWducyBpbmNsdWRlIGRydWcgdGVzdHMuXG5jb25zdCBJTlRFTExJR0VOQ0U6IFJlYXNvblsncmVzdHNPbiddID0gWydpbnRlbGxpZ2VuY2UnXTtcbmNvbnN0IElOVEVMTElHRU5DRV9BTkRfRFJVR19URVNUUzogUmVhc29uWydyZXN0c09uJ10gPSBbJ2ludGVsbGlnZW5jZScsICdkcnVnX3Rlc3RzJ107XG5cbi8qKiBSdWxlIDE6IG5vIGFycmVzdCBhbmQgbm8gaW50ZWxsaWdlbmNlIHJlcG9ydCBmb3IgYSBjb250aW51b3VzIHBlcmlvZCwgdW5sZXNzIG90aGVyIHNpZ25zIG9mIG9mZmVuZGluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdG9wcGVkT2ZmZW5kaW5nKGhpc3Rvcnk6IFBlcnNvbkhpc3RvcnksIGN0eDogUmV2aWV3Q29udGV4dCwgbWVtYmVyU2luY2U6IElzb0RhdGUpOiBSdWxlUmVzdWx0IHtcbiAgY29uc3QgeyBhc09mIH0gPSBjdHg7XG4gIGNvbnN0IHRocmVzaG9sZCA9IGN0eC5jb25maWcucnVsZXMuc3RvcHBlZE9mZmVuZGluZ0RheXM7XG4gIGNvbnN0IGN1c3RvZHkgPSBjdXN0b2R5QXQoaGlzdG9yeSwgYXNPZik7XG4gIGlmIChjdXN0b2R5KSB7XG4gICAgcmV0dXJuIHJ1bGUoJ3N0b3BwZWRfb2ZmZW5kaW5nJywgZmFsc2UsIFtcbiAgICAgIHJlYXNvbignaW5fY3VzdG9keScsIGBJbiBjdXN0b2R5IHNpbmNlICR7Y3VzdG9keS5yZWNlcHRpb25EYXRlfTogdGltZSBpbnNpZGUgaXMgbm90IGV2aWRlbmNlIG9mIHN0b3BwaW5nIChzZWUgc2lnbmlmaWNhbnQgY3VzdG9keSkuYCwge1xuICAgICAgICBkYXRlOiBjdXN0b2R5LnJlY2VwdGlvbkRhdGUsXG4gICAgICB9KSxcbiAgICBdKTtcbiAgfVxuICBjb25zdCBsYXN0QXJyZXN0ID0gbWF4RGF0ZSguLi5oaXN0b3J5LmFycmVzdHMuZmlsdGVyKChhKSA9PiBhLmFycmVzdERhdGUgPD0gYXNPZikubWFwKChhKSA9PiBhLmFycmVzdERhdGUpKTtcbiAgY29uc3QgbGFzdEludGVsID0gbWF4RGF0ZSguLi5oaXN0b3J5LmludGVsbGlnZW5jZS5maWx0ZXIoKHIpID0+IHIucmVwb3J0RGF0ZSA8PSBhc09mKS5tYXAoKHIpID0+IHIucmVwb3J0RGF0ZSkpO1xuICBjb25zdCBsYXN0UmVsZWFzZSA9IG1heERhdGUoLi4uaGlzdG9yeS5jdXN0b2R5LmZpbHRlcigoYykgPT4gYy5yZWxlYXNlRGF0ZSAhPT0gbnVsbCAmJiBjLnJlbGVhc2VEYXRlIDw9IGFzT2YpLm1hcCgoYykgPT4gYy5yZWxlYXNlRGF0ZSkpO1xuICBjb25zdCBzaW5jZSA9IG1heERhdGUobGFzdEFycmVzdCwgbGFzdEludGVsLCBsYXN0UmVsZWFzZSkgPz8gbWVtYmVyU2luY2U7XG4gIGNvbnN0IGRheXMgPSBkYXlzQmV0d2VlbihzaW5jZSwgYXNPZik7XG4gIGNvbnN0IHJlYXNvbnM6IFJlYXNvbltdID0gW107XG4gIGNvbnN0IHdoYXQgPVxuICAgIHNpbmNlID09PSBsYXN0QXJyZXN0ID8gJ3RoZSBsYXN0IGFycmVzdCcgOiBzaW5jZSA9PT0gbGFzdEludGVsID8gJ3RoZSBsYXN0IGludGVsbGlnZW5jZSByZXBvcnQnIDogc2luY2UgPT09IGxhc3RSZWxlYXNlID8gJ3JlbGVhc2UgZnJvbSBjdXN0b2R5JyA6ICdqb2luaW5nIHRoZSBzY2hlbWUgKG5vIGFycmVzdCBvciBpbnRlbGxpZ2VuY2Ugb24gcmVjb3JkKSc7XG4gIGlmIChkYXlzIDwgdGhyZXNob2xkKSB7XG4gICAgcmVhc29ucy5wdXNoKFxuICAgICAgcmVhc29uKCdyZWNlbnRfYXJyZXN0X29yX2ludGVsbGlnZW5jZScsIGAke2RheXN9IGRheXMgc2luY2UgJHt3aGF0fSBvbiAke3NpbmNlfTsgdGhlIHJ1bGUgbmVlZHMgJHt0aHJlc2hvbGR9LmAsIHsgZGF0ZTogc2luY2UsIGRheXMsIHRocmVzaG9sZCwgcmVzdHNPbjogSU5URUxMSUdFTkNFIH0pLFxuICAgICk7XG4gICAgcmV0dXJuIHJ1bGUoJ3N0b3BwZWRfb2ZmZW5kaW5nJywgZmFsc2UsIHJlYXNvbnMpO1xuICB9XG4gIHJlYXNvbnMucHVzaChcbiAgICByZWFzb24oJ25vX2FycmVzdF9vcl9pbnRlbGxpZ2VuY2UnLCBgTm8gYXJyZXN0IG9yIGludGVsbGlnZW5jZSByZXBvcnQgZm9yICR7ZGF5c30gZGF5cywgc2luY2UgJHt3aGF0fSBvbiAke3NpbmNlfSAocnVsZTogJHt0aHJlc2hvbGR9IGRheXMpLmAsIHtcbiAgICAgIGRhdGU6IHNpbmNlLFxuICAgICAgZGF5cyxcbiAgICAgIHRocmVzaG9sZCxcbiAgICAgIHJlc3RzT246IElOVEVMTElHRU5DRSxcbiAgICB9KSxcbiAgKTtcbiAgY29uc3Qgc2lnbnM6IFJlYXNvbltdID0gW107XG4gIGZvciAoY29uc3QgdCBvZiBoaXN0b3J5LmRydWdUZXN0cykge1xuICAgIGlmICh0LnRlc3REYXRlID4gc2luY2UgJiYgdC50ZXN0RGF0ZSA8PSBhc09mICYmICh0Lm9waWF0ZXMgfHwgdC5jb2NhaW5lKSkge1xuICAgICAgY29uc3QgZHJ1Z3MgPSBbdC5vcGlhdGVzID8gJ29waWF0ZXMnIDogbnVsbCwgdC5jb2NhaW5lID8gJ2NvY2FpbmUnIDogbnVsbF0uZmlsdGVyKEJvb2xlYW4pLmpvaW4oJyBhbmQgJyk7XG4gICAgICBzaWducy5wdXNoKHJlYXNvbigncG9zaXRpdmVfZHJ1Z190ZXN0JywgYFRlc3RlZCBwb3NpdGl2ZSBmb3IgJHtkcnVnc30gb24gJHt0LnRlc3REYXRlfS5gLCB7IGRhdGU6IHQudGVzdERhdGUsIHJlc3RzT246IElOVEVMTElHRU5DRV9BTkRfRFJVR19URVNUUyB9KSk7XG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgbyBvZiBoaXN0b3J5Lm91dGNvbWVzKSB7XG4gICAgaWYgKG8ub2ZmZW5jZURhdGUgPiBzaW5jZSAmJiBvLm9mZmVuY2VEYXRlIDw9IGFzT2YgJiYgby5vdXRjb21lRGF0ZSA8PSBhc09mKSB7XG4gICAgICBzaWducy5wdXNoKHJlYXNvbignb2ZmZW5jZV9pbl9wZXJpb2QnLCBgT2ZmZW5jZSAke28ub2ZmZW5jZUNvZGUgPz8gJyh1bmtub3duIGNvZGUpJ30gb24gJHtvLm9mZmVuY2VEYXRlfSwgJHtvLm91dGNvbWV9IG9uICR7by5vdXRjb21lRGF0ZX0uYCwgeyBkYXRlOiBvLm9mZmVuY2VEYXRlLCB2YWx1ZTogby5vZmZlbmNlQ29kZSwgcmVzdHNPbjogSU5URUxMSUdFTkNFIH0pKTtcbiAgICB9XG4gIH1cbiAgaWYgKHNpZ25zLmxlbmd0aCA+IDApIHtcbiAgICBzaWducy5zb3J0KChhLCBiKSA9PiAoKGEuZGF0ZSA/PyAnJykgPCAoYi5kYXRlID8/ICcnKSA/IC0xIDogMSkpO1xuICAgIHJldHVybiBydWxlKCdzdG9wcGVkX29mZmVuZGluZycsIGZhbHNlLCBbXG4gICAgICAuLi5yZWFzb25zLFxuICAgICAgcmVhc29uKCdzdXBwcmVzc2VkX290aGVyX3NpZ25zJywgYE5vdCByYWlzZWQ6ICR7c2lnbnMubGVuZ3RofSBvdGhlciBzaWduJHtzaWducy5sZW5ndGggPT09IDEgPyAnJyA6ICdzJ30gb2Ygb2ZmZW5kaW5nIGluIHRoZSBwZXJpb2QuYCwge1xuICAgICAgICBjb3VudDogc2lnbnMubGVuZ3RoLFxuICAgICAgICByZXN0c09uOiBJTlRFTExJR0VOQ0VfQU5EX0RSVUdfVEVTVFMsXG4gICAgICB9KSxcbiAgICAgIC4uLnNpZ25zLFxuICAgIF0pO1xuICB9XG4gIHJldHVybiBydWxlKCdzdG9wcGVkX29mZmVuZGluZycsIHRydWUsIHJlYXNvbnMpO1xufVxuXG4vKiogUnVsZSAyOiB0aGUgY3VycmVudCBhZGRyZXNzIGlzIG91dHNpZGUgdGhlIHNjaGVtZSdzIGFyZWFzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1vdmVkQXJlYShoaXN0b3J5OiBQZXJzb25IaXN0b3J5LCBjdHg6IFJldmlld0NvbnRleHQpOiBSdWxlUmVzdWx0IHtcbiAgY29uc3QgY3VycmVudCA9IGhpc3RvcnkuYWRkcmVzc2VzLmZpbmQoKGEpID0+IHdpdGhpbihjdHguYXNPZiwgYS5mcm9tRGF0ZSwgYS50b0RhdGUpKTtcbiAgaWYgKCFjdXJyZW50KSByZXR1cm4gcnVsZSgnbW92ZWRfYXJlYScsIGZhbHNlLCBbcmVhc29uKCdub19jdXJyZW50X2FkZHJlc3MnLCBgTm8gYWRkcmVzcyByZWNvcmRlZCBmb3IgJHtjdHguYXNPZn0uYCldKTtcbiAgaWYgKGN0eC5zY2hlbWVBcmVhQ29kZXMuaGFzKGN1cnJlbnQuYXJlYUNvZGUpKSB7XG4gICAgcmV0dXJuIHJ1bGUoJ21vdmVkX2FyZWEnLCBmYWxzZSwgW3JlYXNvbignYWRkcmVzc19pbl9hcmVhJywgYExpdmVzIGluIGFyZWEgJHtjdXJyZW50LmFyZWFDb2RlfSBzaW5jZSAke2N1cnJlbnQuZnJvbURhdGV9LmAsIHsgZGF0ZTogY3VycmVudC5mcm9tRGF0ZSwgdmFsdWU6IGN1cnJlbnQuYXJlYUNvZGUgfSldKTtcbiAgfVxuICByZXR1cm4gcnVsZShcbiAgICAnbW92ZWRfYXJlYScsXG4gICAgdHJ1ZSxcbiAgICBbXG4gICAgICByZWFzb24oJ2FkZHJlc3Nfb3V0c2lkZV9hcmVhcycsIGBNb3ZlZCB0byBhcmVhICR7Y3VycmVudC5hcmVhQ29kZX0gb24gJHtjdXJyZW50LmZyb21EYXRlfSwgb3V0c2lkZSB0aGUgc2NoZW1lJ3MgYXJlYXMuYCwge1xuICAgICAgICBkYXRlOiBjdXJyZW50LmZyb21EYXRlLFxuICAgICAgICB2YWx1ZTogY3VycmVudC5hcmVhQ29kZSxcbiAgICAgIH0pLFxuICAgIF0sXG4gICAgW3sgY29kZTogJ3RyYW5zZmVyX25vdGljZScsIHRleHQ6IGBTZW5kIGEgdHJhbnNmZXIgbm90aWNlIHRvIHRoZSBwYXJ0bmVyc2hpcCBjb3ZlcmluZyAke2N1cnJlbnQuYXJlYUNvZGV9LmAgfV0sXG4gICk7XG59XG5cbi8qKiBSdWxlIDM6IGluIGN1c3RvZHkgYW5kIGxpa2VseSB0byBzdGF5IG1vcmUgdGhhbiB0d28geWVhcnM7IG5lZWRzIGEgcmlzayBhc3Nlc3NtZW50OyBuZXZlciBmb3IgaGlnaCBSb1NILiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNpZ25pZmljYW50Q3VzdG9keShoaXN0b3J5OiBQZXJzb25IaXN0b3J5LCBjdHg6IFJldmlld0NvbnRleHQpOiBSdWxlUmVzdWx0IHtcbiAgY29uc3QgeyBhc09mIH0gPSBjdHg7XG4gIGNvbnN0IGRheXMgPSBjdHguY29uZmlnLnJ1bGVzLnNpZ25pZmljYW50Q3VzdG9keURheXM7XG4gIGNvbnN0IGMgPSBjdXN0b2R5QXQoaGlzdG9yeSwgYXNPZik7XG4gIGlmICghYykgcmV0dXJuIHJ1bGUoJ3NpZ25pZmljYW50X2N1c3RvZHknLCBmYWxzZSwgW3JlYXNvbignbm90X2luX2N1c3RvZHknLCBgTm90IGluIGN1c3RvZHkgb24gJHthc09mfS5gKV0pO1xuICBpZiAoYy5raW5kID09PSAncmVtYW5kJykge1xuICAgIHJldHVybiBydWxlKCdzaWduaWZpY2FudF9jdXN0b2R5JywgZmFsc2UsIFtyZWFzb24oJ29uX3JlbWFuZCcsIGBPbiByZW1hbmQgc2luY2UgJHtjLnJlY2VwdGlvbkRhdGV9LCBub3Qgc2VudGVuY2VkLmAsIHsgZGF0ZTogYy5yZWNlcHRpb25EYXRlIH0pXSk7XG4gIH1cbiAgaWYgKCFjLmV4cGVjdGVkUmVsZWFzZURhdGUpIHtcbiAgICByZXR1cm4gcnVsZShcbiAgICAgICdzaWduaWZpY2FudF9jdXN0b2R5JyxcbiAgICAgIGZhbHNlLFxuICAgICAgW3JlYXNvbigncmVsZWFzZV9kYXRlX3Vua25vd24nLCBgSW4gY3VzdG9keSBzaW5jZSAke2MucmVjZXB0aW9uRGF0ZX0gd2l0aCBubyBleHBlY3RlZCByZWxlYXNlIGRhdGUgb3Igc2VudGVuY2UgbGVuZ3RoLmAsIHsgZGF0ZTogYy5yZWNlcHRpb25EYXRlIH0pXSxcbiAgICAgIFt7IGNvZGU6ICdyZWNvcmRfcmVsZWFzZV9kYXRlJywgdGV4dDogJ0FzayB0aGUgcHJpc29uIGZvciB0aGUgZXhwZWN0ZWQgcmVsZWFzZSBkYXRlLicgfV0sXG4gICAgKTtcbiAgfVxuICBjb25zdCByZW1haW5pbmcgPSBkYXlzQmV0d2Vlbihhc09mLCBjLmV4cGVjdGVkUmVsZWFzZURhdGUpO1xuICBjb25zdCBlc3QgPSBjLmV4cGVjdGVkUmVsZWFzZUVzdGltYXRlZCA/ICcgKGVzdGltYXRlZCBhdCBoYWxmIHRoZSBzZW50ZW5jZSknIDogJyc7XG4gIGNvbnN0IGN1c3RvZHlSZWFzb24gPSByZWFzb24oXG4gICAgcmVtYWluaW5nID4gZGF5cyA/ICdsb25nX2N1c3RvZHknIDogJ2N1c3RvZHlfbm90X3NpZ25pZmljYW50JyxcbiAgICBgSW4gY3VzdG9keSBzaW5jZSAke2MucmVjZXB0aW9uRGF0ZX07IGV4cGVjdGVkIHJlbGVhc2UgJHtjLmV4cGVjdGVkUmVsZWFzZURhdGV9JHtlc3R9LCAke3JlbWFpbmluZ30gZGF5cyBhd2F5IChydWxlOiBtb3JlIHRoYW4gJHtkYXlzfSkuYCxcbiAgICB7IGRhdGU6IGMuZXhwZWN0ZWRSZWxlYXNlRGF0ZSwgZGF5czogcmVtYWluaW5nLCB0aHJlc2hvbGQ6IGRheXMgfSxcbiAgKTtcbiAgaWYgKHJlbWFpbmluZyA8PSBkYXlzKSByZXR1cm4gcnVsZSgnc2lnbmlmaWNhbnRfY3VzdG9keScsIGZhbHNlLCBbY3VzdG9keVJlYXNvbl0pO1xuICAvLyBCeSBkYXRlOyBvbiBvbmUgZGF0ZSwgdGhlIGxhc3QgcmVjb3JkZWQgKHRoZSBpbnB1dCdzIG9yZGVyKSBpcyB0aGUgbGF0ZXN0LlxuICBjb25zdCBhc3Nlc3NtZW50cyA9IGN0eC5yaXNrQXNzZXNzbWVudHMuZmlsdGVyKChhKSA9PiBhLmRhdGUgPj0gYy5yZWNlcHRpb25EYXRlICYmIGEuZGF0ZSA8PSBhc09mKS5zb3J0KChhLCBiKSA9PiAoYS5kYXRlIDwgYi5kYXRlID8gLTEgOiBhLmRhdGUgPiBiLmRhdGUgPyAxIDogMCkpO1xuICBjb25zdCBsYXRlc3QgPSBhc3Nlc3NtZW50c1thc3Nlc3NtZW50cy5sZW5ndGggLSAxXTtcbiAgaWYgKCFsYXRlc3QpIHtcbiAgICByZXR1cm4gcnVsZShcbiAgICAgICdzaWduaWZpY2FudF9jdXN0b2R5JyxcbiAgICAgIGZhbHNlLFxuICAgICAgW2N1c3RvZHlSZWFzb24sIHJlYXNvbigncmlza19hc3Nlc3NtZW50X3JlcXVpcmVkJywgYE5vIHJpc2sgYXNzZXNzbWVudCByZWNvcmRlZCBzaW5jZSByZWNlcHRpb24gb24gJHtjLnJlY2VwdGlvbkRhdGV9OyBkZS1zZWxlY3Rpb24gY2FuIG9ubHkgYmUgY29uc2lkZXJlZCBhZnRlciBvbmUuYCldLFxuICAgICAgW3sgY29kZTogJ3JlcXVlc3Rfcmlza19hc3Nlc3NtZW50JywgdGV4dDogJ0FzayBwYXJ0bmVyIGFnZW5jaWVzIGZvciBhIGZ1bGwgcmlzayBhc3Nlc3NtZW50LicgfV0sXG4gICAgKTtcbiAgfVxuICBpZiAoSElHSF9ST1NILmhhcyhsYXRlc3Qucmlza09mU2VyaW91c0hhcm0pKSB7XG4gICAgcmV0dXJuIHJ1bGUoJ3NpZ25pZmljYW50X2N1c3RvZHknLCBmYWxzZSwgW1xuICAgICAgY3VzdG9keVJlYXNvbixcbiAgICAgIHJlYXNvbignaGlnaF9yaXNrX29mX3NlcmlvdXNfaGFybScsIGBSaXNrIG9mIHNlcmlvdXMgaGFybSBhc3Nlc3NlZCAke2xhdGVzdC5yaXNrT2ZTZXJpb3VzSGFybS5yZXBsYWNlKCdfJywgJyAnKX0gb24gJHtsYXRlc3QuZGF0ZX06IHRob3NlIHdobyBwb3NlIHRoZSBncmVhdGVzdCByaXNrIGFyZSBuZXZlciBkZS1zZWxlY3RlZC5gLCB7XG4gICAgICAgIGRhdGU6IGxhdGVzdC5kYXRlLFxuICAgICAgICB2YWx1ZTogbGF0ZXN0LnJpc2tPZlNlcmlvdXNIYXJtLFxuICAgICAgfSksXG4gICAgXSk7XG4gIH1cbiAgY29uc3QgcmV2aWV3RGF0ZSA9IGFkZERheXMoYy5leHBlY3RlZFJlbGVhc2VEYXRlLCAtY3R4LmNvbmZpZy5ydWxlcy5yZXNlbGVjdGlvblJldmlld0RheXMpO1xuICByZXR1cm4gcnVsZShcbiAgICAnc2lnbmlmaWNhbnRfY3VzdG9keScsXG4gICAgdHJ1ZSxcbiAgICBbXG4gICAgICBjdXN0b2R5UmVhc29uLFxuICAgICAgcmVhc29uKCdyaXNrX2Fzc2Vzc21lbnQnLCBgUmlzayBvZiBzZXJpb3VzIGhhcm0gYXNzZXNzZWQgJHtsYXRlc3Qucmlza09mU2VyaW91c0hhcm0ucmVwbGFjZSgnXycsICcgJyl9IG9uICR7bGF0ZXN0LmRhdGV9LmAsIHsgZGF0ZTogbGF0ZXN0LmRhdGUsIHZhbHVlOiBsYXRlc3Qucmlza09mU2VyaW91c0hhcm0gfSksXG4gICAgXSxcbiAgICBbXG4gICAgICB7IGNvZGU6ICdjb25zaWRlcl9jb21tdW5pdHlfcmVwbGFjZW1lbnQnLCB0ZXh0OiAnQ29uc2lkZXIgc2VsZWN0aW5nIHNvbWVvbmUgZWxzZSBpbiB0aGUgY29tbXVuaXR5IGluIHRoaXMgcGxhY2UuJyB9LFxuICAgICAgeyBjb2RlOiAncmVzZWxlY3Rpb25fcmV2aWV3JywgdGV4dDogYElmIGRlLXNlbGVjdGVkLCByZXZpZXcgZm9yIHJlLXNlbGVjdGlvbiBvbiAke3Jldmlld0RhdGV9LCAzIG1vbnRocyBiZWZvcmUgcmVsZWFzZS5gLCBkYXRlOiByZXZpZXdEYXRlIH0sXG4gICAgXSxcbiAgKTtcbn1cblxuLyoqXG4gKiBSdWxlIDMsIGFmdGVyIGRlLXNlbGVjdGlvbiBmb3IgY3VzdG9keTogYSByZS1zZWxlY3Rpb24gcmV2aWV3IGZhbGxzIGR1ZSBpblxuICogdGhlIHdpbmRvdyBiZWZvcmUgdGhlIGV4cGVjdGVkIHJlbGVhc2UgKDAgdG8gcmVzZWxlY3Rpb25SZXZpZXdEYXlzIGRheXMgYWhlYWQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzZWxlY3Rpb25SZXZpZXcoaGlzdG9yeTogUGVyc29uSGlzdG9yeSwgY3R4OiBSZXZpZXdDb250ZXh0LCBkZXNlbGVjdGVkT246IElzb0RhdGUpOiBSdWxlUmVzdWx0IHtcbiAgY29uc3QgeyBhc09mIH0gPSBjdHg7XG4gIGNvbnN0IHdpbmRvdyA9IGN0eC5jb25maWcucnVsZXMucmVzZWxlY3Rpb25SZXZpZXdEYXlzO1xuICBjb25zdCBjID0gY3VzdG9keUF0KGhpc3RvcnksIGFzT2YpO1xuICBjb25zdCBkZXNlbGVjdGVkID0gcmVhc29uKCdkZXNlbGVjdGVkX2Zvcl9jdXN0b2R5JywgYERlLXNlbGVjdGVkIGZvciBzaWduaWZpY2FudCBjdXN0b2R5IG9uICR7ZGVzZWxlY3RlZE9ufS5gLCB7IGRhdGU6IGRlc2VsZWN0ZWRPbiB9KTtcbiAgaWYgKCFjKSByZXR1cm4gcnVsZSgnc2lnbmlmaWNhbnRfY3VzdG9keScsIGZhbHNlLCBbZGVzZWxlY3RlZCwgcmVhc29uKCdub3RfaW5fY3VzdG9keScsIGBOb3QgaW4gY3VzdG9keSBvbiAke2FzT2Z9LmApXSk7XG4gIGlmICghYy5leHBlY3RlZFJlbGVhc2VEYXRlKSB7XG4gICAgcmV0dXJuIHJ1bGUoJ3NpZ25pZmljYW50X2N1c3RvZHknLCBmYWxzZSwgW2Rlc2VsZWN0ZWQsIHJlYXNvbigncmVsZWFzZV9kYXRlX3Vua25vd24nLCAnTm8gZXhwZWN0ZWQgcmVsZWFzZSBkYXRlIHJlY29yZGVkLicpXSwgW1xuICAgICAgeyBjb2RlOiAncmVjb3JkX3JlbGVhc2VfZGF0ZScsIHRleHQ6ICdBc2sgdGhlIHByaXNvbiBmb3IgdGhlIGV4cGVjdGVkIHJlbGVhc2UgZGF0ZS4nIH0sXG4gICAgXSk7XG4gIH1cbiAgY29uc3QgZGF5cyA9IGRheXNCZXR3ZWVuKGFzT2YsIGMuZXhwZWN0ZWRSZWxlYXNlRGF0ZSk7XG4gIGNvbnN0IGR1ZSA9IGRheXMgPj0gMCAmJiBkYXlzIDw9IHdpbmRvdztcbiAgcmV0dXJuIHJ1bGUoXG4gICAgJ3NpZ25pZmljYW50X2N1c3RvZHknLFxuICAgIGR1ZSxcbiAgICBbXG4gICAgICBkZXNlbGVjdGVkLFxuICAgICAgcmVhc29uKFxuICAgICAgICBkdWUgPyAncmVzZWxlY3Rpb25fcmV2aWV3X2R1ZScgOiAncmVzZWxlY3Rpb25fcmV2aWV3X25vdF9kdWUnLFxuICAgICAgICBgRXhwZWN0ZWQgcmVsZWFzZSAke2MuZXhwZWN0ZWRSZWxlYXNlRGF0ZX0sICR7ZGF5c30gZGF5cyBhd2F5OyByZS1zZWxlY3Rpb24gaXMgcmV2aWV3ZWQgd2l0aGluICR7d2luZG93fSBkYXlzIG9mIHJlbGVhc2UuYCxcbiAgICAgICAgeyBkYXRlOiBjLmV4cGVjdGVkUmVsZWFzZURhdGUsIGRheXMsIHRocmVzaG9sZDogd2luZG93IH0sXG4gICAgICApLFxuICAgIF0sXG4gICAgZHVlID8gW3sgY29kZTogJ3Jlc2VsZWN0aW9uX3JldmlldycsIHRleHQ6ICdDb25zaWRlciByZS1zZWxlY3Rpb24gYWdhaW5zdCB0aGUgc2VsZWN0aW9uIG1hdHJpeCBiZWZvcmUgcmVsZWFzZS4nLCBkYXRlOiBjLmV4cGVjdGVkUmVsZWFzZURhdGUgfV0gOiBbXSxcbiAgKTtcbn1cblxuLyoqIFJ1bGUgNDogZXZlcnkgbWVtYmVyIGlzIHJldmlld2VkIGFnYWluc3QgdGhlIHBvb2wgYXQgbGVhc3QgcXVhcnRlcmx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlZ3VsYXJSZXZpZXcoY3R4OiBSZXZpZXdDb250ZXh0LCBtZW1iZXJTaW5jZTogSXNvRGF0ZSk6IFJ1bGVSZXN1bHQge1xuICBjb25zdCBsYXN0ID0gbWF4RGF0ZShjdHgubGFzdFJldmlld0RhdGUsIG1lbWJlclNpbmNlKSE7XG4gIGNvbnN0IGRheXMgPSBkYXlzQmV0d2VlbihsYXN0LCBjdHguYXNPZik7XG4gIGNvbnN0IHRocmVzaG9sZCA9IGN0eC5jb25maWcucnVsZXMucmVndWxhclJldmlld0RheXM7XG4gIGNvbnN0IHdoYXQgPSBsYXN0ID09PSBjdHgubGFzdFJldmlld0RhdGUgPyAnbGFzdCBwYW5lbCByZXZpZXcnIDogJ3NlbGVjdGlvbic7XG4gIGNvbnN0IG1ldCA9IGRheXMgPj0gdGhyZXNob2xkO1xuICByZXR1cm4gcnVsZShcbiAgICAncmVndWxhcl9yZXZpZXcnLFxuICAgIG1ldCxcbiAgICBbcmVhc29uKG1ldCA/ICdyZXZpZXdfZHVlJyA6ICdyZXZpZXdlZF9yZWNlbnRseScsIGAke2RheXN9IGRheXMgc2luY2UgdGhlICR7d2hhdH0gb24gJHtsYXN0fTsgcmV2aWV3cyBhcmUgZHVlIGV2ZXJ5ICR7dGhyZXNob2xkfSBkYXlzLmAsIHsgZGF0ZTogbGFzdCwgZGF5cywgdGhyZXNob2xkIH0pXSxcbiAgICBtZXQgPyBbeyBjb2RlOiAncmV2aWV3X2FnYWluc3RfcG9vbCcsIHRleHQ6ICdSZXZpZXcgYWdhaW5zdCB0aGUgcG9vbCBpbiB0aGUgbGF0ZXN0IHNlbGVjdGlvbiBydW4uJyB9XSA6IFtdLFxuICApO1xufVxuXG4vKiogUnVsZSA1OiBhIG1hbmRhdG9yeSByZXZpZXcgYWZ0ZXIgdHdvIHllYXJzIG9uIHRoZSBzY2hlbWUuICovXG5leHBvcnQgZnVuY3Rpb24gdHdvWWVhcnNPblNjaGVtZShjdHg6IFBpY2s8UmV2aWV3Q29udGV4dCwgJ2FzT2YnIHwgJ2NvbmZpZycgfCAnbGFzdFJldmlld0RhdGUnPiwgbWVtYmVyU2luY2U6IElzb0RhdGUpOiBSdWxlUmVzdWx0IHtcbiAgY29uc3QgeWVhcnMgPSBjdHguY29uZmlnLnJ1bGVzLm1hbmRhdG9yeVJldmlld1llYXJzO1xuICBjb25zdCBhbm5pdmVyc2FyeSA9IGFkZFllYXJzKG1lbWJlclNpbmNlLCB5ZWFycyk7XG4gIGNvbnN0IGRheXMgPSBkYXlzQmV0d2VlbihtZW1iZXJTaW5jZSwgY3R4LmFzT2YpO1xuICBpZiAoY3R4LmFzT2YgPCBhbm5pdmVyc2FyeSkge1xuICAgIHJldHVybiBydWxlKCd0d29feWVhcnNfb25fc2NoZW1lJywgZmFsc2UsIFtcbiAgICAgIHJlYXNvbignb25fc2NoZW1lJywgYE9uIHRoZSBzY2hlbWUgc2luY2UgJHttZW1iZXJTaW5jZX0gKCR7ZGF5c30gZGF5cyk7IHRoZSBtYW5kYXRvcnkgcmV2aWV3IGZhbGxzIG9uICR7YW5uaXZlcnNhcnl9LmAsIHsgZGF0ZTogYW5uaXZlcnNhcnksIGRheXMgfSksXG4gICAgXSk7XG4gIH1cbiAgaWYgKGN0eC5sYXN0UmV2aWV3RGF0ZSAmJiBjdHgubGFzdFJldmlld0RhdGUgPj0gYW5uaXZlcnNhcnkpIHtcbiAgICByZXR1cm4gcnVsZSgndHdvX3llYXJzX29uX3NjaGVtZScsIGZhbHNlLCBbXG4gICAgICByZWFzb24oJ3Jldmlld2VkX3NpbmNlX2Fubml2ZXJzYXJ5JywgYE9uIHRoZSBzY2hlbWUgc2luY2UgJHttZW1iZXJTaW5jZX07IHJldmlld2VkIG9uICR7Y3R4Lmxhc3RSZXZpZXdEYXRlfSwgYWZ0ZXIgJHt5ZWFyc30geWVhcnMuYCwge1xuICAgICAgICBkYXRlOiBjdHgubGFzdFJldmlld0RhdGUsXG4gICAgICAgIGRheXMsXG4gICAgICB9KSxcbiAgICBdKTtcbiAgfVxuICByZXR1cm4gcnVsZSgndHdvX3llYXJzX29uX3NjaGVtZScsIHRydWUsIFtcbiAgICByZWFzb24oJ3llYXJzX29uX3NjaGVtZScsIGBPbiB0aGUgc2NoZW1lIHNpbmNlICR7bWVtYmVyU2luY2V9OiAke3llYXJzfSB5ZWFycyBvbiAke2Fubml2ZXJzYXJ5fSwgYSBtYW5kYXRvcnkgcmV2aWV3LmAsIHsgZGF0ZTogYW5uaXZlcnNhcnksIGRheXMgfSksXG4gIF0pO1xufVxuXG4vKiogUnVsZSA2OiBhIHZpb2xlbnQgb3Igc2V4dWFsIG9mZmVuY2UgYXQgb3IgYWJvdmUgdGhlIGNvbmZpZ3VyZWQgZ3Jhdml0eSBzaW5jZSBqb2luaW5nOyBwcm9tcHRzIGEgTUFQUEEgcmVmZXJyYWwuICovXG5leHBvcnQgZnVuY3Rpb24gaGlnaFJpc2tPZkhhcm0oaGlzdG9yeTogUGVyc29uSGlzdG9yeSwgY3R4OiBSZXZpZXdDb250ZXh0LCBtZW1iZXJTaW5jZTogSXNvRGF0ZSk6IFJ1bGVSZXN1bHQge1xuICBjb25zdCB7IGFzT2YsIGNvbmZpZyB9ID0gY3R4O1xuICBjb25zdCBncm91cHMgPSBuZXcgU2V0KGNvbmZpZy5ydWxlcy52aW9sZW50T3JTZXh1YWxHcm91cHMpO1xuICBjb25zdCBtaW4gPSBjb25maWcucnVsZXMuaGlnaFJpc2tNaW5HcmF2aXR5O1xuICBjb25zdCBmb3VuZCA9IGhpc3Rvcnkub3V0Y29tZXNcbiAgICAuZmlsdGVyKChvKSA9PiBvLm9mZmVuY2VEYXRlID49IG1lbWJlclNpbmNlICYmIG8ub2ZmZW5jZURhdGUgPD0gYXNPZiAmJiBvLm91dGNvbWVEYXRlIDw9IGFzT2YpXG4gICAgLm1hcCgobykgPT4ge1xuICAgICAgY29uc3QgaW5mbyA9IG9mZmVuY2VJbmZvKGN0eC5vZmZlbmNlcywgby5vZmZlbmNlQ29kZSk7XG4gICAgICBjb25zdCBncnAgPSBvZmZlbmNlR3JvdXAoby5vZmZlbmNlQ29kZSk7XG4gICAgICBjb25zdCB2aW9sZW50T3JTZXh1YWwgPSBCb29sZWFuKGluZm8/LnZpb2xlbnQgfHwgaW5mbz8uc2V4dWFsIHx8IChncnAgIT09IG51bGwgJiYgZ3JvdXBzLmhhcyhncnApKSk7XG4gICAgICByZXR1cm4geyBvLCBncmF2aXR5OiBncmF2aXR5T2Yoby5vZmZlbmNlQ29kZSwgY3R4Lm9mZmVuY2VzLCBjb25maWcuZ3Jhdml0eS5kZWZhdWx0R3Jhdml0eSksIHZpb2xlbnRPclNleHVhbCB9O1xuICAgIH0pXG4gICAgLmZpbHRlcigoeCkgPT4geC52aW9sZW50T3JTZXh1YWwgJiYgeC5ncmF2aXR5ID49IG1pbilcbiAgICAuc29ydCgoYSwgYikgPT4gKGEuby5vZmZlbmNlRGF0ZSA8IGIuby5vZmZlbmNlRGF0ZSA/IC0xIDogMSkpO1xuICBpZiAoZm91bmQubGVuZ3RoID09PSAwKSB7XG4gICAgcmV0dXJuIHJ1bGUoJ2hpZ2hfcmlza19vZl9oYXJtJywgZmFsc2UsIFtcbiAgICAgIHJlYXNvbignbm9faGFybWZ1bF9vZmZlbmNlJywgYE5vIHZpb2xlbnQgb3Igc2V4dWFsIG9mZmVuY2Ugb2YgZ3Jhdml0eSAke21pbn0gb3IgbW9yZSBzaW5jZSBqb2luaW5nIG9uICR7bWVtYmVyU2luY2V9LmAsIHsgdGhyZXNob2xkOiBtaW4gfSksXG4gICAgXSk7XG4gIH1cbiAgY29uc3QgcmVhc29ucyA9IGZvdW5kLm1hcCgoeCkgPT5cbiAgICByZWFzb24oJ2hhcm1mdWxfb2ZmZW5jZScsIGBWaW9sZW50IG9yIHNleHVhbCBvZmZlbmNlICR7eC5vLm9mZmVuY2VDb2RlfSBvbiAke3guby5vZmZlbmNlRGF0ZX0gKGdyYXZpdHkgJHt4LmdyYXZpdHl9KSwgJHt4Lm8ub3V0Y29tZX0gb24gJHt4Lm8ub3V0Y29tZURhdGV9LmAsIHtcbiAgICAgIGRhdGU6IHguby5vZmZlbmNlRGF0ZSxcbiAgICAgIHZhbHVlOiB4Lm8ub2ZmZW5jZUNvZGUsXG4gICAgICB0aHJlc2hvbGQ6IG1pbixcbiAgICB9KSxcbiAgKTtcbiAgY29uc3QgZmlyc3QgPSBmb3VuZFswXSEuby5vZmZlbmNlRGF0ZTtcbiAgLy8gVGhlIGxhdGVzdCBieSBkYXRlOyBvbiBvbmUgZGF0ZSwgdGhlIGxhc3QgcmVjb3JkZWQgKHRoZSBpbnB1dCdzIG9yZGVyKS5cbiAgY29uc3QgcmVmZXJyYWwgPSBbLi4uY3R4Lm1hcHBhUmVmZXJyYWxzXS5yZXZlcnNlKCkuZmlsdGVyKChtKSA9PiBtLmRhdGUgPj0gZmlyc3QgJiYgbS5kYXRlIDw9IGFzT2YpLnNvcnQoKGEsIGIpID0+IChhLmRhdGUgPCBiLmRhdGUgPyAxIDogYS5kYXRlID4gYi5kYXRlID8gLTEgOiAwKSlbMF07XG4gIGlmIChyZWZlcnJhbCkge1xuICAgIHJlYXNvbnMucHVzaChyZWFzb24oJ21hcHBhX3JlZmVycmFsX3JlY29yZGVkJywgYE1BUFBBIHJlZmVycmFsIG9uICR7cmVmZXJyYWwuZGF0ZX0ke3JlZmVycmFsLm91dGNvbWUgPyBgOiAke3JlZmVycmFsLm91dGNvbWV9YCA6ICcgKG5vIG91dGNvbWUgeWV0KSd9LmAsIHsgZGF0ZTogcmVmZXJyYWwuZGF0ZSwgdmFsdWU6IHJlZmVycmFsLm91dGNvbWUgfSkpO1xuICAgIHJldHVybiBydWxlKCdoaWdoX3Jpc2tfb2ZfaGFybScsIHRydWUsIHJlYXNvbnMpO1xuICB9XG4gIHJldHVybiBydWxlKCdoaWdoX3Jpc2tfb2ZfaGFybScsIHRydWUsIHJlYXNvbnMsIFt7IGNvZGU6ICdtYXBwYV9yZWZlcnJhbCcsIHRleHQ6ICdSZWZlciB0byBNQVBQQSBhbmQgcmVjb3JkIHRoZSByZWZlcnJhbCB3aXRoIGl0cyBkYXRlIGFuZCBvdXRjb21lLicgfV0pO1xufVxuXG4vKiogQSBkZWF0aCBvbiBvciBiZWZvcmUgdGhlIGFzLW9mIGRhdGU6IHRoZSBvbmUgYXV0b21hdGljIGV4aXQuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjZWFzZWRPbihoaXN0b3J5OiBQaWNrPFBlcnNvbkhpc3RvcnksICdkYXRlT2ZEZWF0aCc+LCBhc09mOiBJc29EYXRlKTogSXNvRGF0ZSB8IG51bGwge1xuICByZXR1cm4gaGlzdG9yeS5kYXRlT2ZEZWF0aCAhPT0gbnVsbCAmJiBoaXN0b3J5LmRhdGVPZkRlYXRoIDw9IGFzT2YgPyBoaXN0b3J5LmRhdGVPZkRlYXRoIDogbnVsbDtcbn1cblxuLyoqIEFsbCBzaXggcnVsZXMgZm9yIGEgY3VycmVudCBtZW1iZXIsIGluIHRoZSBvcmRlciBvZiBTUEVDIDMuNC4gRW1wdHkgd2hlbiBub3QgYSBtZW1iZXIgb24gdGhlIGRhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gcmV2aWV3TWVtYmVyKGhpc3Rvcnk6IFBlcnNvbkhpc3RvcnksIGN0eDogUmV2aWV3Q29udGV4dCk6IFJ1bGVSZXN1bHRbXSB7XG4gIGNvbnN0IHNpbmNlID0gY29udGludW91c01lbWJlcnNoaXBTdGFydChoaXN0b3J5LCBjdHguc2NoZW1lQ29kZSwgY3R4LmFzT2YpO1xuICBpZiAoIXNpbmNlKSByZXR1cm4gW107XG4gIHJldHVybiBbXG4gICAgc3RvcHBlZE9mZmVuZGluZyhoaXN0b3J5LCBjdHgsIHNpbmNlKSxcbiAgICBtb3ZlZEFyZWEoaGlzdG9yeSwgY3R4KSxcbiAgICBzaWduaWZpY2FudEN1c3RvZHkoaGlzdG9yeSwgY3R4KSxcbiAgICByZWd1bGFyUmV2aWV3KGN0eCwgc2luY2UpLFxuICAgIHR3b1llYXJzT25TY2hlbWUoY3R4LCBzaW5jZSksXG4gICAgaGlnaFJpc2tPZkhhcm0oaGlzdG9yeSwgY3R4LCBzaW5jZSksXG4gIF07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFLQSxTQUFTLFNBQVMsVUFBVSxhQUFhLGVBQTZCO0FBQ3RFLFNBQVMsY0FBYztBQUN2QixTQUFTLGlCQUFpQjtBQUMxQixTQUFTLFdBQVcsY0FBYyxtQkFBMEM7QUFFNUUsU0FBUyxjQUEyQjtBQUU3QixNQUFNLGFBQWE7QUFBQSxFQUN4QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0Y7QUFvREEsTUFBTSxZQUE0QyxvQkFBSSxJQUFJLENBQUMsUUFBUSxXQUFXLENBQUM7QUFPeEUsU0FBUywwQkFBMEIsU0FBNkMsWUFBb0IsTUFBK0I7QUFDeEksUUFBTSxRQUFRLFFBQVEsWUFBWSxPQUFPLENBQUMsTUFBTSxFQUFFLGVBQWUsVUFBVTtBQUMzRSxNQUFJLFVBQVUsTUFBTSxLQUFLLENBQUMsTUFBTSxPQUFPLE1BQU0sRUFBRSxXQUFXLEVBQUUsT0FBTyxDQUFDO0FBQ3BFLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsYUFBUztBQUNQLFVBQU0sUUFBaUIsUUFBUTtBQUMvQixVQUFNLFNBQVMsTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksS0FBSztBQUNwRCxRQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLGNBQVU7QUFBQSxFQUNaO0FBQ0Y7QUFFQSxTQUFTLEtBQUssTUFBZ0IsS0FBYyxTQUFtQixVQUFvQixDQUFDLEdBQWU7QUFDakcsU0FBTyxFQUFFLE1BQU0sTUFBTSxLQUFLLFNBQVMsUUFBUTtBQUM3QztBQUtBLE1BQU0sZUFBa0MsQ0FBQyxjQUFjO0FBQ3ZELE1BQU0sOEJBQWlELENBQUMsZ0JBQWdCLFlBQVk7QUFHN0UsU0FBUyxpQkFBaUIsU0FBd0IsS0FBb0IsYUFBa0M7QUFDN0csUUFBTSxFQUFFLEtBQUssSUFBSTtBQUNqQixRQUFNLFlBQVksSUFBSSxPQUFPLE1BQU07QUFDbkMsUUFBTSxVQUFVLFVBQVUsU0FBUyxJQUFJO0FBQ3ZDLE1BQUksU0FBUztBQUNYLFdBQU8sS0FBSyxxQkFBcUIsT0FBTztBQUFBLE1BQ3RDLE9BQU8sY0FBYyxvQkFBb0IsUUFBUSxhQUFhLHdFQUF3RTtBQUFBLFFBQ3BJLE1BQU0sUUFBUTtBQUFBLE1BQ2hCLENBQUM7QUFBQSxJQUNILENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxhQUFhLFFBQVEsR0FBRyxRQUFRLFFBQVEsT0FBTyxDQUFDLE1BQU0sRUFBRSxjQUFjLElBQUksRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQztBQUMxRyxRQUFNLFlBQVksUUFBUSxHQUFHLFFBQVEsYUFBYSxPQUFPLENBQUMsTUFBTSxFQUFFLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDO0FBQzlHLFFBQU0sY0FBYyxRQUFRLEdBQUcsUUFBUSxRQUFRLE9BQU8sQ0FBQyxNQUFNLEVBQUUsZ0JBQWdCLFFBQVEsRUFBRSxlQUFlLElBQUksRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFdBQVcsQ0FBQztBQUN2SSxRQUFNLFFBQVEsUUFBUSxZQUFZLFdBQVcsV0FBVyxLQUFLO0FBQzdELFFBQU0sT0FBTyxZQUFZLE9BQU8sSUFBSTtBQUNwQyxRQUFNLFVBQW9CLENBQUM7QUFDM0IsUUFBTSxPQUNKLFVBQVUsYUFBYSxvQkFBb0IsVUFBVSxZQUFZLGlDQUFpQyxVQUFVLGNBQWMseUJBQXlCO0FBQ3JKLE1BQUksT0FBTyxXQUFXO0FBQ3BCLFlBQVE7QUFBQSxNQUNOLE9BQU8saUNBQWlDLEdBQUcsSUFBSSxlQUFlLElBQUksT0FBTyxLQUFLLG9CQUFvQixTQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sTUFBTSxXQUFXLFNBQVMsYUFBYSxDQUFDO0FBQUEsSUFDeks7QUFDQSxXQUFPLEtBQUsscUJBQXFCLE9BQU8sT0FBTztBQUFBLEVBQ2pEO0FBQ0EsVUFBUTtBQUFBLElBQ04sT0FBTyw2QkFBNkIsd0NBQXdDLElBQUksZ0JBQWdCLElBQUksT0FBTyxLQUFLLFdBQVcsU0FBUyxXQUFXO0FBQUEsTUFDN0ksTUFBTTtBQUFBLE1BQ047QUFBQSxNQUNBO0FBQUEsTUFDQSxTQUFTO0FBQUEsSUFDWCxDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixhQUFXLEtBQUssUUFBUSxXQUFXO0FBQ2pDLFFBQUksRUFBRSxXQUFXLFNBQVMsRUFBRSxZQUFZLFNBQVMsRUFBRSxXQUFXLEVBQUUsVUFBVTtBQUN4RSxZQUFNLFFBQVEsQ0FBQyxFQUFFLFVBQVUsWUFBWSxNQUFNLEVBQUUsVUFBVSxZQUFZLElBQUksRUFBRSxPQUFPLE9BQU8sRUFBRSxLQUFLLE9BQU87QUFDdkcsWUFBTSxLQUFLLE9BQU8sc0JBQXNCLHVCQUF1QixLQUFLLE9BQU8sRUFBRSxRQUFRLEtBQUssRUFBRSxNQUFNLEVBQUUsVUFBVSxTQUFTLDRCQUE0QixDQUFDLENBQUM7QUFBQSxJQUN2SjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssUUFBUSxVQUFVO0FBQ2hDLFFBQUksRUFBRSxjQUFjLFNBQVMsRUFBRSxlQUFlLFFBQVEsRUFBRSxlQUFlLE1BQU07QUFDM0UsWUFBTSxLQUFLLE9BQU8scUJBQXFCLFdBQVcsRUFBRSxlQUFlLGdCQUFnQixPQUFPLEVBQUUsV0FBVyxLQUFLLEVBQUUsT0FBTyxPQUFPLEVBQUUsV0FBVyxLQUFLLEVBQUUsTUFBTSxFQUFFLGFBQWEsT0FBTyxFQUFFLGFBQWEsU0FBUyxhQUFhLENBQUMsQ0FBQztBQUFBLElBQ3JOO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxTQUFTLEdBQUc7QUFDcEIsVUFBTSxLQUFLLENBQUMsR0FBRyxPQUFRLEVBQUUsUUFBUSxPQUFPLEVBQUUsUUFBUSxNQUFNLEtBQUssQ0FBRTtBQUMvRCxXQUFPLEtBQUsscUJBQXFCLE9BQU87QUFBQSxNQUN0QyxHQUFHO0FBQUEsTUFDSCxPQUFPLDBCQUEwQixlQUFlLE1BQU0sTUFBTSxjQUFjLE1BQU0sV0FBVyxJQUFJLEtBQUssR0FBRyxnQ0FBZ0M7QUFBQSxRQUNySSxPQUFPLE1BQU07QUFBQSxRQUNiLFNBQVM7QUFBQSxNQUNYLENBQUM7QUFBQSxNQUNELEdBQUc7QUFBQSxJQUNMLENBQUM7QUFBQSxFQUNIO0FBQ0EsU0FBTyxLQUFLLHFCQUFxQixNQUFNLE9BQU87QUFDaEQ7QUFHTyxTQUFTLFVBQVUsU0FBd0IsS0FBZ0M7QUFDaEYsUUFBTSxVQUFVLFFBQVEsVUFBVSxLQUFLLENBQUMsTUFBTSxPQUFPLElBQUksTUFBTSxFQUFFLFVBQVUsRUFBRSxNQUFNLENBQUM7QUFDcEYsTUFBSSxDQUFDLFFBQVMsUUFBTyxLQUFLLGNBQWMsT0FBTyxDQUFDLE9BQU8sc0JBQXNCLDJCQUEyQixJQUFJLElBQUksR0FBRyxDQUFDLENBQUM7QUFDckgsTUFBSSxJQUFJLGdCQUFnQixJQUFJLFFBQVEsUUFBUSxHQUFHO0FBQzdDLFdBQU8sS0FBSyxjQUFjLE9BQU8sQ0FBQyxPQUFPLG1CQUFtQixpQkFBaUIsUUFBUSxRQUFRLFVBQVUsUUFBUSxRQUFRLEtBQUssRUFBRSxNQUFNLFFBQVEsVUFBVSxPQUFPLFFBQVEsU0FBUyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ25MO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLE1BQ0UsT0FBTyx5QkFBeUIsaUJBQWlCLFFBQVEsUUFBUSxPQUFPLFFBQVEsUUFBUSxpQ0FBaUM7QUFBQSxRQUN2SCxNQUFNLFFBQVE7QUFBQSxRQUNkLE9BQU8sUUFBUTtBQUFBLE1BQ2pCLENBQUM7QUFBQSxJQUNIO0FBQUEsSUFDQSxDQUFDLEVBQUUsTUFBTSxtQkFBbUIsTUFBTSxzREFBc0QsUUFBUSxRQUFRLElBQUksQ0FBQztBQUFBLEVBQy9HO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixTQUF3QixLQUFnQztBQUN6RixRQUFNLEVBQUUsS0FBSyxJQUFJO0FBQ2pCLFFBQU0sT0FBTyxJQUFJLE9BQU8sTUFBTTtBQUM5QixRQUFNLElBQUksVUFBVSxTQUFTLElBQUk7QUFDakMsTUFBSSxDQUFDLEVBQUcsUUFBTyxLQUFLLHVCQUF1QixPQUFPLENBQUMsT0FBTyxrQkFBa0IscUJBQXFCLElBQUksR0FBRyxDQUFDLENBQUM7QUFDMUcsTUFBSSxFQUFFLFNBQVMsVUFBVTtBQUN2QixXQUFPLEtBQUssdUJBQXVCLE9BQU8sQ0FBQyxPQUFPLGFBQWEsbUJBQW1CLEVBQUUsYUFBYSxvQkFBb0IsRUFBRSxNQUFNLEVBQUUsY0FBYyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ2xKO0FBQ0EsTUFBSSxDQUFDLEVBQUUscUJBQXFCO0FBQzFCLFdBQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsQ0FBQyxPQUFPLHdCQUF3QixvQkFBb0IsRUFBRSxhQUFhLHNEQUFzRCxFQUFFLE1BQU0sRUFBRSxjQUFjLENBQUMsQ0FBQztBQUFBLE1BQ25KLENBQUMsRUFBRSxNQUFNLHVCQUF1QixNQUFNLGdEQUFnRCxDQUFDO0FBQUEsSUFDekY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxZQUFZLFlBQVksTUFBTSxFQUFFLG1CQUFtQjtBQUN6RCxRQUFNLE1BQU0sRUFBRSwyQkFBMkIsc0NBQXNDO0FBQy9FLFFBQU0sZ0JBQWdCO0FBQUEsSUFDcEIsWUFBWSxPQUFPLGlCQUFpQjtBQUFBLElBQ3BDLG9CQUFvQixFQUFFLGFBQWEsc0JBQXNCLEVBQUUsbUJBQW1CLEdBQUcsR0FBRyxLQUFLLFNBQVMsK0JBQStCLElBQUk7QUFBQSxJQUNySSxFQUFFLE1BQU0sRUFBRSxxQkFBcUIsTUFBTSxXQUFXLFdBQVcsS0FBSztBQUFBLEVBQ2xFO0FBQ0EsTUFBSSxhQUFhLEtBQU0sUUFBTyxLQUFLLHVCQUF1QixPQUFPLENBQUMsYUFBYSxDQUFDO0FBRWhGLFFBQU0sY0FBYyxJQUFJLGdCQUFnQixPQUFPLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRSxpQkFBaUIsRUFBRSxRQUFRLElBQUksRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sRUFBRSxPQUFPLElBQUksQ0FBRTtBQUNsSyxRQUFNLFNBQVMsWUFBWSxZQUFZLFNBQVMsQ0FBQztBQUNqRCxNQUFJLENBQUMsUUFBUTtBQUNYLFdBQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsQ0FBQyxlQUFlLE9BQU8sNEJBQTRCLGtEQUFrRCxFQUFFLGFBQWEsa0RBQWtELENBQUM7QUFBQSxNQUN2SyxDQUFDLEVBQUUsTUFBTSwyQkFBMkIsTUFBTSxtREFBbUQsQ0FBQztBQUFBLElBQ2hHO0FBQUEsRUFDRjtBQUNBLE1BQUksVUFBVSxJQUFJLE9BQU8saUJBQWlCLEdBQUc7QUFDM0MsV0FBTyxLQUFLLHVCQUF1QixPQUFPO0FBQUEsTUFDeEM7QUFBQSxNQUNBLE9BQU8sNkJBQTZCLGlDQUFpQyxPQUFPLGtCQUFrQixRQUFRLEtBQUssR0FBRyxDQUFDLE9BQU8sT0FBTyxJQUFJLDZEQUE2RDtBQUFBLFFBQzVMLE1BQU0sT0FBTztBQUFBLFFBQ2IsT0FBTyxPQUFPO0FBQUEsTUFDaEIsQ0FBQztBQUFBLElBQ0gsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLGFBQWEsUUFBUSxFQUFFLHFCQUFxQixDQUFDLElBQUksT0FBTyxNQUFNLHFCQUFxQjtBQUN6RixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsTUFDRTtBQUFBLE1BQ0EsT0FBTyxtQkFBbUIsaUNBQWlDLE9BQU8sa0JBQWtCLFFBQVEsS0FBSyxHQUFHLENBQUMsT0FBTyxPQUFPLElBQUksS0FBSyxFQUFFLE1BQU0sT0FBTyxNQUFNLE9BQU8sT0FBTyxrQkFBa0IsQ0FBQztBQUFBLElBQ3BMO0FBQUEsSUFDQTtBQUFBLE1BQ0UsRUFBRSxNQUFNLGtDQUFrQyxNQUFNLGtFQUFrRTtBQUFBLE1BQ2xILEVBQUUsTUFBTSxzQkFBc0IsTUFBTSw4Q0FBOEMsVUFBVSw4QkFBOEIsTUFBTSxXQUFXO0FBQUEsSUFDN0k7QUFBQSxFQUNGO0FBQ0Y7QUFNTyxTQUFTLGtCQUFrQixTQUF3QixLQUFvQixjQUFtQztBQUMvRyxRQUFNLEVBQUUsS0FBSyxJQUFJO0FBQ2pCLFFBQU0sU0FBUyxJQUFJLE9BQU8sTUFBTTtBQUNoQyxRQUFNLElBQUksVUFBVSxTQUFTLElBQUk7QUFDakMsUUFBTSxhQUFhLE9BQU8sMEJBQTBCLDBDQUEwQyxZQUFZLEtBQUssRUFBRSxNQUFNLGFBQWEsQ0FBQztBQUNySSxNQUFJLENBQUMsRUFBRyxRQUFPLEtBQUssdUJBQXVCLE9BQU8sQ0FBQyxZQUFZLE9BQU8sa0JBQWtCLHFCQUFxQixJQUFJLEdBQUcsQ0FBQyxDQUFDO0FBQ3RILE1BQUksQ0FBQyxFQUFFLHFCQUFxQjtBQUMxQixXQUFPLEtBQUssdUJBQXVCLE9BQU8sQ0FBQyxZQUFZLE9BQU8sd0JBQXdCLG9DQUFvQyxDQUFDLEdBQUc7QUFBQSxNQUM1SCxFQUFFLE1BQU0sdUJBQXVCLE1BQU0sZ0RBQWdEO0FBQUEsSUFDdkYsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLE9BQU8sWUFBWSxNQUFNLEVBQUUsbUJBQW1CO0FBQ3BELFFBQU0sTUFBTSxRQUFRLEtBQUssUUFBUTtBQUNqQyxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsTUFDRTtBQUFBLE1BQ0E7QUFBQSxRQUNFLE1BQU0sMkJBQTJCO0FBQUEsUUFDakMsb0JBQW9CLEVBQUUsbUJBQW1CLEtBQUssSUFBSSwrQ0FBK0MsTUFBTTtBQUFBLFFBQ3ZHLEVBQUUsTUFBTSxFQUFFLHFCQUFxQixNQUFNLFdBQVcsT0FBTztBQUFBLE1BQ3pEO0FBQUEsSUFDRjtBQUFBLElBQ0EsTUFBTSxDQUFDLEVBQUUsTUFBTSxzQkFBc0IsTUFBTSxzRUFBc0UsTUFBTSxFQUFFLG9CQUFvQixDQUFDLElBQUksQ0FBQztBQUFBLEVBQ3JKO0FBQ0Y7QUFHTyxTQUFTLGNBQWMsS0FBb0IsYUFBa0M7QUFDbEYsUUFBTSxPQUFPLFFBQVEsSUFBSSxnQkFBZ0IsV0FBVztBQUNwRCxRQUFNLE9BQU8sWUFBWSxNQUFNLElBQUksSUFBSTtBQUN2QyxRQUFNLFlBQVksSUFBSSxPQUFPLE1BQU07QUFDbkMsUUFBTSxPQUFPLFNBQVMsSUFBSSxpQkFBaUIsc0JBQXNCO0FBQ2pFLFFBQU0sTUFBTSxRQUFRO0FBQ3BCLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0EsQ0FBQyxPQUFPLE1BQU0sZUFBZSxxQkFBcUIsR0FBRyxJQUFJLG1CQUFtQixJQUFJLE9BQU8sSUFBSSwyQkFBMkIsU0FBUyxVQUFVLEVBQUUsTUFBTSxNQUFNLE1BQU0sVUFBVSxDQUFDLENBQUM7QUFBQSxJQUN6SyxNQUFNLENBQUMsRUFBRSxNQUFNLHVCQUF1QixNQUFNLHVEQUF1RCxDQUFDLElBQUksQ0FBQztBQUFBLEVBQzNHO0FBQ0Y7QUFHTyxTQUFTLGlCQUFpQixLQUFnRSxhQUFrQztBQUNqSSxRQUFNLFFBQVEsSUFBSSxPQUFPLE1BQU07QUFDL0IsUUFBTSxjQUFjLFNBQVMsYUFBYSxLQUFLO0FBQy9DLFFBQU0sT0FBTyxZQUFZLGFBQWEsSUFBSSxJQUFJO0FBQzlDLE1BQUksSUFBSSxPQUFPLGFBQWE7QUFDMUIsV0FBTyxLQUFLLHVCQUF1QixPQUFPO0FBQUEsTUFDeEMsT0FBTyxhQUFhLHVCQUF1QixXQUFXLEtBQUssSUFBSSx5Q0FBeUMsV0FBVyxLQUFLLEVBQUUsTUFBTSxhQUFhLEtBQUssQ0FBQztBQUFBLElBQ3JKLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxJQUFJLGtCQUFrQixJQUFJLGtCQUFrQixhQUFhO0FBQzNELFdBQU8sS0FBSyx1QkFBdUIsT0FBTztBQUFBLE1BQ3hDLE9BQU8sOEJBQThCLHVCQUF1QixXQUFXLGlCQUFpQixJQUFJLGNBQWMsV0FBVyxLQUFLLFdBQVc7QUFBQSxRQUNuSSxNQUFNLElBQUk7QUFBQSxRQUNWO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSCxDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU8sS0FBSyx1QkFBdUIsTUFBTTtBQUFBLElBQ3ZDLE9BQU8sbUJBQW1CLHVCQUF1QixXQUFXLEtBQUssS0FBSyxhQUFhLFdBQVcseUJBQXlCLEVBQUUsTUFBTSxhQUFhLEtBQUssQ0FBQztBQUFBLEVBQ3BKLENBQUM7QUFDSDtBQUdPLFNBQVMsZUFBZSxTQUF3QixLQUFvQixhQUFrQztBQUMzRyxRQUFNLEVBQUUsTUFBTSxPQUFPLElBQUk7QUFDekIsUUFBTSxTQUFTLElBQUksSUFBSSxPQUFPLE1BQU0scUJBQXFCO0FBQ3pELFFBQU0sTUFBTSxPQUFPLE1BQU07QUFDekIsUUFBTSxRQUFRLFFBQVEsU0FDbkIsT0FBTyxDQUFDLE1BQU0sRUFBRSxlQUFlLGVBQWUsRUFBRSxlQUFlLFFBQVEsRUFBRSxlQUFlLElBQUksRUFDNUYsSUFBSSxDQUFDLE1BQU07QUFDVixVQUFNLE9BQU8sWUFBWSxJQUFJLFVBQVUsRUFBRSxXQUFXO0FBQ3BELFVBQU0sTUFBTSxhQUFhLEVBQUUsV0FBVztBQUN0QyxVQUFNLGtCQUFrQixRQUFRLE1BQU0sV0FBVyxNQUFNLFVBQVcsUUFBUSxRQUFRLE9BQU8sSUFBSSxHQUFHLENBQUU7QUFDbEcsV0FBTyxFQUFFLEdBQUcsU0FBUyxVQUFVLEVBQUUsYUFBYSxJQUFJLFVBQVUsT0FBTyxRQUFRLGNBQWMsR0FBRyxnQkFBZ0I7QUFBQSxFQUM5RyxDQUFDLEVBQ0EsT0FBTyxDQUFDLE1BQU0sRUFBRSxtQkFBbUIsRUFBRSxXQUFXLEdBQUcsRUFDbkQsS0FBSyxDQUFDLEdBQUcsTUFBTyxFQUFFLEVBQUUsY0FBYyxFQUFFLEVBQUUsY0FBYyxLQUFLLENBQUU7QUFDOUQsTUFBSSxNQUFNLFdBQVcsR0FBRztBQUN0QixXQUFPLEtBQUsscUJBQXFCLE9BQU87QUFBQSxNQUN0QyxPQUFPLHNCQUFzQiwyQ0FBMkMsR0FBRyw2QkFBNkIsV0FBVyxLQUFLLEVBQUUsV0FBVyxJQUFJLENBQUM7QUFBQSxJQUM1SSxDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sVUFBVSxNQUFNO0FBQUEsSUFBSSxDQUFDLE1BQ3pCLE9BQU8sbUJBQW1CLDZCQUE2QixFQUFFLEVBQUUsV0FBVyxPQUFPLEVBQUUsRUFBRSxXQUFXLGFBQWEsRUFBRSxPQUFPLE1BQU0sRUFBRSxFQUFFLE9BQU8sT0FBTyxFQUFFLEVBQUUsV0FBVyxLQUFLO0FBQUEsTUFDNUosTUFBTSxFQUFFLEVBQUU7QUFBQSxNQUNWLE9BQU8sRUFBRSxFQUFFO0FBQUEsTUFDWCxXQUFXO0FBQUEsSUFDYixDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sUUFBUSxNQUFNLENBQUMsRUFBRyxFQUFFO0FBRTFCLFFBQU0sV0FBVyxDQUFDLEdBQUcsSUFBSSxjQUFjLEVBQUUsUUFBUSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsUUFBUSxTQUFTLEVBQUUsUUFBUSxJQUFJLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLElBQUksRUFBRSxPQUFPLEVBQUUsT0FBTyxLQUFLLENBQUUsRUFBRSxDQUFDO0FBQ3RLLE1BQUksVUFBVTtBQUNaLFlBQVEsS0FBSyxPQUFPLDJCQUEyQixxQkFBcUIsU0FBUyxJQUFJLEdBQUcsU0FBUyxVQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssbUJBQW1CLEtBQUssRUFBRSxNQUFNLFNBQVMsTUFBTSxPQUFPLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDMU0sV0FBTyxLQUFLLHFCQUFxQixNQUFNLE9BQU87QUFBQSxFQUNoRDtBQUNBLFNBQU8sS0FBSyxxQkFBcUIsTUFBTSxTQUFTLENBQUMsRUFBRSxNQUFNLGtCQUFrQixNQUFNLG9FQUFvRSxDQUFDLENBQUM7QUFDeko7QUFHTyxTQUFTLFdBQVcsU0FBNkMsTUFBK0I7QUFDckcsU0FBTyxRQUFRLGdCQUFnQixRQUFRLFFBQVEsZUFBZSxPQUFPLFFBQVEsY0FBYztBQUM3RjtBQUdPLFNBQVMsYUFBYSxTQUF3QixLQUFrQztBQUNyRixRQUFNLFFBQVEsMEJBQTBCLFNBQVMsSUFBSSxZQUFZLElBQUksSUFBSTtBQUN6RSxNQUFJLENBQUMsTUFBTyxRQUFPLENBQUM7QUFDcEIsU0FBTztBQUFBLElBQ0wsaUJBQWlCLFNBQVMsS0FBSyxLQUFLO0FBQUEsSUFDcEMsVUFBVSxTQUFTLEdBQUc7QUFBQSxJQUN0QixtQkFBbUIsU0FBUyxHQUFHO0FBQUEsSUFDL0IsY0FBYyxLQUFLLEtBQUs7QUFBQSxJQUN4QixpQkFBaUIsS0FBSyxLQUFLO0FBQUEsSUFDM0IsZUFBZSxTQUFTLEtBQUssS0FBSztBQUFBLEVBQ3BDO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
