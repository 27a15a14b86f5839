// The performance feature's entry (SPEC 3.6): its service, built once by the
// composition root with the measures' functions bound to the database. Each
// measure's data access and service function is in its own *-service.ts.
import type { Clock } from '../calendar/clock.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { freezeCohortList, listCohortLists } from './cohort-lists-service.js';
import { dashboardFigures, dashboardSchemes, type DashboardRequest } from './dashboard.js';
import { ni30, type Ni30Request } from './ni30-service.js';
import { ni38, type Ni38Request } from './ni38-service.js';
import { cohortOgrs3, personOgrs3 } from './ogrs3-service.js';
import { listUnitCosts, mayEditUnitCosts, setUnitCost, setUnitCosts } from './reference.js';
import { reoffending, reoffendingConcentration, type ReoffendingRequest } from './reoffending-service.js';
import { premiumService, type PremiumServiceRequest } from './premium-service.js';
import { ni18, type Ni18Request } from './ni18-service.js';

/**
 * The performance measures. Built once by the composition root
 * (src/services.ts). `readDb` is the streaming replica when there is one
 * (DATABASE_REPLICA_URL), else `db`: the cohort-wide measures read there, once
 * it has caught up, and store their result on the primary (service-support.ts
 * `analytic`). Everything else (a person's record, cohort lists, unit costs)
 * reads and writes the primary.
 */
export function performanceService({ db, readDb = db, clock }: { db: Kysely<DB>; readDb?: Kysely<DB>; clock: Clock }) {
  return {
    ni30: (actor: Actor, input: Ni30Request) => ni30(readDb, actor, input),
    ni38: (actor: Actor, input: Ni38Request) => ni38(readDb, actor, input, clock),
    reoffending: (actor: Actor, input: ReoffendingRequest) => reoffending(readDb, actor, input),
    premiumService: (actor: Actor, input: PremiumServiceRequest) => premiumService(readDb, actor, input),
    ni18: (actor: Actor, input: Ni18Request) => ni18(readDb, actor, input, clock),
    concentration: (actor: Actor, input: ReoffendingRequest) => reoffendingConcentration(readDb, actor, input),
    personOgrs3: (actor: Actor, input: Parameters<typeof personOgrs3>[2]) => personOgrs3(db, actor, input),
    cohortOgrs3: (actor: Actor, input: Parameters<typeof cohortOgrs3>[2]) => cohortOgrs3(readDb, actor, input),
    freezeCohortList: (actor: Actor, input: Parameters<typeof freezeCohortList>[2]) => freezeCohortList(db, actor, input),
    listCohortLists: (actor: Actor, input?: Parameters<typeof listCohortLists>[2]) => listCohortLists(db, actor, input),
    listUnitCosts: (actor: Actor) => listUnitCosts(db, actor),
    setUnitCost: (actor: Actor, input: Parameters<typeof setUnitCost>[2]) => setUnitCost(db, actor, input, clock),
    /** Several categories at one price year, all or none (the unit-costs page and the API's PUT). */
    setUnitCosts: (actor: Actor, input: Parameters<typeof setUnitCosts>[2]) => setUnitCosts(db, actor, input, clock),
    mayEditUnitCosts,
    dashboardSchemes: (actor: Actor) => dashboardSchemes(db, actor),
    dashboard: (actor: Actor, input: DashboardRequest) => dashboardFigures(readDb, actor, input, clock, db),
  };
}

export type PerformanceService = ReturnType<typeof performanceService>;
