// The \`waymark\` command's entry. A command that will open the embedded
// database starts it first (early.ts), so PGlite loads and opens the data
// folder in its worker while this thread loads the commands (program.ts):
// each such command takes about 0.7 s less. Nothing heavy is imported here.
import { startEarlyFor } from './early.js';

startEarlyFor(process.argv.slice(2), process.env);
await import('./program.js');
