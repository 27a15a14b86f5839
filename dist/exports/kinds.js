import { InvalidInputError } from "../errors.js";
import { cellOf } from "./cells.js";
import { IMPORT_KINDS } from "../imports/kind-names.js";
function need(p, name, what) {
  const v = p[name]?.trim();
  if (!v) throw new InvalidInputError(`Say ${what} (${name}).`, { field: name });
  return v;
}
function id(p, name, what) {
  const v = need(p, name, what);
  const n = Number(v);
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidInputError(`${name} must be ${what} (a whole number), not "${v}".`, { field: name });
  return n;
}
function fraction(p, name, required) {
  const v = p[name]?.trim();
  if (!v) {
    if (required) throw new InvalidInputError(`Say the ${name} as a fraction, e.g. 0.16 or 16%.`, { field: name });
    return void 0;
  }
  const n = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (!Number.isFinite(n)) throw new InvalidInputError(`${name} must be a fraction such as 0.16 or 16%, not "${v}".`, { field: name });
  return n;
}
const opt = (p, name) => p[name]?.trim() || void 0;
const row = (values, personId) => ({ personId, cells: values.map(cellOf) });
const WITHHELD = "withheld";
const FEWER_THAN_5 = "fewer than 5";
const SCHEME = { name: "scheme", required: true, description: "the scheme code, e.g. PPO" };
async function runRows(s, actor, runId, onlyPool) {
  const run = await s.selection.getRun(actor, { runId, withCriteria: false });
  const results = onlyPool ? run.results.filter((r) => r.inPool) : run.results;
  const labels = await s.people.labels(actor, results.map((r) => r.personId));
  const withheld = run.scoresWithheld !== null;
  return {
    title: onlyPool ? `pool ${run.schemeCode} ${run.asOf}` : `selection run ${run.runId}`,
    scheme: run.schemeCode,
    columns: ["run", "as_of", "rank", "person_ref", "name", "score", "member", "in_pool", "above_lowest_member", "priority", "proposal", "proposal_reasons"],
    rows: results.map(
      (r) => row(
        [
          run.runId,
          run.asOf,
          withheld ? WITHHELD : r.rank,
          r.personRef,
          labels.get(r.personId)?.name ?? null,
          withheld ? WITHHELD : r.score,
          r.member,
          r.inPool,
          withheld ? WITHHELD : r.aboveLowestMember,
          r.priority,
          r.proposal,
          r.proposalReasons.map((x) => x.text).join(" ")
        ],
        r.personId
      )
    )
  };
}
const LIST_KINDS = {
  pool: {
    figuresOnly: false,
    permission: "export:run",
    label: "The selection pool: everyone in the pool of the scheme\u2019s latest selection run (or of run=ID), ranked",
    params: [SCHEME, { name: "run", description: "a run of the scheme (default its latest)" }],
    page: "/schemes/{scheme}/selection",
    async draw(s, actor, p) {
      const scheme = need(p, "scheme", "the scheme");
      let runId;
      if (opt(p, "run")) runId = id(p, "run", "a selection run number");
      else {
        const runs = await s.selection.listRuns(actor, { schemeCode: scheme });
        if (!runs[0]) throw new InvalidInputError(`Scheme ${scheme} has no selection run yet, so it has no pool to export. Run the selection first.`, { field: "scheme" });
        runId = runs[0].runId;
      }
      const list = await runRows(s, actor, runId, true);
      if (list.scheme !== scheme.toUpperCase() && list.scheme !== scheme) throw new InvalidInputError(`Run ${runId} is of scheme ${list.scheme}, not ${scheme}.`, { field: "run" });
      return list;
    }
  },
  "selection-run": {
    figuresOnly: false,
    permission: "export:run",
    label: "A selection run: every row, as its page shows them (scores withheld where the page withholds them)",
    params: [{ name: "run", required: true, description: "the run number" }],
    page: "/selection/runs/{run}",
    draw: (s, actor, p) => runRows(s, actor, id(p, "run", "a selection run number"), false)
  },
  "panel-minutes": {
    figuresOnly: false,
    permission: "export:run",
    label: "The minutes of a panel: its decisions",
    params: [SCHEME, { name: "date", required: true, description: "the meeting date, YYYY-MM-DD" }],
    page: "/schemes/{scheme}/panel/minutes?date={date}",
    async draw(s, actor, p) {
      const m = await s.panel.minutes(actor, { schemeCode: need(p, "scheme", "the scheme"), meetingDate: need(p, "date", "the meeting date") });
      const labels = await s.people.labels(actor, m.decisions.map((d) => d.personId));
      return {
        title: `minutes ${m.schemeCode} ${m.meetingDate}`,
        scheme: m.schemeCode,
        columns: ["meeting_date", "person_ref", "name", "item", "decision", "action", "reason", "end_reason", "exit_plan", "tier", "score", "decided_by", "decided_at", "items"],
        rows: m.decisions.map(
          (d) => row(
            [m.meetingDate, d.personRef, labels.get(d.personId)?.name ?? null, d.item, d.decision, d.action, d.reason, d.endReason, d.exitPlan, d.tierCode, m.scoresWithheld ? WITHHELD : d.score, d.decidedBy, d.decidedAt, d.items.join("; ")],
            d.personId
          )
        )
      };
    }
  },
  "scheme-members": {
    figuresOnly: false,
    permission: "export:run",
    label: "The members of a scheme on a date",
    params: [SCHEME, { name: "asOf", description: "the date, YYYY-MM-DD (default today)" }],
    page: "/schemes/{scheme}",
    async draw(s, actor, p, today) {
      const page = await s.schemes.page(actor, need(p, "scheme", "the scheme"), opt(p, "asOf") ?? today);
      return {
        title: `members ${page.code} ${page.asOf}`,
        scheme: page.code,
        columns: ["as_of", "person_ref", "name", "tier", "start_date", "years_on_scheme", "area", "in_custody", "custody_sentence_days", "expected_release_date"],
        rows: page.members.map(
          (m) => row([page.asOf, m.personRef, m.name, m.tier, m.startDate, m.yearsOnScheme, m.areaName, m.inCustody, m.custodySentenceDays, m.expectedReleaseDate], m.personId)
        )
      };
    }
  },
  caseload: {
    figuresOnly: false,
    permission: "case:work",
    label: "A caseload, with the filters and order of its page",
    params: [
      { name: "view", description: "mine, team or all (as the caseload page)" },
      { name: "scheme", description: "only cases on this scheme" },
      { name: "lead", description: "only cases led by this agency (its code)" },
      { name: "sort", description: "the order, as the caseload page" },
      { name: "order", description: "asc or desc" },
      { name: "username", description: "whose caseload (the CLI operator only)" }
    ],
    page: "/caseload",
    async draw(s, actor, p) {
      const c = await s.cases.caseload(actor, { view: opt(p, "view"), scheme: opt(p, "scheme"), lead: opt(p, "lead"), sort: opt(p, "sort"), order: opt(p, "order"), username: opt(p, "username") });
      return {
        title: `caseload ${c.view}`,
        scheme: c.filters.scheme,
        columns: ["person_ref", "family_name", "given_names", "scheme", "lead", "case_manager", "opened_on", "open_actions", "overdue_actions", "next_due", "unacknowledged_alerts", "appointments_today"],
        rows: c.cases.map(
          (r) => row([r.personRef, r.familyName, r.givenNames, r.scheme, r.leadCode, r.caseManager, r.openedOn, r.openActions, r.overdueActions, r.nextDue, r.unacknowledgedAlerts, r.appointmentsToday], r.personId)
        )
      };
    }
  },
  "watch-list": {
    figuresOnly: false,
    neverRestricted: true,
    permission: "case:work",
    label: "A saved watch list\u2019s results today",
    params: [{ name: "list", required: true, description: "the watch list\u2019s number" }],
    page: "/watch-lists/{list}",
    async draw(s, actor, p) {
      const r = await s.watchLists.run(actor, id(p, "list", "a watch list number"));
      return {
        title: `watch list ${r.list.id}`,
        scheme: null,
        columns: ["as_of", "person_ref", "name", "date", "detail"],
        rows: r.rows.map((w) => row([r.asOf, w.personRef, w.name, w.date, w.detail], w.personId))
      };
    }
  },
  alerts: {
    figuresOnly: false,
    permission: "case:work",
    label: "Your alerts, newest first",
    params: [{ name: "forUser", description: "whose alerts (the CLI operator only: a username)" }],
    page: "/alerts",
    async draw(s, actor, p) {
      const all = [];
      let cursor;
      for (; ; ) {
        const page = await s.alerts.list(actor, { cursor, limit: 200, forUser: opt(p, "forUser") });
        all.push(...page.alerts);
        if (!page.next) break;
        cursor = page.next;
      }
      return {
        title: "alerts",
        scheme: null,
        columns: ["raised_on", "kind", "person_ref", "name", "scheme", "about_date", "detail", "recipients", "acknowledged_by", "acknowledged_at"],
        rows: all.map(
          (a) => row([a.raisedOn, a.kindLabel, a.personRef, a.name, a.scheme, a.aboutDate, a.detail, a.recipients.join("; "), a.acknowledged?.by ?? null, a.acknowledged?.at ?? null], a.personId)
        )
      };
    }
  },
  ni30: {
    figuresOnly: true,
    permission: "performance:view",
    label: "The NI30 table: actual against expected convictions by quarter",
    params: [
      SCHEME,
      { name: "year", required: true, description: "the performance year, e.g. 2008/09" },
      { name: "ceiling", required: true, description: "the performance ceiling, e.g. 0.16 or 16%" },
      { name: "stretch", description: "the stretch target" },
      { name: "cohortDate", description: "the cohort date (default 1 April of the year)" },
      { name: "cohortList", description: "a frozen cohort list instead" },
      { name: "asOf", description: "count only convictions recorded by this date" }
    ],
    page: "/performance/{scheme}/{year}",
    async draw(s, actor, p) {
      const r = await s.performance.ni30(actor, {
        schemeCode: need(p, "scheme", "the scheme"),
        year: need(p, "year", "the performance year"),
        ceiling: fraction(p, "ceiling", true),
        stretch: fraction(p, "stretch", false) ?? null,
        cohortDate: opt(p, "cohortDate") ?? null,
        cohortListId: opt(p, "cohortList") ? id(p, "cohortList", "a cohort list number") : null,
        asOf: opt(p, "asOf") ?? null
      });
      return {
        title: `NI30 ${r.scheme.code} ${r.year}`,
        scheme: r.scheme.code,
        columns: ["year", "quarter", "start", "actual", "expected", "variance", "cumulative_actual", "cumulative_expected", "cumulative_variance"],
        rows: [
          ...r.quarters.map((q) => row([r.year, `Q${q.quarter}`, q.start, q.actual, q.expected, q.variance, q.cumulativeActual, q.cumulativeExpected, q.cumulativeVariance])),
          row([r.year, "Year", null, r.actual, r.threshold, r.actual - r.threshold, null, null, null])
        ]
      };
    }
  },
  ni38: {
    figuresOnly: true,
    permission: "performance:view",
    label: "The NI38 table: actual against predicted offending by area (aggregate; contributors are not exported here)",
    params: [
      { name: "scheme", description: "only people on this scheme in the cohort period" },
      { name: "from", description: "cohort period start" },
      { name: "to", description: "cohort period end" },
      { name: "year", description: "without from/to: the January\u2013March quarter of this performance year" },
      { name: "model", description: "the prediction model version" },
      { name: "asOf", description: "count only convictions recorded by this date" }
    ],
    page: "/performance",
    async draw(s, actor, p) {
      const r = await s.performance.ni38(actor, { schemeCode: opt(p, "scheme") ?? null, from: opt(p, "from") ?? null, to: opt(p, "to") ?? null, year: opt(p, "year") ?? null, modelVersion: opt(p, "model") ?? null, asOf: opt(p, "asOf") ?? null });
      return {
        title: `NI38 ${r.from} to ${r.to}`,
        scheme: r.scheme?.code ?? null,
        columns: ["from", "to", "area", "cohort", "actual", "predicted", "ratio"],
        rows: [
          ...r.byArea.map((a) => row([r.from, r.to, a.areaCode ?? "(unknown)", a.cohortSize, a.actual, a.predicted, a.ratio])),
          row([r.from, r.to, "All", r.cohortSize, r.actual, r.predicted, r.ratio])
        ]
      };
    }
  },
  reoffending: {
    figuresOnly: true,
    permission: "performance:view",
    label: "Proven reoffending: the headline figures and the cost by category",
    params: [
      { name: "scheme", description: "only people on this scheme in the period" },
      { name: "from", required: true, description: "first day of the period" },
      { name: "to", required: true, description: "last day of the period" },
      { name: "asOf", description: "the date the figures are read on (default today)" }
    ],
    page: "/performance",
    async draw(s, actor, p, today) {
      const r = await s.performance.reoffending(actor, { schemeCode: opt(p, "scheme") ?? null, from: need(p, "from", "the first day of the period"), to: need(p, "to", "the last day of the period"), asOf: opt(p, "asOf") ?? today });
      const m = (measure, value) => row([r.from, r.to, measure, value]);
      return {
        title: `reoffending ${r.from} to ${r.to}`,
        scheme: r.scheme?.code ?? null,
        columns: ["from", "to", "measure", "value"],
        rows: [
          m("cohort", r.cohortSize),
          m("reoffenders", r.reoffenders),
          m("binary rate", r.binaryRate),
          m("proven reoffences", r.offences),
          m("reoffences per offender", r.frequencyPerOffender),
          m("reoffences per reoffender", r.frequencyPerReoffender),
          m("total gravity", r.severity.totalGravity),
          m("mean gravity", r.severity.meanGravity),
          m("top 10% share of reoffences", r.concentration.topDecileShare),
          m("Gini", r.concentration.gini),
          ...r.cost.byCategory.map((c) => m(`cost: ${c.category} (${c.offences} offences)`, c.cost)),
          m("estimated cost", r.cost.total),
          m("provisional", r.provisional)
        ]
      };
    }
  },
  concentration: {
    figuresOnly: true,
    permission: "performance:view",
    label: "Concentration: the Lorenz curve of the reoffending cohort\u2019s offences",
    params: [
      { name: "scheme", description: "only people on this scheme in the period" },
      { name: "from", required: true, description: "first day of the period" },
      { name: "to", required: true, description: "last day of the period" },
      { name: "asOf", description: "the date the figures are read on (default today)" }
    ],
    page: "/performance",
    async draw(s, actor, p, today) {
      const r = await s.performance.reoffending(actor, { schemeCode: opt(p, "scheme") ?? null, from: need(p, "from", "the first day of the period"), to: need(p, "to", "the last day of the period"), asOf: opt(p, "asOf") ?? today });
      return {
        title: `concentration ${r.from} to ${r.to}`,
        scheme: r.scheme?.code ?? null,
        columns: ["from", "to", "share_of_people", "share_of_offences"],
        rows: r.concentration.lorenz.map((l) => row([r.from, r.to, l.people, l.offences]))
      };
    }
  },
  drr: {
    figuresOnly: true,
    suppressesSmallCounts: true,
    permission: "performance:view",
    label: "DRR starts and completions by quarter against the target",
    params: [{ name: "year", description: "the performance year (default the current one)" }],
    page: "/drr?year={year}",
    async draw(s, actor, p) {
      const r = await s.drr.figures(actor, opt(p, "year"));
      const n = (v) => v === null ? FEWER_THAN_5 : v;
      return {
        title: `DRR ${r.year}`,
        scheme: null,
        columns: ["year", "quarter", "start", "end", "starts", "completions", "early_terminations", "other_ends", "target_starts", "target_completions"],
        rows: [
          ...r.quarters.map((q) => row([r.year, q.label, q.start, q.end, n(q.starts), n(q.completions), n(q.earlyTerminations), n(q.otherEnds), null, null])),
          row([r.year, "Year", r.start, r.end, n(r.total.starts), n(r.total.completions), n(r.total.earlyTerminations), n(r.total.otherEnds), r.target?.starts ?? null, r.target?.completions ?? null])
        ]
      };
    }
  },
  disproportionality: {
    figuresOnly: true,
    permission: "export:run",
    label: "Disproportionality: selection rates by ethnicity, sex and age band in a selection run",
    params: [{ name: "run", required: true, description: "the run number" }],
    page: "/selection/runs/{run}",
    async draw(s, actor, p) {
      const run = await s.selection.getRun(actor, { runId: id(p, "run", "a selection run number"), limit: 0, withCriteria: false });
      const d = run.summary.disproportionality;
      return {
        title: `disproportionality run ${run.runId}`,
        scheme: run.schemeCode,
        columns: ["run", "as_of", "dimension", "group", "pool", "selected", "rate", "ratio_to_overall", "ratio_to_reference", "reference_group"],
        rows: [
          row([run.runId, d.asOf, "all", "All", d.pool, d.selected, d.overallRate, null, null, null]),
          ...d.dimensions.flatMap((dim) => dim.groups.map((g) => row([run.runId, d.asOf, dim.dimension, g.group, g.pool, g.selected, g.rate, g.ratioToOverall, g.ratioToReference, dim.reference])))
        ]
      };
    }
  }
};
const LIST_KIND_NAMES = Object.keys(LIST_KINDS);
function isListKind(kind) {
  return Object.prototype.hasOwnProperty.call(LIST_KINDS, kind);
}
const ALL_PARAMS = [...new Set(Object.values(LIST_KINDS).flatMap((k) => k.params.map((p) => p.name)))];
const EXPORT_KINDS = [...LIST_KIND_NAMES, ...IMPORT_KINDS];
export {
  ALL_PARAMS,
  EXPORT_KINDS,
  LIST_KINDS,
  LIST_KIND_NAMES,
  isListKind
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2V4cG9ydHMva2luZHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSByZWdpc3RyeSBvZiBsaXN0IGtpbmRzIHRoYXQgZXhwb3J0IChTUEVDIDMuNywgaXNzdWUgMTYpOiBlYWNoIGtpbmQgZHJhd3Ncbi8vIGl0cyBsaXN0IHdpdGggVEhFIHNlcnZpY2UgZnVuY3Rpb24gdGhhdCBkcmF3cyBpdCBvbiBpdHMgcGFnZSAobm8gc2Vjb25kXG4vLyBxdWVyeSksIHNvIG5lZWQtdG8ta25vdyBhbmQgd2l0aGhvbGRpbmcgYXBwbHkgZXhhY3RseSBhcyBvbiB0aGUgcGFnZSwgYW5kXG4vLyBtYXBzIHRoZSByb3dzIHRvIGNvbHVtbnMuIEEga2luZCBvZiBwZW9wbGUgbmFtZXMgZWFjaCByb3cncyBwZXJzb24gKGZvciB0aGVcbi8vIGRpc2Nsb3N1cmUgZW50cnkpOyBhIGtpbmQgb2YgZmlndXJlcyBuYW1lcyBub2JvZHkuXG5pbXBvcnQgdHlwZSB7IEFjdG9yIH0gZnJvbSAnLi4vYWNjZXNzL2FjdG9yLmpzJztcbmltcG9ydCB0eXBlIHsgUGVybWlzc2lvbiB9IGZyb20gJy4uL2FjY2Vzcy9wZXJtaXNzaW9ucy5qcyc7XG5pbXBvcnQgeyBJbnZhbGlkSW5wdXRFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IHNlbGVjdGlvblNlcnZpY2UgfSBmcm9tICcuLi9zZWxlY3Rpb24vc2VydmljZS5qcyc7XG5pbXBvcnQgdHlwZSB7IHNjaGVtZVNlcnZpY2UgfSBmcm9tICcuLi9zY2hlbWVzL3NlcnZpY2UuanMnO1xuaW1wb3J0IHR5cGUgeyBwYW5lbFNlcnZpY2UgfSBmcm9tICcuLi9wYW5lbC9zZXJ2aWNlLmpzJztcbmltcG9ydCB0eXBlIHsgY2FzZVNlcnZpY2UgfSBmcm9tICcuLi9jYXNlcy9zZXJ2aWNlLmpzJztcbmltcG9ydCB0eXBlIHsgYWxlcnRTZXJ2aWNlIH0gZnJvbSAnLi4vYWxlcnRzL3NlcnZpY2UuanMnO1xuaW1wb3J0IHR5cGUgeyB3YXRjaExpc3RTZXJ2aWNlIH0gZnJvbSAnLi4vYWxlcnRzL3dhdGNoLWxpc3RzLmpzJztcbmltcG9ydCB0eXBlIHsgcGVyZm9ybWFuY2VTZXJ2aWNlIH0gZnJvbSAnLi4vcGVyZm9ybWFuY2Uvc2VydmljZS5qcyc7XG5pbXBvcnQgdHlwZSB7IGRyclNlcnZpY2UgfSBmcm9tICcuLi9kcnIvc2VydmljZS5qcyc7XG5pbXBvcnQgdHlwZSB7IHBlb3BsZVNlcnZpY2UgfSBmcm9tICcuLi9wZW9wbGUvc2VydmljZS5qcyc7XG5pbXBvcnQgeyBjZWxsT2YsIHR5cGUgQ2VsbCB9IGZyb20gJy4vY2VsbHMuanMnO1xuaW1wb3J0IHsgSU1QT1JUX0tJTkRTIH0gZnJvbSAnLi4vaW1wb3J0cy9raW5kLW5hbWVzLmpzJztcblxuLyoqIFRoZSBzZXJ2aWNlcyB0aGUga2luZHMgZHJhdyB0aGVpciBsaXN0cyBmcm9tIChhIHBhcnQgb2Ygc3JjL3NlcnZpY2VzLnRzKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTGlzdFNlcnZpY2VzIHtcbiAgc2VsZWN0aW9uOiBSZXR1cm5UeXBlPHR5cGVvZiBzZWxlY3Rpb25TZXJ2aWNlPjtcbiAgc2NoZW1lczogUmV0dXJuVHlwZTx0eXBlb2Ygc2NoZW1lU2VydmljZT47XG4gIHBhbmVsOiBSZXR1cm5UeXBlPHR5cGVvZiBwYW5lbFNlcnZpY2U+O1xuICBjYXNlczogUmV0dXJuVHlwZTx0eXBlb2YgY2FzZVNlcnZpY2U+O1xuICBhbGVydHM6IFJldHVyblR5cGU8dHlwZW9mIGFsZXJ0U2VydmljZT47XG4gIHdhdGNoTGlzdHM6IFJldHVyblR5cGU8dHlwZW9mIHdhdGNoTGlzdFNlcnZpY2U+O1xuICBwZXJmb3JtYW5jZTogUmV0dXJuVHlwZTx0eXBlb2YgcGVyZm9ybWFuY2VTZXJ2aWNlPjtcbiAgZHJyOiBSZXR1cm5UeXBlPHR5cGVvZiBkcnJTZXJ2aWNlPjtcbiAgcGVvcGxlOiBSZXR1cm5UeXBlPHR5cGVvZiBwZW9wbGVTZXJ2aWNlPjtcbn1cblxuLyoqIEEgbGlzdCdzIHBhcmFtZXRlcnMgYXMgdGhleSBjb21lIGZyb20gYSBxdWVyeSBzdHJpbmcgb3IgQ0xJIG9wdGlvbnMuICovXG5leHBvcnQgdHlwZSBFeHBvcnRQYXJhbXMgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIERyYXduUm93IHtcbiAgLyoqIFRoZSBwZXJzb24gdGhlIHJvdyBpcyBhYm91dCAobGlzdHMgb2YgcGVvcGxlKSwgZm9yIHRoZSBkaXNjbG9zdXJlIGVudHJ5LiAqL1xuICBwZXJzb25JZD86IG51bWJlcjtcbiAgY2VsbHM6IENlbGxbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBEcmF3bkxpc3Qge1xuICB0aXRsZTogc3RyaW5nO1xuICAvKiogVGhlIHNjaGVtZSB0aGUgbGlzdCBpcyBvZiwgZm9yIHRoZSBmaWxlIG5hbWU7IG51bGwgd2hlbiBpdCBoYXMgbm9uZS4gKi9cbiAgc2NoZW1lOiBzdHJpbmcgfCBudWxsO1xuICBjb2x1bW5zOiBzdHJpbmdbXTtcbiAgcm93czogRHJhd25Sb3dbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQYXJhbVNwZWMge1xuICBuYW1lOiBzdHJpbmc7XG4gIHJlcXVpcmVkPzogYm9vbGVhbjtcbiAgZGVzY3JpcHRpb246IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBMaXN0S2luZCB7XG4gIC8qKiBBIGxpc3Qgb2YgcGVvcGxlIChlYWNoIHJvdyBuYW1lcyBvbmUpIG9yIG9mIGFnZ3JlZ2F0ZSBmaWd1cmVzIG9ubHkuICovXG4gIGZpZ3VyZXNPbmx5OiBib29sZWFuO1xuICAvKipcbiAgICogQSB0YWJsZSBvZiBmaWd1cmVzIHdob3NlIGNvdW50cyBmcm9tIDEgdG8gNCB0aGUgZXhwb3J0IGl0c2VsZiBzdXBwcmVzc2VzXG4gICAqIGZvciByZWFkZXJzIHdobyBtYXkgbm90IHNlZSBwZW9wbGUgKGJvYXJkIG1lbWJlcnMpLiBBIHRhYmxlIHdpdGhvdXQgaXRcbiAgICogaG9sZHMgaXRzIHNtYWxsIGNvdW50cyBhcyB0aGV5IGFyZSwgc28gb25seSB0aG9zZSB3aG8gbWF5IHNlZSBwZW9wbGUnc1xuICAgKiBmaWd1cmVzIChwZXJmb3JtYW5jZTpuYW1lcykgZXhwb3J0IGl0LlxuICAgKi9cbiAgc3VwcHJlc3Nlc1NtYWxsQ291bnRzPzogdHJ1ZTtcbiAgLyoqIEEgbGlzdCB3aG9zZSBmaWxlIG5ldmVyIGNhcnJpZXMgYSByZXN0cmljdGVkIHJlY29yZCwganVzdGlmaWNhdGlvbiBvciBub3QgKHdhdGNoIGxpc3RzOiBkb2NzL25lZWQtdG8ta25vdy5tZCkuICovXG4gIG5ldmVyUmVzdHJpY3RlZD86IHRydWU7XG4gIC8qKiBXaG8gbWF5IGV4cG9ydCBpdCAoYmVzaWRlcyB3aGF0IHRoZSBsaXN0J3Mgb3duIHNlcnZpY2UgYXNrcykuICovXG4gIHBlcm1pc3Npb246IFBlcm1pc3Npb247XG4gIGxhYmVsOiBzdHJpbmc7XG4gIHBhcmFtczogUGFyYW1TcGVjW107XG4gIC8qKiBXaGVyZSB0aGUgbGlzdCBpcyBvbiB0aGUgd2ViIChmb3IgdGhlIGRvY3MgYW5kIHRoZSBsaW5rcykuICovXG4gIHBhZ2U6IHN0cmluZztcbiAgZHJhdyhzOiBMaXN0U2VydmljZXMsIGFjdG9yOiBBY3RvciwgcDogRXhwb3J0UGFyYW1zLCB0b2RheTogc3RyaW5nKTogUHJvbWlzZTxEcmF3bkxpc3Q+O1xufVxuXG5mdW5jdGlvbiBuZWVkKHA6IEV4cG9ydFBhcmFtcywgbmFtZTogc3RyaW5nLCB3aGF0OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCB2ID0gcFtuYW1lXT8udHJpbSgpO1xuICBpZiAoIXYpIHRocm93IG5ldyBJbnZhbGlkSW5wdXRFcnJvcihgU2F5ICR7d2hhdH0gKCR7bmFtZX0pLmAsIHsgZmllbGQ6IG5hbWUgfSk7XG4gIHJldHVybiB2O1xufVxuXG5mdW5jdGlvbiBpZChwOiBFeHBvcnRQYXJhbXMsIG5hbWU6IHN0cmluZywgd2hhdDogc3RyaW5nKTogbnVtYmVyIHtcbiAgY29uc3QgdiA9IG5lZWQocCwgbmFtZSwgd2hhdCk7XG4gIGNvbnN0IG4gPSBOdW1iZXIodik7XG4gIGlmICghL15bMC05XSskLy50ZXN0KHYpIHx8ICFOdW1iZXIuaXNTYWZlSW50ZWdlcihuKSB8fCBuIDw9IDApIHRocm93IG5ldyBJbnZhbGlkSW5wdXRFcnJvcihgJHtuYW1lfSBtdXN0IGJlICR7d2hhdH0gKGEgd2hvbGUgbnVtYmVyKSwgbm90IFwiJHt2fVwiLmAsIHsgZmllbGQ6IG5hbWUgfSk7XG4gIHJldHVybiBuO1xufVxuXG5mdW5jdGlvbiBmcmFjdGlvbihwOiBFeHBvcnRQYXJhbXMsIG5hbWU6IHN0cmluZywgcmVxdWlyZWQ6IGJvb2xlYW4pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCB2ID0gcFtuYW1lXT8udHJpbSgpO1xuICBpZiAoIXYpIHtcbiAgICBpZiAocmVxdWlyZWQpIHRocm93IG5ldyBJbnZhbGlkSW5wdXRFcnJvcihgU2F5IHRoZSAke25hbWV9IGFzIGEgZnJhY3Rpb24sIGUuZy4gMC4xNiBvciAxNiUuYCwgeyBmaWVsZDogbmFtZSB9KTtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIGNvbnN0IG4gPSB2LmVuZHNXaXRoKCclJykgPyBOdW1iZXIodi5zbGljZSgwLCAtMSkpIC8gMTAwIDogTnVtYmVyKHYpO1xuICBpZiAoIU51bWJlci5pc0Zpbml0ZShuKSkgdGhyb3cgbmV3IEludmFsaWRJbnB1dEVycm9yKGAke25hbWV9IG11c3QgYmUgYSBmcmFjdGlvbiBzdWNoIGFzIDAuMTYgb3IgMTYlLCBub3QgXCIke3Z9XCIuYCwgeyBmaWVsZDogbmFtZSB9KTtcbiAgcmV0dXJuIG47XG59XG5cbmNvbnN0IG9wdCA9IChwOiBFeHBvcnRQYXJhbXMsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCA9PiBwW25hbWVdPy50cmltKCkgfHwgdW5kZWZpbmVkO1xuXG5jb25zdCByb3cgPSAodmFsdWVzOiB1bmtub3duW10sIHBlcnNvbklkPzogbnVtYmVyKTogRHJhd25Sb3cgPT4gKHsgcGVyc29uSWQsIGNlbGxzOiB2YWx1ZXMubWFwKGNlbGxPZikgfSk7XG5cbi8qKiBBIHdpdGhoZWxkIGZpZ3VyZSBpcyB3cml0dGVuIGFzIHRoZSB3b3JkLCBuZXZlciBhcyB0aGUgdmFsdWUuICovXG5jb25zdCBXSVRISEVMRCA9ICd3aXRoaGVsZCc7XG4vKiogQSBjb3VudCBmcm9tIDEgdG8gNCB3aXRoaGVsZCBmcm9tIGEgdmlld2VyIHdobyBtYXkgbm90IHNlZSBwZW9wbGUuICovXG5jb25zdCBGRVdFUl9USEFOXzUgPSAnZmV3ZXIgdGhhbiA1JztcblxuY29uc3QgU0NIRU1FOiBQYXJhbVNwZWMgPSB7IG5hbWU6ICdzY2hlbWUnLCByZXF1aXJlZDogdHJ1ZSwgZGVzY3JpcHRpb246ICd0aGUgc2NoZW1lIGNvZGUsIGUuZy4gUFBPJyB9O1xuXG5hc3luYyBmdW5jdGlvbiBydW5Sb3dzKHM6IExpc3RTZXJ2aWNlcywgYWN0b3I6IEFjdG9yLCBydW5JZDogbnVtYmVyLCBvbmx5UG9vbDogYm9vbGVhbik6IFByb21pc2U8RHJhd25MaXN0PiB7XG4gIGNvbnN0IHJ1biA9IGF3YWl0IHMuc2VsZWN0aW9uLmdldFJ1bihhY3RvciwgeyBydW5JZCwgd2l0aENyaXRlcmlhOiBmYWxzZSB9KTtcbiAgY29uc3QgcmVzdWx0cyA9IG9ubHlQb29sID8gcnVuLnJlc3VsdHMuZmlsdGVyKChyKSA9PiByLmluUG9vbCkgOiBydW4ucmVzdWx0cztcbiAgY29uc3QgbGFiZWxzID0gYXdhaXQgcy5wZW9wbGUubGFiZWxzKGFjdG9yLCByZXN1bHRzLm1hcCgocikgPT4gci5wZXJzb25JZCkpO1xuICBjb25zdCB3aXRoaGVsZCA9IHJ1bi5zY29yZXNXaXRoaGVsZCAhPT0gbnVsbDtcbiAgcmV0dXJuIHtcbiAgICB0aXRsZTogb25seVBvb2wgPyBgcG9vbCAke3J1bi5zY2hlbWVDb2RlfSAke3J1bi5hc09mfWAgOiBgc2VsZWN0aW9uIHJ1biAke3J1bi5ydW5JZH1gLFxuICAgIHNjaGVtZTogcnVuLnNjaGVtZUNvZGUsXG4gICAgY29sdW1uczogWydydW4nLCAnYXNfb2YnLCAncmFuaycsICdwZXJzb25fcmVmJywgJ25hbWUnLCAnc2NvcmUnLCAnbWVtYmVyJywgJ2luX3Bvb2wnLCAnYWJvdmVfbG93ZXN0X21lbWJlcicsICdwcmlvcml0eScsICdwcm9wb3NhbCcsICdwcm9wb3NhbF9yZWFzb25zJ10sXG4gICAgcm93czogcmVzdWx0cy5tYXAoKHIpID0+XG4gICAgICByb3coXG4gICAgICAgIFtcbiAgICAgICAgICBydW4ucnVuSWQsXG4gICAgICAgICAgcnVuLmFzT2YsXG4gICAgICAgICAgd2l0aGhlbGQgPyBXSVRISEVMRCA6IHIucmFuayxcbiAgICAgICAgICByLnBlcnNvblJlZixcbiAgICAgICAgICBsYWJlbHMuZ2V0KHIucGVyc29uSWQpPy5uYW1lID8/IG51bGwsXG4gICAgICAgICAgd2l0aGhlbGQgPyBXSVRISEVMRCA6IHIuc2NvcmUsXG4gICAgICAgICAgci5tZW1iZXIsXG4gICAgICAgICAgci5pblBvb2wsXG4gICAgICAgICAgd2l0aGhlbGQgPyBXSVRISEVMRCA6IHIuYWJvdmVMb3dlc3RNZW1iZXIsXG4gICAgICAgICAgci5wcmlvcml0eSxcbiAgICAgICAgICByLnByb3Bvc2FsLFxuICAgICAgICAgIHIucHJvcG9zYWxSZWFzb25zLm1hcCgoeCkgPT4geC50ZXh0KS5qb2luKCcgJyksXG4gICAgICAgIF0sXG4gICAgICAgIHIucGVyc29uSWQsXG4gICAgICApLFxuICAgICksXG4gIH07XG59XG5cbmV4cG9ydCBjb25zdCBMSVNUX0tJTkRTID0ge1xuICBwb29sOiB7XG4gICAgZmlndXJlc09ubHk6IGZhbHNlLFxuICAgIHBlcm1pc3Npb246ICdleHBvcnQ6cnVuJyxcbiAgICBsYWJlbDogJ1RoZSBzZWxlY3Rpb24gcG9vbDogZXZlcnlvbmUgaW4gdGhlIHBvb2wgb2YgdGhlIHNjaGVtZVx1MjAxOXMgbGF0ZXN0IHNlbGVjdGlvbiBydW4gKG9yIG9mIHJ1bj1JRCksIHJhbmtlZCcsXG4gICAgcGFyYW1zOiBbU0NIRU1FLCB7IG5hbWU6ICdydW4nLCBkZXNjcmlwdGlvbjogJ2EgcnVuIG9mIHRoZSBzY2hlbWUgKGRlZmF1bHQgaXRzIGxhdGVzdCknIH1dLFxuICAgIHBhZ2U6ICcvc2NoZW1lcy97c2NoZW1lfS9zZWxlY3Rpb24nLFxuICAgIGFzeW5jIGRyYXcocywgYWN0b3IsIHApIHtcbiAgICAgIGNvbnN0IHNjaGVtZSA9IG5lZWQocCwgJ3NjaGVtZScsICd0aGUgc2NoZW1lJyk7XG4gICAgICBsZXQgcnVuSWQ6IG51bWJlcjtcbiAgICAgIGlmIChvcHQocCwgJ3J1bicpKSBydW5JZCA9IGlkKHAsICdydW4nLCAnYSBzZWxlY3Rpb24gcnVuIG51bWJlcicpO1xuICAgICAgZWxzZSB7XG4gICAgICAgIGNvbnN0IHJ1bnMgPSBhd2FpdCBzLnNlbGVjdGlvbi5saXN0UnVucyhhY3RvciwgeyBzY2hlbWVDb2RlOiBzY2hlbWUgfSk7XG4gICAgICAgIGlmICghcnVuc1swXSkgdGhyb3cgbmV3IEludmFsaWRJbnB1dEVycm9yKGBTY2hlbWUgJHtzY2hlbWV9IGhhcyBubyBzZWxlY3Rpb24gcnVuIHlldCwgc28gaXQgaGFzIG5vIHBvb2wgdG8gZXhwb3J0LiBSdW4gdGhlIHNlbGVjdGlvbiBmaXJzdC5gLCB7IGZpZWxkOiAnc2NoZW1lJyB9KTtcbiAgICAgICAgcnVuSWQgPSBydW5zWzBdLnJ1bklkO1xuICAgICAgfVxuICAgICAgY29uc3QgbGlzdCA9IGF3YWl0IHJ1blJvd3MocywgYWN0b3IsIHJ1bklkLCB0cnVlKTtcbiAgICAgIGlmIChsaXN0LnNjaGVtZSAhPT0gc2NoZW1lLnRvVXBwZXJDYXNlKCkgJiYgbGlzdC5zY2hlbWUgIT09IHNjaGVtZSkgdGhyb3cgbmV3IEludmFsaWRJbnB1dEVycm9yKGBSdW4gJHtydW5JZH0gaXMgb2Ygc2NoZW1lICR7bGlzdC5zY2hlbWV9LCBub3QgJHtzY2hlbWV9LmAsIHsgZmllbGQ6ICdydW4nIH0pO1xuICAgICAgcmV0dXJuIGxpc3Q7XG4gICAgfSxcbiAgfSxcbiAgJ3NlbGVjdGlvbi1ydW4nOiB7XG4gICAgZmlndXJlc09ubHk6IGZhbHNlLFxuICAgIHBlcm1pc3Npb246ICdleHBvcnQ6cnVuJyxcbiAgICBsYWJlbDogJ0Egc2VsZWN0aW9uIHJ1bjogZXZlcnkgcm93LCBhcyBpdHMgcGFnZSBzaG93cyB0aGVtIChzY29yZXMgd2l0aGhlbGQgd2hlcmUgdGhlIHBhZ2Ugd2l0aGhvbGRzIHRoZW0pJyxcbiAgICBwYXJhbXM6IFt7IG5hbWU6ICdydW4nLCByZXF1aXJlZDogdHJ1ZSwgZGVzY3JpcHRpb246ICd0aGUgcnVuIG51bWJlcicgfV0sXG4gICAgcGFnZTogJy9zZWxlY3Rpb24vcnVucy97cnVufScsXG4gICAgZHJhdzogKHMsIGFjdG9yLCBwKSA9PiBydW5Sb3dzKHMsIGFjdG9yLCBpZChwLCAncnVuJywgJ2Egc2VsZWN0aW9uIHJ1biBudW1iZXInKSwgZmFsc2UpLFxuICB9LFxuICAncGFuZWwtbWludXRlcyc6IHtcbiAgICBmaWd1cmVzT25seTogZmFsc2UsXG4gICAgcGVybWlzc2lvbjogJ2V4cG9ydDpydW4nLFxuICAgIGxhYmVsOiAnVGhlIG1pbnV0ZXMgb2YgYSBwYW5lbDogaXRzIGRlY2lzaW9ucycsXG4gICAgcGFyYW1zOiBbU0NIRU1FLCB7IG5hbWU6ICdkYXRlJywgcmVxdWlyZWQ6IHRydWUsIGRlc2NyaXB0aW9uOiAndGhlIG1lZXRpbmcgZGF0ZSwgWVlZWS1NTS1ERCcgfV0sXG4gICAgcGFnZTogJy9zY2hlbWVzL3tzY2hlbWV9L3BhbmVsL21pbnV0ZXM/ZGF0ZT17ZGF0ZX0nLFxuICAgIGFzeW5jIGRyYXcocywgYWN0b3IsIHApIHtcbiAgICAgIGNvbnN0IG0gPSBhd2FpdCBzLnBhbmVsLm1pbnV0ZXMoYWN0b3IsIHsgc2NoZW1lQ29kZTogbmVlZChwLCAnc2NoZW1lJywgJ3RoZSBzY2hlbWUnKSwgbWVldGluZ0RhdGU6IG5lZWQocCwgJ2RhdGUnLCAndGhlIG1lZXRpbmcgZGF0ZScpIH0pO1xuICAgICAgY29uc3QgbGFiZWxzID0gYXdhaXQgcy5wZW9wbGUubGFiZWxzKGFjdG9yLCBtLmRlY2lzaW9ucy5tYXAoKGQpID0+IGQucGVyc29uSWQpKTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIHRpdGxlOiBgbWludXRlcyAke20uc2NoZW1lQ29kZX0gJHttLm1lZXRpbmdEYXRlfWAsXG4gICAgICAgIHNjaGVtZTogbS5zY2hlbWVDb2RlLFxuICAgICAgICBjb2x1bW5zOiBbJ21lZXRpbmdfZGF0ZScsICdwZXJzb25fcmVmJywgJ25hbWUnLCAnaXRlbScsICdkZWNpc2lvbicsICdhY3Rpb24nLCAncmVhc29uJywgJ2VuZF9yZWFzb24nLCAnZXhpdF9wbGFuJywgJ3RpZXInLCAnc2NvcmUnLCAnZGVjaWRlZF9ieScsICdkZWNpZGVkX2F0JywgJ2l0ZW1zJ10sXG4gICAgICAgIHJvd3M6IG0uZGVjaXNpb25zLm1hcCgoZCkgPT5cbiAgICAgICAgICByb3coXG4gICAgICAgICAgICBbbS5tZWV0aW5nRGF0ZSwgZC5wZXJzb25SZWYsIGxhYmVscy5nZXQoZC5wZXJzb25JZCk/Lm5hbWUgPz8gbnVsbCwgZC5pdGVtLCBkLmRlY2lzaW9uLCBkLmFjdGlvbiwgZC5yZWFzb24sIGQuZW5kUmVhc29uLCBkLmV4aXRQbGFuLCBkLnRpZXJDb2RlLCBtLnNjb3Jlc1dpdGhoZWxkID8gV0lUSEhFTEQgOiBkLnNjb3JlLCBkLmRlY2lkZWRCeSwgZC5kZWNpZGVkQXQsIGQuaXRlbXMuam9pbignOyAnKV0sXG4gICAgICAgICAgICBkLnBlcnNvbklkLFxuICAgICAgICAgICksXG4gICAgICAgICksXG4gICAgICB9O1xuICAgIH0sXG4gIH0sXG4gICdzY2hlbWUtbWVtYmVycyc6IHtcbiAgICBmaWd1cmVzT25seTogZmFsc2UsXG4gICAgcGVybWlzc2lvbjogJ2V4cG9ydDpydW4nLFxuICAgIGxhYmVsOiAnVGhlIG1lbWJlcnMgb2YgYSBzY2hlbWUgb24gYSBkYXRlJyxcbiAgICBwYXJhbXM6IFtTQ0hFTUUsIHsgbmFtZTogJ2FzT2YnLCBkZXNjcmlwdGlvbjogJ3RoZSBkYXRlLCBZWVlZLU1NLUREIChkZWZhdWx0IHRvZGF5KScgfV0sXG4gICAgcGFnZTogJy9zY2hlbWVzL3tzY2hlbWV9JyxcbiAgICBhc3luYyBkcmF3KHMsIGFjdG9yLCBwLCB0b2RheSkge1xuICAgICAgY29uc3QgcGFnZSA9IGF3YWl0IHMuc2NoZW1lcy5wYWdlKGFjdG9yLCBuZWVkKHAsICdzY2hlbWUnLCAndGhlIHNjaGVtZScpLCBvcHQocCwgJ2FzT2YnKSA/PyB0b2RheSk7XG4gICAgICByZXR1cm4ge1xuICAgICAgICB0aXRsZTogYG1lbWJlcnMgJHtwYWdlLmNvZGV9ICR7cGFnZS5hc09mfWAsXG4gICAgICAgIHNjaGVtZTogcGFnZS5jb2RlLFxuICAgICAgICBjb2x1bW5zOiBbJ2FzX29mJywgJ3BlcnNvbl9yZWYnLCAnbmFtZScsICd0aWVyJywgJ3N0YXJ0X2RhdGUnLCAneWVhcnNfb25fc2NoZW1lJywgJ2FyZWEnLCAnaW5fY3VzdG9keScsICdjdXN0b2R5X3NlbnRlbmNlX2RheXMnLCAnZXhwZWN0ZWRfcmVsZWFzZV9kYXRlJ10sXG4gICAgICAgIHJvd3M6IHBhZ2UubWVtYmVycy5tYXAoKG0pID0+XG4gICAgICAgICAgcm93KFtwYWdlLmFzT2YsIG0ucGVyc29uUmVmLCBtLm5hbWUsIG0udGllciwgbS5zdGFydERhdGUsIG0ueWVhcnNPblNjaGVtZSwgbS5hcmVhTmFtZSwgbS5pbkN1c3RvZHksIG0uY3VzdG9keVNlbnRlbmNlRGF5cywgbS5leHBlY3RlZFJlbGVhc2VEYXRlXSwgbS5wZXJzb25JZCksXG4gICAgICAgICksXG4gICAgICB9O1xuICAgIH0sXG4gIH0sXG4gIGNhc2Vsb2FkOiB7XG4gICAgZmlndXJlc09ubHk6IGZhbHNlLFxuICAgIHBlcm1pc3Npb246ICdjYXNlOndvcmsnLFxuICAgIGxhYmVsOiAnQSBjYXNlbG9hZCwgd2l0aCB0aGUgZmlsdGVycyBhbmQgb3JkZXIgb2YgaXRzIHBhZ2UnLFxuICAgIHBhcmFtczogW1xuICAgICAgeyBuYW1lOiAndmlldycsIGRlc2NyaXB0aW9uOiAnbWluZSwgdGVhbSBvciBhbGwgKGFzIHRoZSBjYXNlbG9hZCBwYWdlKScgfSxcbiAgICAgIHsgbmFtZTogJ3NjaGVtZScsIGRlc2NyaXB0aW9uOiAnb25seSBjYXNlcyBvbiB0aGlzIHNjaGVtZScgfSxcbiAgICAgIHsgbmFtZTogJ2xlYWQnLCBkZXNjcmlwdGlvbjogJ29ubHkgY2FzZXMgbGVkIGJ5IHRoaXMgYWdlbmN5IChpdHMgY29kZSknIH0sXG4gICAgICB7IG5hbWU6ICdzb3J0JywgZGVzY3JpcHRpb246ICd0aGUgb3JkZXIsIGFzIHRoZSBjYXNlbG9hZCBwYWdlJyB9LFxuICAgICAgeyBuYW1lOiAnb3JkZXInLCBkZXNjcmlwdGlvbjogJ2FzYyBvciBkZXNjJyB9LFxuICAgICAgeyBuYW1lOiAndXNlcm5hbWUnLCBkZXNjcmlwdGlvbjogJ3dob3NlIGNhc2Vsb2FkICh0aGUgQ0xJIG9wZXJhdG9yIG9ubHkpJyB9LFxuICAgIF0sXG4gICAgcGFnZTogJy9jYXNlbG9hZCcsXG4gICAgYXN5bmMgZHJhdyhzLCBhY3RvciwgcCkge1xuICAgICAgY29uc3QgYyA9IGF3YWl0IHMuY2FzZXMuY2FzZWxvYWQoYWN0b3IsIHsgdmlldzogb3B0KHAsICd2aWV3JyksIHNjaGVtZTogb3B0KHAsICdzY2hlbWUnKSwgbGVhZDogb3B0KHAsICdsZWFkJyksIHNvcnQ6IG9wdChwLCAnc29ydCcpLCBvcmRlcjogb3B0KHAsICdvcmRlcicpLCB1c2VybmFtZTogb3B0KHAsICd1c2VybmFtZScpIH0pO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgdGl0bGU6IGBjYXNlbG9hZCAke2Mudmlld31gLFxuICAgICAgICBzY2hlbWU6IGMuZmlsdGVycy5zY2hlbWUsXG4gICAgICAgIGNvbHVtbnM6IFsncGVyc29uX3JlZicsICdmYW1pbHlfbmFtZScsICdnaXZlbl9uYW1lcycsICdzY2hlbWUnLCAnbGVhZCcsICdjYXNlX21hbmFnZXInLCAnb3BlbmVkX29uJywgJ29wZW5fYWN0aW9ucycsICdvdmVyZHVlX2FjdGlvbnMnLCAnbmV4dF9kdWUnLCAndW5hY2tub3dsZWRnZWRfYWxlcnRzJywgJ2FwcG9pbnRtZW50c190b2RheSddLFxuICAgICAgICByb3dzOiBjLmNhc2VzLm1hcCgocikgPT5cbiAgICAgICAgICByb3coW3IucGVyc29uUmVmLCByLmZhbWlseU5hbWUsIHIuZ2l2ZW5OYW1lcywgci5zY2hlbWUsIHIubGVhZENvZGUsIHIuY2FzZU1hbmFnZXIsIHIub3BlbmVkT24sIHIub3BlbkFjdGlvbnMsIHIub3ZlcmR1ZUFjdGlvbnMsIHIubmV4dER1ZSwgci51bmFja25vd2xlZGdlZEFsZXJ0cywgci5hcHBvaW50bWVudHNUb2RheV0sIHIucGVyc29uSWQpLFxuICAgICAgICApLFxuICAgICAgfTtcbiAgICB9LFxuICB9LFxuICAnd2F0Y2gtbGlzdCc6IHtcbiAgICBmaWd1cmVzT25seTogZmFsc2UsXG4gICAgbmV2ZXJSZXN0cmljdGVkOiB0cnVlLFxuICAgIHBlcm1pc3Npb246ICdjYXNlOndvcmsnLFxuICAgIGxhYmVsOiAnQSBzYXZlZCB3YXRjaCBsaXN0XHUyMDE5cyByZXN1bHRzIHRvZGF5JyxcbiAgICBwYXJhbXM6IFt7IG5hbWU6ICdsaXN0JywgcmVxdWlyZWQ6IHRydWUsIGRlc2NyaXB0aW9uOiAndGhlIHdhdGNoIGxpc3RcdTIwMTlzIG51bWJlcicgfV0sXG4gICAgcGFnZTogJy93YXRjaC1saXN0cy97bGlzdH0nLFxuICAgIGFzeW5jIGRyYXcocywgYWN0b3IsIHApIHtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBzLndhdGNoTGlzdHMucnVuKGFjdG9yLCBpZChwLCAnbGlzdCcsICdhIHdhdGNoIGxpc3QgbnVtYmVyJykpO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgdGl0bGU6IGB3YXRjaCBsaXN0ICR7ci5saXN0LmlkfWAsXG4gICAgICAgIHNjaGVtZTogbnVsbCxcbiAgICAgICAgY29sdW1uczogWydhc19vZicsICdwZXJzb25fcmVmJywgJ25hbWUnLCAnZGF0ZScsICdkZXRhaWwnXSxcbiAgICAgICAgcm93czogci5yb3dzLm1hcCgodykgPT4gcm93KFtyLmFzT2YsIHcucGVyc29uUmVmLCB3Lm5hbWUsIHcuZGF0ZSwgdy5kZXRhaWxdLCB3LnBlcnNvbklkKSksXG4gICAgICB9O1xuICAgIH0sXG4gIH0sXG4gIGFsZXJ0czoge1xuICAgIGZpZ3VyZXNPbmx5OiBmYWxzZSxcbiAgICBwZXJtaXNzaW9uOiAnY2FzZTp3b3JrJyxcbiAgICBsYWJlbDogJ1lvdXIgYWxlcnRzLCBuZXdlc3QgZmlyc3QnLFxuICAgIHBhcmFtczogW3sgbmFtZTogJ2ZvclVzZXInLCBkZXNjcmlwdGlvbjogJ3dob3NlIGFsZXJ0cyAodGhlIENMSSBvcGVyYXRvciBvbmx5OiBhIHVzZXJuYW1lKScgfV0sXG4gICAgcGFnZTogJy9hbGVydHMnLFxuICAgIGFzeW5jIGRyYXcocywgYWN0b3IsIHApIHtcbiAgICAgIGNvbnN0IGFsbDogQXdhaXRlZDxSZXR1cm5UeXBlPExpc3RTZXJ2aWNlc1snYWxlcnRzJ11bJ2xpc3QnXT4+WydhbGVydHMnXSA9IFtdO1xuICAgICAgbGV0IGN1cnNvcjogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAgICAgLy8gVGhlIHBhZ2UncyBvd24gcmVhZGVyLCBhIHBhZ2UgYXQgYSB0aW1lLCB0byB0aGUgZW5kLlxuICAgICAgZm9yICg7Oykge1xuICAgICAgICBjb25zdCBwYWdlID0gYXdhaXQgcy5hbGVydHMubGlzdChhY3RvciwgeyBjdXJzb3IsIGxpbWl0OiAyMDAsIGZvclVzZXI6IG9wdChwLCAnZm9yVXNlcicpIH0pO1xuICAgICAgICBhbGwucHVzaCguLi5wYWdlLmFsZXJ0cyk7XG4gICAgICAgIGlmICghcGFnZS5uZXh0KSBicmVhaztcbiAgICAgICAgY3Vyc29yID0gcGFnZS5uZXh0O1xuICAgICAgfVxuICAgICAgcmV0dXJuIHtcbiAgICAgICAgdGl0bGU6ICdhbGVydHMnLFxuICAgICAgICBzY2hlbWU6IG51bGwsXG4gICAgICAgIGNvbHVtbnM6IFsncmFpc2VkX29uJywgJ2tpbmQnLCAncGVyc29uX3JlZicsICduYW1lJywgJ3NjaGVtZScsICdhYm91dF9kYXRlJywgJ2RldGFpbCcsICdyZWNpcGllbnRzJywgJ2Fja25vd2xlZGdlZF9ieScsICdhY2tub3dsZWRnZWRfYXQnXSxcbiAgICAgICAgcm93czogYWxsLm1hcCgoYSkgPT5cbiAgICAgICAgICByb3coW2EucmFpc2VkT24sIGEua2luZExhYmVsLCBhLnBlcnNvblJlZiwgYS5uYW1lLCBhLnNjaGVtZSwgYS5hYm91dERhdGUsIGEuZGV0YWlsLCBhLnJlY2lwaWVudHMuam9pbignOyAnKSwgYS5hY2tub3dsZWRnZWQ/LmJ5ID8/IG51bGwsIGEuYWNrbm93bGVkZ2VkPy5hdCA/PyBudWxsXSwgYS5wZXJzb25JZCksXG4gICAgICAgICksXG4gICAgICB9O1xuICAgIH0sXG4gIH0sXG4gIG5pMzA6IHtcbiAgICBmaWd1cmVzT25seTogdHJ1ZSxcbiAgICBwZXJtaXNzaW9uOiAncGVyZm9ybWFuY2U6dmlldycsXG4gICAgbGFiZWw6ICdUaGUgTkkzMCB0YWJsZTogYWN0dWFsIGFnYWluc3QgZXhwZWN0ZWQgY29udmljdGlvbnMgYnkgcXVhcnRlcicsXG4gICAgcGFyYW1zOiBbXG4gICAgICBTQ0hFTUUsXG4gICAgICB7IG5hbWU6ICd5ZWFyJywgcmVxdWlyZWQ6IHRydWUsIGRlc2NyaXB0aW9uOiAndGhlIHBlcmZvcm1hbmNlIHllYXIsIGUuZy4gMjAwOC8wOScgfSxcbiAgICAgIHsgbmFtZTogJ2NlaWxpbmcnLCByZXF1aXJlZDogdHJ1ZSwgZGVzY3JpcHRpb246ICd0aGUgcGVyZm9ybWFuY2UgY2VpbGluZywgZS5nLiAwLjE2IG9yIDE2JScgfSxcbiAgICAgIHsgbmFtZTogJ3N0cmV0Y2gnLCBkZXNjcmlwdGlvbjogJ3RoZSBzdHJldGNoIHRhcmdldCcgfSxcbiAgICAgIHsgbmFtZTogJ2NvaG9ydERhdGUnLCBkZXNjcmlwdGlvbjogJ3RoZSBjb2hvcnQgZGF0ZSAoZGVmYXVsdCAxIEFwcmlsIG9mIHRoZSB5ZWFyKScgfSxcbiAgICAgIHsgbmFtZTogJ2NvaG9ydExpc3QnLCBkZXNjcmlwdGlvbjogJ2EgZnJvemVuIGNvaG9ydCBsaXN0IGluc3RlYWQnIH0sXG4gICAgICB7IG5hbWU6ICdhc09mJywgZGVzY3JpcHRpb246ICdjb3VudCBvbmx5IGNvbnZpY3Rpb25zIHJlY29yZGVkIGJ5IHRoaXMgZGF0ZScgfSxcbiAgICBdLFxuICAgIHBhZ2U6ICcvcGVyZm9ybWFuY2Uve3NjaGVtZX0ve3llYXJ9JyxcbiAgICBhc3luYyBkcmF3KHMsIGFjdG9yLCBwKSB7XG4gICAgICBjb25zdCByID0gYXdhaXQgcy5wZXJmb3JtYW5jZS5uaTMwKGFjdG9yLCB7XG4gICAgICAgIHNjaGVtZUNvZGU6IG5lZWQocCwgJ3NjaGVtZScsICd0aGUgc2NoZW1lJyksXG4gICAgICAgIHllYXI6IG5lZWQocCwgJ3llYXInLCAndGhlIHBlcmZvcm1hbmNlIHllYXInKSxcbiAgICAgICAgY2VpbGluZzogZnJhY3Rpb24ocCwgJ2NlaWxpbmcnLCB0cnVlKSEsXG4gICAgICAgIHN0cmV0Y2g6IGZyYWN0aW9uKHAsICdzdHJldGNoJywgZmFsc2UpID8/IG51bGwsXG4gICAgICAgIGNvaG9ydERhdGU6IG9wdChwLCAnY29ob3J0RGF0ZScpID8/IG51bGwsXG4gICAgICAgIGNvaG9ydExpc3RJZDogb3B0KHAsICdjb2hvcnRMaXN0JykgPyBpZChwLCAnY29ob3J0TGlzdCcsICdhIGNvaG9ydCBsaXN0IG51bWJlcicpIDogbnVsbCxcbiAgICAgICAgYXNPZjogb3B0KHAsICdhc09mJykgPz8gbnVsbCxcbiAgICAgIH0pO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgdGl0bGU6IGBOSTMwICR7ci5zY2hlbWUuY29kZX0gJHtyLnllYXJ9YCxcbiAgICAgICAgc2NoZW1lOiByLnNjaGVtZS5jb2RlLFxuICAgICAgICBjb2x1bW5zOiBbJ3llYXInLCAncXVhcnRlcicsICdzdGFydCcsICdhY3R1YWwnLCAnZXhwZWN0ZWQnLCAndmFyaWFuY2UnLCAnY3VtdWxhdGl2ZV9hY3R1YWwnLCAnY3VtdWxhdGl2ZV9leHBlY3RlZCcsICdjdW11bGF0aXZlX3ZhcmlhbmNlJ10sXG4gICAgICAgIHJvd3M6IFtcbiAgICAgICAgICAuLi5yLnF1YXJ0ZXJzLm1hcCgocSkgPT4gcm93KFtyLnllYXIsIGBRJHtxLnF1YXJ0ZXJ9YCwgcS5zdGFydCwgcS5hY3R1YWwsIHEuZXhwZWN0ZWQsIHEudmFyaWFuY2UsIHEuY3VtdWxhdGl2ZUFjdHVhbCwgcS5jdW11bGF0aXZlRXhwZWN0ZWQsIHEuY3VtdWxhdGl2ZVZhcmlhbmNlXSkpLFxuICAgICAgICAgIHJvdyhbci55ZWFyLCAnWWVhcicsIG51bGwsIHIuYWN0dWFsLCByLnRocmVzaG9sZCwgci5hY3R1YWwgLSByLnRocmVzaG9sZCwgbnVsbCwgbnVsbCwgbnVsbF0pLFxuICAgICAgICBdLFxuICAgICAgfTtcbiAgICB9LFxuICB9LFxuICBuaTM4OiB7XG4gICAgZmlndXJlc09ubHk6IHRydWUsXG4gICAgcGVybWlzc2lvbjogJ3BlcmZvcm1hbmNlOnZpZXcnLFxuICAgIGxhYmVsOiAnVGhlIE5JMzggdGFibGU6IGFjdHVhbCBhZ2FpbnN0IHByZWRpY3RlZCBvZmZlbmRpbmcgYnkgYXJlYSAoYWdncmVnYXRlOyBjb250cmlidXRvcnMgYXJlIG5vdCBleHBvcnRlZCBoZXJlKScsXG4gICAgcGFyYW1zOiBbXG4gICAgICB7IG5hbWU6ICdzY2hlbWUnLCBkZXNjcmlwdGlvbjogJ29ubHkgcGVvcGxlIG9uIHRoaXMgc2NoZW1lIGluIHRoZSBjb2hvcnQgcGVyaW9kJyB9LFxuICAgICAgeyBuYW1lOiAnZnJvbScsIGRlc2NyaXB0aW9uOiAnY29ob3J0IHBlcmlvZCBzdGFydCcgfSxcbiAgICAgIHsgbmFtZTogJ3RvJywgZGVzY3JpcHRpb246ICdjb2hvcnQgcGVyaW9kIGVuZCcgfSxcbiAgICAgIHsgbmFtZTogJ3llYXInLCBkZXNjcmlwdGlvbjogJ3dpdGhvdXQgZnJvbS90bzogdGhlIEphbnVhcnlcdTIwMTNNYXJjaCBxdWFydGVyIG9mIHRoaXMgcGVyZm9ybWFuY2UgeWVhcicgfSxcbiAgICAgIHsgbmFtZTogJ21vZGVsJywgZGVzY3JpcHRpb246ICd0aGUgcHJlZGljdGlvbiBtb2RlbCB2ZXJzaW9uJyB9LFxuICAgICAgeyBuYW1lOiAnYXNPZicsIGRlc2NyaXB0aW9uOiAnY291bnQgb25seSBjb252aWN0aW9ucyByZWNvcmRlZCBieSB0aGlzIGRhdGUnIH0sXG4gICAgXSxcbiAgICBwYWdlOiAnL3BlcmZvcm1hbmNlJyxcbiAgICBhc3luYyBkcmF3KHMsIGFjdG9yLCBwKSB7XG4gICAgICBjb25zdCByID0gYXdhaXQgcy5wZXJmb3JtYW5jZS5uaTM4KGFjdG9yLCB7IHNjaGVtZUNvZGU6IG9wdChwLCAnc2NoZW1lJykgPz8gbnVsbCwgZnJvbTogb3B0KHAsICdmcm9tJykgPz8gbnVsbCwgdG86IG9wdChwLCAndG8nKSA/PyBudWxsLCB5ZWFyOiBvcHQocCwgJ3llYXInKSA/PyBudWxsLCBtb2RlbFZlcnNpb246IG9wdChwLCAnbW9kZWwnKSA/PyBudWxsLCBhc09mOiBvcHQocCwgJ2FzT2YnKSA/PyBudWxsIH0pO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgdGl0bGU6IGBOSTM4ICR7ci5mcm9tfSB0byAke3IudG99YCxcbiAgICAgICAgc2NoZW1lOiByLnNjaGVtZT8uY29kZSA/PyBudWxsLFxuICAgICAgICBjb2x1bW5zOiBbJ2Zyb20nLCAndG8nLCAnYXJlYScsICdjb2hvcnQnLCAnYWN0dWFsJywgJ3ByZWRpY3RlZCcsICdyYXRpbyddLFxuICAgICAgICByb3dzOiBbXG4gICAgICAgICAgLi4uci5ieUFyZWEubWFwKChhKSA9PiByb3coW3IuZnJvbSwgci50bywgYS5hcmVhQ29kZSA/PyAnKHVua25vd24pJywgYS5jb2hvcnRTaXplLCBhLmFjdHVhbCwgYS5wcmVkaWN0ZWQsIGEucmF0aW9dKSksXG4gICAgICAgICAgcm93KFtyLmZyb20sIHIudG8sICdBbGwnLCByLmNvaG9ydFNpemUsIHIuYWN0dWFsLCByLnByZWRpY3RlZCwgci5yYXRpb10pLFxuICAgICAgICBdLFxuICAgICAgfTtcbiAgICB9LFxuICB9LFxuICByZW9mZmVuZGluZzoge1xuICAgIGZpZ3VyZXNPbmx5OiB0cnVlLFxuICAgIHBlcm1pc3Npb246ICdwZXJmb3JtYW5jZTp2aWV3JyxcbiAgICBsYWJlbDogJ1Byb3ZlbiByZW9mZmVuZGluZzogdGhlIGhlYWRsaW5lIGZpZ3VyZXMgYW5kIHRoZSBjb3N0IGJ5IGNhdGVnb3J5JyxcbiAgICBwYXJhbXM6IFtcbiAgICAgIHsgbmFtZTogJ3NjaGVtZScsIGRlc2NyaXB0aW9uOiAnb25seSBwZW9wbGUgb24gdGhpcyBzY2hlbWUgaW4gdGhlIHBlcmlvZCcgfSxcbiAgICAgIHsgbmFtZTogJ2Zyb20nLCByZXF1aXJlZDogdHJ1ZSwgZGVzY3JpcHRpb246ICdmaXJzdCBkYXkgb2YgdGhlIHBlcmlvZCcgfSxcbiAgICAgIHsgbmFtZTogJ3RvJywgcmVxdWlyZWQ6IHRydWUsIGRlc2NyaXB0aW9uOiAnbGFzdCBkYXkgb2YgdGhlIHBlcmlvZCcgfSxcbiAgICAgIHsgbmFtZTogJ2FzT2YnLCBkZXNjcmlwdGlvbjogJ3RoZSBkYXRlIHRoZSBmaWd1cmVzIGFyZSByZWFkIG9uIChkZWZhdWx0IHRvZGF5KScgfSxcbiAgICBdLFxuICAgIHBhZ2U6ICcvcGVyZm9ybWFuY2UnLFxuICAgIGFzeW5jIGRyYXcocywgYWN0b3IsIHAsIHRvZGF5KSB7XG4gICAgICBjb25zdCByID0gYXdhaXQgcy5wZXJmb3JtYW5jZS5yZW9mZmVuZGluZyhhY3RvciwgeyBzY2hlbWVDb2RlOiBvcHQocCwgJ3NjaGVtZScpID8/IG51bGwsIGZyb206IG5lZWQocCwgJ2Zyb20nLCAndGhlIGZpcnN0IGRheSBvZiB0aGUgcGVyaW9kJyksIHRvOiBuZWVkKHAsICd0bycsICd0aGUgbGFzdCBkYXkgb2YgdGhlIHBlcmlvZCcpLCBhc09mOiBvcHQocCwgJ2FzT2YnKSA/PyB0b2RheSB9KTtcbiAgICAgIGNvbnN0IG0gPSAobWVhc3VyZTogc3RyaW5nLCB2YWx1ZTogdW5rbm93bikgPT4gcm93KFtyLmZyb20sIHIudG8sIG1lYXN1cmUsIHZhbHVlXSk7XG4gICAgICByZXR1cm4ge1xuICAgICAgICB0aXRsZTogYHJlb2ZmZW5kaW5nICR7ci5mcm9tfSB0byAke3IudG99YCxcbiAgICAgICAgc2NoZW1lOiByLnNjaGVtZT8uY29kZSA/PyBudWxsLFxuICAgICAgICBjb2x1bW5zOiBbJ2Zyb20nLCAndG8nLCAnbWVhc3VyZScsICd2YWx1ZSddLFxuICAgICAgICByb3dzOiBbXG4gICAgICAgICAgbSgnY29ob3J0Jywgci5jb2hvcnRTaXplKSxcbiAgICAgICAgICBtKCdyZW9mZmVuZGVycycsIHIucmVvZmZlbmRlcnMpLFxuICAgICAgICAgIG0oJ2JpbmFyeSByYXRlJywgci5iaW5hcnlSYXRlKSxcbiAgICAgICAgICBtKCdwcm92ZW4gcmVvZmZlbmNlcycsIHIub2ZmZW5jZXMpLFxuICAgICAgICAgIG0oJ3Jlb2ZmZW5jZXMgcGVyIG9mZmVuZGVyJywgci5mcmVxdWVuY3lQZXJPZmZlbmRlciksXG4gICAgICAgICAgbSgncmVvZmZlbmNlcyBwZXIgcmVvZmZlbmRlcicsIHIuZnJlcXVlbmN5UGVyUmVvZmZlbmRlciksXG4gICAgICAgICAgbSgndG90YWwgZ3Jhdml0eScsIHIuc2V2ZXJpdHkudG90YWxHcmF2aXR5KSxcbiAgICAgICAgICBtKCdtZWFuIGdyYXZpdHknLCByLnNldmVyaXR5Lm1lYW5HcmF2aXR5KSxcbiAgICAgICAgICBtKCd0b3AgMTAlIHNoYXJlIG9mIHJlb2ZmZW5jZXMnLCByLmNvbmNlbnRyYXRpb24udG9wRGVjaWxlU2hhcmUpLFxuICAgICAgICAgIG0oJ0dpbmknLCByLmNvbmNlbnRyYXRpb24uZ2luaSksXG4gICAgICAgICAgLi4uci5jb3N0LmJ5Q2F0ZWdvcnkubWFwKChjKSA9PiBtKGBjb3N0OiAke2MuY2F0ZWdvcnl9ICgke2Mub2ZmZW5jZXN9IG9mZmVuY2VzKWAsIGMuY29zdCkpLFxuICAgICAgICAgIG0oJ2VzdGltYXRlZCBjb3N0Jywgci5jb3N0LnRvdGFsKSxcbiAgICAgICAgICBtKCdwcm92aXNpb25hbCcsIHIucHJvdmlzaW9uYWwpLFxuICAgICAgICBdLFxuICAgICAgfTtcbiAgICB9LFxuICB9LFxuICBjb25jZW50cmF0aW9uOiB7XG4gICAgZmlndXJlc09ubHk6IHRydWUsXG4gICAgcGVybWlzc2lvbjogJ3BlcmZvcm1hbmNlOnZpZXcnLFxuICAgIGxhYmVsOiAnQ29uY2VudHJhdGlvbjogdGhlIExvcmVueiBjdXJ2ZSBvZiB0aGUgcmVvZmZlbmRpbmcgY29ob3J0XHUyMDE5cyBvZmZlbmNlcycsXG4gICAgcGFyYW1zOiBbXG4gICAgICB7IG5hbWU6ICdzY2hlbWUnLCBkZXNjcmlwdGlvbjogJ29ubHkgcGVvcGxlIG9uIHRoaXMgc2NoZW1lIGluIHRoZSBwZXJpb2QnIH0sXG4gICAgICB7IG5hbWU6ICdmcm9tJywgcmVxdWlyZWQ6IHRydWUsIGRlc2NyaXB0aW9uOiAnZmlyc3QgZGF5IG9mIHRoZSBwZXJpb2QnIH0sXG4gICAgICB7IG5hbWU6ICd0bycsIHJlcXVpcmVkOiB0cnVlLCBkZXNjcmlwdGlvbjogJ2xhc3QgZGF5IG9mIHRoZSBwZXJpb2QnIH0sXG4gICAgICB7IG5hbWU6ICdhc09mJywgZGVzY3JpcHRpb246ICd0aGUgZGF0ZSB0aGUgZmlndXJlcyBhcmUgcmVhZCBvbiAoZGVmYXVsdCB0b2RheSknIH0sXG4gICAgXSxcbiAgICBwYWdlOiAnL3BlcmZvcm1hbmNlJyxcbiAgICBhc3luYyBkcmF3KHMsIGFjdG9yLCBwLCB0b2RheSkge1xuICAgICAgY29uc3QgciA9IGF3YWl0IHMucGVyZm9ybWFuY2UucmVvZmZlbmRpbmcoYWN0b3IsIHsgc2NoZW1lQ29kZTogb3B0KHAsICdzY2hlbWUnKSA/PyBudWxsLCBmcm9tOiBuZWVkKHAsICdmcm9tJywgJ3RoZSBmaXJzdCBkYXkgb2YgdGhlIHBlcmlvZCcpLCB0bzogbmVlZChwLCAndG8nLCAndGhlIGxhc3QgZGF5IG9mIHRoZSBwZXJpb2QnKSwgYXNPZjogb3B0KHAsICdhc09mJykgPz8gdG9kYXkgfSk7XG4gICAgICByZXR1cm4ge1xuICAgICAgICB0aXRsZTogYGNvbmNlbnRyYXRpb24gJHtyLmZyb219IHRvICR7ci50b31gLFxuICAgICAgICBzY2hlbWU6IHIuc2NoZW1lPy5jb2RlID8/IG51bGwsXG4gICAgICAgIGNvbHVtbnM6IFsnZnJvbScsICd0bycsICdzaGFyZV9vZl9wZW9wbGUnLCAnc2hhcmVfb2Zfb2ZmZW5jZXMnXSxcbiAgICAgICAgcm93czogci5jb25jZW50cmF0aW9uLmxvcmVuei5tYXAoKGwpID0+IHJvdyhbci5mcm9tLCByLnRvLCBsLnBlb3BsZSwgbC5vZmZlbmNlc10pKSxcbiAgICAgIH07XG4gICAgfSxcbiAgfSxcbiAgZHJyOiB7XG4gICAgZmlndXJlc09ubHk6IHRydWUsXG4gICAgc3VwcHJlc3Nlc1NtYWxsQ291bnRzOiB0cnVlLFxuICAgIHBlcm1pc3Npb246ICdwZXJmb3JtYW5jZTp2aWV3JyxcbiAgICBsYWJlbDogJ0RSUiBzdGFydHMgYW5kIGNvbXBsZXRpb25zIGJ5IHF1YXJ0ZXIgYWdhaW5zdCB0aGUgdGFyZ2V0JyxcbiAgICBwYXJhbXM6IFt7IG5hbWU6ICd5ZWFyJywgZGVzY3JpcHRpb246ICd0aGUgcGVyZm9ybWFuY2UgeWVhciAoZGVmYXVsdCB0aGUgY3VycmVudCBvbmUpJyB9XSxcbiAgICBwYWdlOiAnL2Rycj95ZWFyPXt5ZWFyfScsXG4gICAgYXN5bmMgZHJhdyhzLCBhY3RvciwgcCkge1xuICAgICAgY29uc3QgciA9IGF3YWl0IHMuZHJyLmZpZ3VyZXMoYWN0b3IsIG9wdChwLCAneWVhcicpKTtcbiAgICAgIGNvbnN0IG4gPSAodjogbnVtYmVyIHwgbnVsbCkgPT4gKHYgPT09IG51bGwgPyBGRVdFUl9USEFOXzUgOiB2KTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIHRpdGxlOiBgRFJSICR7ci55ZWFyfWAsXG4gICAgICAgIHNjaGVtZTogbnVsbCxcbiAgICAgICAgY29sdW1uczogWyd5ZWFyJywgJ3F1YXJ0ZXInLCAnc3RhcnQnLCAnZW5kJywgJ3N0YXJ0cycsICdjb21wbGV0aW9ucycsICdlYXJseV90ZXJtaW5hdGlvbnMnLCAnb3RoZXJfZW5kcycsICd0YXJnZXRfc3RhcnRzJywgJ3RhcmdldF9jb21wbGV0aW9ucyddLFxuICAgICAgICByb3dzOiBbXG4gICAgICAgICAgLi4uci5xdWFydGVycy5tYXAoKHEpID0+IHJvdyhbci55ZWFyLCBxLmxhYmVsLCBxLnN0YXJ0LCBxLmVuZCwgbihxLnN0YXJ0cyksIG4ocS5jb21wbGV0aW9ucyksIG4ocS5lYXJseVRlcm1pbmF0aW9ucyksIG4ocS5vdGhlckVuZHMpLCBudWxsLCBudWxsXSkpLFxuICAgICAgICAgIHJvdyhbci55ZWFyLCAnWWVhcicsIHIuc3RhcnQsIHIuZW5kLCBuKHIudG90YWwuc3RhcnRzKSwgbihyLnRvdGFsLmNvbXBsZXRpb25zKSwgbihyLnRvdGFsLmVhcmx5VGVybWluYXRpb25zKSwgbihyLnRvdGFsLm90aGVyRW5kcyksIHIudGFyZ2V0Py5zdGFydHMgPz8gbnVsbCwgci50YXJnZXQ/LmNvbXBsZXRpb25zID8/IG51bGxdKSxcbiAgICAgICAgXSxcbiAgICAgIH07XG4gICAgfSxcbiAgfSxcbiAgZGlzcHJvcG9ydGlvbmFsaXR5OiB7XG4gICAgZmlndXJlc09ubHk6IHRydWUsXG4gICAgcGVybWlzc2lvbjogJ2V4cG9ydDpydW4nLFxuICAgIGxhYmVsOiAnRGlzcHJvcG9ydGlvbmFsaXR5OiBzZWxlY3Rpb24gcmF0ZXMgYnkgZXRobmljaXR5LCBzZXggYW5kIGFnZSBiYW5kIGluIGEgc2VsZWN0aW9uIHJ1bicsXG4gICAgcGFyYW1zOiBbeyBuYW1lOiAncnVuJywgcmVxdWlyZWQ6IHRydWUsIGRlc2NyaXB0aW9uOiAndGhlIHJ1biBudW1iZXInIH1dLFxuICAgIHBhZ2U6ICcvc2VsZWN0aW9uL3J1bnMve3J1bn0nLFxuICAgIGFzeW5jIGRyYXcocywgYWN0b3IsIHApIHtcbiAgICAgIGNvbnN0IHJ1biA9IGF3YWl0IHMuc2VsZWN0aW9uLmdldFJ1bihhY3RvciwgeyBydW5JZDogaWQocCwgJ3J1bicsICdhIHNlbGVjdGlvbiBydW4gbnVtYmVyJyksIGxpbWl0OiAwLCB3aXRoQ3JpdGVyaWE6IGZhbHNlIH0pO1xuICAgICAgY29uc3QgZCA9IHJ1bi5zdW1tYXJ5LmRpc3Byb3BvcnRpb25hbGl0eTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIHRpdGxlOiBgZGlzcHJvcG9ydGlvbmFsaXR5IHJ1biAke3J1bi5ydW5JZH1gLFxuICAgICAgICBzY2hlbWU6IHJ1bi5zY2hlbWVDb2RlLFxuICAgICAgICBjb2x1bW5zOiBbJ3J1bicsICdhc19vZicsICdkaW1lbnNpb24nLCAnZ3JvdXAnLCAncG9vbCcsICdzZWxlY3RlZCcsICdyYXRlJywgJ3JhdGlvX3RvX292ZXJhbGwnLCAncmF0aW9fdG9fcmVmZXJlbmNlJywgJ3JlZmVyZW5jZV9ncm91cCddLFxuICAgICAgICByb3dzOiBbXG4gICAgICAgICAgcm93KFtydW4ucnVuSWQsIGQuYXNPZiwgJ2FsbCcsICdBbGwnLCBkLnBvb2wsIGQuc2VsZWN0ZWQsIGQub3ZlcmFsbFJhdGUsIG51bGwsIG51bGwsIG51bGxdKSxcbiAgICAgICAgICAuLi5kLmRpbWVuc2lvbnMuZmxhdE1hcCgoZGltKSA9PiBkaW0uZ3JvdXBzLm1hcCgoZykgPT4gcm93KFtydW4ucnVuSWQsIGQuYXNPZiwgZGltLmRpbWVuc2lvbiwgZy5ncm91cCwgZy5wb29sLCBnLnNlbGVjdGVkLCBnLnJhdGUsIGcucmF0aW9Ub092ZXJhbGwsIGcucmF0aW9Ub1JlZmVyZW5jZSwgZGltLnJlZmVyZW5jZV0pKSksXG4gICAgICAgIF0sXG4gICAgICB9O1xuICAgIH0sXG4gIH0sXG59IHNhdGlzZmllcyBSZWNvcmQ8c3RyaW5nLCBMaXN0S2luZD47XG5cbmV4cG9ydCB0eXBlIExpc3RLaW5kTmFtZSA9IGtleW9mIHR5cGVvZiBMSVNUX0tJTkRTO1xuXG5leHBvcnQgY29uc3QgTElTVF9LSU5EX05BTUVTID0gT2JqZWN0LmtleXMoTElTVF9LSU5EUykgYXMgTGlzdEtpbmROYW1lW107XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0xpc3RLaW5kKGtpbmQ6IHN0cmluZyk6IGtpbmQgaXMgTGlzdEtpbmROYW1lIHtcbiAgcmV0dXJuIE9iamVjdC5wcm90b3R5cGUuaGFzT3duUHJvcGVydHkuY2FsbChMSVNUX0tJTkRTLCBraW5kKTtcbn1cblxuLyoqIEV2ZXJ5IHBhcmFtZXRlciBhbnkga2luZCB0YWtlcyAodGhlIEFQSSdzIHF1ZXJ5IHN0cmluZykuICovXG5leHBvcnQgY29uc3QgQUxMX1BBUkFNUzogc3RyaW5nW10gPSBbLi4ubmV3IFNldChPYmplY3QudmFsdWVzKExJU1RfS0lORFMgYXMgUmVjb3JkPHN0cmluZywgTGlzdEtpbmQ+KS5mbGF0TWFwKChrKSA9PiBrLnBhcmFtcy5tYXAoKHApID0+IHAubmFtZSkpKV07XG5cbi8qKiBFdmVyeSBraW5kIHRoYXQgZXhwb3J0czogdGhlIGxpc3RzLCB0aGVuIHRoZSBpbXBvcnQga2luZHMgKGluIHRoZWlyIGltcG9ydCBmb3JtYXQsIHNyYy9pbXBvcnRzL2V4cG9ydC50cykuICovXG5leHBvcnQgY29uc3QgRVhQT1JUX0tJTkRTOiByZWFkb25seSBzdHJpbmdbXSA9IFsuLi5MSVNUX0tJTkRfTkFNRVMsIC4uLklNUE9SVF9LSU5EU107XG4iXSwKICAibWFwcGluZ3MiOiAiQUFPQSxTQUFTLHlCQUF5QjtBQVVsQyxTQUFTLGNBQXlCO0FBQ2xDLFNBQVMsb0JBQW9CO0FBMkQ3QixTQUFTLEtBQUssR0FBaUIsTUFBYyxNQUFzQjtBQUNqRSxRQUFNLElBQUksRUFBRSxJQUFJLEdBQUcsS0FBSztBQUN4QixNQUFJLENBQUMsRUFBRyxPQUFNLElBQUksa0JBQWtCLE9BQU8sSUFBSSxLQUFLLElBQUksTUFBTSxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzdFLFNBQU87QUFDVDtBQUVBLFNBQVMsR0FBRyxHQUFpQixNQUFjLE1BQXNCO0FBQy9ELFFBQU0sSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJO0FBQzVCLFFBQU0sSUFBSSxPQUFPLENBQUM7QUFDbEIsTUFBSSxDQUFDLFdBQVcsS0FBSyxDQUFDLEtBQUssQ0FBQyxPQUFPLGNBQWMsQ0FBQyxLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksa0JBQWtCLEdBQUcsSUFBSSxZQUFZLElBQUksMkJBQTJCLENBQUMsTUFBTSxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQ25LLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxHQUFpQixNQUFjLFVBQXVDO0FBQ3RGLFFBQU0sSUFBSSxFQUFFLElBQUksR0FBRyxLQUFLO0FBQ3hCLE1BQUksQ0FBQyxHQUFHO0FBQ04sUUFBSSxTQUFVLE9BQU0sSUFBSSxrQkFBa0IsV0FBVyxJQUFJLHFDQUFxQyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzdHLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxJQUFJLEVBQUUsU0FBUyxHQUFHLElBQUksT0FBTyxFQUFFLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxNQUFNLE9BQU8sQ0FBQztBQUNuRSxNQUFJLENBQUMsT0FBTyxTQUFTLENBQUMsRUFBRyxPQUFNLElBQUksa0JBQWtCLEdBQUcsSUFBSSxpREFBaUQsQ0FBQyxNQUFNLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFDbkksU0FBTztBQUNUO0FBRUEsTUFBTSxNQUFNLENBQUMsR0FBaUIsU0FBcUMsRUFBRSxJQUFJLEdBQUcsS0FBSyxLQUFLO0FBRXRGLE1BQU0sTUFBTSxDQUFDLFFBQW1CLGNBQWlDLEVBQUUsVUFBVSxPQUFPLE9BQU8sSUFBSSxNQUFNLEVBQUU7QUFHdkcsTUFBTSxXQUFXO0FBRWpCLE1BQU0sZUFBZTtBQUVyQixNQUFNLFNBQW9CLEVBQUUsTUFBTSxVQUFVLFVBQVUsTUFBTSxhQUFhLDRCQUE0QjtBQUVyRyxlQUFlLFFBQVEsR0FBaUIsT0FBYyxPQUFlLFVBQXVDO0FBQzFHLFFBQU0sTUFBTSxNQUFNLEVBQUUsVUFBVSxPQUFPLE9BQU8sRUFBRSxPQUFPLGNBQWMsTUFBTSxDQUFDO0FBQzFFLFFBQU0sVUFBVSxXQUFXLElBQUksUUFBUSxPQUFPLENBQUMsTUFBTSxFQUFFLE1BQU0sSUFBSSxJQUFJO0FBQ3JFLFFBQU0sU0FBUyxNQUFNLEVBQUUsT0FBTyxPQUFPLE9BQU8sUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUMxRSxRQUFNLFdBQVcsSUFBSSxtQkFBbUI7QUFDeEMsU0FBTztBQUFBLElBQ0wsT0FBTyxXQUFXLFFBQVEsSUFBSSxVQUFVLElBQUksSUFBSSxJQUFJLEtBQUssaUJBQWlCLElBQUksS0FBSztBQUFBLElBQ25GLFFBQVEsSUFBSTtBQUFBLElBQ1osU0FBUyxDQUFDLE9BQU8sU0FBUyxRQUFRLGNBQWMsUUFBUSxTQUFTLFVBQVUsV0FBVyx1QkFBdUIsWUFBWSxZQUFZLGtCQUFrQjtBQUFBLElBQ3ZKLE1BQU0sUUFBUTtBQUFBLE1BQUksQ0FBQyxNQUNqQjtBQUFBLFFBQ0U7QUFBQSxVQUNFLElBQUk7QUFBQSxVQUNKLElBQUk7QUFBQSxVQUNKLFdBQVcsV0FBVyxFQUFFO0FBQUEsVUFDeEIsRUFBRTtBQUFBLFVBQ0YsT0FBTyxJQUFJLEVBQUUsUUFBUSxHQUFHLFFBQVE7QUFBQSxVQUNoQyxXQUFXLFdBQVcsRUFBRTtBQUFBLFVBQ3hCLEVBQUU7QUFBQSxVQUNGLEVBQUU7QUFBQSxVQUNGLFdBQVcsV0FBVyxFQUFFO0FBQUEsVUFDeEIsRUFBRTtBQUFBLFVBQ0YsRUFBRTtBQUFBLFVBQ0YsRUFBRSxnQkFBZ0IsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsS0FBSyxHQUFHO0FBQUEsUUFDL0M7QUFBQSxRQUNBLEVBQUU7QUFBQSxNQUNKO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUVPLE1BQU0sYUFBYTtBQUFBLEVBQ3hCLE1BQU07QUFBQSxJQUNKLGFBQWE7QUFBQSxJQUNiLFlBQVk7QUFBQSxJQUNaLE9BQU87QUFBQSxJQUNQLFFBQVEsQ0FBQyxRQUFRLEVBQUUsTUFBTSxPQUFPLGFBQWEsMkNBQTJDLENBQUM7QUFBQSxJQUN6RixNQUFNO0FBQUEsSUFDTixNQUFNLEtBQUssR0FBRyxPQUFPLEdBQUc7QUFDdEIsWUFBTSxTQUFTLEtBQUssR0FBRyxVQUFVLFlBQVk7QUFDN0MsVUFBSTtBQUNKLFVBQUksSUFBSSxHQUFHLEtBQUssRUFBRyxTQUFRLEdBQUcsR0FBRyxPQUFPLHdCQUF3QjtBQUFBLFdBQzNEO0FBQ0gsY0FBTSxPQUFPLE1BQU0sRUFBRSxVQUFVLFNBQVMsT0FBTyxFQUFFLFlBQVksT0FBTyxDQUFDO0FBQ3JFLFlBQUksQ0FBQyxLQUFLLENBQUMsRUFBRyxPQUFNLElBQUksa0JBQWtCLFVBQVUsTUFBTSxvRkFBb0YsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUNqSyxnQkFBUSxLQUFLLENBQUMsRUFBRTtBQUFBLE1BQ2xCO0FBQ0EsWUFBTSxPQUFPLE1BQU0sUUFBUSxHQUFHLE9BQU8sT0FBTyxJQUFJO0FBQ2hELFVBQUksS0FBSyxXQUFXLE9BQU8sWUFBWSxLQUFLLEtBQUssV0FBVyxPQUFRLE9BQU0sSUFBSSxrQkFBa0IsT0FBTyxLQUFLLGlCQUFpQixLQUFLLE1BQU0sU0FBUyxNQUFNLEtBQUssRUFBRSxPQUFPLE1BQU0sQ0FBQztBQUM1SyxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLGlCQUFpQjtBQUFBLElBQ2YsYUFBYTtBQUFBLElBQ2IsWUFBWTtBQUFBLElBQ1osT0FBTztBQUFBLElBQ1AsUUFBUSxDQUFDLEVBQUUsTUFBTSxPQUFPLFVBQVUsTUFBTSxhQUFhLGlCQUFpQixDQUFDO0FBQUEsSUFDdkUsTUFBTTtBQUFBLElBQ04sTUFBTSxDQUFDLEdBQUcsT0FBTyxNQUFNLFFBQVEsR0FBRyxPQUFPLEdBQUcsR0FBRyxPQUFPLHdCQUF3QixHQUFHLEtBQUs7QUFBQSxFQUN4RjtBQUFBLEVBQ0EsaUJBQWlCO0FBQUEsSUFDZixhQUFhO0FBQUEsSUFDYixZQUFZO0FBQUEsSUFDWixPQUFPO0FBQUEsSUFDUCxRQUFRLENBQUMsUUFBUSxFQUFFLE1BQU0sUUFBUSxVQUFVLE1BQU0sYUFBYSwrQkFBK0IsQ0FBQztBQUFBLElBQzlGLE1BQU07QUFBQSxJQUNOLE1BQU0sS0FBSyxHQUFHLE9BQU8sR0FBRztBQUN0QixZQUFNLElBQUksTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLEVBQUUsWUFBWSxLQUFLLEdBQUcsVUFBVSxZQUFZLEdBQUcsYUFBYSxLQUFLLEdBQUcsUUFBUSxrQkFBa0IsRUFBRSxDQUFDO0FBQ3hJLFlBQU0sU0FBUyxNQUFNLEVBQUUsT0FBTyxPQUFPLE9BQU8sRUFBRSxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQzlFLGFBQU87QUFBQSxRQUNMLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxFQUFFLFdBQVc7QUFBQSxRQUMvQyxRQUFRLEVBQUU7QUFBQSxRQUNWLFNBQVMsQ0FBQyxnQkFBZ0IsY0FBYyxRQUFRLFFBQVEsWUFBWSxVQUFVLFVBQVUsY0FBYyxhQUFhLFFBQVEsU0FBUyxjQUFjLGNBQWMsT0FBTztBQUFBLFFBQ3ZLLE1BQU0sRUFBRSxVQUFVO0FBQUEsVUFBSSxDQUFDLE1BQ3JCO0FBQUEsWUFDRSxDQUFDLEVBQUUsYUFBYSxFQUFFLFdBQVcsT0FBTyxJQUFJLEVBQUUsUUFBUSxHQUFHLFFBQVEsTUFBTSxFQUFFLE1BQU0sRUFBRSxVQUFVLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxXQUFXLEVBQUUsVUFBVSxFQUFFLFVBQVUsRUFBRSxpQkFBaUIsV0FBVyxFQUFFLE9BQU8sRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFBQSxZQUNuTyxFQUFFO0FBQUEsVUFDSjtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLGtCQUFrQjtBQUFBLElBQ2hCLGFBQWE7QUFBQSxJQUNiLFlBQVk7QUFBQSxJQUNaLE9BQU87QUFBQSxJQUNQLFFBQVEsQ0FBQyxRQUFRLEVBQUUsTUFBTSxRQUFRLGFBQWEsdUNBQXVDLENBQUM7QUFBQSxJQUN0RixNQUFNO0FBQUEsSUFDTixNQUFNLEtBQUssR0FBRyxPQUFPLEdBQUcsT0FBTztBQUM3QixZQUFNLE9BQU8sTUFBTSxFQUFFLFFBQVEsS0FBSyxPQUFPLEtBQUssR0FBRyxVQUFVLFlBQVksR0FBRyxJQUFJLEdBQUcsTUFBTSxLQUFLLEtBQUs7QUFDakcsYUFBTztBQUFBLFFBQ0wsT0FBTyxXQUFXLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSTtBQUFBLFFBQ3hDLFFBQVEsS0FBSztBQUFBLFFBQ2IsU0FBUyxDQUFDLFNBQVMsY0FBYyxRQUFRLFFBQVEsY0FBYyxtQkFBbUIsUUFBUSxjQUFjLHlCQUF5Qix1QkFBdUI7QUFBQSxRQUN4SixNQUFNLEtBQUssUUFBUTtBQUFBLFVBQUksQ0FBQyxNQUN0QixJQUFJLENBQUMsS0FBSyxNQUFNLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsV0FBVyxFQUFFLGVBQWUsRUFBRSxVQUFVLEVBQUUsV0FBVyxFQUFFLHFCQUFxQixFQUFFLG1CQUFtQixHQUFHLEVBQUUsUUFBUTtBQUFBLFFBQy9KO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxVQUFVO0FBQUEsSUFDUixhQUFhO0FBQUEsSUFDYixZQUFZO0FBQUEsSUFDWixPQUFPO0FBQUEsSUFDUCxRQUFRO0FBQUEsTUFDTixFQUFFLE1BQU0sUUFBUSxhQUFhLDJDQUEyQztBQUFBLE1BQ3hFLEVBQUUsTUFBTSxVQUFVLGFBQWEsNEJBQTRCO0FBQUEsTUFDM0QsRUFBRSxNQUFNLFFBQVEsYUFBYSwyQ0FBMkM7QUFBQSxNQUN4RSxFQUFFLE1BQU0sUUFBUSxhQUFhLGtDQUFrQztBQUFBLE1BQy9ELEVBQUUsTUFBTSxTQUFTLGFBQWEsY0FBYztBQUFBLE1BQzVDLEVBQUUsTUFBTSxZQUFZLGFBQWEseUNBQXlDO0FBQUEsSUFDNUU7QUFBQSxJQUNBLE1BQU07QUFBQSxJQUNOLE1BQU0sS0FBSyxHQUFHLE9BQU8sR0FBRztBQUN0QixZQUFNLElBQUksTUFBTSxFQUFFLE1BQU0sU0FBUyxPQUFPLEVBQUUsTUFBTSxJQUFJLEdBQUcsTUFBTSxHQUFHLFFBQVEsSUFBSSxHQUFHLFFBQVEsR0FBRyxNQUFNLElBQUksR0FBRyxNQUFNLEdBQUcsTUFBTSxJQUFJLEdBQUcsTUFBTSxHQUFHLE9BQU8sSUFBSSxHQUFHLE9BQU8sR0FBRyxVQUFVLElBQUksR0FBRyxVQUFVLEVBQUUsQ0FBQztBQUM1TCxhQUFPO0FBQUEsUUFDTCxPQUFPLFlBQVksRUFBRSxJQUFJO0FBQUEsUUFDekIsUUFBUSxFQUFFLFFBQVE7QUFBQSxRQUNsQixTQUFTLENBQUMsY0FBYyxlQUFlLGVBQWUsVUFBVSxRQUFRLGdCQUFnQixhQUFhLGdCQUFnQixtQkFBbUIsWUFBWSx5QkFBeUIsb0JBQW9CO0FBQUEsUUFDak0sTUFBTSxFQUFFLE1BQU07QUFBQSxVQUFJLENBQUMsTUFDakIsSUFBSSxDQUFDLEVBQUUsV0FBVyxFQUFFLFlBQVksRUFBRSxZQUFZLEVBQUUsUUFBUSxFQUFFLFVBQVUsRUFBRSxhQUFhLEVBQUUsVUFBVSxFQUFFLGFBQWEsRUFBRSxnQkFBZ0IsRUFBRSxTQUFTLEVBQUUsc0JBQXNCLEVBQUUsaUJBQWlCLEdBQUcsRUFBRSxRQUFRO0FBQUEsUUFDck07QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLGNBQWM7QUFBQSxJQUNaLGFBQWE7QUFBQSxJQUNiLGlCQUFpQjtBQUFBLElBQ2pCLFlBQVk7QUFBQSxJQUNaLE9BQU87QUFBQSxJQUNQLFFBQVEsQ0FBQyxFQUFFLE1BQU0sUUFBUSxVQUFVLE1BQU0sYUFBYSwrQkFBMEIsQ0FBQztBQUFBLElBQ2pGLE1BQU07QUFBQSxJQUNOLE1BQU0sS0FBSyxHQUFHLE9BQU8sR0FBRztBQUN0QixZQUFNLElBQUksTUFBTSxFQUFFLFdBQVcsSUFBSSxPQUFPLEdBQUcsR0FBRyxRQUFRLHFCQUFxQixDQUFDO0FBQzVFLGFBQU87QUFBQSxRQUNMLE9BQU8sY0FBYyxFQUFFLEtBQUssRUFBRTtBQUFBLFFBQzlCLFFBQVE7QUFBQSxRQUNSLFNBQVMsQ0FBQyxTQUFTLGNBQWMsUUFBUSxRQUFRLFFBQVE7QUFBQSxRQUN6RCxNQUFNLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsRUFBRSxNQUFNLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxHQUFHLEVBQUUsUUFBUSxDQUFDO0FBQUEsTUFDMUY7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsUUFBUTtBQUFBLElBQ04sYUFBYTtBQUFBLElBQ2IsWUFBWTtBQUFBLElBQ1osT0FBTztBQUFBLElBQ1AsUUFBUSxDQUFDLEVBQUUsTUFBTSxXQUFXLGFBQWEsbURBQW1ELENBQUM7QUFBQSxJQUM3RixNQUFNO0FBQUEsSUFDTixNQUFNLEtBQUssR0FBRyxPQUFPLEdBQUc7QUFDdEIsWUFBTSxNQUFxRSxDQUFDO0FBQzVFLFVBQUk7QUFFSixpQkFBUztBQUNQLGNBQU0sT0FBTyxNQUFNLEVBQUUsT0FBTyxLQUFLLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxTQUFTLElBQUksR0FBRyxTQUFTLEVBQUUsQ0FBQztBQUMxRixZQUFJLEtBQUssR0FBRyxLQUFLLE1BQU07QUFDdkIsWUFBSSxDQUFDLEtBQUssS0FBTTtBQUNoQixpQkFBUyxLQUFLO0FBQUEsTUFDaEI7QUFDQSxhQUFPO0FBQUEsUUFDTCxPQUFPO0FBQUEsUUFDUCxRQUFRO0FBQUEsUUFDUixTQUFTLENBQUMsYUFBYSxRQUFRLGNBQWMsUUFBUSxVQUFVLGNBQWMsVUFBVSxjQUFjLG1CQUFtQixpQkFBaUI7QUFBQSxRQUN6SSxNQUFNLElBQUk7QUFBQSxVQUFJLENBQUMsTUFDYixJQUFJLENBQUMsRUFBRSxVQUFVLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLFdBQVcsRUFBRSxRQUFRLEVBQUUsV0FBVyxLQUFLLElBQUksR0FBRyxFQUFFLGNBQWMsTUFBTSxNQUFNLEVBQUUsY0FBYyxNQUFNLElBQUksR0FBRyxFQUFFLFFBQVE7QUFBQSxRQUNsTDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsTUFBTTtBQUFBLElBQ0osYUFBYTtBQUFBLElBQ2IsWUFBWTtBQUFBLElBQ1osT0FBTztBQUFBLElBQ1AsUUFBUTtBQUFBLE1BQ047QUFBQSxNQUNBLEVBQUUsTUFBTSxRQUFRLFVBQVUsTUFBTSxhQUFhLHFDQUFxQztBQUFBLE1BQ2xGLEVBQUUsTUFBTSxXQUFXLFVBQVUsTUFBTSxhQUFhLDRDQUE0QztBQUFBLE1BQzVGLEVBQUUsTUFBTSxXQUFXLGFBQWEscUJBQXFCO0FBQUEsTUFDckQsRUFBRSxNQUFNLGNBQWMsYUFBYSxnREFBZ0Q7QUFBQSxNQUNuRixFQUFFLE1BQU0sY0FBYyxhQUFhLCtCQUErQjtBQUFBLE1BQ2xFLEVBQUUsTUFBTSxRQUFRLGFBQWEsK0NBQStDO0FBQUEsSUFDOUU7QUFBQSxJQUNBLE1BQU07QUFBQSxJQUNOLE1BQU0sS0FBSyxHQUFHLE9BQU8sR0FBRztBQUN0QixZQUFNLElBQUksTUFBTSxFQUFFLFlBQVksS0FBSyxPQUFPO0FBQUEsUUFDeEMsWUFBWSxLQUFLLEdBQUcsVUFBVSxZQUFZO0FBQUEsUUFDMUMsTUFBTSxLQUFLLEdBQUcsUUFBUSxzQkFBc0I7QUFBQSxRQUM1QyxTQUFTLFNBQVMsR0FBRyxXQUFXLElBQUk7QUFBQSxRQUNwQyxTQUFTLFNBQVMsR0FBRyxXQUFXLEtBQUssS0FBSztBQUFBLFFBQzFDLFlBQVksSUFBSSxHQUFHLFlBQVksS0FBSztBQUFBLFFBQ3BDLGNBQWMsSUFBSSxHQUFHLFlBQVksSUFBSSxHQUFHLEdBQUcsY0FBYyxzQkFBc0IsSUFBSTtBQUFBLFFBQ25GLE1BQU0sSUFBSSxHQUFHLE1BQU0sS0FBSztBQUFBLE1BQzFCLENBQUM7QUFDRCxhQUFPO0FBQUEsUUFDTCxPQUFPLFFBQVEsRUFBRSxPQUFPLElBQUksSUFBSSxFQUFFLElBQUk7QUFBQSxRQUN0QyxRQUFRLEVBQUUsT0FBTztBQUFBLFFBQ2pCLFNBQVMsQ0FBQyxRQUFRLFdBQVcsU0FBUyxVQUFVLFlBQVksWUFBWSxxQkFBcUIsdUJBQXVCLHFCQUFxQjtBQUFBLFFBQ3pJLE1BQU07QUFBQSxVQUNKLEdBQUcsRUFBRSxTQUFTLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxFQUFFLE1BQU0sSUFBSSxFQUFFLE9BQU8sSUFBSSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsVUFBVSxFQUFFLFVBQVUsRUFBRSxrQkFBa0IsRUFBRSxvQkFBb0IsRUFBRSxrQkFBa0IsQ0FBQyxDQUFDO0FBQUEsVUFDbEssSUFBSSxDQUFDLEVBQUUsTUFBTSxRQUFRLE1BQU0sRUFBRSxRQUFRLEVBQUUsV0FBVyxFQUFFLFNBQVMsRUFBRSxXQUFXLE1BQU0sTUFBTSxJQUFJLENBQUM7QUFBQSxRQUM3RjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsTUFBTTtBQUFBLElBQ0osYUFBYTtBQUFBLElBQ2IsWUFBWTtBQUFBLElBQ1osT0FBTztBQUFBLElBQ1AsUUFBUTtBQUFBLE1BQ04sRUFBRSxNQUFNLFVBQVUsYUFBYSxrREFBa0Q7QUFBQSxNQUNqRixFQUFFLE1BQU0sUUFBUSxhQUFhLHNCQUFzQjtBQUFBLE1BQ25ELEVBQUUsTUFBTSxNQUFNLGFBQWEsb0JBQW9CO0FBQUEsTUFDL0MsRUFBRSxNQUFNLFFBQVEsYUFBYSwyRUFBc0U7QUFBQSxNQUNuRyxFQUFFLE1BQU0sU0FBUyxhQUFhLCtCQUErQjtBQUFBLE1BQzdELEVBQUUsTUFBTSxRQUFRLGFBQWEsK0NBQStDO0FBQUEsSUFDOUU7QUFBQSxJQUNBLE1BQU07QUFBQSxJQUNOLE1BQU0sS0FBSyxHQUFHLE9BQU8sR0FBRztBQUN0QixZQUFNLElBQUksTUFBTSxFQUFFLFlBQVksS0FBSyxPQUFPLEVBQUUsWUFBWSxJQUFJLEdBQUcsUUFBUSxLQUFLLE1BQU0sTUFBTSxJQUFJLEdBQUcsTUFBTSxLQUFLLE1BQU0sSUFBSSxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sTUFBTSxJQUFJLEdBQUcsTUFBTSxLQUFLLE1BQU0sY0FBYyxJQUFJLEdBQUcsT0FBTyxLQUFLLE1BQU0sTUFBTSxJQUFJLEdBQUcsTUFBTSxLQUFLLEtBQUssQ0FBQztBQUM3TyxhQUFPO0FBQUEsUUFDTCxPQUFPLFFBQVEsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFO0FBQUEsUUFDaEMsUUFBUSxFQUFFLFFBQVEsUUFBUTtBQUFBLFFBQzFCLFNBQVMsQ0FBQyxRQUFRLE1BQU0sUUFBUSxVQUFVLFVBQVUsYUFBYSxPQUFPO0FBQUEsUUFDeEUsTUFBTTtBQUFBLFVBQ0osR0FBRyxFQUFFLE9BQU8sSUFBSSxDQUFDLE1BQU0sSUFBSSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxZQUFZLGFBQWEsRUFBRSxZQUFZLEVBQUUsUUFBUSxFQUFFLFdBQVcsRUFBRSxLQUFLLENBQUMsQ0FBQztBQUFBLFVBQ25ILElBQUksQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLE9BQU8sRUFBRSxZQUFZLEVBQUUsUUFBUSxFQUFFLFdBQVcsRUFBRSxLQUFLLENBQUM7QUFBQSxRQUN6RTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsYUFBYTtBQUFBLElBQ1gsYUFBYTtBQUFBLElBQ2IsWUFBWTtBQUFBLElBQ1osT0FBTztBQUFBLElBQ1AsUUFBUTtBQUFBLE1BQ04sRUFBRSxNQUFNLFVBQVUsYUFBYSwyQ0FBMkM7QUFBQSxNQUMxRSxFQUFFLE1BQU0sUUFBUSxVQUFVLE1BQU0sYUFBYSwwQkFBMEI7QUFBQSxNQUN2RSxFQUFFLE1BQU0sTUFBTSxVQUFVLE1BQU0sYUFBYSx5QkFBeUI7QUFBQSxNQUNwRSxFQUFFLE1BQU0sUUFBUSxhQUFhLG1EQUFtRDtBQUFBLElBQ2xGO0FBQUEsSUFDQSxNQUFNO0FBQUEsSUFDTixNQUFNLEtBQUssR0FBRyxPQUFPLEdBQUcsT0FBTztBQUM3QixZQUFNLElBQUksTUFBTSxFQUFFLFlBQVksWUFBWSxPQUFPLEVBQUUsWUFBWSxJQUFJLEdBQUcsUUFBUSxLQUFLLE1BQU0sTUFBTSxLQUFLLEdBQUcsUUFBUSw2QkFBNkIsR0FBRyxJQUFJLEtBQUssR0FBRyxNQUFNLDRCQUE0QixHQUFHLE1BQU0sSUFBSSxHQUFHLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFDL04sWUFBTSxJQUFJLENBQUMsU0FBaUIsVUFBbUIsSUFBSSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksU0FBUyxLQUFLLENBQUM7QUFDakYsYUFBTztBQUFBLFFBQ0wsT0FBTyxlQUFlLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRTtBQUFBLFFBQ3ZDLFFBQVEsRUFBRSxRQUFRLFFBQVE7QUFBQSxRQUMxQixTQUFTLENBQUMsUUFBUSxNQUFNLFdBQVcsT0FBTztBQUFBLFFBQzFDLE1BQU07QUFBQSxVQUNKLEVBQUUsVUFBVSxFQUFFLFVBQVU7QUFBQSxVQUN4QixFQUFFLGVBQWUsRUFBRSxXQUFXO0FBQUEsVUFDOUIsRUFBRSxlQUFlLEVBQUUsVUFBVTtBQUFBLFVBQzdCLEVBQUUscUJBQXFCLEVBQUUsUUFBUTtBQUFBLFVBQ2pDLEVBQUUsMkJBQTJCLEVBQUUsb0JBQW9CO0FBQUEsVUFDbkQsRUFBRSw2QkFBNkIsRUFBRSxzQkFBc0I7QUFBQSxVQUN2RCxFQUFFLGlCQUFpQixFQUFFLFNBQVMsWUFBWTtBQUFBLFVBQzFDLEVBQUUsZ0JBQWdCLEVBQUUsU0FBUyxXQUFXO0FBQUEsVUFDeEMsRUFBRSwrQkFBK0IsRUFBRSxjQUFjLGNBQWM7QUFBQSxVQUMvRCxFQUFFLFFBQVEsRUFBRSxjQUFjLElBQUk7QUFBQSxVQUM5QixHQUFHLEVBQUUsS0FBSyxXQUFXLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFLFFBQVEsS0FBSyxFQUFFLFFBQVEsY0FBYyxFQUFFLElBQUksQ0FBQztBQUFBLFVBQ3pGLEVBQUUsa0JBQWtCLEVBQUUsS0FBSyxLQUFLO0FBQUEsVUFDaEMsRUFBRSxlQUFlLEVBQUUsV0FBVztBQUFBLFFBQ2hDO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxlQUFlO0FBQUEsSUFDYixhQUFhO0FBQUEsSUFDYixZQUFZO0FBQUEsSUFDWixPQUFPO0FBQUEsSUFDUCxRQUFRO0FBQUEsTUFDTixFQUFFLE1BQU0sVUFBVSxhQUFhLDJDQUEyQztBQUFBLE1BQzFFLEVBQUUsTUFBTSxRQUFRLFVBQVUsTUFBTSxhQUFhLDBCQUEwQjtBQUFBLE1BQ3ZFLEVBQUUsTUFBTSxNQUFNLFVBQVUsTUFBTSxhQUFhLHlCQUF5QjtBQUFBLE1BQ3BFLEVBQUUsTUFBTSxRQUFRLGFBQWEsbURBQW1EO0FBQUEsSUFDbEY7QUFBQSxJQUNBLE1BQU07QUFBQSxJQUNOLE1BQU0sS0FBSyxHQUFHLE9BQU8sR0FBRyxPQUFPO0FBQzdCLFlBQU0sSUFBSSxNQUFNLEVBQUUsWUFBWSxZQUFZLE9BQU8sRUFBRSxZQUFZLElBQUksR0FBRyxRQUFRLEtBQUssTUFBTSxNQUFNLEtBQUssR0FBRyxRQUFRLDZCQUE2QixHQUFHLElBQUksS0FBSyxHQUFHLE1BQU0sNEJBQTRCLEdBQUcsTUFBTSxJQUFJLEdBQUcsTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUMvTixhQUFPO0FBQUEsUUFDTCxPQUFPLGlCQUFpQixFQUFFLElBQUksT0FBTyxFQUFFLEVBQUU7QUFBQSxRQUN6QyxRQUFRLEVBQUUsUUFBUSxRQUFRO0FBQUEsUUFDMUIsU0FBUyxDQUFDLFFBQVEsTUFBTSxtQkFBbUIsbUJBQW1CO0FBQUEsUUFDOUQsTUFBTSxFQUFFLGNBQWMsT0FBTyxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQztBQUFBLE1BQ25GO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLEtBQUs7QUFBQSxJQUNILGFBQWE7QUFBQSxJQUNiLHVCQUF1QjtBQUFBLElBQ3ZCLFlBQVk7QUFBQSxJQUNaLE9BQU87QUFBQSxJQUNQLFFBQVEsQ0FBQyxFQUFFLE1BQU0sUUFBUSxhQUFhLGlEQUFpRCxDQUFDO0FBQUEsSUFDeEYsTUFBTTtBQUFBLElBQ04sTUFBTSxLQUFLLEdBQUcsT0FBTyxHQUFHO0FBQ3RCLFlBQU0sSUFBSSxNQUFNLEVBQUUsSUFBSSxRQUFRLE9BQU8sSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUNuRCxZQUFNLElBQUksQ0FBQyxNQUFzQixNQUFNLE9BQU8sZUFBZTtBQUM3RCxhQUFPO0FBQUEsUUFDTCxPQUFPLE9BQU8sRUFBRSxJQUFJO0FBQUEsUUFDcEIsUUFBUTtBQUFBLFFBQ1IsU0FBUyxDQUFDLFFBQVEsV0FBVyxTQUFTLE9BQU8sVUFBVSxlQUFlLHNCQUFzQixjQUFjLGlCQUFpQixvQkFBb0I7QUFBQSxRQUMvSSxNQUFNO0FBQUEsVUFDSixHQUFHLEVBQUUsU0FBUyxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsRUFBRSxNQUFNLEdBQUcsRUFBRSxFQUFFLFdBQVcsR0FBRyxFQUFFLEVBQUUsaUJBQWlCLEdBQUcsRUFBRSxFQUFFLFNBQVMsR0FBRyxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQUEsVUFDbEosSUFBSSxDQUFDLEVBQUUsTUFBTSxRQUFRLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxFQUFFLE1BQU0sTUFBTSxHQUFHLEVBQUUsRUFBRSxNQUFNLFdBQVcsR0FBRyxFQUFFLEVBQUUsTUFBTSxpQkFBaUIsR0FBRyxFQUFFLEVBQUUsTUFBTSxTQUFTLEdBQUcsRUFBRSxRQUFRLFVBQVUsTUFBTSxFQUFFLFFBQVEsZUFBZSxJQUFJLENBQUM7QUFBQSxRQUM5TDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0Esb0JBQW9CO0FBQUEsSUFDbEIsYUFBYTtBQUFBLElBQ2IsWUFBWTtBQUFBLElBQ1osT0FBTztBQUFBLElBQ1AsUUFBUSxDQUFDLEVBQUUsTUFBTSxPQUFPLFVBQVUsTUFBTSxhQUFhLGlCQUFpQixDQUFDO0FBQUEsSUFDdkUsTUFBTTtBQUFBLElBQ04sTUFBTSxLQUFLLEdBQUcsT0FBTyxHQUFHO0FBQ3RCLFlBQU0sTUFBTSxNQUFNLEVBQUUsVUFBVSxPQUFPLE9BQU8sRUFBRSxPQUFPLEdBQUcsR0FBRyxPQUFPLHdCQUF3QixHQUFHLE9BQU8sR0FBRyxjQUFjLE1BQU0sQ0FBQztBQUM1SCxZQUFNLElBQUksSUFBSSxRQUFRO0FBQ3RCLGFBQU87QUFBQSxRQUNMLE9BQU8sMEJBQTBCLElBQUksS0FBSztBQUFBLFFBQzFDLFFBQVEsSUFBSTtBQUFBLFFBQ1osU0FBUyxDQUFDLE9BQU8sU0FBUyxhQUFhLFNBQVMsUUFBUSxZQUFZLFFBQVEsb0JBQW9CLHNCQUFzQixpQkFBaUI7QUFBQSxRQUN2SSxNQUFNO0FBQUEsVUFDSixJQUFJLENBQUMsSUFBSSxPQUFPLEVBQUUsTUFBTSxPQUFPLE9BQU8sRUFBRSxNQUFNLEVBQUUsVUFBVSxFQUFFLGFBQWEsTUFBTSxNQUFNLElBQUksQ0FBQztBQUFBLFVBQzFGLEdBQUcsRUFBRSxXQUFXLFFBQVEsQ0FBQyxRQUFRLElBQUksT0FBTyxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsSUFBSSxPQUFPLEVBQUUsTUFBTSxJQUFJLFdBQVcsRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLFVBQVUsRUFBRSxNQUFNLEVBQUUsZ0JBQWdCLEVBQUUsa0JBQWtCLElBQUksU0FBUyxDQUFDLENBQUMsQ0FBQztBQUFBLFFBQzNMO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFJTyxNQUFNLGtCQUFrQixPQUFPLEtBQUssVUFBVTtBQUU5QyxTQUFTLFdBQVcsTUFBb0M7QUFDN0QsU0FBTyxPQUFPLFVBQVUsZUFBZSxLQUFLLFlBQVksSUFBSTtBQUM5RDtBQUdPLE1BQU0sYUFBdUIsQ0FBQyxHQUFHLElBQUksSUFBSSxPQUFPLE9BQU8sVUFBc0MsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBRzNJLE1BQU0sZUFBa0MsQ0FBQyxHQUFHLGlCQUFpQixHQUFHLFlBQVk7IiwKICAibmFtZXMiOiBbXQp9Cg==
