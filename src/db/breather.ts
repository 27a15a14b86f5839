// Long work on the main thread (parsing a large result, moving an import's
// chunks) pauses now and then, so the web server, which shares the thread,
// keeps serving (SPEC 6). Work too long to split this way runs in a thread of
// its own (src/threads).

/** One turn of the event loop. */
export const breathe = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A breath at most every few milliseconds of work: called once per item, it
 * yields to the event loop when that much time has passed since the last
 * yield, so no stretch holds the thread long and short work does not wait on
 * many turns.
 */
export function breather(sliceMs = 8): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    const now = performance.now();
    if (now - last < sliceMs) return undefined;
    return breathe().then(() => void (last = performance.now()));
  };
}
