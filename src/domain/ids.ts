// Client-generated ids: time-ordered and random enough that two phones never collide, built
// from the inputs given so tests can pin them.
export function newClientId(prefix: string, now: number, random: () => number = Math.random): string {
  let rand = ''
  for (let i = 0; i < 12; i++) rand += Math.floor(random() * 36).toString(36)
  return `${prefix}-${now.toString(36)}-${rand}`
}

/** What a client-generated id may look like (a suggestion's, a reply's): the idempotency key. */
export const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/

export const isClientId = (v: unknown): v is string => typeof v === 'string' && CLIENT_ID.test(v)
