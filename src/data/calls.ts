// How the data modules name a cloud action once: `action('staff', 'reply')` is a plain function
// taking the request's fields, so a page calls `reply({ id, … })` and never spells the wire.
// Only src/data uses this (eslint.config.mjs).
import type { ActionName, FunctionName, Payload, RequestOf, ResponseOf } from '../domain/cloud-api'
import type { CloudResult } from '../domain/errors'
import { callCloud } from '../services/cloud'

type Args<Q> = object extends Q ? [request?: Q] : [request: Q]

export type Call<N extends FunctionName, A extends ActionName<N>> = (
  ...args: Args<RequestOf<N, A>>
) => Promise<CloudResult<ResponseOf<N, A>>>

export function action<N extends FunctionName, A extends ActionName<N>>(name: N, act: A): Call<N, A> {
  return (...[request]) =>
    callCloud(name, { ...(request ?? {}), action: act } as unknown as Payload<N>) as Promise<
      CloudResult<ResponseOf<N, A>>
    >
}
