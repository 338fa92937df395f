/** Wraps a loader so calls made while one is running share it (mount + show on first display). */
export function singleFlight(load: () => Promise<void>): () => Promise<void> {
  let inflight: Promise<void> | null = null
  return () =>
    (inflight ??= load().finally(() => {
      inflight = null
    }))
}
