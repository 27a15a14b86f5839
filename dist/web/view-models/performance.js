import { addDays } from "../../calendar/dates.js";
import { performanceYearOf } from "../../calendar/performance-year.js";
import { barChart, lineChart, lorenzChart } from "../../reports/svg-charts.js";
import { countFor, isGroupWithheld, isShareWithheld, suppressRow, SUPPRESSED } from "../../disclosure.js";
import { escape, formatDate } from "../html.js";
const pct = (n, dp = 1) => n === null || n === void 0 ? "\u2013" : `${(n * 100).toFixed(dp)}%`;
const dec = (n, dp = 2) => n === null || n === void 0 ? "\u2013" : Number.isInteger(n) ? String(n) : n.toFixed(dp);
const signed = (n) => n > 0 ? `+${dec(n)}` : dec(n);
const pounds = (n) => `\xA3${Math.round(n).toLocaleString("en-GB")}`;
const numeric = (text) => ({ text, format: "numeric" });
function recentYears(today) {
  const current = performanceYearOf(today).startYear;
  return Array.from({ length: 10 }, (_, i) => {
    const y = current - i;
    return `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
  });
}
function ni30View(r, named) {
  const quarterLabel = (q) => `Q${q}`;
  const count = (n) => countFor(named, n);
  const shareHidden = isShareWithheld(named, r.convictedCount, r.cohortSize);
  const lines = [{ name: "Expected a quarter (threshold \xF7 4)", value: r.threshold / 4 }];
  if (r.stretchThreshold !== null) lines.push({ name: "Stretch target a quarter", value: r.stretchThreshold / 4 });
  const chart = barChart({
    id: "ni30-quarters",
    title: `Convictions a quarter against expected, ${r.scheme.code} ${r.year}`,
    description: `Offences proven by conviction each quarter, by offence date, against the expected ${dec(r.threshold / 4)} a quarter.`,
    categories: r.quarters.map((q) => quarterLabel(q.quarter)),
    series: [{ name: "Actual", values: r.quarters.map((q) => q.actual) }],
    lines,
    xLabel: `Quarter of ${r.year}`,
    yLabel: "Offences proven by conviction"
  });
  const rollingChart = r.rolling.length ? lineChart({
    id: "ni30-rolling",
    title: `Rolling 12 months: observed against predicted, ${r.scheme.code}`,
    description: "Convictions in the 12 months to the end of each quarter, against a prediction falling in a straight line from the baseline to the threshold.",
    categories: r.rolling.map((x) => `to ${formatDate(addDays(x.end, -1))}`),
    series: [
      { name: "Observed", values: r.rolling.map((x) => x.observed) },
      { name: "Predicted", values: r.rolling.map((x) => x.predicted) }
    ],
    xLabel: "12 months to the end of",
    yLabel: "Offences proven by conviction"
  }) : null;
  return {
    r,
    chart,
    rollingChart,
    summary: [
      { key: { text: "Cohort" }, value: { text: `${count(r.cohortSize)} ${r.cohort.source === "frozen_list" ? `on the frozen list "${r.cohort.list?.name}"` : `members on ${formatDate(r.cohort.cohortDate)}`}` } },
      { key: { text: `Baseline (${r.baselineYear})` }, value: { text: String(r.baseline) } },
      { key: { text: "Performance ceiling" }, value: { text: `${pct(r.ceiling)}${r.stretch !== null ? `, stretch ${pct(r.stretch)}` : ""}` } },
      { key: { text: "Average months on the scheme" }, value: { text: r.averageMonthsOnScheme === null ? "\u2013" : r.averageMonthsOnScheme.toFixed(1) } },
      { key: { text: "Threshold" }, value: { text: `${r.threshold}${r.stretchThreshold !== null ? ` (stretch ${r.stretchThreshold})` : ""}` } },
      { key: { text: "Expected a quarter" }, value: { text: dec(r.threshold / 4) } },
      { key: { text: `Actual in ${r.year}` }, value: { text: `${r.actual}: ${r.underThreshold >= 0 ? `${dec(r.underThreshold)} under` : `${dec(-r.underThreshold)} over`} the threshold` } },
      { key: { text: "Reduction achieved" }, value: { text: pct(r.reductionAchieved) } },
      {
        key: { text: "Share of the cohort convicted" },
        value: { text: shareHidden ? `Not shown: ${SUPPRESSED} people in a group` : `${pct(r.shareConvicted)} (${count(r.convictedCount)} of ${count(r.cohortSize)})` }
      }
    ],
    quarterRows: r.quarters.map((q) => [
      { text: `Q${q.quarter} (${formatDate(q.start)} to ${formatDate(addDays(q.end, -1))})` },
      numeric(String(q.actual)),
      numeric(dec(q.expected)),
      numeric(signed(q.variance)),
      numeric(String(q.cumulativeActual)),
      numeric(dec(q.cumulativeExpected)),
      numeric(signed(q.cumulativeVariance))
    ]),
    rollingRows: r.rolling.map((x) => [
      { text: `${formatDate(x.start)} to ${formatDate(addDays(x.end, -1))}` },
      numeric(String(x.observed)),
      numeric(dec(x.predicted)),
      numeric(signed(x.observed - x.predicted))
    ]),
    currency: r.dataCurrency
  };
}
function ni38View(r, named, names) {
  const count = (n) => countFor(named, n);
  return {
    r,
    summary: [
      { key: { text: "Cohort period" }, value: { text: `${formatDate(r.from)} to ${formatDate(r.to)}` } },
      { key: { text: "Cohort" }, value: { text: `${count(r.cohortSize)} people identified as Class A drug users` } },
      { key: { text: "Identified by" }, value: { text: `positive test: ${count(r.identifiedBy.positiveTest)}; required assessment: ${count(r.identifiedBy.requiredAssessment)}` } },
      { key: { text: "Actual" }, value: { text: String(r.actual) } },
      { key: { text: "Predicted" }, value: { text: dec(r.predicted, 1) } },
      { key: { text: "Actual \xF7 predicted" }, value: { text: r.ratio === null ? "\u2013" : r.ratio.toFixed(2) } },
      { key: { text: "Model version" }, value: { text: r.modelVersion } },
      {
        key: { text: "Contributors" },
        value: { text: r.contributorCount === 0 ? "None: the cohort offended no more than predicted" : `${count(r.contributorCount)} people account for the difference of ${dec(r.difference, 1)}` }
      }
    ],
    areaRows: r.byArea.map((a) => {
      const hide = isGroupWithheld(named, a.cohortSize);
      return [
        { text: a.areaCode ?? "Not known" },
        numeric(count(a.cohortSize)),
        numeric(hide ? "\u2013" : String(a.actual)),
        numeric(hide ? "\u2013" : dec(a.predicted, 1)),
        numeric(hide || a.ratio === null ? "\u2013" : a.ratio.toFixed(2))
      ];
    }),
    contributorRows: named ? r.contributors.map((c) => {
      const n = names.get(c.personId);
      const label = n?.name ?? c.personRef;
      return [
        { html: `<a class="govuk-link" href="/people/${c.personId}">${escape(label)}</a>` },
        { text: c.personRef },
        { text: formatDate(c.identifiedOn) },
        numeric(String(c.actual)),
        numeric(dec(c.predicted, 2)),
        numeric(dec(c.excess, 2)),
        numeric(dec(c.cumulativeExcess, 2))
      ];
    }) : []
  };
}
function reoffendingView(r, named) {
  const count = (n) => countFor(named, n);
  const rateHidden = isShareWithheld(named, r.reoffenders, r.cohortSize);
  const c = r.concentration;
  const lorenz = c.lorenz.length > 1 && c.topDecileShare !== null ? lorenzChart({
    id: "concentration",
    title: `Concentration of reoffending, ${r.scheme?.code ?? "partnership"}`,
    description: "The Lorenz curve of the cohort's proven reoffences over its people, least prolific first.",
    points: c.lorenz,
    topShare: { people: 0.1, offences: c.topDecileShare },
    yLabel: "Share of reoffences"
  }) : null;
  return {
    r,
    lorenz,
    summary: [
      { key: { text: "Follow-up starts" }, value: { text: `${formatDate(r.from)} to ${formatDate(r.to)}` } },
      { key: { text: "Cohort" }, value: { text: count(r.cohortSize) } },
      {
        key: { text: "Binary rate" },
        value: { text: rateHidden ? `Not shown: ${SUPPRESSED} people in a group` : `${pct(r.binaryRate)} (${count(r.reoffenders)} ${r.reoffenders === 1 ? "reoffender" : "reoffenders"})` }
      },
      { key: { text: "Reoffences" }, value: { text: String(r.offences) } },
      { key: { text: "Frequency" }, value: { text: `${dec(r.frequencyPerOffender)} per offender; ${dec(r.frequencyPerReoffender)} per reoffender` } },
      {
        key: { text: "Severity" },
        value: {
          text: `mean gravity ${dec(r.severity.meanGravity)}, highest ${r.severity.maxGravity ?? "\u2013"}; ${r.severity.violentOffences} violent; ${r.severity.ungradedOffences} not graded`
        }
      },
      { key: { text: "Estimated cost" }, value: { text: `${pounds(r.cost.total)}${r.cost.uncostedOffences ? `; ${r.cost.uncostedOffences} ${r.cost.uncostedOffences === 1 ? "reoffence" : "reoffences"} not costed` : ""}` } },
      { key: { text: "Status" }, value: { text: r.provisional ? `Provisional: ${count(r.incompleteFollowUp)} people's follow-up is not complete by ${formatDate(r.asOf)}` : `Final as of ${formatDate(r.asOf)}` } },
      { key: { text: "Method version" }, value: { text: r.modelVersion } }
    ],
    costRows: r.cost.byCategory.map((x) => [
      { text: x.category },
      numeric(String(x.offences)),
      numeric(x.unitCost === null ? "Not costed" : pounds(x.unitCost)),
      numeric(x.cost === null ? "Not costed" : pounds(x.cost))
    ]),
    concentration: {
      topShare: c.topDecileShare === null ? null : pct(c.topDecileShare),
      gini: c.gini === null ? null : c.gini.toFixed(3),
      people: count(c.people),
      offences: c.offences,
      rows: c.lorenz.map((p) => [numeric(pct(p.people, 0)), numeric(pct(p.offences))])
    }
  };
}
function premiumServiceView(r, named) {
  const side = (pick) => {
    const q = r.quarters.map((x) => pick(x));
    const year = pick(r.wholeYear);
    const shown = suppressRow(named, q.map((d) => d.cases), year.cases);
    return { q, year, shown };
  };
  const members = side((x) => x.members);
  const others = side((x) => x.others);
  const cells = (d, shownCases) => shownCases === null ? [numeric(SUPPRESSED), numeric("\u2013"), numeric("\u2013")] : [numeric(String(shownCases)), numeric(dec(d.medianDays, 1)), numeric(d.p90Days === null ? "\u2013" : String(d.p90Days))];
  return {
    r,
    rows: [
      ...r.quarters.map((q, i) => [{ text: `Q${q.quarter}` }, ...cells(members.q[i], members.shown.cells[i]), ...cells(others.q[i], others.shown.cells[i])]),
      [{ text: `Whole year ${r.year}` }, ...cells(members.year, members.shown.total), ...cells(others.year, others.shown.total)]
    ],
    unmatched: `${countFor(named, r.chargesWithoutDisposal.members)} of members' charges and ${countFor(named, r.chargesWithoutDisposal.others)} of others' made in ${r.year} have no disposal matched to them.`
  };
}
function ni18View(all, scheme, named) {
  const row = (label, r) => {
    const hide = isGroupWithheld(named, r.caseload) || isShareWithheld(named, r.reoffenders, r.caseload);
    return [
      { text: label },
      numeric(countFor(named, r.caseload)),
      numeric(hide ? "\u2013" : String(r.reoffenders)),
      numeric(hide ? "\u2013" : pct(r.actualRate)),
      numeric(isGroupWithheld(named, r.caseload) ? "\u2013" : pct(r.predictedRate)),
      numeric(hide || r.difference === null ? "\u2013" : `${r.difference > 0 ? "+" : ""}${(r.difference * 100).toFixed(1)} points`)
    ];
  };
  return {
    r: all,
    scheme,
    rows: [row("Whole probation caseload", all), row(`Members of ${scheme.scheme?.code ?? "the scheme"}`, scheme)],
    status: all.provisional ? `Provisional: the wait for proof runs to ${formatDate(all.proofBy)}, after today (${formatDate(all.readOn)}).` : `Final: the wait for proof ended on ${formatDate(all.proofBy)}.`
  };
}
function unitCostsView(costs, editable, opts) {
  return {
    title: "Unit costs of crime",
    editable,
    errors: opts.errors ?? [],
    fieldErrors: opts.fieldErrors ?? {},
    saved: opts.saved,
    priceYear: opts.values?.priceYear ?? "",
    costs: costs.map((c, i) => ({
      index: i,
      category: c.category,
      value: opts.values?.[`cost-${i}`] ?? (c.pounds === null ? "" : String(c.pounds)),
      pounds: c.pounds === null ? "Not costed" : pounds(c.pounds),
      priceYear: c.price_year ?? "\u2013",
      groups: c.group_codes.join(", "),
      source: c.own ? c.source ?? "this partnership" : c.source ?? "default"
    })),
    rows: costs.map((c) => [
      { text: c.category },
      numeric(c.pounds === null ? "Not costed" : pounds(c.pounds)),
      { text: c.price_year ?? "\u2013" },
      { text: c.group_codes.join(", ") },
      { text: c.own ? `${c.source ?? ""} (this partnership)` : c.source ?? "default" }
    ])
  };
}
export {
  ni18View,
  ni30View,
  ni38View,
  premiumServiceView,
  recentYears,
  reoffendingView,
  unitCostsView
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi92aWV3LW1vZGVscy9wZXJmb3JtYW5jZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIHBlcmZvcm1hbmNlIHBhZ2VzJyB2aWV3IG1vZGVscyAoU1BFQyAzLjYpOiBlYWNoIG1lYXN1cmUncyByZXBvcnQgdHVybmVkXG4vLyBpbnRvIHRoZSByb3dzLCBzdW1tYXJpZXMgYW5kIGNoYXJ0cyBpdHMgdGVtcGxhdGUgc2hvd3MsIHdpdGggc21hbGwgY291bnRzXG4vLyBzdXBwcmVzc2VkIGZvciBib2FyZCBtZW1iZXJzIChTUEVDIDMuNywgc3JjL2Rpc2Nsb3N1cmUudHMpLlxuaW1wb3J0IHsgYWRkRGF5cyB9IGZyb20gJy4uLy4uL2NhbGVuZGFyL2RhdGVzLmpzJztcbmltcG9ydCB7IHBlcmZvcm1hbmNlWWVhck9mIH0gZnJvbSAnLi4vLi4vY2FsZW5kYXIvcGVyZm9ybWFuY2UteWVhci5qcyc7XG5pbXBvcnQgdHlwZSB7IENvbnRyaWJ1dG9yTmFtZSB9IGZyb20gJy4uLy4uL3BlcmZvcm1hbmNlL2Rhc2hib2FyZC5qcyc7XG5pbXBvcnQgdHlwZSB7IE5pMzBSZXBvcnQgfSBmcm9tICcuLi8uLi9wZXJmb3JtYW5jZS9uaTMwLXNlcnZpY2UuanMnO1xuaW1wb3J0IHR5cGUgeyBOaTM4UmVwb3J0IH0gZnJvbSAnLi4vLi4vcGVyZm9ybWFuY2UvbmkzOC1zZXJ2aWNlLmpzJztcbmltcG9ydCB0eXBlIHsgVW5pdENvc3QgfSBmcm9tICcuLi8uLi9wZXJmb3JtYW5jZS9yZWZlcmVuY2UuanMnO1xuaW1wb3J0IHR5cGUgeyBSZW9mZmVuZGluZ1JlcG9ydCB9IGZyb20gJy4uLy4uL3BlcmZvcm1hbmNlL3Jlb2ZmZW5kaW5nLXNlcnZpY2UuanMnO1xuaW1wb3J0IHR5cGUgeyBEYXlzU3VtbWFyeSwgUHJlbWl1bVNlcnZpY2VSZXBvcnQgfSBmcm9tICcuLi8uLi9wZXJmb3JtYW5jZS9wcmVtaXVtLXNlcnZpY2UuanMnO1xuaW1wb3J0IHR5cGUgeyBOaTE4UmVwb3J0IH0gZnJvbSAnLi4vLi4vcGVyZm9ybWFuY2UvbmkxOC1zZXJ2aWNlLmpzJztcbmltcG9ydCB7IGJhckNoYXJ0LCBsaW5lQ2hhcnQsIGxvcmVuekNoYXJ0IH0gZnJvbSAnLi4vLi4vcmVwb3J0cy9zdmctY2hhcnRzLmpzJztcbmltcG9ydCB7IGNvdW50Rm9yLCBpc0dyb3VwV2l0aGhlbGQsIGlzU2hhcmVXaXRoaGVsZCwgc3VwcHJlc3NSb3csIFNVUFBSRVNTRUQgfSBmcm9tICcuLi8uLi9kaXNjbG9zdXJlLmpzJztcbmltcG9ydCB0eXBlIHsgRmllbGRFcnJvciB9IGZyb20gJy4uL2Zvcm1zL3BlcmZvcm1hbmNlLWZvcm0uanMnO1xuaW1wb3J0IHsgZXNjYXBlLCBmb3JtYXREYXRlIH0gZnJvbSAnLi4vaHRtbC5qcyc7XG5cbmNvbnN0IHBjdCA9IChuOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCBkcCA9IDEpID0+IChuID09PSBudWxsIHx8IG4gPT09IHVuZGVmaW5lZCA/ICdcdTIwMTMnIDogYCR7KG4gKiAxMDApLnRvRml4ZWQoZHApfSVgKTtcbmNvbnN0IGRlYyA9IChuOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCBkcCA9IDIpID0+IChuID09PSBudWxsIHx8IG4gPT09IHVuZGVmaW5lZCA/ICdcdTIwMTMnIDogTnVtYmVyLmlzSW50ZWdlcihuKSA/IFN0cmluZyhuKSA6IG4udG9GaXhlZChkcCkpO1xuY29uc3Qgc2lnbmVkID0gKG46IG51bWJlcikgPT4gKG4gPiAwID8gYCske2RlYyhuKX1gIDogZGVjKG4pKTtcbmNvbnN0IHBvdW5kcyA9IChuOiBudW1iZXIpID0+IGBcdTAwQTMke01hdGgucm91bmQobikudG9Mb2NhbGVTdHJpbmcoJ2VuLUdCJyl9YDtcbmNvbnN0IG51bWVyaWMgPSAodGV4dDogc3RyaW5nKSA9PiAoeyB0ZXh0LCBmb3JtYXQ6ICdudW1lcmljJyB9KTtcblxuLyoqIFRoZSBsYXN0IHRlbiBwZXJmb3JtYW5jZSB5ZWFycywgdGhlIGN1cnJlbnQgb25lIGZpcnN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlY2VudFllYXJzKHRvZGF5OiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IGN1cnJlbnQgPSBwZXJmb3JtYW5jZVllYXJPZih0b2RheSkuc3RhcnRZZWFyO1xuICByZXR1cm4gQXJyYXkuZnJvbSh7IGxlbmd0aDogMTAgfSwgKF8sIGkpID0+IHtcbiAgICBjb25zdCB5ID0gY3VycmVudCAtIGk7XG4gICAgcmV0dXJuIGAke3l9LyR7U3RyaW5nKCh5ICsgMSkgJSAxMDApLnBhZFN0YXJ0KDIsICcwJyl9YDtcbiAgfSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBuaTMwVmlldyhyOiBOaTMwUmVwb3J0LCBuYW1lZDogYm9vbGVhbikge1xuICBjb25zdCBxdWFydGVyTGFiZWwgPSAocTogbnVtYmVyKSA9PiBgUSR7cX1gO1xuICBjb25zdCBjb3VudCA9IChuOiBudW1iZXIpID0+IGNvdW50Rm9yKG5hbWVkLCBuKTtcbiAgY29uc3Qgc2hhcmVIaWRkZW4gPSBpc1NoYXJlV2l0aGhlbGQobmFtZWQsIHIuY29udmljdGVkQ291bnQsIHIuY29ob3J0U2l6ZSk7XG4gIGNvbnN0IGxpbmVzID0gW3sgbmFtZTogJ0V4cGVjdGVkIGEgcXVhcnRlciAodGhyZXNob2xkIFx1MDBGNyA0KScsIHZhbHVlOiByLnRocmVzaG9sZCAvIDQgfV07XG4gIGlmIChyLnN0cmV0Y2hUaHJlc2hvbGQgIT09IG51bGwpIGxpbmVzLnB1c2goeyBuYW1lOiAnU3RyZXRjaCB0YXJnZXQgYSBxdWFydGVyJywgdmFsdWU6IHIuc3RyZXRjaFRocmVzaG9sZCAvIDQgfSk7XG4gIGNvbnN0IGNoYXJ0ID0gYmFyQ2hhcnQoe1xuICAgIGlkOiAnbmkzMC1xdWFydGVycycsXG4gICAgdGl0bGU6IGBDb252aWN0aW9ucyBhIHF1YXJ0ZXIgYWdhaW5zdCBleHBlY3RlZCwgJHtyLnNjaGVtZS5jb2RlfSAke3IueWVhcn1gLFxuICAgIGRlc2NyaXB0aW9uOiBgT2ZmZW5jZXMgcHJvdmVuIGJ5IGNvbnZpY3Rpb24gZWFjaCBxdWFydGVyLCBieSBvZmZlbmNlIGRhdGUsIGFnYWluc3QgdGhlIGV4cGVjdGVkICR7ZGVjKHIudGhyZXNob2xkIC8gNCl9IGEgcXVhcnRlci5gLFxuICAgIGNhdGVnb3JpZXM6IHIucXVhcnRlcnMubWFwKChxKSA9PiBxdWFydGVyTGFiZWwocS5xdWFydGVyKSksXG4gICAgc2VyaWVzOiBbeyBuYW1lOiAnQWN0dWFsJywgdmFsdWVzOiByLnF1YXJ0ZXJzLm1hcCgocSkgPT4gcS5hY3R1YWwpIH1dLFxuICAgIGxpbmVzLFxuICAgIHhMYWJlbDogYFF1YXJ0ZXIgb2YgJHtyLnllYXJ9YCxcbiAgICB5TGFiZWw6ICdPZmZlbmNlcyBwcm92ZW4gYnkgY29udmljdGlvbicsXG4gIH0pO1xuICBjb25zdCByb2xsaW5nQ2hhcnQgPSByLnJvbGxpbmcubGVuZ3RoXG4gICAgPyBsaW5lQ2hhcnQoe1xuICAgICAgICBpZDogJ25pMzAtcm9sbGluZycsXG4gICAgICAgIHRpdGxlOiBgUm9sbGluZyAxMiBtb250aHM6IG9ic2VydmVkIGFnYWluc3QgcHJlZGljdGVkLCAke3Iuc2NoZW1lLmNvZGV9YCxcbiAgICAgICAgZGVzY3JpcHRpb246ICdDb252aWN0aW9ucyBpbiB0aGUgMTIgbW9udGhzIHRvIHRoZSBlbmQgb2YgZWFjaCBxdWFydGVyLCBhZ2FpbnN0IGEgcHJlZGljdGlvbiBmYWxsaW5nIGluIGEgc3RyYWlnaHQgbGluZSBmcm9tIHRoZSBiYXNlbGluZSB0byB0aGUgdGhyZXNob2xkLicsXG4gICAgICAgIGNhdGVnb3JpZXM6IHIucm9sbGluZy5tYXAoKHgpID0+IGB0byAke2Zvcm1hdERhdGUoYWRkRGF5cyh4LmVuZCwgLTEpKX1gKSxcbiAgICAgICAgc2VyaWVzOiBbXG4gICAgICAgICAgeyBuYW1lOiAnT2JzZXJ2ZWQnLCB2YWx1ZXM6IHIucm9sbGluZy5tYXAoKHgpID0+IHgub2JzZXJ2ZWQpIH0sXG4gICAgICAgICAgeyBuYW1lOiAnUHJlZGljdGVkJywgdmFsdWVzOiByLnJvbGxpbmcubWFwKCh4KSA9PiB4LnByZWRpY3RlZCkgfSxcbiAgICAgICAgXSxcbiAgICAgICAgeExhYmVsOiAnMTIgbW9udGhzIHRvIHRoZSBlbmQgb2YnLFxuICAgICAgICB5TGFiZWw6ICdPZmZlbmNlcyBwcm92ZW4gYnkgY29udmljdGlvbicsXG4gICAgICB9KVxuICAgIDogbnVsbDtcbiAgcmV0dXJuIHtcbiAgICByLFxuICAgIGNoYXJ0LFxuICAgIHJvbGxpbmdDaGFydCxcbiAgICBzdW1tYXJ5OiBbXG4gICAgICB7IGtleTogeyB0ZXh0OiAnQ29ob3J0JyB9LCB2YWx1ZTogeyB0ZXh0OiBgJHtjb3VudChyLmNvaG9ydFNpemUpfSAke3IuY29ob3J0LnNvdXJjZSA9PT0gJ2Zyb3plbl9saXN0JyA/IGBvbiB0aGUgZnJvemVuIGxpc3QgXCIke3IuY29ob3J0Lmxpc3Q/Lm5hbWV9XCJgIDogYG1lbWJlcnMgb24gJHtmb3JtYXREYXRlKHIuY29ob3J0LmNvaG9ydERhdGUpfWB9YCB9IH0sXG4gICAgICB7IGtleTogeyB0ZXh0OiBgQmFzZWxpbmUgKCR7ci5iYXNlbGluZVllYXJ9KWAgfSwgdmFsdWU6IHsgdGV4dDogU3RyaW5nKHIuYmFzZWxpbmUpIH0gfSxcbiAgICAgIHsga2V5OiB7IHRleHQ6ICdQZXJmb3JtYW5jZSBjZWlsaW5nJyB9LCB2YWx1ZTogeyB0ZXh0OiBgJHtwY3Qoci5jZWlsaW5nKX0ke3Iuc3RyZXRjaCAhPT0gbnVsbCA/IGAsIHN0cmV0Y2ggJHtwY3Qoci5zdHJldGNoKX1gIDogJyd9YCB9IH0sXG4gICAgICB7IGtleTogeyB0ZXh0OiAnQXZlcmFnZSBtb250aHMgb24gdGhlIHNjaGVtZScgfSwgdmFsdWU6IHsgdGV4dDogci5hdmVyYWdlTW9udGhzT25TY2hlbWUgPT09IG51bGwgPyAnXHUyMDEzJyA6IHIuYXZlcmFnZU1vbnRoc09uU2NoZW1lLnRvRml4ZWQoMSkgfSB9LFxuICAgICAgeyBrZXk6IHsgdGV4dDogJ1RocmVzaG9sZCcgfSwgdmFsdWU6IHsgdGV4dDogYCR7ci50aHJlc2hvbGR9JHtyLnN0cmV0Y2hUaHJlc2hvbGQgIT09IG51bGwgPyBgIChzdHJldGNoICR7ci5zdHJldGNoVGhyZXNob2xkfSlgIDogJyd9YCB9IH0sXG4gICAgICB7IGtleTogeyB0ZXh0OiAnRXhwZWN0ZWQgYSBxdWFydGVyJyB9LCB2YWx1ZTogeyB0ZXh0OiBkZWMoci50aHJlc2hvbGQgLyA0KSB9IH0sXG4gICAgICB7IGtleTogeyB0ZXh0OiBgQWN0dWFsIGluICR7ci55ZWFyfWAgfSwgdmFsdWU6IHsgdGV4dDogYCR7ci5hY3R1YWx9OiAke3IudW5kZXJUaHJlc2hvbGQgPj0gMCA/IGAke2RlYyhyLnVuZGVyVGhyZXNob2xkKX0gdW5kZXJgIDogYCR7ZGVjKC1yLnVuZGVyVGhyZXNob2xkKX0gb3ZlcmB9IHRoZSB0aHJlc2hvbGRgIH0gfSxcbiAgICAgIHsga2V5OiB7IHRleHQ6ICdSZWR1Y3Rpb24gYWNoaWV2ZWQnIH0sIHZhbHVlOiB7IHRleHQ6IHBjdChyLnJlZHVjdGlvbkFjaGlldmVkKSB9IH0sXG4gICAgICB7XG4gICAgICAgIGtleTogeyB0ZXh0OiAnU2hhcmUgb2YgdGhlIGNvaG9ydCBjb252aWN0ZWQnIH0sXG4gICAgICAgIHZhbHVlOiB7IHRleHQ6IHNoYXJlSGlkZGVuID8gYE5vdCBzaG93bjogJHtTVVBQUkVTU0VEfSBwZW9wbGUgaW4gYSBncm91cGAgOiBgJHtwY3Qoci5zaGFyZUNvbnZpY3RlZCl9ICgke2NvdW50KHIuY29udmljdGVkQ291bnQpfSBvZiAke2NvdW50KHIuY29ob3J0U2l6ZSl9KWAgfSxcbiAgICAgIH0sXG4gICAgXSxcbiAgICBxdWFydGVyUm93czogci5xdWFydGVycy5tYXAoKHEpID0+IFtcbiAgICAgIHsgdGV4dDogYFEke3EucXVhcnRlcn0gKCR7Zm9ybWF0RGF0ZShxLnN0YXJ0KX0gdG8gJHtmb3JtYXREYXRlKGFkZERheXMocS5lbmQsIC0xKSl9KWAgfSxcbiAgICAgIG51bWVyaWMoU3RyaW5nKHEuYWN0dWFsKSksXG4gICAgICBudW1lcmljKGRlYyhxLmV4cGVjdGVkKSksXG4gICAgICBudW1lcmljKHNpZ25lZChxLnZhcmlhbmNlKSksXG4gICAgICBudW1lcmljKFN0cmluZyhxLmN1bXVsYXRpdmVBY3R1YWwpKSxcbiAgICAgIG51bWVyaWMoZGVjKHEuY3VtdWxhdGl2ZUV4cGVjdGVkKSksXG4gICAgICBudW1lcmljKHNpZ25lZChxLmN1bXVsYXRpdmVWYXJpYW5jZSkpLFxuICAgIF0pLFxuICAgIHJvbGxpbmdSb3dzOiByLnJvbGxpbmcubWFwKCh4KSA9PiBbXG4gICAgICB7IHRleHQ6IGAke2Zvcm1hdERhdGUoeC5zdGFydCl9IHRvICR7Zm9ybWF0RGF0ZShhZGREYXlzKHguZW5kLCAtMSkpfWAgfSxcbiAgICAgIG51bWVyaWMoU3RyaW5nKHgub2JzZXJ2ZWQpKSxcbiAgICAgIG51bWVyaWMoZGVjKHgucHJlZGljdGVkKSksXG4gICAgICBudW1lcmljKHNpZ25lZCh4Lm9ic2VydmVkIC0geC5wcmVkaWN0ZWQpKSxcbiAgICBdKSxcbiAgICBjdXJyZW5jeTogci5kYXRhQ3VycmVuY3ksXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBuaTM4VmlldyhyOiBOaTM4UmVwb3J0LCBuYW1lZDogYm9vbGVhbiwgbmFtZXM6IE1hcDxudW1iZXIsIFBpY2s8Q29udHJpYnV0b3JOYW1lLCAnbmFtZScgfCAncmVzdHJpY3RlZCc+Pikge1xuICBjb25zdCBjb3VudCA9IChuOiBudW1iZXIpID0+IGNvdW50Rm9yKG5hbWVkLCBuKTtcbiAgcmV0dXJuIHtcbiAgICByLFxuICAgIHN1bW1hcnk6IFtcbiAgICAgIHsga2V5OiB7IHRleHQ6ICdDb2hvcnQgcGVyaW9kJyB9LCB2YWx1ZTogeyB0ZXh0OiBgJHtmb3JtYXREYXRlKHIuZnJvbSl9IHRvICR7Zm9ybWF0RGF0ZShyLnRvKX1gIH0gfSxcbiAgICAgIHsga2V5OiB7IHRleHQ6ICdDb2hvcnQnIH0sIHZhbHVlOiB7IHRleHQ6IGAke2NvdW50KHIuY29ob3J0U2l6ZSl9IHBlb3BsZSBpZGVudGlmaWVkIGFzIENsYXNzIEEgZHJ1ZyB1c2Vyc2AgfSB9LFxuICAgICAgeyBrZXk6IHsgdGV4dDogJ0lkZW50aWZpZWQgYnknIH0sIHZhbHVlOiB7IHRleHQ6IGBwb3NpdGl2ZSB0ZXN0OiAke2NvdW50KHIuaWRlbnRpZmllZEJ5LnBvc2l0aXZlVGVzdCl9OyByZXF1aXJlZCBhc3Nlc3NtZW50OiAke2NvdW50KHIuaWRlbnRpZmllZEJ5LnJlcXVpcmVkQXNzZXNzbWVudCl9YCB9IH0sXG4gICAgICB7IGtleTogeyB0ZXh0OiAnQWN0dWFsJyB9LCB2YWx1ZTogeyB0ZXh0OiBTdHJpbmcoci5hY3R1YWwpIH0gfSxcbiAgICAgIHsga2V5OiB7IHRleHQ6ICdQcmVkaWN0ZWQnIH0sIHZhbHVlOiB7IHRleHQ6IGRlYyhyLnByZWRpY3RlZCwgMSkgfSB9LFxuICAgICAgeyBrZXk6IHsgdGV4dDogJ0FjdHVhbCBcdTAwRjcgcHJlZGljdGVkJyB9LCB2YWx1ZTogeyB0ZXh0OiByLnJhdGlvID09PSBudWxsID8gJ1x1MjAxMycgOiByLnJhdGlvLnRvRml4ZWQoMikgfSB9LFxuICAgICAgeyBrZXk6IHsgdGV4dDogJ01vZGVsIHZlcnNpb24nIH0sIHZhbHVlOiB7IHRleHQ6IHIubW9kZWxWZXJzaW9uIH0gfSxcbiAgICAgIHtcbiAgICAgICAga2V5OiB7IHRleHQ6ICdDb250cmlidXRvcnMnIH0sXG4gICAgICAgIHZhbHVlOiB7IHRleHQ6IHIuY29udHJpYnV0b3JDb3VudCA9PT0gMCA/ICdOb25lOiB0aGUgY29ob3J0IG9mZmVuZGVkIG5vIG1vcmUgdGhhbiBwcmVkaWN0ZWQnIDogYCR7Y291bnQoci5jb250cmlidXRvckNvdW50KX0gcGVvcGxlIGFjY291bnQgZm9yIHRoZSBkaWZmZXJlbmNlIG9mICR7ZGVjKHIuZGlmZmVyZW5jZSwgMSl9YCB9LFxuICAgICAgfSxcbiAgICBdLFxuICAgIGFyZWFSb3dzOiByLmJ5QXJlYS5tYXAoKGEpID0+IHtcbiAgICAgIGNvbnN0IGhpZGUgPSBpc0dyb3VwV2l0aGhlbGQobmFtZWQsIGEuY29ob3J0U2l6ZSk7XG4gICAgICByZXR1cm4gW1xuICAgICAgICB7IHRleHQ6IGEuYXJlYUNvZGUgPz8gJ05vdCBrbm93bicgfSxcbiAgICAgICAgbnVtZXJpYyhjb3VudChhLmNvaG9ydFNpemUpKSxcbiAgICAgICAgbnVtZXJpYyhoaWRlID8gJ1x1MjAxMycgOiBTdHJpbmcoYS5hY3R1YWwpKSxcbiAgICAgICAgbnVtZXJpYyhoaWRlID8gJ1x1MjAxMycgOiBkZWMoYS5wcmVkaWN0ZWQsIDEpKSxcbiAgICAgICAgbnVtZXJpYyhoaWRlIHx8IGEucmF0aW8gPT09IG51bGwgPyAnXHUyMDEzJyA6IGEucmF0aW8udG9GaXhlZCgyKSksXG4gICAgICBdO1xuICAgIH0pLFxuICAgIGNvbnRyaWJ1dG9yUm93czogbmFtZWRcbiAgICAgID8gci5jb250cmlidXRvcnMubWFwKChjKSA9PiB7XG4gICAgICAgICAgY29uc3QgbiA9IG5hbWVzLmdldChjLnBlcnNvbklkKTtcbiAgICAgICAgICBjb25zdCBsYWJlbCA9IG4/Lm5hbWUgPz8gYy5wZXJzb25SZWY7XG4gICAgICAgICAgcmV0dXJuIFtcbiAgICAgICAgICAgIHsgaHRtbDogYDxhIGNsYXNzPVwiZ292dWstbGlua1wiIGhyZWY9XCIvcGVvcGxlLyR7Yy5wZXJzb25JZH1cIj4ke2VzY2FwZShsYWJlbCl9PC9hPmAgfSxcbiAgICAgICAgICAgIHsgdGV4dDogYy5wZXJzb25SZWYgfSxcbiAgICAgICAgICAgIHsgdGV4dDogZm9ybWF0RGF0ZShjLmlkZW50aWZpZWRPbikgfSxcbiAgICAgICAgICAgIG51bWVyaWMoU3RyaW5nKGMuYWN0dWFsKSksXG4gICAgICAgICAgICBudW1lcmljKGRlYyhjLnByZWRpY3RlZCwgMikpLFxuICAgICAgICAgICAgbnVtZXJpYyhkZWMoYy5leGNlc3MsIDIpKSxcbiAgICAgICAgICAgIG51bWVyaWMoZGVjKGMuY3VtdWxhdGl2ZUV4Y2VzcywgMikpLFxuICAgICAgICAgIF07XG4gICAgICAgIH0pXG4gICAgICA6IFtdLFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVvZmZlbmRpbmdWaWV3KHI6IFJlb2ZmZW5kaW5nUmVwb3J0LCBuYW1lZDogYm9vbGVhbikge1xuICBjb25zdCBjb3VudCA9IChuOiBudW1iZXIpID0+IGNvdW50Rm9yKG5hbWVkLCBuKTtcbiAgY29uc3QgcmF0ZUhpZGRlbiA9IGlzU2hhcmVXaXRoaGVsZChuYW1lZCwgci5yZW9mZmVuZGVycywgci5jb2hvcnRTaXplKTtcbiAgY29uc3QgYyA9IHIuY29uY2VudHJhdGlvbjtcbiAgY29uc3QgbG9yZW56ID1cbiAgICBjLmxvcmVuei5sZW5ndGggPiAxICYmIGMudG9wRGVjaWxlU2hhcmUgIT09IG51bGxcbiAgICAgID8gbG9yZW56Q2hhcnQoe1xuICAgICAgICAgIGlkOiAnY29uY2VudHJhdGlvbicsXG4gICAgICAgICAgdGl0bGU6IGBDb25jZW50cmF0aW9uIG9mIHJlb2ZmZW5kaW5nLCAke3Iuc2NoZW1lPy5jb2RlID8/ICdwYXJ0bmVyc2hpcCd9YCxcbiAgICAgICAgICBkZXNjcmlwdGlvbjogXCJUaGUgTG9yZW56IGN1cnZlIG9mIHRoZSBjb2hvcnQncyBwcm92ZW4gcmVvZmZlbmNlcyBvdmVyIGl0cyBwZW9wbGUsIGxlYXN0IHByb2xpZmljIGZpcnN0LlwiLFxuICAgICAgICAgIHBvaW50czogYy5sb3JlbnosXG4gICAgICAgICAgdG9wU2hhcmU6IHsgcGVvcGxlOiAwLjEsIG9mZmVuY2VzOiBjLnRvcERlY2lsZVNoYXJlIH0sXG4gICAgICAgICAgeUxhYmVsOiAnU2hhcmUgb2YgcmVvZmZlbmNlcycsXG4gICAgICAgIH0pXG4gICAgICA6IG51bGw7XG4gIHJldHVybiB7XG4gICAgcixcbiAgICBsb3JlbnosXG4gICAgc3VtbWFyeTogW1xuICAgICAgeyBrZXk6IHsgdGV4dDogJ0ZvbGxvdy11cCBzdGFydHMnIH0sIHZhbHVlOiB7IHRleHQ6IGAke2Zvcm1hdERhdGUoci5mcm9tKX0gdG8gJHtmb3JtYXREYXRlKHIudG8pfWAgfSB9LFxuICAgICAgeyBrZXk6IHsgdGV4dDogJ0NvaG9ydCcgfSwgdmFsdWU6IHsgdGV4dDogY291bnQoci5jb2hvcnRTaXplKSB9IH0sXG4gICAgICB7XG4gICAgICAgIGtleTogeyB0ZXh0OiAnQmluYXJ5IHJhdGUnIH0sXG4gICAgICAgIHZhbHVlOiB7IHRleHQ6IHJhdGVIaWRkZW4gPyBgTm90IHNob3duOiAke1NVUFBSRVNTRUR9IHBlb3BsZSBpbiBhIGdyb3VwYCA6IGAke3BjdChyLmJpbmFyeVJhdGUpfSAoJHtjb3VudChyLnJlb2ZmZW5kZXJzKX0gJHtyLnJlb2ZmZW5kZXJzID09PSAxID8gJ3Jlb2ZmZW5kZXInIDogJ3Jlb2ZmZW5kZXJzJ30pYCB9LFxuICAgICAgfSxcbiAgICAgIHsga2V5OiB7IHRleHQ6ICdSZW9mZmVuY2VzJyB9LCB2YWx1ZTogeyB0ZXh0OiBTdHJpbmcoci5vZmZlbmNlcykgfSB9LFxuICAgICAgeyBrZXk6IHsgdGV4dDogJ0ZyZXF1ZW5jeScgfSwgdmFsdWU6IHsgdGV4dDogYCR7ZGVjKHIuZnJlcXVlbmN5UGVyT2ZmZW5kZXIpfSBwZXIgb2ZmZW5kZXI7ICR7ZGVjKHIuZnJlcXVlbmN5UGVyUmVvZmZlbmRlcil9IHBlciByZW9mZmVuZGVyYCB9IH0sXG4gICAgICB7XG4gICAgICAgIGtleTogeyB0ZXh0OiAnU2V2ZXJpdHknIH0sXG4gICAgICAgIHZhbHVlOiB7XG4gICAgICAgICAgdGV4dDogYG1lYW4gZ3Jhdml0eSAke2RlYyhyLnNldmVyaXR5Lm1lYW5HcmF2aXR5KX0sIGhpZ2hlc3QgJHtyLnNldmVyaXR5Lm1heEdyYXZpdHkgPz8gJ1x1MjAxMyd9OyAke3Iuc2V2ZXJpdHkudmlvbGVudE9mZmVuY2VzfSB2aW9sZW50OyAke3Iuc2V2ZXJpdHkudW5ncmFkZWRPZmZlbmNlc30gbm90IGdyYWRlZGAsXG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAgeyBrZXk6IHsgdGV4dDogJ0VzdGltYXRlZCBjb3N0JyB9LCB2YWx1ZTogeyB0ZXh0OiBgJHtwb3VuZHMoci5jb3N0LnRvdGFsKX0ke3IuY29zdC51bmNvc3RlZE9mZmVuY2VzID8gYDsgJHtyLmNvc3QudW5jb3N0ZWRPZmZlbmNlc30gJHtyLmNvc3QudW5jb3N0ZWRPZmZlbmNlcyA9PT0gMSA/ICdyZW9mZmVuY2UnIDogJ3Jlb2ZmZW5jZXMnfSBub3QgY29zdGVkYCA6ICcnfWAgfSB9LFxuICAgICAgeyBrZXk6IHsgdGV4dDogJ1N0YXR1cycgfSwgdmFsdWU6IHsgdGV4dDogci5wcm92aXNpb25hbCA/IGBQcm92aXNpb25hbDogJHtjb3VudChyLmluY29tcGxldGVGb2xsb3dVcCl9IHBlb3BsZSdzIGZvbGxvdy11cCBpcyBub3QgY29tcGxldGUgYnkgJHtmb3JtYXREYXRlKHIuYXNPZil9YCA6IGBGaW5hbCBhcyBvZiAke2Zvcm1hdERhdGUoci5hc09mKX1gIH0gfSxcbiAgICAgIHsga2V5OiB7IHRleHQ6ICdNZXRob2QgdmVyc2lvbicgfSwgdmFsdWU6IHsgdGV4dDogci5tb2RlbFZlcnNpb24gfSB9LFxuICAgIF0sXG4gICAgY29zdFJvd3M6IHIuY29zdC5ieUNhdGVnb3J5Lm1hcCgoeCkgPT4gW1xuICAgICAgeyB0ZXh0OiB4LmNhdGVnb3J5IH0sXG4gICAgICBudW1lcmljKFN0cmluZyh4Lm9mZmVuY2VzKSksXG4gICAgICBudW1lcmljKHgudW5pdENvc3QgPT09IG51bGwgPyAnTm90IGNvc3RlZCcgOiBwb3VuZHMoeC51bml0Q29zdCkpLFxuICAgICAgbnVtZXJpYyh4LmNvc3QgPT09IG51bGwgPyAnTm90IGNvc3RlZCcgOiBwb3VuZHMoeC5jb3N0KSksXG4gICAgXSksXG4gICAgY29uY2VudHJhdGlvbjoge1xuICAgICAgdG9wU2hhcmU6IGMudG9wRGVjaWxlU2hhcmUgPT09IG51bGwgPyBudWxsIDogcGN0KGMudG9wRGVjaWxlU2hhcmUpLFxuICAgICAgZ2luaTogYy5naW5pID09PSBudWxsID8gbnVsbCA6IGMuZ2luaS50b0ZpeGVkKDMpLFxuICAgICAgcGVvcGxlOiBjb3VudChjLnBlb3BsZSksXG4gICAgICBvZmZlbmNlczogYy5vZmZlbmNlcyxcbiAgICAgIHJvd3M6IGMubG9yZW56Lm1hcCgocCkgPT4gW251bWVyaWMocGN0KHAucGVvcGxlLCAwKSksIG51bWVyaWMocGN0KHAub2ZmZW5jZXMpKV0pLFxuICAgIH0sXG4gIH07XG59XG5cbi8qKlxuICogVGhlIFByZW1pdW0gU2VydmljZSB0YWJsZTogZWFjaCBxdWFydGVyIGFuZCB0aGUgeWVhciwgbWVtYmVycyBhZ2FpbnN0XG4gKiBldmVyeW9uZSBlbHNlLiBGb3IgYm9hcmQgbWVtYmVycyBhIGNvdW50IG9mIDEgdG8gNCBjYXNlcyBpcyBcImZld2VyIHRoYW4gNVwiLFxuICogd2l0aCBzZWNvbmRhcnkgc3VwcHJlc3Npb24gYWxvbmcgdGhlIHF1YXJ0ZXJzIChzcmMvZGlzY2xvc3VyZS50cyksIGFzIHRoZSBEUlIgdGFibGUgZG9lcywgYW5kIHRoZSBtZWRpYW5cbiAqIGFuZCA5MHRoIHBlcmNlbnRpbGUgb2YgYSB3aXRoaGVsZCBjb3VudCBhcmUgd2l0aGhlbGQgd2l0aCBpdCAob2Ygc28gZmV3XG4gKiBjYXNlcyB0aGV5IHdvdWxkIGJlIG9uZSBwZXJzb24ncyBkYXlzKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHByZW1pdW1TZXJ2aWNlVmlldyhyOiBQcmVtaXVtU2VydmljZVJlcG9ydCwgbmFtZWQ6IGJvb2xlYW4pIHtcbiAgY29uc3Qgc2lkZSA9IChwaWNrOiAoeDogeyBtZW1iZXJzOiBEYXlzU3VtbWFyeTsgb3RoZXJzOiBEYXlzU3VtbWFyeSB9KSA9PiBEYXlzU3VtbWFyeSkgPT4ge1xuICAgIGNvbnN0IHEgPSByLnF1YXJ0ZXJzLm1hcCgoeCkgPT4gcGljayh4KSk7XG4gICAgY29uc3QgeWVhciA9IHBpY2soci53aG9sZVllYXIpO1xuICAgIGNvbnN0IHNob3duID0gc3VwcHJlc3NSb3cobmFtZWQsIHEubWFwKChkKSA9PiBkLmNhc2VzKSwgeWVhci5jYXNlcyk7XG4gICAgcmV0dXJuIHsgcSwgeWVhciwgc2hvd24gfTtcbiAgfTtcbiAgY29uc3QgbWVtYmVycyA9IHNpZGUoKHgpID0+IHgubWVtYmVycyk7XG4gIGNvbnN0IG90aGVycyA9IHNpZGUoKHgpID0+IHgub3RoZXJzKTtcbiAgY29uc3QgY2VsbHMgPSAoZDogRGF5c1N1bW1hcnksIHNob3duQ2FzZXM6IG51bWJlciB8IG51bGwpID0+XG4gICAgc2hvd25DYXNlcyA9PT0gbnVsbFxuICAgICAgPyBbbnVtZXJpYyhTVVBQUkVTU0VEKSwgbnVtZXJpYygnXHUyMDEzJyksIG51bWVyaWMoJ1x1MjAxMycpXVxuICAgICAgOiBbbnVtZXJpYyhTdHJpbmcoc2hvd25DYXNlcykpLCBudW1lcmljKGRlYyhkLm1lZGlhbkRheXMsIDEpKSwgbnVtZXJpYyhkLnA5MERheXMgPT09IG51bGwgPyAnXHUyMDEzJyA6IFN0cmluZyhkLnA5MERheXMpKV07XG4gIHJldHVybiB7XG4gICAgcixcbiAgICByb3dzOiBbXG4gICAgICAuLi5yLnF1YXJ0ZXJzLm1hcCgocSwgaSkgPT4gW3sgdGV4dDogYFEke3EucXVhcnRlcn1gIH0sIC4uLmNlbGxzKG1lbWJlcnMucVtpXSEsIG1lbWJlcnMuc2hvd24uY2VsbHNbaV0hKSwgLi4uY2VsbHMob3RoZXJzLnFbaV0hLCBvdGhlcnMuc2hvd24uY2VsbHNbaV0hKV0pLFxuICAgICAgW3sgdGV4dDogYFdob2xlIHllYXIgJHtyLnllYXJ9YCB9LCAuLi5jZWxscyhtZW1iZXJzLnllYXIsIG1lbWJlcnMuc2hvd24udG90YWwpLCAuLi5jZWxscyhvdGhlcnMueWVhciwgb3RoZXJzLnNob3duLnRvdGFsKV0sXG4gICAgXSxcbiAgICB1bm1hdGNoZWQ6IGAke2NvdW50Rm9yKG5hbWVkLCByLmNoYXJnZXNXaXRob3V0RGlzcG9zYWwubWVtYmVycyl9IG9mIG1lbWJlcnMnIGNoYXJnZXMgYW5kICR7Y291bnRGb3IobmFtZWQsIHIuY2hhcmdlc1dpdGhvdXREaXNwb3NhbC5vdGhlcnMpfSBvZiBvdGhlcnMnIG1hZGUgaW4gJHtyLnllYXJ9IGhhdmUgbm8gZGlzcG9zYWwgbWF0Y2hlZCB0byB0aGVtLmAsXG4gIH07XG59XG5cbi8qKiBOSTE4IGZvciB0aGUgd2hvbGUgcHJvYmF0aW9uIGNhc2Vsb2FkIGFuZCBmb3IgdGhlIHNjaGVtZSdzIG1lbWJlcnMgaW4gaXQ7IGEgcmF0ZSBvbiBhIHNtYWxsIGNvdW50IGlzIHdpdGhoZWxkIGZyb20gYm9hcmQgbWVtYmVycy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuaTE4VmlldyhhbGw6IE5pMThSZXBvcnQsIHNjaGVtZTogTmkxOFJlcG9ydCwgbmFtZWQ6IGJvb2xlYW4pIHtcbiAgY29uc3Qgcm93ID0gKGxhYmVsOiBzdHJpbmcsIHI6IE5pMThSZXBvcnQpID0+IHtcbiAgICBjb25zdCBoaWRlID0gaXNHcm91cFdpdGhoZWxkKG5hbWVkLCByLmNhc2Vsb2FkKSB8fCBpc1NoYXJlV2l0aGhlbGQobmFtZWQsIHIucmVvZmZlbmRlcnMsIHIuY2FzZWxvYWQpO1xuICAgIHJldHVybiBbXG4gICAgICB7IHRleHQ6IGxhYmVsIH0sXG4gICAgICBudW1lcmljKGNvdW50Rm9yKG5hbWVkLCByLmNhc2Vsb2FkKSksXG4gICAgICBudW1lcmljKGhpZGUgPyAnXHUyMDEzJyA6IFN0cmluZyhyLnJlb2ZmZW5kZXJzKSksXG4gICAgICBudW1lcmljKGhpZGUgPyAnXHUyMDEzJyA6IHBjdChyLmFjdHVhbFJhdGUpKSxcbiAgICAgIG51bWVyaWMoaXNHcm91cFdpdGhoZWxkKG5hbWVkLCByLmNhc2Vsb2FkKSA/ICdcdTIwMTMnIDogcGN0KHIucHJlZGljdGVkUmF0ZSkpLFxuICAgICAgbnVtZXJpYyhoaWRlIHx8IHIuZGlmZmVyZW5jZSA9PT0gbnVsbCA/ICdcdTIwMTMnIDogYCR7ci5kaWZmZXJlbmNlID4gMCA/ICcrJyA6ICcnfSR7KHIuZGlmZmVyZW5jZSAqIDEwMCkudG9GaXhlZCgxKX0gcG9pbnRzYCksXG4gICAgXTtcbiAgfTtcbiAgcmV0dXJuIHtcbiAgICByOiBhbGwsXG4gICAgc2NoZW1lLFxuICAgIHJvd3M6IFtyb3coJ1dob2xlIHByb2JhdGlvbiBjYXNlbG9hZCcsIGFsbCksIHJvdyhgTWVtYmVycyBvZiAke3NjaGVtZS5zY2hlbWU/LmNvZGUgPz8gJ3RoZSBzY2hlbWUnfWAsIHNjaGVtZSldLFxuICAgIHN0YXR1czogYWxsLnByb3Zpc2lvbmFsXG4gICAgICA/IGBQcm92aXNpb25hbDogdGhlIHdhaXQgZm9yIHByb29mIHJ1bnMgdG8gJHtmb3JtYXREYXRlKGFsbC5wcm9vZkJ5KX0sIGFmdGVyIHRvZGF5ICgke2Zvcm1hdERhdGUoYWxsLnJlYWRPbil9KS5gXG4gICAgICA6IGBGaW5hbDogdGhlIHdhaXQgZm9yIHByb29mIGVuZGVkIG9uICR7Zm9ybWF0RGF0ZShhbGwucHJvb2ZCeSl9LmAsXG4gIH07XG59XG5cbi8qKiBUaGUgdW5pdC1jb3N0cyBwYWdlOiB0aGUgdGFibGUsIGFuZCB0aGUgZm9ybSBmb3IgdGhvc2Ugd2hvIG1heSBlZGl0IGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXRDb3N0c1ZpZXcoXG4gIGNvc3RzOiBVbml0Q29zdFtdLFxuICBlZGl0YWJsZTogYm9vbGVhbixcbiAgb3B0czogeyBlcnJvcnM/OiBGaWVsZEVycm9yW107IGZpZWxkRXJyb3JzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjsgdmFsdWVzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjsgc2F2ZWQ/OiBudW1iZXIgfSxcbikge1xuICByZXR1cm4ge1xuICAgIHRpdGxlOiAnVW5pdCBjb3N0cyBvZiBjcmltZScsXG4gICAgZWRpdGFibGUsXG4gICAgZXJyb3JzOiBvcHRzLmVycm9ycyA/PyBbXSxcbiAgICBmaWVsZEVycm9yczogb3B0cy5maWVsZEVycm9ycyA/PyB7fSxcbiAgICBzYXZlZDogb3B0cy5zYXZlZCxcbiAgICBwcmljZVllYXI6IG9wdHMudmFsdWVzPy5wcmljZVllYXIgPz8gJycsXG4gICAgY29zdHM6IGNvc3RzLm1hcCgoYywgaSkgPT4gKHtcbiAgICAgIGluZGV4OiBpLFxuICAgICAgY2F0ZWdvcnk6IGMuY2F0ZWdvcnksXG4gICAgICB2YWx1ZTogb3B0cy52YWx1ZXM/LltgY29zdC0ke2l9YF0gPz8gKGMucG91bmRzID09PSBudWxsID8gJycgOiBTdHJpbmcoYy5wb3VuZHMpKSxcbiAgICAgIHBvdW5kczogYy5wb3VuZHMgPT09IG51bGwgPyAnTm90IGNvc3RlZCcgOiBwb3VuZHMoYy5wb3VuZHMpLFxuICAgICAgcHJpY2VZZWFyOiBjLnByaWNlX3llYXIgPz8gJ1x1MjAxMycsXG4gICAgICBncm91cHM6IGMuZ3JvdXBfY29kZXMuam9pbignLCAnKSxcbiAgICAgIHNvdXJjZTogYy5vd24gPyAoYy5zb3VyY2UgPz8gJ3RoaXMgcGFydG5lcnNoaXAnKSA6IChjLnNvdXJjZSA/PyAnZGVmYXVsdCcpLFxuICAgIH0pKSxcbiAgICByb3dzOiBjb3N0cy5tYXAoKGMpID0+IFtcbiAgICAgIHsgdGV4dDogYy5jYXRlZ29yeSB9LFxuICAgICAgbnVtZXJpYyhjLnBvdW5kcyA9PT0gbnVsbCA/ICdOb3QgY29zdGVkJyA6IHBvdW5kcyhjLnBvdW5kcykpLFxuICAgICAgeyB0ZXh0OiBjLnByaWNlX3llYXIgPz8gJ1x1MjAxMycgfSxcbiAgICAgIHsgdGV4dDogYy5ncm91cF9jb2Rlcy5qb2luKCcsICcpIH0sXG4gICAgICB7IHRleHQ6IGMub3duID8gYCR7Yy5zb3VyY2UgPz8gJyd9ICh0aGlzIHBhcnRuZXJzaGlwKWAgOiAoYy5zb3VyY2UgPz8gJ2RlZmF1bHQnKSB9LFxuICAgIF0pLFxuICB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBR0EsU0FBUyxlQUFlO0FBQ3hCLFNBQVMseUJBQXlCO0FBUWxDLFNBQVMsVUFBVSxXQUFXLG1CQUFtQjtBQUNqRCxTQUFTLFVBQVUsaUJBQWlCLGlCQUFpQixhQUFhLGtCQUFrQjtBQUVwRixTQUFTLFFBQVEsa0JBQWtCO0FBRW5DLE1BQU0sTUFBTSxDQUFDLEdBQThCLEtBQUssTUFBTyxNQUFNLFFBQVEsTUFBTSxTQUFZLFdBQU0sSUFBSSxJQUFJLEtBQUssUUFBUSxFQUFFLENBQUM7QUFDckgsTUFBTSxNQUFNLENBQUMsR0FBOEIsS0FBSyxNQUFPLE1BQU0sUUFBUSxNQUFNLFNBQVksV0FBTSxPQUFPLFVBQVUsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxJQUFJLEVBQUUsUUFBUSxFQUFFO0FBQzNJLE1BQU0sU0FBUyxDQUFDLE1BQWUsSUFBSSxJQUFJLElBQUksSUFBSSxDQUFDLENBQUMsS0FBSyxJQUFJLENBQUM7QUFDM0QsTUFBTSxTQUFTLENBQUMsTUFBYyxPQUFJLEtBQUssTUFBTSxDQUFDLEVBQUUsZUFBZSxPQUFPLENBQUM7QUFDdkUsTUFBTSxVQUFVLENBQUMsVUFBa0IsRUFBRSxNQUFNLFFBQVEsVUFBVTtBQUd0RCxTQUFTLFlBQVksT0FBeUI7QUFDbkQsUUFBTSxVQUFVLGtCQUFrQixLQUFLLEVBQUU7QUFDekMsU0FBTyxNQUFNLEtBQUssRUFBRSxRQUFRLEdBQUcsR0FBRyxDQUFDLEdBQUcsTUFBTTtBQUMxQyxVQUFNLElBQUksVUFBVTtBQUNwQixXQUFPLEdBQUcsQ0FBQyxJQUFJLFFBQVEsSUFBSSxLQUFLLEdBQUcsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDdkQsQ0FBQztBQUNIO0FBRU8sU0FBUyxTQUFTLEdBQWUsT0FBZ0I7QUFDdEQsUUFBTSxlQUFlLENBQUMsTUFBYyxJQUFJLENBQUM7QUFDekMsUUFBTSxRQUFRLENBQUMsTUFBYyxTQUFTLE9BQU8sQ0FBQztBQUM5QyxRQUFNLGNBQWMsZ0JBQWdCLE9BQU8sRUFBRSxnQkFBZ0IsRUFBRSxVQUFVO0FBQ3pFLFFBQU0sUUFBUSxDQUFDLEVBQUUsTUFBTSx5Q0FBc0MsT0FBTyxFQUFFLFlBQVksRUFBRSxDQUFDO0FBQ3JGLE1BQUksRUFBRSxxQkFBcUIsS0FBTSxPQUFNLEtBQUssRUFBRSxNQUFNLDRCQUE0QixPQUFPLEVBQUUsbUJBQW1CLEVBQUUsQ0FBQztBQUMvRyxRQUFNLFFBQVEsU0FBUztBQUFBLElBQ3JCLElBQUk7QUFBQSxJQUNKLE9BQU8sMkNBQTJDLEVBQUUsT0FBTyxJQUFJLElBQUksRUFBRSxJQUFJO0FBQUEsSUFDekUsYUFBYSxxRkFBcUYsSUFBSSxFQUFFLFlBQVksQ0FBQyxDQUFDO0FBQUEsSUFDdEgsWUFBWSxFQUFFLFNBQVMsSUFBSSxDQUFDLE1BQU0sYUFBYSxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ3pELFFBQVEsQ0FBQyxFQUFFLE1BQU0sVUFBVSxRQUFRLEVBQUUsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxDQUFDO0FBQUEsSUFDcEU7QUFBQSxJQUNBLFFBQVEsY0FBYyxFQUFFLElBQUk7QUFBQSxJQUM1QixRQUFRO0FBQUEsRUFDVixDQUFDO0FBQ0QsUUFBTSxlQUFlLEVBQUUsUUFBUSxTQUMzQixVQUFVO0FBQUEsSUFDUixJQUFJO0FBQUEsSUFDSixPQUFPLGtEQUFrRCxFQUFFLE9BQU8sSUFBSTtBQUFBLElBQ3RFLGFBQWE7QUFBQSxJQUNiLFlBQVksRUFBRSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQU0sV0FBVyxRQUFRLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxFQUFFO0FBQUEsSUFDdkUsUUFBUTtBQUFBLE1BQ04sRUFBRSxNQUFNLFlBQVksUUFBUSxFQUFFLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUU7QUFBQSxNQUM3RCxFQUFFLE1BQU0sYUFBYSxRQUFRLEVBQUUsUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUFBLElBQ2pFO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVixDQUFDLElBQ0Q7QUFDSixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxTQUFTO0FBQUEsTUFDUCxFQUFFLEtBQUssRUFBRSxNQUFNLFNBQVMsR0FBRyxPQUFPLEVBQUUsTUFBTSxHQUFHLE1BQU0sRUFBRSxVQUFVLENBQUMsSUFBSSxFQUFFLE9BQU8sV0FBVyxnQkFBZ0IsdUJBQXVCLEVBQUUsT0FBTyxNQUFNLElBQUksTUFBTSxjQUFjLFdBQVcsRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFFLEdBQUcsRUFBRTtBQUFBLE1BQzVNLEVBQUUsS0FBSyxFQUFFLE1BQU0sYUFBYSxFQUFFLFlBQVksSUFBSSxHQUFHLE9BQU8sRUFBRSxNQUFNLE9BQU8sRUFBRSxRQUFRLEVBQUUsRUFBRTtBQUFBLE1BQ3JGLEVBQUUsS0FBSyxFQUFFLE1BQU0sc0JBQXNCLEdBQUcsT0FBTyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRSxZQUFZLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTyxDQUFDLEtBQUssRUFBRSxHQUFHLEVBQUU7QUFBQSxNQUN2SSxFQUFFLEtBQUssRUFBRSxNQUFNLCtCQUErQixHQUFHLE9BQU8sRUFBRSxNQUFNLEVBQUUsMEJBQTBCLE9BQU8sV0FBTSxFQUFFLHNCQUFzQixRQUFRLENBQUMsRUFBRSxFQUFFO0FBQUEsTUFDOUksRUFBRSxLQUFLLEVBQUUsTUFBTSxZQUFZLEdBQUcsT0FBTyxFQUFFLE1BQU0sR0FBRyxFQUFFLFNBQVMsR0FBRyxFQUFFLHFCQUFxQixPQUFPLGFBQWEsRUFBRSxnQkFBZ0IsTUFBTSxFQUFFLEdBQUcsRUFBRTtBQUFBLE1BQ3hJLEVBQUUsS0FBSyxFQUFFLE1BQU0scUJBQXFCLEdBQUcsT0FBTyxFQUFFLE1BQU0sSUFBSSxFQUFFLFlBQVksQ0FBQyxFQUFFLEVBQUU7QUFBQSxNQUM3RSxFQUFFLEtBQUssRUFBRSxNQUFNLGFBQWEsRUFBRSxJQUFJLEdBQUcsR0FBRyxPQUFPLEVBQUUsTUFBTSxHQUFHLEVBQUUsTUFBTSxLQUFLLEVBQUUsa0JBQWtCLElBQUksR0FBRyxJQUFJLEVBQUUsY0FBYyxDQUFDLFdBQVcsR0FBRyxJQUFJLENBQUMsRUFBRSxjQUFjLENBQUMsT0FBTyxpQkFBaUIsRUFBRTtBQUFBLE1BQ3JMLEVBQUUsS0FBSyxFQUFFLE1BQU0scUJBQXFCLEdBQUcsT0FBTyxFQUFFLE1BQU0sSUFBSSxFQUFFLGlCQUFpQixFQUFFLEVBQUU7QUFBQSxNQUNqRjtBQUFBLFFBQ0UsS0FBSyxFQUFFLE1BQU0sZ0NBQWdDO0FBQUEsUUFDN0MsT0FBTyxFQUFFLE1BQU0sY0FBYyxjQUFjLFVBQVUsdUJBQXVCLEdBQUcsSUFBSSxFQUFFLGNBQWMsQ0FBQyxLQUFLLE1BQU0sRUFBRSxjQUFjLENBQUMsT0FBTyxNQUFNLEVBQUUsVUFBVSxDQUFDLElBQUk7QUFBQSxNQUNoSztBQUFBLElBQ0Y7QUFBQSxJQUNBLGFBQWEsRUFBRSxTQUFTLElBQUksQ0FBQyxNQUFNO0FBQUEsTUFDakMsRUFBRSxNQUFNLElBQUksRUFBRSxPQUFPLEtBQUssV0FBVyxFQUFFLEtBQUssQ0FBQyxPQUFPLFdBQVcsUUFBUSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSTtBQUFBLE1BQ3RGLFFBQVEsT0FBTyxFQUFFLE1BQU0sQ0FBQztBQUFBLE1BQ3hCLFFBQVEsSUFBSSxFQUFFLFFBQVEsQ0FBQztBQUFBLE1BQ3ZCLFFBQVEsT0FBTyxFQUFFLFFBQVEsQ0FBQztBQUFBLE1BQzFCLFFBQVEsT0FBTyxFQUFFLGdCQUFnQixDQUFDO0FBQUEsTUFDbEMsUUFBUSxJQUFJLEVBQUUsa0JBQWtCLENBQUM7QUFBQSxNQUNqQyxRQUFRLE9BQU8sRUFBRSxrQkFBa0IsQ0FBQztBQUFBLElBQ3RDLENBQUM7QUFBQSxJQUNELGFBQWEsRUFBRSxRQUFRLElBQUksQ0FBQyxNQUFNO0FBQUEsTUFDaEMsRUFBRSxNQUFNLEdBQUcsV0FBVyxFQUFFLEtBQUssQ0FBQyxPQUFPLFdBQVcsUUFBUSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ3RFLFFBQVEsT0FBTyxFQUFFLFFBQVEsQ0FBQztBQUFBLE1BQzFCLFFBQVEsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUFBLE1BQ3hCLFFBQVEsT0FBTyxFQUFFLFdBQVcsRUFBRSxTQUFTLENBQUM7QUFBQSxJQUMxQyxDQUFDO0FBQUEsSUFDRCxVQUFVLEVBQUU7QUFBQSxFQUNkO0FBQ0Y7QUFFTyxTQUFTLFNBQVMsR0FBZSxPQUFnQixPQUFrRTtBQUN4SCxRQUFNLFFBQVEsQ0FBQyxNQUFjLFNBQVMsT0FBTyxDQUFDO0FBQzlDLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxTQUFTO0FBQUEsTUFDUCxFQUFFLEtBQUssRUFBRSxNQUFNLGdCQUFnQixHQUFHLE9BQU8sRUFBRSxNQUFNLEdBQUcsV0FBVyxFQUFFLElBQUksQ0FBQyxPQUFPLFdBQVcsRUFBRSxFQUFFLENBQUMsR0FBRyxFQUFFO0FBQUEsTUFDbEcsRUFBRSxLQUFLLEVBQUUsTUFBTSxTQUFTLEdBQUcsT0FBTyxFQUFFLE1BQU0sR0FBRyxNQUFNLEVBQUUsVUFBVSxDQUFDLDJDQUEyQyxFQUFFO0FBQUEsTUFDN0csRUFBRSxLQUFLLEVBQUUsTUFBTSxnQkFBZ0IsR0FBRyxPQUFPLEVBQUUsTUFBTSxrQkFBa0IsTUFBTSxFQUFFLGFBQWEsWUFBWSxDQUFDLDBCQUEwQixNQUFNLEVBQUUsYUFBYSxrQkFBa0IsQ0FBQyxHQUFHLEVBQUU7QUFBQSxNQUM1SyxFQUFFLEtBQUssRUFBRSxNQUFNLFNBQVMsR0FBRyxPQUFPLEVBQUUsTUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLEVBQUU7QUFBQSxNQUM3RCxFQUFFLEtBQUssRUFBRSxNQUFNLFlBQVksR0FBRyxPQUFPLEVBQUUsTUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDLEVBQUUsRUFBRTtBQUFBLE1BQ25FLEVBQUUsS0FBSyxFQUFFLE1BQU0sd0JBQXFCLEdBQUcsT0FBTyxFQUFFLE1BQU0sRUFBRSxVQUFVLE9BQU8sV0FBTSxFQUFFLE1BQU0sUUFBUSxDQUFDLEVBQUUsRUFBRTtBQUFBLE1BQ3BHLEVBQUUsS0FBSyxFQUFFLE1BQU0sZ0JBQWdCLEdBQUcsT0FBTyxFQUFFLE1BQU0sRUFBRSxhQUFhLEVBQUU7QUFBQSxNQUNsRTtBQUFBLFFBQ0UsS0FBSyxFQUFFLE1BQU0sZUFBZTtBQUFBLFFBQzVCLE9BQU8sRUFBRSxNQUFNLEVBQUUscUJBQXFCLElBQUkscURBQXFELEdBQUcsTUFBTSxFQUFFLGdCQUFnQixDQUFDLHlDQUF5QyxJQUFJLEVBQUUsWUFBWSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQzdMO0FBQUEsSUFDRjtBQUFBLElBQ0EsVUFBVSxFQUFFLE9BQU8sSUFBSSxDQUFDLE1BQU07QUFDNUIsWUFBTSxPQUFPLGdCQUFnQixPQUFPLEVBQUUsVUFBVTtBQUNoRCxhQUFPO0FBQUEsUUFDTCxFQUFFLE1BQU0sRUFBRSxZQUFZLFlBQVk7QUFBQSxRQUNsQyxRQUFRLE1BQU0sRUFBRSxVQUFVLENBQUM7QUFBQSxRQUMzQixRQUFRLE9BQU8sV0FBTSxPQUFPLEVBQUUsTUFBTSxDQUFDO0FBQUEsUUFDckMsUUFBUSxPQUFPLFdBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQyxDQUFDO0FBQUEsUUFDeEMsUUFBUSxRQUFRLEVBQUUsVUFBVSxPQUFPLFdBQU0sRUFBRSxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsTUFDN0Q7QUFBQSxJQUNGLENBQUM7QUFBQSxJQUNELGlCQUFpQixRQUNiLEVBQUUsYUFBYSxJQUFJLENBQUMsTUFBTTtBQUN4QixZQUFNLElBQUksTUFBTSxJQUFJLEVBQUUsUUFBUTtBQUM5QixZQUFNLFFBQVEsR0FBRyxRQUFRLEVBQUU7QUFDM0IsYUFBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLHVDQUF1QyxFQUFFLFFBQVEsS0FBSyxPQUFPLEtBQUssQ0FBQyxPQUFPO0FBQUEsUUFDbEYsRUFBRSxNQUFNLEVBQUUsVUFBVTtBQUFBLFFBQ3BCLEVBQUUsTUFBTSxXQUFXLEVBQUUsWUFBWSxFQUFFO0FBQUEsUUFDbkMsUUFBUSxPQUFPLEVBQUUsTUFBTSxDQUFDO0FBQUEsUUFDeEIsUUFBUSxJQUFJLEVBQUUsV0FBVyxDQUFDLENBQUM7QUFBQSxRQUMzQixRQUFRLElBQUksRUFBRSxRQUFRLENBQUMsQ0FBQztBQUFBLFFBQ3hCLFFBQVEsSUFBSSxFQUFFLGtCQUFrQixDQUFDLENBQUM7QUFBQSxNQUNwQztBQUFBLElBQ0YsQ0FBQyxJQUNELENBQUM7QUFBQSxFQUNQO0FBQ0Y7QUFFTyxTQUFTLGdCQUFnQixHQUFzQixPQUFnQjtBQUNwRSxRQUFNLFFBQVEsQ0FBQyxNQUFjLFNBQVMsT0FBTyxDQUFDO0FBQzlDLFFBQU0sYUFBYSxnQkFBZ0IsT0FBTyxFQUFFLGFBQWEsRUFBRSxVQUFVO0FBQ3JFLFFBQU0sSUFBSSxFQUFFO0FBQ1osUUFBTSxTQUNKLEVBQUUsT0FBTyxTQUFTLEtBQUssRUFBRSxtQkFBbUIsT0FDeEMsWUFBWTtBQUFBLElBQ1YsSUFBSTtBQUFBLElBQ0osT0FBTyxpQ0FBaUMsRUFBRSxRQUFRLFFBQVEsYUFBYTtBQUFBLElBQ3ZFLGFBQWE7QUFBQSxJQUNiLFFBQVEsRUFBRTtBQUFBLElBQ1YsVUFBVSxFQUFFLFFBQVEsS0FBSyxVQUFVLEVBQUUsZUFBZTtBQUFBLElBQ3BELFFBQVE7QUFBQSxFQUNWLENBQUMsSUFDRDtBQUNOLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1AsRUFBRSxLQUFLLEVBQUUsTUFBTSxtQkFBbUIsR0FBRyxPQUFPLEVBQUUsTUFBTSxHQUFHLFdBQVcsRUFBRSxJQUFJLENBQUMsT0FBTyxXQUFXLEVBQUUsRUFBRSxDQUFDLEdBQUcsRUFBRTtBQUFBLE1BQ3JHLEVBQUUsS0FBSyxFQUFFLE1BQU0sU0FBUyxHQUFHLE9BQU8sRUFBRSxNQUFNLE1BQU0sRUFBRSxVQUFVLEVBQUUsRUFBRTtBQUFBLE1BQ2hFO0FBQUEsUUFDRSxLQUFLLEVBQUUsTUFBTSxjQUFjO0FBQUEsUUFDM0IsT0FBTyxFQUFFLE1BQU0sYUFBYSxjQUFjLFVBQVUsdUJBQXVCLEdBQUcsSUFBSSxFQUFFLFVBQVUsQ0FBQyxLQUFLLE1BQU0sRUFBRSxXQUFXLENBQUMsSUFBSSxFQUFFLGdCQUFnQixJQUFJLGVBQWUsYUFBYSxJQUFJO0FBQUEsTUFDcEw7QUFBQSxNQUNBLEVBQUUsS0FBSyxFQUFFLE1BQU0sYUFBYSxHQUFHLE9BQU8sRUFBRSxNQUFNLE9BQU8sRUFBRSxRQUFRLEVBQUUsRUFBRTtBQUFBLE1BQ25FLEVBQUUsS0FBSyxFQUFFLE1BQU0sWUFBWSxHQUFHLE9BQU8sRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLG9CQUFvQixDQUFDLGtCQUFrQixJQUFJLEVBQUUsc0JBQXNCLENBQUMsa0JBQWtCLEVBQUU7QUFBQSxNQUM5STtBQUFBLFFBQ0UsS0FBSyxFQUFFLE1BQU0sV0FBVztBQUFBLFFBQ3hCLE9BQU87QUFBQSxVQUNMLE1BQU0sZ0JBQWdCLElBQUksRUFBRSxTQUFTLFdBQVcsQ0FBQyxhQUFhLEVBQUUsU0FBUyxjQUFjLFFBQUcsS0FBSyxFQUFFLFNBQVMsZUFBZSxhQUFhLEVBQUUsU0FBUyxnQkFBZ0I7QUFBQSxRQUNuSztBQUFBLE1BQ0Y7QUFBQSxNQUNBLEVBQUUsS0FBSyxFQUFFLE1BQU0saUJBQWlCLEdBQUcsT0FBTyxFQUFFLE1BQU0sR0FBRyxPQUFPLEVBQUUsS0FBSyxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssbUJBQW1CLEtBQUssRUFBRSxLQUFLLGdCQUFnQixJQUFJLEVBQUUsS0FBSyxxQkFBcUIsSUFBSSxjQUFjLFlBQVksZ0JBQWdCLEVBQUUsR0FBRyxFQUFFO0FBQUEsTUFDdk4sRUFBRSxLQUFLLEVBQUUsTUFBTSxTQUFTLEdBQUcsT0FBTyxFQUFFLE1BQU0sRUFBRSxjQUFjLGdCQUFnQixNQUFNLEVBQUUsa0JBQWtCLENBQUMsMENBQTBDLFdBQVcsRUFBRSxJQUFJLENBQUMsS0FBSyxlQUFlLFdBQVcsRUFBRSxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQUEsTUFDNU0sRUFBRSxLQUFLLEVBQUUsTUFBTSxpQkFBaUIsR0FBRyxPQUFPLEVBQUUsTUFBTSxFQUFFLGFBQWEsRUFBRTtBQUFBLElBQ3JFO0FBQUEsSUFDQSxVQUFVLEVBQUUsS0FBSyxXQUFXLElBQUksQ0FBQyxNQUFNO0FBQUEsTUFDckMsRUFBRSxNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ25CLFFBQVEsT0FBTyxFQUFFLFFBQVEsQ0FBQztBQUFBLE1BQzFCLFFBQVEsRUFBRSxhQUFhLE9BQU8sZUFBZSxPQUFPLEVBQUUsUUFBUSxDQUFDO0FBQUEsTUFDL0QsUUFBUSxFQUFFLFNBQVMsT0FBTyxlQUFlLE9BQU8sRUFBRSxJQUFJLENBQUM7QUFBQSxJQUN6RCxDQUFDO0FBQUEsSUFDRCxlQUFlO0FBQUEsTUFDYixVQUFVLEVBQUUsbUJBQW1CLE9BQU8sT0FBTyxJQUFJLEVBQUUsY0FBYztBQUFBLE1BQ2pFLE1BQU0sRUFBRSxTQUFTLE9BQU8sT0FBTyxFQUFFLEtBQUssUUFBUSxDQUFDO0FBQUEsTUFDL0MsUUFBUSxNQUFNLEVBQUUsTUFBTTtBQUFBLE1BQ3RCLFVBQVUsRUFBRTtBQUFBLE1BQ1osTUFBTSxFQUFFLE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxRQUFRLElBQUksRUFBRSxRQUFRLENBQUMsQ0FBQyxHQUFHLFFBQVEsSUFBSSxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUNqRjtBQUFBLEVBQ0Y7QUFDRjtBQVNPLFNBQVMsbUJBQW1CLEdBQXlCLE9BQWdCO0FBQzFFLFFBQU0sT0FBTyxDQUFDLFNBQTRFO0FBQ3hGLFVBQU0sSUFBSSxFQUFFLFNBQVMsSUFBSSxDQUFDLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFDdkMsVUFBTSxPQUFPLEtBQUssRUFBRSxTQUFTO0FBQzdCLFVBQU0sUUFBUSxZQUFZLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssR0FBRyxLQUFLLEtBQUs7QUFDbEUsV0FBTyxFQUFFLEdBQUcsTUFBTSxNQUFNO0FBQUEsRUFDMUI7QUFDQSxRQUFNLFVBQVUsS0FBSyxDQUFDLE1BQU0sRUFBRSxPQUFPO0FBQ3JDLFFBQU0sU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLE1BQU07QUFDbkMsUUFBTSxRQUFRLENBQUMsR0FBZ0IsZUFDN0IsZUFBZSxPQUNYLENBQUMsUUFBUSxVQUFVLEdBQUcsUUFBUSxRQUFHLEdBQUcsUUFBUSxRQUFHLENBQUMsSUFDaEQsQ0FBQyxRQUFRLE9BQU8sVUFBVSxDQUFDLEdBQUcsUUFBUSxJQUFJLEVBQUUsWUFBWSxDQUFDLENBQUMsR0FBRyxRQUFRLEVBQUUsWUFBWSxPQUFPLFdBQU0sT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDO0FBQ3hILFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxNQUFNO0FBQUEsTUFDSixHQUFHLEVBQUUsU0FBUyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFBRSxNQUFNLElBQUksRUFBRSxPQUFPLEdBQUcsR0FBRyxHQUFHLE1BQU0sUUFBUSxFQUFFLENBQUMsR0FBSSxRQUFRLE1BQU0sTUFBTSxDQUFDLENBQUUsR0FBRyxHQUFHLE1BQU0sT0FBTyxFQUFFLENBQUMsR0FBSSxPQUFPLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxDQUFDO0FBQUEsTUFDekosQ0FBQyxFQUFFLE1BQU0sY0FBYyxFQUFFLElBQUksR0FBRyxHQUFHLEdBQUcsTUFBTSxRQUFRLE1BQU0sUUFBUSxNQUFNLEtBQUssR0FBRyxHQUFHLE1BQU0sT0FBTyxNQUFNLE9BQU8sTUFBTSxLQUFLLENBQUM7QUFBQSxJQUMzSDtBQUFBLElBQ0EsV0FBVyxHQUFHLFNBQVMsT0FBTyxFQUFFLHVCQUF1QixPQUFPLENBQUMsNEJBQTRCLFNBQVMsT0FBTyxFQUFFLHVCQUF1QixNQUFNLENBQUMsdUJBQXVCLEVBQUUsSUFBSTtBQUFBLEVBQzFLO0FBQ0Y7QUFHTyxTQUFTLFNBQVMsS0FBaUIsUUFBb0IsT0FBZ0I7QUFDNUUsUUFBTSxNQUFNLENBQUMsT0FBZSxNQUFrQjtBQUM1QyxVQUFNLE9BQU8sZ0JBQWdCLE9BQU8sRUFBRSxRQUFRLEtBQUssZ0JBQWdCLE9BQU8sRUFBRSxhQUFhLEVBQUUsUUFBUTtBQUNuRyxXQUFPO0FBQUEsTUFDTCxFQUFFLE1BQU0sTUFBTTtBQUFBLE1BQ2QsUUFBUSxTQUFTLE9BQU8sRUFBRSxRQUFRLENBQUM7QUFBQSxNQUNuQyxRQUFRLE9BQU8sV0FBTSxPQUFPLEVBQUUsV0FBVyxDQUFDO0FBQUEsTUFDMUMsUUFBUSxPQUFPLFdBQU0sSUFBSSxFQUFFLFVBQVUsQ0FBQztBQUFBLE1BQ3RDLFFBQVEsZ0JBQWdCLE9BQU8sRUFBRSxRQUFRLElBQUksV0FBTSxJQUFJLEVBQUUsYUFBYSxDQUFDO0FBQUEsTUFDdkUsUUFBUSxRQUFRLEVBQUUsZUFBZSxPQUFPLFdBQU0sR0FBRyxFQUFFLGFBQWEsSUFBSSxNQUFNLEVBQUUsSUFBSSxFQUFFLGFBQWEsS0FBSyxRQUFRLENBQUMsQ0FBQyxTQUFTO0FBQUEsSUFDekg7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBLE1BQU0sQ0FBQyxJQUFJLDRCQUE0QixHQUFHLEdBQUcsSUFBSSxjQUFjLE9BQU8sUUFBUSxRQUFRLFlBQVksSUFBSSxNQUFNLENBQUM7QUFBQSxJQUM3RyxRQUFRLElBQUksY0FDUiwyQ0FBMkMsV0FBVyxJQUFJLE9BQU8sQ0FBQyxrQkFBa0IsV0FBVyxJQUFJLE1BQU0sQ0FBQyxPQUMxRyxzQ0FBc0MsV0FBVyxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQ25FO0FBQ0Y7QUFHTyxTQUFTLGNBQ2QsT0FDQSxVQUNBLE1BQ0E7QUFDQSxTQUFPO0FBQUEsSUFDTCxPQUFPO0FBQUEsSUFDUDtBQUFBLElBQ0EsUUFBUSxLQUFLLFVBQVUsQ0FBQztBQUFBLElBQ3hCLGFBQWEsS0FBSyxlQUFlLENBQUM7QUFBQSxJQUNsQyxPQUFPLEtBQUs7QUFBQSxJQUNaLFdBQVcsS0FBSyxRQUFRLGFBQWE7QUFBQSxJQUNyQyxPQUFPLE1BQU0sSUFBSSxDQUFDLEdBQUcsT0FBTztBQUFBLE1BQzFCLE9BQU87QUFBQSxNQUNQLFVBQVUsRUFBRTtBQUFBLE1BQ1osT0FBTyxLQUFLLFNBQVMsUUFBUSxDQUFDLEVBQUUsTUFBTSxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQU8sRUFBRSxNQUFNO0FBQUEsTUFDOUUsUUFBUSxFQUFFLFdBQVcsT0FBTyxlQUFlLE9BQU8sRUFBRSxNQUFNO0FBQUEsTUFDMUQsV0FBVyxFQUFFLGNBQWM7QUFBQSxNQUMzQixRQUFRLEVBQUUsWUFBWSxLQUFLLElBQUk7QUFBQSxNQUMvQixRQUFRLEVBQUUsTUFBTyxFQUFFLFVBQVUscUJBQXVCLEVBQUUsVUFBVTtBQUFBLElBQ2xFLEVBQUU7QUFBQSxJQUNGLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTTtBQUFBLE1BQ3JCLEVBQUUsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNuQixRQUFRLEVBQUUsV0FBVyxPQUFPLGVBQWUsT0FBTyxFQUFFLE1BQU0sQ0FBQztBQUFBLE1BQzNELEVBQUUsTUFBTSxFQUFFLGNBQWMsU0FBSTtBQUFBLE1BQzVCLEVBQUUsTUFBTSxFQUFFLFlBQVksS0FBSyxJQUFJLEVBQUU7QUFBQSxNQUNqQyxFQUFFLE1BQU0sRUFBRSxNQUFNLEdBQUcsRUFBRSxVQUFVLEVBQUUsd0JBQXlCLEVBQUUsVUFBVSxVQUFXO0FBQUEsSUFDbkYsQ0FBQztBQUFBLEVBQ0g7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
