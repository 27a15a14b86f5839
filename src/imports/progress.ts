// How far an import has got, as a percentage for the upload page's progress bar.
import type { ImportProgress } from './import-file.js';

export interface ProgressSnapshot {
  phase: ImportProgress['phase'] | 'starting';
  bytesRead: number;
  totalBytes: number;
}

export function percentDone(r: ProgressSnapshot): number {
  if (r.phase === 'done') return 100;
  if (r.phase === 'starting' || r.totalBytes === 0) return 0;
  // Reading is most of the work; checking and storing share the last tenth.
  const reading = Math.min(1, r.bytesRead / r.totalBytes) * 90;
  return Math.floor(r.phase === 'reading' ? reading : r.phase === 'checking' ? 92 : 96);
}
