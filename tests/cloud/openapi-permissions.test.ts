// Every openapi a cloud function can call is declared in its config.json, and nothing more.
// Undeclared, WeChat refuses the call with -604101
// (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html).
// Declared but never called, a permission is a finding too: it lets the function (or a bug in
// it) send messages to people or spend the content-check quota without any code meaning to, and
// it tells a reader of config.json something untrue about what the function does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { FUNCTIONS_DIR, ROOT, functionNames, readFunctionConfig } from '../../scripts/functions-config'
import { openapiCalls, projectCompilerOptions, type OpenapiUse } from './openapi-calls'
import { declaredOpenapi } from './wx-server-sdk-fake'

// A type-checked program over every function: a few seconds on a loaded machine.
jest.setTimeout(60_000)

const STAFF_NOTICE = 'server/services/staff-notice.ts:'
const byApi = (uses: OpenapiUse[]) => Object.fromEntries(uses.map((u) => [u.api, u.sites]))

describe('openapi permissions', () => {
  const names = functionNames()
  const calls = openapiCalls(
    Object.fromEntries(names.map((n) => [n, join(FUNCTIONS_DIR, n, 'index.ts')])),
    projectCompilerOptions(join(ROOT, 'tsconfig.json')),
    ROOT
  )

  it.each(names)('%s declares exactly the openapis its code calls', (name) => {
    const called = calls[name].map((u) => u.api)
    const declared = [...declaredOpenapi(name)].sort()
    // The call sites are in the message, so a failure says where each call is.
    expect({ declared, called: byApi(calls[name]) }).toEqual({
      declared: called,
      called: byApi(calls[name])
    })
  })

  // The notifier sends a kind only when the function's environment names its template: without
  // the variable a function that can send 新建议提醒 (a 转办, a 预约参观, 督办) sends nothing on
  // CloudBase and nobody notices, since the local backend always has its templates.
  it('every function that can send 新建议提醒 is given its template', () => {
    const senders = names.filter((n) =>
      calls[n].some((u) => u.api === 'subscribeMessage.send' && u.sites.some((s) => s.startsWith(STAFF_NOTICE)))
    )
    expect(senders).toEqual(expect.arrayContaining(['places', 'purge', 'staff', 'suggestions']))
    for (const name of senders)
      expect({ name, env: Object.keys(readFunctionConfig(name).envVariables ?? {}) }).toEqual({
        name,
        env: expect.arrayContaining(['SUBSCRIBE_TEMPLATE_NEW_SUGGESTION'])
      })
  })

  it('finds the calls made through the WeChat adapters (the analysis is not blind)', () => {
    expect(byApi(calls.suggestions)).toMatchObject({
      'security.msgSecCheck': [expect.stringMatching(/^cloudfunctions\/suggestions\/handler\.ts:\d+$/)],
      'security.mediaCheckAsync': [expect.stringMatching(/^cloudfunctions\/suggestions\/media-check\.ts:\d+$/)],
      'subscribeMessage.send': [expect.stringMatching(/^server\/services\/staff-notice\.ts:\d+$/)]
    })
    expect(calls.policy).toEqual([])
  })
})

describe('the openapi call analysis', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'yimi-openapi-'))
    const files: Record<string, string> = {
      'adapter.ts': `
        export interface Sender { send(to: string): Promise<void>; name(): string }
        export function wechatSender(openapi: any): Sender {
          return {
            async send(to) { await openapi.subscribeMessage.send({ touser: to }) },
            name: () => 'x'
          }
        }`,
      'direct.ts': `
        declare const cloud: any
        export const main = () => cloud.openapi.customerServiceMessage.send({ msgtype: 'text' })`,
      'through.ts': `
        import { wechatSender, type Sender } from './adapter'
        const s: Sender = wechatSender({})
        export const main = () => s.send('o')`,
      'unused.ts': `
        import { wechatSender } from './adapter'
        export const main = () => wechatSender({}).name()`
    }
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('counts a direct call, a call through an interface, and not an adapter nobody calls', () => {
    const found = openapiCalls(
      { direct: join(dir, 'direct.ts'), through: join(dir, 'through.ts'), unused: join(dir, 'unused.ts') },
      {
        strict: true,
        target: ts.ScriptTarget.ES2020,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler
      },
      dir
    )
    expect(found).toEqual({
      direct: [{ api: 'customerServiceMessage.send', sites: ['direct.ts:3'] }],
      through: [{ api: 'subscribeMessage.send', sites: ['through.ts:4'] }],
      unused: []
    })
  })
})
