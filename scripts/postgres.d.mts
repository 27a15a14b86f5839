// Types for postgres.mjs, so TypeScript tests and benchmarks can start a throwaway cluster.
export interface ThrowawayPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the cluster and deletes its folder. */
  stop(): void;
  /** pg_ctl on the same cluster: 'stop', 'start' or 'restart' (fault tests). */
  pgCtl(action: 'stop' | 'start' | 'restart'): void;
}
export function findPostgresBin(): string | null;
export function startPostgres(opts?: { workMem?: string }): Promise<ThrowawayPostgres>;
/** Starts a hot-standby streaming replica of a running cluster (pg_basebackup -R); its url names the primary URL's database. */
export function startReplica(primary: { url: string }): Promise<ThrowawayPostgres>;
