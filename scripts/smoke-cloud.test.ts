// The smoke calls' expectations, checked against the real handlers on SQLite as an anonymous
// caller (what an API-key call is in the cloud), so the list cannot drift from the functions.
import { placesFunction } from '../cloudfunctions/places/handler'
import { policyFunction } from '../cloudfunctions/policy/handler'
import { staffFunction } from '../cloudfunctions/staff/handler'
import { suggestionsFunction } from '../cloudfunctions/suggestions/handler'
import { userFunction } from '../cloudfunctions/user/handler'
import { dispatch, type CloudFunction } from '../server/function'
import { contextFor } from '../tests/server/test-context'
import { tempRepo } from '../tests/server/test-repo'
import type { FunctionName } from '../src/domain/cloud-api'
import { runSmoke, SMOKE_CALLS } from './smoke-cloud'

const FUNCTIONS = {
  user: userFunction,
  policy: policyFunction,
  places: placesFunction,
  suggestions: suggestionsFunction,
  staff: staffFunction
} as Record<FunctionName, CloudFunction<FunctionName>>

describe('npm run smoke:cloud', () => {
  it('every expectation holds on the handlers as an anonymous caller', async () => {
    const t = tempRepo()
    try {
      const ctx = await contextFor(t.repo, null)
      const { code, output } = await runSmoke({}, async (name, params) => {
        // purge's entry (index.ts) needs wx-server-sdk; its handler is tested in its own folder.
        if (name === 'purge') return { RetMsg: JSON.stringify({ ok: true, data: {} }) }
        return { RetMsg: JSON.stringify(await dispatch(FUNCTIONS[name as FunctionName], params, ctx)) }
      })
      expect(output).toContain(`全部 ${SMOKE_CALLS.length} 项通过`)
      expect(code).toBe(0)
    } finally {
      t.cleanup()
    }
  })

  it('names the missing variables without credentials', async () => {
    const { code, output } = await runSmoke({})
    expect(code).toBe(1)
    expect(output).toContain('TENCENTCLOUD_SECRETID')
  })
})
