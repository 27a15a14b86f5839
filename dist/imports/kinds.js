import { csvField } from "../db/statements.js";
import {
  normaliseOffenceCode,
  parseCount,
  parseDate,
  parseEnum,
  parsePncId,
  parsePositiveNegative,
  parseText,
  parseYesNo
} from "./fields.js";
const one = (p) => (raw) => {
  const r = p(raw);
  return r.ok ? { ok: true, value: [r.value] } : r;
};
function text(name, required = false, max = 500) {
  return { name, required, outputs: [[name, "text"]], parse: one((r) => parseText(r, max)), maxLength: max };
}
function date(name, required = false) {
  return { name, required, outputs: [[name, "date"]], parse: one(parseDate) };
}
function count(name) {
  return { name, required: false, outputs: [[name, "integer"]], parse: one(parseCount) };
}
function yesNo(name, required = false) {
  return { name, required, outputs: [[name, "boolean"]], parse: one(parseYesNo) };
}
function posNeg(name, required = false) {
  return { name, required, outputs: [[name, "boolean"]], parse: one(parsePositiveNegative) };
}
function enumeration(name, spec, required = false) {
  return {
    name,
    required,
    outputs: [
      [name, "text"],
      [`${name}_raw`, "text"]
    ],
    parse: (raw) => {
      const r = parseEnum(spec, raw);
      return r.ok ? { ok: true, value: [r.value, raw] } : r;
    }
  };
}
function offenceCode(name, required = false) {
  return {
    name,
    required,
    outputs: [
      [`${name}_raw`, "text"],
      [`${name}_norm`, "text"]
    ],
    parse: (raw) => {
      const t = parseText(raw, 100);
      return t.ok ? { ok: true, value: [raw, normaliseOffenceCode(raw)] } : t;
    }
  };
}
function pnc(name) {
  return { name, required: false, outputs: [[name, "text"]], parse: one(parsePncId) };
}
const personRef = text("person_ref", true, 100);
const eventPersonRef = { ...personRef, required: false };
const eventPnc = pnc("pnc_id");
const personNamed = {
  reads: ["person_ref", "pnc_id"],
  run: (v) => v.person_ref === null && v.pnc_id === null ? [{ field: "person_ref", reason: "is empty, and there is no pnc_id either" }] : []
};
function after(later, earlier) {
  return {
    reads: [later, earlier],
    run: (v) => {
      const a = v[later];
      const b = v[earlier];
      if (typeof a === "string" && typeof b === "string" && a <= b) {
        return [{ field: later, reason: `${a} is not after ${earlier} ${b} (periods are [start, end), so the end must be later)` }];
      }
      return [];
    }
  };
}
function both(a, b) {
  return { reads: [...a.reads, ...b.reads], run: (v) => [...a.run(v), ...b.run(v)] };
}
const SEX = {
  values: ["male", "female", "other", "unknown"],
  aliases: { m: "male", f: "female", u: "unknown", o: "other", not_known: "unknown", not_stated: "unknown" }
};
const OUTCOME = {
  values: ["conviction", "caution"],
  aliases: { convicted: "conviction", cautioned: "caution", reprimand: "caution", final_warning: "caution", conditional_caution: "caution" }
};
const DISPOSAL = {
  values: ["custody", "community", "suspended", "fine", "discharge", "other"],
  aliases: {
    immediate_custody: "custody",
    prison: "custody",
    community_order: "community",
    suspended_sentence: "suspended",
    suspended_sentence_order: "suspended",
    conditional_discharge: "discharge",
    absolute_discharge: "discharge"
  },
  fallback: "other"
};
const ARREST_OUTCOME = {
  values: ["charged", "released", "bailed", "nfa", "other"],
  aliases: { no_further_action: "nfa", released_under_investigation: "released", rui: "released", bail: "bailed", charge: "charged" },
  fallback: "other"
};
const CUSTODY_KIND = {
  values: ["remand", "sentenced"],
  aliases: { remanded: "remand", sentence: "sentenced" }
};
const SUPERVISION_KIND = {
  values: ["community_order", "licence", "drr", "none"],
  aliases: { license: "licence", co: "community_order", drug_rehabilitation_requirement: "drr", suspended_sentence_order: "community_order" }
};
const SUPERVISION_END_KIND = {
  values: ["completed", "early_termination", "other"],
  aliases: { complete: "completed", successful: "completed", successfully_completed: "completed", revoked: "early_termination", terminated: "early_termination", breached: "early_termination" },
  fallback: "other"
};
const END_REASON = {
  values: ["stopped_offending", "moved_area", "significant_custody", "regular_review", "two_years_on_scheme", "high_risk_of_harm", "deceased", "other"],
  aliases: { moved: "moved_area", custody: "significant_custody", died: "deceased", dead: "deceased" },
  fallback: "other"
};
const RISK_OF_SERIOUS_HARM = {
  values: ["low", "medium", "high", "very_high"],
  aliases: { l: "low", m: "medium", med: "medium", h: "high", vh: "very_high", veryhigh: "very_high" }
};
const KINDS = {
  people: {
    kind: "people",
    fields: [
      personRef,
      pnc("pnc_id"),
      text("cro_number", false, 30),
      text("prison_number", false, 30),
      text("probation_crn", false, 30),
      text("family_name", true, 200),
      text("given_names", true, 200),
      date("date_of_birth", true),
      enumeration("sex", SEX, true),
      text("ethnicity", false, 100),
      text("area_code", true, 30),
      text("postcode", false, 10),
      // Optional: yes restricts the person to named users (the importing user is
      // named); blank leaves a stored person as they are, and a new one unrestricted.
      yesNo("restricted")
    ]
  },
  outcomes: {
    kind: "outcomes",
    fields: [
      eventPersonRef,
      date("offence_date", true),
      date("outcome_date", true),
      enumeration("outcome", OUTCOME, true),
      offenceCode("offence_code", true),
      text("offence_description", false, 1e3),
      enumeration("disposal", DISPOSAL),
      count("sentence_days"),
      text("court", false, 200),
      eventPnc
    ],
    check: personNamed
  },
  arrests: {
    kind: "arrests",
    fields: [eventPersonRef, date("arrest_date", true), offenceCode("offence_code"), enumeration("outcome", ARREST_OUTCOME), eventPnc],
    check: personNamed
  },
  intelligence: {
    kind: "intelligence",
    fields: [eventPersonRef, date("report_date", true), text("grading", false, 20), text("topic", false, 200), eventPnc],
    check: personNamed
  },
  drug_tests: {
    kind: "drug_tests",
    fields: [eventPersonRef, date("test_date", true), posNeg("opiates", true), posNeg("cocaine", true), offenceCode("trigger_offence_code"), eventPnc],
    check: personNamed
  },
  custody: {
    kind: "custody",
    fields: [
      eventPersonRef,
      date("reception_date", true),
      enumeration("kind", CUSTODY_KIND, true),
      count("sentence_days"),
      date("expected_release_date"),
      date("release_date"),
      text("establishment", false, 200),
      eventPnc
    ],
    check: both(personNamed, after("release_date", "reception_date"))
  },
  supervision: {
    kind: "supervision",
    fields: [
      eventPersonRef,
      date("start_date", true),
      date("end_date"),
      enumeration("kind", SUPERVISION_KIND, true),
      yesNo("statutory", true),
      eventPnc,
      enumeration("end_kind", SUPERVISION_END_KIND)
    ],
    check: both(personNamed, after("end_date", "start_date"))
  },
  memberships: {
    kind: "memberships",
    fields: [
      eventPersonRef,
      text("scheme", true, 50),
      text("tier", false, 50),
      date("start_date", true),
      date("end_date"),
      enumeration("end_reason", END_REASON),
      eventPnc
    ],
    check: both(personNamed, after("end_date", "start_date"))
  },
  addresses: {
    kind: "addresses",
    fields: [eventPersonRef, date("from_date", true), text("area_code", true, 30), text("postcode", false, 10), eventPnc],
    check: personNamed
  },
  // Risk assessments and MAPPA referrals (issue 15): by person_ref only.
  risk_assessments: {
    kind: "risk_assessments",
    fields: [personRef, date("assessment_date", true), enumeration("risk_of_serious_harm", RISK_OF_SERIOUS_HARM, true), text("assessor_agency", false, 30)]
  },
  mappa_referrals: {
    kind: "mappa_referrals",
    fields: [personRef, date("referral_date", true), text("outcome", false, 500)]
  }
};
function stagingColumns(spec) {
  return spec.fields.flatMap((f) => f.outputs);
}
function headerNames(spec) {
  return spec.fields.map((f) => f.name);
}
function headerKey(h) {
  return h.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s-]+/g, "_");
}
function mapHeader(spec, header) {
  const keys = header.map(headerKey);
  const index = spec.fields.map((f) => keys.indexOf(f.name));
  const missing = spec.fields.filter((f, i) => index[i] === -1 && (f.required || f.name === "person_ref" && !keys.includes("pnc_id"))).map((f) => f.name);
  const used = new Set(spec.fields.map((f) => f.name));
  const ignored = keys.filter((k) => k !== "" && !used.has(k));
  return { index, missing, ignored };
}
function validateRow(spec, header, cells) {
  const encoder = new RowEncoder(spec, header);
  const values = [];
  return encoder.encode(0, cells, values) === null ? { ok: false, problems: encoder.problems } : { ok: true, values };
}
const CACHE_LIMIT = 5e4;
const CACHED_OUTPUT_TYPES = /* @__PURE__ */ new Set(["date", "boolean", "integer"]);
const NOT_AS_SENT = /[\u0000-\u001F",]/;
function trimmed(text2) {
  const n = text2.length;
  if (n === 0) return text2;
  const a = text2.charCodeAt(0);
  const z = text2.charCodeAt(n - 1);
  return a > 32 && a < 127 && z > 32 && z < 127 ? text2 : text2.trim();
}
class RowEncoder {
  constructor(spec, header) {
    this.spec = spec;
    this.header = header;
    this.caches = spec.fields.map(
      (f) => f.outputs.some(([n, t]) => CACHED_OUTPUT_TYPES.has(t) || n.endsWith("_raw") || n.endsWith("_norm")) ? /* @__PURE__ */ new Map() : null
    );
    spec.fields.forEach((f, i) => this.checkFieldIndex.set(f.name, i));
    this.reads = (spec.check?.reads ?? []).map((name) => {
      for (let i = 0; i < spec.fields.length; i++) {
        const output = spec.fields[i].outputs.findIndex(([n]) => n === name);
        if (output >= 0) return { name, field: i, output };
      }
      const field = spec.fields.findIndex((f) => f.name === name);
      if (field < 0) throw new Error(`the ${spec.kind} row check reads ${name}, which no field fills`);
      return { name, field, output: -1 };
    });
    this.empty = spec.fields.map((f) => ",".repeat(f.outputs.length - 1));
    this.plainMax = spec.fields.map((f) => f.maxLength ?? -1);
    this.slots = new Array(spec.fields.length + 1).fill("");
    this.current = new Array(spec.fields.length).fill(null);
  }
  spec;
  header;
  /** The problems of the last row encode() refused. */
  problems = [];
  caches;
  /** The columns the kind's row check reads, set afresh for each row that gets that far. */
  named = {};
  reads;
  checkFieldIndex = /* @__PURE__ */ new Map();
  /** Per field: the COPY text of its outputs when it is empty (all NULL). */
  empty;
  /** Per field: its maxLength when it is plain text, else -1. */
  plainMax;
  /** The row being written: row_no, then one slot per field (its outputs' COPY text). */
  slots;
  /** Per field, for the row being written: its parse, its text (plain text taken as sent) or null (empty). */
  current;
  parse(i, raw) {
    const cache = this.caches[i];
    const hit = cache?.get(raw);
    if (hit) return hit;
    const f = this.spec.fields[i];
    const r = f.parse(raw);
    let entry;
    if (r.ok) {
      const values = f.outputs.map((_, j) => r.value[j] ?? null);
      entry = { reason: null, values, copy: values.map(csvField).join(",") };
    } else {
      entry = { reason: r.reason, values: f.outputs.map(() => null), copy: "" };
    }
    if (cache && cache.size < CACHE_LIMIT && raw.length <= 64) cache.set(raw, entry);
    return entry;
  }
  /**
   * The row's COPY line, without its line end, or null when it has problems
   * (then in this.problems). The line is joined from one slot per field, so
   * it is one flat string, not a rope of pieces that a chunk would keep alive.
   * `after`, when given, is the COPY text of one more column written after
   * the fields (an import's person_id).
   */
  encode(rowNo, cells, values, after2) {
    const { spec, header, slots, current, plainMax } = this;
    const fields = spec.fields;
    const index = header.index;
    let problems = null;
    slots[0] = String(rowNo);
    for (let i = 0; i < fields.length; i++) {
      const col = index[i];
      const raw = col >= 0 ? trimmed(cells[col] ?? "") : "";
      if (raw === "") {
        const f = fields[i];
        if (f.required) (problems ??= []).push({ field: f.name, value: "", reason: "is required but empty" });
        slots[i + 1] = this.empty[i];
        current[i] = null;
        if (values) for (let j = 0; j < f.outputs.length; j++) values.push(null);
        continue;
      }
      if (raw.length <= plainMax[i] && !NOT_AS_SENT.test(raw)) {
        slots[i + 1] = raw;
        current[i] = raw;
        if (values) values.push(raw);
        continue;
      }
      const r = this.parse(i, raw);
      if (r.reason !== null) {
        (problems ??= []).push({ field: fields[i].name, value: raw, reason: r.reason });
        continue;
      }
      slots[i + 1] = r.copy;
      current[i] = r;
      if (values) values.push(...r.values);
    }
    if (problems === null && spec.check) {
      const named = this.named;
      for (const { name, field, output } of this.reads) {
        const c = current[field] ?? null;
        named[name] = c === null ? null : output < 0 ? void 0 : typeof c === "string" ? c : c.values[output];
      }
      for (const p of spec.check.run(named)) {
        const fi = this.checkFieldIndex.get(p.field) ?? -1;
        const col = fi >= 0 ? header.index[fi] : -1;
        (problems ??= []).push({ field: p.field, value: col >= 0 ? (cells[col] ?? "").trim() : "", reason: p.reason });
      }
    }
    if (problems !== null) {
      this.problems = problems;
      return null;
    }
    if (after2 === void 0) return slots.join(",");
    slots.push(after2);
    const line = slots.join(",");
    slots.pop();
    return line;
  }
}
export {
  KINDS,
  RowEncoder,
  headerKey,
  headerNames,
  mapHeader,
  stagingColumns,
  trimmed,
  validateRow
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2ltcG9ydHMva2luZHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBpbXBvcnQgZm9ybWF0cyBvZiBTUEVDIDUgKGFuZCBpc3N1ZSAxNSdzIHJpc2sgYXNzZXNzbWVudHMgYW5kIE1BUFBBIHJlZmVycmFscykgYXMgZGF0YTogZWFjaCBraW5kJ3MgY29sdW1ucywgaG93IGVhY2hcbi8vIGNvbHVtbiBpcyBwYXJzZWQsIGFuZCB0aGUgdHlwZWQgc3RhZ2luZyBjb2x1bW5zIGl0IGZpbGxzLiBSb3dFbmNvZGVyIGlzIHRoZVxuLy8gcHVyZSBjaGVjayBvZiBvbmUgcm93LCB3cml0aW5nIGl0IGFzIGEgbGluZSBvZiBDT1BZIHRleHQgKHZhbGlkYXRlUm93IGdpdmVzXG4vLyB0aGUgc2FtZSBjaGVjayBhcyB2YWx1ZXMpOyB0aGUgZGF0YWJhc2Ugd29yayBpcyBpbiBtZXJnZS50cy5cbmltcG9ydCB0eXBlIHsgSW1wb3J0S2luZCB9IGZyb20gJy4va2luZC1uYW1lcy5qcyc7XG5pbXBvcnQgeyBjc3ZGaWVsZCB9IGZyb20gJy4uL2RiL3N0YXRlbWVudHMuanMnO1xuaW1wb3J0IHtcbiAgbm9ybWFsaXNlT2ZmZW5jZUNvZGUsXG4gIHBhcnNlQ291bnQsXG4gIHBhcnNlRGF0ZSxcbiAgcGFyc2VFbnVtLFxuICBwYXJzZVBuY0lkLFxuICBwYXJzZVBvc2l0aXZlTmVnYXRpdmUsXG4gIHBhcnNlVGV4dCxcbiAgcGFyc2VZZXNObyxcbiAgdHlwZSBFbnVtU3BlYyxcbiAgdHlwZSBQYXJzZWQsXG59IGZyb20gJy4vZmllbGRzLmpzJztcblxuZXhwb3J0IHR5cGUgVmFsdWUgPSBzdHJpbmcgfCBudW1iZXIgfCBib29sZWFuIHwgbnVsbDtcbmV4cG9ydCB0eXBlIFNxbFR5cGUgPSAndGV4dCcgfCAnZGF0ZScgfCAnaW50ZWdlcicgfCAnYm9vbGVhbic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRmllbGRTcGVjIHtcbiAgLyoqIFRoZSBjb2x1bW4ncyBuYW1lIGluIHRoZSBmaWxlJ3MgaGVhZGVyIHJvdy4gKi9cbiAgbmFtZTogc3RyaW5nO1xuICByZXF1aXJlZDogYm9vbGVhbjtcbiAgLyoqIFRoZSBzdGFnaW5nIGNvbHVtbnMgdGhpcyBmaWVsZCBmaWxscywgaW4gb3JkZXIuICovXG4gIG91dHB1dHM6IHJlYWRvbmx5IChyZWFkb25seSBbc3RyaW5nLCBTcWxUeXBlXSlbXTtcbiAgLyoqIFBhcnNlcyB0cmltbWVkLCBub24tZW1wdHkgdGV4dCBpbnRvIG9uZSB2YWx1ZSBwZXIgb3V0cHV0LiAqL1xuICBwYXJzZTogKHJhdzogc3RyaW5nKSA9PiBQYXJzZWQ8VmFsdWVbXT47XG4gIC8qKiBGb3IgYSBwbGFpbiB0ZXh0IGZpZWxkIChvbmUgdGV4dCBvdXRwdXQsIHRoZSB0ZXh0IGFzIHNlbnQpOiBpdHMgbW9zdCBjaGFyYWN0ZXJzLCBzbyBSb3dFbmNvZGVyIGNhbiB0YWtlIGNvbW1vbiB0ZXh0IHdpdGhvdXQgcGFyc2UuICovXG4gIG1heExlbmd0aD86IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBGaWVsZFByb2JsZW0ge1xuICBmaWVsZDogc3RyaW5nO1xuICByZWFzb246IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBLaW5kU3BlYyB7XG4gIGtpbmQ6IEltcG9ydEtpbmQ7XG4gIC8qKiBJbiB0aGUgb3JkZXIgb2YgU1BFQyA1ICh0aGUgZXhwb3J0IHdyaXRlcyB0aGVtIGluIHRoaXMgb3JkZXIpLiAqL1xuICBmaWVsZHM6IHJlYWRvbmx5IEZpZWxkU3BlY1tdO1xuICAvKiogQ2hlY2tzIGFjcm9zcyBmaWVsZHMgb2Ygb25lIHJvdyAodGhlIGZpZWxkcyB0aGVtc2VsdmVzIGFyZSB2YWxpZCkuICovXG4gIGNoZWNrPzogUm93Q2hlY2s7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUm93Q2hlY2sge1xuICAvKiogVGhlIHN0YWdpbmcgY29sdW1ucyBydW4gcmVhZHM6IFJvd0VuY29kZXIgZ2l2ZXMgaXQgb25seSB0aGVzZS4gKi9cbiAgcmVhZHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICBydW46ICh2OiBSZWNvcmQ8c3RyaW5nLCBWYWx1ZT4pID0+IEZpZWxkUHJvYmxlbVtdO1xufVxuXG5jb25zdCBvbmUgPVxuICA8VCBleHRlbmRzIFZhbHVlPihwOiAocmF3OiBzdHJpbmcpID0+IFBhcnNlZDxUPikgPT5cbiAgKHJhdzogc3RyaW5nKTogUGFyc2VkPFZhbHVlW10+ID0+IHtcbiAgICBjb25zdCByID0gcChyYXcpO1xuICAgIHJldHVybiByLm9rID8geyBvazogdHJ1ZSwgdmFsdWU6IFtyLnZhbHVlXSB9IDogcjtcbiAgfTtcblxuZnVuY3Rpb24gdGV4dChuYW1lOiBzdHJpbmcsIHJlcXVpcmVkID0gZmFsc2UsIG1heCA9IDUwMCk6IEZpZWxkU3BlYyB7XG4gIHJldHVybiB7IG5hbWUsIHJlcXVpcmVkLCBvdXRwdXRzOiBbW25hbWUsICd0ZXh0J11dLCBwYXJzZTogb25lKChyKSA9PiBwYXJzZVRleHQociwgbWF4KSksIG1heExlbmd0aDogbWF4IH07XG59XG5mdW5jdGlvbiBkYXRlKG5hbWU6IHN0cmluZywgcmVxdWlyZWQgPSBmYWxzZSk6IEZpZWxkU3BlYyB7XG4gIHJldHVybiB7IG5hbWUsIHJlcXVpcmVkLCBvdXRwdXRzOiBbW25hbWUsICdkYXRlJ11dLCBwYXJzZTogb25lKHBhcnNlRGF0ZSkgfTtcbn1cbmZ1bmN0aW9uIGNvdW50KG5hbWU6IHN0cmluZyk6IEZpZWxkU3BlYyB7XG4gIHJldHVybiB7IG5hbWUsIHJlcXVpcmVkOiBmYWxzZSwgb3V0cHV0czogW1tuYW1lLCAnaW50ZWdlciddXSwgcGFyc2U6IG9uZShwYXJzZUNvdW50KSB9O1xufVxuZnVuY3Rpb24geWVzTm8obmFtZTogc3RyaW5nLCByZXF1aXJlZCA9IGZhbHNlKTogRmllbGRTcGVjIHtcbiAgcmV0dXJuIHsgbmFtZSwgcmVxdWlyZWQsIG91dHB1dHM6IFtbbmFtZSwgJ2Jvb2xlYW4nXV0sIHBhcnNlOiBvbmUocGFyc2VZZXNObykgfTtcbn1cbmZ1bmN0aW9uIHBvc05lZyhuYW1lOiBzdHJpbmcsIHJlcXVpcmVkID0gZmFsc2UpOiBGaWVsZFNwZWMge1xuICByZXR1cm4geyBuYW1lLCByZXF1aXJlZCwgb3V0cHV0czogW1tuYW1lLCAnYm9vbGVhbiddXSwgcGFyc2U6IG9uZShwYXJzZVBvc2l0aXZlTmVnYXRpdmUpIH07XG59XG4vKiogQSBtYXBwZWQgdmFsdWUgYW5kIHRoZSB0ZXh0IGFzIHNlbnQgKG5hbWVfcmF3KS4gKi9cbmZ1bmN0aW9uIGVudW1lcmF0aW9uPFQgZXh0ZW5kcyBzdHJpbmc+KG5hbWU6IHN0cmluZywgc3BlYzogRW51bVNwZWM8VD4sIHJlcXVpcmVkID0gZmFsc2UpOiBGaWVsZFNwZWMge1xuICByZXR1cm4ge1xuICAgIG5hbWUsXG4gICAgcmVxdWlyZWQsXG4gICAgb3V0cHV0czogW1xuICAgICAgW25hbWUsICd0ZXh0J10sXG4gICAgICBbYCR7bmFtZX1fcmF3YCwgJ3RleHQnXSxcbiAgICBdLFxuICAgIHBhcnNlOiAocmF3KSA9PiB7XG4gICAgICBjb25zdCByID0gcGFyc2VFbnVtKHNwZWMsIHJhdyk7XG4gICAgICByZXR1cm4gci5vayA/IHsgb2s6IHRydWUsIHZhbHVlOiBbci52YWx1ZSwgcmF3XSB9IDogcjtcbiAgICB9LFxuICB9O1xufVxuLyoqIFRoZSBjb2RlIGFzIHNlbnQgKG5hbWVfcmF3KSBhbmQgaXRzIDUgZGlnaXRzIHdoZW4gc2hhcGVkIGxpa2UgYSBjb2RlIChuYW1lX25vcm0pLiAqL1xuZnVuY3Rpb24gb2ZmZW5jZUNvZGUobmFtZTogc3RyaW5nLCByZXF1aXJlZCA9IGZhbHNlKTogRmllbGRTcGVjIHtcbiAgcmV0dXJuIHtcbiAgICBuYW1lLFxuICAgIHJlcXVpcmVkLFxuICAgIG91dHB1dHM6IFtcbiAgICAgIFtgJHtuYW1lfV9yYXdgLCAndGV4dCddLFxuICAgICAgW2Ake25hbWV9X25vcm1gLCAndGV4dCddLFxuICAgIF0sXG4gICAgcGFyc2U6IChyYXcpID0+IHtcbiAgICAgIGNvbnN0IHQgPSBwYXJzZVRleHQocmF3LCAxMDApO1xuICAgICAgcmV0dXJuIHQub2sgPyB7IG9rOiB0cnVlLCB2YWx1ZTogW3Jhdywgbm9ybWFsaXNlT2ZmZW5jZUNvZGUocmF3KV0gfSA6IHQ7XG4gICAgfSxcbiAgfTtcbn1cbmZ1bmN0aW9uIHBuYyhuYW1lOiBzdHJpbmcpOiBGaWVsZFNwZWMge1xuICByZXR1cm4geyBuYW1lLCByZXF1aXJlZDogZmFsc2UsIG91dHB1dHM6IFtbbmFtZSwgJ3RleHQnXV0sIHBhcnNlOiBvbmUocGFyc2VQbmNJZCkgfTtcbn1cblxuY29uc3QgcGVyc29uUmVmID0gdGV4dCgncGVyc29uX3JlZicsIHRydWUsIDEwMCk7XG4vKiogRXZlbnQgZmlsZXMgbmFtZSB0aGUgcGVyc29uIGJ5IHBlcnNvbl9yZWYsIG9yIGJ5IHBuY19pZCB3aGVuIHBlcnNvbl9yZWYgaXMgZW1wdHkuICovXG5jb25zdCBldmVudFBlcnNvblJlZjogRmllbGRTcGVjID0geyAuLi5wZXJzb25SZWYsIHJlcXVpcmVkOiBmYWxzZSB9O1xuY29uc3QgZXZlbnRQbmMgPSBwbmMoJ3BuY19pZCcpO1xuXG5jb25zdCBwZXJzb25OYW1lZDogUm93Q2hlY2sgPSB7XG4gIHJlYWRzOiBbJ3BlcnNvbl9yZWYnLCAncG5jX2lkJ10sXG4gIHJ1bjogKHYpID0+ICh2LnBlcnNvbl9yZWYgPT09IG51bGwgJiYgdi5wbmNfaWQgPT09IG51bGwgPyBbeyBmaWVsZDogJ3BlcnNvbl9yZWYnLCByZWFzb246ICdpcyBlbXB0eSwgYW5kIHRoZXJlIGlzIG5vIHBuY19pZCBlaXRoZXInIH1dIDogW10pLFxufTtcbmZ1bmN0aW9uIGFmdGVyKGxhdGVyOiBzdHJpbmcsIGVhcmxpZXI6IHN0cmluZyk6IFJvd0NoZWNrIHtcbiAgcmV0dXJuIHtcbiAgICByZWFkczogW2xhdGVyLCBlYXJsaWVyXSxcbiAgICBydW46ICh2KSA9PiB7XG4gICAgICBjb25zdCBhID0gdltsYXRlcl07XG4gICAgICBjb25zdCBiID0gdltlYXJsaWVyXTtcbiAgICAgIGlmICh0eXBlb2YgYSA9PT0gJ3N0cmluZycgJiYgdHlwZW9mIGIgPT09ICdzdHJpbmcnICYmIGEgPD0gYikge1xuICAgICAgICByZXR1cm4gW3sgZmllbGQ6IGxhdGVyLCByZWFzb246IGAke2F9IGlzIG5vdCBhZnRlciAke2VhcmxpZXJ9ICR7Yn0gKHBlcmlvZHMgYXJlIFtzdGFydCwgZW5kKSwgc28gdGhlIGVuZCBtdXN0IGJlIGxhdGVyKWAgfV07XG4gICAgICB9XG4gICAgICByZXR1cm4gW107XG4gICAgfSxcbiAgfTtcbn1cbmZ1bmN0aW9uIGJvdGgoYTogUm93Q2hlY2ssIGI6IFJvd0NoZWNrKTogUm93Q2hlY2sge1xuICByZXR1cm4geyByZWFkczogWy4uLmEucmVhZHMsIC4uLmIucmVhZHNdLCBydW46ICh2KSA9PiBbLi4uYS5ydW4odiksIC4uLmIucnVuKHYpXSB9O1xufVxuXG5jb25zdCBTRVg6IEVudW1TcGVjPCdtYWxlJyB8ICdmZW1hbGUnIHwgJ290aGVyJyB8ICd1bmtub3duJz4gPSB7XG4gIHZhbHVlczogWydtYWxlJywgJ2ZlbWFsZScsICdvdGhlcicsICd1bmtub3duJ10sXG4gIGFsaWFzZXM6IHsgbTogJ21hbGUnLCBmOiAnZmVtYWxlJywgdTogJ3Vua25vd24nLCBvOiAnb3RoZXInLCBub3Rfa25vd246ICd1bmtub3duJywgbm90X3N0YXRlZDogJ3Vua25vd24nIH0sXG59O1xuY29uc3QgT1VUQ09NRTogRW51bVNwZWM8J2NvbnZpY3Rpb24nIHwgJ2NhdXRpb24nPiA9IHtcbiAgdmFsdWVzOiBbJ2NvbnZpY3Rpb24nLCAnY2F1dGlvbiddLFxuICBhbGlhc2VzOiB7IGNvbnZpY3RlZDogJ2NvbnZpY3Rpb24nLCBjYXV0aW9uZWQ6ICdjYXV0aW9uJywgcmVwcmltYW5kOiAnY2F1dGlvbicsIGZpbmFsX3dhcm5pbmc6ICdjYXV0aW9uJywgY29uZGl0aW9uYWxfY2F1dGlvbjogJ2NhdXRpb24nIH0sXG59O1xuY29uc3QgRElTUE9TQUw6IEVudW1TcGVjPCdjdXN0b2R5JyB8ICdjb21tdW5pdHknIHwgJ3N1c3BlbmRlZCcgfCAnZmluZScgfCAnZGlzY2hhcmdlJyB8ICdvdGhlcic+ID0ge1xuICB2YWx1ZXM6IFsnY3VzdG9keScsICdjb21tdW5pdHknLCAnc3VzcGVuZGVkJywgJ2ZpbmUnLCAnZGlzY2hhcmdlJywgJ290aGVyJ10sXG4gIGFsaWFzZXM6IHtcbiAgICBpbW1lZGlhdGVfY3VzdG9keTogJ2N1c3RvZHknLFxuICAgIHByaXNvbjogJ2N1c3RvZHknLFxuICAgIGNvbW11bml0eV9vcmRlcjogJ2NvbW11bml0eScsXG4gICAgc3VzcGVuZGVkX3NlbnRlbmNlOiAnc3VzcGVuZGVkJyxcbiAgICBzdXNwZW5kZWRfc2VudGVuY2Vfb3JkZXI6ICdzdXNwZW5kZWQnLFxuICAgIGNvbmRpdGlvbmFsX2Rpc2NoYXJnZTogJ2Rpc2NoYXJnZScsXG4gICAgYWJzb2x1dGVfZGlzY2hhcmdlOiAnZGlzY2hhcmdlJyxcbiAgfSxcbiAgZmFsbGJhY2s6ICdvdGhlcicsXG59O1xuY29uc3QgQVJSRVNUX09VVENPTUU6IEVudW1TcGVjPCdjaGFyZ2VkJyB8ICdyZWxlYXNlZCcgfCAnYmFpbGVkJyB8ICduZmEnIHwgJ290aGVyJz4gPSB7XG4gIHZhbHVlczogWydjaGFyZ2VkJywgJ3JlbGVhc2VkJywgJ2JhaWxlZCcsICduZmEnLCAnb3RoZXInXSxcbiAgYWxpYXNlczogeyBub19mdXJ0aGVyX2FjdGlvbjogJ25mYScsIHJlbGVhc2VkX3VuZGVyX2ludmVzdGlnYXRpb246ICdyZWxlYXNlZCcsIHJ1aTogJ3JlbGVhc2VkJywgYmFpbDogJ2JhaWxlZCcsIGNoYXJnZTogJ2NoYXJnZWQnIH0sXG4gIGZhbGxiYWNrOiAnb3RoZXInLFxufTtcbmNvbnN0IENVU1RPRFlfS0lORDogRW51bVNwZWM8J3JlbWFuZCcgfCAnc2VudGVuY2VkJz4gPSB7XG4gIHZhbHVlczogWydyZW1hbmQnLCAnc2VudGVuY2VkJ10sXG4gIGFsaWFzZXM6IHsgcmVtYW5kZWQ6ICdyZW1hbmQnLCBzZW50ZW5jZTogJ3NlbnRlbmNlZCcgfSxcbn07XG5jb25zdCBTVVBFUlZJU0lPTl9LSU5EOiBFbnVtU3BlYzwnY29tbXVuaXR5X29yZGVyJyB8ICdsaWNlbmNlJyB8ICdkcnInIHwgJ25vbmUnPiA9IHtcbiAgdmFsdWVzOiBbJ2NvbW11bml0eV9vcmRlcicsICdsaWNlbmNlJywgJ2RycicsICdub25lJ10sXG4gIGFsaWFzZXM6IHsgbGljZW5zZTogJ2xpY2VuY2UnLCBjbzogJ2NvbW11bml0eV9vcmRlcicsIGRydWdfcmVoYWJpbGl0YXRpb25fcmVxdWlyZW1lbnQ6ICdkcnInLCBzdXNwZW5kZWRfc2VudGVuY2Vfb3JkZXI6ICdjb21tdW5pdHlfb3JkZXInIH0sXG59O1xuLyoqIEhvdyBhIHN1cGVydmlzaW9uIHBlcmlvZCBlbmRlZCAoc3VwZXJ2aXNpb25fcGVyaW9kcy5lbmRfa2luZCwgZm9yIERSUiBjb21wbGV0aW9ucyBhbmQgZWFybHkgdGVybWluYXRpb25zKS4gKi9cbmNvbnN0IFNVUEVSVklTSU9OX0VORF9LSU5EOiBFbnVtU3BlYzwnY29tcGxldGVkJyB8ICdlYXJseV90ZXJtaW5hdGlvbicgfCAnb3RoZXInPiA9IHtcbiAgdmFsdWVzOiBbJ2NvbXBsZXRlZCcsICdlYXJseV90ZXJtaW5hdGlvbicsICdvdGhlciddLFxuICBhbGlhc2VzOiB7IGNvbXBsZXRlOiAnY29tcGxldGVkJywgc3VjY2Vzc2Z1bDogJ2NvbXBsZXRlZCcsIHN1Y2Nlc3NmdWxseV9jb21wbGV0ZWQ6ICdjb21wbGV0ZWQnLCByZXZva2VkOiAnZWFybHlfdGVybWluYXRpb24nLCB0ZXJtaW5hdGVkOiAnZWFybHlfdGVybWluYXRpb24nLCBicmVhY2hlZDogJ2Vhcmx5X3Rlcm1pbmF0aW9uJyB9LFxuICBmYWxsYmFjazogJ290aGVyJyxcbn07XG5jb25zdCBFTkRfUkVBU09OOiBFbnVtU3BlYzxcbiAgJ3N0b3BwZWRfb2ZmZW5kaW5nJyB8ICdtb3ZlZF9hcmVhJyB8ICdzaWduaWZpY2FudF9jdXN0b2R5JyB8ICdyZWd1bGFyX3JldmlldycgfCAndHdvX3llYXJzX29uX3NjaGVtZScgfCAnaGlnaF9yaXNrX29mX2hhcm0nIHwgJ2RlY2Vhc2VkJyB8ICdvdGhlcidcbj4gPSB7XG4gIHZhbHVlczogWydzdG9wcGVkX29mZmVuZGluZycsICdtb3ZlZF9hcmVhJywgJ3NpZ25pZmljYW50X2N1c3RvZHknLCAncmVndWxhcl9yZXZpZXcnLCAndHdvX3llYXJzX29uX3NjaGVtZScsICdoaWdoX3Jpc2tfb2ZfaGFybScsICdkZWNlYXNlZCcsICdvdGhlciddLFxuICBhbGlhc2VzOiB7IG1vdmVkOiAnbW92ZWRfYXJlYScsIGN1c3RvZHk6ICdzaWduaWZpY2FudF9jdXN0b2R5JywgZGllZDogJ2RlY2Vhc2VkJywgZGVhZDogJ2RlY2Vhc2VkJyB9LFxuICBmYWxsYmFjazogJ290aGVyJyxcbn07XG5cbmNvbnN0IFJJU0tfT0ZfU0VSSU9VU19IQVJNOiBFbnVtU3BlYzwnbG93JyB8ICdtZWRpdW0nIHwgJ2hpZ2gnIHwgJ3ZlcnlfaGlnaCc+ID0ge1xuICB2YWx1ZXM6IFsnbG93JywgJ21lZGl1bScsICdoaWdoJywgJ3ZlcnlfaGlnaCddLFxuICBhbGlhc2VzOiB7IGw6ICdsb3cnLCBtOiAnbWVkaXVtJywgbWVkOiAnbWVkaXVtJywgaDogJ2hpZ2gnLCB2aDogJ3ZlcnlfaGlnaCcsIHZlcnloaWdoOiAndmVyeV9oaWdoJyB9LFxufTtcblxuZXhwb3J0IGNvbnN0IEtJTkRTOiBSZWNvcmQ8SW1wb3J0S2luZCwgS2luZFNwZWM+ID0ge1xuICBwZW9wbGU6IHtcbiAgICBraW5kOiAncGVvcGxlJyxcbiAgICBmaWVsZHM6IFtcbiAgICAgIHBlcnNvblJlZixcbiAgICAgIHBuYygncG5jX2lkJyksXG4gICAgICB0ZXh0KCdjcm9fbnVtYmVyJywgZmFsc2UsIDMwKSxcbiAgICAgIHRleHQoJ3ByaXNvbl9udW1iZXInLCBmYWxzZSwgMzApLFxuICAgICAgdGV4dCgncHJvYmF0aW9uX2NybicsIGZhbHNlLCAzMCksXG4gICAgICB0ZXh0KCdmYW1pbHlfbmFtZScsIHRydWUsIDIwMCksXG4gICAgICB0ZXh0KCdnaXZlbl9uYW1lcycsIHRydWUsIDIwMCksXG4gICAgICBkYXRlKCdkYXRlX29mX2JpcnRoJywgdHJ1ZSksXG4gICAgICBlbnVtZXJhdGlvbignc2V4JywgU0VYLCB0cnVlKSxcbiAgICAgIHRleHQoJ2V0aG5pY2l0eScsIGZhbHNlLCAxMDApLFxuICAgICAgdGV4dCgnYXJlYV9jb2RlJywgdHJ1ZSwgMzApLFxuICAgICAgdGV4dCgncG9zdGNvZGUnLCBmYWxzZSwgMTApLFxuICAgICAgLy8gT3B0aW9uYWw6IHllcyByZXN0cmljdHMgdGhlIHBlcnNvbiB0byBuYW1lZCB1c2VycyAodGhlIGltcG9ydGluZyB1c2VyIGlzXG4gICAgICAvLyBuYW1lZCk7IGJsYW5rIGxlYXZlcyBhIHN0b3JlZCBwZXJzb24gYXMgdGhleSBhcmUsIGFuZCBhIG5ldyBvbmUgdW5yZXN0cmljdGVkLlxuICAgICAgeWVzTm8oJ3Jlc3RyaWN0ZWQnKSxcbiAgICBdLFxuICB9LFxuICBvdXRjb21lczoge1xuICAgIGtpbmQ6ICdvdXRjb21lcycsXG4gICAgZmllbGRzOiBbXG4gICAgICBldmVudFBlcnNvblJlZixcbiAgICAgIGRhdGUoJ29mZmVuY2VfZGF0ZScsIHRydWUpLFxuICAgICAgZGF0ZSgnb3V0Y29tZV9kYXRlJywgdHJ1ZSksXG4gICAgICBlbnVtZXJhdGlvbignb3V0Y29tZScsIE9VVENPTUUsIHRydWUpLFxuICAgICAgb2ZmZW5jZUNvZGUoJ29mZmVuY2VfY29kZScsIHRydWUpLFxuICAgICAgdGV4dCgnb2ZmZW5jZV9kZXNjcmlwdGlvbicsIGZhbHNlLCAxMDAwKSxcbiAgICAgIGVudW1lcmF0aW9uKCdkaXNwb3NhbCcsIERJU1BPU0FMKSxcbiAgICAgIGNvdW50KCdzZW50ZW5jZV9kYXlzJyksXG4gICAgICB0ZXh0KCdjb3VydCcsIGZhbHNlLCAyMDApLFxuICAgICAgZXZlbnRQbmMsXG4gICAgXSxcbiAgICBjaGVjazogcGVyc29uTmFtZWQsXG4gIH0sXG4gIGFycmVzdHM6IHtcbiAgICBraW5kOiAnYXJyZXN0cycsXG4gICAgZmllbGRzOiBbZXZlbnRQZXJzb25SZWYsIGRhdGUoJ2FycmVzdF9kYXRlJywgdHJ1ZSksIG9mZmVuY2VDb2RlKCdvZmZlbmNlX2NvZGUnKSwgZW51bWVyYXRpb24oJ291dGNvbWUnLCBBUlJFU1RfT1VUQ09NRSksIGV2ZW50UG5jXSxcbiAgICBjaGVjazogcGVyc29uTmFtZWQsXG4gIH0sXG4gIGludGVsbGlnZW5jZToge1xuICAgIGtpbmQ6ICdpbnRlbGxpZ2VuY2UnLFxuICAgIGZpZWxkczogW2V2ZW50UGVyc29uUmVmLCBkYXRlKCdyZXBvcnRfZGF0ZScsIHRydWUpLCB0ZXh0KCdncmFkaW5nJywgZmFsc2UsIDIwKSwgdGV4dCgndG9waWMnLCBmYWxzZSwgMjAwKSwgZXZlbnRQbmNdLFxuICAgIGNoZWNrOiBwZXJzb25OYW1lZCxcbiAgfSxcbiAgZHJ1Z190ZXN0czoge1xuICAgIGtpbmQ6ICdkcnVnX3Rlc3RzJyxcbiAgICBmaWVsZHM6IFtldmVudFBlcnNvblJlZiwgZGF0ZSgndGVzdF9kYXRlJywgdHJ1ZSksIHBvc05lZygnb3BpYXRlcycsIHRydWUpLCBwb3NOZWcoJ2NvY2FpbmUnLCB0cnVlKSwgb2ZmZW5jZUNvZGUoJ3RyaWdnZXJfb2ZmZW5jZV9jb2RlJyksIGV2ZW50UG5jXSxcbiAgICBjaGVjazogcGVyc29uTmFtZWQsXG4gIH0sXG4gIGN1c3RvZHk6IHtcbiAgICBraW5kOiAnY3VzdG9keScsXG4gICAgZmllbGRzOiBbXG4gICAgICBldmVudFBlcnNvblJlZixcbiAgICAgIGRhdGUoJ3JlY2VwdGlvbl9kYXRlJywgdHJ1ZSksXG4gICAgICBlbnVtZXJhdGlvbigna2luZCcsIENVU1RPRFlfS0lORCwgdHJ1ZSksXG4gICAgICBjb3VudCgnc2VudGVuY2VfZGF5cycpLFxuICAgICAgZGF0ZSgnZXhwZWN0ZWRfcmVsZWFzZV9kYXRlJyksXG4gICAgICBkYXRlKCdyZWxlYXNlX2RhdGUnKSxcbiAgICAgIHRleHQoJ2VzdGFibGlzaG1lbnQnLCBmYWxzZSwgMjAwKSxcbiAgICAgIGV2ZW50UG5jLFxuICAgIF0sXG4gICAgY2hlY2s6IGJvdGgocGVyc29uTmFtZWQsIGFmdGVyKCdyZWxlYXNlX2RhdGUnLCAncmVjZXB0aW9uX2RhdGUnKSksXG4gIH0sXG4gIHN1cGVydmlzaW9uOiB7XG4gICAga2luZDogJ3N1cGVydmlzaW9uJyxcbiAgICBmaWVsZHM6IFtcbiAgICAgIGV2ZW50UGVyc29uUmVmLFxuICAgICAgZGF0ZSgnc3RhcnRfZGF0ZScsIHRydWUpLFxuICAgICAgZGF0ZSgnZW5kX2RhdGUnKSxcbiAgICAgIGVudW1lcmF0aW9uKCdraW5kJywgU1VQRVJWSVNJT05fS0lORCwgdHJ1ZSksXG4gICAgICB5ZXNObygnc3RhdHV0b3J5JywgdHJ1ZSksXG4gICAgICBldmVudFBuYyxcbiAgICAgIGVudW1lcmF0aW9uKCdlbmRfa2luZCcsIFNVUEVSVklTSU9OX0VORF9LSU5EKSxcbiAgICBdLFxuICAgIGNoZWNrOiBib3RoKHBlcnNvbk5hbWVkLCBhZnRlcignZW5kX2RhdGUnLCAnc3RhcnRfZGF0ZScpKSxcbiAgfSxcbiAgbWVtYmVyc2hpcHM6IHtcbiAgICBraW5kOiAnbWVtYmVyc2hpcHMnLFxuICAgIGZpZWxkczogW1xuICAgICAgZXZlbnRQZXJzb25SZWYsXG4gICAgICB0ZXh0KCdzY2hlbWUnLCB0cnVlLCA1MCksXG4gICAgICB0ZXh0KCd0aWVyJywgZmFsc2UsIDUwKSxcbiAgICAgIGRhdGUoJ3N0YXJ0X2RhdGUnLCB0cnVlKSxcbiAgICAgIGRhdGUoJ2VuZF9kYXRlJyksXG4gICAgICBlbnVtZXJhdGlvbignZW5kX3JlYXNvbicsIEVORF9SRUFTT04pLFxuICAgICAgZXZlbnRQbmMsXG4gICAgXSxcbiAgICBjaGVjazogYm90aChwZXJzb25OYW1lZCwgYWZ0ZXIoJ2VuZF9kYXRlJywgJ3N0YXJ0X2RhdGUnKSksXG4gIH0sXG4gIGFkZHJlc3Nlczoge1xuICAgIGtpbmQ6ICdhZGRyZXNzZXMnLFxuICAgIGZpZWxkczogW2V2ZW50UGVyc29uUmVmLCBkYXRlKCdmcm9tX2RhdGUnLCB0cnVlKSwgdGV4dCgnYXJlYV9jb2RlJywgdHJ1ZSwgMzApLCB0ZXh0KCdwb3N0Y29kZScsIGZhbHNlLCAxMCksIGV2ZW50UG5jXSxcbiAgICBjaGVjazogcGVyc29uTmFtZWQsXG4gIH0sXG4gIC8vIFJpc2sgYXNzZXNzbWVudHMgYW5kIE1BUFBBIHJlZmVycmFscyAoaXNzdWUgMTUpOiBieSBwZXJzb25fcmVmIG9ubHkuXG4gIHJpc2tfYXNzZXNzbWVudHM6IHtcbiAgICBraW5kOiAncmlza19hc3Nlc3NtZW50cycsXG4gICAgZmllbGRzOiBbcGVyc29uUmVmLCBkYXRlKCdhc3Nlc3NtZW50X2RhdGUnLCB0cnVlKSwgZW51bWVyYXRpb24oJ3Jpc2tfb2Zfc2VyaW91c19oYXJtJywgUklTS19PRl9TRVJJT1VTX0hBUk0sIHRydWUpLCB0ZXh0KCdhc3Nlc3Nvcl9hZ2VuY3knLCBmYWxzZSwgMzApXSxcbiAgfSxcbiAgbWFwcGFfcmVmZXJyYWxzOiB7XG4gICAga2luZDogJ21hcHBhX3JlZmVycmFscycsXG4gICAgZmllbGRzOiBbcGVyc29uUmVmLCBkYXRlKCdyZWZlcnJhbF9kYXRlJywgdHJ1ZSksIHRleHQoJ291dGNvbWUnLCBmYWxzZSwgNTAwKV0sXG4gIH0sXG59O1xuXG4vKiogVGhlIHR5cGVkIGNvbHVtbnMgb2YgYSBraW5kJ3Mgc3RhZ2luZyB0YWJsZSwgYWZ0ZXIgcm93X25vLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdpbmdDb2x1bW5zKHNwZWM6IEtpbmRTcGVjKTogKHJlYWRvbmx5IFtzdHJpbmcsIFNxbFR5cGVdKVtdIHtcbiAgcmV0dXJuIHNwZWMuZmllbGRzLmZsYXRNYXAoKGYpID0+IGYub3V0cHV0cyk7XG59XG5cbi8qKiBUaGUgaGVhZGVyIG5hbWVzIG9mIGEga2luZCAoZmlsZSBvcmRlciksIGZvciBleHBvcnQgYW5kIG1lc3NhZ2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhlYWRlck5hbWVzKHNwZWM6IEtpbmRTcGVjKTogc3RyaW5nW10ge1xuICByZXR1cm4gc3BlYy5maWVsZHMubWFwKChmKSA9PiBmLm5hbWUpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEhlYWRlck1hcCB7XG4gIC8qKiBGb3IgZWFjaCBmaWVsZCBvZiB0aGUga2luZCwgaXRzIGNvbHVtbiBpbmRleCBpbiB0aGUgZmlsZSwgb3IgLTEuICovXG4gIGluZGV4OiBudW1iZXJbXTtcbiAgLyoqIFJlcXVpcmVkIGNvbHVtbnMgdGhlIGhlYWRlciBsYWNrcy4gKi9cbiAgbWlzc2luZzogc3RyaW5nW107XG4gIC8qKiBDb2x1bW5zIHRoZSBmaWxlIGhhcyB0aGF0IHRoZSBraW5kIGRvZXMgbm90IHVzZSAoaWdub3JlZCkuICovXG4gIGlnbm9yZWQ6IHN0cmluZ1tdO1xufVxuXG4vKiogSGVhZGVyIHRleHQgdG8gYSBjb2x1bW4gbmFtZTogXCJQZXJzb24gUmVmXCIgXHUyMTkyIHBlcnNvbl9yZWYuICovXG5leHBvcnQgZnVuY3Rpb24gaGVhZGVyS2V5KGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBoLnJlcGxhY2UoL15cXHVGRUZGLywgJycpLnRyaW0oKS50b0xvd2VyQ2FzZSgpLnJlcGxhY2UoL1tcXHMtXSsvZywgJ18nKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1hcEhlYWRlcihzcGVjOiBLaW5kU3BlYywgaGVhZGVyOiByZWFkb25seSBzdHJpbmdbXSk6IEhlYWRlck1hcCB7XG4gIGNvbnN0IGtleXMgPSBoZWFkZXIubWFwKGhlYWRlcktleSk7XG4gIGNvbnN0IGluZGV4ID0gc3BlYy5maWVsZHMubWFwKChmKSA9PiBrZXlzLmluZGV4T2YoZi5uYW1lKSk7XG4gIGNvbnN0IG1pc3NpbmcgPSBzcGVjLmZpZWxkc1xuICAgIC5maWx0ZXIoKGYsIGkpID0+IGluZGV4W2ldID09PSAtMSAmJiAoZi5yZXF1aXJlZCB8fCAoZi5uYW1lID09PSAncGVyc29uX3JlZicgJiYgIWtleXMuaW5jbHVkZXMoJ3BuY19pZCcpKSkpXG4gICAgLm1hcCgoZikgPT4gZi5uYW1lKTtcbiAgY29uc3QgdXNlZCA9IG5ldyBTZXQoc3BlYy5maWVsZHMubWFwKChmKSA9PiBmLm5hbWUpKTtcbiAgY29uc3QgaWdub3JlZCA9IGtleXMuZmlsdGVyKChrKSA9PiBrICE9PSAnJyAmJiAhdXNlZC5oYXMoaykpO1xuICByZXR1cm4geyBpbmRleCwgbWlzc2luZywgaWdub3JlZCB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJvd1Byb2JsZW0ge1xuICBmaWVsZDogc3RyaW5nO1xuICB2YWx1ZTogc3RyaW5nO1xuICByZWFzb246IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgUm93UmVzdWx0ID0geyBvazogdHJ1ZTsgdmFsdWVzOiBWYWx1ZVtdIH0gfCB7IG9rOiBmYWxzZTsgcHJvYmxlbXM6IFJvd1Byb2JsZW1bXSB9O1xuXG4vKipcbiAqIFZhbGlkYXRlcyBvbmUgcm93IChjZWxscyBhcyB0ZXh0LCBpbiBmaWxlIG9yZGVyKSBhZ2FpbnN0IGEga2luZC4gT24gc3VjY2Vzc1xuICogcmV0dXJucyB0aGUgc3RhZ2luZyB2YWx1ZXMgaW4gc3RhZ2luZ0NvbHVtbnMgb3JkZXIgKHdpdGhvdXQgcm93X25vKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkYXRlUm93KHNwZWM6IEtpbmRTcGVjLCBoZWFkZXI6IEhlYWRlck1hcCwgY2VsbHM6IHJlYWRvbmx5IChzdHJpbmcgfCB1bmRlZmluZWQpW10pOiBSb3dSZXN1bHQge1xuICBjb25zdCBlbmNvZGVyID0gbmV3IFJvd0VuY29kZXIoc3BlYywgaGVhZGVyKTtcbiAgY29uc3QgdmFsdWVzOiBWYWx1ZVtdID0gW107XG4gIHJldHVybiBlbmNvZGVyLmVuY29kZSgwLCBjZWxscywgdmFsdWVzKSA9PT0gbnVsbCA/IHsgb2s6IGZhbHNlLCBwcm9ibGVtczogZW5jb2Rlci5wcm9ibGVtcyB9IDogeyBvazogdHJ1ZSwgdmFsdWVzIH07XG59XG5cbi8qKiBBIGNhY2hlZCBwYXJzZSBvZiBvbmUgZmllbGQncyB0ZXh0OiB0aGUgcmVhc29uIGl0IGlzIGJhZCwgb3IgaXRzIHZhbHVlcyBhbmQgdGhlaXIgQ09QWSB0ZXh0LiAqL1xuaW50ZXJmYWNlIENhY2hlZCB7XG4gIHJlYXNvbjogc3RyaW5nIHwgbnVsbDtcbiAgdmFsdWVzOiBWYWx1ZVtdO1xuICBjb3B5OiBzdHJpbmc7XG59XG4vKiogRGlzdGluY3QgdGV4dHMgcmVtZW1iZXJlZCBwZXIgZmllbGQ7IGEgZmlsZSBvZiBtYW55IG1vcmUganVzdCBzdG9wcyBhZGRpbmcuICovXG5jb25zdCBDQUNIRV9MSU1JVCA9IDUwXzAwMDtcbi8qKiBGaWVsZHMgd2hvc2UgdGV4dHMgcmVwZWF0IGFjcm9zcyBhIGZpbGUgKGNvZGVzLCBkYXRlcywgZW51bWVyYXRpb25zLCBjb3VudHMpLCBzbyBhIHBhcnNlIGlzIHdvcnRoIHJlbWVtYmVyaW5nLiAqL1xuY29uc3QgQ0FDSEVEX09VVFBVVF9UWVBFUyA9IG5ldyBTZXQoWydkYXRlJywgJ2Jvb2xlYW4nLCAnaW50ZWdlciddKTtcbi8qKlxuICogVGV4dCBhIHBsYWluIHRleHQgZmllbGQgY2Fubm90IHRha2UgYXMgaXQgaXM6IGEgY29udHJvbCBjaGFyYWN0ZXIgKHdoaWNoXG4gKiBwYXJzZVRleHQgcmVmdXNlcykgb3Igd2hhdCBDT1BZJ3MgQ1NWIG11c3QgcXVvdGUuIFRleHQgd2l0aG91dCBhbnkgaXMgdmFsaWRcbiAqIChhdCBtb3N0IG1heExlbmd0aCBsb25nKSBhbmQgaXMgaXRzIG93biBDT1BZIHRleHQuXG4gKi9cbmNvbnN0IE5PVF9BU19TRU5UID0gL1tcXHUwMDAwLVxcdTAwMUZcIixdLztcblxuLyoqXG4gKiBBIGNlbGwncyB0ZXh0IGFzIGNoZWNrZWQ6IHRleHQudHJpbSgpLCB3aXRob3V0IHRoZSBjYWxsIHdoZW4gdGV4dCBiZWdpbnNcbiAqIGFuZCBlbmRzIGluIGEgcHJpbnRhYmxlIEFTQ0lJIGNoYXJhY3RlciAobm9uZSBvZiB0cmltJ3Mgd2hpdGUgc3BhY2UgaXMgb25lKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRyaW1tZWQodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbiA9IHRleHQubGVuZ3RoO1xuICBpZiAobiA9PT0gMCkgcmV0dXJuIHRleHQ7XG4gIGNvbnN0IGEgPSB0ZXh0LmNoYXJDb2RlQXQoMCk7XG4gIGNvbnN0IHogPSB0ZXh0LmNoYXJDb2RlQXQobiAtIDEpO1xuICByZXR1cm4gYSA+IDMyICYmIGEgPCAxMjcgJiYgeiA+IDMyICYmIHogPCAxMjcgPyB0ZXh0IDogdGV4dC50cmltKCk7XG59XG5cbi8qKiBPbmUgY29sdW1uIGEgcm93IGNoZWNrIHJlYWRzOiB0aGUgZmllbGQgdGhhdCBmaWxscyBpdCBhbmQgd2hpY2ggb2YgaXRzIG91dHB1dHMgKC0xOiB0aGUgZmllbGQncyBuYW1lLCBub3QgYW4gb3V0cHV0KS4gKi9cbmludGVyZmFjZSBDaGVja1JlYWQge1xuICBuYW1lOiBzdHJpbmc7XG4gIGZpZWxkOiBudW1iZXI7XG4gIG91dHB1dDogbnVtYmVyO1xufVxuXG4vKipcbiAqIFZhbGlkYXRlcyBhIHJvdyBhbmQgd3JpdGVzIGl0cyBzdGFnaW5nIHJvdyBzdHJhaWdodCBhcyBhIGxpbmUgb2YgQ09QWSB0ZXh0XG4gKiAocm93X25vIGZpcnN0KSwgd2l0aCBubyBvYmplY3QgcGVyIHJvdzogdGhlIGhvdCBwYXRoIG9mIGFuIGltcG9ydCwgYW5kXG4gKiAodGhyb3VnaCB2YWxpZGF0ZVJvdykgdGhlIG9uZSBpbXBsZW1lbnRhdGlvbiBvZiBhIHJvdydzIGNoZWNrcy4gVGhlIHBhcnNlcyBvZiB0ZXh0cyB0aGF0IHJlcGVhdCAoZGF0ZXMsIGVudW1lcmF0aW9ucyxcbiAqIG9mZmVuY2UgY29kZXMsIGNvdW50cykgYXJlIHJlbWVtYmVyZWQgcGVyIGZpZWxkOyBwbGFpbiB0ZXh0IHRoYXQgbmVlZHMgbm9cbiAqIHF1b3RpbmcgaXMgd3JpdHRlbiBhcyBpdCBpcywgd2l0aG91dCBhIHBhcnNlLiBPbmUgZW5jb2RlciBwZXIgZmlsZTsgbm90IHNoYXJlZC5cbiAqL1xuZXhwb3J0IGNsYXNzIFJvd0VuY29kZXIge1xuICAvKiogVGhlIHByb2JsZW1zIG9mIHRoZSBsYXN0IHJvdyBlbmNvZGUoKSByZWZ1c2VkLiAqL1xuICBwcm9ibGVtczogUm93UHJvYmxlbVtdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgY2FjaGVzOiAoTWFwPHN0cmluZywgQ2FjaGVkPiB8IG51bGwpW107XG4gIC8qKiBUaGUgY29sdW1ucyB0aGUga2luZCdzIHJvdyBjaGVjayByZWFkcywgc2V0IGFmcmVzaCBmb3IgZWFjaCByb3cgdGhhdCBnZXRzIHRoYXQgZmFyLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IG5hbWVkOiBSZWNvcmQ8c3RyaW5nLCBWYWx1ZT4gPSB7fTtcbiAgcHJpdmF0ZSByZWFkb25seSByZWFkczogQ2hlY2tSZWFkW107XG4gIHByaXZhdGUgcmVhZG9ubHkgY2hlY2tGaWVsZEluZGV4ID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcbiAgLyoqIFBlciBmaWVsZDogdGhlIENPUFkgdGV4dCBvZiBpdHMgb3V0cHV0cyB3aGVuIGl0IGlzIGVtcHR5IChhbGwgTlVMTCkuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgZW1wdHk6IHN0cmluZ1tdO1xuICAvKiogUGVyIGZpZWxkOiBpdHMgbWF4TGVuZ3RoIHdoZW4gaXQgaXMgcGxhaW4gdGV4dCwgZWxzZSAtMS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwbGFpbk1heDogbnVtYmVyW107XG4gIC8qKiBUaGUgcm93IGJlaW5nIHdyaXR0ZW46IHJvd19ubywgdGhlbiBvbmUgc2xvdCBwZXIgZmllbGQgKGl0cyBvdXRwdXRzJyBDT1BZIHRleHQpLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHNsb3RzOiBzdHJpbmdbXTtcbiAgLyoqIFBlciBmaWVsZCwgZm9yIHRoZSByb3cgYmVpbmcgd3JpdHRlbjogaXRzIHBhcnNlLCBpdHMgdGV4dCAocGxhaW4gdGV4dCB0YWtlbiBhcyBzZW50KSBvciBudWxsIChlbXB0eSkuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgY3VycmVudDogKENhY2hlZCB8IHN0cmluZyB8IG51bGwpW107XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBzcGVjOiBLaW5kU3BlYyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGhlYWRlcjogSGVhZGVyTWFwLFxuICApIHtcbiAgICB0aGlzLmNhY2hlcyA9IHNwZWMuZmllbGRzLm1hcCgoZikgPT5cbiAgICAgIGYub3V0cHV0cy5zb21lKChbbiwgdF0pID0+IENBQ0hFRF9PVVRQVVRfVFlQRVMuaGFzKHQpIHx8IG4uZW5kc1dpdGgoJ19yYXcnKSB8fCBuLmVuZHNXaXRoKCdfbm9ybScpKSA/IG5ldyBNYXAoKSA6IG51bGwsXG4gICAgKTtcbiAgICBzcGVjLmZpZWxkcy5mb3JFYWNoKChmLCBpKSA9PiB0aGlzLmNoZWNrRmllbGRJbmRleC5zZXQoZi5uYW1lLCBpKSk7XG4gICAgdGhpcy5yZWFkcyA9IChzcGVjLmNoZWNrPy5yZWFkcyA/PyBbXSkubWFwKChuYW1lKSA9PiB7XG4gICAgICBmb3IgKGxldCBpID0gMDsgaSA8IHNwZWMuZmllbGRzLmxlbmd0aDsgaSsrKSB7XG4gICAgICAgIGNvbnN0IG91dHB1dCA9IHNwZWMuZmllbGRzW2ldIS5vdXRwdXRzLmZpbmRJbmRleCgoW25dKSA9PiBuID09PSBuYW1lKTtcbiAgICAgICAgaWYgKG91dHB1dCA+PSAwKSByZXR1cm4geyBuYW1lLCBmaWVsZDogaSwgb3V0cHV0IH07XG4gICAgICB9XG4gICAgICBjb25zdCBmaWVsZCA9IHNwZWMuZmllbGRzLmZpbmRJbmRleCgoZikgPT4gZi5uYW1lID09PSBuYW1lKTtcbiAgICAgIGlmIChmaWVsZCA8IDApIHRocm93IG5ldyBFcnJvcihgdGhlICR7c3BlYy5raW5kfSByb3cgY2hlY2sgcmVhZHMgJHtuYW1lfSwgd2hpY2ggbm8gZmllbGQgZmlsbHNgKTtcbiAgICAgIHJldHVybiB7IG5hbWUsIGZpZWxkLCBvdXRwdXQ6IC0xIH07XG4gICAgfSk7XG4gICAgdGhpcy5lbXB0eSA9IHNwZWMuZmllbGRzLm1hcCgoZikgPT4gJywnLnJlcGVhdChmLm91dHB1dHMubGVuZ3RoIC0gMSkpO1xuICAgIHRoaXMucGxhaW5NYXggPSBzcGVjLmZpZWxkcy5tYXAoKGYpID0+IGYubWF4TGVuZ3RoID8/IC0xKTtcbiAgICB0aGlzLnNsb3RzID0gbmV3IEFycmF5PHN0cmluZz4oc3BlYy5maWVsZHMubGVuZ3RoICsgMSkuZmlsbCgnJyk7XG4gICAgdGhpcy5jdXJyZW50ID0gbmV3IEFycmF5PENhY2hlZCB8IHN0cmluZyB8IG51bGw+KHNwZWMuZmllbGRzLmxlbmd0aCkuZmlsbChudWxsKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyc2UoaTogbnVtYmVyLCByYXc6IHN0cmluZyk6IENhY2hlZCB7XG4gICAgY29uc3QgY2FjaGUgPSB0aGlzLmNhY2hlc1tpXTtcbiAgICBjb25zdCBoaXQgPSBjYWNoZT8uZ2V0KHJhdyk7XG4gICAgaWYgKGhpdCkgcmV0dXJuIGhpdDtcbiAgICBjb25zdCBmID0gdGhpcy5zcGVjLmZpZWxkc1tpXSE7XG4gICAgY29uc3QgciA9IGYucGFyc2UocmF3KTtcbiAgICBsZXQgZW50cnk6IENhY2hlZDtcbiAgICBpZiAoci5vaykge1xuICAgICAgY29uc3QgdmFsdWVzID0gZi5vdXRwdXRzLm1hcCgoXywgaikgPT4gci52YWx1ZVtqXSA/PyBudWxsKTtcbiAgICAgIGVudHJ5ID0geyByZWFzb246IG51bGwsIHZhbHVlcywgY29weTogdmFsdWVzLm1hcChjc3ZGaWVsZCkuam9pbignLCcpIH07XG4gICAgfSBlbHNlIHtcbiAgICAgIGVudHJ5ID0geyByZWFzb246IHIucmVhc29uLCB2YWx1ZXM6IGYub3V0cHV0cy5tYXAoKCkgPT4gbnVsbCksIGNvcHk6ICcnIH07XG4gICAgfVxuICAgIGlmIChjYWNoZSAmJiBjYWNoZS5zaXplIDwgQ0FDSEVfTElNSVQgJiYgcmF3Lmxlbmd0aCA8PSA2NCkgY2FjaGUuc2V0KHJhdywgZW50cnkpO1xuICAgIHJldHVybiBlbnRyeTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgcm93J3MgQ09QWSBsaW5lLCB3aXRob3V0IGl0cyBsaW5lIGVuZCwgb3IgbnVsbCB3aGVuIGl0IGhhcyBwcm9ibGVtc1xuICAgKiAodGhlbiBpbiB0aGlzLnByb2JsZW1zKS4gVGhlIGxpbmUgaXMgam9pbmVkIGZyb20gb25lIHNsb3QgcGVyIGZpZWxkLCBzb1xuICAgKiBpdCBpcyBvbmUgZmxhdCBzdHJpbmcsIG5vdCBhIHJvcGUgb2YgcGllY2VzIHRoYXQgYSBjaHVuayB3b3VsZCBrZWVwIGFsaXZlLlxuICAgKiBgYWZ0ZXJgLCB3aGVuIGdpdmVuLCBpcyB0aGUgQ09QWSB0ZXh0IG9mIG9uZSBtb3JlIGNvbHVtbiB3cml0dGVuIGFmdGVyXG4gICAqIHRoZSBmaWVsZHMgKGFuIGltcG9ydCdzIHBlcnNvbl9pZCkuXG4gICAqL1xuICBlbmNvZGUocm93Tm86IG51bWJlciwgY2VsbHM6IHJlYWRvbmx5IChzdHJpbmcgfCB1bmRlZmluZWQpW10sIHZhbHVlcz86IFZhbHVlW10sIGFmdGVyPzogc3RyaW5nKTogc3RyaW5nIHwgbnVsbCB7XG4gICAgY29uc3QgeyBzcGVjLCBoZWFkZXIsIHNsb3RzLCBjdXJyZW50LCBwbGFpbk1heCB9ID0gdGhpcztcbiAgICBjb25zdCBmaWVsZHMgPSBzcGVjLmZpZWxkcztcbiAgICBjb25zdCBpbmRleCA9IGhlYWRlci5pbmRleDtcbiAgICBsZXQgcHJvYmxlbXM6IFJvd1Byb2JsZW1bXSB8IG51bGwgPSBudWxsO1xuICAgIHNsb3RzWzBdID0gU3RyaW5nKHJvd05vKTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGZpZWxkcy5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgY29sID0gaW5kZXhbaV0hO1xuICAgICAgY29uc3QgcmF3ID0gY29sID49IDAgPyB0cmltbWVkKGNlbGxzW2NvbF0gPz8gJycpIDogJyc7XG4gICAgICBpZiAocmF3ID09PSAnJykge1xuICAgICAgICBjb25zdCBmID0gZmllbGRzW2ldITtcbiAgICAgICAgaWYgKGYucmVxdWlyZWQpIChwcm9ibGVtcyA/Pz0gW10pLnB1c2goeyBmaWVsZDogZi5uYW1lLCB2YWx1ZTogJycsIHJlYXNvbjogJ2lzIHJlcXVpcmVkIGJ1dCBlbXB0eScgfSk7XG4gICAgICAgIHNsb3RzW2kgKyAxXSA9IHRoaXMuZW1wdHlbaV0hO1xuICAgICAgICBjdXJyZW50W2ldID0gbnVsbDtcbiAgICAgICAgaWYgKHZhbHVlcykgZm9yIChsZXQgaiA9IDA7IGogPCBmLm91dHB1dHMubGVuZ3RoOyBqKyspIHZhbHVlcy5wdXNoKG51bGwpO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGlmIChyYXcubGVuZ3RoIDw9IHBsYWluTWF4W2ldISAmJiAhTk9UX0FTX1NFTlQudGVzdChyYXcpKSB7XG4gICAgICAgIHNsb3RzW2kgKyAxXSA9IHJhdztcbiAgICAgICAgY3VycmVudFtpXSA9IHJhdztcbiAgICAgICAgaWYgKHZhbHVlcykgdmFsdWVzLnB1c2gocmF3KTtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBjb25zdCByID0gdGhpcy5wYXJzZShpLCByYXcpO1xuICAgICAgaWYgKHIucmVhc29uICE9PSBudWxsKSB7XG4gICAgICAgIChwcm9ibGVtcyA/Pz0gW10pLnB1c2goeyBmaWVsZDogZmllbGRzW2ldIS5uYW1lLCB2YWx1ZTogcmF3LCByZWFzb246IHIucmVhc29uIH0pO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIHNsb3RzW2kgKyAxXSA9IHIuY29weTtcbiAgICAgIGN1cnJlbnRbaV0gPSByO1xuICAgICAgaWYgKHZhbHVlcykgdmFsdWVzLnB1c2goLi4uci52YWx1ZXMpO1xuICAgIH1cbiAgICBpZiAocHJvYmxlbXMgPT09IG51bGwgJiYgc3BlYy5jaGVjaykge1xuICAgICAgY29uc3QgbmFtZWQgPSB0aGlzLm5hbWVkO1xuICAgICAgZm9yIChjb25zdCB7IG5hbWUsIGZpZWxkLCBvdXRwdXQgfSBvZiB0aGlzLnJlYWRzKSB7XG4gICAgICAgIGNvbnN0IGMgPSBjdXJyZW50W2ZpZWxkXSA/PyBudWxsO1xuICAgICAgICAvLyBBIGZpZWxkJ3MgbmFtZSB0aGF0IGlzIG5vdCBvbmUgb2YgaXRzIG91dHB1dHMgcmVhZHMgbnVsbCB3aGVuIHRoZSBmaWVsZCBpcyBlbXB0eSwgZWxzZSB1bmRlZmluZWQgKGFzIHZhbGlkYXRlUm93IGdpdmVzKS5cbiAgICAgICAgbmFtZWRbbmFtZV0gPSBjID09PSBudWxsID8gbnVsbCA6IG91dHB1dCA8IDAgPyAodW5kZWZpbmVkIGFzIHVua25vd24gYXMgVmFsdWUpIDogdHlwZW9mIGMgPT09ICdzdHJpbmcnID8gYyA6IGMudmFsdWVzW291dHB1dF0hO1xuICAgICAgfVxuICAgICAgZm9yIChjb25zdCBwIG9mIHNwZWMuY2hlY2sucnVuKG5hbWVkKSkge1xuICAgICAgICBjb25zdCBmaSA9IHRoaXMuY2hlY2tGaWVsZEluZGV4LmdldChwLmZpZWxkKSA/PyAtMTtcbiAgICAgICAgY29uc3QgY29sID0gZmkgPj0gMCA/IGhlYWRlci5pbmRleFtmaV0hIDogLTE7XG4gICAgICAgIChwcm9ibGVtcyA/Pz0gW10pLnB1c2goeyBmaWVsZDogcC5maWVsZCwgdmFsdWU6IGNvbCA+PSAwID8gKGNlbGxzW2NvbF0gPz8gJycpLnRyaW0oKSA6ICcnLCByZWFzb246IHAucmVhc29uIH0pO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAocHJvYmxlbXMgIT09IG51bGwpIHtcbiAgICAgIHRoaXMucHJvYmxlbXMgPSBwcm9ibGVtcztcbiAgICAgIHJldHVybiBudWxsO1xuICAgIH1cbiAgICBpZiAoYWZ0ZXIgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHNsb3RzLmpvaW4oJywnKTtcbiAgICBzbG90cy5wdXNoKGFmdGVyKTtcbiAgICBjb25zdCBsaW5lID0gc2xvdHMuam9pbignLCcpO1xuICAgIHNsb3RzLnBvcCgpO1xuICAgIHJldHVybiBsaW5lO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFLQSxTQUFTLGdCQUFnQjtBQUN6QjtBQUFBLEVBQ0U7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsT0FHSztBQW9DUCxNQUFNLE1BQ0osQ0FBa0IsTUFDbEIsQ0FBQyxRQUFpQztBQUNoQyxRQUFNLElBQUksRUFBRSxHQUFHO0FBQ2YsU0FBTyxFQUFFLEtBQUssRUFBRSxJQUFJLE1BQU0sT0FBTyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUk7QUFDakQ7QUFFRixTQUFTLEtBQUssTUFBYyxXQUFXLE9BQU8sTUFBTSxLQUFnQjtBQUNsRSxTQUFPLEVBQUUsTUFBTSxVQUFVLFNBQVMsQ0FBQyxDQUFDLE1BQU0sTUFBTSxDQUFDLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxVQUFVLEdBQUcsR0FBRyxDQUFDLEdBQUcsV0FBVyxJQUFJO0FBQzNHO0FBQ0EsU0FBUyxLQUFLLE1BQWMsV0FBVyxPQUFrQjtBQUN2RCxTQUFPLEVBQUUsTUFBTSxVQUFVLFNBQVMsQ0FBQyxDQUFDLE1BQU0sTUFBTSxDQUFDLEdBQUcsT0FBTyxJQUFJLFNBQVMsRUFBRTtBQUM1RTtBQUNBLFNBQVMsTUFBTSxNQUF5QjtBQUN0QyxTQUFPLEVBQUUsTUFBTSxVQUFVLE9BQU8sU0FBUyxDQUFDLENBQUMsTUFBTSxTQUFTLENBQUMsR0FBRyxPQUFPLElBQUksVUFBVSxFQUFFO0FBQ3ZGO0FBQ0EsU0FBUyxNQUFNLE1BQWMsV0FBVyxPQUFrQjtBQUN4RCxTQUFPLEVBQUUsTUFBTSxVQUFVLFNBQVMsQ0FBQyxDQUFDLE1BQU0sU0FBUyxDQUFDLEdBQUcsT0FBTyxJQUFJLFVBQVUsRUFBRTtBQUNoRjtBQUNBLFNBQVMsT0FBTyxNQUFjLFdBQVcsT0FBa0I7QUFDekQsU0FBTyxFQUFFLE1BQU0sVUFBVSxTQUFTLENBQUMsQ0FBQyxNQUFNLFNBQVMsQ0FBQyxHQUFHLE9BQU8sSUFBSSxxQkFBcUIsRUFBRTtBQUMzRjtBQUVBLFNBQVMsWUFBOEIsTUFBYyxNQUFtQixXQUFXLE9BQWtCO0FBQ25HLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1AsQ0FBQyxNQUFNLE1BQU07QUFBQSxNQUNiLENBQUMsR0FBRyxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQ3hCO0FBQUEsSUFDQSxPQUFPLENBQUMsUUFBUTtBQUNkLFlBQU0sSUFBSSxVQUFVLE1BQU0sR0FBRztBQUM3QixhQUFPLEVBQUUsS0FBSyxFQUFFLElBQUksTUFBTSxPQUFPLENBQUMsRUFBRSxPQUFPLEdBQUcsRUFBRSxJQUFJO0FBQUEsSUFDdEQ7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFlBQVksTUFBYyxXQUFXLE9BQWtCO0FBQzlELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1AsQ0FBQyxHQUFHLElBQUksUUFBUSxNQUFNO0FBQUEsTUFDdEIsQ0FBQyxHQUFHLElBQUksU0FBUyxNQUFNO0FBQUEsSUFDekI7QUFBQSxJQUNBLE9BQU8sQ0FBQyxRQUFRO0FBQ2QsWUFBTSxJQUFJLFVBQVUsS0FBSyxHQUFHO0FBQzVCLGFBQU8sRUFBRSxLQUFLLEVBQUUsSUFBSSxNQUFNLE9BQU8sQ0FBQyxLQUFLLHFCQUFxQixHQUFHLENBQUMsRUFBRSxJQUFJO0FBQUEsSUFDeEU7QUFBQSxFQUNGO0FBQ0Y7QUFDQSxTQUFTLElBQUksTUFBeUI7QUFDcEMsU0FBTyxFQUFFLE1BQU0sVUFBVSxPQUFPLFNBQVMsQ0FBQyxDQUFDLE1BQU0sTUFBTSxDQUFDLEdBQUcsT0FBTyxJQUFJLFVBQVUsRUFBRTtBQUNwRjtBQUVBLE1BQU0sWUFBWSxLQUFLLGNBQWMsTUFBTSxHQUFHO0FBRTlDLE1BQU0saUJBQTRCLEVBQUUsR0FBRyxXQUFXLFVBQVUsTUFBTTtBQUNsRSxNQUFNLFdBQVcsSUFBSSxRQUFRO0FBRTdCLE1BQU0sY0FBd0I7QUFBQSxFQUM1QixPQUFPLENBQUMsY0FBYyxRQUFRO0FBQUEsRUFDOUIsS0FBSyxDQUFDLE1BQU8sRUFBRSxlQUFlLFFBQVEsRUFBRSxXQUFXLE9BQU8sQ0FBQyxFQUFFLE9BQU8sY0FBYyxRQUFRLDBDQUEwQyxDQUFDLElBQUksQ0FBQztBQUM1STtBQUNBLFNBQVMsTUFBTSxPQUFlLFNBQTJCO0FBQ3ZELFNBQU87QUFBQSxJQUNMLE9BQU8sQ0FBQyxPQUFPLE9BQU87QUFBQSxJQUN0QixLQUFLLENBQUMsTUFBTTtBQUNWLFlBQU0sSUFBSSxFQUFFLEtBQUs7QUFDakIsWUFBTSxJQUFJLEVBQUUsT0FBTztBQUNuQixVQUFJLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLEtBQUssR0FBRztBQUM1RCxlQUFPLENBQUMsRUFBRSxPQUFPLE9BQU8sUUFBUSxHQUFHLENBQUMsaUJBQWlCLE9BQU8sSUFBSSxDQUFDLHdEQUF3RCxDQUFDO0FBQUEsTUFDNUg7QUFDQSxhQUFPLENBQUM7QUFBQSxJQUNWO0FBQUEsRUFDRjtBQUNGO0FBQ0EsU0FBUyxLQUFLLEdBQWEsR0FBdUI7QUFDaEQsU0FBTyxFQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsT0FBTyxHQUFHLEVBQUUsS0FBSyxHQUFHLEtBQUssQ0FBQyxNQUFNLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxHQUFHLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQyxFQUFFO0FBQ25GO0FBRUEsTUFBTSxNQUF5RDtBQUFBLEVBQzdELFFBQVEsQ0FBQyxRQUFRLFVBQVUsU0FBUyxTQUFTO0FBQUEsRUFDN0MsU0FBUyxFQUFFLEdBQUcsUUFBUSxHQUFHLFVBQVUsR0FBRyxXQUFXLEdBQUcsU0FBUyxXQUFXLFdBQVcsWUFBWSxVQUFVO0FBQzNHO0FBQ0EsTUFBTSxVQUE4QztBQUFBLEVBQ2xELFFBQVEsQ0FBQyxjQUFjLFNBQVM7QUFBQSxFQUNoQyxTQUFTLEVBQUUsV0FBVyxjQUFjLFdBQVcsV0FBVyxXQUFXLFdBQVcsZUFBZSxXQUFXLHFCQUFxQixVQUFVO0FBQzNJO0FBQ0EsTUFBTSxXQUE2RjtBQUFBLEVBQ2pHLFFBQVEsQ0FBQyxXQUFXLGFBQWEsYUFBYSxRQUFRLGFBQWEsT0FBTztBQUFBLEVBQzFFLFNBQVM7QUFBQSxJQUNQLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxJQUNSLGlCQUFpQjtBQUFBLElBQ2pCLG9CQUFvQjtBQUFBLElBQ3BCLDBCQUEwQjtBQUFBLElBQzFCLHVCQUF1QjtBQUFBLElBQ3ZCLG9CQUFvQjtBQUFBLEVBQ3RCO0FBQUEsRUFDQSxVQUFVO0FBQ1o7QUFDQSxNQUFNLGlCQUFnRjtBQUFBLEVBQ3BGLFFBQVEsQ0FBQyxXQUFXLFlBQVksVUFBVSxPQUFPLE9BQU87QUFBQSxFQUN4RCxTQUFTLEVBQUUsbUJBQW1CLE9BQU8sOEJBQThCLFlBQVksS0FBSyxZQUFZLE1BQU0sVUFBVSxRQUFRLFVBQVU7QUFBQSxFQUNsSSxVQUFVO0FBQ1o7QUFDQSxNQUFNLGVBQWlEO0FBQUEsRUFDckQsUUFBUSxDQUFDLFVBQVUsV0FBVztBQUFBLEVBQzlCLFNBQVMsRUFBRSxVQUFVLFVBQVUsVUFBVSxZQUFZO0FBQ3ZEO0FBQ0EsTUFBTSxtQkFBNkU7QUFBQSxFQUNqRixRQUFRLENBQUMsbUJBQW1CLFdBQVcsT0FBTyxNQUFNO0FBQUEsRUFDcEQsU0FBUyxFQUFFLFNBQVMsV0FBVyxJQUFJLG1CQUFtQixpQ0FBaUMsT0FBTywwQkFBMEIsa0JBQWtCO0FBQzVJO0FBRUEsTUFBTSx1QkFBOEU7QUFBQSxFQUNsRixRQUFRLENBQUMsYUFBYSxxQkFBcUIsT0FBTztBQUFBLEVBQ2xELFNBQVMsRUFBRSxVQUFVLGFBQWEsWUFBWSxhQUFhLHdCQUF3QixhQUFhLFNBQVMscUJBQXFCLFlBQVkscUJBQXFCLFVBQVUsb0JBQW9CO0FBQUEsRUFDN0wsVUFBVTtBQUNaO0FBQ0EsTUFBTSxhQUVGO0FBQUEsRUFDRixRQUFRLENBQUMscUJBQXFCLGNBQWMsdUJBQXVCLGtCQUFrQix1QkFBdUIscUJBQXFCLFlBQVksT0FBTztBQUFBLEVBQ3BKLFNBQVMsRUFBRSxPQUFPLGNBQWMsU0FBUyx1QkFBdUIsTUFBTSxZQUFZLE1BQU0sV0FBVztBQUFBLEVBQ25HLFVBQVU7QUFDWjtBQUVBLE1BQU0sdUJBQTBFO0FBQUEsRUFDOUUsUUFBUSxDQUFDLE9BQU8sVUFBVSxRQUFRLFdBQVc7QUFBQSxFQUM3QyxTQUFTLEVBQUUsR0FBRyxPQUFPLEdBQUcsVUFBVSxLQUFLLFVBQVUsR0FBRyxRQUFRLElBQUksYUFBYSxVQUFVLFlBQVk7QUFDckc7QUFFTyxNQUFNLFFBQXNDO0FBQUEsRUFDakQsUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLE1BQ047QUFBQSxNQUNBLElBQUksUUFBUTtBQUFBLE1BQ1osS0FBSyxjQUFjLE9BQU8sRUFBRTtBQUFBLE1BQzVCLEtBQUssaUJBQWlCLE9BQU8sRUFBRTtBQUFBLE1BQy9CLEtBQUssaUJBQWlCLE9BQU8sRUFBRTtBQUFBLE1BQy9CLEtBQUssZUFBZSxNQUFNLEdBQUc7QUFBQSxNQUM3QixLQUFLLGVBQWUsTUFBTSxHQUFHO0FBQUEsTUFDN0IsS0FBSyxpQkFBaUIsSUFBSTtBQUFBLE1BQzFCLFlBQVksT0FBTyxLQUFLLElBQUk7QUFBQSxNQUM1QixLQUFLLGFBQWEsT0FBTyxHQUFHO0FBQUEsTUFDNUIsS0FBSyxhQUFhLE1BQU0sRUFBRTtBQUFBLE1BQzFCLEtBQUssWUFBWSxPQUFPLEVBQUU7QUFBQTtBQUFBO0FBQUEsTUFHMUIsTUFBTSxZQUFZO0FBQUEsSUFDcEI7QUFBQSxFQUNGO0FBQUEsRUFDQSxVQUFVO0FBQUEsSUFDUixNQUFNO0FBQUEsSUFDTixRQUFRO0FBQUEsTUFDTjtBQUFBLE1BQ0EsS0FBSyxnQkFBZ0IsSUFBSTtBQUFBLE1BQ3pCLEtBQUssZ0JBQWdCLElBQUk7QUFBQSxNQUN6QixZQUFZLFdBQVcsU0FBUyxJQUFJO0FBQUEsTUFDcEMsWUFBWSxnQkFBZ0IsSUFBSTtBQUFBLE1BQ2hDLEtBQUssdUJBQXVCLE9BQU8sR0FBSTtBQUFBLE1BQ3ZDLFlBQVksWUFBWSxRQUFRO0FBQUEsTUFDaEMsTUFBTSxlQUFlO0FBQUEsTUFDckIsS0FBSyxTQUFTLE9BQU8sR0FBRztBQUFBLE1BQ3hCO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUNBLFNBQVM7QUFBQSxJQUNQLE1BQU07QUFBQSxJQUNOLFFBQVEsQ0FBQyxnQkFBZ0IsS0FBSyxlQUFlLElBQUksR0FBRyxZQUFZLGNBQWMsR0FBRyxZQUFZLFdBQVcsY0FBYyxHQUFHLFFBQVE7QUFBQSxJQUNqSSxPQUFPO0FBQUEsRUFDVDtBQUFBLEVBQ0EsY0FBYztBQUFBLElBQ1osTUFBTTtBQUFBLElBQ04sUUFBUSxDQUFDLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxHQUFHLEtBQUssV0FBVyxPQUFPLEVBQUUsR0FBRyxLQUFLLFNBQVMsT0FBTyxHQUFHLEdBQUcsUUFBUTtBQUFBLElBQ25ILE9BQU87QUFBQSxFQUNUO0FBQUEsRUFDQSxZQUFZO0FBQUEsSUFDVixNQUFNO0FBQUEsSUFDTixRQUFRLENBQUMsZ0JBQWdCLEtBQUssYUFBYSxJQUFJLEdBQUcsT0FBTyxXQUFXLElBQUksR0FBRyxPQUFPLFdBQVcsSUFBSSxHQUFHLFlBQVksc0JBQXNCLEdBQUcsUUFBUTtBQUFBLElBQ2pKLE9BQU87QUFBQSxFQUNUO0FBQUEsRUFDQSxTQUFTO0FBQUEsSUFDUCxNQUFNO0FBQUEsSUFDTixRQUFRO0FBQUEsTUFDTjtBQUFBLE1BQ0EsS0FBSyxrQkFBa0IsSUFBSTtBQUFBLE1BQzNCLFlBQVksUUFBUSxjQUFjLElBQUk7QUFBQSxNQUN0QyxNQUFNLGVBQWU7QUFBQSxNQUNyQixLQUFLLHVCQUF1QjtBQUFBLE1BQzVCLEtBQUssY0FBYztBQUFBLE1BQ25CLEtBQUssaUJBQWlCLE9BQU8sR0FBRztBQUFBLE1BQ2hDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLGFBQWEsTUFBTSxnQkFBZ0IsZ0JBQWdCLENBQUM7QUFBQSxFQUNsRTtBQUFBLEVBQ0EsYUFBYTtBQUFBLElBQ1gsTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLE1BQ047QUFBQSxNQUNBLEtBQUssY0FBYyxJQUFJO0FBQUEsTUFDdkIsS0FBSyxVQUFVO0FBQUEsTUFDZixZQUFZLFFBQVEsa0JBQWtCLElBQUk7QUFBQSxNQUMxQyxNQUFNLGFBQWEsSUFBSTtBQUFBLE1BQ3ZCO0FBQUEsTUFDQSxZQUFZLFlBQVksb0JBQW9CO0FBQUEsSUFDOUM7QUFBQSxJQUNBLE9BQU8sS0FBSyxhQUFhLE1BQU0sWUFBWSxZQUFZLENBQUM7QUFBQSxFQUMxRDtBQUFBLEVBQ0EsYUFBYTtBQUFBLElBQ1gsTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLE1BQ047QUFBQSxNQUNBLEtBQUssVUFBVSxNQUFNLEVBQUU7QUFBQSxNQUN2QixLQUFLLFFBQVEsT0FBTyxFQUFFO0FBQUEsTUFDdEIsS0FBSyxjQUFjLElBQUk7QUFBQSxNQUN2QixLQUFLLFVBQVU7QUFBQSxNQUNmLFlBQVksY0FBYyxVQUFVO0FBQUEsTUFDcEM7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssYUFBYSxNQUFNLFlBQVksWUFBWSxDQUFDO0FBQUEsRUFDMUQ7QUFBQSxFQUNBLFdBQVc7QUFBQSxJQUNULE1BQU07QUFBQSxJQUNOLFFBQVEsQ0FBQyxnQkFBZ0IsS0FBSyxhQUFhLElBQUksR0FBRyxLQUFLLGFBQWEsTUFBTSxFQUFFLEdBQUcsS0FBSyxZQUFZLE9BQU8sRUFBRSxHQUFHLFFBQVE7QUFBQSxJQUNwSCxPQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFFQSxrQkFBa0I7QUFBQSxJQUNoQixNQUFNO0FBQUEsSUFDTixRQUFRLENBQUMsV0FBVyxLQUFLLG1CQUFtQixJQUFJLEdBQUcsWUFBWSx3QkFBd0Isc0JBQXNCLElBQUksR0FBRyxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUFBLEVBQ3hKO0FBQUEsRUFDQSxpQkFBaUI7QUFBQSxJQUNmLE1BQU07QUFBQSxJQUNOLFFBQVEsQ0FBQyxXQUFXLEtBQUssaUJBQWlCLElBQUksR0FBRyxLQUFLLFdBQVcsT0FBTyxHQUFHLENBQUM7QUFBQSxFQUM5RTtBQUNGO0FBR08sU0FBUyxlQUFlLE1BQWdEO0FBQzdFLFNBQU8sS0FBSyxPQUFPLFFBQVEsQ0FBQyxNQUFNLEVBQUUsT0FBTztBQUM3QztBQUdPLFNBQVMsWUFBWSxNQUEwQjtBQUNwRCxTQUFPLEtBQUssT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUk7QUFDdEM7QUFZTyxTQUFTLFVBQVUsR0FBbUI7QUFDM0MsU0FBTyxFQUFFLFFBQVEsV0FBVyxFQUFFLEVBQUUsS0FBSyxFQUFFLFlBQVksRUFBRSxRQUFRLFdBQVcsR0FBRztBQUM3RTtBQUVPLFNBQVMsVUFBVSxNQUFnQixRQUFzQztBQUM5RSxRQUFNLE9BQU8sT0FBTyxJQUFJLFNBQVM7QUFDakMsUUFBTSxRQUFRLEtBQUssT0FBTyxJQUFJLENBQUMsTUFBTSxLQUFLLFFBQVEsRUFBRSxJQUFJLENBQUM7QUFDekQsUUFBTSxVQUFVLEtBQUssT0FDbEIsT0FBTyxDQUFDLEdBQUcsTUFBTSxNQUFNLENBQUMsTUFBTSxPQUFPLEVBQUUsWUFBYSxFQUFFLFNBQVMsZ0JBQWdCLENBQUMsS0FBSyxTQUFTLFFBQVEsRUFBRyxFQUN6RyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUk7QUFDcEIsUUFBTSxPQUFPLElBQUksSUFBSSxLQUFLLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFDbkQsUUFBTSxVQUFVLEtBQUssT0FBTyxDQUFDLE1BQU0sTUFBTSxNQUFNLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUMzRCxTQUFPLEVBQUUsT0FBTyxTQUFTLFFBQVE7QUFDbkM7QUFjTyxTQUFTLFlBQVksTUFBZ0IsUUFBbUIsT0FBbUQ7QUFDaEgsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQU07QUFDM0MsUUFBTSxTQUFrQixDQUFDO0FBQ3pCLFNBQU8sUUFBUSxPQUFPLEdBQUcsT0FBTyxNQUFNLE1BQU0sT0FBTyxFQUFFLElBQUksT0FBTyxVQUFVLFFBQVEsU0FBUyxJQUFJLEVBQUUsSUFBSSxNQUFNLE9BQU87QUFDcEg7QUFTQSxNQUFNLGNBQWM7QUFFcEIsTUFBTSxzQkFBc0Isb0JBQUksSUFBSSxDQUFDLFFBQVEsV0FBVyxTQUFTLENBQUM7QUFNbEUsTUFBTSxjQUFjO0FBTWIsU0FBUyxRQUFRQSxPQUFzQjtBQUM1QyxRQUFNLElBQUlBLE1BQUs7QUFDZixNQUFJLE1BQU0sRUFBRyxRQUFPQTtBQUNwQixRQUFNLElBQUlBLE1BQUssV0FBVyxDQUFDO0FBQzNCLFFBQU0sSUFBSUEsTUFBSyxXQUFXLElBQUksQ0FBQztBQUMvQixTQUFPLElBQUksTUFBTSxJQUFJLE9BQU8sSUFBSSxNQUFNLElBQUksTUFBTUEsUUFBT0EsTUFBSyxLQUFLO0FBQ25FO0FBZ0JPLE1BQU0sV0FBVztBQUFBLEVBaUJ0QixZQUNtQixNQUNBLFFBQ2pCO0FBRmlCO0FBQ0E7QUFFakIsU0FBSyxTQUFTLEtBQUssT0FBTztBQUFBLE1BQUksQ0FBQyxNQUM3QixFQUFFLFFBQVEsS0FBSyxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sb0JBQW9CLElBQUksQ0FBQyxLQUFLLEVBQUUsU0FBUyxNQUFNLEtBQUssRUFBRSxTQUFTLE9BQU8sQ0FBQyxJQUFJLG9CQUFJLElBQUksSUFBSTtBQUFBLElBQ3BIO0FBQ0EsU0FBSyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSyxnQkFBZ0IsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQ2pFLFNBQUssU0FBUyxLQUFLLE9BQU8sU0FBUyxDQUFDLEdBQUcsSUFBSSxDQUFDLFNBQVM7QUFDbkQsZUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLE9BQU8sUUFBUSxLQUFLO0FBQzNDLGNBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxFQUFHLFFBQVEsVUFBVSxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sSUFBSTtBQUNwRSxZQUFJLFVBQVUsRUFBRyxRQUFPLEVBQUUsTUFBTSxPQUFPLEdBQUcsT0FBTztBQUFBLE1BQ25EO0FBQ0EsWUFBTSxRQUFRLEtBQUssT0FBTyxVQUFVLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSTtBQUMxRCxVQUFJLFFBQVEsRUFBRyxPQUFNLElBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxvQkFBb0IsSUFBSSx3QkFBd0I7QUFDL0YsYUFBTyxFQUFFLE1BQU0sT0FBTyxRQUFRLEdBQUc7QUFBQSxJQUNuQyxDQUFDO0FBQ0QsU0FBSyxRQUFRLEtBQUssT0FBTyxJQUFJLENBQUMsTUFBTSxJQUFJLE9BQU8sRUFBRSxRQUFRLFNBQVMsQ0FBQyxDQUFDO0FBQ3BFLFNBQUssV0FBVyxLQUFLLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxhQUFhLEVBQUU7QUFDeEQsU0FBSyxRQUFRLElBQUksTUFBYyxLQUFLLE9BQU8sU0FBUyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQzlELFNBQUssVUFBVSxJQUFJLE1BQThCLEtBQUssT0FBTyxNQUFNLEVBQUUsS0FBSyxJQUFJO0FBQUEsRUFDaEY7QUFBQSxFQXBCbUI7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQWpCbkIsV0FBeUIsQ0FBQztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBRUEsUUFBK0IsQ0FBQztBQUFBLEVBQ2hDO0FBQUEsRUFDQSxrQkFBa0Isb0JBQUksSUFBb0I7QUFBQTtBQUFBLEVBRTFDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUF5QlQsTUFBTSxHQUFXLEtBQXFCO0FBQzVDLFVBQU0sUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUMzQixVQUFNLE1BQU0sT0FBTyxJQUFJLEdBQUc7QUFDMUIsUUFBSSxJQUFLLFFBQU87QUFDaEIsVUFBTSxJQUFJLEtBQUssS0FBSyxPQUFPLENBQUM7QUFDNUIsVUFBTSxJQUFJLEVBQUUsTUFBTSxHQUFHO0FBQ3JCLFFBQUk7QUFDSixRQUFJLEVBQUUsSUFBSTtBQUNSLFlBQU0sU0FBUyxFQUFFLFFBQVEsSUFBSSxDQUFDLEdBQUcsTUFBTSxFQUFFLE1BQU0sQ0FBQyxLQUFLLElBQUk7QUFDekQsY0FBUSxFQUFFLFFBQVEsTUFBTSxRQUFRLE1BQU0sT0FBTyxJQUFJLFFBQVEsRUFBRSxLQUFLLEdBQUcsRUFBRTtBQUFBLElBQ3ZFLE9BQU87QUFDTCxjQUFRLEVBQUUsUUFBUSxFQUFFLFFBQVEsUUFBUSxFQUFFLFFBQVEsSUFBSSxNQUFNLElBQUksR0FBRyxNQUFNLEdBQUc7QUFBQSxJQUMxRTtBQUNBLFFBQUksU0FBUyxNQUFNLE9BQU8sZUFBZSxJQUFJLFVBQVUsR0FBSSxPQUFNLElBQUksS0FBSyxLQUFLO0FBQy9FLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVNBLE9BQU8sT0FBZSxPQUF3QyxRQUFrQkMsUUFBK0I7QUFDN0csVUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLFNBQVMsU0FBUyxJQUFJO0FBQ25ELFVBQU0sU0FBUyxLQUFLO0FBQ3BCLFVBQU0sUUFBUSxPQUFPO0FBQ3JCLFFBQUksV0FBZ0M7QUFDcEMsVUFBTSxDQUFDLElBQUksT0FBTyxLQUFLO0FBQ3ZCLGFBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLEtBQUs7QUFDdEMsWUFBTSxNQUFNLE1BQU0sQ0FBQztBQUNuQixZQUFNLE1BQU0sT0FBTyxJQUFJLFFBQVEsTUFBTSxHQUFHLEtBQUssRUFBRSxJQUFJO0FBQ25ELFVBQUksUUFBUSxJQUFJO0FBQ2QsY0FBTSxJQUFJLE9BQU8sQ0FBQztBQUNsQixZQUFJLEVBQUUsU0FBVSxFQUFDLGFBQWEsQ0FBQyxHQUFHLEtBQUssRUFBRSxPQUFPLEVBQUUsTUFBTSxPQUFPLElBQUksUUFBUSx3QkFBd0IsQ0FBQztBQUNwRyxjQUFNLElBQUksQ0FBQyxJQUFJLEtBQUssTUFBTSxDQUFDO0FBQzNCLGdCQUFRLENBQUMsSUFBSTtBQUNiLFlBQUksT0FBUSxVQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxRQUFRLElBQUssUUFBTyxLQUFLLElBQUk7QUFDdkU7QUFBQSxNQUNGO0FBQ0EsVUFBSSxJQUFJLFVBQVUsU0FBUyxDQUFDLEtBQU0sQ0FBQyxZQUFZLEtBQUssR0FBRyxHQUFHO0FBQ3hELGNBQU0sSUFBSSxDQUFDLElBQUk7QUFDZixnQkFBUSxDQUFDLElBQUk7QUFDYixZQUFJLE9BQVEsUUFBTyxLQUFLLEdBQUc7QUFDM0I7QUFBQSxNQUNGO0FBQ0EsWUFBTSxJQUFJLEtBQUssTUFBTSxHQUFHLEdBQUc7QUFDM0IsVUFBSSxFQUFFLFdBQVcsTUFBTTtBQUNyQixTQUFDLGFBQWEsQ0FBQyxHQUFHLEtBQUssRUFBRSxPQUFPLE9BQU8sQ0FBQyxFQUFHLE1BQU0sT0FBTyxLQUFLLFFBQVEsRUFBRSxPQUFPLENBQUM7QUFDL0U7QUFBQSxNQUNGO0FBQ0EsWUFBTSxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQ2pCLGNBQVEsQ0FBQyxJQUFJO0FBQ2IsVUFBSSxPQUFRLFFBQU8sS0FBSyxHQUFHLEVBQUUsTUFBTTtBQUFBLElBQ3JDO0FBQ0EsUUFBSSxhQUFhLFFBQVEsS0FBSyxPQUFPO0FBQ25DLFlBQU0sUUFBUSxLQUFLO0FBQ25CLGlCQUFXLEVBQUUsTUFBTSxPQUFPLE9BQU8sS0FBSyxLQUFLLE9BQU87QUFDaEQsY0FBTSxJQUFJLFFBQVEsS0FBSyxLQUFLO0FBRTVCLGNBQU0sSUFBSSxJQUFJLE1BQU0sT0FBTyxPQUFPLFNBQVMsSUFBSyxTQUFpQyxPQUFPLE1BQU0sV0FBVyxJQUFJLEVBQUUsT0FBTyxNQUFNO0FBQUEsTUFDOUg7QUFDQSxpQkFBVyxLQUFLLEtBQUssTUFBTSxJQUFJLEtBQUssR0FBRztBQUNyQyxjQUFNLEtBQUssS0FBSyxnQkFBZ0IsSUFBSSxFQUFFLEtBQUssS0FBSztBQUNoRCxjQUFNLE1BQU0sTUFBTSxJQUFJLE9BQU8sTUFBTSxFQUFFLElBQUs7QUFDMUMsU0FBQyxhQUFhLENBQUMsR0FBRyxLQUFLLEVBQUUsT0FBTyxFQUFFLE9BQU8sT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxLQUFLLElBQUksSUFBSSxRQUFRLEVBQUUsT0FBTyxDQUFDO0FBQUEsTUFDL0c7QUFBQSxJQUNGO0FBQ0EsUUFBSSxhQUFhLE1BQU07QUFDckIsV0FBSyxXQUFXO0FBQ2hCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSUEsV0FBVSxPQUFXLFFBQU8sTUFBTSxLQUFLLEdBQUc7QUFDOUMsVUFBTSxLQUFLQSxNQUFLO0FBQ2hCLFVBQU0sT0FBTyxNQUFNLEtBQUssR0FBRztBQUMzQixVQUFNLElBQUk7QUFDVixXQUFPO0FBQUEsRUFDVDtBQUNGOyIsCiAgIm5hbWVzIjogWyJ0ZXh0IiwgImFmdGVyIl0KfQo=
