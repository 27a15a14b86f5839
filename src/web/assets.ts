// Static assets: GOV.UK Frontend and MoJ Frontend files, and Waymark's own
// stylesheet compiled from SCSS once and cached (keyed by the inputs' versions).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const here = path.dirname(fileURLToPath(import.meta.url));
/** The checkout: the nearest folder above this module with Waymark's package.json (src/web/ in the sources, a build's web/ under node_modules/.cache when run by bin/waymark.js). */
export const projectRoot = (() => {
  for (let dir = here; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'waymark') return dir;
    if (path.dirname(dir) === dir) return path.resolve(here, '../..');
  }
})();

export function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

export const govukDist = () => path.join(packageDir('govuk-frontend'), 'dist');
export const mojRoot = () => packageDir('@ministryofjustice/frontend');

const scssFile = path.join(here, 'assets', 'application.scss');

/** The compiled stylesheet, from the cache when the inputs have not changed. */
export async function applicationCss(): Promise<string> {
  const version = (name: string) => JSON.parse(fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')).version;
  const key = crypto
    .createHash('sha256')
    .update(fs.readFileSync(scssFile))
    .update(version('govuk-frontend'))
    .update(version('@ministryofjustice/frontend'))
    .digest('hex')
    .slice(0, 16);
  const cacheDir = path.join(projectRoot, 'node_modules', '.cache', 'waymark');
  const cached = path.join(cacheDir, `application-${key}.css`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached, 'utf8');
  const sass = await import('sass');
  const result = sass.compile(scssFile, {
    loadPaths: [projectRoot, govukDist(), mojRoot()],
    style: 'compressed',
    quietDeps: true,
    logger: sass.Logger.silent,
  });
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, result.css);
  fs.renameSync(tmp, cached);
  return result.css;
}
