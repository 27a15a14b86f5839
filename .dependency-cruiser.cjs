// The architecture check (issue 12; docs/architecture.md): the layering of src/
// as dependency-cruiser rules, run by `npm run check:architecture` and by
// `npm test`. A rule that fails names the importing file and what it imports.
//
// Layers, top to bottom:
//   doors             src/web/, src/cli/
//   composition root  src/services.ts
//   feature folders   everything else under src/ (schemes/, selection/, panel/, ...)
//   database layer    src/db/
//   foundation        src/calendar/, src/errors.ts, src/glossary.ts
// Domain modules (pure rules, measures and scoring) sit inside the feature
// folders and are listed by path in DOMAIN below.

/** Paths as dependency-cruiser matches them: regular expressions on the path from the repository root. */
const either = (paths) => `^(${paths.join('|')})`;

// Domain modules: pure rules, measures and scoring, no I/O. They import nothing
// from the database layer (types included: dates come from src/calendar/, the
// glossary's vocabularies from src/glossary.ts) and nothing from a door. When
// you add a pure module, add its path here; when you move one, move its line.
// A folder ends with '/', a file with '\\.ts$'.
const DOMAIN = [
  // who may do what, and the secrets sessions and tokens are made of
  'src/access/(actor|permissions|tokens|second-factor)\\.ts$',
  // need to know: who may see which kinds of data (pure rules and SQL fragments)
  'src/access/need-to-know\\.ts$',
  // demo data: the generator is pure; loading it is not
  'src/demo/(generate|random|calibration|cases)\\.ts$',
  // DRR: the year's counts against its target
  'src/drr/figures\\.ts$',
  // text formats (COPY text, JSON lines)
  'src/formats/',
  // imports: field rules, the kinds' names, who may import, progress
  'src/imports/(advice|fields|kind-names|permissions|progress)\\.ts$',
  // the offence reference's defaults and lookups
  'src/offences/(defaults|reference)\\.ts$',
  // case management: outreach and disengagement rules, the case as its readers see it
  'src/cases/(outreach|model|release-plan)\\.ts$',
  // alerts: the watch-list searches as their users see them
  'src/alerts/watch-queries\\.ts$',
  // a person's history as the rules see it
  'src/people/(history|timeline-entries)\\.ts$',
  // list exports: the cells (neutralised) and the registry of lists (drawn through the services it is handed)
  'src/exports/(cells|kinds)\\.ts$',
  // the measures' arithmetic
  'src/performance/(ni30|ni38|ni18|premium|ogrs3|ogrs3-history|concentration|reoffending)\\.ts$',
  // the measures' figures as a viewer may see them (pure)
  'src/performance/disclosed\\.ts$',
  // the reports' document, sections, HTML and charts
  'src/reports/(svg-charts|model|sections|render-html)\\.ts$',
  // the small-number rule (fewer than 5, secondary suppression)
  'src/disclosure\\.ts$',
  // selection: criteria, scoring, proposals, de-selection rules, monitoring
  'src/selection/(criteria|deselection|scoring|score|proposals|disproportionality|reasons|features|matrix|withhold)\\.ts$',
];

// The foundation: the calendar, the error family and the glossary's
// vocabularies. Everything may import it; it imports only itself.
const FOUNDATION = ['src/calendar/', 'src/errors\\.ts$', 'src/glossary\\.ts$'];

