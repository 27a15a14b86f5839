// `waymark serve`.
import type { Command } from 'commander';
import { serve } from './server.js';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('run the web app and API (http://localhost:3000 by default)')
    .option('--port <n>', 'port to listen on (default PORT or 3000)', (v) => Number(v))
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--demo-if-empty', 'create the demo partnership when the database is empty, and print its sign-ins')
    .action(async (opts: { port?: number; host?: string; demoIfEmpty?: boolean }) => {
      await serve({ port: opts.port, host: opts.host, demoIfEmpty: opts.demoIfEmpty });
    });
}
