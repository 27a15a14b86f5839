// @ts-check

/**
 * Adds every item of `more` to the end of `list`. Not `list.push(...more)`:
 * spread, each item is an argument of the call, and a query's result of half
 * a million rows (a protocol message each) is more than a call may take.
 * @template T
 * @param {T[]} list
 * @param {Iterable<T>} more
 */
export function append(list, more) {
  for (const item of more) list.push(item);
}
