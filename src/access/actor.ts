// Who is acting: a signed-in user, an API token's user, or an operator at the CLI.
// Every service takes an Actor and checks permission before it does anything.
import type { AgencyKind, Role } from '../glossary.js';

export interface Actor {
  /** null for the CLI operator, who acts as an administrator of the installation. */
  userId: number | null;
  partnershipId: number;
  role: Role;
  agencyKind: AgencyKind | null;
  /** The user's agency (null for the CLI operator). Optional only for actors built by hand in tests; services look it up when absent. */
  agencyId?: number | null;
  /** For the audit log and messages: a username or "cli:<os user>". */
  label: string;
}
