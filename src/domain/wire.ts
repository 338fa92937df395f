// What the contracts of every function share (cloud-api.ts and each feature's api.ts import it;
// here, not in cloud-api.ts, which imports the feature contracts).

/** An action that takes no request fields besides its name. */
export type NoFields = Record<never, never>
