/** Milliseconds since the epoch. Time-dependent code takes one, so tests can move time instead of waiting. */
export type Clock = () => number;

/** The real time. */
export const systemClock: Clock = () => Date.now();
