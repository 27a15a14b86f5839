// JSON schemas of the documents the API's scheme, selection, panel,
// performance and import routes return (OpenAPI 3.1, JSON Schema 2020-12).
// Fastify serialises each response with its schema, so a schema here must
// name every field the service gives: one left out is dropped from the answer.
// `integer` only for whole numbers (ids, counts): it rounds anything else.

/** An object whose properties are all required, unless `optional` names some. */
export function obj<P extends Record<string, object>>(properties: P, optional: readonly (keyof P & string)[] = []) {
  return { type: 'object', required: Object.keys(properties).filter((k) => !optional.includes(k)), properties } as const;
}

export const str = { type: 'string' } as const;
export const int = { type: 'integer' } as const;
export const num = { type: 'number' } as const;
export const bool = { type: 'boolean' } as const;
export const date = { type: 'string', format: 'date' } as const;
export const dateTime = { type: 'string', format: 'date-time' } as const;
export const strN = { type: ['string', 'null'] } as const;
export const intN = { type: ['integer', 'null'] } as const;
export const numN = { type: ['number', 'null'] } as const;
export const boolN = { type: ['boolean', 'null'] } as const;
export const dateN = { type: ['string', 'null'], format: 'date' } as const;
export const dateTimeN = { type: ['string', 'null'], format: 'date-time' } as const;
export const strings = { type: 'array', items: str } as const;
export const arrayOf = <I extends object>(items: I) => ({ type: 'array', items }) as const;
/** null, or the object. */
export const orNull = <O extends { type: 'object' }>(o: O) => ({ ...o, type: ['object', 'null'] }) as const;

/** The kinds of data a figure or reason may rest on (need-to-know.ts). */
export const sensitive = { type: 'string', enum: ['intelligence', 'drug_tests', 'health'] } as const;

/** A reason (selection/reasons.ts): a stable code, one sentence, and the facts behind it. */
export const reason = obj(
  {
    code: str,
    text: str,
    date: dateN,
    days: numN,
    count: numN,
    value: { type: ['number', 'string', 'boolean', 'null'] },
    threshold: numN,
    restsOn: arrayOf(sensitive),
  },
  ['date', 'days', 'count', 'value', 'threshold', 'restsOn'],
);

/** A prompt a rule gives the panel. */
export const prompt = obj({ code: str, text: str, date: dateN }, ['date']);

/** The best candidate left without a place, beside a member they outscore by more than the margin. */
export const outscoredBy = obj({ personId: int, personRef: str, score: num, ratio: numN });
export const outscoredByRef = obj({ personRef: str, score: num, ratio: numN });

export const schemeRef = obj({ code: str, name: str });

export const lorenzPoint = obj({ people: num, offences: num });
export const concentration = {
  people: int,
  offences: int,
  topDecileShare: numN,
  gini: numN,
  lorenz: arrayOf(lorenzPoint),
} as const;

export const importError = obj({ file: str, row: int, field: str, value: str, reason: str, message: str, valueWithheld: bool }, ['valueWithheld']);
