/** A scheduled lint that the next edit cancels. */
export interface PendingLint {
  cancel(): void;
}

/**
 * Runs `lint` after `ms`; with no delay on the next turn of the event loop instead of a timer, since
 * Node's `setTimeout(fn, 0)` waits at least 1 ms (a fifth of the keystroke budget at debounce 0).
 */
export function scheduleLint(ms: number, lint: () => void): PendingLint {
  if (ms <= 0) {
    const immediate = setImmediate(lint);
    return { cancel: () => clearImmediate(immediate) };
  }
  const timer = setTimeout(lint, ms);
  return { cancel: () => clearTimeout(timer) };
}
