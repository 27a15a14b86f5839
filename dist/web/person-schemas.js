import { TIMELINE_KINDS } from "../people/timeline-entries.js";
import { pageQueryProperties } from "./api-schemas.js";
const str = { type: "string" };
const date = { type: "string", format: "date" };
const orNull = (type, extra = {}) => ({ type: [type, "null"], ...extra });
const timelineItemSchema = {
  type: "object",
  required: ["date", "kind", "title", "detail"],
  properties: {
    date,
    kind: { type: "string", enum: [...TIMELINE_KINDS] },
    title: str,
    detail: str,
    by: { type: "string", description: "Who wrote or recorded it, when the entry says." }
  }
};
const timelineCountsSchema = {
  type: "object",
  description: "How many entries of each kind you may see, whatever the filter (kinds with none are left out).",
  properties: Object.fromEntries(TIMELINE_KINDS.map((k) => [k, { type: "integer" }])),
  additionalProperties: false
};
const timelineQuerySchema = {
  type: "object",
  properties: {
    kind: { type: "array", items: { type: "string", enum: [...TIMELINE_KINDS] }, description: "Only these kinds of entry (repeat the parameter for several); none: every kind." },
    ...pageQueryProperties
  },
  additionalProperties: false
};
const personRecordSchema = {
  type: "object",
  required: ["person", "identifiers", "addresses", "memberships", "custody", "timeline", "timelineNext", "timelineCounts", "risk", "openCaseId", "withheld", "consent"],
  properties: {
    person: {
      type: "object",
      required: ["id", "personRef", "familyName", "givenNames", "dateOfBirth", "pncId", "restricted", "sex", "ethnicity", "dateOfDeath"],
      properties: {
        id: { type: "integer" },
        personRef: str,
        familyName: str,
        givenNames: str,
        dateOfBirth: date,
        pncId: orNull("string"),
        restricted: { type: "boolean" },
        sex: str,
        ethnicity: orNull("string"),
        dateOfDeath: orNull("string", { format: "date" })
      }
    },
    identifiers: { type: "array", items: { type: "object", required: ["kind", "value"], properties: { kind: str, value: str } } },
    addresses: {
      type: "array",
      items: {
        type: "object",
        required: ["fromDate", "toDate", "areaCode", "areaName", "postcode"],
        properties: { fromDate: date, toDate: orNull("string", { format: "date" }), areaCode: str, areaName: orNull("string"), postcode: orNull("string") }
      }
    },
    memberships: {
      type: "array",
      items: {
        type: "object",
        required: ["schemeCode", "schemeName", "tier", "startDate", "endDate", "endReason", "selectionReason"],
        properties: {
          schemeCode: str,
          schemeName: str,
          tier: orNull("string"),
          startDate: date,
          endDate: orNull("string", { format: "date" }),
          endReason: orNull("string"),
          selectionReason: orNull("string")
        }
      }
    },
    custody: {
      type: "array",
      items: {
        type: "object",
        required: ["kind", "receptionDate", "releaseDate", "expectedReleaseDate", "sentenceDays", "establishment"],
        properties: {
          kind: str,
          receptionDate: date,
          releaseDate: orNull("string", { format: "date" }),
          expectedReleaseDate: orNull("string", { format: "date" }),
          sentenceDays: orNull("integer"),
          establishment: orNull("string")
        }
      }
    },
    timeline: { type: "array", items: timelineItemSchema, description: "The newest entries (50 unless `limit` says otherwise), most recent first." },
    timelineNext: { type: ["string", "null"], description: "Pass as `cursor` to GET /api/v1/people/{id}/timeline for the following entries; null when there are no more." },
    timelineCounts: timelineCountsSchema,
    risk: {
      type: "object",
      required: ["assessments", "mappaReferrals", "mayRecord", "agencies"],
      properties: {
        assessments: {
          type: "array",
          items: {
            type: "object",
            required: ["id", "date", "riskOfSeriousHarm", "agency", "assessor", "notes"],
            properties: { id: { type: "integer" }, date, riskOfSeriousHarm: str, agency: orNull("string"), assessor: orNull("string"), notes: orNull("string") }
          }
        },
        mappaReferrals: {
          type: "array",
          items: {
            type: "object",
            required: ["id", "date", "outcome", "outcomeDate"],
            properties: { id: { type: "integer" }, date, outcome: orNull("string"), outcomeDate: orNull("string", { format: "date" }) }
          }
        },
        mayRecord: { type: "boolean" },
        agencies: { type: "array", items: { type: "object", required: ["code", "name"], properties: { code: str, name: str } } }
      }
    },
    openCaseId: orNull("integer"),
    withheld: { type: "array", items: str },
    consent: {
      type: "object",
      required: ["consent", "mayRecord"],
      properties: {
        consent: {
          type: ["object", "null"],
          required: ["personId", "givenDate", "scope", "recordedBy", "recordedAt"],
          properties: {
            personId: { type: "integer" },
            givenDate: date,
            scope: { anyOf: [{ type: "string", enum: ["all"] }, { type: "array", items: str }], description: '"all", or the kinds of agency the person agreed to share with.' },
            recordedBy: str,
            recordedAt: { type: "string", format: "date-time" }
          }
        },
        mayRecord: { type: "boolean" }
      }
    }
  }
};
const timelinePageSchema = {
  type: "object",
  required: ["timeline", "next", "counts"],
  properties: {
    timeline: { type: "array", items: timelineItemSchema },
    next: { type: ["string", "null"], description: "Pass as `cursor` for the following page; null on the last page." },
    counts: timelineCountsSchema
  }
};
export {
  personRecordSchema,
  timelineItemSchema,
  timelinePageSchema,
  timelineQuerySchema
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3dlYi9wZXJzb24tc2NoZW1hcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIEpTT04gc2NoZW1hcyBvZiBhIHBlcnNvbidzIHJlY29yZCBhbmQgdGltZWxpbmUgaW4gdGhlIEFQSVxuLy8gKEdFVCAvYXBpL3YxL3Blb3BsZS97aWR9IGFuZCBHRVQgL2FwaS92MS9wZW9wbGUve2lkfS90aW1lbGluZSk6IGV4YWN0LCBzb1xuLy8gdGhhdCB0aGUgT3BlbkFQSSBkb2N1bWVudCBzYXlzIHdoYXQgdGhlIEFQSSBhbnN3ZXJzIChPcGVuQVBJIDMuMSBudWxscykuXG5pbXBvcnQgeyBUSU1FTElORV9LSU5EUyB9IGZyb20gJy4uL3Blb3BsZS90aW1lbGluZS1lbnRyaWVzLmpzJztcbmltcG9ydCB7IHBhZ2VRdWVyeVByb3BlcnRpZXMgfSBmcm9tICcuL2FwaS1zY2hlbWFzLmpzJztcblxuY29uc3Qgc3RyID0geyB0eXBlOiAnc3RyaW5nJyB9IGFzIGNvbnN0O1xuY29uc3QgZGF0ZSA9IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0gYXMgY29uc3Q7XG5jb25zdCBvck51bGwgPSA8VCBleHRlbmRzIHN0cmluZz4odHlwZTogVCwgZXh0cmE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge30pID0+ICh7IHR5cGU6IFt0eXBlLCAnbnVsbCddLCAuLi5leHRyYSB9KSBhcyBjb25zdDtcblxuZXhwb3J0IGNvbnN0IHRpbWVsaW5lSXRlbVNjaGVtYSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHJlcXVpcmVkOiBbJ2RhdGUnLCAna2luZCcsICd0aXRsZScsICdkZXRhaWwnXSxcbiAgcHJvcGVydGllczoge1xuICAgIGRhdGUsXG4gICAga2luZDogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWy4uLlRJTUVMSU5FX0tJTkRTXSB9LFxuICAgIHRpdGxlOiBzdHIsXG4gICAgZGV0YWlsOiBzdHIsXG4gICAgYnk6IHsgdHlwZTogJ3N0cmluZycsIGRlc2NyaXB0aW9uOiAnV2hvIHdyb3RlIG9yIHJlY29yZGVkIGl0LCB3aGVuIHRoZSBlbnRyeSBzYXlzLicgfSxcbiAgfSxcbn0gYXMgY29uc3Q7XG5cbmNvbnN0IHRpbWVsaW5lQ291bnRzU2NoZW1hID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgZGVzY3JpcHRpb246ICdIb3cgbWFueSBlbnRyaWVzIG9mIGVhY2gga2luZCB5b3UgbWF5IHNlZSwgd2hhdGV2ZXIgdGhlIGZpbHRlciAoa2luZHMgd2l0aCBub25lIGFyZSBsZWZ0IG91dCkuJyxcbiAgcHJvcGVydGllczogT2JqZWN0LmZyb21FbnRyaWVzKFRJTUVMSU5FX0tJTkRTLm1hcCgoaykgPT4gW2ssIHsgdHlwZTogJ2ludGVnZXInIH1dKSksXG4gIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbn0gYXMgY29uc3Q7XG5cbi8qKiBgP2tpbmQ9JmN1cnNvcj0mbGltaXQ9YCBvZiBhIHRpbWVsaW5lIHBhZ2UuICovXG5leHBvcnQgY29uc3QgdGltZWxpbmVRdWVyeVNjaGVtYSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHByb3BlcnRpZXM6IHtcbiAgICBraW5kOiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbLi4uVElNRUxJTkVfS0lORFNdIH0sIGRlc2NyaXB0aW9uOiAnT25seSB0aGVzZSBraW5kcyBvZiBlbnRyeSAocmVwZWF0IHRoZSBwYXJhbWV0ZXIgZm9yIHNldmVyYWwpOyBub25lOiBldmVyeSBraW5kLicgfSxcbiAgICAuLi5wYWdlUXVlcnlQcm9wZXJ0aWVzLFxuICB9LFxuICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgY29uc3QgcGVyc29uUmVjb3JkU2NoZW1hID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgcmVxdWlyZWQ6IFsncGVyc29uJywgJ2lkZW50aWZpZXJzJywgJ2FkZHJlc3NlcycsICdtZW1iZXJzaGlwcycsICdjdXN0b2R5JywgJ3RpbWVsaW5lJywgJ3RpbWVsaW5lTmV4dCcsICd0aW1lbGluZUNvdW50cycsICdyaXNrJywgJ29wZW5DYXNlSWQnLCAnd2l0aGhlbGQnLCAnY29uc2VudCddLFxuICBwcm9wZXJ0aWVzOiB7XG4gICAgcGVyc29uOiB7XG4gICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgIHJlcXVpcmVkOiBbJ2lkJywgJ3BlcnNvblJlZicsICdmYW1pbHlOYW1lJywgJ2dpdmVuTmFtZXMnLCAnZGF0ZU9mQmlydGgnLCAncG5jSWQnLCAncmVzdHJpY3RlZCcsICdzZXgnLCAnZXRobmljaXR5JywgJ2RhdGVPZkRlYXRoJ10sXG4gICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgIGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgICAgICBwZXJzb25SZWY6IHN0cixcbiAgICAgICAgZmFtaWx5TmFtZTogc3RyLFxuICAgICAgICBnaXZlbk5hbWVzOiBzdHIsXG4gICAgICAgIGRhdGVPZkJpcnRoOiBkYXRlLFxuICAgICAgICBwbmNJZDogb3JOdWxsKCdzdHJpbmcnKSxcbiAgICAgICAgcmVzdHJpY3RlZDogeyB0eXBlOiAnYm9vbGVhbicgfSxcbiAgICAgICAgc2V4OiBzdHIsXG4gICAgICAgIGV0aG5pY2l0eTogb3JOdWxsKCdzdHJpbmcnKSxcbiAgICAgICAgZGF0ZU9mRGVhdGg6IG9yTnVsbCgnc3RyaW5nJywgeyBmb3JtYXQ6ICdkYXRlJyB9KSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBpZGVudGlmaWVyczogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsna2luZCcsICd2YWx1ZSddLCBwcm9wZXJ0aWVzOiB7IGtpbmQ6IHN0ciwgdmFsdWU6IHN0ciB9IH0gfSxcbiAgICBhZGRyZXNzZXM6IHtcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBpdGVtczoge1xuICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgcmVxdWlyZWQ6IFsnZnJvbURhdGUnLCAndG9EYXRlJywgJ2FyZWFDb2RlJywgJ2FyZWFOYW1lJywgJ3Bvc3Rjb2RlJ10sXG4gICAgICAgIHByb3BlcnRpZXM6IHsgZnJvbURhdGU6IGRhdGUsIHRvRGF0ZTogb3JOdWxsKCdzdHJpbmcnLCB7IGZvcm1hdDogJ2RhdGUnIH0pLCBhcmVhQ29kZTogc3RyLCBhcmVhTmFtZTogb3JOdWxsKCdzdHJpbmcnKSwgcG9zdGNvZGU6IG9yTnVsbCgnc3RyaW5nJykgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBtZW1iZXJzaGlwczoge1xuICAgICAgdHlwZTogJ2FycmF5JyxcbiAgICAgIGl0ZW1zOiB7XG4gICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICByZXF1aXJlZDogWydzY2hlbWVDb2RlJywgJ3NjaGVtZU5hbWUnLCAndGllcicsICdzdGFydERhdGUnLCAnZW5kRGF0ZScsICdlbmRSZWFzb24nLCAnc2VsZWN0aW9uUmVhc29uJ10sXG4gICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICBzY2hlbWVDb2RlOiBzdHIsXG4gICAgICAgICAgc2NoZW1lTmFtZTogc3RyLFxuICAgICAgICAgIHRpZXI6IG9yTnVsbCgnc3RyaW5nJyksXG4gICAgICAgICAgc3RhcnREYXRlOiBkYXRlLFxuICAgICAgICAgIGVuZERhdGU6IG9yTnVsbCgnc3RyaW5nJywgeyBmb3JtYXQ6ICdkYXRlJyB9KSxcbiAgICAgICAgICBlbmRSZWFzb246IG9yTnVsbCgnc3RyaW5nJyksXG4gICAgICAgICAgc2VsZWN0aW9uUmVhc29uOiBvck51bGwoJ3N0cmluZycpLFxuICAgICAgICB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGN1c3RvZHk6IHtcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBpdGVtczoge1xuICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgcmVxdWlyZWQ6IFsna2luZCcsICdyZWNlcHRpb25EYXRlJywgJ3JlbGVhc2VEYXRlJywgJ2V4cGVjdGVkUmVsZWFzZURhdGUnLCAnc2VudGVuY2VEYXlzJywgJ2VzdGFibGlzaG1lbnQnXSxcbiAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgIGtpbmQ6IHN0cixcbiAgICAgICAgICByZWNlcHRpb25EYXRlOiBkYXRlLFxuICAgICAgICAgIHJlbGVhc2VEYXRlOiBvck51bGwoJ3N0cmluZycsIHsgZm9ybWF0OiAnZGF0ZScgfSksXG4gICAgICAgICAgZXhwZWN0ZWRSZWxlYXNlRGF0ZTogb3JOdWxsKCdzdHJpbmcnLCB7IGZvcm1hdDogJ2RhdGUnIH0pLFxuICAgICAgICAgIHNlbnRlbmNlRGF5czogb3JOdWxsKCdpbnRlZ2VyJyksXG4gICAgICAgICAgZXN0YWJsaXNobWVudDogb3JOdWxsKCdzdHJpbmcnKSxcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICB0aW1lbGluZTogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogdGltZWxpbmVJdGVtU2NoZW1hLCBkZXNjcmlwdGlvbjogJ1RoZSBuZXdlc3QgZW50cmllcyAoNTAgdW5sZXNzIGBsaW1pdGAgc2F5cyBvdGhlcndpc2UpLCBtb3N0IHJlY2VudCBmaXJzdC4nIH0sXG4gICAgdGltZWxpbmVOZXh0OiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZGVzY3JpcHRpb246ICdQYXNzIGFzIGBjdXJzb3JgIHRvIEdFVCAvYXBpL3YxL3Blb3BsZS97aWR9L3RpbWVsaW5lIGZvciB0aGUgZm9sbG93aW5nIGVudHJpZXM7IG51bGwgd2hlbiB0aGVyZSBhcmUgbm8gbW9yZS4nIH0sXG4gICAgdGltZWxpbmVDb3VudHM6IHRpbWVsaW5lQ291bnRzU2NoZW1hLFxuICAgIHJpc2s6IHtcbiAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgcmVxdWlyZWQ6IFsnYXNzZXNzbWVudHMnLCAnbWFwcGFSZWZlcnJhbHMnLCAnbWF5UmVjb3JkJywgJ2FnZW5jaWVzJ10sXG4gICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgIGFzc2Vzc21lbnRzOiB7XG4gICAgICAgICAgdHlwZTogJ2FycmF5JyxcbiAgICAgICAgICBpdGVtczoge1xuICAgICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgICByZXF1aXJlZDogWydpZCcsICdkYXRlJywgJ3Jpc2tPZlNlcmlvdXNIYXJtJywgJ2FnZW5jeScsICdhc3Nlc3NvcicsICdub3RlcyddLFxuICAgICAgICAgICAgcHJvcGVydGllczogeyBpZDogeyB0eXBlOiAnaW50ZWdlcicgfSwgZGF0ZSwgcmlza09mU2VyaW91c0hhcm06IHN0ciwgYWdlbmN5OiBvck51bGwoJ3N0cmluZycpLCBhc3Nlc3Nvcjogb3JOdWxsKCdzdHJpbmcnKSwgbm90ZXM6IG9yTnVsbCgnc3RyaW5nJykgfSxcbiAgICAgICAgICB9LFxuICAgICAgICB9LFxuICAgICAgICBtYXBwYVJlZmVycmFsczoge1xuICAgICAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICAgICAgaXRlbXM6IHtcbiAgICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgICAgcmVxdWlyZWQ6IFsnaWQnLCAnZGF0ZScsICdvdXRjb21lJywgJ291dGNvbWVEYXRlJ10sXG4gICAgICAgICAgICBwcm9wZXJ0aWVzOiB7IGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LCBkYXRlLCBvdXRjb21lOiBvck51bGwoJ3N0cmluZycpLCBvdXRjb21lRGF0ZTogb3JOdWxsKCdzdHJpbmcnLCB7IGZvcm1hdDogJ2RhdGUnIH0pIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICAgbWF5UmVjb3JkOiB7IHR5cGU6ICdib29sZWFuJyB9LFxuICAgICAgICBhZ2VuY2llczogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnY29kZScsICduYW1lJ10sIHByb3BlcnRpZXM6IHsgY29kZTogc3RyLCBuYW1lOiBzdHIgfSB9IH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgb3BlbkNhc2VJZDogb3JOdWxsKCdpbnRlZ2VyJyksXG4gICAgd2l0aGhlbGQ6IHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IHN0ciB9LFxuICAgIGNvbnNlbnQ6IHtcbiAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgcmVxdWlyZWQ6IFsnY29uc2VudCcsICdtYXlSZWNvcmQnXSxcbiAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgY29uc2VudDoge1xuICAgICAgICAgIHR5cGU6IFsnb2JqZWN0JywgJ251bGwnXSxcbiAgICAgICAgICByZXF1aXJlZDogWydwZXJzb25JZCcsICdnaXZlbkRhdGUnLCAnc2NvcGUnLCAncmVjb3JkZWRCeScsICdyZWNvcmRlZEF0J10sXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgcGVyc29uSWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgICAgICAgICBnaXZlbkRhdGU6IGRhdGUsXG4gICAgICAgICAgICBzY29wZTogeyBhbnlPZjogW3sgdHlwZTogJ3N0cmluZycsIGVudW06IFsnYWxsJ10gfSwgeyB0eXBlOiAnYXJyYXknLCBpdGVtczogc3RyIH1dLCBkZXNjcmlwdGlvbjogJ1wiYWxsXCIsIG9yIHRoZSBraW5kcyBvZiBhZ2VuY3kgdGhlIHBlcnNvbiBhZ3JlZWQgdG8gc2hhcmUgd2l0aC4nIH0sXG4gICAgICAgICAgICByZWNvcmRlZEJ5OiBzdHIsXG4gICAgICAgICAgICByZWNvcmRlZEF0OiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlLXRpbWUnIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICAgbWF5UmVjb3JkOiB7IHR5cGU6ICdib29sZWFuJyB9LFxuICAgICAgfSxcbiAgICB9LFxuICB9LFxufSBhcyBjb25zdDtcblxuZXhwb3J0IGNvbnN0IHRpbWVsaW5lUGFnZVNjaGVtYSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHJlcXVpcmVkOiBbJ3RpbWVsaW5lJywgJ25leHQnLCAnY291bnRzJ10sXG4gIHByb3BlcnRpZXM6IHtcbiAgICB0aW1lbGluZTogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogdGltZWxpbmVJdGVtU2NoZW1hIH0sXG4gICAgbmV4dDogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10sIGRlc2NyaXB0aW9uOiAnUGFzcyBhcyBgY3Vyc29yYCBmb3IgdGhlIGZvbGxvd2luZyBwYWdlOyBudWxsIG9uIHRoZSBsYXN0IHBhZ2UuJyB9LFxuICAgIGNvdW50czogdGltZWxpbmVDb3VudHNTY2hlbWEsXG4gIH0sXG59IGFzIGNvbnN0O1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBR0EsU0FBUyxzQkFBc0I7QUFDL0IsU0FBUywyQkFBMkI7QUFFcEMsTUFBTSxNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQzdCLE1BQU0sT0FBTyxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFDOUMsTUFBTSxTQUFTLENBQW1CLE1BQVMsUUFBaUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxDQUFDLE1BQU0sTUFBTSxHQUFHLEdBQUcsTUFBTTtBQUU5RyxNQUFNLHFCQUFxQjtBQUFBLEVBQ2hDLE1BQU07QUFBQSxFQUNOLFVBQVUsQ0FBQyxRQUFRLFFBQVEsU0FBUyxRQUFRO0FBQUEsRUFDNUMsWUFBWTtBQUFBLElBQ1Y7QUFBQSxJQUNBLE1BQU0sRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLEdBQUcsY0FBYyxFQUFFO0FBQUEsSUFDbEQsT0FBTztBQUFBLElBQ1AsUUFBUTtBQUFBLElBQ1IsSUFBSSxFQUFFLE1BQU0sVUFBVSxhQUFhLGlEQUFpRDtBQUFBLEVBQ3RGO0FBQ0Y7QUFFQSxNQUFNLHVCQUF1QjtBQUFBLEVBQzNCLE1BQU07QUFBQSxFQUNOLGFBQWE7QUFBQSxFQUNiLFlBQVksT0FBTyxZQUFZLGVBQWUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLEVBQUUsTUFBTSxVQUFVLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDbEYsc0JBQXNCO0FBQ3hCO0FBR08sTUFBTSxzQkFBc0I7QUFBQSxFQUNqQyxNQUFNO0FBQUEsRUFDTixZQUFZO0FBQUEsSUFDVixNQUFNLEVBQUUsTUFBTSxTQUFTLE9BQU8sRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLEdBQUcsY0FBYyxFQUFFLEdBQUcsYUFBYSxrRkFBa0Y7QUFBQSxJQUM1SyxHQUFHO0FBQUEsRUFDTDtBQUFBLEVBQ0Esc0JBQXNCO0FBQ3hCO0FBRU8sTUFBTSxxQkFBcUI7QUFBQSxFQUNoQyxNQUFNO0FBQUEsRUFDTixVQUFVLENBQUMsVUFBVSxlQUFlLGFBQWEsZUFBZSxXQUFXLFlBQVksZ0JBQWdCLGtCQUFrQixRQUFRLGNBQWMsWUFBWSxTQUFTO0FBQUEsRUFDcEssWUFBWTtBQUFBLElBQ1YsUUFBUTtBQUFBLE1BQ04sTUFBTTtBQUFBLE1BQ04sVUFBVSxDQUFDLE1BQU0sYUFBYSxjQUFjLGNBQWMsZUFBZSxTQUFTLGNBQWMsT0FBTyxhQUFhLGFBQWE7QUFBQSxNQUNqSSxZQUFZO0FBQUEsUUFDVixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsUUFDdEIsV0FBVztBQUFBLFFBQ1gsWUFBWTtBQUFBLFFBQ1osWUFBWTtBQUFBLFFBQ1osYUFBYTtBQUFBLFFBQ2IsT0FBTyxPQUFPLFFBQVE7QUFBQSxRQUN0QixZQUFZLEVBQUUsTUFBTSxVQUFVO0FBQUEsUUFDOUIsS0FBSztBQUFBLFFBQ0wsV0FBVyxPQUFPLFFBQVE7QUFBQSxRQUMxQixhQUFhLE9BQU8sVUFBVSxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQUEsTUFDbEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxhQUFhLEVBQUUsTUFBTSxTQUFTLE9BQU8sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFFBQVEsT0FBTyxHQUFHLFlBQVksRUFBRSxNQUFNLEtBQUssT0FBTyxJQUFJLEVBQUUsRUFBRTtBQUFBLElBQzVILFdBQVc7QUFBQSxNQUNULE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLE1BQU07QUFBQSxRQUNOLFVBQVUsQ0FBQyxZQUFZLFVBQVUsWUFBWSxZQUFZLFVBQVU7QUFBQSxRQUNuRSxZQUFZLEVBQUUsVUFBVSxNQUFNLFFBQVEsT0FBTyxVQUFVLEVBQUUsUUFBUSxPQUFPLENBQUMsR0FBRyxVQUFVLEtBQUssVUFBVSxPQUFPLFFBQVEsR0FBRyxVQUFVLE9BQU8sUUFBUSxFQUFFO0FBQUEsTUFDcEo7QUFBQSxJQUNGO0FBQUEsSUFDQSxhQUFhO0FBQUEsTUFDWCxNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsUUFDTCxNQUFNO0FBQUEsUUFDTixVQUFVLENBQUMsY0FBYyxjQUFjLFFBQVEsYUFBYSxXQUFXLGFBQWEsaUJBQWlCO0FBQUEsUUFDckcsWUFBWTtBQUFBLFVBQ1YsWUFBWTtBQUFBLFVBQ1osWUFBWTtBQUFBLFVBQ1osTUFBTSxPQUFPLFFBQVE7QUFBQSxVQUNyQixXQUFXO0FBQUEsVUFDWCxTQUFTLE9BQU8sVUFBVSxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQUEsVUFDNUMsV0FBVyxPQUFPLFFBQVE7QUFBQSxVQUMxQixpQkFBaUIsT0FBTyxRQUFRO0FBQUEsUUFDbEM7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1AsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLFFBQ0wsTUFBTTtBQUFBLFFBQ04sVUFBVSxDQUFDLFFBQVEsaUJBQWlCLGVBQWUsdUJBQXVCLGdCQUFnQixlQUFlO0FBQUEsUUFDekcsWUFBWTtBQUFBLFVBQ1YsTUFBTTtBQUFBLFVBQ04sZUFBZTtBQUFBLFVBQ2YsYUFBYSxPQUFPLFVBQVUsRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUFBLFVBQ2hELHFCQUFxQixPQUFPLFVBQVUsRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUFBLFVBQ3hELGNBQWMsT0FBTyxTQUFTO0FBQUEsVUFDOUIsZUFBZSxPQUFPLFFBQVE7QUFBQSxRQUNoQztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxVQUFVLEVBQUUsTUFBTSxTQUFTLE9BQU8sb0JBQW9CLGFBQWEsNEVBQTRFO0FBQUEsSUFDL0ksY0FBYyxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxhQUFhLCtHQUErRztBQUFBLElBQ3RLLGdCQUFnQjtBQUFBLElBQ2hCLE1BQU07QUFBQSxNQUNKLE1BQU07QUFBQSxNQUNOLFVBQVUsQ0FBQyxlQUFlLGtCQUFrQixhQUFhLFVBQVU7QUFBQSxNQUNuRSxZQUFZO0FBQUEsUUFDVixhQUFhO0FBQUEsVUFDWCxNQUFNO0FBQUEsVUFDTixPQUFPO0FBQUEsWUFDTCxNQUFNO0FBQUEsWUFDTixVQUFVLENBQUMsTUFBTSxRQUFRLHFCQUFxQixVQUFVLFlBQVksT0FBTztBQUFBLFlBQzNFLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxVQUFVLEdBQUcsTUFBTSxtQkFBbUIsS0FBSyxRQUFRLE9BQU8sUUFBUSxHQUFHLFVBQVUsT0FBTyxRQUFRLEdBQUcsT0FBTyxPQUFPLFFBQVEsRUFBRTtBQUFBLFVBQ3JKO0FBQUEsUUFDRjtBQUFBLFFBQ0EsZ0JBQWdCO0FBQUEsVUFDZCxNQUFNO0FBQUEsVUFDTixPQUFPO0FBQUEsWUFDTCxNQUFNO0FBQUEsWUFDTixVQUFVLENBQUMsTUFBTSxRQUFRLFdBQVcsYUFBYTtBQUFBLFlBQ2pELFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxVQUFVLEdBQUcsTUFBTSxTQUFTLE9BQU8sUUFBUSxHQUFHLGFBQWEsT0FBTyxVQUFVLEVBQUUsUUFBUSxPQUFPLENBQUMsRUFBRTtBQUFBLFVBQzVIO0FBQUEsUUFDRjtBQUFBLFFBQ0EsV0FBVyxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQzdCLFVBQVUsRUFBRSxNQUFNLFNBQVMsT0FBTyxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsUUFBUSxNQUFNLEdBQUcsWUFBWSxFQUFFLE1BQU0sS0FBSyxNQUFNLElBQUksRUFBRSxFQUFFO0FBQUEsTUFDekg7QUFBQSxJQUNGO0FBQUEsSUFDQSxZQUFZLE9BQU8sU0FBUztBQUFBLElBQzVCLFVBQVUsRUFBRSxNQUFNLFNBQVMsT0FBTyxJQUFJO0FBQUEsSUFDdEMsU0FBUztBQUFBLE1BQ1AsTUFBTTtBQUFBLE1BQ04sVUFBVSxDQUFDLFdBQVcsV0FBVztBQUFBLE1BQ2pDLFlBQVk7QUFBQSxRQUNWLFNBQVM7QUFBQSxVQUNQLE1BQU0sQ0FBQyxVQUFVLE1BQU07QUFBQSxVQUN2QixVQUFVLENBQUMsWUFBWSxhQUFhLFNBQVMsY0FBYyxZQUFZO0FBQUEsVUFDdkUsWUFBWTtBQUFBLFlBQ1YsVUFBVSxFQUFFLE1BQU0sVUFBVTtBQUFBLFlBQzVCLFdBQVc7QUFBQSxZQUNYLE9BQU8sRUFBRSxPQUFPLENBQUMsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLEtBQUssRUFBRSxHQUFHLEVBQUUsTUFBTSxTQUFTLE9BQU8sSUFBSSxDQUFDLEdBQUcsYUFBYSxpRUFBaUU7QUFBQSxZQUNsSyxZQUFZO0FBQUEsWUFDWixZQUFZLEVBQUUsTUFBTSxVQUFVLFFBQVEsWUFBWTtBQUFBLFVBQ3BEO0FBQUEsUUFDRjtBQUFBLFFBQ0EsV0FBVyxFQUFFLE1BQU0sVUFBVTtBQUFBLE1BQy9CO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUVPLE1BQU0scUJBQXFCO0FBQUEsRUFDaEMsTUFBTTtBQUFBLEVBQ04sVUFBVSxDQUFDLFlBQVksUUFBUSxRQUFRO0FBQUEsRUFDdkMsWUFBWTtBQUFBLElBQ1YsVUFBVSxFQUFFLE1BQU0sU0FBUyxPQUFPLG1CQUFtQjtBQUFBLElBQ3JELE1BQU0sRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsYUFBYSxrRUFBa0U7QUFBQSxJQUNqSCxRQUFRO0FBQUEsRUFDVjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
