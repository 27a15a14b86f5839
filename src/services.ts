// The composition root: every service is built here once, from the database,
// the clock and the configuration, and each is handed only what it uses. The
// web app, the API, the CLI and the worker threads all get their services
// from here; none of them builds a service itself.
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import type { Database } from './db/database.js';
import type { Clock } from './calendar/clock.js';
import type { Config } from './config.js';
import { accessService } from './access/service.js';
import { partnershipService } from './partnerships/service.js';
import { peopleService } from './people/service.js';
import { consentService } from './people/consent.js';
import { schemeService } from './schemes/service.js';
import { selectionService } from './selection/service.js';
import { offenceService } from './offences/service.js';
import { panelService } from './panel/service.js';
import { transferService } from './transfers/service.js';
import { riskService } from './risk/service.js';
import { performanceService } from './performance/service.js';
import { importService } from './imports/service.js';
import { opsService } from './ops/service.js';
import { demoService } from './demo/service.js';
import { retentionService } from './retention/service.js';
import { restrictionService } from './people/restrictions.js';
import { sharingService } from './sharing/service.js';
import { caseService } from './cases/service.js';
import { appointmentService } from './cases/appointments.js';
import { alertService } from './alerts/service.js';
import { watchListService } from './alerts/watch-lists.js';
import { drrService } from './drr/service.js';
import { exportService } from './exports/service.js';
import { reportService } from './reports/service.js';

export interface ServiceDeps {
  database: Database;
  clock: Clock;
  config: Config;
}

export function createServices({ database, clock, config }: ServiceDeps) {
  const db: Kysely<DB> = database.db;
  // The heavy reads' database: the streaming replica when there is one (src/db/replica.ts).
  const readDb: Kysely<DB> = database.replica ?? db;
  const performance = performanceService({ db, readDb, clock });
  const drr = drrService({ db, clock });
  const services = {
    access: accessService({ db, clock, sessionHours: config.sessionHours, idleMinutes: config.idleMinutes, production: config.production, oidc: config.oidc }),
    partnerships: partnershipService({ db, clock }),
    people: peopleService({ db }),
    consent: consentService({ db, clock }),
    restrictions: restrictionService({ db, clock }),
    sharing: sharingService({ db, clock }),
    schemes: schemeService({ db }),
    selection: selectionService({ db, readDb }),
    offences: offenceService({ db, clock }),
    panel: panelService({ db }),
    transfers: transferService({ db }),
    risk: riskService({ db, clock }),
    performance,
    // On PostgreSQL a running import's progress goes to its record every second, for the other app nodes.
    imports: importService({ db, clock, dataDir: config.dataDir, limits: config.fileLimits, shareProgressEveryMs: database.engine === 'postgres' ? 1000 : undefined }),
    ops: opsService({ db, engine: database.engine, clock }),
    demo: demoService({ db }),
    retention: retentionService({ db, clock }),
    cases: caseService({ db, clock }),
    appointments: appointmentService({ db, clock }),
    alerts: alertService({ db, clock }),
    watchLists: watchListService({ db, clock }),
    drr,
    reports: reportService({ db, clock, performance, drr }),
  };
  // Every list exports through the services that draw it (issue 16).
  return { ...services, exports: exportService({ db, clock, services }) };
}

export type Services = ReturnType<typeof createServices>;
