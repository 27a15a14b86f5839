function fieldId(path) {
  return "matrix-" + path.replace(/[[\].]+/g, "-").replace(/-$/, "");
}
function specs(config) {
  return [
    ...config.frequency.map((w, i) => ({
      legend: `Frequency: the last ${w.months} months`,
      fields: [
        { path: `frequency[${i}].months`, label: `Window ${i + 1}: length in months` },
        { path: `frequency[${i}].offenceWeight`, label: `Window ${i + 1}: points per offence` },
        { path: `frequency[${i}].arrestWeight`, label: `Window ${i + 1}: points per arrest` },
        { path: `frequency[${i}].intelligenceWeight`, label: `Window ${i + 1}: points per intelligence report` }
      ]
    })),
    {
      legend: "Intelligence and recency",
      fields: [
        { path: "intelligenceCap", label: "Most intelligence reports counted in a window", hint: "Force tools are known to inflate intelligence counts." },
        { path: "recency.weight", label: "Recency weight" },
        ...config.recency.bands.flatMap((_, i) => [
          { path: `recency.bands[${i}].withinDays`, label: `Recency band ${i + 1}: within days` },
          { path: `recency.bands[${i}].points`, label: `Recency band ${i + 1}: points` }
        ])
      ]
    },
    {
      legend: "Gravity, drugs and OGRS3",
      fields: [
        { path: "lookbackMonths", label: "Look-back for gravity, drugs and neighbourhood crime (months)" },
        { path: "gravity.defaultGravity", label: "Gravity of an offence group not in the table" },
        { path: "gravity.maxWeight", label: "Weight of the highest gravity" },
        { path: "gravity.totalWeight", label: "Weight of the total gravity" },
        { path: "drugs.weight", label: "Points per positive test for opiates or cocaine" },
        { path: "drugs.cap", label: "Most positive tests counted" },
        { path: "ogrs3.weight", label: "OGRS3 weight", hint: "Contribution is the weight times the two-year probability." }
      ]
    },
    {
      legend: "Release and supervision",
      fields: [
        { path: "release.withinDays", label: "Due for release within (days)" },
        { path: "release.weight", label: "Points for a release due" },
        { path: "noStatutorySupervision.weight", label: "Points for no statutory supervision" },
        { path: "noStatutorySupervision.longSentenceDays", label: "Sentences of at least this many days carry a licence" }
      ]
    },
    {
      legend: "Neighbourhood crime",
      fields: [
        { path: "neighbourhoodCrime.weight", label: "Neighbourhood crime weight", hint: "Contribution is the weight times the share of offences in the offence reference\u2019s neighbourhood-crime groups." }
      ]
    },
    {
      legend: "The pool",
      fields: [
        { path: "pool.minOffences", label: "Fewest offences to be in the pool" },
        { path: "pool.minGravityMax", label: "Lowest highest-gravity to be in the pool" }
      ]
    },
    {
      legend: "De-selection rules",
      fields: [
        { path: "rules.stoppedOffendingDays", label: "Stopped offending: days without arrest or intelligence", hint: "Six months is 183 days; the earlier guidance said 12 months." },
        { path: "rules.significantCustodyDays", label: "Significant custody: likely to stay more than (days)" },
        { path: "rules.reselectionReviewDays", label: "Re-selection review: days before expected release" },
        { path: "rules.regularReviewDays", label: "Regular review: at least every (days)" },
        { path: "rules.mandatoryReviewYears", label: "Mandatory review after (years on the scheme)" },
        { path: "rules.highRiskMinGravity", label: "High risk of harm: lowest gravity of a violent or sexual offence" },
        { path: "rules.violentOrSexualGroups", label: "Violent or sexual offence groups", hint: "3-digit Home Office offence groups, separated by commas.", kind: "groups" }
      ]
    },
    {
      legend: "Proposals",
      fields: [
        { path: "proposals.shortSentenceDays", label: "Short sentence: fewer than (days)", hint: "Releases from short sentences without statutory supervision get priority." },
        {
          path: "proposals.comparisonMargin",
          label: "Comparison margin (a fraction: 0.2 is 20%)",
          hint: "A candidate left without a place who scores more than this above a member is shown to the panel beside that member. A run never proposes a swap."
        }
      ]
    }
  ];
}
function getPath(obj, path) {
  return path.split(/[.[\]]+/).filter(Boolean).reduce((o, k) => o == null ? void 0 : o[k], obj);
}
function setPath(obj, path, value) {
  const keys = path.split(/[.[\]]+/).filter(Boolean);
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys[keys.length - 1]] = value;
}
function show(v, kind) {
  if (kind === "groups") return Array.isArray(v) ? v.join(", ") : "";
  if (kind === "boolean") return v ? "yes" : "no";
  return v === void 0 || v === null ? "" : String(v);
}
function matrixFields(config, posted, problems = []) {
  return specs(config).map((g) => ({
    legend: g.legend,
    fields: g.fields.map((s) => {
      const kind = s.kind ?? "number";
      const problem = problems.find((p) => p.path === s.path || p.path.startsWith(`${s.path}[`));
      return {
        path: s.path,
        id: fieldId(s.path),
        label: s.label,
        hint: s.hint,
        kind,
        value: posted?.[s.path] ?? show(getPath(config, s.path), kind),
        error: problem ? `${s.label} ${problem.message}` : void 0
      };
    })
  }));
}
function configFromForm(current, body) {
  const config = structuredClone(current);
  for (const g of specs(current))
    for (const s of g.fields) {
      const raw = typeof body[s.path] === "string" ? body[s.path].trim() : "";
      const kind = s.kind ?? "number";
      if (kind === "groups") setPath(config, s.path, raw.split(/[\s,]+/).filter(Boolean));
      else if (kind === "boolean") setPath(config, s.path, raw === "yes");
      else setPath(config, s.path, raw === "" || !/^-?\d+(\.\d+)?$/.test(raw) ? Number.NaN : Number(raw));
    }
  return config;
}
function problemMessages(groups, problems) {
  const fields = groups.flatMap((g) => g.fields);
  return problems.map((p) => {
    const f = fields.find((x) => p.path === x.path || p.path.startsWith(`${x.path}[`));
    return f ? { text: f.error, href: `#${f.id}` } : { text: `${p.path} ${p.message}`, href: "#matrix-form" };
  });
}
export {
  configFromForm,
  fieldId,
  matrixFields,
  problemMessages
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9mb3Jtcy9tYXRyaXgtZm9ybS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIG1hdHJpeCBlZGl0b3IncyBmb3JtIChTUEVDIDMuMyk6IHdoaWNoIHdlaWdodHMgYW5kIHRocmVzaG9sZHMgaXQgZWRpdHMsXG4vLyB3aXRoIHRoZWlyIGxhYmVscywgYW5kIHRoZSByb3VuZCB0cmlwIGJldHdlZW4gYSBNYXRyaXhDb25maWcgYW5kIHRoZSBwb3N0ZWRcbi8vIGZpZWxkcy4gVmFsaWRhdGlvbiBzdGF5cyB3aXRoIHRoZSBtYXRyaXggKG1hdHJpeFByb2JsZW1zKTsgdGhpcyBvbmx5IG1hcHMgaXRzXG4vLyBwcm9ibGVtIHBhdGhzIGJhY2sgb250byB0aGUgZmllbGRzLiBHcmF2aXR5IGFuZCB0aGUgbmVpZ2hib3VyaG9vZC1jcmltZVxuLy8gZ3JvdXBzIGFyZSB0aGUgb2ZmZW5jZSByZWZlcmVuY2UncyAoc3JjL29mZmVuY2VzLyksIG5vdCB0aGUgbWF0cml4J3MuXG5pbXBvcnQgdHlwZSB7IE1hdHJpeENvbmZpZywgTWF0cml4UHJvYmxlbSB9IGZyb20gJy4uLy4uL3NlbGVjdGlvbi9tYXRyaXguanMnO1xuXG5leHBvcnQgdHlwZSBGaWVsZEtpbmQgPSAnbnVtYmVyJyB8ICdncm91cHMnIHwgJ2Jvb2xlYW4nO1xuXG5leHBvcnQgaW50ZXJmYWNlIE1hdHJpeEZpZWxkIHtcbiAgLyoqIFRoZSBzZXR0aW5nJ3MgcGF0aCBpbiBNYXRyaXhDb25maWcsIGFzIHRoZSB2YWxpZGF0aW9uIG5hbWVzIGl0LCBlLmcuIFwiZnJlcXVlbmN5WzBdLm9mZmVuY2VXZWlnaHRcIi4gKi9cbiAgcGF0aDogc3RyaW5nO1xuICAvKiogVGhlIEhUTUwgaWQ6IHRoZSBwYXRoIHdpdGggYnJhY2tldHMgYW5kIGRvdHMgdHVybmVkIGludG8gaHlwaGVucy4gKi9cbiAgaWQ6IHN0cmluZztcbiAgbGFiZWw6IHN0cmluZztcbiAgaGludD86IHN0cmluZztcbiAga2luZDogRmllbGRLaW5kO1xuICB2YWx1ZTogc3RyaW5nO1xuICBlcnJvcj86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBNYXRyaXhGaWVsZEdyb3VwIHtcbiAgbGVnZW5kOiBzdHJpbmc7XG4gIGZpZWxkczogTWF0cml4RmllbGRbXTtcbn1cblxuaW50ZXJmYWNlIEZpZWxkU3BlYyB7XG4gIHBhdGg6IHN0cmluZztcbiAgbGFiZWw6IHN0cmluZztcbiAgaGludD86IHN0cmluZztcbiAga2luZD86IEZpZWxkS2luZDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZpZWxkSWQocGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuICdtYXRyaXgtJyArIHBhdGgucmVwbGFjZSgvW1tcXF0uXSsvZywgJy0nKS5yZXBsYWNlKC8tJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gc3BlY3MoY29uZmlnOiBNYXRyaXhDb25maWcpOiB7IGxlZ2VuZDogc3RyaW5nOyBmaWVsZHM6IEZpZWxkU3BlY1tdIH1bXSB7XG4gIHJldHVybiBbXG4gICAgLi4uY29uZmlnLmZyZXF1ZW5jeS5tYXAoKHcsIGkpID0+ICh7XG4gICAgICBsZWdlbmQ6IGBGcmVxdWVuY3k6IHRoZSBsYXN0ICR7dy5tb250aHN9IG1vbnRoc2AsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgeyBwYXRoOiBgZnJlcXVlbmN5WyR7aX1dLm1vbnRoc2AsIGxhYmVsOiBgV2luZG93ICR7aSArIDF9OiBsZW5ndGggaW4gbW9udGhzYCB9LFxuICAgICAgICB7IHBhdGg6IGBmcmVxdWVuY3lbJHtpfV0ub2ZmZW5jZVdlaWdodGAsIGxhYmVsOiBgV2luZG93ICR7aSArIDF9OiBwb2ludHMgcGVyIG9mZmVuY2VgIH0sXG4gICAgICAgIHsgcGF0aDogYGZyZXF1ZW5jeVske2l9XS5hcnJlc3RXZWlnaHRgLCBsYWJlbDogYFdpbmRvdyAke2kgKyAxfTogcG9pbnRzIHBlciBhcnJlc3RgIH0sXG4gICAgICAgIHsgcGF0aDogYGZyZXF1ZW5jeVske2l9XS5pbnRlbGxpZ2VuY2VXZWlnaHRgLCBsYWJlbDogYFdpbmRvdyAke2kgKyAxfTogcG9pbnRzIHBlciBpbnRlbGxpZ2VuY2UgcmVwb3J0YCB9LFxuICAgICAgXSxcbiAgICB9KSksXG4gICAge1xuICAgICAgbGVnZW5kOiAnSW50ZWxsaWdlbmNlIGFuZCByZWNlbmN5JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB7IHBhdGg6ICdpbnRlbGxpZ2VuY2VDYXAnLCBsYWJlbDogJ01vc3QgaW50ZWxsaWdlbmNlIHJlcG9ydHMgY291bnRlZCBpbiBhIHdpbmRvdycsIGhpbnQ6ICdGb3JjZSB0b29scyBhcmUga25vd24gdG8gaW5mbGF0ZSBpbnRlbGxpZ2VuY2UgY291bnRzLicgfSxcbiAgICAgICAgeyBwYXRoOiAncmVjZW5jeS53ZWlnaHQnLCBsYWJlbDogJ1JlY2VuY3kgd2VpZ2h0JyB9LFxuICAgICAgICAuLi5jb25maWcucmVjZW5jeS5iYW5kcy5mbGF0TWFwKChfLCBpKSA9PiBbXG4gICAgICAgICAgeyBwYXRoOiBgcmVjZW5jeS5iYW5kc1ske2l9XS53aXRoaW5EYXlzYCwgbGFiZWw6IGBSZWNlbmN5IGJhbmQgJHtpICsgMX06IHdpdGhpbiBkYXlzYCB9LFxuICAgICAgICAgIHsgcGF0aDogYHJlY2VuY3kuYmFuZHNbJHtpfV0ucG9pbnRzYCwgbGFiZWw6IGBSZWNlbmN5IGJhbmQgJHtpICsgMX06IHBvaW50c2AgfSxcbiAgICAgICAgXSksXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgbGVnZW5kOiAnR3Jhdml0eSwgZHJ1Z3MgYW5kIE9HUlMzJyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB7IHBhdGg6ICdsb29rYmFja01vbnRocycsIGxhYmVsOiAnTG9vay1iYWNrIGZvciBncmF2aXR5LCBkcnVncyBhbmQgbmVpZ2hib3VyaG9vZCBjcmltZSAobW9udGhzKScgfSxcbiAgICAgICAgeyBwYXRoOiAnZ3Jhdml0eS5kZWZhdWx0R3Jhdml0eScsIGxhYmVsOiAnR3Jhdml0eSBvZiBhbiBvZmZlbmNlIGdyb3VwIG5vdCBpbiB0aGUgdGFibGUnIH0sXG4gICAgICAgIHsgcGF0aDogJ2dyYXZpdHkubWF4V2VpZ2h0JywgbGFiZWw6ICdXZWlnaHQgb2YgdGhlIGhpZ2hlc3QgZ3Jhdml0eScgfSxcbiAgICAgICAgeyBwYXRoOiAnZ3Jhdml0eS50b3RhbFdlaWdodCcsIGxhYmVsOiAnV2VpZ2h0IG9mIHRoZSB0b3RhbCBncmF2aXR5JyB9LFxuICAgICAgICB7IHBhdGg6ICdkcnVncy53ZWlnaHQnLCBsYWJlbDogJ1BvaW50cyBwZXIgcG9zaXRpdmUgdGVzdCBmb3Igb3BpYXRlcyBvciBjb2NhaW5lJyB9LFxuICAgICAgICB7IHBhdGg6ICdkcnVncy5jYXAnLCBsYWJlbDogJ01vc3QgcG9zaXRpdmUgdGVzdHMgY291bnRlZCcgfSxcbiAgICAgICAgeyBwYXRoOiAnb2dyczMud2VpZ2h0JywgbGFiZWw6ICdPR1JTMyB3ZWlnaHQnLCBoaW50OiAnQ29udHJpYnV0aW9uIGlzIHRoZSB3ZWlnaHQgdGltZXMgdGhlIHR3by15ZWFyIHByb2JhYmlsaXR5LicgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICBsZWdlbmQ6ICdSZWxlYXNlIGFuZCBzdXBlcnZpc2lvbicsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgeyBwYXRoOiAncmVsZWFzZS53aXRoaW5EYXlzJywgbGFiZWw6ICdEdWUgZm9yIHJlbGVhc2Ugd2l0aGluIChkYXlzKScgfSxcbiAgICAgICAgeyBwYXRoOiAncmVsZWFzZS53ZWlnaHQnLCBsYWJlbDogJ1BvaW50cyBmb3IgYSByZWxlYXNlIGR1ZScgfSxcbiAgICAgICAgeyBwYXRoOiAnbm9TdGF0dXRvcnlTdXBlcnZpc2lvbi53ZWlnaHQnLCBsYWJlbDogJ1BvaW50cyBmb3Igbm8gc3RhdHV0b3J5IHN1cGVydmlzaW9uJyB9LFxuICAgICAgICB7IHBhdGg6ICdub1N0YXR1dG9yeVN1cGVydmlzaW9uLmxvbmdTZW50ZW5jZURheXMnLCBsYWJlbDogJ1NlbnRlbmNlcyBvZiBhdCBsZWFzdCB0aGlzIG1hbnkgZGF5cyBjYXJyeSBhIGxpY2VuY2UnIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgbGVnZW5kOiAnTmVpZ2hib3VyaG9vZCBjcmltZScsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgeyBwYXRoOiAnbmVpZ2hib3VyaG9vZENyaW1lLndlaWdodCcsIGxhYmVsOiAnTmVpZ2hib3VyaG9vZCBjcmltZSB3ZWlnaHQnLCBoaW50OiAnQ29udHJpYnV0aW9uIGlzIHRoZSB3ZWlnaHQgdGltZXMgdGhlIHNoYXJlIG9mIG9mZmVuY2VzIGluIHRoZSBvZmZlbmNlIHJlZmVyZW5jZVx1MjAxOXMgbmVpZ2hib3VyaG9vZC1jcmltZSBncm91cHMuJyB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIGxlZ2VuZDogJ1RoZSBwb29sJyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB7IHBhdGg6ICdwb29sLm1pbk9mZmVuY2VzJywgbGFiZWw6ICdGZXdlc3Qgb2ZmZW5jZXMgdG8gYmUgaW4gdGhlIHBvb2wnIH0sXG4gICAgICAgIHsgcGF0aDogJ3Bvb2wubWluR3Jhdml0eU1heCcsIGxhYmVsOiAnTG93ZXN0IGhpZ2hlc3QtZ3Jhdml0eSB0byBiZSBpbiB0aGUgcG9vbCcgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICBsZWdlbmQ6ICdEZS1zZWxlY3Rpb24gcnVsZXMnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHsgcGF0aDogJ3J1bGVzLnN0b3BwZWRPZmZlbmRpbmdEYXlzJywgbGFiZWw6ICdTdG9wcGVkIG9mZmVuZGluZzogZGF5cyB3aXRob3V0IGFycmVzdCBvciBpbnRlbGxpZ2VuY2UnLCBoaW50OiAnU2l4IG1vbnRocyBpcyAxODMgZGF5czsgdGhlIGVhcmxpZXIgZ3VpZGFuY2Ugc2FpZCAxMiBtb250aHMuJyB9LFxuICAgICAgICB7IHBhdGg6ICdydWxlcy5zaWduaWZpY2FudEN1c3RvZHlEYXlzJywgbGFiZWw6ICdTaWduaWZpY2FudCBjdXN0b2R5OiBsaWtlbHkgdG8gc3RheSBtb3JlIHRoYW4gKGRheXMpJyB9LFxuICAgICAgICB7IHBhdGg6ICdydWxlcy5yZXNlbGVjdGlvblJldmlld0RheXMnLCBsYWJlbDogJ1JlLXNlbGVjdGlvbiByZXZpZXc6IGRheXMgYmVmb3JlIGV4cGVjdGVkIHJlbGVhc2UnIH0sXG4gICAgICAgIHsgcGF0aDogJ3J1bGVzLnJlZ3VsYXJSZXZpZXdEYXlzJywgbGFiZWw6ICdSZWd1bGFyIHJldmlldzogYXQgbGVhc3QgZXZlcnkgKGRheXMpJyB9LFxuICAgICAgICB7IHBhdGg6ICdydWxlcy5tYW5kYXRvcnlSZXZpZXdZZWFycycsIGxhYmVsOiAnTWFuZGF0b3J5IHJldmlldyBhZnRlciAoeWVhcnMgb24gdGhlIHNjaGVtZSknIH0sXG4gICAgICAgIHsgcGF0aDogJ3J1bGVzLmhpZ2hSaXNrTWluR3Jhdml0eScsIGxhYmVsOiAnSGlnaCByaXNrIG9mIGhhcm06IGxvd2VzdCBncmF2aXR5IG9mIGEgdmlvbGVudCBvciBzZXh1YWwgb2ZmZW5jZScgfSxcbiAgICAgICAgeyBwYXRoOiAncnVsZXMudmlvbGVudE9yU2V4dWFsR3JvdXBzJywgbGFiZWw6ICdWaW9sZW50IG9yIHNleHVhbCBvZmZlbmNlIGdyb3VwcycsIGhpbnQ6ICczLWRpZ2l0IEhvbWUgT2ZmaWNlIG9mZmVuY2UgZ3JvdXBzLCBzZXBhcmF0ZWQgYnkgY29tbWFzLicsIGtpbmQ6ICdncm91cHMnIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgbGVnZW5kOiAnUHJvcG9zYWxzJyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB7IHBhdGg6ICdwcm9wb3NhbHMuc2hvcnRTZW50ZW5jZURheXMnLCBsYWJlbDogJ1Nob3J0IHNlbnRlbmNlOiBmZXdlciB0aGFuIChkYXlzKScsIGhpbnQ6ICdSZWxlYXNlcyBmcm9tIHNob3J0IHNlbnRlbmNlcyB3aXRob3V0IHN0YXR1dG9yeSBzdXBlcnZpc2lvbiBnZXQgcHJpb3JpdHkuJyB9LFxuICAgICAgICB7XG4gICAgICAgICAgcGF0aDogJ3Byb3Bvc2Fscy5jb21wYXJpc29uTWFyZ2luJyxcbiAgICAgICAgICBsYWJlbDogJ0NvbXBhcmlzb24gbWFyZ2luIChhIGZyYWN0aW9uOiAwLjIgaXMgMjAlKScsXG4gICAgICAgICAgaGludDogJ0EgY2FuZGlkYXRlIGxlZnQgd2l0aG91dCBhIHBsYWNlIHdobyBzY29yZXMgbW9yZSB0aGFuIHRoaXMgYWJvdmUgYSBtZW1iZXIgaXMgc2hvd24gdG8gdGhlIHBhbmVsIGJlc2lkZSB0aGF0IG1lbWJlci4gQSBydW4gbmV2ZXIgcHJvcG9zZXMgYSBzd2FwLicsXG4gICAgICAgIH0sXG4gICAgICBdLFxuICAgIH0sXG4gIF07XG59XG5cbi8qKiBSZWFkcyBhIHBhdGggc3VjaCBhcyBcImZyZXF1ZW5jeVswXS5vZmZlbmNlV2VpZ2h0XCIgZnJvbSBhbiBvYmplY3QuICovXG5mdW5jdGlvbiBnZXRQYXRoKG9iajogdW5rbm93biwgcGF0aDogc3RyaW5nKTogdW5rbm93biB7XG4gIHJldHVybiBwYXRoLnNwbGl0KC9bLltcXF1dKy8pLmZpbHRlcihCb29sZWFuKS5yZWR1Y2U8dW5rbm93bj4oKG8sIGspID0+IChvID09IG51bGwgPyB1bmRlZmluZWQgOiAobyBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba10pLCBvYmopO1xufVxuXG5mdW5jdGlvbiBzZXRQYXRoKG9iajogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIHBhdGg6IHN0cmluZywgdmFsdWU6IHVua25vd24pOiB2b2lkIHtcbiAgY29uc3Qga2V5cyA9IHBhdGguc3BsaXQoL1suW1xcXV0rLykuZmlsdGVyKEJvb2xlYW4pO1xuICBsZXQgbzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSBvYmo7XG4gIGZvciAoY29uc3QgayBvZiBrZXlzLnNsaWNlKDAsIC0xKSkgbyA9IG9ba10gYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIG9ba2V5c1trZXlzLmxlbmd0aCAtIDFdIV0gPSB2YWx1ZTtcbn1cblxuZnVuY3Rpb24gc2hvdyh2OiB1bmtub3duLCBraW5kOiBGaWVsZEtpbmQpOiBzdHJpbmcge1xuICBpZiAoa2luZCA9PT0gJ2dyb3VwcycpIHJldHVybiBBcnJheS5pc0FycmF5KHYpID8gdi5qb2luKCcsICcpIDogJyc7XG4gIGlmIChraW5kID09PSAnYm9vbGVhbicpIHJldHVybiB2ID8gJ3llcycgOiAnbm8nO1xuICByZXR1cm4gdiA9PT0gdW5kZWZpbmVkIHx8IHYgPT09IG51bGwgPyAnJyA6IFN0cmluZyh2KTtcbn1cblxuLyoqIFRoZSBmb3JtJ3MgZmllbGRzLCB3aXRoIHZhbHVlcyBmcm9tIHRoZSBjb25maWcgKG9yIGZyb20gd2hhdCB3YXMgcG9zdGVkKSBhbmQgYW55IHByb2JsZW1zLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hdHJpeEZpZWxkcyhjb25maWc6IE1hdHJpeENvbmZpZywgcG9zdGVkPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiwgcHJvYmxlbXM6IE1hdHJpeFByb2JsZW1bXSA9IFtdKTogTWF0cml4RmllbGRHcm91cFtdIHtcbiAgcmV0dXJuIHNwZWNzKGNvbmZpZykubWFwKChnKSA9PiAoe1xuICAgIGxlZ2VuZDogZy5sZWdlbmQsXG4gICAgZmllbGRzOiBnLmZpZWxkcy5tYXAoKHMpID0+IHtcbiAgICAgIGNvbnN0IGtpbmQgPSBzLmtpbmQgPz8gJ251bWJlcic7XG4gICAgICBjb25zdCBwcm9ibGVtID0gcHJvYmxlbXMuZmluZCgocCkgPT4gcC5wYXRoID09PSBzLnBhdGggfHwgcC5wYXRoLnN0YXJ0c1dpdGgoYCR7cy5wYXRofVtgKSk7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBwYXRoOiBzLnBhdGgsXG4gICAgICAgIGlkOiBmaWVsZElkKHMucGF0aCksXG4gICAgICAgIGxhYmVsOiBzLmxhYmVsLFxuICAgICAgICBoaW50OiBzLmhpbnQsXG4gICAgICAgIGtpbmQsXG4gICAgICAgIHZhbHVlOiBwb3N0ZWQ/LltzLnBhdGhdID8/IHNob3coZ2V0UGF0aChjb25maWcsIHMucGF0aCksIGtpbmQpLFxuICAgICAgICBlcnJvcjogcHJvYmxlbSA/IGAke3MubGFiZWx9ICR7cHJvYmxlbS5tZXNzYWdlfWAgOiB1bmRlZmluZWQsXG4gICAgICB9O1xuICAgIH0pLFxuICB9KSk7XG59XG5cbi8qKlxuICogVGhlIGNvbmZpZyBhIHBvc3RlZCBmb3JtIGFza3MgZm9yOiB0aGUgY3VycmVudCBvbmUgd2l0aCBldmVyeSBmb3JtIGZpZWxkXG4gKiByZXBsYWNlZC4gVGV4dCB0aGF0IGlzIG5vdCBhIG51bWJlciBpcyBrZXB0IGFzIE5hTiwgc28gdmFsaWRhdGlvbiBuYW1lcyBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbmZpZ0Zyb21Gb3JtKGN1cnJlbnQ6IE1hdHJpeENvbmZpZywgYm9keTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBNYXRyaXhDb25maWcge1xuICBjb25zdCBjb25maWcgPSBzdHJ1Y3R1cmVkQ2xvbmUoY3VycmVudCkgYXMgdW5rbm93biBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgZm9yIChjb25zdCBnIG9mIHNwZWNzKGN1cnJlbnQpKVxuICAgIGZvciAoY29uc3QgcyBvZiBnLmZpZWxkcykge1xuICAgICAgY29uc3QgcmF3ID0gdHlwZW9mIGJvZHlbcy5wYXRoXSA9PT0gJ3N0cmluZycgPyAoYm9keVtzLnBhdGhdIGFzIHN0cmluZykudHJpbSgpIDogJyc7XG4gICAgICBjb25zdCBraW5kID0gcy5raW5kID8/ICdudW1iZXInO1xuICAgICAgaWYgKGtpbmQgPT09ICdncm91cHMnKSBzZXRQYXRoKGNvbmZpZywgcy5wYXRoLCByYXcuc3BsaXQoL1tcXHMsXSsvKS5maWx0ZXIoQm9vbGVhbikpO1xuICAgICAgZWxzZSBpZiAoa2luZCA9PT0gJ2Jvb2xlYW4nKSBzZXRQYXRoKGNvbmZpZywgcy5wYXRoLCByYXcgPT09ICd5ZXMnKTtcbiAgICAgIGVsc2Ugc2V0UGF0aChjb25maWcsIHMucGF0aCwgcmF3ID09PSAnJyB8fCAhL14tP1xcZCsoXFwuXFxkKyk/JC8udGVzdChyYXcpID8gTnVtYmVyLk5hTiA6IE51bWJlcihyYXcpKTtcbiAgICB9XG4gIHJldHVybiBjb25maWcgYXMgdW5rbm93biBhcyBNYXRyaXhDb25maWc7XG59XG5cbi8qKiBQcm9ibGVtcyBuYW1lZCBieSB0aGUgZm9ybSdzIGxhYmVsczsgdGhvc2Ugb3V0c2lkZSB0aGUgZm9ybSBrZWVwIHRoZWlyIHBhdGguICovXG5leHBvcnQgZnVuY3Rpb24gcHJvYmxlbU1lc3NhZ2VzKGdyb3VwczogTWF0cml4RmllbGRHcm91cFtdLCBwcm9ibGVtczogTWF0cml4UHJvYmxlbVtdKTogeyB0ZXh0OiBzdHJpbmc7IGhyZWY6IHN0cmluZyB9W10ge1xuICBjb25zdCBmaWVsZHMgPSBncm91cHMuZmxhdE1hcCgoZykgPT4gZy5maWVsZHMpO1xuICByZXR1cm4gcHJvYmxlbXMubWFwKChwKSA9PiB7XG4gICAgY29uc3QgZiA9IGZpZWxkcy5maW5kKCh4KSA9PiBwLnBhdGggPT09IHgucGF0aCB8fCBwLnBhdGguc3RhcnRzV2l0aChgJHt4LnBhdGh9W2ApKTtcbiAgICByZXR1cm4gZiA/IHsgdGV4dDogZi5lcnJvciEsIGhyZWY6IGAjJHtmLmlkfWAgfSA6IHsgdGV4dDogYCR7cC5wYXRofSAke3AubWVzc2FnZX1gLCBocmVmOiAnI21hdHJpeC1mb3JtJyB9O1xuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQWlDTyxTQUFTLFFBQVEsTUFBc0I7QUFDNUMsU0FBTyxZQUFZLEtBQUssUUFBUSxZQUFZLEdBQUcsRUFBRSxRQUFRLE1BQU0sRUFBRTtBQUNuRTtBQUVBLFNBQVMsTUFBTSxRQUFpRTtBQUM5RSxTQUFPO0FBQUEsSUFDTCxHQUFHLE9BQU8sVUFBVSxJQUFJLENBQUMsR0FBRyxPQUFPO0FBQUEsTUFDakMsUUFBUSx1QkFBdUIsRUFBRSxNQUFNO0FBQUEsTUFDdkMsUUFBUTtBQUFBLFFBQ04sRUFBRSxNQUFNLGFBQWEsQ0FBQyxZQUFZLE9BQU8sVUFBVSxJQUFJLENBQUMscUJBQXFCO0FBQUEsUUFDN0UsRUFBRSxNQUFNLGFBQWEsQ0FBQyxtQkFBbUIsT0FBTyxVQUFVLElBQUksQ0FBQyx1QkFBdUI7QUFBQSxRQUN0RixFQUFFLE1BQU0sYUFBYSxDQUFDLGtCQUFrQixPQUFPLFVBQVUsSUFBSSxDQUFDLHNCQUFzQjtBQUFBLFFBQ3BGLEVBQUUsTUFBTSxhQUFhLENBQUMsd0JBQXdCLE9BQU8sVUFBVSxJQUFJLENBQUMsbUNBQW1DO0FBQUEsTUFDekc7QUFBQSxJQUNGLEVBQUU7QUFBQSxJQUNGO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixRQUFRO0FBQUEsUUFDTixFQUFFLE1BQU0sbUJBQW1CLE9BQU8saURBQWlELE1BQU0sd0RBQXdEO0FBQUEsUUFDakosRUFBRSxNQUFNLGtCQUFrQixPQUFPLGlCQUFpQjtBQUFBLFFBQ2xELEdBQUcsT0FBTyxRQUFRLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUFBLFVBQ3hDLEVBQUUsTUFBTSxpQkFBaUIsQ0FBQyxnQkFBZ0IsT0FBTyxnQkFBZ0IsSUFBSSxDQUFDLGdCQUFnQjtBQUFBLFVBQ3RGLEVBQUUsTUFBTSxpQkFBaUIsQ0FBQyxZQUFZLE9BQU8sZ0JBQWdCLElBQUksQ0FBQyxXQUFXO0FBQUEsUUFDL0UsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsUUFBUTtBQUFBLFFBQ04sRUFBRSxNQUFNLGtCQUFrQixPQUFPLGdFQUFnRTtBQUFBLFFBQ2pHLEVBQUUsTUFBTSwwQkFBMEIsT0FBTywrQ0FBK0M7QUFBQSxRQUN4RixFQUFFLE1BQU0scUJBQXFCLE9BQU8sZ0NBQWdDO0FBQUEsUUFDcEUsRUFBRSxNQUFNLHVCQUF1QixPQUFPLDhCQUE4QjtBQUFBLFFBQ3BFLEVBQUUsTUFBTSxnQkFBZ0IsT0FBTyxrREFBa0Q7QUFBQSxRQUNqRixFQUFFLE1BQU0sYUFBYSxPQUFPLDhCQUE4QjtBQUFBLFFBQzFELEVBQUUsTUFBTSxnQkFBZ0IsT0FBTyxnQkFBZ0IsTUFBTSw2REFBNkQ7QUFBQSxNQUNwSDtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixRQUFRO0FBQUEsUUFDTixFQUFFLE1BQU0sc0JBQXNCLE9BQU8sZ0NBQWdDO0FBQUEsUUFDckUsRUFBRSxNQUFNLGtCQUFrQixPQUFPLDJCQUEyQjtBQUFBLFFBQzVELEVBQUUsTUFBTSxpQ0FBaUMsT0FBTyxzQ0FBc0M7QUFBQSxRQUN0RixFQUFFLE1BQU0sMkNBQTJDLE9BQU8sdURBQXVEO0FBQUEsTUFDbkg7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsUUFBUTtBQUFBLFFBQ04sRUFBRSxNQUFNLDZCQUE2QixPQUFPLDhCQUE4QixNQUFNLHFIQUFnSDtBQUFBLE1BQ2xNO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLFFBQVE7QUFBQSxRQUNOLEVBQUUsTUFBTSxvQkFBb0IsT0FBTyxvQ0FBb0M7QUFBQSxRQUN2RSxFQUFFLE1BQU0sc0JBQXNCLE9BQU8sMkNBQTJDO0FBQUEsTUFDbEY7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsUUFBUTtBQUFBLFFBQ04sRUFBRSxNQUFNLDhCQUE4QixPQUFPLDBEQUEwRCxNQUFNLCtEQUErRDtBQUFBLFFBQzVLLEVBQUUsTUFBTSxnQ0FBZ0MsT0FBTyx1REFBdUQ7QUFBQSxRQUN0RyxFQUFFLE1BQU0sK0JBQStCLE9BQU8sb0RBQW9EO0FBQUEsUUFDbEcsRUFBRSxNQUFNLDJCQUEyQixPQUFPLHdDQUF3QztBQUFBLFFBQ2xGLEVBQUUsTUFBTSw4QkFBOEIsT0FBTywrQ0FBK0M7QUFBQSxRQUM1RixFQUFFLE1BQU0sNEJBQTRCLE9BQU8sbUVBQW1FO0FBQUEsUUFDOUcsRUFBRSxNQUFNLCtCQUErQixPQUFPLG9DQUFvQyxNQUFNLDREQUE0RCxNQUFNLFNBQVM7QUFBQSxNQUNySztBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixRQUFRO0FBQUEsUUFDTixFQUFFLE1BQU0sK0JBQStCLE9BQU8scUNBQXFDLE1BQU0sNEVBQTRFO0FBQUEsUUFDcks7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLE9BQU87QUFBQSxVQUNQLE1BQU07QUFBQSxRQUNSO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLFFBQVEsS0FBYyxNQUF1QjtBQUNwRCxTQUFPLEtBQUssTUFBTSxTQUFTLEVBQUUsT0FBTyxPQUFPLEVBQUUsT0FBZ0IsQ0FBQyxHQUFHLE1BQU8sS0FBSyxPQUFPLFNBQWEsRUFBOEIsQ0FBQyxHQUFJLEdBQUc7QUFDekk7QUFFQSxTQUFTLFFBQVEsS0FBOEIsTUFBYyxPQUFzQjtBQUNqRixRQUFNLE9BQU8sS0FBSyxNQUFNLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDakQsTUFBSSxJQUE2QjtBQUNqQyxhQUFXLEtBQUssS0FBSyxNQUFNLEdBQUcsRUFBRSxFQUFHLEtBQUksRUFBRSxDQUFDO0FBQzFDLElBQUUsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFFLElBQUk7QUFDOUI7QUFFQSxTQUFTLEtBQUssR0FBWSxNQUF5QjtBQUNqRCxNQUFJLFNBQVMsU0FBVSxRQUFPLE1BQU0sUUFBUSxDQUFDLElBQUksRUFBRSxLQUFLLElBQUksSUFBSTtBQUNoRSxNQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUTtBQUMzQyxTQUFPLE1BQU0sVUFBYSxNQUFNLE9BQU8sS0FBSyxPQUFPLENBQUM7QUFDdEQ7QUFHTyxTQUFTLGFBQWEsUUFBc0IsUUFBaUMsV0FBNEIsQ0FBQyxHQUF1QjtBQUN0SSxTQUFPLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxPQUFPO0FBQUEsSUFDL0IsUUFBUSxFQUFFO0FBQUEsSUFDVixRQUFRLEVBQUUsT0FBTyxJQUFJLENBQUMsTUFBTTtBQUMxQixZQUFNLE9BQU8sRUFBRSxRQUFRO0FBQ3ZCLFlBQU0sVUFBVSxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRSxLQUFLLFdBQVcsR0FBRyxFQUFFLElBQUksR0FBRyxDQUFDO0FBQ3pGLGFBQU87QUFBQSxRQUNMLE1BQU0sRUFBRTtBQUFBLFFBQ1IsSUFBSSxRQUFRLEVBQUUsSUFBSTtBQUFBLFFBQ2xCLE9BQU8sRUFBRTtBQUFBLFFBQ1QsTUFBTSxFQUFFO0FBQUEsUUFDUjtBQUFBLFFBQ0EsT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLLEtBQUssUUFBUSxRQUFRLEVBQUUsSUFBSSxHQUFHLElBQUk7QUFBQSxRQUM3RCxPQUFPLFVBQVUsR0FBRyxFQUFFLEtBQUssSUFBSSxRQUFRLE9BQU8sS0FBSztBQUFBLE1BQ3JEO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSCxFQUFFO0FBQ0o7QUFNTyxTQUFTLGVBQWUsU0FBdUIsTUFBNkM7QUFDakcsUUFBTSxTQUFTLGdCQUFnQixPQUFPO0FBQ3RDLGFBQVcsS0FBSyxNQUFNLE9BQU87QUFDM0IsZUFBVyxLQUFLLEVBQUUsUUFBUTtBQUN4QixZQUFNLE1BQU0sT0FBTyxLQUFLLEVBQUUsSUFBSSxNQUFNLFdBQVksS0FBSyxFQUFFLElBQUksRUFBYSxLQUFLLElBQUk7QUFDakYsWUFBTSxPQUFPLEVBQUUsUUFBUTtBQUN2QixVQUFJLFNBQVMsU0FBVSxTQUFRLFFBQVEsRUFBRSxNQUFNLElBQUksTUFBTSxRQUFRLEVBQUUsT0FBTyxPQUFPLENBQUM7QUFBQSxlQUN6RSxTQUFTLFVBQVcsU0FBUSxRQUFRLEVBQUUsTUFBTSxRQUFRLEtBQUs7QUFBQSxVQUM3RCxTQUFRLFFBQVEsRUFBRSxNQUFNLFFBQVEsTUFBTSxDQUFDLGtCQUFrQixLQUFLLEdBQUcsSUFBSSxPQUFPLE1BQU0sT0FBTyxHQUFHLENBQUM7QUFBQSxJQUNwRztBQUNGLFNBQU87QUFDVDtBQUdPLFNBQVMsZ0JBQWdCLFFBQTRCLFVBQTZEO0FBQ3ZILFFBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxNQUFNLEVBQUUsTUFBTTtBQUM3QyxTQUFPLFNBQVMsSUFBSSxDQUFDLE1BQU07QUFDekIsVUFBTSxJQUFJLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUUsUUFBUSxFQUFFLEtBQUssV0FBVyxHQUFHLEVBQUUsSUFBSSxHQUFHLENBQUM7QUFDakYsV0FBTyxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQVEsTUFBTSxJQUFJLEVBQUUsRUFBRSxHQUFHLElBQUksRUFBRSxNQUFNLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxPQUFPLElBQUksTUFBTSxlQUFlO0FBQUEsRUFDM0csQ0FBQztBQUNIOyIsCiAgIm5hbWVzIjogW10KfQo=
