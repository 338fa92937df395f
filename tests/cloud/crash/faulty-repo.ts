// A repository that can fail one storage call, or "crash" right after it succeeded: the tool of
// the fault-injection test (fault-injection.test.ts). Every call through it is counted (reads
// too: a function that dies on a read leaves whatever it wrote before), so a clean run tells how
// many places there are to inject a fault at, and each is then tried in turn.
import type { CollectionName } from '../../../src/domain/collections'
import type { Collection, Doc, Repository } from '../../../server/adapters/repository'

/** Thrown in place of a storage error or a crash; the function's dispatch turns it into INTERNAL. */
export class InjectedFault extends Error {}

export interface Injection {
  /** The 1-based number of the storage call. */
  at: number
  /** fail: the call throws and writes nothing; crash: the call's write lands, then the function dies. */
  mode: 'fail' | 'crash'
}

const METHODS = ['get', 'insert', 'put', 'update', 'updateIf', 'remove', 'find', 'count'] as const

export class FaultyRepository implements Repository {
  calls = 0
  /** What each call was, for the message of a failing case ("3 suggestions.update"). */
  readonly log: string[] = []
  injection: Injection | null = null
  /** Off while the platform resolves the caller (not part of the action). */
  armed = false
  /** Set once a crash was injected: every later call fails too, as a dead process makes none. */
  private dead = false

  constructor(private inner: Repository) {}

  /** A new invocation: counted from 1 again, alive, nothing injected. */
  reset(): void {
    this.calls = 0
    this.log.length = 0
    this.injection = null
    this.dead = false
  }

  collection<T extends Doc>(name: CollectionName): Collection<T> {
    const inner = this.inner.collection<T>(name)
    const wrapped = {} as Collection<T>
    for (const method of METHODS) {
      const call = (inner[method] as (...a: unknown[]) => Promise<unknown>).bind(inner)
      ;(wrapped as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        if (!this.armed) return call(...args)
        if (this.dead) throw new InjectedFault('the process is gone')
        const n = ++this.calls
        this.log.push(`${n} ${name}.${method}`)
        const injected = this.injection?.at === n ? this.injection.mode : null
        if (injected === 'fail') throw new InjectedFault(`storage call ${n} failed`)
        const result = await call(...args)
        if (injected === 'crash') {
          this.dead = true
          throw new InjectedFault(`crashed after storage call ${n}`)
        }
        return result
      }
    }
    return wrapped
  }
}
