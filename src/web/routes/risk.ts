// Risk of serious harm assessments and MAPPA referrals: the person page's forms and the API.
import type { FastifyInstance } from 'fastify';

export function registerRiskRoutes(app: FastifyInstance): void {
  void app;
}
