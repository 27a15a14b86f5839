// Selection runs in the JSON API (SPEC 3.3): a scheme's stored runs a page at
// a time, starting a run, a run whole (its head, and every row as `waymark
// select --json` prints them), and two runs compared. The same service
// functions as the selection pages and the CLI; a viewer from whom the
// matrix's data is withheld gets no scores, ranks or order (withhold.ts), and
// restricted people they are not named on are absent. Reads are logged as on the web.
import type { FastifyInstance } from 'fastify';
import { pageQueryProperties, pageSchema, problems } from '../api-schemas.js';
import { sendEtag } from '../etag.js';
import { arrayOf, bool, date, dateTimeN, int, intN, num, numN, obj, orNull, outscoredBy, outscoredByRef, sensitive, str, strN, strings, dateTime } from '../api-documents.js';

const proposal = { type: ['string', 'null'], enum: ['select', 'deselect', null] } as const;

const runListing = obj({ runId: int, asOf: date, matrixVersion: int, poolSize: int, members: int, capacity: intN, createdAt: dateTime, createdBy: str });

const groupRate = obj({ group: str, pool: int, selected: int, rate: num, ratioToOverall: numN, ratioToReference: numN });
const summary = obj(
  {
    proposals: obj(
      { capacity: intN, members: int, lowestMemberScore: numN, selections: int, deselections: int, freePlacesAfter: intN, comparisons: int },
      ['comparisons'],
    ),
    disproportionality: obj({
      asOf: date,
      pool: int,
      selected: int,
      overallRate: num,
      dimensions: arrayOf(obj({ dimension: { type: 'string', enum: ['ethnicity', 'sex', 'age_band'] }, reference: strN, groups: arrayOf(groupRate) })),
    }),
    balance: obj({
      members: int,
      inCustody: int,
      inCommunity: int,
      custodyOver12Months: int,
      custodyUnder12Months: int,
      custodyOther: int,
      byArea: arrayOf(obj({ areaCode: str, members: int })),
    }),
    areaCodes: strings,
  },
  // Runs stored before the balance and the scheme's areas were kept have neither.
  ['balance', 'areaCodes'],
);

/** A run without its rows: what it was, its summary, and what is withheld from this caller. */
const runHead = {
  runId: intN,
  schemeCode: str,
  asOf: date,
  matrixVersion: int,
  offenceReferenceVersion: intN,
  createdAt: dateTimeN,
  createdBy: strN,
  poolSize: int,
  members: int,
  capacity: intN,
  summary,
  comparisonMargin: num,
  comparisons: arrayOf(obj({ personId: int, personRef: str, score: num, outscoredBy })),
  emptyPool: { ...strN, description: 'When no one is in the pool: what puts people there and where their area on the date comes from (their address history); else null.' },
  scoresWithheld: { type: ['string', 'null'], enum: [...sensitive.enum, null], description: 'Why the scores, ranks and order are withheld from you (the matrix weighs data you may not see), or null. Then the rows are in person-reference order.' },
} as const;

/** One row of `waymark select --json`. */
const selectRow = obj({
  personRef: str,
  rank: intN,
  score: numN,
  member: bool,
  proposal,
  criteria: arrayOf(obj({ name: str, value: { type: ['number', 'boolean', 'null'] }, weight: num, contribution: numN })),
  inPool: bool,
  aboveLowestMember: { type: ['boolean', 'null'] },
  priority: bool,
  proposalReasons: strings,
  comparisonMargin: num,
  outscoredBy: orNull(outscoredByRef),
});

const runDocument = obj({ ...runHead, rows: arrayOf(selectRow) });
const runHeadSchema = obj(runHead);

const side = orNull(obj({ rank: intN, score: numN, proposal }));
const comparison = obj({
  a: runHeadSchema,
  b: runHeadSchema,
  rows: arrayOf(obj({ personId: int, personRef: str, a: side, b: side, rankChange: intN, member: bool })),
});

const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 20 } } } as const;
const id = { type: 'integer', minimum: 1, maximum: 2147483647 } as const;

export function registerSelectionApiRoutes(app: FastifyInstance): void {
  const selection = app.services.selection;

  app.get<{ Params: { code: string }; Querystring: { cursor?: string; limit?: number } }>(
    '/api/v1/schemes/:code/selection-runs',
    {
      config: { access: 'selection:run' },
      schema: {
        summary: "A scheme's stored selection runs, newest first.",
        tags: ['selection'],
        params: codeParams,
        querystring: { type: 'object', properties: pageQueryProperties },
        response: { 200: pageSchema('runs', runListing), ...problems },
      },
    },
    async (req) => {
      const page = await selection.runsPage(req.actor!, { schemeCode: req.params.code, cursor: req.query.cursor, limit: req.query.limit });
      return { runs: page.items, next: page.next };
    },
  );

  app.post<{ Params: { code: string }; Body: { asOf: string; matrixVersion?: number } }>(
    '/api/v1/schemes/:code/selection-runs',
    {
      config: { access: 'selection:run' },
      schema: {
        summary: 'Runs the selection matrix over the pool on a date (a past date shows what the matrix would have chosen), and stores the run. Answers with its head; read its rows at the Location.',
        tags: ['selection'],
        params: codeParams,
        body: {
          type: 'object',
          required: ['asOf'],
          additionalProperties: false,
          properties: { asOf: { type: 'string', format: 'date' }, matrixVersion: { type: 'integer', minimum: 1, description: 'Default: the latest version.' } },
        },
        response: { 201: runHeadSchema, ...problems },
      },
    },
    async (req, reply) => {
      const started = await selection.runSelection(req.actor!, { schemeCode: req.params.code, asOf: req.body.asOf, matrixVersion: req.body.matrixVersion, results: false });
      // The stored run as the reader may see it (restricted people left out of its comparisons, the read logged).
      const { rows: _rows, ...head } = await selection.runDocument(req.actor!, { runId: started.runId! });
      reply.code(201).header('location', `/api/v1/selection-runs/${head.runId}`);
      sendEtag(reply, 'selection_run', head.runId!, 1);
      return head;
    },
  );

  app.get<{ Params: { id: number } }>(
    '/api/v1/selection-runs/:id',
    {
      config: { access: 'selection:run' },
      schema: {
        summary: 'A stored run, whole: its head and every row as `waymark select --json` prints them (a document, not paged). The read is logged naming everyone in it.',
        tags: ['selection'],
        params: { type: 'object', required: ['id'], properties: { id } },
        response: { 200: runDocument, ...problems },
      },
    },
    async (req, reply) => {
      const doc = await selection.runDocument(req.actor!, { runId: req.params.id });
      // A stored run never changes.
      sendEtag(reply, 'selection_run', req.params.id, 1);
      return doc;
    },
  );

  app.get<{ Params: { id: number; otherId: number } }>(
    '/api/v1/selection-runs/:id/compare/:otherId',
    {
      config: { access: 'selection:run' },
      schema: {
        summary: 'Two stored runs side by side: each person’s rank, score and proposal in each, and the change of rank (best rank first; by person reference when either run’s scores are withheld from you).',
        tags: ['selection'],
        params: { type: 'object', required: ['id', 'otherId'], properties: { id, otherId: id } },
        response: { 200: comparison, ...problems },
      },
    },
    async (req) => selection.compareRuns(req.actor!, { runA: req.params.id, runB: req.params.otherId }),
  );
}
