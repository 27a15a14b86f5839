// Builds the web app over an open database and listens. What to open, and
// what to do first (the demo on an empty database), is the serve command's
// (src/cli/serve.ts).
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from './app.js';
import { errorLogFields } from './errors.js';

/** How long a shutdown waits for requests still being handled (the supervisor of --workers kills a worker after 10 s). */
const HANDLERS_GRACE_MS = 8000;

/**
 * Starts the app on the configured port and address. SIGINT or SIGTERM closes
 * it, then calls `stopped`, which closes what the caller opened.
 */
export async function startServer(deps: AppDeps, stopped: () => Promise<void>): Promise<FastifyInstance> {
  const app = await buildApp(deps);
  const shutdown = async (signal: string) => {
    process.stderr.write(`\n${signal}: stopping Waymark…\n`);
    await app.close();
    // A request whose client left is not waited for by close(); its handler
    // still needs the database (setUpHandlersSettled in app.ts).
    const left = await app.handlersSettled(HANDLERS_GRACE_MS);
    if (left > 0) process.stderr.write(`${left} request(s) still running after ${HANDLERS_GRACE_MS / 1000} s; closing the database under them.\n`);
    await stopped();
  };
  // An error no request caught is logged as a request's is (class, code, frames; no stored values), then the process ends as Node would end it.
  const uncaught = (event: string) => (e: unknown) => {
    app.log.fatal({ event, error: errorLogFields(e) }, event.replace('_', ' '));
    process.exit(1);
  };
  process.once('uncaughtException', uncaught('uncaught_exception'));
  process.once('unhandledRejection', uncaught('unhandled_rejection'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: deps.config.port, host: deps.config.host });
  return app;
}
