import { addDays } from "../calendar/dates.js";
import { END_REASON_LABELS } from "../glossary.js";
import { cellText, isShareWithheld, isSmallCount, suppressRow, SUPPRESSED, tableFor } from "../disclosure.js";
import { barChart, lineChart } from "./svg-charts.js";
const pct = (n, dp = 1) => n === null || n === void 0 ? "\u2013" : `${(n * 100).toFixed(dp)}%`;
const dec = (n, dp = 2) => n === null || n === void 0 ? "\u2013" : Number.isInteger(n) ? String(n) : n.toFixed(dp);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function longDate(d) {
  const [y, m, day] = d.split("-").map(Number);
  return `${day} ${MONTHS[m - 1]} ${y}`;
}
const spanText = (start, end) => `${longDate(start)} to ${longDate(addDays(end, -1))}`;
const when = (iso) => iso ? longDate(iso.slice(0, 10)) : null;
const fig = (text, value = null) => ({ text, value, withheld: null });
const cell = (c) => ({ text: cellText(c), value: c.withheld ? null : c.value, withheld: c.withheld });
const countCell = (named, n) => !named && isSmallCount(n) ? { text: SUPPRESSED, value: null, withheld: "small" } : { text: String(n), value: n, withheld: null };
function countTable(caption, head, rows, named, totalLabel = "Total") {
  const t = tableFor(named, rows.map((r) => [r.n]), { rowTotals: false, columnTotals: true });
  return {
    t,
    table: {
      caption,
      head,
      rows: rows.map((r, i) => ({ label: r.label, cells: [cell(t.cells[i][0])] })),
      total: { label: totalLabel, cells: [cell(t.columnTotals[0])] }
    }
  };
}
function ni30Method(r, named) {
  if (named || !isSmallCount(r.cohortSize)) return r.method;
  return r.method.map((m) => m.replace(new RegExp(`\\b(the|The) ${r.cohortSize} (members|people)\\b`, "g"), `$1 ${SUPPRESSED} $2`));
}
function ni30Section(r, named, upTo) {
  const quarters = r.quarters.filter((q) => q.quarter <= upTo);
  const actual = quarters.reduce((a, q) => a + q.actual, 0);
  const expected = quarters.reduce((a, q) => a + q.expected, 0);
  const yearToDate = upTo < 4;
  const shareHidden = isShareWithheld(named, r.convictedCount, r.cohortSize);
  const lines = [{ name: "Expected a quarter (threshold \xF7 4)", value: r.threshold / 4 }];
  if (r.stretchThreshold !== null) lines.push({ name: "Stretch target a quarter", value: r.stretchThreshold / 4 });
  const extract = r.dataCurrency.lastOutcomesImport ?? null;
  const extractNote = `Data: convictions imported ${when(extract) ?? "never"}; latest outcome on record ${r.dataCurrency.latestOutcomeDate ? longDate(r.dataCurrency.latestOutcomeDate) : "none"}.`;
  const table = {
    caption: `NI30 by quarter, ${r.scheme.code} ${r.year}${yearToDate ? `, quarters 1 to ${upTo}` : ""}`,
    head: ["Quarter", "Actual", "Expected", "Variance", "Cumulative actual", "Cumulative expected", "Cumulative variance"],
    rows: quarters.map((q) => ({
      label: `Q${q.quarter} (${spanText(q.start, q.end)})`,
      cells: [fig(String(q.actual), q.actual), fig(dec(q.expected), q.expected), fig(dec(q.variance), q.variance), fig(String(q.cumulativeActual), q.cumulativeActual), fig(dec(q.cumulativeExpected), q.cumulativeExpected), fig(dec(q.cumulativeVariance), q.cumulativeVariance)]
    })),
    total: { label: yearToDate ? "Year to date" : "Year", cells: [fig(String(actual), actual), fig(dec(expected), expected), fig(dec(actual - expected), actual - expected), fig(""), fig(""), fig("")] }
  };
  const chart = barChart({
    id: "report-ni30-quarters",
    title: `Convictions a quarter against expected, ${r.scheme.code} ${r.year}`,
    description: `Offences proven by conviction each quarter, by offence date, against the expected ${dec(r.threshold / 4)} a quarter.`,
    categories: quarters.map((q) => `Q${q.quarter}`),
    series: [{ name: "Actual", values: quarters.map((q) => q.actual) }],
    lines,
    xLabel: `Quarter of ${r.year}`,
    yLabel: "Offences proven by conviction"
  });
  const figures = [
    {
      id: "ni30-quarters",
      title: "Convictions a quarter against the threshold",
      chart: { id: "report-ni30-quarters", title: `Convictions a quarter against expected, ${r.scheme.code} ${r.year}`, description: "Bars: actual convictions a quarter. Dashed line: the expected number a quarter.", svg: chart },
      table,
      method: [...ni30Method(r, named), extractNote],
      extractDate: extract
    }
  ];
  const rolling = r.rolling.filter((x) => x.quarter <= upTo);
  if (rolling.length > 1) {
    figures.push({
      id: "ni30-rolling",
      title: "Rolling 12 months: observed against predicted",
      chart: {
        id: "report-ni30-rolling",
        title: `Rolling 12 months, ${r.scheme.code}`,
        description: "Solid line with circles: observed. Dashed line with squares: predicted.",
        svg: lineChart({
          id: "report-ni30-rolling",
          title: `Rolling 12 months: observed against predicted, ${r.scheme.code}`,
          description: "Convictions in the 12 months to the end of each quarter, against a prediction falling in a straight line from the baseline to the threshold.",
          categories: rolling.map((x) => `to ${longDate(addDays(x.end, -1))}`),
          series: [
            { name: "Observed", values: rolling.map((x) => x.observed) },
            { name: "Predicted", values: rolling.map((x) => Math.round(x.predicted * 100) / 100) }
          ],
          xLabel: "12 months to the end of",
          yLabel: "Offences proven by conviction"
        })
      },
      table: {
        caption: "Rolling 12 months",
        head: ["12 months", "Observed", "Predicted"],
        rows: rolling.map((x) => ({ label: spanText(x.start, x.end), cells: [fig(String(x.observed), x.observed), fig(dec(x.predicted), x.predicted)] })),
        total: null
      },
      method: ["Observed: convictions for offences committed in the 12 months to each quarter end. Predicted: a straight line from the baseline to the threshold.", extractNote],
      extractDate: extract
    });
  }
  return {
    id: "ni30",
    heading: "NI30: reoffending by the cohort",
    summary: [
      { label: "Cohort", value: `${countCell(named, r.cohortSize).text} members on ${longDate(r.cohort.cohortDate)}` },
      { label: `Baseline (${r.baselineYear})`, value: String(r.baseline) },
      { label: "Performance ceiling", value: `${pct(r.ceiling)}${r.stretch !== null ? `, stretch ${pct(r.stretch)}` : ""}` },
      { label: "Threshold", value: `${r.threshold}${r.stretchThreshold !== null ? ` (stretch ${r.stretchThreshold})` : ""}` },
      { label: yearToDate ? `Actual, quarters 1 to ${upTo}` : `Actual in ${r.year}`, value: `${actual} against ${dec(expected)} expected` },
      { label: "Reduction achieved", value: yearToDate ? `${pct(r.reductionAchieved)} (whole year so far)` : pct(r.reductionAchieved) },
      { label: "Share of the cohort convicted", value: shareHidden ? `Not shown: ${SUPPRESSED} people in a group` : `${pct(r.shareConvicted)} (${countCell(named, r.convictedCount).text} of ${countCell(named, r.cohortSize).text})` }
    ],
    figures,
    unavailable: null
  };
}
const DESELECTION_METHOD = [
  "A de-selection is a membership of the scheme that ended in the period (end date in the period), with the reason recorded on the membership (the memberships import or the panel decision).",
  'Outcomes are read from the case plans as they stood on the day the person left: "drug-free" when the latest needs assessment rated drugs and alcohol as no need; "in treatment" when the person was on a Drug Rehabilitation Requirement (supervision periods, kind DRR) on the day they left, or a treatment action (a release treatment task, or a drugs and alcohol plan action) was done by then; "employed" when the latest needs assessment rated education, training and employment as no need (in work, training or education).',
  'A person never assessed is counted under "not assessed"; outcomes are not exclusive, so they do not add up to the number de-selected.'
];
function deselectionSection(rows, named, period, extract, namedList) {
  const reasons = [...Object.keys(END_REASON_LABELS), null];
  const groups = reasons.map((reason) => ({ reason, rs: rows.filter((r) => r.endReason === reason) })).filter((g) => g.reason !== null || g.rs.length > 0);
  const matrix = groups.map((g) => [
    g.rs.length,
    g.rs.filter((r) => r.drugsRating === "none").length,
    g.rs.filter((r) => r.inTreatment).length,
    g.rs.filter((r) => r.eteRating === "none").length,
    g.rs.filter((r) => !r.assessed).length
  ]);
  const t = tableFor(named, matrix, { rowTotals: false, columnTotals: true });
  const table = {
    caption: `De-selections by reason and outcome, ${spanText(period.start, period.end)}`,
    head: ["Reason", "De-selected", "Drug-free", "In treatment", "Employed", "Not assessed"],
    rows: groups.map((g, i) => ({ label: g.reason ? END_REASON_LABELS[g.reason] : "No reason recorded", cells: t.cells[i].map(cell) })),
    total: { label: "All de-selections", cells: t.columnTotals.map(cell) }
  };
  const figures = [
    { id: "deselections-table", title: "De-selections, their reasons and outcomes", chart: null, table, method: [...DESELECTION_METHOD], extractDate: extract }
  ];
  if (namedList) {
    figures.push({
      id: "deselections-named",
      title: "People de-selected (staff report)",
      chart: null,
      table: {
        caption: "People de-selected in the period",
        head: ["Person", "Reference", "Left on", "Reason"],
        rows: namedList.map((p) => ({ label: p.name, cells: [fig(p.ref), fig(longDate(p.endDate)), fig(p.reason)] })),
        total: null
      },
      method: ["Only people you may see are listed; reading this list is recorded in the audit log."],
      extractDate: extract
    });
  }
  return {
    id: "deselections",
    heading: "De-selections and their outcomes",
    summary: [{ label: "De-selected in the period", value: cellText(t.columnTotals[0]) }],
    figures,
    unavailable: null
  };
}
function bands(rows, defs) {
  return defs.map((d) => ({ label: d.label, n: rows.filter(d.test).length }));
}
function cohortSection(rows, named, cohortDate, baselineYear, extract) {
  const years = countTable(
    `Members on ${longDate(cohortDate)} by time on the scheme`,
    ["Time on the scheme", "Members"],
    bands(rows, [
      { label: "Under 1 year", test: (r) => r.daysOnScheme < 365 },
      { label: "1 year to under 2", test: (r) => r.daysOnScheme >= 365 && r.daysOnScheme < 730 },
      { label: "2 years to under 3", test: (r) => r.daysOnScheme >= 730 && r.daysOnScheme < 1095 },
      { label: "3 years or more", test: (r) => r.daysOnScheme >= 1095 }
    ]),
    named
  );
  const convictions = countTable(
    `Members by convictions in the baseline year ${baselineYear.label}`,
    ["Convictions", "Members"],
    bands(rows, [
      { label: "None", test: (r) => r.baselineConvictions === 0 },
      { label: "1 or 2", test: (r) => r.baselineConvictions >= 1 && r.baselineConvictions <= 2 },
      { label: "3 to 5", test: (r) => r.baselineConvictions >= 3 && r.baselineConvictions <= 5 },
      { label: "6 to 10", test: (r) => r.baselineConvictions >= 6 && r.baselineConvictions <= 10 },
      { label: "11 or more", test: (r) => r.baselineConvictions >= 11 }
    ]),
    named
  );
  const balance = countTable(
    `Members in the community and in custody on ${longDate(cohortDate)}`,
    ["Where", "Members"],
    [
      { label: "In the community", n: rows.filter((r) => !r.inCustody).length },
      { label: "In custody", n: rows.filter((r) => r.inCustody).length }
    ],
    named
  );
  const areaNames = [...new Set(rows.map((r) => r.area))].sort((a, b) => a.localeCompare(b));
  const areaRows = areaNames.map((a) => ({ label: a, n: rows.filter((r) => r.area === a).length }));
  const areas = countTable(`Members by area of their address on ${longDate(cohortDate)}`, ["Area", "Members"], areaRows, named);
  const shownAreas = areaRows.filter((_, i) => !areas.t.cells[i][0].withheld);
  const withheldAreas = areaRows.length - shownAreas.length;
  const areaChart = shownAreas.length > 0 ? barChart({
    id: "report-cohort-areas",
    title: `Members by area, ${longDate(cohortDate)}`,
    description: `Members of the cohort by the area of their address.${withheldAreas ? ` ${withheldAreas} area${withheldAreas === 1 ? " is" : "s are"} left out of the chart: ${SUPPRESSED} members, or withheld to protect such a count.` : ""}`,
    categories: shownAreas.map((a) => a.label),
    series: [{ name: "Members", values: shownAreas.map((a) => a.n) }],
    xLabel: "Area",
    yLabel: "Members"
  }) : null;
  const note = "Sources: memberships, custody periods, addresses and convictions.";
  const fig1 = (id, title, table, method) => ({ id, title, chart: null, table, method: [method, note], extractDate: extract });
  return {
    id: "cohort",
    heading: "The cohort",
    summary: [
      { label: "Members on the cohort date", value: countCell(named, rows.length).text },
      { label: "Cohort date", value: longDate(cohortDate) }
    ],
    figures: [
      fig1("cohort-years", "Years on the scheme", years.table, "Time on the scheme before the cohort date, over all of a member's spans on it."),
      fig1("cohort-convictions", "Convictions in the baseline year", convictions.table, `Offences proven by conviction committed in ${baselineYear.label} (${spanText(baselineYear.start, baselineYear.end)}), by offence date; cautions are not counted.`),
      fig1("cohort-balance", "Community and custody", balance.table, "In custody: a custody period (remand or sentence) covering the cohort date."),
      {
        id: "cohort-areas",
        title: "Spread by area",
        chart: areaChart ? { id: "report-cohort-areas", title: `Members by area, ${longDate(cohortDate)}`, description: "Bars: members in each area, labelled with the count.", svg: areaChart } : null,
        table: areas.table,
        method: ["The area of the address the person lived at on the cohort date (the latest address starting on or before it), by its name; addresses outside the partnership's areas are counted together.", note],
        extractDate: extract
      }
    ],
    unavailable: rows.length === 0 ? "The scheme had no members on the cohort date." : null
  };
}
function ni38Section(r, named, names) {
  const extract = null;
  const table = {
    caption: `NI38 cohort identified ${spanText(r.from, addDays(r.to, 1))}`,
    head: ["Figure", "Value"],
    rows: [
      { label: "Cohort (drug-misusing offenders identified)", cells: [countCell(named, r.cohortSize)] },
      { label: "Actual proven offences", cells: [fig(String(r.actual), r.actual)] },
      { label: "Predicted offences", cells: [fig(dec(r.predicted), r.predicted)] },
      { label: "Actual \xF7 predicted", cells: [fig(dec(r.ratio, 3), r.ratio)] },
      { label: "Contributors (people whose excess accounts for the difference)", cells: [countCell(named, r.contributorCount)] }
    ],
    total: null
  };
  const figures = [{ id: "ni38-figures", title: "NI38 against the prediction", chart: null, table, method: r.method, extractDate: extract }];
  if (names && names.length) {
    figures.push({
      id: "ni38-contributors",
      title: "Contributors by name (staff report)",
      chart: null,
      table: {
        caption: "NI38 contributors",
        head: ["Person", "Reference", "Actual", "Predicted"],
        rows: names.map((n) => ({ label: n.name, cells: [fig(n.ref), fig(String(n.actual), n.actual), fig(dec(n.predicted), n.predicted)] })),
        total: null
      },
      method: ["Named only to staff who may see drug tests, and only people they may see; reading the names is recorded in the audit log."],
      extractDate: extract
    });
  }
  return {
    id: "ni38",
    heading: "NI38: drug-misusing offenders",
    summary: [
      { label: "Contributors", value: countCell(named, r.contributorCount).text },
      ...r.namesWithheld ? [{ label: "Names", value: r.namesWithheld }] : named ? [] : [{ label: "Names", value: "Not in a board report: a count only." }]
    ],
    figures,
    unavailable: null
  };
}
function drrSection(f, named, upTo, extract) {
  const quarters = f.quarters.filter((q) => q.quarter <= upTo);
  const keys = ["starts", "completions", "earlyTerminations", "otherEnds"];
  const matrix = quarters.map((q) => keys.map((k) => q[k] ?? 0));
  const t = tableFor(named, matrix, { rowTotals: false, columnTotals: true });
  const table = {
    caption: `DRR starts and completions, ${f.year}${upTo < 4 ? `, quarters 1 to ${upTo}` : ""}`,
    head: ["Quarter", "Starts", "Completions", "Early terminations", "Ended otherwise"],
    rows: quarters.map((q, i) => ({ label: `Q${q.quarter} (${spanText(q.start, q.end)})`, cells: t.cells[i].map(cell) })),
    total: { label: upTo === 4 ? "Year" : "Year to date", cells: t.columnTotals.map(cell) }
  };
  const canChart = !t.suppressed;
  const lines = f.target ? [{ name: "Target of starts a quarter", value: f.target.starts / 4 }, ...f.target.completions !== null ? [{ name: "Target of completions a quarter", value: f.target.completions / 4 }] : []] : [];
  const chart = canChart ? barChart({
    id: "report-drr",
    title: `DRR starts and completions a quarter, ${f.year}`,
    description: "Starts and completions each quarter against a quarter of the year's target.",
    categories: quarters.map((q) => `Q${q.quarter}`),
    series: [
      { name: "Starts", values: quarters.map((q) => q.starts ?? 0) },
      { name: "Completions", values: quarters.map((q) => q.completions ?? 0) }
    ],
    lines,
    xLabel: `Quarter of ${f.year}`,
    yLabel: "DRR orders"
  }) : null;
  const sumShown = (k) => {
    const j = keys.indexOf(k);
    return t.columnTotals[j].withheld ? null : t.columnTotals[j].value;
  };
  const against = (k, target) => {
    const n = sumShown(k);
    return n === null || !target ? "\u2013" : pct(n / target);
  };
  return {
    id: "drr",
    heading: "Drug Rehabilitation Requirements",
    summary: [
      { label: "Target", value: f.target ? `${f.target.starts} starts${f.target.completions === null ? "" : `, ${f.target.completions} completions`}` : "None set for this year" },
      { label: upTo < 4 ? "Starts to date against the year's target" : "Starts against target", value: against("starts", f.target?.starts) },
      { label: upTo < 4 ? "Completions to date against the year's target" : "Completions against target", value: against("completions", f.target?.completions) },
      ...upTo === 4 ? [{ label: "Completion rate", value: named || !t.suppressed ? pct(f.completionRate) : "withheld" }] : []
    ],
    figures: [
      {
        id: "drr-quarters",
        title: "Starts and completions against target",
        chart: chart ? { id: "report-drr", title: `DRR starts and completions a quarter, ${f.year}`, description: "Patterned bars: starts and completions. Dashed lines: a quarter of the targets.", svg: chart } : null,
        table,
        method: [f.method, ...canChart ? [] : [`No chart: some counts are withheld (${SUPPRESSED}, or to protect such a count).`]],
        extractDate: extract
      }
    ],
    unavailable: null
  };
}
function disproportionalitySection(d, named, run) {
  if (!d || !run) return { id: "disproportionality", heading: "Disproportionality in selection", summary: [], figures: [], unavailable: "No selection run for this scheme on or before the end of the period." };
  const dims = { ethnicity: "Ethnicity", sex: "Sex", age_band: "Age band" };
  const figures = d.dimensions.map((dim) => {
    const t = tableFor(named, dim.groups.map((g) => [g.pool, g.selected]), { rowTotals: false, columnTotals: true });
    return {
      id: `disproportionality-${dim.dimension}`,
      title: `Selection by ${dims[dim.dimension].toLowerCase()}`,
      chart: null,
      table: {
        caption: `Pool and selected by ${dims[dim.dimension].toLowerCase()} (reference group: ${dim.reference ?? "none"})`,
        head: [dims[dim.dimension], "In the pool", "Selected", "Selection rate", "Ratio to overall", "Ratio to reference"],
        rows: dim.groups.map((g, i) => {
          const hidden = t.cells[i].some((c) => c.withheld) || isShareWithheld(named, g.selected, g.pool);
          const w = (text, v) => hidden ? { text: "withheld", value: null, withheld: "secondary" } : fig(text, v);
          return { label: g.group, cells: [cell(t.cells[i][0]), cell(t.cells[i][1]), w(pct(g.rate), g.rate), w(dec(g.ratioToOverall), g.ratioToOverall), w(dec(g.ratioToReference), g.ratioToReference)] };
        }),
        total: { label: "Everyone", cells: [cell(t.columnTotals[0]), cell(t.columnTotals[1]), fig(pct(d.overallRate), d.overallRate), fig("1.00", 1), fig("")] }
      },
      method: [
        "From the latest selection run of the scheme on or before the end of the period: everyone in the pool, and those selected (members kept and proposed selections).",
        "Selection rate = selected \xF7 pool for each group; the ratio to overall divides it by the rate over everyone, the ratio to reference by the rate of the largest group. A ratio well above 1 asks whether the matrix bears harder on that group.",
        `Run ${run.id}, scored as of ${longDate(run.asOf)} (run on ${when(run.createdAt)}).`,
        ...named ? [] : ["A rate is withheld with its counts when a group, or those selected or not selected in it, number fewer than 5."]
      ],
      extractDate: run.asOf
    };
  });
  return {
    id: "disproportionality",
    heading: "Disproportionality in selection",
    summary: [
      { label: "Pool", value: countCell(named, d.pool).text },
      { label: "Overall selection rate", value: pct(d.overallRate) }
    ],
    figures,
    unavailable: null
  };
}
function premiumServiceSection(r, named, upTo) {
  const quarters = r.quarters.filter((q) => q.quarter <= upTo);
  const withTotal = upTo === 4;
  const column = (group) => {
    const counts = quarters.map((q) => q[group].cases);
    const shown = suppressRow(named, counts, withTotal ? r.wholeYear[group].cases : counts.reduce((a, b) => a + b, 0));
    return { cells: shown.cells, total: withTotal ? shown.total : null };
  };
  const shownMembers = column("members");
  const shownOthers = column("others");
  const days = (s, shownCases) => {
    if (shownCases === null && !named) {
      const kind = isSmallCount(s.cases) ? "small" : "secondary";
      const hidden = { text: "withheld", value: null, withheld: "secondary" };
      return [kind === "small" ? countCell(false, s.cases) : hidden, hidden, hidden];
    }
    return [countCell(named, s.cases), fig(s.medianDays === null ? "\u2013" : dec(s.medianDays, 0), s.medianDays), fig(s.p90Days === null ? "\u2013" : dec(s.p90Days, 0), s.p90Days)];
  };
  const table = {
    caption: `Days from charge to disposal, ${r.scheme.code} members against everyone else, ${r.year}`,
    head: ["Quarter", "Members: cases", "Members: median days", "Members: 90th percentile", "Others: cases", "Others: median days", "Others: 90th percentile"],
    rows: quarters.map((q, i) => ({ label: `Q${q.quarter}`, cells: [...days(q.members, shownMembers.cells[i]), ...days(q.others, shownOthers.cells[i])] })),
    total: withTotal ? { label: "Year", cells: [...days(r.wholeYear.members, shownMembers.total), ...days(r.wholeYear.others, shownOthers.total)] } : null
  };
  const chartable = quarters.every((q) => q.members.medianDays !== null && q.others.medianDays !== null && (named || !isSmallCount(q.members.cases) && !isSmallCount(q.others.cases)));
  const svg = chartable ? barChart({
    id: "report-premium",
    title: `Median days from charge to disposal, ${r.scheme.code} ${r.year}`,
    description: "Median days from charge to disposal each quarter, scheme members against everyone else.",
    categories: quarters.map((q) => `Q${q.quarter}`),
    series: [
      { name: `${r.scheme.code} members`, values: quarters.map((q) => q.members.medianDays) },
      { name: "Everyone else", values: quarters.map((q) => q.others.medianDays) }
    ],
    xLabel: `Quarter of ${r.year}`,
    yLabel: "Median days"
  }) : null;
  const extract = r.dataCurrency.lastOutcomesImport ?? r.dataCurrency.lastArrestsImport;
  return {
    id: "premium-service",
    heading: "The Premium Service: speedy enforcement",
    summary: [
      { label: "Members: median days, whole year", value: named || !isSmallCount(r.wholeYear.members.cases) ? dec(r.wholeYear.members.medianDays, 0) : "withheld" },
      { label: "Everyone else: median days, whole year", value: named || !isSmallCount(r.wholeYear.others.cases) ? dec(r.wholeYear.others.medianDays, 0) : "withheld" }
    ],
    figures: [
      {
        id: "premium-service-quarters",
        title: "Days from charge to disposal",
        chart: svg ? { id: "report-premium", title: `Median days from charge to disposal, ${r.scheme.code} ${r.year}`, description: "Patterned bars: members and everyone else.", svg } : null,
        table,
        method: [...r.method, `Data: arrests imported ${when(r.dataCurrency.lastArrestsImport) ?? "never"}, outcomes ${when(r.dataCurrency.lastOutcomesImport) ?? "never"}.`],
        extractDate: extract
      }
    ],
    unavailable: null
  };
}
function ni18Section(r, named) {
  const rateHidden = isShareWithheld(named, r.reoffenders, r.caseload);
  const rate = (v) => rateHidden ? { text: "withheld", value: null, withheld: "secondary" } : fig(pct(v), v);
  const extract = r.dataCurrency.lastOutcomesImport;
  return {
    id: "ni18",
    heading: "NI18: probation caseload reoffending",
    summary: [
      { label: "Snapshot month", value: r.snapshotMonth },
      { label: "Actual rate", value: rate(r.actualRate).text },
      { label: "Predicted rate", value: pct(r.predictedRate) }
    ],
    figures: [
      {
        id: "ni18-figures",
        title: "Caseload reoffending against prediction",
        chart: null,
        table: {
          caption: `NI18, adult caseload in ${r.snapshotMonth}${r.scheme ? ` (${r.scheme.code} members)` : ""}, followed up to ${longDate(addDays(r.followUpEnds, -1))}`,
          head: ["Figure", "Value"],
          rows: [
            { label: "Adult caseload", cells: [countCell(named, r.caseload)] },
            { label: "Proven to reoffend within 3 months", cells: [countCell(named, r.reoffenders)] },
            { label: "Actual rate", cells: [rate(r.actualRate)] },
            { label: "Predicted rate", cells: [fig(pct(r.predictedRate), r.predictedRate)] },
            { label: "Difference (negative is better)", cells: [rateHidden ? { text: "withheld", value: null, withheld: "secondary" } : fig(r.difference === null ? "\u2013" : `${(r.difference * 100).toFixed(1)} points`, r.difference)] }
          ],
          total: null
        },
        method: [...r.method, `Data: outcomes imported ${when(extract) ?? "never"}; latest outcome ${r.dataCurrency.latestOutcomeDate ? longDate(r.dataCurrency.latestOutcomeDate) : "none"}.`],
        extractDate: extract
      }
    ],
    unavailable: null
  };
}
function unavailableSection(id, heading, why) {
  return { id, heading, summary: [], figures: [], unavailable: why };
}
export {
  DESELECTION_METHOD,
  cohortSection,
  countTable,
  dec,
  deselectionSection,
  disproportionalitySection,
  drrSection,
  longDate,
  ni18Section,
  ni30Section,
  ni38Section,
  pct,
  premiumServiceSection,
  spanText,
  unavailableSection
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3JlcG9ydHMvc2VjdGlvbnMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSByZXBvcnQncyBzZWN0aW9ucyAoaXNzdWUgMTYpLCBwdXJlOiBlYWNoIG1lYXN1cmUncyBvdXRwdXQsIG9yIHRoZSByb3dzIGFcbi8vIHF1ZXJ5IHJlYWQsIHR1cm5lZCBpbnRvIGhlYWRpbmdzLCBrZXkgZmlndXJlcywgdGFibGVzLCBjaGFydHMgYW5kIG1ldGhvZFxuLy8gbm90ZXMsIHdpdGggdGhlIGJvYXJkJ3MgZGlzY2xvc3VyZSBjb250cm9sIGFwcGxpZWQgKGRpc2Nsb3N1cmUudHMpLiBObyBJL086XG4vLyB0aGUgcmVwb3J0IHNlcnZpY2UgKHNlcnZpY2UudHMpIHJlYWRzIHRoZSBkYXRhIGFuZCBjYWxscyB0aGVzZS5cbmltcG9ydCB7IGFkZERheXMsIHR5cGUgSXNvRGF0ZSB9IGZyb20gJy4uL2NhbGVuZGFyL2RhdGVzLmpzJztcbmltcG9ydCB0eXBlIHsgUGVyZm9ybWFuY2VZZWFyIH0gZnJvbSAnLi4vY2FsZW5kYXIvcGVyZm9ybWFuY2UteWVhci5qcyc7XG5pbXBvcnQgdHlwZSB7IERyckZpZ3VyZXMgfSBmcm9tICcuLi9kcnIvZmlndXJlcy5qcyc7XG5pbXBvcnQgeyBFTkRfUkVBU09OX0xBQkVMUywgdHlwZSBFbmRSZWFzb24gfSBmcm9tICcuLi9nbG9zc2FyeS5qcyc7XG5pbXBvcnQgdHlwZSB7IE5pMThSZXBvcnQgfSBmcm9tICcuLi9wZXJmb3JtYW5jZS9uaTE4LXNlcnZpY2UuanMnO1xuaW1wb3J0IHR5cGUgeyBOaTMwUmVwb3J0IH0gZnJvbSAnLi4vcGVyZm9ybWFuY2UvbmkzMC1zZXJ2aWNlLmpzJztcbmltcG9ydCB0eXBlIHsgTmkzOFJlcG9ydCB9IGZyb20gJy4uL3BlcmZvcm1hbmNlL25pMzgtc2VydmljZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFByZW1pdW1TZXJ2aWNlUmVwb3J0LCBEYXlzU3VtbWFyeSB9IGZyb20gJy4uL3BlcmZvcm1hbmNlL3ByZW1pdW0tc2VydmljZS5qcyc7XG5pbXBvcnQgdHlwZSB7IERpc3Byb3BvcnRpb25hbGl0eSB9IGZyb20gJy4uL3NlbGVjdGlvbi9kaXNwcm9wb3J0aW9uYWxpdHkuanMnO1xuaW1wb3J0IHsgY2VsbFRleHQsIGlzU2hhcmVXaXRoaGVsZCwgaXNTbWFsbENvdW50LCBzdXBwcmVzc1JvdywgU1VQUFJFU1NFRCwgdGFibGVGb3IsIHR5cGUgU3VwcHJlc3NlZFRhYmxlLCB0eXBlIFRhYmxlQ2VsbCB9IGZyb20gJy4uL2Rpc2Nsb3N1cmUuanMnO1xuaW1wb3J0IHR5cGUgeyBSZXBvcnRDZWxsLCBSZXBvcnRGaWd1cmUsIFJlcG9ydFNlY3Rpb24sIFJlcG9ydFRhYmxlIH0gZnJvbSAnLi9tb2RlbC5qcyc7XG5pbXBvcnQgeyBiYXJDaGFydCwgbGluZUNoYXJ0IH0gZnJvbSAnLi9zdmctY2hhcnRzLmpzJztcblxuZXhwb3J0IGNvbnN0IHBjdCA9IChuOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCBkcCA9IDEpID0+IChuID09PSBudWxsIHx8IG4gPT09IHVuZGVmaW5lZCA/ICdcdTIwMTMnIDogYCR7KG4gKiAxMDApLnRvRml4ZWQoZHApfSVgKTtcbmV4cG9ydCBjb25zdCBkZWMgPSAobjogbnVtYmVyIHwgbnVsbCB8IHVuZGVmaW5lZCwgZHAgPSAyKSA9PiAobiA9PT0gbnVsbCB8fCBuID09PSB1bmRlZmluZWQgPyAnXHUyMDEzJyA6IE51bWJlci5pc0ludGVnZXIobikgPyBTdHJpbmcobikgOiBuLnRvRml4ZWQoZHApKTtcbmNvbnN0IE1PTlRIUyA9IFsnSmFudWFyeScsICdGZWJydWFyeScsICdNYXJjaCcsICdBcHJpbCcsICdNYXknLCAnSnVuZScsICdKdWx5JywgJ0F1Z3VzdCcsICdTZXB0ZW1iZXInLCAnT2N0b2JlcicsICdOb3ZlbWJlcicsICdEZWNlbWJlciddO1xuLyoqIDIwMDgtMDQtMDEgYXMgXCIxIEFwcmlsIDIwMDhcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb25nRGF0ZShkOiBJc29EYXRlKTogc3RyaW5nIHtcbiAgY29uc3QgW3ksIG0sIGRheV0gPSBkLnNwbGl0KCctJykubWFwKE51bWJlcik7XG4gIHJldHVybiBgJHtkYXl9ICR7TU9OVEhTW20hIC0gMV19ICR7eX1gO1xufVxuLyoqIFtzdGFydCwgZW5kKSBhcyBcIjEgQXByaWwgMjAwOCB0byAzMSBNYXJjaCAyMDA5XCIuICovXG5leHBvcnQgY29uc3Qgc3BhblRleHQgPSAoc3RhcnQ6IElzb0RhdGUsIGVuZDogSXNvRGF0ZSkgPT4gYCR7bG9uZ0RhdGUoc3RhcnQpfSB0byAke2xvbmdEYXRlKGFkZERheXMoZW5kLCAtMSkpfWA7XG5jb25zdCB3aGVuID0gKGlzbzogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCkgPT4gKGlzbyA/IGxvbmdEYXRlKGlzby5zbGljZSgwLCAxMCkpIDogbnVsbCk7XG5cbi8qKiBBIGNlbGwgdGhhdCBpcyBhIHBsYWluIGZpZ3VyZSAobm90IGEgY291bnQgb2YgcGVvcGxlKS4gKi9cbmNvbnN0IGZpZyA9ICh0ZXh0OiBzdHJpbmcsIHZhbHVlOiBudW1iZXIgfCBudWxsID0gbnVsbCk6IFJlcG9ydENlbGwgPT4gKHsgdGV4dCwgdmFsdWUsIHdpdGhoZWxkOiBudWxsIH0pO1xuLyoqIEEgY2VsbCBmcm9tIGEgc3VwcHJlc3NlZCB0YWJsZS4gKi9cbmNvbnN0IGNlbGwgPSAoYzogVGFibGVDZWxsKTogUmVwb3J0Q2VsbCA9PiAoeyB0ZXh0OiBjZWxsVGV4dChjKSwgdmFsdWU6IGMud2l0aGhlbGQgPyBudWxsIDogYy52YWx1ZSwgd2l0aGhlbGQ6IGMud2l0aGhlbGQgfSk7XG5jb25zdCBjb3VudENlbGwgPSAobmFtZWQ6IGJvb2xlYW4sIG46IG51bWJlcik6IFJlcG9ydENlbGwgPT5cbiAgIW5hbWVkICYmIGlzU21hbGxDb3VudChuKSA/IHsgdGV4dDogU1VQUFJFU1NFRCwgdmFsdWU6IG51bGwsIHdpdGhoZWxkOiAnc21hbGwnIH0gOiB7IHRleHQ6IFN0cmluZyhuKSwgdmFsdWU6IG4sIHdpdGhoZWxkOiBudWxsIH07XG5cbi8qKiBBIG9uZS1jb2x1bW4gdGFibGUgb2YgY291bnRzIGJ5IGNhdGVnb3J5LCB3aXRoIGl0cyB0b3RhbCwgc3VwcHJlc3NlZCBmb3IgdGhlIGJvYXJkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvdW50VGFibGUoY2FwdGlvbjogc3RyaW5nLCBoZWFkOiBbc3RyaW5nLCBzdHJpbmddLCByb3dzOiB7IGxhYmVsOiBzdHJpbmc7IG46IG51bWJlciB9W10sIG5hbWVkOiBib29sZWFuLCB0b3RhbExhYmVsID0gJ1RvdGFsJyk6IHsgdGFibGU6IFJlcG9ydFRhYmxlOyB0OiBTdXBwcmVzc2VkVGFibGUgfSB7XG4gIGNvbnN0IHQgPSB0YWJsZUZvcihuYW1lZCwgcm93cy5tYXAoKHIpID0+IFtyLm5dKSwgeyByb3dUb3RhbHM6IGZhbHNlLCBjb2x1bW5Ub3RhbHM6IHRydWUgfSk7XG4gIHJldHVybiB7XG4gICAgdCxcbiAgICB0YWJsZToge1xuICAgICAgY2FwdGlvbixcbiAgICAgIGhlYWQsXG4gICAgICByb3dzOiByb3dzLm1hcCgociwgaSkgPT4gKHsgbGFiZWw6IHIubGFiZWwsIGNlbGxzOiBbY2VsbCh0LmNlbGxzW2ldIVswXSEpXSB9KSksXG4gICAgICB0b3RhbDogeyBsYWJlbDogdG90YWxMYWJlbCwgY2VsbHM6IFtjZWxsKHQuY29sdW1uVG90YWxzWzBdISldIH0sXG4gICAgfSxcbiAgfTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIE5JMzBcblxuLyoqIE5JMzAncyBtZXRob2Qgbm90ZXMsIHdpdGggYSBzbWFsbCBjb2hvcnQncyBzaXplIGtlcHQgb3V0IG9mIGEgYm9hcmQgcmVwb3J0ICh0aGUgbm90ZXMgbmFtZSBpdCkuICovXG5mdW5jdGlvbiBuaTMwTWV0aG9kKHI6IE5pMzBSZXBvcnQsIG5hbWVkOiBib29sZWFuKTogc3RyaW5nW10ge1xuICBpZiAobmFtZWQgfHwgIWlzU21hbGxDb3VudChyLmNvaG9ydFNpemUpKSByZXR1cm4gci5tZXRob2Q7XG4gIHJldHVybiByLm1ldGhvZC5tYXAoKG0pID0+IG0ucmVwbGFjZShuZXcgUmVnRXhwKGBcXFxcYih0aGV8VGhlKSAke3IuY29ob3J0U2l6ZX0gKG1lbWJlcnN8cGVvcGxlKVxcXFxiYCwgJ2cnKSwgYCQxICR7U1VQUFJFU1NFRH0gJDJgKSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBuaTMwU2VjdGlvbihyOiBOaTMwUmVwb3J0LCBuYW1lZDogYm9vbGVhbiwgdXBUbzogMSB8IDIgfCAzIHwgNCk6IFJlcG9ydFNlY3Rpb24ge1xuICBjb25zdCBxdWFydGVycyA9IHIucXVhcnRlcnMuZmlsdGVyKChxKSA9PiBxLnF1YXJ0ZXIgPD0gdXBUbyk7XG4gIGNvbnN0IGFjdHVhbCA9IHF1YXJ0ZXJzLnJlZHVjZSgoYSwgcSkgPT4gYSArIHEuYWN0dWFsLCAwKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSBxdWFydGVycy5yZWR1Y2UoKGEsIHEpID0+IGEgKyBxLmV4cGVjdGVkLCAwKTtcbiAgY29uc3QgeWVhclRvRGF0ZSA9IHVwVG8gPCA0O1xuICBjb25zdCBzaGFyZUhpZGRlbiA9IGlzU2hhcmVXaXRoaGVsZChuYW1lZCwgci5jb252aWN0ZWRDb3VudCwgci5jb2hvcnRTaXplKTtcbiAgY29uc3QgbGluZXMgPSBbeyBuYW1lOiAnRXhwZWN0ZWQgYSBxdWFydGVyICh0aHJlc2hvbGQgXHUwMEY3IDQpJywgdmFsdWU6IHIudGhyZXNob2xkIC8gNCB9XTtcbiAgaWYgKHIuc3RyZXRjaFRocmVzaG9sZCAhPT0gbnVsbCkgbGluZXMucHVzaCh7IG5hbWU6ICdTdHJldGNoIHRhcmdldCBhIHF1YXJ0ZXInLCB2YWx1ZTogci5zdHJldGNoVGhyZXNob2xkIC8gNCB9KTtcbiAgY29uc3QgZXh0cmFjdCA9IHIuZGF0YUN1cnJlbmN5Lmxhc3RPdXRjb21lc0ltcG9ydCA/PyBudWxsO1xuICBjb25zdCBleHRyYWN0Tm90ZSA9IGBEYXRhOiBjb252aWN0aW9ucyBpbXBvcnRlZCAke3doZW4oZXh0cmFjdCkgPz8gJ25ldmVyJ307IGxhdGVzdCBvdXRjb21lIG9uIHJlY29yZCAke3IuZGF0YUN1cnJlbmN5LmxhdGVzdE91dGNvbWVEYXRlID8gbG9uZ0RhdGUoci5kYXRhQ3VycmVuY3kubGF0ZXN0T3V0Y29tZURhdGUpIDogJ25vbmUnfS5gO1xuICBjb25zdCB0YWJsZTogUmVwb3J0VGFibGUgPSB7XG4gICAgY2FwdGlvbjogYE5JMzAgYnkgcXVhcnRlciwgJHtyLnNjaGVtZS5jb2RlfSAke3IueWVhcn0ke3llYXJUb0RhdGUgPyBgLCBxdWFydGVycyAxIHRvICR7dXBUb31gIDogJyd9YCxcbiAgICBoZWFkOiBbJ1F1YXJ0ZXInLCAnQWN0dWFsJywgJ0V4cGVjdGVkJywgJ1ZhcmlhbmNlJywgJ0N1bXVsYXRpdmUgYWN0dWFsJywgJ0N1bXVsYXRpdmUgZXhwZWN0ZWQnLCAnQ3VtdWxhdGl2ZSB2YXJpYW5jZSddLFxuICAgIHJvd3M6IHF1YXJ0ZXJzLm1hcCgocSkgPT4gKHtcbiAgICAgIGxhYmVsOiBgUSR7cS5xdWFydGVyfSAoJHtzcGFuVGV4dChxLnN0YXJ0LCBxLmVuZCl9KWAsXG4gICAgICBjZWxsczogW2ZpZyhTdHJpbmcocS5hY3R1YWwpLCBxLmFjdHVhbCksIGZpZyhkZWMocS5leHBlY3RlZCksIHEuZXhwZWN0ZWQpLCBmaWcoZGVjKHEudmFyaWFuY2UpLCBxLnZhcmlhbmNlKSwgZmlnKFN0cmluZyhxLmN1bXVsYXRpdmVBY3R1YWwpLCBxLmN1bXVsYXRpdmVBY3R1YWwpLCBmaWcoZGVjKHEuY3VtdWxhdGl2ZUV4cGVjdGVkKSwgcS5jdW11bGF0aXZlRXhwZWN0ZWQpLCBmaWcoZGVjKHEuY3VtdWxhdGl2ZVZhcmlhbmNlKSwgcS5jdW11bGF0aXZlVmFyaWFuY2UpXSxcbiAgICB9KSksXG4gICAgdG90YWw6IHsgbGFiZWw6IHllYXJUb0RhdGUgPyAnWWVhciB0byBkYXRlJyA6ICdZZWFyJywgY2VsbHM6IFtmaWcoU3RyaW5nKGFjdHVhbCksIGFjdHVhbCksIGZpZyhkZWMoZXhwZWN0ZWQpLCBleHBlY3RlZCksIGZpZyhkZWMoYWN0dWFsIC0gZXhwZWN0ZWQpLCBhY3R1YWwgLSBleHBlY3RlZCksIGZpZygnJyksIGZpZygnJyksIGZpZygnJyldIH0sXG4gIH07XG4gIGNvbnN0IGNoYXJ0ID0gYmFyQ2hhcnQoe1xuICAgIGlkOiAncmVwb3J0LW5pMzAtcXVhcnRlcnMnLFxuICAgIHRpdGxlOiBgQ29udmljdGlvbnMgYSBxdWFydGVyIGFnYWluc3QgZXhwZWN0ZWQsICR7ci5zY2hlbWUuY29kZX0gJHtyLnllYXJ9YCxcbiAgICBkZXNjcmlwdGlvbjogYE9mZmVuY2VzIHByb3ZlbiBieSBjb252aWN0aW9uIGVhY2ggcXVhcnRlciwgYnkgb2ZmZW5jZSBkYXRlLCBhZ2FpbnN0IHRoZSBleHBlY3RlZCAke2RlYyhyLnRocmVzaG9sZCAvIDQpfSBhIHF1YXJ0ZXIuYCxcbiAgICBjYXRlZ29yaWVzOiBxdWFydGVycy5tYXAoKHEpID0+IGBRJHtxLnF1YXJ0ZXJ9YCksXG4gICAgc2VyaWVzOiBbeyBuYW1lOiAnQWN0dWFsJywgdmFsdWVzOiBxdWFydGVycy5tYXAoKHEpID0+IHEuYWN0dWFsKSB9XSxcbiAgICBsaW5lcyxcbiAgICB4TGFiZWw6IGBRdWFydGVyIG9mICR7ci55ZWFyfWAsXG4gICAgeUxhYmVsOiAnT2ZmZW5jZXMgcHJvdmVuIGJ5IGNvbnZpY3Rpb24nLFxuICB9KTtcbiAgY29uc3QgZmlndXJlczogUmVwb3J0RmlndXJlW10gPSBbXG4gICAge1xuICAgICAgaWQ6ICduaTMwLXF1YXJ0ZXJzJyxcbiAgICAgIHRpdGxlOiAnQ29udmljdGlvbnMgYSBxdWFydGVyIGFnYWluc3QgdGhlIHRocmVzaG9sZCcsXG4gICAgICBjaGFydDogeyBpZDogJ3JlcG9ydC1uaTMwLXF1YXJ0ZXJzJywgdGl0bGU6IGBDb252aWN0aW9ucyBhIHF1YXJ0ZXIgYWdhaW5zdCBleHBlY3RlZCwgJHtyLnNjaGVtZS5jb2RlfSAke3IueWVhcn1gLCBkZXNjcmlwdGlvbjogJ0JhcnM6IGFjdHVhbCBjb252aWN0aW9ucyBhIHF1YXJ0ZXIuIERhc2hlZCBsaW5lOiB0aGUgZXhwZWN0ZWQgbnVtYmVyIGEgcXVhcnRlci4nLCBzdmc6IGNoYXJ0IH0sXG4gICAgICB0YWJsZSxcbiAgICAgIG1ldGhvZDogWy4uLm5pMzBNZXRob2QociwgbmFtZWQpLCBleHRyYWN0Tm90ZV0sXG4gICAgICBleHRyYWN0RGF0ZTogZXh0cmFjdCxcbiAgICB9LFxuICBdO1xuICBjb25zdCByb2xsaW5nID0gci5yb2xsaW5nLmZpbHRlcigoeCkgPT4geC5xdWFydGVyIDw9IHVwVG8pO1xuICBpZiAocm9sbGluZy5sZW5ndGggPiAxKSB7XG4gICAgZmlndXJlcy5wdXNoKHtcbiAgICAgIGlkOiAnbmkzMC1yb2xsaW5nJyxcbiAgICAgIHRpdGxlOiAnUm9sbGluZyAxMiBtb250aHM6IG9ic2VydmVkIGFnYWluc3QgcHJlZGljdGVkJyxcbiAgICAgIGNoYXJ0OiB7XG4gICAgICAgIGlkOiAncmVwb3J0LW5pMzAtcm9sbGluZycsXG4gICAgICAgIHRpdGxlOiBgUm9sbGluZyAxMiBtb250aHMsICR7ci5zY2hlbWUuY29kZX1gLFxuICAgICAgICBkZXNjcmlwdGlvbjogJ1NvbGlkIGxpbmUgd2l0aCBjaXJjbGVzOiBvYnNlcnZlZC4gRGFzaGVkIGxpbmUgd2l0aCBzcXVhcmVzOiBwcmVkaWN0ZWQuJyxcbiAgICAgICAgc3ZnOiBsaW5lQ2hhcnQoe1xuICAgICAgICAgIGlkOiAncmVwb3J0LW5pMzAtcm9sbGluZycsXG4gICAgICAgICAgdGl0bGU6IGBSb2xsaW5nIDEyIG1vbnRoczogb2JzZXJ2ZWQgYWdhaW5zdCBwcmVkaWN0ZWQsICR7ci5zY2hlbWUuY29kZX1gLFxuICAgICAgICAgIGRlc2NyaXB0aW9uOiAnQ29udmljdGlvbnMgaW4gdGhlIDEyIG1vbnRocyB0byB0aGUgZW5kIG9mIGVhY2ggcXVhcnRlciwgYWdhaW5zdCBhIHByZWRpY3Rpb24gZmFsbGluZyBpbiBhIHN0cmFpZ2h0IGxpbmUgZnJvbSB0aGUgYmFzZWxpbmUgdG8gdGhlIHRocmVzaG9sZC4nLFxuICAgICAgICAgIGNhdGVnb3JpZXM6IHJvbGxpbmcubWFwKCh4KSA9PiBgdG8gJHtsb25nRGF0ZShhZGREYXlzKHguZW5kLCAtMSkpfWApLFxuICAgICAgICAgIHNlcmllczogW1xuICAgICAgICAgICAgeyBuYW1lOiAnT2JzZXJ2ZWQnLCB2YWx1ZXM6IHJvbGxpbmcubWFwKCh4KSA9PiB4Lm9ic2VydmVkKSB9LFxuICAgICAgICAgICAgeyBuYW1lOiAnUHJlZGljdGVkJywgdmFsdWVzOiByb2xsaW5nLm1hcCgoeCkgPT4gTWF0aC5yb3VuZCh4LnByZWRpY3RlZCAqIDEwMCkgLyAxMDApIH0sXG4gICAgICAgICAgXSxcbiAgICAgICAgICB4TGFiZWw6ICcxMiBtb250aHMgdG8gdGhlIGVuZCBvZicsXG4gICAgICAgICAgeUxhYmVsOiAnT2ZmZW5jZXMgcHJvdmVuIGJ5IGNvbnZpY3Rpb24nLFxuICAgICAgICB9KSxcbiAgICAgIH0sXG4gICAgICB0YWJsZToge1xuICAgICAgICBjYXB0aW9uOiAnUm9sbGluZyAxMiBtb250aHMnLFxuICAgICAgICBoZWFkOiBbJzEyIG1vbnRocycsICdPYnNlcnZlZCcsICdQcmVkaWN0ZWQnXSxcbiAgICAgICAgcm93czogcm9sbGluZy5tYXAoKHgpID0+ICh7IGxhYmVsOiBzcGFuVGV4dCh4LnN0YXJ0LCB4LmVuZCksIGNlbGxzOiBbZmlnKFN0cmluZyh4Lm9ic2VydmVkKSwgeC5vYnNlcnZlZCksIGZpZyhkZWMoeC5wcmVkaWN0ZWQpLCB4LnByZWRpY3RlZCldIH0pKSxcbiAgICAgICAgdG90YWw6IG51bGwsXG4gICAgICB9LFxuICAgICAgbWV0aG9kOiBbJ09ic2VydmVkOiBjb252aWN0aW9ucyBmb3Igb2ZmZW5jZXMgY29tbWl0dGVkIGluIHRoZSAxMiBtb250aHMgdG8gZWFjaCBxdWFydGVyIGVuZC4gUHJlZGljdGVkOiBhIHN0cmFpZ2h0IGxpbmUgZnJvbSB0aGUgYmFzZWxpbmUgdG8gdGhlIHRocmVzaG9sZC4nLCBleHRyYWN0Tm90ZV0sXG4gICAgICBleHRyYWN0RGF0ZTogZXh0cmFjdCxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4ge1xuICAgIGlkOiAnbmkzMCcsXG4gICAgaGVhZGluZzogJ05JMzA6IHJlb2ZmZW5kaW5nIGJ5IHRoZSBjb2hvcnQnLFxuICAgIHN1bW1hcnk6IFtcbiAgICAgIHsgbGFiZWw6ICdDb2hvcnQnLCB2YWx1ZTogYCR7Y291bnRDZWxsKG5hbWVkLCByLmNvaG9ydFNpemUpLnRleHR9IG1lbWJlcnMgb24gJHtsb25nRGF0ZShyLmNvaG9ydC5jb2hvcnREYXRlKX1gIH0sXG4gICAgICB7IGxhYmVsOiBgQmFzZWxpbmUgKCR7ci5iYXNlbGluZVllYXJ9KWAsIHZhbHVlOiBTdHJpbmcoci5iYXNlbGluZSkgfSxcbiAgICAgIHsgbGFiZWw6ICdQZXJmb3JtYW5jZSBjZWlsaW5nJywgdmFsdWU6IGAke3BjdChyLmNlaWxpbmcpfSR7ci5zdHJldGNoICE9PSBudWxsID8gYCwgc3RyZXRjaCAke3BjdChyLnN0cmV0Y2gpfWAgOiAnJ31gIH0sXG4gICAgICB7IGxhYmVsOiAnVGhyZXNob2xkJywgdmFsdWU6IGAke3IudGhyZXNob2xkfSR7ci5zdHJldGNoVGhyZXNob2xkICE9PSBudWxsID8gYCAoc3RyZXRjaCAke3Iuc3RyZXRjaFRocmVzaG9sZH0pYCA6ICcnfWAgfSxcbiAgICAgIHsgbGFiZWw6IHllYXJUb0RhdGUgPyBgQWN0dWFsLCBxdWFydGVycyAxIHRvICR7dXBUb31gIDogYEFjdHVhbCBpbiAke3IueWVhcn1gLCB2YWx1ZTogYCR7YWN0dWFsfSBhZ2FpbnN0ICR7ZGVjKGV4cGVjdGVkKX0gZXhwZWN0ZWRgIH0sXG4gICAgICB7IGxhYmVsOiAnUmVkdWN0aW9uIGFjaGlldmVkJywgdmFsdWU6IHllYXJUb0RhdGUgPyBgJHtwY3Qoci5yZWR1Y3Rpb25BY2hpZXZlZCl9ICh3aG9sZSB5ZWFyIHNvIGZhcilgIDogcGN0KHIucmVkdWN0aW9uQWNoaWV2ZWQpIH0sXG4gICAgICB7IGxhYmVsOiAnU2hhcmUgb2YgdGhlIGNvaG9ydCBjb252aWN0ZWQnLCB2YWx1ZTogc2hhcmVIaWRkZW4gPyBgTm90IHNob3duOiAke1NVUFBSRVNTRUR9IHBlb3BsZSBpbiBhIGdyb3VwYCA6IGAke3BjdChyLnNoYXJlQ29udmljdGVkKX0gKCR7Y291bnRDZWxsKG5hbWVkLCByLmNvbnZpY3RlZENvdW50KS50ZXh0fSBvZiAke2NvdW50Q2VsbChuYW1lZCwgci5jb2hvcnRTaXplKS50ZXh0fSlgIH0sXG4gICAgXSxcbiAgICBmaWd1cmVzLFxuICAgIHVuYXZhaWxhYmxlOiBudWxsLFxuICB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gZGUtc2VsZWN0aW9uc1xuXG5leHBvcnQgaW50ZXJmYWNlIERlc2VsZWN0aW9uUm93IHtcbiAgcGVyc29uSWQ6IG51bWJlcjtcbiAgZW5kRGF0ZTogSXNvRGF0ZTtcbiAgZW5kUmVhc29uOiBFbmRSZWFzb24gfCBudWxsO1xuICAvKiogVGhlIGxhdGVzdCBkcnVncy1hbmQtYWxjb2hvbCBuZWVkIHJhdGluZyBvbiBvciBiZWZvcmUgbGVhdmluZywgaWYgYW55LiAqL1xuICBkcnVnc1JhdGluZzogc3RyaW5nIHwgbnVsbDtcbiAgLyoqIFRoZSBsYXRlc3QgZWR1Y2F0aW9uLCB0cmFpbmluZyBhbmQgZW1wbG95bWVudCBuZWVkIHJhdGluZyBvbiBvciBiZWZvcmUgbGVhdmluZywgaWYgYW55LiAqL1xuICBldGVSYXRpbmc6IHN0cmluZyB8IG51bGw7XG4gIC8qKiBPbiBhIERSUiBvbiBsZWF2aW5nLCBvciBhIHRyZWF0bWVudCBhY3Rpb24gZG9uZSBieSB0aGVuLiAqL1xuICBpblRyZWF0bWVudDogYm9vbGVhbjtcbiAgLyoqIEFueSBuZWVkcyBhc3Nlc3NtZW50IG9uIG9yIGJlZm9yZSBsZWF2aW5nLiAqL1xuICBhc3Nlc3NlZDogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGNvbnN0IERFU0VMRUNUSU9OX01FVEhPRCA9IFtcbiAgJ0EgZGUtc2VsZWN0aW9uIGlzIGEgbWVtYmVyc2hpcCBvZiB0aGUgc2NoZW1lIHRoYXQgZW5kZWQgaW4gdGhlIHBlcmlvZCAoZW5kIGRhdGUgaW4gdGhlIHBlcmlvZCksIHdpdGggdGhlIHJlYXNvbiByZWNvcmRlZCBvbiB0aGUgbWVtYmVyc2hpcCAodGhlIG1lbWJlcnNoaXBzIGltcG9ydCBvciB0aGUgcGFuZWwgZGVjaXNpb24pLicsXG4gICdPdXRjb21lcyBhcmUgcmVhZCBmcm9tIHRoZSBjYXNlIHBsYW5zIGFzIHRoZXkgc3Rvb2Qgb24gdGhlIGRheSB0aGUgcGVyc29uIGxlZnQ6IFwiZHJ1Zy1mcmVlXCIgd2hlbiB0aGUgbGF0ZXN0IG5lZWRzIGFzc2Vzc21lbnQgcmF0ZWQgZHJ1Z3MgYW5kIGFsY29ob2wgYXMgbm8gbmVlZDsgXCJpbiB0cmVhdG1lbnRcIiB3aGVuIHRoZSBwZXJzb24gd2FzIG9uIGEgRHJ1ZyBSZWhhYmlsaXRhdGlvbiBSZXF1aXJlbWVudCAoc3VwZXJ2aXNpb24gcGVyaW9kcywga2luZCBEUlIpIG9uIHRoZSBkYXkgdGhleSBsZWZ0LCBvciBhIHRyZWF0bWVudCBhY3Rpb24gKGEgcmVsZWFzZSB0cmVhdG1lbnQgdGFzaywgb3IgYSBkcnVncyBhbmQgYWxjb2hvbCBwbGFuIGFjdGlvbikgd2FzIGRvbmUgYnkgdGhlbjsgXCJlbXBsb3llZFwiIHdoZW4gdGhlIGxhdGVzdCBuZWVkcyBhc3Nlc3NtZW50IHJhdGVkIGVkdWNhdGlvbiwgdHJhaW5pbmcgYW5kIGVtcGxveW1lbnQgYXMgbm8gbmVlZCAoaW4gd29yaywgdHJhaW5pbmcgb3IgZWR1Y2F0aW9uKS4nLFxuICAnQSBwZXJzb24gbmV2ZXIgYXNzZXNzZWQgaXMgY291bnRlZCB1bmRlciBcIm5vdCBhc3Nlc3NlZFwiOyBvdXRjb21lcyBhcmUgbm90IGV4Y2x1c2l2ZSwgc28gdGhleSBkbyBub3QgYWRkIHVwIHRvIHRoZSBudW1iZXIgZGUtc2VsZWN0ZWQuJyxcbl07XG5cbmV4cG9ydCBmdW5jdGlvbiBkZXNlbGVjdGlvblNlY3Rpb24ocm93czogRGVzZWxlY3Rpb25Sb3dbXSwgbmFtZWQ6IGJvb2xlYW4sIHBlcmlvZDogeyBzdGFydDogSXNvRGF0ZTsgZW5kOiBJc29EYXRlIH0sIGV4dHJhY3Q6IHN0cmluZyB8IG51bGwsIG5hbWVkTGlzdDogeyByZWY6IHN0cmluZzsgbmFtZTogc3RyaW5nOyBlbmREYXRlOiBJc29EYXRlOyByZWFzb246IHN0cmluZyB9W10gfCBudWxsKTogUmVwb3J0U2VjdGlvbiB7XG4gIGNvbnN0IHJlYXNvbnMgPSBbLi4uKE9iamVjdC5rZXlzKEVORF9SRUFTT05fTEFCRUxTKSBhcyBFbmRSZWFzb25bXSksIG51bGxdO1xuICBjb25zdCBncm91cHMgPSByZWFzb25zXG4gICAgLm1hcCgocmVhc29uKSA9PiAoeyByZWFzb24sIHJzOiByb3dzLmZpbHRlcigocikgPT4gci5lbmRSZWFzb24gPT09IHJlYXNvbikgfSkpXG4gICAgLmZpbHRlcigoZykgPT4gZy5yZWFzb24gIT09IG51bGwgfHwgZy5ycy5sZW5ndGggPiAwKTtcbiAgY29uc3QgbWF0cml4ID0gZ3JvdXBzLm1hcCgoZykgPT4gW1xuICAgIGcucnMubGVuZ3RoLFxuICAgIGcucnMuZmlsdGVyKChyKSA9PiByLmRydWdzUmF0aW5nID09PSAnbm9uZScpLmxlbmd0aCxcbiAgICBnLnJzLmZpbHRlcigocikgPT4gci5pblRyZWF0bWVudCkubGVuZ3RoLFxuICAgIGcucnMuZmlsdGVyKChyKSA9PiByLmV0ZVJhdGluZyA9PT0gJ25vbmUnKS5sZW5ndGgsXG4gICAgZy5ycy5maWx0ZXIoKHIpID0+ICFyLmFzc2Vzc2VkKS5sZW5ndGgsXG4gIF0pO1xuICBjb25zdCB0ID0gdGFibGVGb3IobmFtZWQsIG1hdHJpeCwgeyByb3dUb3RhbHM6IGZhbHNlLCBjb2x1bW5Ub3RhbHM6IHRydWUgfSk7XG4gIGNvbnN0IHRhYmxlOiBSZXBvcnRUYWJsZSA9IHtcbiAgICBjYXB0aW9uOiBgRGUtc2VsZWN0aW9ucyBieSByZWFzb24gYW5kIG91dGNvbWUsICR7c3BhblRleHQocGVyaW9kLnN0YXJ0LCBwZXJpb2QuZW5kKX1gLFxuICAgIGhlYWQ6IFsnUmVhc29uJywgJ0RlLXNlbGVjdGVkJywgJ0RydWctZnJlZScsICdJbiB0cmVhdG1lbnQnLCAnRW1wbG95ZWQnLCAnTm90IGFzc2Vzc2VkJ10sXG4gICAgcm93czogZ3JvdXBzLm1hcCgoZywgaSkgPT4gKHsgbGFiZWw6IGcucmVhc29uID8gRU5EX1JFQVNPTl9MQUJFTFNbZy5yZWFzb25dIDogJ05vIHJlYXNvbiByZWNvcmRlZCcsIGNlbGxzOiB0LmNlbGxzW2ldIS5tYXAoY2VsbCkgfSkpLFxuICAgIHRvdGFsOiB7IGxhYmVsOiAnQWxsIGRlLXNlbGVjdGlvbnMnLCBjZWxsczogdC5jb2x1bW5Ub3RhbHMubWFwKGNlbGwpIH0sXG4gIH07XG4gIGNvbnN0IGZpZ3VyZXM6IFJlcG9ydEZpZ3VyZVtdID0gW1xuICAgIHsgaWQ6ICdkZXNlbGVjdGlvbnMtdGFibGUnLCB0aXRsZTogJ0RlLXNlbGVjdGlvbnMsIHRoZWlyIHJlYXNvbnMgYW5kIG91dGNvbWVzJywgY2hhcnQ6IG51bGwsIHRhYmxlLCBtZXRob2Q6IFsuLi5ERVNFTEVDVElPTl9NRVRIT0RdLCBleHRyYWN0RGF0ZTogZXh0cmFjdCB9LFxuICBdO1xuICBpZiAobmFtZWRMaXN0KSB7XG4gICAgZmlndXJlcy5wdXNoKHtcbiAgICAgIGlkOiAnZGVzZWxlY3Rpb25zLW5hbWVkJyxcbiAgICAgIHRpdGxlOiAnUGVvcGxlIGRlLXNlbGVjdGVkIChzdGFmZiByZXBvcnQpJyxcbiAgICAgIGNoYXJ0OiBudWxsLFxuICAgICAgdGFibGU6IHtcbiAgICAgICAgY2FwdGlvbjogJ1Blb3BsZSBkZS1zZWxlY3RlZCBpbiB0aGUgcGVyaW9kJyxcbiAgICAgICAgaGVhZDogWydQZXJzb24nLCAnUmVmZXJlbmNlJywgJ0xlZnQgb24nLCAnUmVhc29uJ10sXG4gICAgICAgIHJvd3M6IG5hbWVkTGlzdC5tYXAoKHApID0+ICh7IGxhYmVsOiBwLm5hbWUsIGNlbGxzOiBbZmlnKHAucmVmKSwgZmlnKGxvbmdEYXRlKHAuZW5kRGF0ZSkpLCBmaWcocC5yZWFzb24pXSB9KSksXG4gICAgICAgIHRvdGFsOiBudWxsLFxuICAgICAgfSxcbiAgICAgIG1ldGhvZDogWydPbmx5IHBlb3BsZSB5b3UgbWF5IHNlZSBhcmUgbGlzdGVkOyByZWFkaW5nIHRoaXMgbGlzdCBpcyByZWNvcmRlZCBpbiB0aGUgYXVkaXQgbG9nLiddLFxuICAgICAgZXh0cmFjdERhdGU6IGV4dHJhY3QsXG4gICAgfSk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBpZDogJ2Rlc2VsZWN0aW9ucycsXG4gICAgaGVhZGluZzogJ0RlLXNlbGVjdGlvbnMgYW5kIHRoZWlyIG91dGNvbWVzJyxcbiAgICBzdW1tYXJ5OiBbeyBsYWJlbDogJ0RlLXNlbGVjdGVkIGluIHRoZSBwZXJpb2QnLCB2YWx1ZTogY2VsbFRleHQodC5jb2x1bW5Ub3RhbHNbMF0hKSB9XSxcbiAgICBmaWd1cmVzLFxuICAgIHVuYXZhaWxhYmxlOiBudWxsLFxuICB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gY29ob3J0IHByb2ZpbGVcblxuZXhwb3J0IGludGVyZmFjZSBDb2hvcnRSb3cge1xuICBwZXJzb25JZDogbnVtYmVyO1xuICBkYXlzT25TY2hlbWU6IG51bWJlcjtcbiAgYmFzZWxpbmVDb252aWN0aW9uczogbnVtYmVyO1xuICBpbkN1c3RvZHk6IGJvb2xlYW47XG4gIC8qKiBUaGUgYXJlYSdzIG5hbWUsIG9yIGEgcGhyYXNlIGZvciBub25lLiAqL1xuICBhcmVhOiBzdHJpbmc7XG59XG5cbmZ1bmN0aW9uIGJhbmRzPFQ+KHJvd3M6IFRbXSwgZGVmczogeyBsYWJlbDogc3RyaW5nOyB0ZXN0OiAocjogVCkgPT4gYm9vbGVhbiB9W10pOiB7IGxhYmVsOiBzdHJpbmc7IG46IG51bWJlciB9W10ge1xuICByZXR1cm4gZGVmcy5tYXAoKGQpID0+ICh7IGxhYmVsOiBkLmxhYmVsLCBuOiByb3dzLmZpbHRlcihkLnRlc3QpLmxlbmd0aCB9KSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb2hvcnRTZWN0aW9uKHJvd3M6IENvaG9ydFJvd1tdLCBuYW1lZDogYm9vbGVhbiwgY29ob3J0RGF0ZTogSXNvRGF0ZSwgYmFzZWxpbmVZZWFyOiBQZXJmb3JtYW5jZVllYXIsIGV4dHJhY3Q6IHN0cmluZyB8IG51bGwpOiBSZXBvcnRTZWN0aW9uIHtcbiAgY29uc3QgeWVhcnMgPSBjb3VudFRhYmxlKFxuICAgIGBNZW1iZXJzIG9uICR7bG9uZ0RhdGUoY29ob3J0RGF0ZSl9IGJ5IHRpbWUgb24gdGhlIHNjaGVtZWAsXG4gICAgWydUaW1lIG9uIHRoZSBzY2hlbWUnLCAnTWVtYmVycyddLFxuICAgIGJhbmRzKHJvd3MsIFtcbiAgICAgIHsgbGFiZWw6ICdVbmRlciAxIHllYXInLCB0ZXN0OiAocikgPT4gci5kYXlzT25TY2hlbWUgPCAzNjUgfSxcbiAgICAgIHsgbGFiZWw6ICcxIHllYXIgdG8gdW5kZXIgMicsIHRlc3Q6IChyKSA9PiByLmRheXNPblNjaGVtZSA+PSAzNjUgJiYgci5kYXlzT25TY2hlbWUgPCA3MzAgfSxcbiAgICAgIHsgbGFiZWw6ICcyIHllYXJzIHRvIHVuZGVyIDMnLCB0ZXN0OiAocikgPT4gci5kYXlzT25TY2hlbWUgPj0gNzMwICYmIHIuZGF5c09uU2NoZW1lIDwgMTA5NSB9LFxuICAgICAgeyBsYWJlbDogJzMgeWVhcnMgb3IgbW9yZScsIHRlc3Q6IChyKSA9PiByLmRheXNPblNjaGVtZSA+PSAxMDk1IH0sXG4gICAgXSksXG4gICAgbmFtZWQsXG4gICk7XG4gIGNvbnN0IGNvbnZpY3Rpb25zID0gY291bnRUYWJsZShcbiAgICBgTWVtYmVycyBieSBjb252aWN0aW9ucyBpbiB0aGUgYmFzZWxpbmUgeWVhciAke2Jhc2VsaW5lWWVhci5sYWJlbH1gLFxuICAgIFsnQ29udmljdGlvbnMnLCAnTWVtYmVycyddLFxuICAgIGJhbmRzKHJvd3MsIFtcbiAgICAgIHsgbGFiZWw6ICdOb25lJywgdGVzdDogKHIpID0+IHIuYmFzZWxpbmVDb252aWN0aW9ucyA9PT0gMCB9LFxuICAgICAgeyBsYWJlbDogJzEgb3IgMicsIHRlc3Q6IChyKSA9PiByLmJhc2VsaW5lQ29udmljdGlvbnMgPj0gMSAmJiByLmJhc2VsaW5lQ29udmljdGlvbnMgPD0gMiB9LFxuICAgICAgeyBsYWJlbDogJzMgdG8gNScsIHRlc3Q6IChyKSA9PiByLmJhc2VsaW5lQ29udmljdGlvbnMgPj0gMyAmJiByLmJhc2VsaW5lQ29udmljdGlvbnMgPD0gNSB9LFxuICAgICAgeyBsYWJlbDogJzYgdG8gMTAnLCB0ZXN0OiAocikgPT4gci5iYXNlbGluZUNvbnZpY3Rpb25zID49IDYgJiYgci5iYXNlbGluZUNvbnZpY3Rpb25zIDw9IDEwIH0sXG4gICAgICB7IGxhYmVsOiAnMTEgb3IgbW9yZScsIHRlc3Q6IChyKSA9PiByLmJhc2VsaW5lQ29udmljdGlvbnMgPj0gMTEgfSxcbiAgICBdKSxcbiAgICBuYW1lZCxcbiAgKTtcbiAgY29uc3QgYmFsYW5jZSA9IGNvdW50VGFibGUoXG4gICAgYE1lbWJlcnMgaW4gdGhlIGNvbW11bml0eSBhbmQgaW4gY3VzdG9keSBvbiAke2xvbmdEYXRlKGNvaG9ydERhdGUpfWAsXG4gICAgWydXaGVyZScsICdNZW1iZXJzJ10sXG4gICAgW1xuICAgICAgeyBsYWJlbDogJ0luIHRoZSBjb21tdW5pdHknLCBuOiByb3dzLmZpbHRlcigocikgPT4gIXIuaW5DdXN0b2R5KS5sZW5ndGggfSxcbiAgICAgIHsgbGFiZWw6ICdJbiBjdXN0b2R5Jywgbjogcm93cy5maWx0ZXIoKHIpID0+IHIuaW5DdXN0b2R5KS5sZW5ndGggfSxcbiAgICBdLFxuICAgIG5hbWVkLFxuICApO1xuICBjb25zdCBhcmVhTmFtZXMgPSBbLi4ubmV3IFNldChyb3dzLm1hcCgocikgPT4gci5hcmVhKSldLnNvcnQoKGEsIGIpID0+IGEubG9jYWxlQ29tcGFyZShiKSk7XG4gIGNvbnN0IGFyZWFSb3dzID0gYXJlYU5hbWVzLm1hcCgoYSkgPT4gKHsgbGFiZWw6IGEsIG46IHJvd3MuZmlsdGVyKChyKSA9PiByLmFyZWEgPT09IGEpLmxlbmd0aCB9KSk7XG4gIGNvbnN0IGFyZWFzID0gY291bnRUYWJsZShgTWVtYmVycyBieSBhcmVhIG9mIHRoZWlyIGFkZHJlc3Mgb24gJHtsb25nRGF0ZShjb2hvcnREYXRlKX1gLCBbJ0FyZWEnLCAnTWVtYmVycyddLCBhcmVhUm93cywgbmFtZWQpO1xuICBjb25zdCBzaG93bkFyZWFzID0gYXJlYVJvd3MuZmlsdGVyKChfLCBpKSA9PiAhYXJlYXMudC5jZWxsc1tpXSFbMF0hLndpdGhoZWxkKTtcbiAgY29uc3Qgd2l0aGhlbGRBcmVhcyA9IGFyZWFSb3dzLmxlbmd0aCAtIHNob3duQXJlYXMubGVuZ3RoO1xuICBjb25zdCBhcmVhQ2hhcnQgPVxuICAgIHNob3duQXJlYXMubGVuZ3RoID4gMFxuICAgICAgPyBiYXJDaGFydCh7XG4gICAgICAgICAgaWQ6ICdyZXBvcnQtY29ob3J0LWFyZWFzJyxcbiAgICAgICAgICB0aXRsZTogYE1lbWJlcnMgYnkgYXJlYSwgJHtsb25nRGF0ZShjb2hvcnREYXRlKX1gLFxuICAgICAgICAgIGRlc2NyaXB0aW9uOiBgTWVtYmVycyBvZiB0aGUgY29ob3J0IGJ5IHRoZSBhcmVhIG9mIHRoZWlyIGFkZHJlc3MuJHt3aXRoaGVsZEFyZWFzID8gYCAke3dpdGhoZWxkQXJlYXN9IGFyZWEke3dpdGhoZWxkQXJlYXMgPT09IDEgPyAnIGlzJyA6ICdzIGFyZSd9IGxlZnQgb3V0IG9mIHRoZSBjaGFydDogJHtTVVBQUkVTU0VEfSBtZW1iZXJzLCBvciB3aXRoaGVsZCB0byBwcm90ZWN0IHN1Y2ggYSBjb3VudC5gIDogJyd9YCxcbiAgICAgICAgICBjYXRlZ29yaWVzOiBzaG93bkFyZWFzLm1hcCgoYSkgPT4gYS5sYWJlbCksXG4gICAgICAgICAgc2VyaWVzOiBbeyBuYW1lOiAnTWVtYmVycycsIHZhbHVlczogc2hvd25BcmVhcy5tYXAoKGEpID0+IGEubikgfV0sXG4gICAgICAgICAgeExhYmVsOiAnQXJlYScsXG4gICAgICAgICAgeUxhYmVsOiAnTWVtYmVycycsXG4gICAgICAgIH0pXG4gICAgICA6IG51bGw7XG4gIGNvbnN0IG5vdGUgPSAnU291cmNlczogbWVtYmVyc2hpcHMsIGN1c3RvZHkgcGVyaW9kcywgYWRkcmVzc2VzIGFuZCBjb252aWN0aW9ucy4nO1xuICBjb25zdCBmaWcxID0gKGlkOiBzdHJpbmcsIHRpdGxlOiBzdHJpbmcsIHRhYmxlOiBSZXBvcnRUYWJsZSwgbWV0aG9kOiBzdHJpbmcpOiBSZXBvcnRGaWd1cmUgPT4gKHsgaWQsIHRpdGxlLCBjaGFydDogbnVsbCwgdGFibGUsIG1ldGhvZDogW21ldGhvZCwgbm90ZV0sIGV4dHJhY3REYXRlOiBleHRyYWN0IH0pO1xuICByZXR1cm4ge1xuICAgIGlkOiAnY29ob3J0JyxcbiAgICBoZWFkaW5nOiAnVGhlIGNvaG9ydCcsXG4gICAgc3VtbWFyeTogW1xuICAgICAgeyBsYWJlbDogJ01lbWJlcnMgb24gdGhlIGNvaG9ydCBkYXRlJywgdmFsdWU6IGNvdW50Q2VsbChuYW1lZCwgcm93cy5sZW5ndGgpLnRleHQgfSxcbiAgICAgIHsgbGFiZWw6ICdDb2hvcnQgZGF0ZScsIHZhbHVlOiBsb25nRGF0ZShjb2hvcnREYXRlKSB9LFxuICAgIF0sXG4gICAgZmlndXJlczogW1xuICAgICAgZmlnMSgnY29ob3J0LXllYXJzJywgJ1llYXJzIG9uIHRoZSBzY2hlbWUnLCB5ZWFycy50YWJsZSwgJ1RpbWUgb24gdGhlIHNjaGVtZSBiZWZvcmUgdGhlIGNvaG9ydCBkYXRlLCBvdmVyIGFsbCBvZiBhIG1lbWJlclxcJ3Mgc3BhbnMgb24gaXQuJyksXG4gICAgICBmaWcxKCdjb2hvcnQtY29udmljdGlvbnMnLCAnQ29udmljdGlvbnMgaW4gdGhlIGJhc2VsaW5lIHllYXInLCBjb252aWN0aW9ucy50YWJsZSwgYE9mZmVuY2VzIHByb3ZlbiBieSBjb252aWN0aW9uIGNvbW1pdHRlZCBpbiAke2Jhc2VsaW5lWWVhci5sYWJlbH0gKCR7c3BhblRleHQoYmFzZWxpbmVZZWFyLnN0YXJ0LCBiYXNlbGluZVllYXIuZW5kKX0pLCBieSBvZmZlbmNlIGRhdGU7IGNhdXRpb25zIGFyZSBub3QgY291bnRlZC5gKSxcbiAgICAgIGZpZzEoJ2NvaG9ydC1iYWxhbmNlJywgJ0NvbW11bml0eSBhbmQgY3VzdG9keScsIGJhbGFuY2UudGFibGUsICdJbiBjdXN0b2R5OiBhIGN1c3RvZHkgcGVyaW9kIChyZW1hbmQgb3Igc2VudGVuY2UpIGNvdmVyaW5nIHRoZSBjb2hvcnQgZGF0ZS4nKSxcbiAgICAgIHtcbiAgICAgICAgaWQ6ICdjb2hvcnQtYXJlYXMnLFxuICAgICAgICB0aXRsZTogJ1NwcmVhZCBieSBhcmVhJyxcbiAgICAgICAgY2hhcnQ6IGFyZWFDaGFydCA/IHsgaWQ6ICdyZXBvcnQtY29ob3J0LWFyZWFzJywgdGl0bGU6IGBNZW1iZXJzIGJ5IGFyZWEsICR7bG9uZ0RhdGUoY29ob3J0RGF0ZSl9YCwgZGVzY3JpcHRpb246ICdCYXJzOiBtZW1iZXJzIGluIGVhY2ggYXJlYSwgbGFiZWxsZWQgd2l0aCB0aGUgY291bnQuJywgc3ZnOiBhcmVhQ2hhcnQgfSA6IG51bGwsXG4gICAgICAgIHRhYmxlOiBhcmVhcy50YWJsZSxcbiAgICAgICAgbWV0aG9kOiBbJ1RoZSBhcmVhIG9mIHRoZSBhZGRyZXNzIHRoZSBwZXJzb24gbGl2ZWQgYXQgb24gdGhlIGNvaG9ydCBkYXRlICh0aGUgbGF0ZXN0IGFkZHJlc3Mgc3RhcnRpbmcgb24gb3IgYmVmb3JlIGl0KSwgYnkgaXRzIG5hbWU7IGFkZHJlc3NlcyBvdXRzaWRlIHRoZSBwYXJ0bmVyc2hpcFxcJ3MgYXJlYXMgYXJlIGNvdW50ZWQgdG9nZXRoZXIuJywgbm90ZV0sXG4gICAgICAgIGV4dHJhY3REYXRlOiBleHRyYWN0LFxuICAgICAgfSxcbiAgICBdLFxuICAgIHVuYXZhaWxhYmxlOiByb3dzLmxlbmd0aCA9PT0gMCA/ICdUaGUgc2NoZW1lIGhhZCBubyBtZW1iZXJzIG9uIHRoZSBjb2hvcnQgZGF0ZS4nIDogbnVsbCxcbiAgfTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIE5JMzhcblxuZXhwb3J0IGZ1bmN0aW9uIG5pMzhTZWN0aW9uKHI6IE5pMzhSZXBvcnQsIG5hbWVkOiBib29sZWFuLCBuYW1lczogeyByZWY6IHN0cmluZzsgbmFtZTogc3RyaW5nOyBhY3R1YWw6IG51bWJlcjsgcHJlZGljdGVkOiBudW1iZXIgfVtdIHwgbnVsbCk6IFJlcG9ydFNlY3Rpb24ge1xuICBjb25zdCBleHRyYWN0ID0gbnVsbDtcbiAgY29uc3QgdGFibGU6IFJlcG9ydFRhYmxlID0ge1xuICAgIGNhcHRpb246IGBOSTM4IGNvaG9ydCBpZGVudGlmaWVkICR7c3BhblRleHQoci5mcm9tLCBhZGREYXlzKHIudG8sIDEpKX1gLFxuICAgIGhlYWQ6IFsnRmlndXJlJywgJ1ZhbHVlJ10sXG4gICAgcm93czogW1xuICAgICAgeyBsYWJlbDogJ0NvaG9ydCAoZHJ1Zy1taXN1c2luZyBvZmZlbmRlcnMgaWRlbnRpZmllZCknLCBjZWxsczogW2NvdW50Q2VsbChuYW1lZCwgci5jb2hvcnRTaXplKV0gfSxcbiAgICAgIHsgbGFiZWw6ICdBY3R1YWwgcHJvdmVuIG9mZmVuY2VzJywgY2VsbHM6IFtmaWcoU3RyaW5nKHIuYWN0dWFsKSwgci5hY3R1YWwpXSB9LFxuICAgICAgeyBsYWJlbDogJ1ByZWRpY3RlZCBvZmZlbmNlcycsIGNlbGxzOiBbZmlnKGRlYyhyLnByZWRpY3RlZCksIHIucHJlZGljdGVkKV0gfSxcbiAgICAgIHsgbGFiZWw6ICdBY3R1YWwgXHUwMEY3IHByZWRpY3RlZCcsIGNlbGxzOiBbZmlnKGRlYyhyLnJhdGlvLCAzKSwgci5yYXRpbyldIH0sXG4gICAgICB7IGxhYmVsOiAnQ29udHJpYnV0b3JzIChwZW9wbGUgd2hvc2UgZXhjZXNzIGFjY291bnRzIGZvciB0aGUgZGlmZmVyZW5jZSknLCBjZWxsczogW2NvdW50Q2VsbChuYW1lZCwgci5jb250cmlidXRvckNvdW50KV0gfSxcbiAgICBdLFxuICAgIHRvdGFsOiBudWxsLFxuICB9O1xuICBjb25zdCBmaWd1cmVzOiBSZXBvcnRGaWd1cmVbXSA9IFt7IGlkOiAnbmkzOC1maWd1cmVzJywgdGl0bGU6ICdOSTM4IGFnYWluc3QgdGhlIHByZWRpY3Rpb24nLCBjaGFydDogbnVsbCwgdGFibGUsIG1ldGhvZDogci5tZXRob2QsIGV4dHJhY3REYXRlOiBleHRyYWN0IH1dO1xuICBpZiAobmFtZXMgJiYgbmFtZXMubGVuZ3RoKSB7XG4gICAgZmlndXJlcy5wdXNoKHtcbiAgICAgIGlkOiAnbmkzOC1jb250cmlidXRvcnMnLFxuICAgICAgdGl0bGU6ICdDb250cmlidXRvcnMgYnkgbmFtZSAoc3RhZmYgcmVwb3J0KScsXG4gICAgICBjaGFydDogbnVsbCxcbiAgICAgIHRhYmxlOiB7XG4gICAgICAgIGNhcHRpb246ICdOSTM4IGNvbnRyaWJ1dG9ycycsXG4gICAgICAgIGhlYWQ6IFsnUGVyc29uJywgJ1JlZmVyZW5jZScsICdBY3R1YWwnLCAnUHJlZGljdGVkJ10sXG4gICAgICAgIHJvd3M6IG5hbWVzLm1hcCgobikgPT4gKHsgbGFiZWw6IG4ubmFtZSwgY2VsbHM6IFtmaWcobi5yZWYpLCBmaWcoU3RyaW5nKG4uYWN0dWFsKSwgbi5hY3R1YWwpLCBmaWcoZGVjKG4ucHJlZGljdGVkKSwgbi5wcmVkaWN0ZWQpXSB9KSksXG4gICAgICAgIHRvdGFsOiBudWxsLFxuICAgICAgfSxcbiAgICAgIG1ldGhvZDogWydOYW1lZCBvbmx5IHRvIHN0YWZmIHdobyBtYXkgc2VlIGRydWcgdGVzdHMsIGFuZCBvbmx5IHBlb3BsZSB0aGV5IG1heSBzZWU7IHJlYWRpbmcgdGhlIG5hbWVzIGlzIHJlY29yZGVkIGluIHRoZSBhdWRpdCBsb2cuJ10sXG4gICAgICBleHRyYWN0RGF0ZTogZXh0cmFjdCxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4ge1xuICAgIGlkOiAnbmkzOCcsXG4gICAgaGVhZGluZzogJ05JMzg6IGRydWctbWlzdXNpbmcgb2ZmZW5kZXJzJyxcbiAgICBzdW1tYXJ5OiBbXG4gICAgICB7IGxhYmVsOiAnQ29udHJpYnV0b3JzJywgdmFsdWU6IGNvdW50Q2VsbChuYW1lZCwgci5jb250cmlidXRvckNvdW50KS50ZXh0IH0sXG4gICAgICAuLi4oci5uYW1lc1dpdGhoZWxkID8gW3sgbGFiZWw6ICdOYW1lcycsIHZhbHVlOiByLm5hbWVzV2l0aGhlbGQgfV0gOiBuYW1lZCA/IFtdIDogW3sgbGFiZWw6ICdOYW1lcycsIHZhbHVlOiAnTm90IGluIGEgYm9hcmQgcmVwb3J0OiBhIGNvdW50IG9ubHkuJyB9XSksXG4gICAgXSxcbiAgICBmaWd1cmVzLFxuICAgIHVuYXZhaWxhYmxlOiBudWxsLFxuICB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gRFJSXG5cbi8qKlxuICogRFJSIGZyb20gdGhlIHllYXIncyBmaWd1cmVzIHdpdGggZXZlcnkgY291bnQgKHRoZSByZXBvcnQgc2VydmljZSBhc2tzIGZvclxuICogdGhlbSB3aG9sZSksIHN1cHByZXNzZWQgaGVyZSBmb3IgdGhlIGJvYXJkOiB0aGUgcXVhcnRlcnMgYXJlIHJvd3MsIGVhY2hcbiAqIG1lYXN1cmUgYSBjb2x1bW4gd2l0aCB0aGUgeWVhcidzIGNvdW50IGFzIGl0cyB0b3RhbC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyclNlY3Rpb24oZjogRHJyRmlndXJlcywgbmFtZWQ6IGJvb2xlYW4sIHVwVG86IDEgfCAyIHwgMyB8IDQsIGV4dHJhY3Q6IHN0cmluZyB8IG51bGwpOiBSZXBvcnRTZWN0aW9uIHtcbiAgY29uc3QgcXVhcnRlcnMgPSBmLnF1YXJ0ZXJzLmZpbHRlcigocSkgPT4gcS5xdWFydGVyIDw9IHVwVG8pO1xuICBjb25zdCBrZXlzID0gWydzdGFydHMnLCAnY29tcGxldGlvbnMnLCAnZWFybHlUZXJtaW5hdGlvbnMnLCAnb3RoZXJFbmRzJ10gYXMgY29uc3Q7XG4gIGNvbnN0IG1hdHJpeCA9IHF1YXJ0ZXJzLm1hcCgocSkgPT4ga2V5cy5tYXAoKGspID0+IHFba10gPz8gMCkpO1xuICAvLyBFYWNoIGNvdW50IGZhbGxzIGluIG9uZSBxdWFydGVyLCBzbyB0aGUgY29sdW1uIHRvdGFscyBhcmUgdGhlIHllYXIncyBjb3VudHMgKG9yIHRoZSB5ZWFyIHRvIGRhdGUpLlxuICBjb25zdCB0ID0gdGFibGVGb3IobmFtZWQsIG1hdHJpeCwgeyByb3dUb3RhbHM6IGZhbHNlLCBjb2x1bW5Ub3RhbHM6IHRydWUgfSk7XG4gIGNvbnN0IHRhYmxlOiBSZXBvcnRUYWJsZSA9IHtcbiAgICBjYXB0aW9uOiBgRFJSIHN0YXJ0cyBhbmQgY29tcGxldGlvbnMsICR7Zi55ZWFyfSR7dXBUbyA8IDQgPyBgLCBxdWFydGVycyAxIHRvICR7dXBUb31gIDogJyd9YCxcbiAgICBoZWFkOiBbJ1F1YXJ0ZXInLCAnU3RhcnRzJywgJ0NvbXBsZXRpb25zJywgJ0Vhcmx5IHRlcm1pbmF0aW9ucycsICdFbmRlZCBvdGhlcndpc2UnXSxcbiAgICByb3dzOiBxdWFydGVycy5tYXAoKHEsIGkpID0+ICh7IGxhYmVsOiBgUSR7cS5xdWFydGVyfSAoJHtzcGFuVGV4dChxLnN0YXJ0LCBxLmVuZCl9KWAsIGNlbGxzOiB0LmNlbGxzW2ldIS5tYXAoY2VsbCkgfSkpLFxuICAgIHRvdGFsOiB7IGxhYmVsOiB1cFRvID09PSA0ID8gJ1llYXInIDogJ1llYXIgdG8gZGF0ZScsIGNlbGxzOiB0LmNvbHVtblRvdGFscy5tYXAoY2VsbCkgfSxcbiAgfTtcbiAgY29uc3QgY2FuQ2hhcnQgPSAhdC5zdXBwcmVzc2VkO1xuICBjb25zdCBsaW5lcyA9IGYudGFyZ2V0ID8gW3sgbmFtZTogJ1RhcmdldCBvZiBzdGFydHMgYSBxdWFydGVyJywgdmFsdWU6IGYudGFyZ2V0LnN0YXJ0cyAvIDQgfSwgLi4uKGYudGFyZ2V0LmNvbXBsZXRpb25zICE9PSBudWxsID8gW3sgbmFtZTogJ1RhcmdldCBvZiBjb21wbGV0aW9ucyBhIHF1YXJ0ZXInLCB2YWx1ZTogZi50YXJnZXQuY29tcGxldGlvbnMgLyA0IH1dIDogW10pXSA6IFtdO1xuICBjb25zdCBjaGFydCA9IGNhbkNoYXJ0XG4gICAgPyBiYXJDaGFydCh7XG4gICAgICAgIGlkOiAncmVwb3J0LWRycicsXG4gICAgICAgIHRpdGxlOiBgRFJSIHN0YXJ0cyBhbmQgY29tcGxldGlvbnMgYSBxdWFydGVyLCAke2YueWVhcn1gLFxuICAgICAgICBkZXNjcmlwdGlvbjogXCJTdGFydHMgYW5kIGNvbXBsZXRpb25zIGVhY2ggcXVhcnRlciBhZ2FpbnN0IGEgcXVhcnRlciBvZiB0aGUgeWVhcidzIHRhcmdldC5cIixcbiAgICAgICAgY2F0ZWdvcmllczogcXVhcnRlcnMubWFwKChxKSA9PiBgUSR7cS5xdWFydGVyfWApLFxuICAgICAgICBzZXJpZXM6IFtcbiAgICAgICAgICB7IG5hbWU6ICdTdGFydHMnLCB2YWx1ZXM6IHF1YXJ0ZXJzLm1hcCgocSkgPT4gcS5zdGFydHMgPz8gMCkgfSxcbiAgICAgICAgICB7IG5hbWU6ICdDb21wbGV0aW9ucycsIHZhbHVlczogcXVhcnRlcnMubWFwKChxKSA9PiBxLmNvbXBsZXRpb25zID8/IDApIH0sXG4gICAgICAgIF0sXG4gICAgICAgIGxpbmVzLFxuICAgICAgICB4TGFiZWw6IGBRdWFydGVyIG9mICR7Zi55ZWFyfWAsXG4gICAgICAgIHlMYWJlbDogJ0RSUiBvcmRlcnMnLFxuICAgICAgfSlcbiAgICA6IG51bGw7XG4gIGNvbnN0IHN1bVNob3duID0gKGs6ICdzdGFydHMnIHwgJ2NvbXBsZXRpb25zJykgPT4ge1xuICAgIGNvbnN0IGogPSBrZXlzLmluZGV4T2Yoayk7XG4gICAgcmV0dXJuIHQuY29sdW1uVG90YWxzW2pdIS53aXRoaGVsZCA/IG51bGwgOiB0LmNvbHVtblRvdGFsc1tqXSEudmFsdWU7XG4gIH07XG4gIGNvbnN0IGFnYWluc3QgPSAoazogJ3N0YXJ0cycgfCAnY29tcGxldGlvbnMnLCB0YXJnZXQ6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQpID0+IHtcbiAgICBjb25zdCBuID0gc3VtU2hvd24oayk7XG4gICAgcmV0dXJuIG4gPT09IG51bGwgfHwgIXRhcmdldCA/ICdcdTIwMTMnIDogcGN0KG4gLyB0YXJnZXQpO1xuICB9O1xuICByZXR1cm4ge1xuICAgIGlkOiAnZHJyJyxcbiAgICBoZWFkaW5nOiAnRHJ1ZyBSZWhhYmlsaXRhdGlvbiBSZXF1aXJlbWVudHMnLFxuICAgIHN1bW1hcnk6IFtcbiAgICAgIHsgbGFiZWw6ICdUYXJnZXQnLCB2YWx1ZTogZi50YXJnZXQgPyBgJHtmLnRhcmdldC5zdGFydHN9IHN0YXJ0cyR7Zi50YXJnZXQuY29tcGxldGlvbnMgPT09IG51bGwgPyAnJyA6IGAsICR7Zi50YXJnZXQuY29tcGxldGlvbnN9IGNvbXBsZXRpb25zYH1gIDogJ05vbmUgc2V0IGZvciB0aGlzIHllYXInIH0sXG4gICAgICB7IGxhYmVsOiB1cFRvIDwgNCA/ICdTdGFydHMgdG8gZGF0ZSBhZ2FpbnN0IHRoZSB5ZWFyXFwncyB0YXJnZXQnIDogJ1N0YXJ0cyBhZ2FpbnN0IHRhcmdldCcsIHZhbHVlOiBhZ2FpbnN0KCdzdGFydHMnLCBmLnRhcmdldD8uc3RhcnRzKSB9LFxuICAgICAgeyBsYWJlbDogdXBUbyA8IDQgPyAnQ29tcGxldGlvbnMgdG8gZGF0ZSBhZ2FpbnN0IHRoZSB5ZWFyXFwncyB0YXJnZXQnIDogJ0NvbXBsZXRpb25zIGFnYWluc3QgdGFyZ2V0JywgdmFsdWU6IGFnYWluc3QoJ2NvbXBsZXRpb25zJywgZi50YXJnZXQ/LmNvbXBsZXRpb25zKSB9LFxuICAgICAgLi4uKHVwVG8gPT09IDQgPyBbeyBsYWJlbDogJ0NvbXBsZXRpb24gcmF0ZScsIHZhbHVlOiBuYW1lZCB8fCAhdC5zdXBwcmVzc2VkID8gcGN0KGYuY29tcGxldGlvblJhdGUpIDogJ3dpdGhoZWxkJyB9XSA6IFtdKSxcbiAgICBdLFxuICAgIGZpZ3VyZXM6IFtcbiAgICAgIHtcbiAgICAgICAgaWQ6ICdkcnItcXVhcnRlcnMnLFxuICAgICAgICB0aXRsZTogJ1N0YXJ0cyBhbmQgY29tcGxldGlvbnMgYWdhaW5zdCB0YXJnZXQnLFxuICAgICAgICBjaGFydDogY2hhcnQgPyB7IGlkOiAncmVwb3J0LWRycicsIHRpdGxlOiBgRFJSIHN0YXJ0cyBhbmQgY29tcGxldGlvbnMgYSBxdWFydGVyLCAke2YueWVhcn1gLCBkZXNjcmlwdGlvbjogJ1BhdHRlcm5lZCBiYXJzOiBzdGFydHMgYW5kIGNvbXBsZXRpb25zLiBEYXNoZWQgbGluZXM6IGEgcXVhcnRlciBvZiB0aGUgdGFyZ2V0cy4nLCBzdmc6IGNoYXJ0IH0gOiBudWxsLFxuICAgICAgICB0YWJsZSxcbiAgICAgICAgbWV0aG9kOiBbZi5tZXRob2QsIC4uLihjYW5DaGFydCA/IFtdIDogW2BObyBjaGFydDogc29tZSBjb3VudHMgYXJlIHdpdGhoZWxkICgke1NVUFBSRVNTRUR9LCBvciB0byBwcm90ZWN0IHN1Y2ggYSBjb3VudCkuYF0pXSxcbiAgICAgICAgZXh0cmFjdERhdGU6IGV4dHJhY3QsXG4gICAgICB9LFxuICAgIF0sXG4gICAgdW5hdmFpbGFibGU6IG51bGwsXG4gIH07XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBkaXNwcm9wb3J0aW9uYWxpdHlcblxuZXhwb3J0IGZ1bmN0aW9uIGRpc3Byb3BvcnRpb25hbGl0eVNlY3Rpb24oZDogRGlzcHJvcG9ydGlvbmFsaXR5IHwgbnVsbCwgbmFtZWQ6IGJvb2xlYW4sIHJ1bjogeyBpZDogbnVtYmVyOyBhc09mOiBJc29EYXRlOyBjcmVhdGVkQXQ6IHN0cmluZyB9IHwgbnVsbCk6IFJlcG9ydFNlY3Rpb24ge1xuICBpZiAoIWQgfHwgIXJ1bikgcmV0dXJuIHsgaWQ6ICdkaXNwcm9wb3J0aW9uYWxpdHknLCBoZWFkaW5nOiAnRGlzcHJvcG9ydGlvbmFsaXR5IGluIHNlbGVjdGlvbicsIHN1bW1hcnk6IFtdLCBmaWd1cmVzOiBbXSwgdW5hdmFpbGFibGU6ICdObyBzZWxlY3Rpb24gcnVuIGZvciB0aGlzIHNjaGVtZSBvbiBvciBiZWZvcmUgdGhlIGVuZCBvZiB0aGUgcGVyaW9kLicgfTtcbiAgY29uc3QgZGltczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgZXRobmljaXR5OiAnRXRobmljaXR5Jywgc2V4OiAnU2V4JywgYWdlX2JhbmQ6ICdBZ2UgYmFuZCcgfTtcbiAgY29uc3QgZmlndXJlczogUmVwb3J0RmlndXJlW10gPSBkLmRpbWVuc2lvbnMubWFwKChkaW0pID0+IHtcbiAgICBjb25zdCB0ID0gdGFibGVGb3IobmFtZWQsIGRpbS5ncm91cHMubWFwKChnKSA9PiBbZy5wb29sLCBnLnNlbGVjdGVkXSksIHsgcm93VG90YWxzOiBmYWxzZSwgY29sdW1uVG90YWxzOiB0cnVlIH0pO1xuICAgIHJldHVybiB7XG4gICAgICBpZDogYGRpc3Byb3BvcnRpb25hbGl0eS0ke2RpbS5kaW1lbnNpb259YCxcbiAgICAgIHRpdGxlOiBgU2VsZWN0aW9uIGJ5ICR7ZGltc1tkaW0uZGltZW5zaW9uXSEudG9Mb3dlckNhc2UoKX1gLFxuICAgICAgY2hhcnQ6IG51bGwsXG4gICAgICB0YWJsZToge1xuICAgICAgICBjYXB0aW9uOiBgUG9vbCBhbmQgc2VsZWN0ZWQgYnkgJHtkaW1zW2RpbS5kaW1lbnNpb25dIS50b0xvd2VyQ2FzZSgpfSAocmVmZXJlbmNlIGdyb3VwOiAke2RpbS5yZWZlcmVuY2UgPz8gJ25vbmUnfSlgLFxuICAgICAgICBoZWFkOiBbZGltc1tkaW0uZGltZW5zaW9uXSEsICdJbiB0aGUgcG9vbCcsICdTZWxlY3RlZCcsICdTZWxlY3Rpb24gcmF0ZScsICdSYXRpbyB0byBvdmVyYWxsJywgJ1JhdGlvIHRvIHJlZmVyZW5jZSddLFxuICAgICAgICByb3dzOiBkaW0uZ3JvdXBzLm1hcCgoZywgaSkgPT4ge1xuICAgICAgICAgIGNvbnN0IGhpZGRlbiA9IHQuY2VsbHNbaV0hLnNvbWUoKGMpID0+IGMud2l0aGhlbGQpIHx8IGlzU2hhcmVXaXRoaGVsZChuYW1lZCwgZy5zZWxlY3RlZCwgZy5wb29sKTtcbiAgICAgICAgICBjb25zdCB3ID0gKHRleHQ6IHN0cmluZywgdjogbnVtYmVyIHwgbnVsbCk6IFJlcG9ydENlbGwgPT4gKGhpZGRlbiA/IHsgdGV4dDogJ3dpdGhoZWxkJywgdmFsdWU6IG51bGwsIHdpdGhoZWxkOiAnc2Vjb25kYXJ5JyB9IDogZmlnKHRleHQsIHYpKTtcbiAgICAgICAgICByZXR1cm4geyBsYWJlbDogZy5ncm91cCwgY2VsbHM6IFtjZWxsKHQuY2VsbHNbaV0hWzBdISksIGNlbGwodC5jZWxsc1tpXSFbMV0hKSwgdyhwY3QoZy5yYXRlKSwgZy5yYXRlKSwgdyhkZWMoZy5yYXRpb1RvT3ZlcmFsbCksIGcucmF0aW9Ub092ZXJhbGwpLCB3KGRlYyhnLnJhdGlvVG9SZWZlcmVuY2UpLCBnLnJhdGlvVG9SZWZlcmVuY2UpXSB9O1xuICAgICAgICB9KSxcbiAgICAgICAgdG90YWw6IHsgbGFiZWw6ICdFdmVyeW9uZScsIGNlbGxzOiBbY2VsbCh0LmNvbHVtblRvdGFsc1swXSEpLCBjZWxsKHQuY29sdW1uVG90YWxzWzFdISksIGZpZyhwY3QoZC5vdmVyYWxsUmF0ZSksIGQub3ZlcmFsbFJhdGUpLCBmaWcoJzEuMDAnLCAxKSwgZmlnKCcnKV0gfSxcbiAgICAgIH0sXG4gICAgICBtZXRob2Q6IFtcbiAgICAgICAgJ0Zyb20gdGhlIGxhdGVzdCBzZWxlY3Rpb24gcnVuIG9mIHRoZSBzY2hlbWUgb24gb3IgYmVmb3JlIHRoZSBlbmQgb2YgdGhlIHBlcmlvZDogZXZlcnlvbmUgaW4gdGhlIHBvb2wsIGFuZCB0aG9zZSBzZWxlY3RlZCAobWVtYmVycyBrZXB0IGFuZCBwcm9wb3NlZCBzZWxlY3Rpb25zKS4nLFxuICAgICAgICAnU2VsZWN0aW9uIHJhdGUgPSBzZWxlY3RlZCBcdTAwRjcgcG9vbCBmb3IgZWFjaCBncm91cDsgdGhlIHJhdGlvIHRvIG92ZXJhbGwgZGl2aWRlcyBpdCBieSB0aGUgcmF0ZSBvdmVyIGV2ZXJ5b25lLCB0aGUgcmF0aW8gdG8gcmVmZXJlbmNlIGJ5IHRoZSByYXRlIG9mIHRoZSBsYXJnZXN0IGdyb3VwLiBBIHJhdGlvIHdlbGwgYWJvdmUgMSBhc2tzIHdoZXRoZXIgdGhlIG1hdHJpeCBiZWFycyBoYXJkZXIgb24gdGhhdCBncm91cC4nLFxuICAgICAgICBgUnVuICR7cnVuLmlkfSwgc2NvcmVkIGFzIG9mICR7bG9uZ0RhdGUocnVuLmFzT2YpfSAocnVuIG9uICR7d2hlbihydW4uY3JlYXRlZEF0KX0pLmAsXG4gICAgICAgIC4uLihuYW1lZCA/IFtdIDogWydBIHJhdGUgaXMgd2l0aGhlbGQgd2l0aCBpdHMgY291bnRzIHdoZW4gYSBncm91cCwgb3IgdGhvc2Ugc2VsZWN0ZWQgb3Igbm90IHNlbGVjdGVkIGluIGl0LCBudW1iZXIgZmV3ZXIgdGhhbiA1LiddKSxcbiAgICAgIF0sXG4gICAgICBleHRyYWN0RGF0ZTogcnVuLmFzT2YsXG4gICAgfTtcbiAgfSk7XG4gIHJldHVybiB7XG4gICAgaWQ6ICdkaXNwcm9wb3J0aW9uYWxpdHknLFxuICAgIGhlYWRpbmc6ICdEaXNwcm9wb3J0aW9uYWxpdHkgaW4gc2VsZWN0aW9uJyxcbiAgICBzdW1tYXJ5OiBbXG4gICAgICB7IGxhYmVsOiAnUG9vbCcsIHZhbHVlOiBjb3VudENlbGwobmFtZWQsIGQucG9vbCkudGV4dCB9LFxuICAgICAgeyBsYWJlbDogJ092ZXJhbGwgc2VsZWN0aW9uIHJhdGUnLCB2YWx1ZTogcGN0KGQub3ZlcmFsbFJhdGUpIH0sXG4gICAgXSxcbiAgICBmaWd1cmVzLFxuICAgIHVuYXZhaWxhYmxlOiBudWxsLFxuICB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gUHJlbWl1bSBTZXJ2aWNlIGFuZCBOSTE4XG5cbmV4cG9ydCBmdW5jdGlvbiBwcmVtaXVtU2VydmljZVNlY3Rpb24ocjogUHJlbWl1bVNlcnZpY2VSZXBvcnQsIG5hbWVkOiBib29sZWFuLCB1cFRvOiAxIHwgMiB8IDMgfCA0KTogUmVwb3J0U2VjdGlvbiB7XG4gIGNvbnN0IHF1YXJ0ZXJzID0gci5xdWFydGVycy5maWx0ZXIoKHEpID0+IHEucXVhcnRlciA8PSB1cFRvKTtcbiAgLy8gVGhlIHllYXIncyBjYXNlcyBhcmUgdGhlIHF1YXJ0ZXJzJyBzdW06IGEgc21hbGwgcXVhcnRlciBoaWRkZW4gYmVzaWRlIGEgc2hvd25cbiAgLy8gdG90YWwgY291bGQgYmUgd29ya2VkIGJhY2ssIHNvIGVhY2ggZ3JvdXAncyBxdWFydGVycyBhbmQgdG90YWwgYXJlIHN1cHByZXNzZWRcbiAgLy8gdG9nZXRoZXIgKHNlY29uZGFyeSBzdXBwcmVzc2lvbiksIGFuZCBhIGhpZGRlbiBjb3VudCBoaWRlcyBpdHMgbWVkaWFucyB0b28uXG4gIGNvbnN0IHdpdGhUb3RhbCA9IHVwVG8gPT09IDQ7XG4gIGNvbnN0IGNvbHVtbiA9IChncm91cDogJ21lbWJlcnMnIHwgJ290aGVycycpID0+IHtcbiAgICBjb25zdCBjb3VudHMgPSBxdWFydGVycy5tYXAoKHEpID0+IHFbZ3JvdXBdLmNhc2VzKTtcbiAgICBjb25zdCBzaG93biA9IHN1cHByZXNzUm93KG5hbWVkLCBjb3VudHMsIHdpdGhUb3RhbCA/IHIud2hvbGVZZWFyW2dyb3VwXS5jYXNlcyA6IGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSk7XG4gICAgcmV0dXJuIHsgY2VsbHM6IHNob3duLmNlbGxzLCB0b3RhbDogd2l0aFRvdGFsID8gc2hvd24udG90YWwgOiBudWxsIH07XG4gIH07XG4gIGNvbnN0IHNob3duTWVtYmVycyA9IGNvbHVtbignbWVtYmVycycpO1xuICBjb25zdCBzaG93bk90aGVycyA9IGNvbHVtbignb3RoZXJzJyk7XG4gIGNvbnN0IGRheXMgPSAoczogRGF5c1N1bW1hcnksIHNob3duQ2FzZXM6IG51bWJlciB8IG51bGwpOiBSZXBvcnRDZWxsW10gPT4ge1xuICAgIGlmIChzaG93bkNhc2VzID09PSBudWxsICYmICFuYW1lZCkge1xuICAgICAgY29uc3Qga2luZCA9IGlzU21hbGxDb3VudChzLmNhc2VzKSA/ICdzbWFsbCcgOiAnc2Vjb25kYXJ5JztcbiAgICAgIGNvbnN0IGhpZGRlbjogUmVwb3J0Q2VsbCA9IHsgdGV4dDogJ3dpdGhoZWxkJywgdmFsdWU6IG51bGwsIHdpdGhoZWxkOiAnc2Vjb25kYXJ5JyB9O1xuICAgICAgcmV0dXJuIFtraW5kID09PSAnc21hbGwnID8gY291bnRDZWxsKGZhbHNlLCBzLmNhc2VzKSA6IGhpZGRlbiwgaGlkZGVuLCBoaWRkZW5dO1xuICAgIH1cbiAgICByZXR1cm4gW2NvdW50Q2VsbChuYW1lZCwgcy5jYXNlcyksIGZpZyhzLm1lZGlhbkRheXMgPT09IG51bGwgPyAnXHUyMDEzJyA6IGRlYyhzLm1lZGlhbkRheXMsIDApLCBzLm1lZGlhbkRheXMpLCBmaWcocy5wOTBEYXlzID09PSBudWxsID8gJ1x1MjAxMycgOiBkZWMocy5wOTBEYXlzLCAwKSwgcy5wOTBEYXlzKV07XG4gIH07XG4gIGNvbnN0IHRhYmxlOiBSZXBvcnRUYWJsZSA9IHtcbiAgICBjYXB0aW9uOiBgRGF5cyBmcm9tIGNoYXJnZSB0byBkaXNwb3NhbCwgJHtyLnNjaGVtZS5jb2RlfSBtZW1iZXJzIGFnYWluc3QgZXZlcnlvbmUgZWxzZSwgJHtyLnllYXJ9YCxcbiAgICBoZWFkOiBbJ1F1YXJ0ZXInLCAnTWVtYmVyczogY2FzZXMnLCAnTWVtYmVyczogbWVkaWFuIGRheXMnLCAnTWVtYmVyczogOTB0aCBwZXJjZW50aWxlJywgJ090aGVyczogY2FzZXMnLCAnT3RoZXJzOiBtZWRpYW4gZGF5cycsICdPdGhlcnM6IDkwdGggcGVyY2VudGlsZSddLFxuICAgIHJvd3M6IHF1YXJ0ZXJzLm1hcCgocSwgaSkgPT4gKHsgbGFiZWw6IGBRJHtxLnF1YXJ0ZXJ9YCwgY2VsbHM6IFsuLi5kYXlzKHEubWVtYmVycywgc2hvd25NZW1iZXJzLmNlbGxzW2ldISksIC4uLmRheXMocS5vdGhlcnMsIHNob3duT3RoZXJzLmNlbGxzW2ldISldIH0pKSxcbiAgICB0b3RhbDogd2l0aFRvdGFsID8geyBsYWJlbDogJ1llYXInLCBjZWxsczogWy4uLmRheXMoci53aG9sZVllYXIubWVtYmVycywgc2hvd25NZW1iZXJzLnRvdGFsKSwgLi4uZGF5cyhyLndob2xlWWVhci5vdGhlcnMsIHNob3duT3RoZXJzLnRvdGFsKV0gfSA6IG51bGwsXG4gIH07XG4gIGNvbnN0IGNoYXJ0YWJsZSA9IHF1YXJ0ZXJzLmV2ZXJ5KChxKSA9PiBxLm1lbWJlcnMubWVkaWFuRGF5cyAhPT0gbnVsbCAmJiBxLm90aGVycy5tZWRpYW5EYXlzICE9PSBudWxsICYmIChuYW1lZCB8fCAoIWlzU21hbGxDb3VudChxLm1lbWJlcnMuY2FzZXMpICYmICFpc1NtYWxsQ291bnQocS5vdGhlcnMuY2FzZXMpKSkpO1xuICBjb25zdCBzdmcgPSBjaGFydGFibGVcbiAgICA/IGJhckNoYXJ0KHtcbiAgICAgICAgaWQ6ICdyZXBvcnQtcHJlbWl1bScsXG4gICAgICAgIHRpdGxlOiBgTWVkaWFuIGRheXMgZnJvbSBjaGFyZ2UgdG8gZGlzcG9zYWwsICR7ci5zY2hlbWUuY29kZX0gJHtyLnllYXJ9YCxcbiAgICAgICAgZGVzY3JpcHRpb246ICdNZWRpYW4gZGF5cyBmcm9tIGNoYXJnZSB0byBkaXNwb3NhbCBlYWNoIHF1YXJ0ZXIsIHNjaGVtZSBtZW1iZXJzIGFnYWluc3QgZXZlcnlvbmUgZWxzZS4nLFxuICAgICAgICBjYXRlZ29yaWVzOiBxdWFydGVycy5tYXAoKHEpID0+IGBRJHtxLnF1YXJ0ZXJ9YCksXG4gICAgICAgIHNlcmllczogW1xuICAgICAgICAgIHsgbmFtZTogYCR7ci5zY2hlbWUuY29kZX0gbWVtYmVyc2AsIHZhbHVlczogcXVhcnRlcnMubWFwKChxKSA9PiBxLm1lbWJlcnMubWVkaWFuRGF5cyEpIH0sXG4gICAgICAgICAgeyBuYW1lOiAnRXZlcnlvbmUgZWxzZScsIHZhbHVlczogcXVhcnRlcnMubWFwKChxKSA9PiBxLm90aGVycy5tZWRpYW5EYXlzISkgfSxcbiAgICAgICAgXSxcbiAgICAgICAgeExhYmVsOiBgUXVhcnRlciBvZiAke3IueWVhcn1gLFxuICAgICAgICB5TGFiZWw6ICdNZWRpYW4gZGF5cycsXG4gICAgICB9KVxuICAgIDogbnVsbDtcbiAgY29uc3QgZXh0cmFjdCA9IHIuZGF0YUN1cnJlbmN5Lmxhc3RPdXRjb21lc0ltcG9ydCA/PyByLmRhdGFDdXJyZW5jeS5sYXN0QXJyZXN0c0ltcG9ydDtcbiAgcmV0dXJuIHtcbiAgICBpZDogJ3ByZW1pdW0tc2VydmljZScsXG4gICAgaGVhZGluZzogJ1RoZSBQcmVtaXVtIFNlcnZpY2U6IHNwZWVkeSBlbmZvcmNlbWVudCcsXG4gICAgc3VtbWFyeTogW1xuICAgICAgeyBsYWJlbDogJ01lbWJlcnM6IG1lZGlhbiBkYXlzLCB3aG9sZSB5ZWFyJywgdmFsdWU6IG5hbWVkIHx8ICFpc1NtYWxsQ291bnQoci53aG9sZVllYXIubWVtYmVycy5jYXNlcykgPyBkZWMoci53aG9sZVllYXIubWVtYmVycy5tZWRpYW5EYXlzLCAwKSA6ICd3aXRoaGVsZCcgfSxcbiAgICAgIHsgbGFiZWw6ICdFdmVyeW9uZSBlbHNlOiBtZWRpYW4gZGF5cywgd2hvbGUgeWVhcicsIHZhbHVlOiBuYW1lZCB8fCAhaXNTbWFsbENvdW50KHIud2hvbGVZZWFyLm90aGVycy5jYXNlcykgPyBkZWMoci53aG9sZVllYXIub3RoZXJzLm1lZGlhbkRheXMsIDApIDogJ3dpdGhoZWxkJyB9LFxuICAgIF0sXG4gICAgZmlndXJlczogW1xuICAgICAge1xuICAgICAgICBpZDogJ3ByZW1pdW0tc2VydmljZS1xdWFydGVycycsXG4gICAgICAgIHRpdGxlOiAnRGF5cyBmcm9tIGNoYXJnZSB0byBkaXNwb3NhbCcsXG4gICAgICAgIGNoYXJ0OiBzdmcgPyB7IGlkOiAncmVwb3J0LXByZW1pdW0nLCB0aXRsZTogYE1lZGlhbiBkYXlzIGZyb20gY2hhcmdlIHRvIGRpc3Bvc2FsLCAke3Iuc2NoZW1lLmNvZGV9ICR7ci55ZWFyfWAsIGRlc2NyaXB0aW9uOiAnUGF0dGVybmVkIGJhcnM6IG1lbWJlcnMgYW5kIGV2ZXJ5b25lIGVsc2UuJywgc3ZnIH0gOiBudWxsLFxuICAgICAgICB0YWJsZSxcbiAgICAgICAgbWV0aG9kOiBbLi4uci5tZXRob2QsIGBEYXRhOiBhcnJlc3RzIGltcG9ydGVkICR7d2hlbihyLmRhdGFDdXJyZW5jeS5sYXN0QXJyZXN0c0ltcG9ydCkgPz8gJ25ldmVyJ30sIG91dGNvbWVzICR7d2hlbihyLmRhdGFDdXJyZW5jeS5sYXN0T3V0Y29tZXNJbXBvcnQpID8/ICduZXZlcid9LmBdLFxuICAgICAgICBleHRyYWN0RGF0ZTogZXh0cmFjdCxcbiAgICAgIH0sXG4gICAgXSxcbiAgICB1bmF2YWlsYWJsZTogbnVsbCxcbiAgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG5pMThTZWN0aW9uKHI6IE5pMThSZXBvcnQsIG5hbWVkOiBib29sZWFuKTogUmVwb3J0U2VjdGlvbiB7XG4gIGNvbnN0IHJhdGVIaWRkZW4gPSBpc1NoYXJlV2l0aGhlbGQobmFtZWQsIHIucmVvZmZlbmRlcnMsIHIuY2FzZWxvYWQpO1xuICBjb25zdCByYXRlID0gKHY6IG51bWJlciB8IG51bGwpID0+IChyYXRlSGlkZGVuID8geyB0ZXh0OiAnd2l0aGhlbGQnLCB2YWx1ZTogbnVsbCwgd2l0aGhlbGQ6ICdzZWNvbmRhcnknIGFzIGNvbnN0IH0gOiBmaWcocGN0KHYpLCB2KSk7XG4gIGNvbnN0IGV4dHJhY3QgPSByLmRhdGFDdXJyZW5jeS5sYXN0T3V0Y29tZXNJbXBvcnQ7XG4gIHJldHVybiB7XG4gICAgaWQ6ICduaTE4JyxcbiAgICBoZWFkaW5nOiAnTkkxODogcHJvYmF0aW9uIGNhc2Vsb2FkIHJlb2ZmZW5kaW5nJyxcbiAgICBzdW1tYXJ5OiBbXG4gICAgICB7IGxhYmVsOiAnU25hcHNob3QgbW9udGgnLCB2YWx1ZTogci5zbmFwc2hvdE1vbnRoIH0sXG4gICAgICB7IGxhYmVsOiAnQWN0dWFsIHJhdGUnLCB2YWx1ZTogcmF0ZShyLmFjdHVhbFJhdGUpLnRleHQgfSxcbiAgICAgIHsgbGFiZWw6ICdQcmVkaWN0ZWQgcmF0ZScsIHZhbHVlOiBwY3Qoci5wcmVkaWN0ZWRSYXRlKSB9LFxuICAgIF0sXG4gICAgZmlndXJlczogW1xuICAgICAge1xuICAgICAgICBpZDogJ25pMTgtZmlndXJlcycsXG4gICAgICAgIHRpdGxlOiAnQ2FzZWxvYWQgcmVvZmZlbmRpbmcgYWdhaW5zdCBwcmVkaWN0aW9uJyxcbiAgICAgICAgY2hhcnQ6IG51bGwsXG4gICAgICAgIHRhYmxlOiB7XG4gICAgICAgICAgY2FwdGlvbjogYE5JMTgsIGFkdWx0IGNhc2Vsb2FkIGluICR7ci5zbmFwc2hvdE1vbnRofSR7ci5zY2hlbWUgPyBgICgke3Iuc2NoZW1lLmNvZGV9IG1lbWJlcnMpYCA6ICcnfSwgZm9sbG93ZWQgdXAgdG8gJHtsb25nRGF0ZShhZGREYXlzKHIuZm9sbG93VXBFbmRzLCAtMSkpfWAsXG4gICAgICAgICAgaGVhZDogWydGaWd1cmUnLCAnVmFsdWUnXSxcbiAgICAgICAgICByb3dzOiBbXG4gICAgICAgICAgICB7IGxhYmVsOiAnQWR1bHQgY2FzZWxvYWQnLCBjZWxsczogW2NvdW50Q2VsbChuYW1lZCwgci5jYXNlbG9hZCldIH0sXG4gICAgICAgICAgICB7IGxhYmVsOiAnUHJvdmVuIHRvIHJlb2ZmZW5kIHdpdGhpbiAzIG1vbnRocycsIGNlbGxzOiBbY291bnRDZWxsKG5hbWVkLCByLnJlb2ZmZW5kZXJzKV0gfSxcbiAgICAgICAgICAgIHsgbGFiZWw6ICdBY3R1YWwgcmF0ZScsIGNlbGxzOiBbcmF0ZShyLmFjdHVhbFJhdGUpXSB9LFxuICAgICAgICAgICAgeyBsYWJlbDogJ1ByZWRpY3RlZCByYXRlJywgY2VsbHM6IFtmaWcocGN0KHIucHJlZGljdGVkUmF0ZSksIHIucHJlZGljdGVkUmF0ZSldIH0sXG4gICAgICAgICAgICB7IGxhYmVsOiAnRGlmZmVyZW5jZSAobmVnYXRpdmUgaXMgYmV0dGVyKScsIGNlbGxzOiBbcmF0ZUhpZGRlbiA/IHsgdGV4dDogJ3dpdGhoZWxkJywgdmFsdWU6IG51bGwsIHdpdGhoZWxkOiAnc2Vjb25kYXJ5JyB9IDogZmlnKHIuZGlmZmVyZW5jZSA9PT0gbnVsbCA/ICdcdTIwMTMnIDogYCR7KHIuZGlmZmVyZW5jZSAqIDEwMCkudG9GaXhlZCgxKX0gcG9pbnRzYCwgci5kaWZmZXJlbmNlKV0gfSxcbiAgICAgICAgICBdLFxuICAgICAgICAgIHRvdGFsOiBudWxsLFxuICAgICAgICB9LFxuICAgICAgICBtZXRob2Q6IFsuLi5yLm1ldGhvZCwgYERhdGE6IG91dGNvbWVzIGltcG9ydGVkICR7d2hlbihleHRyYWN0KSA/PyAnbmV2ZXInfTsgbGF0ZXN0IG91dGNvbWUgJHtyLmRhdGFDdXJyZW5jeS5sYXRlc3RPdXRjb21lRGF0ZSA/IGxvbmdEYXRlKHIuZGF0YUN1cnJlbmN5LmxhdGVzdE91dGNvbWVEYXRlKSA6ICdub25lJ30uYF0sXG4gICAgICAgIGV4dHJhY3REYXRlOiBleHRyYWN0LFxuICAgICAgfSxcbiAgICBdLFxuICAgIHVuYXZhaWxhYmxlOiBudWxsLFxuICB9O1xufVxuXG4vKiogQSBzZWN0aW9uIHdob3NlIG1lYXN1cmUgY291bGQgbm90IGJlIHdvcmtlZCBvdXQsIHNheWluZyB3aHkgKGFuZCBub3RoaW5nIGVsc2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuYXZhaWxhYmxlU2VjdGlvbihpZDogUmVwb3J0U2VjdGlvblsnaWQnXSwgaGVhZGluZzogc3RyaW5nLCB3aHk6IHN0cmluZyk6IFJlcG9ydFNlY3Rpb24ge1xuICByZXR1cm4geyBpZCwgaGVhZGluZywgc3VtbWFyeTogW10sIGZpZ3VyZXM6IFtdLCB1bmF2YWlsYWJsZTogd2h5IH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFJQSxTQUFTLGVBQTZCO0FBR3RDLFNBQVMseUJBQXlDO0FBTWxELFNBQVMsVUFBVSxpQkFBaUIsY0FBYyxhQUFhLFlBQVksZ0JBQXNEO0FBRWpJLFNBQVMsVUFBVSxpQkFBaUI7QUFFN0IsTUFBTSxNQUFNLENBQUMsR0FBOEIsS0FBSyxNQUFPLE1BQU0sUUFBUSxNQUFNLFNBQVksV0FBTSxJQUFJLElBQUksS0FBSyxRQUFRLEVBQUUsQ0FBQztBQUNySCxNQUFNLE1BQU0sQ0FBQyxHQUE4QixLQUFLLE1BQU8sTUFBTSxRQUFRLE1BQU0sU0FBWSxXQUFNLE9BQU8sVUFBVSxDQUFDLElBQUksT0FBTyxDQUFDLElBQUksRUFBRSxRQUFRLEVBQUU7QUFDbEosTUFBTSxTQUFTLENBQUMsV0FBVyxZQUFZLFNBQVMsU0FBUyxPQUFPLFFBQVEsUUFBUSxVQUFVLGFBQWEsV0FBVyxZQUFZLFVBQVU7QUFFakksU0FBUyxTQUFTLEdBQW9CO0FBQzNDLFFBQU0sQ0FBQyxHQUFHLEdBQUcsR0FBRyxJQUFJLEVBQUUsTUFBTSxHQUFHLEVBQUUsSUFBSSxNQUFNO0FBQzNDLFNBQU8sR0FBRyxHQUFHLElBQUksT0FBTyxJQUFLLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFDdEM7QUFFTyxNQUFNLFdBQVcsQ0FBQyxPQUFnQixRQUFpQixHQUFHLFNBQVMsS0FBSyxDQUFDLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRSxDQUFDLENBQUM7QUFDN0csTUFBTSxPQUFPLENBQUMsUUFBb0MsTUFBTSxTQUFTLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBR3JGLE1BQU0sTUFBTSxDQUFDLE1BQWMsUUFBdUIsVUFBc0IsRUFBRSxNQUFNLE9BQU8sVUFBVSxLQUFLO0FBRXRHLE1BQU0sT0FBTyxDQUFDLE9BQThCLEVBQUUsTUFBTSxTQUFTLENBQUMsR0FBRyxPQUFPLEVBQUUsV0FBVyxPQUFPLEVBQUUsT0FBTyxVQUFVLEVBQUUsU0FBUztBQUMxSCxNQUFNLFlBQVksQ0FBQyxPQUFnQixNQUNqQyxDQUFDLFNBQVMsYUFBYSxDQUFDLElBQUksRUFBRSxNQUFNLFlBQVksT0FBTyxNQUFNLFVBQVUsUUFBUSxJQUFJLEVBQUUsTUFBTSxPQUFPLENBQUMsR0FBRyxPQUFPLEdBQUcsVUFBVSxLQUFLO0FBRzFILFNBQVMsV0FBVyxTQUFpQixNQUF3QixNQUFzQyxPQUFnQixhQUFhLFNBQXFEO0FBQzFMLFFBQU0sSUFBSSxTQUFTLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxXQUFXLE9BQU8sY0FBYyxLQUFLLENBQUM7QUFDMUYsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsTUFBTSxLQUFLLElBQUksQ0FBQyxHQUFHLE9BQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxPQUFPLENBQUMsS0FBSyxFQUFFLE1BQU0sQ0FBQyxFQUFHLENBQUMsQ0FBRSxDQUFDLEVBQUUsRUFBRTtBQUFBLE1BQzdFLE9BQU8sRUFBRSxPQUFPLFlBQVksT0FBTyxDQUFDLEtBQUssRUFBRSxhQUFhLENBQUMsQ0FBRSxDQUFDLEVBQUU7QUFBQSxJQUNoRTtBQUFBLEVBQ0Y7QUFDRjtBQUtBLFNBQVMsV0FBVyxHQUFlLE9BQTBCO0FBQzNELE1BQUksU0FBUyxDQUFDLGFBQWEsRUFBRSxVQUFVLEVBQUcsUUFBTyxFQUFFO0FBQ25ELFNBQU8sRUFBRSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxJQUFJLE9BQU8sZ0JBQWdCLEVBQUUsVUFBVSx3QkFBd0IsR0FBRyxHQUFHLE1BQU0sVUFBVSxLQUFLLENBQUM7QUFDbEk7QUFFTyxTQUFTLFlBQVksR0FBZSxPQUFnQixNQUFvQztBQUM3RixRQUFNLFdBQVcsRUFBRSxTQUFTLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxJQUFJO0FBQzNELFFBQU0sU0FBUyxTQUFTLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxFQUFFLFFBQVEsQ0FBQztBQUN4RCxRQUFNLFdBQVcsU0FBUyxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksRUFBRSxVQUFVLENBQUM7QUFDNUQsUUFBTSxhQUFhLE9BQU87QUFDMUIsUUFBTSxjQUFjLGdCQUFnQixPQUFPLEVBQUUsZ0JBQWdCLEVBQUUsVUFBVTtBQUN6RSxRQUFNLFFBQVEsQ0FBQyxFQUFFLE1BQU0seUNBQXNDLE9BQU8sRUFBRSxZQUFZLEVBQUUsQ0FBQztBQUNyRixNQUFJLEVBQUUscUJBQXFCLEtBQU0sT0FBTSxLQUFLLEVBQUUsTUFBTSw0QkFBNEIsT0FBTyxFQUFFLG1CQUFtQixFQUFFLENBQUM7QUFDL0csUUFBTSxVQUFVLEVBQUUsYUFBYSxzQkFBc0I7QUFDckQsUUFBTSxjQUFjLDhCQUE4QixLQUFLLE9BQU8sS0FBSyxPQUFPLDhCQUE4QixFQUFFLGFBQWEsb0JBQW9CLFNBQVMsRUFBRSxhQUFhLGlCQUFpQixJQUFJLE1BQU07QUFDOUwsUUFBTSxRQUFxQjtBQUFBLElBQ3pCLFNBQVMsb0JBQW9CLEVBQUUsT0FBTyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsYUFBYSxtQkFBbUIsSUFBSSxLQUFLLEVBQUU7QUFBQSxJQUNsRyxNQUFNLENBQUMsV0FBVyxVQUFVLFlBQVksWUFBWSxxQkFBcUIsdUJBQXVCLHFCQUFxQjtBQUFBLElBQ3JILE1BQU0sU0FBUyxJQUFJLENBQUMsT0FBTztBQUFBLE1BQ3pCLE9BQU8sSUFBSSxFQUFFLE9BQU8sS0FBSyxTQUFTLEVBQUUsT0FBTyxFQUFFLEdBQUcsQ0FBQztBQUFBLE1BQ2pELE9BQU8sQ0FBQyxJQUFJLE9BQU8sRUFBRSxNQUFNLEdBQUcsRUFBRSxNQUFNLEdBQUcsSUFBSSxJQUFJLEVBQUUsUUFBUSxHQUFHLEVBQUUsUUFBUSxHQUFHLElBQUksSUFBSSxFQUFFLFFBQVEsR0FBRyxFQUFFLFFBQVEsR0FBRyxJQUFJLE9BQU8sRUFBRSxnQkFBZ0IsR0FBRyxFQUFFLGdCQUFnQixHQUFHLElBQUksSUFBSSxFQUFFLGtCQUFrQixHQUFHLEVBQUUsa0JBQWtCLEdBQUcsSUFBSSxJQUFJLEVBQUUsa0JBQWtCLEdBQUcsRUFBRSxrQkFBa0IsQ0FBQztBQUFBLElBQzlRLEVBQUU7QUFBQSxJQUNGLE9BQU8sRUFBRSxPQUFPLGFBQWEsaUJBQWlCLFFBQVEsT0FBTyxDQUFDLElBQUksT0FBTyxNQUFNLEdBQUcsTUFBTSxHQUFHLElBQUksSUFBSSxRQUFRLEdBQUcsUUFBUSxHQUFHLElBQUksSUFBSSxTQUFTLFFBQVEsR0FBRyxTQUFTLFFBQVEsR0FBRyxJQUFJLEVBQUUsR0FBRyxJQUFJLEVBQUUsR0FBRyxJQUFJLEVBQUUsQ0FBQyxFQUFFO0FBQUEsRUFDdE07QUFDQSxRQUFNLFFBQVEsU0FBUztBQUFBLElBQ3JCLElBQUk7QUFBQSxJQUNKLE9BQU8sMkNBQTJDLEVBQUUsT0FBTyxJQUFJLElBQUksRUFBRSxJQUFJO0FBQUEsSUFDekUsYUFBYSxxRkFBcUYsSUFBSSxFQUFFLFlBQVksQ0FBQyxDQUFDO0FBQUEsSUFDdEgsWUFBWSxTQUFTLElBQUksQ0FBQyxNQUFNLElBQUksRUFBRSxPQUFPLEVBQUU7QUFBQSxJQUMvQyxRQUFRLENBQUMsRUFBRSxNQUFNLFVBQVUsUUFBUSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxFQUFFLENBQUM7QUFBQSxJQUNsRTtBQUFBLElBQ0EsUUFBUSxjQUFjLEVBQUUsSUFBSTtBQUFBLElBQzVCLFFBQVE7QUFBQSxFQUNWLENBQUM7QUFDRCxRQUFNLFVBQTBCO0FBQUEsSUFDOUI7QUFBQSxNQUNFLElBQUk7QUFBQSxNQUNKLE9BQU87QUFBQSxNQUNQLE9BQU8sRUFBRSxJQUFJLHdCQUF3QixPQUFPLDJDQUEyQyxFQUFFLE9BQU8sSUFBSSxJQUFJLEVBQUUsSUFBSSxJQUFJLGFBQWEsbUZBQW1GLEtBQUssTUFBTTtBQUFBLE1BQzdOO0FBQUEsTUFDQSxRQUFRLENBQUMsR0FBRyxXQUFXLEdBQUcsS0FBSyxHQUFHLFdBQVc7QUFBQSxNQUM3QyxhQUFhO0FBQUEsSUFDZjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsRUFBRSxRQUFRLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxJQUFJO0FBQ3pELE1BQUksUUFBUSxTQUFTLEdBQUc7QUFDdEIsWUFBUSxLQUFLO0FBQUEsTUFDWCxJQUFJO0FBQUEsTUFDSixPQUFPO0FBQUEsTUFDUCxPQUFPO0FBQUEsUUFDTCxJQUFJO0FBQUEsUUFDSixPQUFPLHNCQUFzQixFQUFFLE9BQU8sSUFBSTtBQUFBLFFBQzFDLGFBQWE7QUFBQSxRQUNiLEtBQUssVUFBVTtBQUFBLFVBQ2IsSUFBSTtBQUFBLFVBQ0osT0FBTyxrREFBa0QsRUFBRSxPQUFPLElBQUk7QUFBQSxVQUN0RSxhQUFhO0FBQUEsVUFDYixZQUFZLFFBQVEsSUFBSSxDQUFDLE1BQU0sTUFBTSxTQUFTLFFBQVEsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEVBQUU7QUFBQSxVQUNuRSxRQUFRO0FBQUEsWUFDTixFQUFFLE1BQU0sWUFBWSxRQUFRLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUU7QUFBQSxZQUMzRCxFQUFFLE1BQU0sYUFBYSxRQUFRLFFBQVEsSUFBSSxDQUFDLE1BQU0sS0FBSyxNQUFNLEVBQUUsWUFBWSxHQUFHLElBQUksR0FBRyxFQUFFO0FBQUEsVUFDdkY7QUFBQSxVQUNBLFFBQVE7QUFBQSxVQUNSLFFBQVE7QUFBQSxRQUNWLENBQUM7QUFBQSxNQUNIO0FBQUEsTUFDQSxPQUFPO0FBQUEsUUFDTCxTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsYUFBYSxZQUFZLFdBQVc7QUFBQSxRQUMzQyxNQUFNLFFBQVEsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLFNBQVMsRUFBRSxPQUFPLEVBQUUsR0FBRyxHQUFHLE9BQU8sQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEdBQUcsRUFBRSxRQUFRLEdBQUcsSUFBSSxJQUFJLEVBQUUsU0FBUyxHQUFHLEVBQUUsU0FBUyxDQUFDLEVBQUUsRUFBRTtBQUFBLFFBQ2hKLE9BQU87QUFBQSxNQUNUO0FBQUEsTUFDQSxRQUFRLENBQUMscUpBQXFKLFdBQVc7QUFBQSxNQUN6SyxhQUFhO0FBQUEsSUFDZixDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLFNBQVM7QUFBQSxJQUNULFNBQVM7QUFBQSxNQUNQLEVBQUUsT0FBTyxVQUFVLE9BQU8sR0FBRyxVQUFVLE9BQU8sRUFBRSxVQUFVLEVBQUUsSUFBSSxlQUFlLFNBQVMsRUFBRSxPQUFPLFVBQVUsQ0FBQyxHQUFHO0FBQUEsTUFDL0csRUFBRSxPQUFPLGFBQWEsRUFBRSxZQUFZLEtBQUssT0FBTyxPQUFPLEVBQUUsUUFBUSxFQUFFO0FBQUEsTUFDbkUsRUFBRSxPQUFPLHVCQUF1QixPQUFPLEdBQUcsSUFBSSxFQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsWUFBWSxPQUFPLGFBQWEsSUFBSSxFQUFFLE9BQU8sQ0FBQyxLQUFLLEVBQUUsR0FBRztBQUFBLE1BQ3JILEVBQUUsT0FBTyxhQUFhLE9BQU8sR0FBRyxFQUFFLFNBQVMsR0FBRyxFQUFFLHFCQUFxQixPQUFPLGFBQWEsRUFBRSxnQkFBZ0IsTUFBTSxFQUFFLEdBQUc7QUFBQSxNQUN0SCxFQUFFLE9BQU8sYUFBYSx5QkFBeUIsSUFBSSxLQUFLLGFBQWEsRUFBRSxJQUFJLElBQUksT0FBTyxHQUFHLE1BQU0sWUFBWSxJQUFJLFFBQVEsQ0FBQyxZQUFZO0FBQUEsTUFDcEksRUFBRSxPQUFPLHNCQUFzQixPQUFPLGFBQWEsR0FBRyxJQUFJLEVBQUUsaUJBQWlCLENBQUMseUJBQXlCLElBQUksRUFBRSxpQkFBaUIsRUFBRTtBQUFBLE1BQ2hJLEVBQUUsT0FBTyxpQ0FBaUMsT0FBTyxjQUFjLGNBQWMsVUFBVSx1QkFBdUIsR0FBRyxJQUFJLEVBQUUsY0FBYyxDQUFDLEtBQUssVUFBVSxPQUFPLEVBQUUsY0FBYyxFQUFFLElBQUksT0FBTyxVQUFVLE9BQU8sRUFBRSxVQUFVLEVBQUUsSUFBSSxJQUFJO0FBQUEsSUFDbE87QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhO0FBQUEsRUFDZjtBQUNGO0FBa0JPLE1BQU0scUJBQXFCO0FBQUEsRUFDaEM7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBRU8sU0FBUyxtQkFBbUIsTUFBd0IsT0FBZ0IsUUFBMEMsU0FBd0IsV0FBb0c7QUFDL08sUUFBTSxVQUFVLENBQUMsR0FBSSxPQUFPLEtBQUssaUJBQWlCLEdBQW1CLElBQUk7QUFDekUsUUFBTSxTQUFTLFFBQ1osSUFBSSxDQUFDLFlBQVksRUFBRSxRQUFRLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLGNBQWMsTUFBTSxFQUFFLEVBQUUsRUFDNUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLFFBQVEsRUFBRSxHQUFHLFNBQVMsQ0FBQztBQUNyRCxRQUFNLFNBQVMsT0FBTyxJQUFJLENBQUMsTUFBTTtBQUFBLElBQy9CLEVBQUUsR0FBRztBQUFBLElBQ0wsRUFBRSxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsZ0JBQWdCLE1BQU0sRUFBRTtBQUFBLElBQzdDLEVBQUUsR0FBRyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsRUFBRTtBQUFBLElBQ2xDLEVBQUUsR0FBRyxPQUFPLENBQUMsTUFBTSxFQUFFLGNBQWMsTUFBTSxFQUFFO0FBQUEsSUFDM0MsRUFBRSxHQUFHLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxRQUFRLEVBQUU7QUFBQSxFQUNsQyxDQUFDO0FBQ0QsUUFBTSxJQUFJLFNBQVMsT0FBTyxRQUFRLEVBQUUsV0FBVyxPQUFPLGNBQWMsS0FBSyxDQUFDO0FBQzFFLFFBQU0sUUFBcUI7QUFBQSxJQUN6QixTQUFTLHdDQUF3QyxTQUFTLE9BQU8sT0FBTyxPQUFPLEdBQUcsQ0FBQztBQUFBLElBQ25GLE1BQU0sQ0FBQyxVQUFVLGVBQWUsYUFBYSxnQkFBZ0IsWUFBWSxjQUFjO0FBQUEsSUFDdkYsTUFBTSxPQUFPLElBQUksQ0FBQyxHQUFHLE9BQU8sRUFBRSxPQUFPLEVBQUUsU0FBUyxrQkFBa0IsRUFBRSxNQUFNLElBQUksc0JBQXNCLE9BQU8sRUFBRSxNQUFNLENBQUMsRUFBRyxJQUFJLElBQUksRUFBRSxFQUFFO0FBQUEsSUFDbkksT0FBTyxFQUFFLE9BQU8scUJBQXFCLE9BQU8sRUFBRSxhQUFhLElBQUksSUFBSSxFQUFFO0FBQUEsRUFDdkU7QUFDQSxRQUFNLFVBQTBCO0FBQUEsSUFDOUIsRUFBRSxJQUFJLHNCQUFzQixPQUFPLDZDQUE2QyxPQUFPLE1BQU0sT0FBTyxRQUFRLENBQUMsR0FBRyxrQkFBa0IsR0FBRyxhQUFhLFFBQVE7QUFBQSxFQUM1SjtBQUNBLE1BQUksV0FBVztBQUNiLFlBQVEsS0FBSztBQUFBLE1BQ1gsSUFBSTtBQUFBLE1BQ0osT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLFFBQ0wsU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFVBQVUsYUFBYSxXQUFXLFFBQVE7QUFBQSxRQUNqRCxNQUFNLFVBQVUsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxPQUFPLENBQUMsSUFBSSxFQUFFLEdBQUcsR0FBRyxJQUFJLFNBQVMsRUFBRSxPQUFPLENBQUMsR0FBRyxJQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUUsRUFBRTtBQUFBLFFBQzVHLE9BQU87QUFBQSxNQUNUO0FBQUEsTUFDQSxRQUFRLENBQUMscUZBQXFGO0FBQUEsTUFDOUYsYUFBYTtBQUFBLElBQ2YsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPO0FBQUEsSUFDTCxJQUFJO0FBQUEsSUFDSixTQUFTO0FBQUEsSUFDVCxTQUFTLENBQUMsRUFBRSxPQUFPLDZCQUE2QixPQUFPLFNBQVMsRUFBRSxhQUFhLENBQUMsQ0FBRSxFQUFFLENBQUM7QUFBQSxJQUNyRjtBQUFBLElBQ0EsYUFBYTtBQUFBLEVBQ2Y7QUFDRjtBQWFBLFNBQVMsTUFBUyxNQUFXLE1BQW9GO0FBQy9HLFNBQU8sS0FBSyxJQUFJLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLEdBQUcsS0FBSyxPQUFPLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRTtBQUM1RTtBQUVPLFNBQVMsY0FBYyxNQUFtQixPQUFnQixZQUFxQixjQUErQixTQUF1QztBQUMxSixRQUFNLFFBQVE7QUFBQSxJQUNaLGNBQWMsU0FBUyxVQUFVLENBQUM7QUFBQSxJQUNsQyxDQUFDLHNCQUFzQixTQUFTO0FBQUEsSUFDaEMsTUFBTSxNQUFNO0FBQUEsTUFDVixFQUFFLE9BQU8sZ0JBQWdCLE1BQU0sQ0FBQyxNQUFNLEVBQUUsZUFBZSxJQUFJO0FBQUEsTUFDM0QsRUFBRSxPQUFPLHFCQUFxQixNQUFNLENBQUMsTUFBTSxFQUFFLGdCQUFnQixPQUFPLEVBQUUsZUFBZSxJQUFJO0FBQUEsTUFDekYsRUFBRSxPQUFPLHNCQUFzQixNQUFNLENBQUMsTUFBTSxFQUFFLGdCQUFnQixPQUFPLEVBQUUsZUFBZSxLQUFLO0FBQUEsTUFDM0YsRUFBRSxPQUFPLG1CQUFtQixNQUFNLENBQUMsTUFBTSxFQUFFLGdCQUFnQixLQUFLO0FBQUEsSUFDbEUsQ0FBQztBQUFBLElBQ0Q7QUFBQSxFQUNGO0FBQ0EsUUFBTSxjQUFjO0FBQUEsSUFDbEIsK0NBQStDLGFBQWEsS0FBSztBQUFBLElBQ2pFLENBQUMsZUFBZSxTQUFTO0FBQUEsSUFDekIsTUFBTSxNQUFNO0FBQUEsTUFDVixFQUFFLE9BQU8sUUFBUSxNQUFNLENBQUMsTUFBTSxFQUFFLHdCQUF3QixFQUFFO0FBQUEsTUFDMUQsRUFBRSxPQUFPLFVBQVUsTUFBTSxDQUFDLE1BQU0sRUFBRSx1QkFBdUIsS0FBSyxFQUFFLHVCQUF1QixFQUFFO0FBQUEsTUFDekYsRUFBRSxPQUFPLFVBQVUsTUFBTSxDQUFDLE1BQU0sRUFBRSx1QkFBdUIsS0FBSyxFQUFFLHVCQUF1QixFQUFFO0FBQUEsTUFDekYsRUFBRSxPQUFPLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSx1QkFBdUIsS0FBSyxFQUFFLHVCQUF1QixHQUFHO0FBQUEsTUFDM0YsRUFBRSxPQUFPLGNBQWMsTUFBTSxDQUFDLE1BQU0sRUFBRSx1QkFBdUIsR0FBRztBQUFBLElBQ2xFLENBQUM7QUFBQSxJQUNEO0FBQUEsRUFDRjtBQUNBLFFBQU0sVUFBVTtBQUFBLElBQ2QsOENBQThDLFNBQVMsVUFBVSxDQUFDO0FBQUEsSUFDbEUsQ0FBQyxTQUFTLFNBQVM7QUFBQSxJQUNuQjtBQUFBLE1BQ0UsRUFBRSxPQUFPLG9CQUFvQixHQUFHLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFNBQVMsRUFBRSxPQUFPO0FBQUEsTUFDeEUsRUFBRSxPQUFPLGNBQWMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFLE9BQU87QUFBQSxJQUNuRTtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0EsUUFBTSxZQUFZLENBQUMsR0FBRyxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLGNBQWMsQ0FBQyxDQUFDO0FBQ3pGLFFBQU0sV0FBVyxVQUFVLElBQUksQ0FBQyxPQUFPLEVBQUUsT0FBTyxHQUFHLEdBQUcsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxFQUFFLE9BQU8sRUFBRTtBQUNoRyxRQUFNLFFBQVEsV0FBVyx1Q0FBdUMsU0FBUyxVQUFVLENBQUMsSUFBSSxDQUFDLFFBQVEsU0FBUyxHQUFHLFVBQVUsS0FBSztBQUM1SCxRQUFNLGFBQWEsU0FBUyxPQUFPLENBQUMsR0FBRyxNQUFNLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxFQUFHLENBQUMsRUFBRyxRQUFRO0FBQzVFLFFBQU0sZ0JBQWdCLFNBQVMsU0FBUyxXQUFXO0FBQ25ELFFBQU0sWUFDSixXQUFXLFNBQVMsSUFDaEIsU0FBUztBQUFBLElBQ1AsSUFBSTtBQUFBLElBQ0osT0FBTyxvQkFBb0IsU0FBUyxVQUFVLENBQUM7QUFBQSxJQUMvQyxhQUFhLHNEQUFzRCxnQkFBZ0IsSUFBSSxhQUFhLFFBQVEsa0JBQWtCLElBQUksUUFBUSxPQUFPLDJCQUEyQixVQUFVLG1EQUFtRCxFQUFFO0FBQUEsSUFDM08sWUFBWSxXQUFXLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSztBQUFBLElBQ3pDLFFBQVEsQ0FBQyxFQUFFLE1BQU0sV0FBVyxRQUFRLFdBQVcsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUFBLElBQ2hFLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWLENBQUMsSUFDRDtBQUNOLFFBQU0sT0FBTztBQUNiLFFBQU0sT0FBTyxDQUFDLElBQVksT0FBZSxPQUFvQixZQUFrQyxFQUFFLElBQUksT0FBTyxPQUFPLE1BQU0sT0FBTyxRQUFRLENBQUMsUUFBUSxJQUFJLEdBQUcsYUFBYSxRQUFRO0FBQzdLLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLFNBQVM7QUFBQSxJQUNULFNBQVM7QUFBQSxNQUNQLEVBQUUsT0FBTyw4QkFBOEIsT0FBTyxVQUFVLE9BQU8sS0FBSyxNQUFNLEVBQUUsS0FBSztBQUFBLE1BQ2pGLEVBQUUsT0FBTyxlQUFlLE9BQU8sU0FBUyxVQUFVLEVBQUU7QUFBQSxJQUN0RDtBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1AsS0FBSyxnQkFBZ0IsdUJBQXVCLE1BQU0sT0FBTyxnRkFBaUY7QUFBQSxNQUMxSSxLQUFLLHNCQUFzQixvQ0FBb0MsWUFBWSxPQUFPLDhDQUE4QyxhQUFhLEtBQUssS0FBSyxTQUFTLGFBQWEsT0FBTyxhQUFhLEdBQUcsQ0FBQywrQ0FBK0M7QUFBQSxNQUNwUCxLQUFLLGtCQUFrQix5QkFBeUIsUUFBUSxPQUFPLDZFQUE2RTtBQUFBLE1BQzVJO0FBQUEsUUFDRSxJQUFJO0FBQUEsUUFDSixPQUFPO0FBQUEsUUFDUCxPQUFPLFlBQVksRUFBRSxJQUFJLHVCQUF1QixPQUFPLG9CQUFvQixTQUFTLFVBQVUsQ0FBQyxJQUFJLGFBQWEsd0RBQXdELEtBQUssVUFBVSxJQUFJO0FBQUEsUUFDM0wsT0FBTyxNQUFNO0FBQUEsUUFDYixRQUFRLENBQUMsOExBQStMLElBQUk7QUFBQSxRQUM1TSxhQUFhO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFBQSxJQUNBLGFBQWEsS0FBSyxXQUFXLElBQUksa0RBQWtEO0FBQUEsRUFDckY7QUFDRjtBQUlPLFNBQVMsWUFBWSxHQUFlLE9BQWdCLE9BQWlHO0FBQzFKLFFBQU0sVUFBVTtBQUNoQixRQUFNLFFBQXFCO0FBQUEsSUFDekIsU0FBUywwQkFBMEIsU0FBUyxFQUFFLE1BQU0sUUFBUSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUNyRSxNQUFNLENBQUMsVUFBVSxPQUFPO0FBQUEsSUFDeEIsTUFBTTtBQUFBLE1BQ0osRUFBRSxPQUFPLCtDQUErQyxPQUFPLENBQUMsVUFBVSxPQUFPLEVBQUUsVUFBVSxDQUFDLEVBQUU7QUFBQSxNQUNoRyxFQUFFLE9BQU8sMEJBQTBCLE9BQU8sQ0FBQyxJQUFJLE9BQU8sRUFBRSxNQUFNLEdBQUcsRUFBRSxNQUFNLENBQUMsRUFBRTtBQUFBLE1BQzVFLEVBQUUsT0FBTyxzQkFBc0IsT0FBTyxDQUFDLElBQUksSUFBSSxFQUFFLFNBQVMsR0FBRyxFQUFFLFNBQVMsQ0FBQyxFQUFFO0FBQUEsTUFDM0UsRUFBRSxPQUFPLHlCQUFzQixPQUFPLENBQUMsSUFBSSxJQUFJLEVBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsRUFBRTtBQUFBLE1BQ3RFLEVBQUUsT0FBTyxrRUFBa0UsT0FBTyxDQUFDLFVBQVUsT0FBTyxFQUFFLGdCQUFnQixDQUFDLEVBQUU7QUFBQSxJQUMzSDtBQUFBLElBQ0EsT0FBTztBQUFBLEVBQ1Q7QUFDQSxRQUFNLFVBQTBCLENBQUMsRUFBRSxJQUFJLGdCQUFnQixPQUFPLCtCQUErQixPQUFPLE1BQU0sT0FBTyxRQUFRLEVBQUUsUUFBUSxhQUFhLFFBQVEsQ0FBQztBQUN6SixNQUFJLFNBQVMsTUFBTSxRQUFRO0FBQ3pCLFlBQVEsS0FBSztBQUFBLE1BQ1gsSUFBSTtBQUFBLE1BQ0osT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLFFBQ0wsU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFVBQVUsYUFBYSxVQUFVLFdBQVc7QUFBQSxRQUNuRCxNQUFNLE1BQU0sSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxPQUFPLENBQUMsSUFBSSxFQUFFLEdBQUcsR0FBRyxJQUFJLE9BQU8sRUFBRSxNQUFNLEdBQUcsRUFBRSxNQUFNLEdBQUcsSUFBSSxJQUFJLEVBQUUsU0FBUyxHQUFHLEVBQUUsU0FBUyxDQUFDLEVBQUUsRUFBRTtBQUFBLFFBQ3BJLE9BQU87QUFBQSxNQUNUO0FBQUEsTUFDQSxRQUFRLENBQUMsMkhBQTJIO0FBQUEsTUFDcEksYUFBYTtBQUFBLElBQ2YsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPO0FBQUEsSUFDTCxJQUFJO0FBQUEsSUFDSixTQUFTO0FBQUEsSUFDVCxTQUFTO0FBQUEsTUFDUCxFQUFFLE9BQU8sZ0JBQWdCLE9BQU8sVUFBVSxPQUFPLEVBQUUsZ0JBQWdCLEVBQUUsS0FBSztBQUFBLE1BQzFFLEdBQUksRUFBRSxnQkFBZ0IsQ0FBQyxFQUFFLE9BQU8sU0FBUyxPQUFPLEVBQUUsY0FBYyxDQUFDLElBQUksUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLE9BQU8sU0FBUyxPQUFPLHVDQUF1QyxDQUFDO0FBQUEsSUFDdEo7QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhO0FBQUEsRUFDZjtBQUNGO0FBU08sU0FBUyxXQUFXLEdBQWUsT0FBZ0IsTUFBcUIsU0FBdUM7QUFDcEgsUUFBTSxXQUFXLEVBQUUsU0FBUyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsSUFBSTtBQUMzRCxRQUFNLE9BQU8sQ0FBQyxVQUFVLGVBQWUscUJBQXFCLFdBQVc7QUFDdkUsUUFBTSxTQUFTLFNBQVMsSUFBSSxDQUFDLE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUM7QUFFN0QsUUFBTSxJQUFJLFNBQVMsT0FBTyxRQUFRLEVBQUUsV0FBVyxPQUFPLGNBQWMsS0FBSyxDQUFDO0FBQzFFLFFBQU0sUUFBcUI7QUFBQSxJQUN6QixTQUFTLCtCQUErQixFQUFFLElBQUksR0FBRyxPQUFPLElBQUksbUJBQW1CLElBQUksS0FBSyxFQUFFO0FBQUEsSUFDMUYsTUFBTSxDQUFDLFdBQVcsVUFBVSxlQUFlLHNCQUFzQixpQkFBaUI7QUFBQSxJQUNsRixNQUFNLFNBQVMsSUFBSSxDQUFDLEdBQUcsT0FBTyxFQUFFLE9BQU8sSUFBSSxFQUFFLE9BQU8sS0FBSyxTQUFTLEVBQUUsT0FBTyxFQUFFLEdBQUcsQ0FBQyxLQUFLLE9BQU8sRUFBRSxNQUFNLENBQUMsRUFBRyxJQUFJLElBQUksRUFBRSxFQUFFO0FBQUEsSUFDckgsT0FBTyxFQUFFLE9BQU8sU0FBUyxJQUFJLFNBQVMsZ0JBQWdCLE9BQU8sRUFBRSxhQUFhLElBQUksSUFBSSxFQUFFO0FBQUEsRUFDeEY7QUFDQSxRQUFNLFdBQVcsQ0FBQyxFQUFFO0FBQ3BCLFFBQU0sUUFBUSxFQUFFLFNBQVMsQ0FBQyxFQUFFLE1BQU0sOEJBQThCLE9BQU8sRUFBRSxPQUFPLFNBQVMsRUFBRSxHQUFHLEdBQUksRUFBRSxPQUFPLGdCQUFnQixPQUFPLENBQUMsRUFBRSxNQUFNLG1DQUFtQyxPQUFPLEVBQUUsT0FBTyxjQUFjLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBRSxJQUFJLENBQUM7QUFDM04sUUFBTSxRQUFRLFdBQ1YsU0FBUztBQUFBLElBQ1AsSUFBSTtBQUFBLElBQ0osT0FBTyx5Q0FBeUMsRUFBRSxJQUFJO0FBQUEsSUFDdEQsYUFBYTtBQUFBLElBQ2IsWUFBWSxTQUFTLElBQUksQ0FBQyxNQUFNLElBQUksRUFBRSxPQUFPLEVBQUU7QUFBQSxJQUMvQyxRQUFRO0FBQUEsTUFDTixFQUFFLE1BQU0sVUFBVSxRQUFRLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsRUFBRTtBQUFBLE1BQzdELEVBQUUsTUFBTSxlQUFlLFFBQVEsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLGVBQWUsQ0FBQyxFQUFFO0FBQUEsSUFDekU7QUFBQSxJQUNBO0FBQUEsSUFDQSxRQUFRLGNBQWMsRUFBRSxJQUFJO0FBQUEsSUFDNUIsUUFBUTtBQUFBLEVBQ1YsQ0FBQyxJQUNEO0FBQ0osUUFBTSxXQUFXLENBQUMsTUFBZ0M7QUFDaEQsVUFBTSxJQUFJLEtBQUssUUFBUSxDQUFDO0FBQ3hCLFdBQU8sRUFBRSxhQUFhLENBQUMsRUFBRyxXQUFXLE9BQU8sRUFBRSxhQUFhLENBQUMsRUFBRztBQUFBLEVBQ2pFO0FBQ0EsUUFBTSxVQUFVLENBQUMsR0FBNkIsV0FBc0M7QUFDbEYsVUFBTSxJQUFJLFNBQVMsQ0FBQztBQUNwQixXQUFPLE1BQU0sUUFBUSxDQUFDLFNBQVMsV0FBTSxJQUFJLElBQUksTUFBTTtBQUFBLEVBQ3JEO0FBQ0EsU0FBTztBQUFBLElBQ0wsSUFBSTtBQUFBLElBQ0osU0FBUztBQUFBLElBQ1QsU0FBUztBQUFBLE1BQ1AsRUFBRSxPQUFPLFVBQVUsT0FBTyxFQUFFLFNBQVMsR0FBRyxFQUFFLE9BQU8sTUFBTSxVQUFVLEVBQUUsT0FBTyxnQkFBZ0IsT0FBTyxLQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsY0FBYyxLQUFLLHlCQUF5QjtBQUFBLE1BQzNLLEVBQUUsT0FBTyxPQUFPLElBQUksNkNBQThDLHlCQUF5QixPQUFPLFFBQVEsVUFBVSxFQUFFLFFBQVEsTUFBTSxFQUFFO0FBQUEsTUFDdEksRUFBRSxPQUFPLE9BQU8sSUFBSSxrREFBbUQsOEJBQThCLE9BQU8sUUFBUSxlQUFlLEVBQUUsUUFBUSxXQUFXLEVBQUU7QUFBQSxNQUMxSixHQUFJLFNBQVMsSUFBSSxDQUFDLEVBQUUsT0FBTyxtQkFBbUIsT0FBTyxTQUFTLENBQUMsRUFBRSxhQUFhLElBQUksRUFBRSxjQUFjLElBQUksV0FBVyxDQUFDLElBQUksQ0FBQztBQUFBLElBQ3pIO0FBQUEsSUFDQSxTQUFTO0FBQUEsTUFDUDtBQUFBLFFBQ0UsSUFBSTtBQUFBLFFBQ0osT0FBTztBQUFBLFFBQ1AsT0FBTyxRQUFRLEVBQUUsSUFBSSxjQUFjLE9BQU8seUNBQXlDLEVBQUUsSUFBSSxJQUFJLGFBQWEsbUZBQW1GLEtBQUssTUFBTSxJQUFJO0FBQUEsUUFDNU07QUFBQSxRQUNBLFFBQVEsQ0FBQyxFQUFFLFFBQVEsR0FBSSxXQUFXLENBQUMsSUFBSSxDQUFDLHVDQUF1QyxVQUFVLGdDQUFnQyxDQUFFO0FBQUEsUUFDM0gsYUFBYTtBQUFBLE1BQ2Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxhQUFhO0FBQUEsRUFDZjtBQUNGO0FBSU8sU0FBUywwQkFBMEIsR0FBOEIsT0FBZ0IsS0FBNkU7QUFDbkssTUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFLLFFBQU8sRUFBRSxJQUFJLHNCQUFzQixTQUFTLG1DQUFtQyxTQUFTLENBQUMsR0FBRyxTQUFTLENBQUMsR0FBRyxhQUFhLHVFQUF1RTtBQUM3TSxRQUFNLE9BQStCLEVBQUUsV0FBVyxhQUFhLEtBQUssT0FBTyxVQUFVLFdBQVc7QUFDaEcsUUFBTSxVQUEwQixFQUFFLFdBQVcsSUFBSSxDQUFDLFFBQVE7QUFDeEQsVUFBTSxJQUFJLFNBQVMsT0FBTyxJQUFJLE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxRQUFRLENBQUMsR0FBRyxFQUFFLFdBQVcsT0FBTyxjQUFjLEtBQUssQ0FBQztBQUMvRyxXQUFPO0FBQUEsTUFDTCxJQUFJLHNCQUFzQixJQUFJLFNBQVM7QUFBQSxNQUN2QyxPQUFPLGdCQUFnQixLQUFLLElBQUksU0FBUyxFQUFHLFlBQVksQ0FBQztBQUFBLE1BQ3pELE9BQU87QUFBQSxNQUNQLE9BQU87QUFBQSxRQUNMLFNBQVMsd0JBQXdCLEtBQUssSUFBSSxTQUFTLEVBQUcsWUFBWSxDQUFDLHNCQUFzQixJQUFJLGFBQWEsTUFBTTtBQUFBLFFBQ2hILE1BQU0sQ0FBQyxLQUFLLElBQUksU0FBUyxHQUFJLGVBQWUsWUFBWSxrQkFBa0Isb0JBQW9CLG9CQUFvQjtBQUFBLFFBQ2xILE1BQU0sSUFBSSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU07QUFDN0IsZ0JBQU0sU0FBUyxFQUFFLE1BQU0sQ0FBQyxFQUFHLEtBQUssQ0FBQyxNQUFNLEVBQUUsUUFBUSxLQUFLLGdCQUFnQixPQUFPLEVBQUUsVUFBVSxFQUFFLElBQUk7QUFDL0YsZ0JBQU0sSUFBSSxDQUFDLE1BQWMsTUFBa0MsU0FBUyxFQUFFLE1BQU0sWUFBWSxPQUFPLE1BQU0sVUFBVSxZQUFZLElBQUksSUFBSSxNQUFNLENBQUM7QUFDMUksaUJBQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxPQUFPLENBQUMsS0FBSyxFQUFFLE1BQU0sQ0FBQyxFQUFHLENBQUMsQ0FBRSxHQUFHLEtBQUssRUFBRSxNQUFNLENBQUMsRUFBRyxDQUFDLENBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxJQUFJLEdBQUcsRUFBRSxJQUFJLEdBQUcsRUFBRSxJQUFJLEVBQUUsY0FBYyxHQUFHLEVBQUUsY0FBYyxHQUFHLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixHQUFHLEVBQUUsZ0JBQWdCLENBQUMsRUFBRTtBQUFBLFFBQ3JNLENBQUM7QUFBQSxRQUNELE9BQU8sRUFBRSxPQUFPLFlBQVksT0FBTyxDQUFDLEtBQUssRUFBRSxhQUFhLENBQUMsQ0FBRSxHQUFHLEtBQUssRUFBRSxhQUFhLENBQUMsQ0FBRSxHQUFHLElBQUksSUFBSSxFQUFFLFdBQVcsR0FBRyxFQUFFLFdBQVcsR0FBRyxJQUFJLFFBQVEsQ0FBQyxHQUFHLElBQUksRUFBRSxDQUFDLEVBQUU7QUFBQSxNQUMzSjtBQUFBLE1BQ0EsUUFBUTtBQUFBLFFBQ047QUFBQSxRQUNBO0FBQUEsUUFDQSxPQUFPLElBQUksRUFBRSxrQkFBa0IsU0FBUyxJQUFJLElBQUksQ0FBQyxZQUFZLEtBQUssSUFBSSxTQUFTLENBQUM7QUFBQSxRQUNoRixHQUFJLFFBQVEsQ0FBQyxJQUFJLENBQUMsZ0hBQWdIO0FBQUEsTUFDcEk7QUFBQSxNQUNBLGFBQWEsSUFBSTtBQUFBLElBQ25CO0FBQUEsRUFDRixDQUFDO0FBQ0QsU0FBTztBQUFBLElBQ0wsSUFBSTtBQUFBLElBQ0osU0FBUztBQUFBLElBQ1QsU0FBUztBQUFBLE1BQ1AsRUFBRSxPQUFPLFFBQVEsT0FBTyxVQUFVLE9BQU8sRUFBRSxJQUFJLEVBQUUsS0FBSztBQUFBLE1BQ3RELEVBQUUsT0FBTywwQkFBMEIsT0FBTyxJQUFJLEVBQUUsV0FBVyxFQUFFO0FBQUEsSUFDL0Q7QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhO0FBQUEsRUFDZjtBQUNGO0FBSU8sU0FBUyxzQkFBc0IsR0FBeUIsT0FBZ0IsTUFBb0M7QUFDakgsUUFBTSxXQUFXLEVBQUUsU0FBUyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsSUFBSTtBQUkzRCxRQUFNLFlBQVksU0FBUztBQUMzQixRQUFNLFNBQVMsQ0FBQyxVQUFnQztBQUM5QyxVQUFNLFNBQVMsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssRUFBRSxLQUFLO0FBQ2pELFVBQU0sUUFBUSxZQUFZLE9BQU8sUUFBUSxZQUFZLEVBQUUsVUFBVSxLQUFLLEVBQUUsUUFBUSxPQUFPLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQztBQUNqSCxXQUFPLEVBQUUsT0FBTyxNQUFNLE9BQU8sT0FBTyxZQUFZLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDckU7QUFDQSxRQUFNLGVBQWUsT0FBTyxTQUFTO0FBQ3JDLFFBQU0sY0FBYyxPQUFPLFFBQVE7QUFDbkMsUUFBTSxPQUFPLENBQUMsR0FBZ0IsZUFBNEM7QUFDeEUsUUFBSSxlQUFlLFFBQVEsQ0FBQyxPQUFPO0FBQ2pDLFlBQU0sT0FBTyxhQUFhLEVBQUUsS0FBSyxJQUFJLFVBQVU7QUFDL0MsWUFBTSxTQUFxQixFQUFFLE1BQU0sWUFBWSxPQUFPLE1BQU0sVUFBVSxZQUFZO0FBQ2xGLGFBQU8sQ0FBQyxTQUFTLFVBQVUsVUFBVSxPQUFPLEVBQUUsS0FBSyxJQUFJLFFBQVEsUUFBUSxNQUFNO0FBQUEsSUFDL0U7QUFDQSxXQUFPLENBQUMsVUFBVSxPQUFPLEVBQUUsS0FBSyxHQUFHLElBQUksRUFBRSxlQUFlLE9BQU8sV0FBTSxJQUFJLEVBQUUsWUFBWSxDQUFDLEdBQUcsRUFBRSxVQUFVLEdBQUcsSUFBSSxFQUFFLFlBQVksT0FBTyxXQUFNLElBQUksRUFBRSxTQUFTLENBQUMsR0FBRyxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ3hLO0FBQ0EsUUFBTSxRQUFxQjtBQUFBLElBQ3pCLFNBQVMsaUNBQWlDLEVBQUUsT0FBTyxJQUFJLG1DQUFtQyxFQUFFLElBQUk7QUFBQSxJQUNoRyxNQUFNLENBQUMsV0FBVyxrQkFBa0Isd0JBQXdCLDRCQUE0QixpQkFBaUIsdUJBQXVCLHlCQUF5QjtBQUFBLElBQ3pKLE1BQU0sU0FBUyxJQUFJLENBQUMsR0FBRyxPQUFPLEVBQUUsT0FBTyxJQUFJLEVBQUUsT0FBTyxJQUFJLE9BQU8sQ0FBQyxHQUFHLEtBQUssRUFBRSxTQUFTLGFBQWEsTUFBTSxDQUFDLENBQUUsR0FBRyxHQUFHLEtBQUssRUFBRSxRQUFRLFlBQVksTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFFLEVBQUU7QUFBQSxJQUN4SixPQUFPLFlBQVksRUFBRSxPQUFPLFFBQVEsT0FBTyxDQUFDLEdBQUcsS0FBSyxFQUFFLFVBQVUsU0FBUyxhQUFhLEtBQUssR0FBRyxHQUFHLEtBQUssRUFBRSxVQUFVLFFBQVEsWUFBWSxLQUFLLENBQUMsRUFBRSxJQUFJO0FBQUEsRUFDcEo7QUFDQSxRQUFNLFlBQVksU0FBUyxNQUFNLENBQUMsTUFBTSxFQUFFLFFBQVEsZUFBZSxRQUFRLEVBQUUsT0FBTyxlQUFlLFNBQVMsU0FBVSxDQUFDLGFBQWEsRUFBRSxRQUFRLEtBQUssS0FBSyxDQUFDLGFBQWEsRUFBRSxPQUFPLEtBQUssRUFBRztBQUNyTCxRQUFNLE1BQU0sWUFDUixTQUFTO0FBQUEsSUFDUCxJQUFJO0FBQUEsSUFDSixPQUFPLHdDQUF3QyxFQUFFLE9BQU8sSUFBSSxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ3RFLGFBQWE7QUFBQSxJQUNiLFlBQVksU0FBUyxJQUFJLENBQUMsTUFBTSxJQUFJLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsUUFBUTtBQUFBLE1BQ04sRUFBRSxNQUFNLEdBQUcsRUFBRSxPQUFPLElBQUksWUFBWSxRQUFRLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLFVBQVcsRUFBRTtBQUFBLE1BQ3ZGLEVBQUUsTUFBTSxpQkFBaUIsUUFBUSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxVQUFXLEVBQUU7QUFBQSxJQUM3RTtBQUFBLElBQ0EsUUFBUSxjQUFjLEVBQUUsSUFBSTtBQUFBLElBQzVCLFFBQVE7QUFBQSxFQUNWLENBQUMsSUFDRDtBQUNKLFFBQU0sVUFBVSxFQUFFLGFBQWEsc0JBQXNCLEVBQUUsYUFBYTtBQUNwRSxTQUFPO0FBQUEsSUFDTCxJQUFJO0FBQUEsSUFDSixTQUFTO0FBQUEsSUFDVCxTQUFTO0FBQUEsTUFDUCxFQUFFLE9BQU8sb0NBQW9DLE9BQU8sU0FBUyxDQUFDLGFBQWEsRUFBRSxVQUFVLFFBQVEsS0FBSyxJQUFJLElBQUksRUFBRSxVQUFVLFFBQVEsWUFBWSxDQUFDLElBQUksV0FBVztBQUFBLE1BQzVKLEVBQUUsT0FBTywwQ0FBMEMsT0FBTyxTQUFTLENBQUMsYUFBYSxFQUFFLFVBQVUsT0FBTyxLQUFLLElBQUksSUFBSSxFQUFFLFVBQVUsT0FBTyxZQUFZLENBQUMsSUFBSSxXQUFXO0FBQUEsSUFDbEs7QUFBQSxJQUNBLFNBQVM7QUFBQSxNQUNQO0FBQUEsUUFDRSxJQUFJO0FBQUEsUUFDSixPQUFPO0FBQUEsUUFDUCxPQUFPLE1BQU0sRUFBRSxJQUFJLGtCQUFrQixPQUFPLHdDQUF3QyxFQUFFLE9BQU8sSUFBSSxJQUFJLEVBQUUsSUFBSSxJQUFJLGFBQWEsOENBQThDLElBQUksSUFBSTtBQUFBLFFBQ2xMO0FBQUEsUUFDQSxRQUFRLENBQUMsR0FBRyxFQUFFLFFBQVEsMEJBQTBCLEtBQUssRUFBRSxhQUFhLGlCQUFpQixLQUFLLE9BQU8sY0FBYyxLQUFLLEVBQUUsYUFBYSxrQkFBa0IsS0FBSyxPQUFPLEdBQUc7QUFBQSxRQUNwSyxhQUFhO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFBQSxJQUNBLGFBQWE7QUFBQSxFQUNmO0FBQ0Y7QUFFTyxTQUFTLFlBQVksR0FBZSxPQUErQjtBQUN4RSxRQUFNLGFBQWEsZ0JBQWdCLE9BQU8sRUFBRSxhQUFhLEVBQUUsUUFBUTtBQUNuRSxRQUFNLE9BQU8sQ0FBQyxNQUFzQixhQUFhLEVBQUUsTUFBTSxZQUFZLE9BQU8sTUFBTSxVQUFVLFlBQXFCLElBQUksSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDO0FBQ2xJLFFBQU0sVUFBVSxFQUFFLGFBQWE7QUFDL0IsU0FBTztBQUFBLElBQ0wsSUFBSTtBQUFBLElBQ0osU0FBUztBQUFBLElBQ1QsU0FBUztBQUFBLE1BQ1AsRUFBRSxPQUFPLGtCQUFrQixPQUFPLEVBQUUsY0FBYztBQUFBLE1BQ2xELEVBQUUsT0FBTyxlQUFlLE9BQU8sS0FBSyxFQUFFLFVBQVUsRUFBRSxLQUFLO0FBQUEsTUFDdkQsRUFBRSxPQUFPLGtCQUFrQixPQUFPLElBQUksRUFBRSxhQUFhLEVBQUU7QUFBQSxJQUN6RDtBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1A7QUFBQSxRQUNFLElBQUk7QUFBQSxRQUNKLE9BQU87QUFBQSxRQUNQLE9BQU87QUFBQSxRQUNQLE9BQU87QUFBQSxVQUNMLFNBQVMsMkJBQTJCLEVBQUUsYUFBYSxHQUFHLEVBQUUsU0FBUyxLQUFLLEVBQUUsT0FBTyxJQUFJLGNBQWMsRUFBRSxvQkFBb0IsU0FBUyxRQUFRLEVBQUUsY0FBYyxFQUFFLENBQUMsQ0FBQztBQUFBLFVBQzVKLE1BQU0sQ0FBQyxVQUFVLE9BQU87QUFBQSxVQUN4QixNQUFNO0FBQUEsWUFDSixFQUFFLE9BQU8sa0JBQWtCLE9BQU8sQ0FBQyxVQUFVLE9BQU8sRUFBRSxRQUFRLENBQUMsRUFBRTtBQUFBLFlBQ2pFLEVBQUUsT0FBTyxzQ0FBc0MsT0FBTyxDQUFDLFVBQVUsT0FBTyxFQUFFLFdBQVcsQ0FBQyxFQUFFO0FBQUEsWUFDeEYsRUFBRSxPQUFPLGVBQWUsT0FBTyxDQUFDLEtBQUssRUFBRSxVQUFVLENBQUMsRUFBRTtBQUFBLFlBQ3BELEVBQUUsT0FBTyxrQkFBa0IsT0FBTyxDQUFDLElBQUksSUFBSSxFQUFFLGFBQWEsR0FBRyxFQUFFLGFBQWEsQ0FBQyxFQUFFO0FBQUEsWUFDL0UsRUFBRSxPQUFPLG1DQUFtQyxPQUFPLENBQUMsYUFBYSxFQUFFLE1BQU0sWUFBWSxPQUFPLE1BQU0sVUFBVSxZQUFZLElBQUksSUFBSSxFQUFFLGVBQWUsT0FBTyxXQUFNLElBQUksRUFBRSxhQUFhLEtBQUssUUFBUSxDQUFDLENBQUMsV0FBVyxFQUFFLFVBQVUsQ0FBQyxFQUFFO0FBQUEsVUFDNU47QUFBQSxVQUNBLE9BQU87QUFBQSxRQUNUO0FBQUEsUUFDQSxRQUFRLENBQUMsR0FBRyxFQUFFLFFBQVEsMkJBQTJCLEtBQUssT0FBTyxLQUFLLE9BQU8sb0JBQW9CLEVBQUUsYUFBYSxvQkFBb0IsU0FBUyxFQUFFLGFBQWEsaUJBQWlCLElBQUksTUFBTSxHQUFHO0FBQUEsUUFDdEwsYUFBYTtBQUFBLE1BQ2Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxhQUFhO0FBQUEsRUFDZjtBQUNGO0FBR08sU0FBUyxtQkFBbUIsSUFBeUIsU0FBaUIsS0FBNEI7QUFDdkcsU0FBTyxFQUFFLElBQUksU0FBUyxTQUFTLENBQUMsR0FBRyxTQUFTLENBQUMsR0FBRyxhQUFhLElBQUk7QUFDbkU7IiwKICAibmFtZXMiOiBbXQp9Cg==
