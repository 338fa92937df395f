// A cloud function as the project writes it: one handler per action, typed from the shared
// contract in src/domain/cloud-api. The same definition runs on WeChat (wechat.ts) and in the
// local backend (server/local); only the Context differs.
import type { ActionName, FunctionName, RequestOf, ResponseOf } from '../src/domain/cloud-api'
import { fail, type CloudResult } from '../src/domain/errors'
import type { Caller } from '../src/domain/roles'
import type { ContentChecker } from './adapters/content-check'
import type { FileStorage } from './adapters/file-storage'
import type { FileUrls } from './adapters/file-urls'
import type { Notifier } from './adapters/notifier'
import type { Repository } from './adapters/repository'

export interface Context {
  repo: Repository
  caller: Caller
  backend: 'wechat' | 'local'
  now(): Date
  /** Platform services behind interfaces (WeChat's in production, local stand-ins elsewhere). */
  services: Services
}

export interface Services {
  contentCheck: ContentChecker
  notifier: Notifier
  files: FileStorage
  /** Short-lived links to stored images (storage itself is private). */
  fileUrls: FileUrls
}

export type Handler<N extends FunctionName, A extends ActionName<N>> = (
  request: RequestOf<N, A>,
  ctx: Context
) => Promise<CloudResult<ResponseOf<N, A>>>

export type Handlers<N extends FunctionName> = { [A in ActionName<N>]: Handler<N, A> }

export interface CloudFunction<N extends FunctionName> {
  name: N
  handlers: Handlers<N>
}

export function defineFunction<N extends FunctionName>(name: N, handlers: Handlers<N>): CloudFunction<N> {
  return { name, handlers }
}

// Keys WeChat adds to the event, never part of the caller's request; and keys that would reach an
// object's prototype if a handler copied the request (JSON.parse makes "__proto__" an own key).
const PLATFORM_KEYS = new Set(['userInfo', 'action'])
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Routes a raw event (anything the client sent) to its handler. Never throws: unknown actions,
 * malformed events and handler crashes all come back as typed errors.
 */
export async function dispatch<N extends FunctionName>(
  fn: CloudFunction<N>,
  event: unknown,
  ctx: Context
): Promise<CloudResult<unknown>> {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return fail('BAD_REQUEST')
  const action = (event as { action?: unknown }).action
  if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(fn.handlers, action)) {
    return fail('UNKNOWN_ACTION')
  }
  const request: Record<string, unknown> = Object.create(null)
  for (const [k, v] of Object.entries(event)) if (!PLATFORM_KEYS.has(k) && !PROTOTYPE_KEYS.has(k)) request[k] = v
  const handler = fn.handlers[action as ActionName<N>] as unknown as (
    r: unknown,
    c: Context
  ) => Promise<CloudResult<unknown>>
  try {
    return await handler(request, ctx)
  } catch (e) {
    // The message stays in the server log; the client gets the generic Chinese one.
    console.error(`[${fn.name}.${action}]`, e)
    return fail('INTERNAL')
  }
}
