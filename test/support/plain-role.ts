// A PostgreSQL login role without superuser rights, for the tests of paths
// where the database refuses what a superuser may do (session_replication_role).
// Call inside a describe that runs on PostgreSQL only: the role is created
// before its tests and dropped after them.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { testAuditKey } from './db.js';

export function usePlainRole(adminUrl: () => string, prefix: string): { open: () => Promise<Database> } {
  const name = `${prefix}_${process.pid}`;
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE ROLE ${name} LOGIN`);
    await admin.query(`GRANT USAGE ON SCHEMA public TO ${name}`);
    await admin.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${name}`);
    await admin.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${name}`);
  });
  afterAll(async () => {
    await admin.query(`DROP OWNED BY ${name}`);
    await admin.query(`DROP ROLE ${name}`);
    await admin.end();
  });
  return {
    open: () => {
      const url = new URL(adminUrl());
      url.username = name;
      return openDatabase({ databaseUrl: url.toString(), migrate: false, poolSize: 2, plugins: [testAuditKey] });
    },
  };
}
