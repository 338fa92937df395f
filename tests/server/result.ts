// A cloud answer's data, or the test fails with the error's code and message.
import type { CloudResult } from '../../src/domain/errors'

export function data<T>(r: CloudResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.data as T
}
