// How an error reaches the user: a status, a title and a plain message. The
// database going away is a 503 with "try again", never a stack trace.
import { httpStatusOf, isWaymarkError } from '../errors.js';
export interface ErrorPage {
  status: number;
  code: string;
  title: string;
  message: string;
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);

export function isDatabaseUnavailable(e: any): boolean {
  if (!e) return false;
  if (UNAVAILABLE_CODES.has(e.code)) return true;
  const m = String(e.message ?? '');
  return /Connection terminated|timeout exceeded when trying to connect|embedded database worker exited|Client has encountered a connection error|terminating connection/i.test(m);
}

export function errorPage(e: any): ErrorPage {
  if (isDatabaseUnavailable(e)) {
    return { status: 503, code: 'database_unavailable', title: 'Sorry, the service is unavailable', message: 'Waymark cannot reach its database just now. Try again in a few minutes; nothing you had saved is lost.' };
  }
  if (e?.code === '53100') {
    // disk_full: the database could not grow its files (found by test/integration/faults/disk-full.test.ts).
    return { status: 503, code: 'storage_full', title: 'Sorry, the service cannot save changes', message: "Waymark's database storage is full, so nothing new can be saved. Nothing saved before is lost. Tell your administrator." };
  }
  const status = isWaymarkError(e) ? httpStatusOf(e) : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status === 400 || e?.validation) return { status: 400, code: 'bad_request', title: 'There is a problem with the request', message: e.message };
  if (status === 403) return { status, code: 'forbidden', title: 'You cannot see this page', message: e.message };
  if (status === 404) return { status, code: 'not_found', title: 'Page not found', message: e.message };
  if (status === 413) return { status, code: 'too_large', title: 'The upload is too large', message: e.message };
  if (status === 429) return { status, code: 'rate_limited', title: 'Too many attempts', message: e.message };
  if (status < 500) return { status, code: 'error', title: 'There is a problem', message: e.message };
  return { status: 500, code: 'internal_error', title: 'Sorry, there is a problem with the service', message: 'Try again later. The problem has been logged.' };
}
