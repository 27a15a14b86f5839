#!/usr/bin/env node
// npm run openapi: writes the OpenAPI document the app serves at
// /api/v1/openapi.json into openapi/openapi.json, so that a change to the API
// shows in the diff. A test fails when the two differ.
// `npm run openapi -- --check` only says whether the checked-in file is current.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { openApiDocument, documentText, OPENAPI_FILE } = await import('../src/web/openapi-document.ts');
const text = documentText(await openApiDocument());
const file = path.join(root, OPENAPI_FILE);
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error(`${OPENAPI_FILE} is out of date: run \`npm run openapi\`.`);
    process.exit(1);
  }
  console.log(`${OPENAPI_FILE} is up to date.`);
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`Wrote ${OPENAPI_FILE}.`);
}
