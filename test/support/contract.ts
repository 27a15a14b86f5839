// The API contract, checked on every call of every test: each /api/v1
// response must be one the OpenAPI document (as the app serves it) declares
// for its route, status and content type, and its body must validate against
// the declared schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses).
//
// How a violation fails the test: the app's onSend hook records it against
// the request's id, and the test app's inject() (which every test calls)
// rejects with it, so the `await app.inject(...)` throws. A call made another
// way (a listening server and fetch) is caught when the app closes: close()
// rejects naming every violation not already thrown.
//
// The body is validated twice: as the route handed it over, before
// serialisation (so a null where the schema has no null, or a missing field,
// is caught even though the serialiser would have papered over it), and as
// sent (formats such as `date`, which the serialiser produces from Date values).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components?: { schemas?: Record<string, unknown> } };

const RAW = Symbol('contract raw payload');

/** The document's path for a Fastify route pattern: /people/:id -> /people/{id}. */
export function documentPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** A schema with the document's local $refs put in place (and without the $id a shared schema carries). */
function inlineRefs(schema: unknown, doc: Doc, seen = new Set<string>()): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, doc, seen));
  if (!schema || typeof schema !== 'object') return schema;
  const o = schema as Record<string, unknown>;
  if (typeof o.$ref === 'string' && o.$ref.startsWith('#/components/schemas/')) {
    const name = o.$ref.slice('#/components/schemas/'.length);
    if (seen.has(name)) throw new Error(`recursive schema ${name}`);
    const target = doc.components?.schemas?.[name];
    if (!target) throw new ContractViolation(`The document refers to ${o.$ref}, which it does not define.`);
    return inlineRefs(target, doc, new Set([...seen, name]));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (k !== '$id') out[k] = inlineRefs(v, doc, seen);
  return out;
}

/** Values as JSON has them (Date to its ISO string), without the serialiser's help. */
function asJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function describeErrors(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
    .join('; ');
}

export interface ContractChecker {
  /** Violations recorded and not yet thrown (by inject or close). */
  pending: Map<string, ContractViolation>;
}

/** Makes every /api/v1 response of this app checked against its OpenAPI document (see the file's heading). */
export function checkApiContract(app: FastifyInstance): ContractChecker {
  const pending = new Map<string, ContractViolation>();
  let doc: Doc | undefined;
  const withFormats = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const withoutFormats = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const compiled = new Map<string, [ValidateFunction, ValidateFunction]>();

  const validators = (key: string, schema: unknown): [ValidateFunction, ValidateFunction] => {
    let v = compiled.get(key);
    if (!v) {
      const inlined = inlineRefs(schema, doc!) as object;
      v = [withoutFormats.compile(inlined), withFormats.compile(inlined)];
      compiled.set(key, v);
    }
    return v;
  };

  const check = (req: FastifyRequest, reply: FastifyReply, payload: unknown): string | undefined => {
    doc ??= app.swagger() as unknown as Doc;
    const status = reply.statusCode;
    const type = String(reply.getHeader('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const pattern = req.routeOptions.url;
    const method = req.method === 'HEAD' ? 'get' : req.method.toLowerCase();
    const where = `${req.method} ${pattern ?? req.url.split('?')[0]} answered ${status} ${type || '(no content type)'}`;
    if ((req.routeOptions.schema as { hide?: boolean } | undefined)?.hide) return undefined;
    let declared: { content?: Record<string, { schema: unknown }> } | undefined;
    let key: string;
    if (!pattern || !req.routeOptions.config || !doc.paths[documentPath(pattern)]) {
      // No route (the not-found handler), or one the document leaves out: only a problem will do.
      if (status < 400) return `${where}, but the OpenAPI document has no such path.`;
      declared = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
      key = `problem`;
    } else {
      const op = doc.paths[documentPath(pattern)]![method];
      if (!op) return `${where}, but the OpenAPI document has no ${method.toUpperCase()} for ${documentPath(pattern)}.`;
      declared = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
      if (!declared) return `${where}, a status the OpenAPI document does not declare for it (declared: ${Object.keys(op.responses).join(', ')}).`;
      key = `${method} ${pattern} ${status}`;
    }
    const body = payload === undefined || payload === null || payload === '' ? undefined : payload;
    if (!declared.content || Object.keys(declared.content).length === 0) {
      if (body !== undefined && status !== 304 && status !== 204) return `${where} with a body, but the document declares none.`;
      return undefined;
    }
    if (body === undefined) return `${where} without a body, but the document declares ${Object.keys(declared.content).join(', ')}.`;
    const media = declared.content[type];
    if (!media) return `${where}, but the document declares only ${Object.keys(declared.content).join(', ')} for that status.`;
    if (!type.includes('json')) return undefined; // a file (CSV, XLSX, PDF): the declared type is what can be checked
    const [raw, sent] = validators(`${key} ${type}`, media.schema);
    const rawBody = (reply as unknown as Record<symbol, unknown>)[RAW];
    if (rawBody !== undefined && !raw(asJson(rawBody))) return `${where}: the body does not match the document: ${describeErrors(raw)}`;
    let parsed: unknown;
    try {
      parsed = typeof body === 'string' ? JSON.parse(body) : Buffer.isBuffer(body) ? JSON.parse(body.toString('utf8')) : undefined;
    } catch {
      return `${where}: the body is not JSON.`;
    }
    if (parsed !== undefined && !sent(parsed)) return `${where}: the body as sent does not match the document: ${describeErrors(sent)}`;
    return undefined;
  };

  app.addHook('preSerialization', async (req, reply, payload) => {
    if (req.url.startsWith('/api/v1/')) (reply as unknown as Record<symbol, unknown>)[RAW] = payload;
    return payload;
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.url.startsWith('/api/v1/')) return payload;
    let problem: string | undefined;
    try {
      problem = check(req, reply, payload);
    } catch (e) {
      problem = `${req.method} ${req.url.split('?')[0]}: the contract check failed: ${(e as Error).message}`;
    }
    if (problem) pending.set(req.id, new ContractViolation(problem));
    return payload;
  });

  const inject = app.inject.bind(app) as (opts: unknown) => Promise<{ headers: Record<string, unknown> }>;
  (app as unknown as { inject: unknown }).inject = async (opts: unknown) => {
    if (opts === undefined || typeof opts === 'function') throw new Error('Call inject() with its options (the test app checks the answer against the API contract).');
    const res = await inject(opts);
    const id = res.headers['x-request-id'];
    const violation = typeof id === 'string' ? pending.get(id) : undefined;
    if (violation) {
      pending.delete(id as string);
      throw violation;
    }
    return res;
  };
  app.addHook('onClose', async () => {
    if (pending.size > 0) {
      const all = [...pending.values()].map((v) => v.message);
      pending.clear();
      throw new ContractViolation(`API answers outside the contract:\n${all.join('\n')}`);
    }
  });
  return { pending };
}
