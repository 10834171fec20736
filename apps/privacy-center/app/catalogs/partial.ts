import type { Messages } from './en.js';

/** A catalog that may leave keys out; the missing ones are said in English. */
type Partial<T> = { [K in keyof T]?: T[K] extends string ? string : Partial<T[K]> };
export type PartialMessages = Partial<Messages>;
