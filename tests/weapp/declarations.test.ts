// What the built package calls against what it declares. WeChat disables an interface whose
// kind the privacy guide does not declare, fails a location interface missing from
// requiredPrivateInfos, and refuses at code review a requiredPrivateInfos entry nothing calls
// (61040): see config/wechat-privacy.ts for the documents. The declarations live there; this
// reads the minified output, where Taro's API proxy keeps each API as a property call
// (`r().getLocation({…})`), as a direct `wx.getLocation(…)` would be.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  DECLARED_PRIVACY,
  LOCATION_PROMPT,
  REQUIRED_PRIVATE_INFO_APIS,
  WECHAT_PRIVACY_KINDS,
  privacyKindOf,
  type PrivacyInterface
} from '../../config/wechat-privacy'
import { builtAppJson, builtFiles } from './built-files'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** How a call of the interface shows in minified code. */
function callPattern(api: PrivacyInterface): RegExp {
  const [form, name] = api.includes(':') ? api.split(':') : ['api', api]
  if (form === 'authorize') return new RegExp(`\\.authorize\\(\\{scope:["']${escape(name)}["']`)
  if (form === 'open-type') return new RegExp(`openType:["']${escape(name)}["']`)
  // A recorder is fetched only to record: getRecorderManager() stands for RecorderManager.start
  // (a bare `.start(` could be anything's).
  if (name === 'RecorderManager.start') return /\.getRecorderManager\(/
  return new RegExp(`\\.${escape(name.split('.').pop()!)}\\(`)
}

const ALL_INTERFACES = Object.values(WECHAT_PRIVACY_KINDS).flatMap((k) => [...k.interfaces])

/** Every privacy interface the built JavaScript calls, with the files that call it. */
function calledInterfaces(): Map<PrivacyInterface, string[]> {
  const found = new Map<PrivacyInterface, string[]>()
  for (const [file, code] of builtFiles('.js')) {
    for (const api of ALL_INTERFACES) if (callPattern(api).test(code)) found.set(api, [...(found.get(api) ?? []), file])
    // An authorize whose scope is not written out cannot be told apart: it must be.
    if (/\.authorize\((?!\{scope:["'])/.test(code)) found.set('authorize:<unreadable scope>', [file])
  }
  return found
}

const sorted = (xs: Iterable<string>) => [...xs].sort()

describe('privacy declarations against the built package', () => {
  const app = builtAppJson()
  const called = calledInterfaces()
  const declared = DECLARED_PRIVACY.flatMap((d) => d.calls)

  it('calls exactly the privacy interfaces config/wechat-privacy.ts declares', () => {
    // The files are in the message: a failure says which chunk calls what.
    expect(Object.fromEntries(sorted(called.keys()).map((api) => [api, called.get(api)]))).toEqual(
      Object.fromEntries(sorted(declared).map((api) => [api, called.get(api) ?? ['(nothing calls it)']]))
    )
  })

  it('declares each interface under its kind in WeChat’s table, each kind once', () => {
    for (const d of DECLARED_PRIVACY)
      for (const api of d.calls) expect([api, privacyKindOf(api)]).toEqual([api, d.kind])
    const kinds = DECLARED_PRIVACY.map((d) => d.kind)
    expect(new Set(kinds).size).toBe(kinds.length)
  })

  it('app.json requiredPrivateInfos lists exactly the location interfaces called', () => {
    const locationCalls = sorted(
      [...called.keys()].filter((api) => (REQUIRED_PRIVATE_INFO_APIS as readonly string[]).includes(api))
    )
    expect(sorted(app.requiredPrivateInfos ?? [])).toEqual(locationCalls)
  })

  it('the location prompt is the declared purpose, within WeChat’s 30 characters', () => {
    const desc = app.permission?.['scope.userLocation']?.desc ?? ''
    expect(desc).toBe(LOCATION_PROMPT)
    expect(Array.from(desc).length).toBeLessThanOrEqual(30)
    // Its uses are named: distances on 找地方, a position an adult attaches to a suggestion (and staff to a place).
    expect(desc).toMatch(/距离/)
    expect(desc).toMatch(/建议/)
  })

  it('the README’s privacy guide table is the declaration, row for row', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8').split('\n')
    const header = readme.findIndex((l) => /^\s*\| 用户隐私保护指引 \| 接口 \| 用途 \|\s*$/.test(l))
    expect(header).toBeGreaterThan(0)
    const rows = []
    for (const line of readme.slice(header + 2)) {
      if (!line.trim().startsWith('|')) break
      const [name, apis, purpose] = line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim())
      rows.push({ name, calls: apis.split(',').map((a) => a.trim().replace(/`/g, '')), purpose })
    }
    expect(rows).toEqual(
      DECLARED_PRIVACY.map((d) => ({
        name: WECHAT_PRIVACY_KINDS[d.kind].name,
        calls: [...d.calls],
        purpose: d.purpose
      }))
    )
  })
})
