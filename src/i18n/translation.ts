import type { nl } from './nl';

/** The shape of the Dutch source with every text a string: a translation must have exactly these keys. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Translation = Shape<typeof nl>;
