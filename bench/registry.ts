// Every benchmark `npm run bench` knows, in the order it runs them.
import type { Benchmark } from './types.js';
import { personPageBenchmarks } from './person-page.js';
import { staticUnderLoad } from './static-under-load.js';
import { embeddedRss } from './embedded-rss.js';
import { scoringSql } from './scoring-sql.js';
import { bareCopy } from './bare-copy.js';
import { selectionRun } from './selection-run.js';
import { pendingBenchmarks } from './pending.js';
import { performanceMeasures } from './performance-measures.js';
import { importPeakRss, importThroughput } from './import-throughput.js';
import { importDaily } from './import-daily.js';

export const benchmarks: Benchmark[] = [...personPageBenchmarks, staticUnderLoad, embeddedRss, scoringSql, selectionRun, bareCopy, importThroughput, importDaily, importPeakRss, performanceMeasures, ...pendingBenchmarks];
