/**
 * One door per feature for server data (eslint.config.mjs, DATA_DOOR and WIRE_LITERALS): outside
 * src/data nobody imports the generic cloud hooks or callCloud, writes a `{ action: '…' }`
 * request or calls something with a cloud function's name. The same text is refused in a page
 * and in a store, and accepted in a data module.
 */
import { lintAll, type Message } from '../tests/setup/lint-text'

const DOOR_RULES = ['no-restricted-imports', 'no-restricted-syntax']
const doorMessages = (messages: Message[]) => messages.filter((m) => DOOR_RULES.includes(m.ruleId ?? ''))

const PAGE = `import { useCloudQuery } from '../../hooks/useCloudQuery'
export function usePage(id: string) {
  return useCloudQuery('staff', { action: 'get', id })
}
`
const STORE = `import { callCloud } from '../services/cloud'
export const load = () => callCloud('suggestions', { action: 'listMine' })
`
const WIRE_ONLY = `const REQUEST = { action: 'news' as const }
export const ask = (send: (fn: string, p: object) => unknown) => send('policy', REQUEST)
`

const TYPE_ONLY = `import type { CloudQuery } from '../../hooks/useCloudQuery'
export type Q = CloudQuery<string>
`

describe('one door per feature for server data (lint)', () => {
  let found: Record<string, Message[]>
  beforeAll(() => {
    const all = lintAll({
      page: { path: 'src/pkg-staff/case/example.tsx', text: PAGE },
      store: { path: 'src/stores/useExampleStore.ts', text: STORE },
      component: { path: 'src/components/Example/index.tsx', text: WIRE_ONLY },
      dataHook: { path: 'src/data/example.ts', text: PAGE.replace('../../hooks', '../hooks') },
      dataCall: { path: 'src/data/example.ts', text: STORE },
      typeOnly: { path: 'src/components/Example/index.tsx', text: TYPE_ONLY }
    })
    found = Object.fromEntries(Object.entries(all).map(([name, messages]) => [name, doorMessages(messages)]))
  }, 60_000)

  it('refuses the generic hook and a wire literal in a page', () => {
    expect(found.page.map((m) => m.ruleId).sort()).toEqual([
      'no-restricted-imports',
      'no-restricted-syntax',
      'no-restricted-syntax'
    ])
    expect(found.page.find((m) => m.ruleId === 'no-restricted-imports')!.message).toContain('src/data')
  })

  it('refuses callCloud and a wire literal in a store, and a request object written anywhere else', () => {
    expect(found.store).toHaveLength(3)
    expect(found.component).toHaveLength(2)
  })

  it('accepts the same code in a data module', () => {
    expect(found.dataHook).toEqual([])
    expect(found.dataCall).toEqual([])
  })

  it('lets a page import a type from the generic hooks (LoadState takes a CloudQuery)', () => {
    expect(found.typeOnly).toEqual([])
  })
})
