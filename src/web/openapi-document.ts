// The OpenAPI document as the app serves it, built without a database (no
// route runs): for `npm run openapi`, which writes it into the repository,
// and for the test that compares the two.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';

/** Where the document is checked in, from the repository's root. */
export const OPENAPI_FILE = 'openapi/openapi.json';

/** The document as JSON text, as it is checked in (two-space indented, ending in a newline). */
export function documentText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The served document of an app (a built app, or one made here without a database). */
export async function openApiDocument(app?: FastifyInstance): Promise<unknown> {
  const own = app ?? (await buildApp({ database: { db: null, engine: 'pglite' } as unknown as Database, config: { ...loadConfig({}), secureCookies: false } }));
  try {
    await own.ready();
    return own.swagger();
  } finally {
    if (!app) await own.close();
  }
}
