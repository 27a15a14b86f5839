// Types for append.js, plain JavaScript so the embedded engine's worker can use it without a TypeScript loader.
export declare function append<T>(list: T[], more: Iterable<T>): void;
