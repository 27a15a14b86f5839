import { problems } from "../api-schemas.js";
import { arrayOf, dateTimeN, int, intN, obj, str, strN } from "../api-documents.js";
import { expectedVersion, sendEtag } from "../etag.js";
const codeParams = { type: "object", required: ["code"], properties: { code: { type: "string", minLength: 1, maxLength: 20 } } };
const matrixConfig = {
  type: "object",
  additionalProperties: true,
  description: "The matrix settings, as `waymark matrix show` prints them (frequency windows, recency, gravity, drugs, OGRS3, release, supervision, neighbourhood crime...). On a PUT, settings left out keep their default."
};
const versionHead = obj({ version: int, note: strN, createdBy: strN, createdAt: dateTimeN });
const matrixDocument = obj({
  schemeCode: str,
  version: { type: "integer", description: "0 for the built-in default, when no version has been saved." },
  note: strN,
  createdBy: strN,
  createdAt: dateTimeN,
  config: matrixConfig,
  versions: arrayOf(versionHead)
});
const structure = obj({
  code: str,
  name: str,
  capacity: intN,
  tiers: arrayOf(obj({ code: str, name: str, rank: int })),
  strands: arrayOf(obj({ code: str, name: str }))
});
const MATRIX_ETAG = "matrix";
const matrixEtagId = (m) => m.id ?? 0;
function registerSchemeEditApiRoutes(app) {
  const selection = () => app.services.selection;
  const schemes = () => app.services.schemes;
  app.get(
    "/api/v1/schemes/:code/matrix",
    {
      config: { access: "selection:run" },
      schema: {
        summary: "A scheme's selection matrix: the latest version (or the one named) with its settings, and the list of its versions. The ETag names the version, for If-Match on a PUT.",
        tags: ["selection"],
        params: codeParams,
        querystring: { type: "object", properties: { version: { type: "integer", minimum: 0, description: "A version to read (default: the latest)." } } },
        response: { 200: matrixDocument, ...problems }
      }
    },
    async (req, reply) => {
      const [m, versions] = await Promise.all([
        selection().getMatrix(req.actor, { schemeCode: req.params.code, version: req.query.version }),
        selection().listMatrixVersions(req.actor, { schemeCode: req.params.code })
      ]);
      if (req.query.version === void 0) sendEtag(reply, MATRIX_ETAG, matrixEtagId(m), m.version);
      return { ...m, versions: versions.map((v) => ({ version: v.version, note: v.note, createdBy: v.createdBy, createdAt: v.createdAt })) };
    }
  );
  app.put(
    "/api/v1/schemes/:code/matrix",
    {
      config: { access: "scheme:manage" },
      schema: {
        summary: "Saves a new version of a scheme's selection matrix (earlier versions are kept: runs name the version they used). Every problem is named by its setting's path. If-Match with the ETag of the version the edit was drawn from is optional; stale, it is refused with 412.",
        tags: ["selection"],
        params: codeParams,
        body: { type: "object", required: ["config"], additionalProperties: false, properties: { config: matrixConfig, note: { type: ["string", "null"], maxLength: 500 } } },
        response: { 201: matrixDocument, ...problems }
      }
    },
    async (req, reply) => {
      const actor = req.actor;
      const current = await selection().getMatrix(actor, { schemeCode: req.params.code });
      const expected = expectedVersion(req, MATRIX_ETAG, matrixEtagId(current));
      const saved = await selection().createMatrixVersion(actor, { schemeCode: req.params.code, config: req.body.config, note: req.body.note?.trim() || null, expectedVersion: expected });
      const versions = await selection().listMatrixVersions(actor, { schemeCode: req.params.code });
      sendEtag(reply, MATRIX_ETAG, matrixEtagId(saved), saved.version);
      reply.code(201).header("location", `/api/v1/schemes/${encodeURIComponent(saved.schemeCode)}/matrix?version=${saved.version}`);
      return { ...saved, versions: versions.map((v) => ({ version: v.version, note: v.note, createdBy: v.createdBy, createdAt: v.createdAt })) };
    }
  );
  app.patch(
    "/api/v1/schemes/:code",
    {
      config: { access: "scheme:manage" },
      schema: {
        summary: "Changes a scheme's capacity (null: no capacity). Answers the scheme's structure.",
        tags: ["schemes"],
        params: codeParams,
        body: { type: "object", required: ["capacity"], additionalProperties: false, properties: { capacity: { type: ["integer", "null"] } } },
        response: { 200: structure, ...problems }
      }
    },
    async (req) => {
      await schemes().setCapacity(req.actor, { schemeCode: req.params.code, capacity: req.body.capacity });
      return schemes().structure(req.actor, req.params.code);
    }
  );
  app.post(
    "/api/v1/schemes/:code/tiers",
    {
      config: { access: "scheme:manage" },
      schema: {
        summary: "Adds a tier to a scheme: rank 1 is the most intensive. Answers the scheme's structure.",
        tags: ["schemes"],
        params: codeParams,
        body: { type: "object", required: ["code", "name", "rank"], additionalProperties: false, properties: { code: str, name: str, rank: int } },
        response: { 201: structure, ...problems }
      }
    },
    async (req, reply) => {
      await schemes().addTier(req.actor, { schemeCode: req.params.code, code: req.body.code, name: req.body.name, rank: req.body.rank });
      reply.code(201);
      return schemes().structure(req.actor, req.params.code);
    }
  );
  app.post(
    "/api/v1/schemes/:code/strands",
    {
      config: { access: "scheme:manage" },
      schema: {
        summary: "Adds a strand (a strand of work within the scheme, such as 'Catch and convict'). Answers the scheme's structure.",
        tags: ["schemes"],
        params: codeParams,
        body: { type: "object", required: ["code", "name"], additionalProperties: false, properties: { code: str, name: str } },
        response: { 201: structure, ...problems }
      }
    },
    async (req, reply) => {
      await schemes().addStrand(req.actor, { schemeCode: req.params.code, code: req.body.code, name: req.body.name });
      reply.code(201);
      return schemes().structure(req.actor, req.params.code);
    }
  );
}
export {
  registerSchemeEditApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLXNjaGVtZXMtZWRpdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gRWRpdGluZyBzY2hlbWVzIHRocm91Z2ggdGhlIEpTT04gQVBJIChTUEVDIDMuMiwgMy4zOyBpc3N1ZSAxNyk6IHRoZVxuLy8gc2VsZWN0aW9uIG1hdHJpeCdzIHZlcnNpb25zIChhcyBgd2F5bWFyayBtYXRyaXggc2hvd3xzZXRgIGFuZCB0aGUgbWF0cml4XG4vLyBwYWdlKSBhbmQgdGhlIHN0cnVjdHVyZSB0aGUgc2NoZW1lIHBhZ2UgZWRpdHM6IGNhcGFjaXR5LCB0aWVycyBhbmQgc3RyYW5kcy5cbi8vIFRoZSBzYW1lIHNlcnZpY2UgZnVuY3Rpb25zIGFzIHRoZSBwYWdlcyBhbmQgdGhlIENMSSwgd2l0aCB0aGUgc2FtZVxuLy8gcGVybWlzc2lvbnM6IHJlYWRpbmcgdGhlIG1hdHJpeCBpcyBmb3IgdGhvc2Ugd2hvIHJ1biBzZWxlY3Rpb25zLCBzYXZpbmcgYVxuLy8gdmVyc2lvbiBhbmQgY2hhbmdpbmcgdGhlIHN0cnVjdHVyZSBmb3Igc2NoZW1lIG1hbmFnZXJzIGFuZCBhZG1pbmlzdHJhdG9ycy5cbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlIH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgdHlwZSB7IE1hdHJpeFZlcnNpb24gfSBmcm9tICcuLi8uLi9zZWxlY3Rpb24vc2VydmljZS5qcyc7XG5pbXBvcnQgeyBwcm9ibGVtcyB9IGZyb20gJy4uL2FwaS1zY2hlbWFzLmpzJztcbmltcG9ydCB7IGFycmF5T2YsIGRhdGVUaW1lTiwgaW50LCBpbnROLCBvYmosIHN0ciwgc3RyTiB9IGZyb20gJy4uL2FwaS1kb2N1bWVudHMuanMnO1xuaW1wb3J0IHsgZXhwZWN0ZWRWZXJzaW9uLCBzZW5kRXRhZyB9IGZyb20gJy4uL2V0YWcuanMnO1xuXG5jb25zdCBjb2RlUGFyYW1zID0geyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnY29kZSddLCBwcm9wZXJ0aWVzOiB7IGNvZGU6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSwgbWF4TGVuZ3RoOiAyMCB9IH0gfSBhcyBjb25zdDtcblxuY29uc3QgbWF0cml4Q29uZmlnID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgYWRkaXRpb25hbFByb3BlcnRpZXM6IHRydWUsXG4gIGRlc2NyaXB0aW9uOiAnVGhlIG1hdHJpeCBzZXR0aW5ncywgYXMgYHdheW1hcmsgbWF0cml4IHNob3dgIHByaW50cyB0aGVtIChmcmVxdWVuY3kgd2luZG93cywgcmVjZW5jeSwgZ3Jhdml0eSwgZHJ1Z3MsIE9HUlMzLCByZWxlYXNlLCBzdXBlcnZpc2lvbiwgbmVpZ2hib3VyaG9vZCBjcmltZS4uLikuIE9uIGEgUFVULCBzZXR0aW5ncyBsZWZ0IG91dCBrZWVwIHRoZWlyIGRlZmF1bHQuJyxcbn0gYXMgY29uc3Q7XG5jb25zdCB2ZXJzaW9uSGVhZCA9IG9iaih7IHZlcnNpb246IGludCwgbm90ZTogc3RyTiwgY3JlYXRlZEJ5OiBzdHJOLCBjcmVhdGVkQXQ6IGRhdGVUaW1lTiB9KTtcbmNvbnN0IG1hdHJpeERvY3VtZW50ID0gb2JqKHtcbiAgc2NoZW1lQ29kZTogc3RyLFxuICB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJywgZGVzY3JpcHRpb246ICcwIGZvciB0aGUgYnVpbHQtaW4gZGVmYXVsdCwgd2hlbiBubyB2ZXJzaW9uIGhhcyBiZWVuIHNhdmVkLicgfSxcbiAgbm90ZTogc3RyTixcbiAgY3JlYXRlZEJ5OiBzdHJOLFxuICBjcmVhdGVkQXQ6IGRhdGVUaW1lTixcbiAgY29uZmlnOiBtYXRyaXhDb25maWcsXG4gIHZlcnNpb25zOiBhcnJheU9mKHZlcnNpb25IZWFkKSxcbn0pO1xuY29uc3Qgc3RydWN0dXJlID0gb2JqKHtcbiAgY29kZTogc3RyLFxuICBuYW1lOiBzdHIsXG4gIGNhcGFjaXR5OiBpbnROLFxuICB0aWVyczogYXJyYXlPZihvYmooeyBjb2RlOiBzdHIsIG5hbWU6IHN0ciwgcmFuazogaW50IH0pKSxcbiAgc3RyYW5kczogYXJyYXlPZihvYmooeyBjb2RlOiBzdHIsIG5hbWU6IHN0ciB9KSksXG59KTtcblxuLyoqIFRoZSBFVGFnIG9mIGEgbWF0cml4IHZlcnNpb246IGl0cyBzdG9yZWQgcm93IGFuZCB2ZXJzaW9uIG51bWJlciAodGhlIGRlZmF1bHQsIG5ldmVyIHNhdmVkLCBpcyByb3cgMCkuICovXG5jb25zdCBNQVRSSVhfRVRBRyA9ICdtYXRyaXgnO1xuY29uc3QgbWF0cml4RXRhZ0lkID0gKG06IFBpY2s8TWF0cml4VmVyc2lvbiwgJ2lkJz4pID0+IG0uaWQgPz8gMDtcblxuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdGVyU2NoZW1lRWRpdEFwaVJvdXRlcyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICBjb25zdCBzZWxlY3Rpb24gPSAoKSA9PiBhcHAuc2VydmljZXMuc2VsZWN0aW9uO1xuICBjb25zdCBzY2hlbWVzID0gKCkgPT4gYXBwLnNlcnZpY2VzLnNjaGVtZXM7XG5cbiAgYXBwLmdldDx7IFBhcmFtczogeyBjb2RlOiBzdHJpbmcgfTsgUXVlcnlzdHJpbmc6IHsgdmVyc2lvbj86IG51bWJlciB9IH0+KFxuICAgICcvYXBpL3YxL3NjaGVtZXMvOmNvZGUvbWF0cml4JyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnc2VsZWN0aW9uOnJ1bicgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkEgc2NoZW1lJ3Mgc2VsZWN0aW9uIG1hdHJpeDogdGhlIGxhdGVzdCB2ZXJzaW9uIChvciB0aGUgb25lIG5hbWVkKSB3aXRoIGl0cyBzZXR0aW5ncywgYW5kIHRoZSBsaXN0IG9mIGl0cyB2ZXJzaW9ucy4gVGhlIEVUYWcgbmFtZXMgdGhlIHZlcnNpb24sIGZvciBJZi1NYXRjaCBvbiBhIFBVVC5cIixcbiAgICAgICAgdGFnczogWydzZWxlY3Rpb24nXSxcbiAgICAgICAgcGFyYW1zOiBjb2RlUGFyYW1zLFxuICAgICAgICBxdWVyeXN0cmluZzogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJywgbWluaW11bTogMCwgZGVzY3JpcHRpb246ICdBIHZlcnNpb24gdG8gcmVhZCAoZGVmYXVsdDogdGhlIGxhdGVzdCkuJyB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBtYXRyaXhEb2N1bWVudCwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgW20sIHZlcnNpb25zXSA9IGF3YWl0IFByb21pc2UuYWxsKFtcbiAgICAgICAgc2VsZWN0aW9uKCkuZ2V0TWF0cml4KHJlcS5hY3RvciEsIHsgc2NoZW1lQ29kZTogcmVxLnBhcmFtcy5jb2RlLCB2ZXJzaW9uOiByZXEucXVlcnkudmVyc2lvbiB9KSxcbiAgICAgICAgc2VsZWN0aW9uKCkubGlzdE1hdHJpeFZlcnNpb25zKHJlcS5hY3RvciEsIHsgc2NoZW1lQ29kZTogcmVxLnBhcmFtcy5jb2RlIH0pLFxuICAgICAgXSk7XG4gICAgICBpZiAocmVxLnF1ZXJ5LnZlcnNpb24gPT09IHVuZGVmaW5lZCkgc2VuZEV0YWcocmVwbHksIE1BVFJJWF9FVEFHLCBtYXRyaXhFdGFnSWQobSksIG0udmVyc2lvbik7XG4gICAgICByZXR1cm4geyAuLi5tLCB2ZXJzaW9uczogdmVyc2lvbnMubWFwKCh2KSA9PiAoeyB2ZXJzaW9uOiB2LnZlcnNpb24sIG5vdGU6IHYubm90ZSwgY3JlYXRlZEJ5OiB2LmNyZWF0ZWRCeSwgY3JlYXRlZEF0OiB2LmNyZWF0ZWRBdCB9KSkgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wdXQ8eyBQYXJhbXM6IHsgY29kZTogc3RyaW5nIH07IEJvZHk6IHsgY29uZmlnOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjsgbm90ZT86IHN0cmluZyB8IG51bGwgfSB9PihcbiAgICAnL2FwaS92MS9zY2hlbWVzLzpjb2RlL21hdHJpeCcsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ3NjaGVtZTptYW5hZ2UnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJTYXZlcyBhIG5ldyB2ZXJzaW9uIG9mIGEgc2NoZW1lJ3Mgc2VsZWN0aW9uIG1hdHJpeCAoZWFybGllciB2ZXJzaW9ucyBhcmUga2VwdDogcnVucyBuYW1lIHRoZSB2ZXJzaW9uIHRoZXkgdXNlZCkuIEV2ZXJ5IHByb2JsZW0gaXMgbmFtZWQgYnkgaXRzIHNldHRpbmcncyBwYXRoLiBJZi1NYXRjaCB3aXRoIHRoZSBFVGFnIG9mIHRoZSB2ZXJzaW9uIHRoZSBlZGl0IHdhcyBkcmF3biBmcm9tIGlzIG9wdGlvbmFsOyBzdGFsZSwgaXQgaXMgcmVmdXNlZCB3aXRoIDQxMi5cIixcbiAgICAgICAgdGFnczogWydzZWxlY3Rpb24nXSxcbiAgICAgICAgcGFyYW1zOiBjb2RlUGFyYW1zLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydjb25maWcnXSwgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCBwcm9wZXJ0aWVzOiB7IGNvbmZpZzogbWF0cml4Q29uZmlnLCBub3RlOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgbWF4TGVuZ3RoOiA1MDAgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogbWF0cml4RG9jdW1lbnQsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGFjdG9yID0gcmVxLmFjdG9yITtcbiAgICAgIGNvbnN0IGN1cnJlbnQgPSBhd2FpdCBzZWxlY3Rpb24oKS5nZXRNYXRyaXgoYWN0b3IsIHsgc2NoZW1lQ29kZTogcmVxLnBhcmFtcy5jb2RlIH0pO1xuICAgICAgY29uc3QgZXhwZWN0ZWQgPSBleHBlY3RlZFZlcnNpb24ocmVxLCBNQVRSSVhfRVRBRywgbWF0cml4RXRhZ0lkKGN1cnJlbnQpKTtcbiAgICAgIGNvbnN0IHNhdmVkID0gYXdhaXQgc2VsZWN0aW9uKCkuY3JlYXRlTWF0cml4VmVyc2lvbihhY3RvciwgeyBzY2hlbWVDb2RlOiByZXEucGFyYW1zLmNvZGUsIGNvbmZpZzogcmVxLmJvZHkuY29uZmlnLCBub3RlOiByZXEuYm9keS5ub3RlPy50cmltKCkgfHwgbnVsbCwgZXhwZWN0ZWRWZXJzaW9uOiBleHBlY3RlZCB9KTtcbiAgICAgIGNvbnN0IHZlcnNpb25zID0gYXdhaXQgc2VsZWN0aW9uKCkubGlzdE1hdHJpeFZlcnNpb25zKGFjdG9yLCB7IHNjaGVtZUNvZGU6IHJlcS5wYXJhbXMuY29kZSB9KTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCBNQVRSSVhfRVRBRywgbWF0cml4RXRhZ0lkKHNhdmVkKSwgc2F2ZWQudmVyc2lvbik7XG4gICAgICByZXBseS5jb2RlKDIwMSkuaGVhZGVyKCdsb2NhdGlvbicsIGAvYXBpL3YxL3NjaGVtZXMvJHtlbmNvZGVVUklDb21wb25lbnQoc2F2ZWQuc2NoZW1lQ29kZSl9L21hdHJpeD92ZXJzaW9uPSR7c2F2ZWQudmVyc2lvbn1gKTtcbiAgICAgIHJldHVybiB7IC4uLnNhdmVkLCB2ZXJzaW9uczogdmVyc2lvbnMubWFwKCh2KSA9PiAoeyB2ZXJzaW9uOiB2LnZlcnNpb24sIG5vdGU6IHYubm90ZSwgY3JlYXRlZEJ5OiB2LmNyZWF0ZWRCeSwgY3JlYXRlZEF0OiB2LmNyZWF0ZWRBdCB9KSkgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wYXRjaDx7IFBhcmFtczogeyBjb2RlOiBzdHJpbmcgfTsgQm9keTogeyBjYXBhY2l0eTogbnVtYmVyIHwgbnVsbCB9IH0+KFxuICAgICcvYXBpL3YxL3NjaGVtZXMvOmNvZGUnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdzY2hlbWU6bWFuYWdlJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiQ2hhbmdlcyBhIHNjaGVtZSdzIGNhcGFjaXR5IChudWxsOiBubyBjYXBhY2l0eSkuIEFuc3dlcnMgdGhlIHNjaGVtZSdzIHN0cnVjdHVyZS5cIixcbiAgICAgICAgdGFnczogWydzY2hlbWVzJ10sXG4gICAgICAgIHBhcmFtczogY29kZVBhcmFtcyxcbiAgICAgICAgYm9keTogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnY2FwYWNpdHknXSwgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCBwcm9wZXJ0aWVzOiB7IGNhcGFjaXR5OiB7IHR5cGU6IFsnaW50ZWdlcicsICdudWxsJ10gfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogc3RydWN0dXJlLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IHtcbiAgICAgIGF3YWl0IHNjaGVtZXMoKS5zZXRDYXBhY2l0eShyZXEuYWN0b3IhLCB7IHNjaGVtZUNvZGU6IHJlcS5wYXJhbXMuY29kZSwgY2FwYWNpdHk6IHJlcS5ib2R5LmNhcGFjaXR5IH0pO1xuICAgICAgcmV0dXJuIHNjaGVtZXMoKS5zdHJ1Y3R1cmUocmVxLmFjdG9yISwgcmVxLnBhcmFtcy5jb2RlKTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGNvZGU6IHN0cmluZyB9OyBCb2R5OiB7IGNvZGU6IHN0cmluZzsgbmFtZTogc3RyaW5nOyByYW5rOiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS9zY2hlbWVzLzpjb2RlL3RpZXJzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnc2NoZW1lOm1hbmFnZScgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnQWRkcyBhIHRpZXIgdG8gYSBzY2hlbWU6IHJhbmsgMSBpcyB0aGUgbW9zdCBpbnRlbnNpdmUuIEFuc3dlcnMgdGhlIHNjaGVtZVxcJ3Mgc3RydWN0dXJlLicsXG4gICAgICAgIHRhZ3M6IFsnc2NoZW1lcyddLFxuICAgICAgICBwYXJhbXM6IGNvZGVQYXJhbXMsXG4gICAgICAgIGJvZHk6IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ2NvZGUnLCAnbmFtZScsICdyYW5rJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBjb2RlOiBzdHIsIG5hbWU6IHN0ciwgcmFuazogaW50IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAxOiBzdHJ1Y3R1cmUsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGF3YWl0IHNjaGVtZXMoKS5hZGRUaWVyKHJlcS5hY3RvciEsIHsgc2NoZW1lQ29kZTogcmVxLnBhcmFtcy5jb2RlLCBjb2RlOiByZXEuYm9keS5jb2RlLCBuYW1lOiByZXEuYm9keS5uYW1lLCByYW5rOiByZXEuYm9keS5yYW5rIH0pO1xuICAgICAgcmVwbHkuY29kZSgyMDEpO1xuICAgICAgcmV0dXJuIHNjaGVtZXMoKS5zdHJ1Y3R1cmUocmVxLmFjdG9yISwgcmVxLnBhcmFtcy5jb2RlKTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGNvZGU6IHN0cmluZyB9OyBCb2R5OiB7IGNvZGU6IHN0cmluZzsgbmFtZTogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvc2NoZW1lcy86Y29kZS9zdHJhbmRzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnc2NoZW1lOm1hbmFnZScgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkFkZHMgYSBzdHJhbmQgKGEgc3RyYW5kIG9mIHdvcmsgd2l0aGluIHRoZSBzY2hlbWUsIHN1Y2ggYXMgJ0NhdGNoIGFuZCBjb252aWN0JykuIEFuc3dlcnMgdGhlIHNjaGVtZSdzIHN0cnVjdHVyZS5cIixcbiAgICAgICAgdGFnczogWydzY2hlbWVzJ10sXG4gICAgICAgIHBhcmFtczogY29kZVBhcmFtcyxcbiAgICAgICAgYm9keTogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnY29kZScsICduYW1lJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBjb2RlOiBzdHIsIG5hbWU6IHN0ciB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogc3RydWN0dXJlLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBhd2FpdCBzY2hlbWVzKCkuYWRkU3RyYW5kKHJlcS5hY3RvciEsIHsgc2NoZW1lQ29kZTogcmVxLnBhcmFtcy5jb2RlLCBjb2RlOiByZXEuYm9keS5jb2RlLCBuYW1lOiByZXEuYm9keS5uYW1lIH0pO1xuICAgICAgcmVwbHkuY29kZSgyMDEpO1xuICAgICAgcmV0dXJuIHNjaGVtZXMoKS5zdHJ1Y3R1cmUocmVxLmFjdG9yISwgcmVxLnBhcmFtcy5jb2RlKTtcbiAgICB9LFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBUUEsU0FBUyxnQkFBZ0I7QUFDekIsU0FBUyxTQUFTLFdBQVcsS0FBSyxNQUFNLEtBQUssS0FBSyxZQUFZO0FBQzlELFNBQVMsaUJBQWlCLGdCQUFnQjtBQUUxQyxNQUFNLGFBQWEsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLE1BQU0sR0FBRyxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sVUFBVSxXQUFXLEdBQUcsV0FBVyxHQUFHLEVBQUUsRUFBRTtBQUUvSCxNQUFNLGVBQWU7QUFBQSxFQUNuQixNQUFNO0FBQUEsRUFDTixzQkFBc0I7QUFBQSxFQUN0QixhQUFhO0FBQ2Y7QUFDQSxNQUFNLGNBQWMsSUFBSSxFQUFFLFNBQVMsS0FBSyxNQUFNLE1BQU0sV0FBVyxNQUFNLFdBQVcsVUFBVSxDQUFDO0FBQzNGLE1BQU0saUJBQWlCLElBQUk7QUFBQSxFQUN6QixZQUFZO0FBQUEsRUFDWixTQUFTLEVBQUUsTUFBTSxXQUFXLGFBQWEsOERBQThEO0FBQUEsRUFDdkcsTUFBTTtBQUFBLEVBQ04sV0FBVztBQUFBLEVBQ1gsV0FBVztBQUFBLEVBQ1gsUUFBUTtBQUFBLEVBQ1IsVUFBVSxRQUFRLFdBQVc7QUFDL0IsQ0FBQztBQUNELE1BQU0sWUFBWSxJQUFJO0FBQUEsRUFDcEIsTUFBTTtBQUFBLEVBQ04sTUFBTTtBQUFBLEVBQ04sVUFBVTtBQUFBLEVBQ1YsT0FBTyxRQUFRLElBQUksRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFBQSxFQUN2RCxTQUFTLFFBQVEsSUFBSSxFQUFFLE1BQU0sS0FBSyxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ2hELENBQUM7QUFHRCxNQUFNLGNBQWM7QUFDcEIsTUFBTSxlQUFlLENBQUMsTUFBaUMsRUFBRSxNQUFNO0FBRXhELFNBQVMsNEJBQTRCLEtBQTRCO0FBQ3RFLFFBQU0sWUFBWSxNQUFNLElBQUksU0FBUztBQUNyQyxRQUFNLFVBQVUsTUFBTSxJQUFJLFNBQVM7QUFFbkMsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxnQkFBZ0I7QUFBQSxNQUNsQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsV0FBVztBQUFBLFFBQ2xCLFFBQVE7QUFBQSxRQUNSLGFBQWEsRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLFNBQVMsRUFBRSxNQUFNLFdBQVcsU0FBUyxHQUFHLGFBQWEsMkNBQTJDLEVBQUUsRUFBRTtBQUFBLFFBQ2pKLFVBQVUsRUFBRSxLQUFLLGdCQUFnQixHQUFHLFNBQVM7QUFBQSxNQUMvQztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sQ0FBQyxHQUFHLFFBQVEsSUFBSSxNQUFNLFFBQVEsSUFBSTtBQUFBLFFBQ3RDLFVBQVUsRUFBRSxVQUFVLElBQUksT0FBUSxFQUFFLFlBQVksSUFBSSxPQUFPLE1BQU0sU0FBUyxJQUFJLE1BQU0sUUFBUSxDQUFDO0FBQUEsUUFDN0YsVUFBVSxFQUFFLG1CQUFtQixJQUFJLE9BQVEsRUFBRSxZQUFZLElBQUksT0FBTyxLQUFLLENBQUM7QUFBQSxNQUM1RSxDQUFDO0FBQ0QsVUFBSSxJQUFJLE1BQU0sWUFBWSxPQUFXLFVBQVMsT0FBTyxhQUFhLGFBQWEsQ0FBQyxHQUFHLEVBQUUsT0FBTztBQUM1RixhQUFPLEVBQUUsR0FBRyxHQUFHLFVBQVUsU0FBUyxJQUFJLENBQUMsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLE1BQU0sRUFBRSxNQUFNLFdBQVcsRUFBRSxXQUFXLFdBQVcsRUFBRSxVQUFVLEVBQUUsRUFBRTtBQUFBLElBQ3ZJO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCO0FBQUEsTUFDbEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFdBQVc7QUFBQSxRQUNsQixRQUFRO0FBQUEsUUFDUixNQUFNLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxRQUFRLEdBQUcsc0JBQXNCLE9BQU8sWUFBWSxFQUFFLFFBQVEsY0FBYyxNQUFNLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxHQUFHLFdBQVcsSUFBSSxFQUFFLEVBQUU7QUFBQSxRQUNwSyxVQUFVLEVBQUUsS0FBSyxnQkFBZ0IsR0FBRyxTQUFTO0FBQUEsTUFDL0M7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLFFBQVEsSUFBSTtBQUNsQixZQUFNLFVBQVUsTUFBTSxVQUFVLEVBQUUsVUFBVSxPQUFPLEVBQUUsWUFBWSxJQUFJLE9BQU8sS0FBSyxDQUFDO0FBQ2xGLFlBQU0sV0FBVyxnQkFBZ0IsS0FBSyxhQUFhLGFBQWEsT0FBTyxDQUFDO0FBQ3hFLFlBQU0sUUFBUSxNQUFNLFVBQVUsRUFBRSxvQkFBb0IsT0FBTyxFQUFFLFlBQVksSUFBSSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssUUFBUSxNQUFNLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxNQUFNLGlCQUFpQixTQUFTLENBQUM7QUFDbkwsWUFBTSxXQUFXLE1BQU0sVUFBVSxFQUFFLG1CQUFtQixPQUFPLEVBQUUsWUFBWSxJQUFJLE9BQU8sS0FBSyxDQUFDO0FBQzVGLGVBQVMsT0FBTyxhQUFhLGFBQWEsS0FBSyxHQUFHLE1BQU0sT0FBTztBQUMvRCxZQUFNLEtBQUssR0FBRyxFQUFFLE9BQU8sWUFBWSxtQkFBbUIsbUJBQW1CLE1BQU0sVUFBVSxDQUFDLG1CQUFtQixNQUFNLE9BQU8sRUFBRTtBQUM1SCxhQUFPLEVBQUUsR0FBRyxPQUFPLFVBQVUsU0FBUyxJQUFJLENBQUMsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLE1BQU0sRUFBRSxNQUFNLFdBQVcsRUFBRSxXQUFXLFdBQVcsRUFBRSxVQUFVLEVBQUUsRUFBRTtBQUFBLElBQzNJO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCO0FBQUEsTUFDbEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFNBQVM7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixNQUFNLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxVQUFVLEdBQUcsc0JBQXNCLE9BQU8sWUFBWSxFQUFFLFVBQVUsRUFBRSxNQUFNLENBQUMsV0FBVyxNQUFNLEVBQUUsRUFBRSxFQUFFO0FBQUEsUUFDckksVUFBVSxFQUFFLEtBQUssV0FBVyxHQUFHLFNBQVM7QUFBQSxNQUMxQztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sUUFBUSxFQUFFLFlBQVksSUFBSSxPQUFRLEVBQUUsWUFBWSxJQUFJLE9BQU8sTUFBTSxVQUFVLElBQUksS0FBSyxTQUFTLENBQUM7QUFDcEcsYUFBTyxRQUFRLEVBQUUsVUFBVSxJQUFJLE9BQVEsSUFBSSxPQUFPLElBQUk7QUFBQSxJQUN4RDtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGdCQUFnQjtBQUFBLE1BQ2xDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxTQUFTO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsTUFBTSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsUUFBUSxRQUFRLE1BQU0sR0FBRyxzQkFBc0IsT0FBTyxZQUFZLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLElBQUksRUFBRTtBQUFBLFFBQ3pJLFVBQVUsRUFBRSxLQUFLLFdBQVcsR0FBRyxTQUFTO0FBQUEsTUFDMUM7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLFFBQVEsRUFBRSxRQUFRLElBQUksT0FBUSxFQUFFLFlBQVksSUFBSSxPQUFPLE1BQU0sTUFBTSxJQUFJLEtBQUssTUFBTSxNQUFNLElBQUksS0FBSyxNQUFNLE1BQU0sSUFBSSxLQUFLLEtBQUssQ0FBQztBQUNsSSxZQUFNLEtBQUssR0FBRztBQUNkLGFBQU8sUUFBUSxFQUFFLFVBQVUsSUFBSSxPQUFRLElBQUksT0FBTyxJQUFJO0FBQUEsSUFDeEQ7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxnQkFBZ0I7QUFBQSxNQUNsQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsU0FBUztBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLE1BQU0sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFFBQVEsTUFBTSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxNQUFNLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFBQSxRQUN0SCxVQUFVLEVBQUUsS0FBSyxXQUFXLEdBQUcsU0FBUztBQUFBLE1BQzFDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxRQUFRLEVBQUUsVUFBVSxJQUFJLE9BQVEsRUFBRSxZQUFZLElBQUksT0FBTyxNQUFNLE1BQU0sSUFBSSxLQUFLLE1BQU0sTUFBTSxJQUFJLEtBQUssS0FBSyxDQUFDO0FBQy9HLFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTyxRQUFRLEVBQUUsVUFBVSxJQUFJLE9BQVEsSUFBSSxPQUFPLElBQUk7QUFBQSxJQUN4RDtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
