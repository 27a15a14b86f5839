// Cases: the caseload pages, the case page, and their API (GET /api/v1/caseload, GET /api/v1/people/{personRef}/case).
import type { FastifyInstance } from 'fastify';

export function registerCaseRoutes(app: FastifyInstance): void {
  void app;
}
