// Typed errors of the performance services; web routes map `status` to HTTP,
// the CLI prints the message.
export class PerformanceError extends Error {
  constructor(message: string, readonly status: 400 | 403 | 404 | 409) {
    super(message);
    this.name = 'PerformanceError';
  }
}
export const forbidden = (m: string) => new PerformanceError(m, 403);
export const invalid = (m: string) => new PerformanceError(m, 400);
export const notFound = (m: string) => new PerformanceError(m, 404);
