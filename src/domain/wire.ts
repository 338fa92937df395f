// What the contracts of every function share (cloud-api.ts and each feature's api.ts import it;
// here, not in cloud-api.ts, which imports the feature contracts).

/** An action that takes no request fields besides its name. */
export type NoFields = Record<never, never>

/** A request's JSON object, before its fields are checked. */
export type Obj = Record<string, unknown>

/** A JSON object (not an array, not null): what every validator checks a request field is first. */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Whether a stored record already holds what a save asks, field by field (a save sent again is
 * answered as stored and written nothing). Missing and undefined fields compare equal.
 */
export function holdsAll<T extends object>(stored: T, asked: Partial<T>, keys: ReadonlyArray<keyof T>): boolean {
  return keys.every((k) => JSON.stringify(stored[k]) === JSON.stringify(asked[k]))
}
