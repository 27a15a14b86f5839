// Appointments, outreach, disengagement and release planning: the case page's forms and the API writes.
import type { FastifyInstance } from 'fastify';

export function registerAppointmentRoutes(app: FastifyInstance): void {
  void app;
}
