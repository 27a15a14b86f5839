// The sources as plain JavaScript, for `bin/waymark.js`: each src/**/*.ts
// transpiled on its own by esbuild (types stripped, nothing bundled, so every
// import.meta.url and relative path means what it means in src/), and every
// other file under src/ (migrations, templates, stylesheets, browser scripts,
// the two plain-JS worker entries) copied beside it.
//
// A checkout needs no build step: the build is made the first time the
// command runs after a change under src/, in well under a second, and kept in
// node_modules/.cache/waymark/build/<fingerprint of src>/. A command started
// through a TypeScript loader instead spends about two seconds more loading
// its modules, on every run.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src');
const buildsDir = path.join(root, 'node_modules', '.cache', 'waymark', 'build');
/** Builds not used for this long are removed; a long-running server may still be loading modules from its own. */
const KEEP_MS = 24 * 60 * 60 * 1000;
/** ...except the most recently used few, whatever their age. */
const KEEP_NEWEST = 3;

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/**
 * What the build of these sources is called: a hash of this script, the
 * TypeScript settings and esbuild's version (each changes the output), and
 * every source file's path, size and modification time.
 */
function fingerprint(files) {
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  h.update(fs.readFileSync(path.join(root, 'tsconfig.json')));
  h.update(esbuildVersion());
  for (const f of files) {
    const s = fs.statSync(f);
    h.update(`${path.relative(srcDir, f)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

/** The installed esbuild's version, read from its package.json (no import: a build found ready needs no esbuild). */
function esbuildVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  } catch {
    return 'none';
  }
}

/** The directory that holds the current build of src/ (made now if missing); the same layout as src/. */
export async function currentBuild() {
  const files = walk(srcDir).sort();
  const dir = path.join(buildsDir, fingerprint(files));
  if (fs.existsSync(path.join(dir, '.complete'))) {
    // Marked as used, so the clean-up below keeps a build that is still run.
    // Best effort: an installation the command may not write to still runs.
    try {
      const now = new Date();
      fs.utimesSync(dir, now, now);
    } catch {
      // read-only: nothing there is cleaned up by this user either
    }
    return dir;
  }
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const { build } = await import('esbuild');
  const ts = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  await build({
    entryPoints: ts,
    outdir: tmp,
    outbase: srcDir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    bundle: false,
    sourcemap: 'inline',
    logLevel: 'error',
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  for (const f of files) {
    if (f.endsWith('.ts')) continue;
    const to = path.join(tmp, path.relative(srcDir, f));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(f, to);
  }
  fs.writeFileSync(path.join(tmp, '.complete'), '');
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    // Another command built the same sources at the same moment: use theirs.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, '.complete'))) throw e;
  }
  // The newest few builds stay whatever their age (a server started from one
  // a while ago may still load modules from it); older ones unused for a day go.
  // Another command may be building or removing at the same moment: a build
  // that goes while this looks at it is passed over, not an error.
  const builds = fs
    .readdirSync(buildsDir)
    .map((name) => path.join(buildsDir, name))
    .map((p) => ({ p, used: lastUsed(p) }))
    .filter((b) => b.used !== undefined)
    .sort((a, b) => b.used - a.used);
  for (const { p, used } of builds.slice(KEEP_NEWEST)) {
    if (p !== dir && Date.now() - used > KEEP_MS) fs.rmSync(p, { recursive: true, force: true });
  }
  return dir;
}

/** When a build was last used (its folder's modification time), or undefined when it is gone. */
function lastUsed(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return undefined;
  }
}
