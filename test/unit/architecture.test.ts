// The architecture check bites: dependency-cruiser, run with the project's own
// rules (.dependency-cruiser.cjs) on a miniature src/ under
// test/fixtures/architecture/ that breaks each rule once, reports each breach
// and nothing else (a type-only import of src/db/ from src/web/ is allowed).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = path.join(root, 'test/fixtures/architecture');
const config = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as IConfiguration;

async function violations(): Promise<string[]> {
  const { tsConfig: _ownTsConfig, ...options } = config.options ?? {};
  const reported = await cruise(
    ['src'],
    { ...options, baseDir: fixture, validate: true, ruleSet: { forbidden: config.forbidden } },
    {},
    { tsConfig: extractTSConfig(path.join(root, 'tsconfig.json')) },
  );
  const result = reported.output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.severity} ${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

describe('the architecture check', () => {
  it('reports every breach in the fixture, and only those', async () => {
    expect(await violations()).toEqual(
      [
        'error no-cycles: src/selection/features.ts -> src/selection/matrix.ts',
        'error domain-not-to-db: src/selection/criteria.ts -> src/db/schema.ts',
        'error domain-not-to-db-types: src/performance/ni30.ts -> src/db/schema.ts',
        'error only-doors-to-web: src/selection/proposals.ts -> src/web/html.ts',
        'error only-doors-to-web: src/people/names.ts -> src/web/html.ts',
        'error web-not-to-db: src/web/routes/people.ts -> src/db/database.ts',
        'error web-not-to-service-factories: src/web/routes/people.ts -> src/people/service.ts',
        'error db-not-upward: src/db/migrate.ts -> src/people/names.ts',
        'error features-not-to-doors: src/people/cli.ts -> src/cli/context.ts',
        'error foundation-stays-below: src/calendar/dates.ts -> src/people/service.ts',
        'error threads-not-to-db: src/selection/scoring-thread.ts -> src/db/statements.ts',
        'error web-through-composition-root: src/web/routes/people.ts -> src/people/names.ts',
      ].sort(),
    );
  });
});
