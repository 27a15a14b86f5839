#!/usr/bin/env node
// The `waymark` command. A checkout needs no build step: the TypeScript sources
// are transpiled to plain JavaScript the first time they run after a change
// (scripts/build.mjs, well under a second), and every run starts from that
// build, which loads about two seconds faster than the sources through a
// TypeScript loader. WAYMARK_RUN_SOURCES=1 runs src/ through tsx instead.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

if (process.env.WAYMARK_RUN_SOURCES === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  const { currentBuild } = await import('../scripts/build.mjs');
  await import(pathToFileURL(path.join(await currentBuild(), 'cli', 'main.js')).href);
}
