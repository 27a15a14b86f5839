import { escape, formatDate } from "../html.js";
import { NO_ERRORS, formErrorsOf } from "../view-models/admin.js";
const DONE = {
  keep: (ref) => `${ref} is kept, and comes up for review again later. The decision is in the audit log.`,
  erase: (ref) => `${ref} was erased. The erasure is in the audit log, by id.`,
  anonymise: (ref) => `${ref} was anonymised: the events stay for the figures. The erasure is in the audit log, by id.`,
  period: () => "The retention period was changed."
};
function registerRetentionRoutes(app) {
  const access = "retention:review";
  async function page(req, reply, values = {}, form = NO_ERRORS, banner) {
    const due = await app.services.retention.due(req.actor);
    if (form.errors.length) reply.code(400);
    const decision = values.decision ?? "";
    return reply.render("admin-retention.njk", {
      title: "Retention review",
      banner,
      due,
      values,
      ...form,
      rows: due.records.map((r) => [
        { html: `<a class="govuk-link" href="/people/${r.personId}">${escape(r.personRef)}</a>` },
        { text: `${r.familyName}, ${r.givenNames}` },
        { text: formatDate(r.dateOfBirth) },
        r.activityWithheld ? { text: r.activityWithheld, colspan: 2 } : { text: formatDate(r.lastActivity) },
        ...r.activityWithheld ? [] : [{ text: formatDate(r.dueOn) }]
      ]),
      decisionItems: [
        { value: "keep", text: "Keep the record", hint: { text: "It comes up for review again on the date below (a year from today if none)." }, checked: decision === "keep" },
        { value: "anonymise", text: "Anonymise the record", hint: { text: "Names, identifiers, aliases, postcodes and free text go; the date of birth keeps its year; the events stay for the figures." }, checked: decision === "anonymise" },
        { value: "erase", text: "Erase the record", hint: { text: "Every row about the person is deleted. This cannot be undone." }, checked: decision === "erase" }
      ]
    });
  }
  app.get("/admin/retention", { config: { access } }, async (req, reply) => {
    const q = req.query;
    const done = q.done ? DONE[q.done] : void 0;
    return page(req, reply, {}, NO_ERRORS, done?.(q.ref ?? "The record"));
  });
  app.post("/admin/retention/decisions", { config: { access } }, async (req, reply) => {
    const b = req.body ?? {};
    const personRef = (b.personRef ?? "").trim();
    try {
      await app.services.retention.decide(req.actor, { personRef, decision: b.decision ?? "", reason: b.reason ?? "", reviewAfter: b.reviewAfter || void 0 });
    } catch (e) {
      const form = formErrorsOf(e, "personRef");
      if (!form) throw e;
      return page(req, reply, b, form);
    }
    return reply.redirect(`/admin/retention?done=${encodeURIComponent(b.decision ?? "")}&ref=${encodeURIComponent(personRef)}`, 303);
  });
  app.post("/admin/retention/period", { config: { access } }, async (req, reply) => {
    try {
      await app.services.retention.setPeriod(req.actor, { years: req.body?.years ?? "" });
    } catch (e) {
      const form = formErrorsOf(e, "years");
      if (!form) throw e;
      return page(req, reply, req.body ?? {}, form);
    }
    return reply.redirect("/admin/retention?done=period", 303);
  });
}
export {
  registerRetentionRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvcmV0ZW50aW9uLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcmV0ZW50aW9uIHJldmlldyBwYWdlIChTUEVDIDMuOCk6IHRoZSByZWNvcmRzIGR1ZSBmb3IgcmV2aWV3LCBhIGRlY2lzaW9uXG4vLyBvbiBvbmUgKGtlZXAsIGVyYXNlLCBhbm9ueW1pc2UpLCBhbmQgdGhlIHBhcnRuZXJzaGlwJ3MgcmV0ZW50aW9uIHBlcmlvZC5cbi8vIEFkbWluaXN0cmF0b3JzIG9ubHk7IGV2ZXJ5IGxpc3QgYW5kIGRlY2lzaW9uIGlzIGxvZ2dlZCBieSB0aGUgc2VydmljZS5cbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlLCBGYXN0aWZ5UmVwbHksIEZhc3RpZnlSZXF1ZXN0IH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgeyBlc2NhcGUsIGZvcm1hdERhdGUgfSBmcm9tICcuLi9odG1sLmpzJztcbmltcG9ydCB7IE5PX0VSUk9SUywgZm9ybUVycm9yc09mLCB0eXBlIEZvcm1FcnJvcnMgfSBmcm9tICcuLi92aWV3LW1vZGVscy9hZG1pbi5qcyc7XG5cbnR5cGUgQm9keSA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmNvbnN0IERPTkU6IFJlY29yZDxzdHJpbmcsIChyZWY6IHN0cmluZykgPT4gc3RyaW5nPiA9IHtcbiAga2VlcDogKHJlZikgPT4gYCR7cmVmfSBpcyBrZXB0LCBhbmQgY29tZXMgdXAgZm9yIHJldmlldyBhZ2FpbiBsYXRlci4gVGhlIGRlY2lzaW9uIGlzIGluIHRoZSBhdWRpdCBsb2cuYCxcbiAgZXJhc2U6IChyZWYpID0+IGAke3JlZn0gd2FzIGVyYXNlZC4gVGhlIGVyYXN1cmUgaXMgaW4gdGhlIGF1ZGl0IGxvZywgYnkgaWQuYCxcbiAgYW5vbnltaXNlOiAocmVmKSA9PiBgJHtyZWZ9IHdhcyBhbm9ueW1pc2VkOiB0aGUgZXZlbnRzIHN0YXkgZm9yIHRoZSBmaWd1cmVzLiBUaGUgZXJhc3VyZSBpcyBpbiB0aGUgYXVkaXQgbG9nLCBieSBpZC5gLFxuICBwZXJpb2Q6ICgpID0+ICdUaGUgcmV0ZW50aW9uIHBlcmlvZCB3YXMgY2hhbmdlZC4nLFxufTtcblxuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdGVyUmV0ZW50aW9uUm91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGNvbnN0IGFjY2VzcyA9ICdyZXRlbnRpb246cmV2aWV3JyBhcyBjb25zdDtcblxuICBhc3luYyBmdW5jdGlvbiBwYWdlKHJlcTogRmFzdGlmeVJlcXVlc3QsIHJlcGx5OiBGYXN0aWZ5UmVwbHksIHZhbHVlczogQm9keSA9IHt9LCBmb3JtOiBGb3JtRXJyb3JzID0gTk9fRVJST1JTLCBiYW5uZXI/OiBzdHJpbmcpIHtcbiAgICBjb25zdCBkdWUgPSBhd2FpdCBhcHAuc2VydmljZXMucmV0ZW50aW9uLmR1ZShyZXEuYWN0b3IhKTtcbiAgICBpZiAoZm9ybS5lcnJvcnMubGVuZ3RoKSByZXBseS5jb2RlKDQwMCk7XG4gICAgY29uc3QgZGVjaXNpb24gPSB2YWx1ZXMuZGVjaXNpb24gPz8gJyc7XG4gICAgcmV0dXJuIHJlcGx5LnJlbmRlcignYWRtaW4tcmV0ZW50aW9uLm5qaycsIHtcbiAgICAgIHRpdGxlOiAnUmV0ZW50aW9uIHJldmlldycsXG4gICAgICBiYW5uZXIsXG4gICAgICBkdWUsXG4gICAgICB2YWx1ZXMsXG4gICAgICAuLi5mb3JtLFxuICAgICAgcm93czogZHVlLnJlY29yZHMubWFwKChyKSA9PiBbXG4gICAgICAgIHsgaHRtbDogYDxhIGNsYXNzPVwiZ292dWstbGlua1wiIGhyZWY9XCIvcGVvcGxlLyR7ci5wZXJzb25JZH1cIj4ke2VzY2FwZShyLnBlcnNvblJlZil9PC9hPmAgfSxcbiAgICAgICAgeyB0ZXh0OiBgJHtyLmZhbWlseU5hbWV9LCAke3IuZ2l2ZW5OYW1lc31gIH0sXG4gICAgICAgIHsgdGV4dDogZm9ybWF0RGF0ZShyLmRhdGVPZkJpcnRoKSB9LFxuICAgICAgICByLmFjdGl2aXR5V2l0aGhlbGQgPyB7IHRleHQ6IHIuYWN0aXZpdHlXaXRoaGVsZCwgY29sc3BhbjogMiB9IDogeyB0ZXh0OiBmb3JtYXREYXRlKHIubGFzdEFjdGl2aXR5KSB9LFxuICAgICAgICAuLi4oci5hY3Rpdml0eVdpdGhoZWxkID8gW10gOiBbeyB0ZXh0OiBmb3JtYXREYXRlKHIuZHVlT24pIH1dKSxcbiAgICAgIF0pLFxuICAgICAgZGVjaXNpb25JdGVtczogW1xuICAgICAgICB7IHZhbHVlOiAna2VlcCcsIHRleHQ6ICdLZWVwIHRoZSByZWNvcmQnLCBoaW50OiB7IHRleHQ6ICdJdCBjb21lcyB1cCBmb3IgcmV2aWV3IGFnYWluIG9uIHRoZSBkYXRlIGJlbG93IChhIHllYXIgZnJvbSB0b2RheSBpZiBub25lKS4nIH0sIGNoZWNrZWQ6IGRlY2lzaW9uID09PSAna2VlcCcgfSxcbiAgICAgICAgeyB2YWx1ZTogJ2Fub255bWlzZScsIHRleHQ6ICdBbm9ueW1pc2UgdGhlIHJlY29yZCcsIGhpbnQ6IHsgdGV4dDogJ05hbWVzLCBpZGVudGlmaWVycywgYWxpYXNlcywgcG9zdGNvZGVzIGFuZCBmcmVlIHRleHQgZ287IHRoZSBkYXRlIG9mIGJpcnRoIGtlZXBzIGl0cyB5ZWFyOyB0aGUgZXZlbnRzIHN0YXkgZm9yIHRoZSBmaWd1cmVzLicgfSwgY2hlY2tlZDogZGVjaXNpb24gPT09ICdhbm9ueW1pc2UnIH0sXG4gICAgICAgIHsgdmFsdWU6ICdlcmFzZScsIHRleHQ6ICdFcmFzZSB0aGUgcmVjb3JkJywgaGludDogeyB0ZXh0OiAnRXZlcnkgcm93IGFib3V0IHRoZSBwZXJzb24gaXMgZGVsZXRlZC4gVGhpcyBjYW5ub3QgYmUgdW5kb25lLicgfSwgY2hlY2tlZDogZGVjaXNpb24gPT09ICdlcmFzZScgfSxcbiAgICAgIF0sXG4gICAgfSk7XG4gIH1cblxuICBhcHAuZ2V0KCcvYWRtaW4vcmV0ZW50aW9uJywgeyBjb25maWc6IHsgYWNjZXNzIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBxID0gcmVxLnF1ZXJ5IGFzIHsgZG9uZT86IHN0cmluZzsgcmVmPzogc3RyaW5nIH07XG4gICAgY29uc3QgZG9uZSA9IHEuZG9uZSA/IERPTkVbcS5kb25lXSA6IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gcGFnZShyZXEsIHJlcGx5LCB7fSwgTk9fRVJST1JTLCBkb25lPy4ocS5yZWYgPz8gJ1RoZSByZWNvcmQnKSk7XG4gIH0pO1xuXG4gIGFwcC5wb3N0PHsgQm9keTogQm9keSB9PignL2FkbWluL3JldGVudGlvbi9kZWNpc2lvbnMnLCB7IGNvbmZpZzogeyBhY2Nlc3MgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IGIgPSByZXEuYm9keSA/PyB7fTtcbiAgICBjb25zdCBwZXJzb25SZWYgPSAoYi5wZXJzb25SZWYgPz8gJycpLnRyaW0oKTtcbiAgICB0cnkge1xuICAgICAgYXdhaXQgYXBwLnNlcnZpY2VzLnJldGVudGlvbi5kZWNpZGUocmVxLmFjdG9yISwgeyBwZXJzb25SZWYsIGRlY2lzaW9uOiBiLmRlY2lzaW9uID8/ICcnLCByZWFzb246IGIucmVhc29uID8/ICcnLCByZXZpZXdBZnRlcjogYi5yZXZpZXdBZnRlciB8fCB1bmRlZmluZWQgfSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgY29uc3QgZm9ybSA9IGZvcm1FcnJvcnNPZihlLCAncGVyc29uUmVmJyk7XG4gICAgICBpZiAoIWZvcm0pIHRocm93IGU7XG4gICAgICByZXR1cm4gcGFnZShyZXEsIHJlcGx5LCBiLCBmb3JtKTtcbiAgICB9XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGAvYWRtaW4vcmV0ZW50aW9uP2RvbmU9JHtlbmNvZGVVUklDb21wb25lbnQoYi5kZWNpc2lvbiA/PyAnJyl9JnJlZj0ke2VuY29kZVVSSUNvbXBvbmVudChwZXJzb25SZWYpfWAsIDMwMyk7XG4gIH0pO1xuXG4gIGFwcC5wb3N0PHsgQm9keTogQm9keSB9PignL2FkbWluL3JldGVudGlvbi9wZXJpb2QnLCB7IGNvbmZpZzogeyBhY2Nlc3MgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCBhcHAuc2VydmljZXMucmV0ZW50aW9uLnNldFBlcmlvZChyZXEuYWN0b3IhLCB7IHllYXJzOiByZXEuYm9keT8ueWVhcnMgPz8gJycgfSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgY29uc3QgZm9ybSA9IGZvcm1FcnJvcnNPZihlLCAneWVhcnMnKTtcbiAgICAgIGlmICghZm9ybSkgdGhyb3cgZTtcbiAgICAgIHJldHVybiBwYWdlKHJlcSwgcmVwbHksIHJlcS5ib2R5ID8/IHt9LCBmb3JtKTtcbiAgICB9XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KCcvYWRtaW4vcmV0ZW50aW9uP2RvbmU9cGVyaW9kJywgMzAzKTtcbiAgfSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFJQSxTQUFTLFFBQVEsa0JBQWtCO0FBQ25DLFNBQVMsV0FBVyxvQkFBcUM7QUFJekQsTUFBTSxPQUFnRDtBQUFBLEVBQ3BELE1BQU0sQ0FBQyxRQUFRLEdBQUcsR0FBRztBQUFBLEVBQ3JCLE9BQU8sQ0FBQyxRQUFRLEdBQUcsR0FBRztBQUFBLEVBQ3RCLFdBQVcsQ0FBQyxRQUFRLEdBQUcsR0FBRztBQUFBLEVBQzFCLFFBQVEsTUFBTTtBQUNoQjtBQUVPLFNBQVMsd0JBQXdCLEtBQTRCO0FBQ2xFLFFBQU0sU0FBUztBQUVmLGlCQUFlLEtBQUssS0FBcUIsT0FBcUIsU0FBZSxDQUFDLEdBQUcsT0FBbUIsV0FBVyxRQUFpQjtBQUM5SCxVQUFNLE1BQU0sTUFBTSxJQUFJLFNBQVMsVUFBVSxJQUFJLElBQUksS0FBTTtBQUN2RCxRQUFJLEtBQUssT0FBTyxPQUFRLE9BQU0sS0FBSyxHQUFHO0FBQ3RDLFVBQU0sV0FBVyxPQUFPLFlBQVk7QUFDcEMsV0FBTyxNQUFNLE9BQU8sdUJBQXVCO0FBQUEsTUFDekMsT0FBTztBQUFBLE1BQ1A7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0EsR0FBRztBQUFBLE1BQ0gsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLE1BQU07QUFBQSxRQUMzQixFQUFFLE1BQU0sdUNBQXVDLEVBQUUsUUFBUSxLQUFLLE9BQU8sRUFBRSxTQUFTLENBQUMsT0FBTztBQUFBLFFBQ3hGLEVBQUUsTUFBTSxHQUFHLEVBQUUsVUFBVSxLQUFLLEVBQUUsVUFBVSxHQUFHO0FBQUEsUUFDM0MsRUFBRSxNQUFNLFdBQVcsRUFBRSxXQUFXLEVBQUU7QUFBQSxRQUNsQyxFQUFFLG1CQUFtQixFQUFFLE1BQU0sRUFBRSxrQkFBa0IsU0FBUyxFQUFFLElBQUksRUFBRSxNQUFNLFdBQVcsRUFBRSxZQUFZLEVBQUU7QUFBQSxRQUNuRyxHQUFJLEVBQUUsbUJBQW1CLENBQUMsSUFBSSxDQUFDLEVBQUUsTUFBTSxXQUFXLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFBQSxNQUM5RCxDQUFDO0FBQUEsTUFDRCxlQUFlO0FBQUEsUUFDYixFQUFFLE9BQU8sUUFBUSxNQUFNLG1CQUFtQixNQUFNLEVBQUUsTUFBTSw4RUFBOEUsR0FBRyxTQUFTLGFBQWEsT0FBTztBQUFBLFFBQ3RLLEVBQUUsT0FBTyxhQUFhLE1BQU0sd0JBQXdCLE1BQU0sRUFBRSxNQUFNLDhIQUE4SCxHQUFHLFNBQVMsYUFBYSxZQUFZO0FBQUEsUUFDck8sRUFBRSxPQUFPLFNBQVMsTUFBTSxvQkFBb0IsTUFBTSxFQUFFLE1BQU0sZ0VBQWdFLEdBQUcsU0FBUyxhQUFhLFFBQVE7QUFBQSxNQUM3SjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFFQSxNQUFJLElBQUksb0JBQW9CLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3hFLFVBQU0sSUFBSSxJQUFJO0FBQ2QsVUFBTSxPQUFPLEVBQUUsT0FBTyxLQUFLLEVBQUUsSUFBSSxJQUFJO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLE9BQU8sQ0FBQyxHQUFHLFdBQVcsT0FBTyxFQUFFLE9BQU8sWUFBWSxDQUFDO0FBQUEsRUFDdEUsQ0FBQztBQUVELE1BQUksS0FBcUIsOEJBQThCLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ25HLFVBQU0sSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUN2QixVQUFNLGFBQWEsRUFBRSxhQUFhLElBQUksS0FBSztBQUMzQyxRQUFJO0FBQ0YsWUFBTSxJQUFJLFNBQVMsVUFBVSxPQUFPLElBQUksT0FBUSxFQUFFLFdBQVcsVUFBVSxFQUFFLFlBQVksSUFBSSxRQUFRLEVBQUUsVUFBVSxJQUFJLGFBQWEsRUFBRSxlQUFlLE9BQVUsQ0FBQztBQUFBLElBQzVKLFNBQVMsR0FBRztBQUNWLFlBQU0sT0FBTyxhQUFhLEdBQUcsV0FBVztBQUN4QyxVQUFJLENBQUMsS0FBTSxPQUFNO0FBQ2pCLGFBQU8sS0FBSyxLQUFLLE9BQU8sR0FBRyxJQUFJO0FBQUEsSUFDakM7QUFDQSxXQUFPLE1BQU0sU0FBUyx5QkFBeUIsbUJBQW1CLEVBQUUsWUFBWSxFQUFFLENBQUMsUUFBUSxtQkFBbUIsU0FBUyxDQUFDLElBQUksR0FBRztBQUFBLEVBQ2pJLENBQUM7QUFFRCxNQUFJLEtBQXFCLDJCQUEyQixFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUNoRyxRQUFJO0FBQ0YsWUFBTSxJQUFJLFNBQVMsVUFBVSxVQUFVLElBQUksT0FBUSxFQUFFLE9BQU8sSUFBSSxNQUFNLFNBQVMsR0FBRyxDQUFDO0FBQUEsSUFDckYsU0FBUyxHQUFHO0FBQ1YsWUFBTSxPQUFPLGFBQWEsR0FBRyxPQUFPO0FBQ3BDLFVBQUksQ0FBQyxLQUFNLE9BQU07QUFDakIsYUFBTyxLQUFLLEtBQUssT0FBTyxJQUFJLFFBQVEsQ0FBQyxHQUFHLElBQUk7QUFBQSxJQUM5QztBQUNBLFdBQU8sTUFBTSxTQUFTLGdDQUFnQyxHQUFHO0FBQUEsRUFDM0QsQ0FBQztBQUNIOyIsCiAgIm5hbWVzIjogW10KfQo=
