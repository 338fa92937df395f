// Typed stand-ins for the cloud seam in page tests. Answers are typed from the contract in
// src/domain/cloud-api.ts (ResponseOf), so a renamed or retyped field breaks the test at compile
// time instead of silently feeding the page an old shape.
import type { ActionName, FunctionName, Payload, RequestOf, ResponseOf } from '../../src/domain/cloud-api'
import { fail, ok, type CloudResult, type ErrorCode } from '../../src/domain/errors'
import type { callCloud } from '../../src/services/cloud'

type Answer<N extends FunctionName, A extends ActionName<N>> =
  | CloudResult<ResponseOf<N, A>>
  | ((request: RequestOf<N, A>) => CloudResult<ResponseOf<N, A>> | Promise<CloudResult<ResponseOf<N, A>>>)

/** For each function and action a test expects, its answer (or a function of the request). */
export type CloudAnswers = {
  [N in FunctionName]?: { [A in ActionName<N>]?: Answer<N, A> }
}

export type CloudMock = jest.MockedFunction<typeof callCloud>

/** A successful answer, typed by function and action. */
export function answer<N extends FunctionName, A extends ActionName<N>>(
  _name: N,
  _action: A,
  data: ResponseOf<N, A>
): CloudResult<ResponseOf<N, A>> {
  return ok(data)
}

/** A failed answer, as the seam returns it (with the form field it belongs to, if any). */
export function failure(code: ErrorCode, message?: string, field?: string): CloudResult<never> {
  return fail(code, message, field)
}

/**
 * Routes every call to the answer for its function and action. A call the test did not expect
 * fails loudly (the page would otherwise get undefined and the test pass for the wrong reason).
 */
export function stubCloud(mock: CloudMock, answers: CloudAnswers): void {
  mock.mockImplementation((async (name: FunctionName, payload: Payload<FunctionName>) => {
    const { action, ...request } = payload as { action: string } & Record<string, unknown>
    const table = answers[name] as Record<string, unknown> | undefined
    const entry = table?.[action]
    if (entry === undefined) {
      // Pages often swallow a rejected call; say it on the console too, so it is never silent.
      const error = new Error(`unexpected cloud call ${name}.${action}`)
      console.error(error.message)
      throw error
    }
    return typeof entry === 'function' ? await (entry as (r: unknown) => unknown)(request) : entry
  }) as unknown as typeof callCloud)
}

/** Every request the page sent to one function and action, in order. */
export function requestsTo<N extends FunctionName, A extends ActionName<N>>(
  mock: CloudMock,
  name: N,
  action: A
): Array<RequestOf<N, A>> {
  return mock.mock.calls
    .filter(([n, p]) => n === name && (p as { action: string }).action === action)
    .map(([, p]) => {
      const { action: _action, ...request } = p as { action: string } & Record<string, unknown>
      return request as RequestOf<N, A>
    })
}

/** A promise the test resolves by hand: to answer out of order, as a slow backend does. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}
