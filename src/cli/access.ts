// `waymark user …`, `waymark token …` and `waymark audit …`: accounts, API
// tokens and the audit log from the command line.
import type { Command } from 'commander';
import { withCli, CliError } from './context.js';
import type { Role } from '../db/schema.js';
import { isWaymarkError } from '../errors.js';

const ROLES: Role[] = ['practitioner', 'scheme_manager', 'analyst', 'board_member', 'administrator'];

/** A refusal from a service, said as the command says everything else. */
function asCliError(e: unknown): never {
  if (isWaymarkError(e)) throw new CliError(e.message);
  throw e;
}

export function registerAccessCommands(program: Command): void {
  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .description('add a local user account')
    .argument('<username>')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .requiredOption('--agency <code>', 'code of the agency the user works for')
    .requiredOption('--name <display name>', 'the name shown on screen')
    .option('--password-env <VAR>', 'read the password from this environment variable (default WAYMARK_NEW_PASSWORD)', 'WAYMARK_NEW_PASSWORD')
    .option('--email <address>', 'their work e-mail; an OpenID Connect provider that verifies it can sign them in')
    .option('--oidc-subject <sub>', 'the subject the OpenID Connect provider gives them')
    .action(async (username: string, opts: { role: string; agency: string; name: string; passwordEnv: string; email?: string; oidcSubject?: string }, cmd: Command) => {
      if (!ROLES.includes(opts.role as Role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}, not "${opts.role}".`);
      const password = process.env[opts.passwordEnv];
      if (!password || password.length < 12) throw new CliError(`Set the password (at least 12 characters) in the environment variable ${opts.passwordEnv}.`);
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        await services.access.addUser(actor, { username, role: opts.role as Role, agencyCode: opts.agency, displayName: opts.name, password, email: opts.email, oidcSubject: opts.oidcSubject }).catch(asCliError);
        process.stdout.write(`User ${username} added.\n`);
      });
    });

  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description('create an API token for a user; printed once')
    .requiredOption('--user <username>')
    .requiredOption('--name <name>', 'what the token is for')
    .action(async (opts: { user: string; name: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const t = await services.access.createToken(actor, { username: opts.user, name: opts.name }).catch(asCliError);
        process.stdout.write(`${t}\n`);
      });
    });

  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check the hash chain of the whole audit log')
    .action(async (_opts: unknown, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const bad = await services.access.verifyAudit(actor);
        if (bad !== null) throw new CliError(`The audit log does not verify from entry ${bad}: it has been altered.`);
        process.stdout.write('The audit log verifies: no entry has been altered or removed.\n');
      });
    });
  audit
    .command('search')
    .description('list audit entries, newest first')
    .option('--person <ref>', "entries about one person (by person reference)")
    .option('--user <username>')
    .option('--limit <n>', 'how many', (v) => Number(v), 50)
    .option('--json', 'print JSON')
    .action(async (opts: { person?: string; user?: string; limit: number; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const rows = await services.access.searchAudit(actor, { person: opts.person, user: opts.user, limit: opts.limit });
        if (opts.json) {
          process.stdout.write(JSON.stringify(rows.map((r) => ({ ...r, at: new Date(r.at).toISOString(), details: r.details ? JSON.parse(r.details) : null })), null, 2) + '\n');
          return;
        }
        for (const r of rows) {
          process.stdout.write(`${new Date(r.at).toISOString()}  ${r.action.padEnd(13)} ${(r.username ?? JSON.parse(r.details ?? '{}').actor ?? '').padEnd(16)} ${r.person_ref ?? ''}  ${r.what}${r.justification ? `  (why: ${r.justification})` : ''}\n`);
        }
      });
    });
}
