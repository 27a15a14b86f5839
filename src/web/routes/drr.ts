// DRR starts, completions and early terminations against the year's target: page and API.
import type { FastifyInstance } from 'fastify';

export function registerDrrRoutes(app: FastifyInstance): void {
  void app;
}