const DOORS = ['src/web/', 'src/cli/'];
const COMPOSITION_ROOT = 'src/services\\.ts$';
const DB = 'src/db/';
const WEB = 'src/web/';
const CLI = 'src/cli/';
// Feature folders: under src/, neither a door, the composition root, the
// database layer nor the foundation. Top-level files such as partnerships.ts
// and config.ts count as features here.
const NOT_FEATURE = [...DOORS, COMPOSITION_ROOT, DB, ...FOUNDATION, 'src/threads/'];
// A feature's service factory (its service.ts), which only the composition
// root builds.
const SERVICE_FACTORY = 'src/(?!web/|cli/)[^/]+/service\\.ts$';
const typeOnly = ['type-only'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle: the modules cannot be understood, tested or moved apart. Split the module that has two reasons to change.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-not-to-db',
      comment: 'A domain module (pure rules, measures, scoring; listed in DOMAIN) imports the database layer. Take the data as arguments.',
      severity: 'error',
      from: { path: either(DOMAIN) },
      to: { path: `^${DB}`, dependencyTypesNot: typeOnly },
    },
    {
      name: 'domain-not-to-db-types',
      comment:
        'A domain module imports types from the database layer. Dates are IsoDate from src/calendar/; other shared vocabularies belong to their feature. ' +
        "If one is unavoidable, lower this rule's severity to 'warn' and say why here.",
      severity: 'error',
      from: { path: either(DOMAIN) },
      to: { path: `^${DB}`, dependencyTypes: typeOnly },
    },
    {
      name: 'web-not-to-db',
      comment: 'src/web/ reaches the database only through services from src/services.ts (types from src/db/ are fine).',
      severity: 'error',
      from: { path: `^${WEB}` },
      to: { path: `^${DB}`, dependencyTypesNot: typeOnly },
    },
    {
      name: 'db-not-upward',
      comment: 'The database layer imports only itself, the foundation and packages: never a feature folder, a door or the composition root.',
      severity: 'error',
      from: { path: `^${DB}` },
      to: { path: '^src/', pathNot: either([DB, ...FOUNDATION]) },
    },
    {
      name: 'only-doors-to-web',
      comment: 'Only src/web/ and src/cli/ (which starts the server) import src/web/: no feature, domain module, db or composition root.',
      severity: 'error',
      from: { path: '^src/', pathNot: either(DOORS) },
      to: { path: `^${WEB}` },
    },
    {
      name: 'web-not-to-service-factories',
      comment: "src/web/ reaches a feature's service through app.services (src/services.ts), never by importing its service.ts (types are fine).",
      severity: 'error',
      from: { path: `^${WEB}` },
      to: { path: `^${SERVICE_FACTORY}`, dependencyTypesNot: typeOnly },
    },
    {
      name: 'web-through-composition-root',
      comment:
        'src/web/ imports, by value, a feature module that is neither pure (DOMAIN) nor reached through src/services.ts. ' +
        'Ask app.services for it, or list the module in DOMAIN if it is pure.',
      severity: 'error',
      from: { path: `^${WEB}` },
      to: {
        path: '^src/',
        // (src/db/ and service factories have rules of their own, above)
        pathNot: either([WEB, COMPOSITION_ROOT, DB, SERVICE_FACTORY, ...FOUNDATION, 'src/config\\.ts$', ...DOMAIN]),
        dependencyTypesNot: typeOnly,
      },
    },
    {
      name: 'features-not-to-doors',
      comment:
        'A feature folder (domain modules included) imports src/cli/ or the composition root. Commands live in src/cli/<feature>.ts and take services from src/services.ts. ' +
        '(Imports of src/web/ are the rule only-doors-to-web.)',
      severity: 'error',
      from: { path: '^src/', pathNot: either(NOT_FEATURE) },
      to: { path: either([CLI, COMPOSITION_ROOT]) },
    },
    {
      name: 'threads-not-to-db',
      comment:
        'A worker-thread module (*-thread.ts) reaches the database layer, directly or through what it imports, so the thread loads drivers it never uses. ' +
        'Thread modules run pure work on data the main thread hands them. (src/db/schema.ts holds only types, which vanish at run time.)',
      severity: 'error',
      from: { path: '^src/.+-thread\\.ts$' },
      to: { path: `^${DB}`, pathNot: '^src/db/schema\\.ts$', reachable: true },
    },
    {
      name: 'foundation-stays-below',
      comment: 'src/calendar/, src/errors.ts and src/glossary.ts are the foundation: they import only each other and packages.',
      severity: 'error',
      from: { path: either(FOUNDATION) },
      to: { path: '^src/', pathNot: either(FOUNDATION) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Test fixtures hold deliberate violations (test/unit/architecture.test.ts).
    // The browser's own scripts under src/web/public/ are not part of the server.
    exclude: { path: ['^test/fixtures/', '^src/web/public/'] },
    // See `import type` and type-only cycles too, so the type-only exceptions are deliberate.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
