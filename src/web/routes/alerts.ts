// Alerts and watch lists: their pages, acknowledgement, exports and API.
import type { FastifyInstance } from 'fastify';

export function registerAlertRoutes(app: FastifyInstance): void {
  void app;
}
