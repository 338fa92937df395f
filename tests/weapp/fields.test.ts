/**
 * Text fields on the built app take what the server takes: WeChat stops a field at 140 characters
 * unless it names its maxlength, so a policy version pasted on 政策与动态发布 (about 10 KB of
 * JSON) arrives whole, and a field still stops where the rule in src/domain stops it.
 */
import { policyDocument } from '../../src/domain/policy/content'
import { POLICY_LIMITS } from '../../src/domain/policy/validate'
import { whoAmIAs } from '../fixtures/staff'
import { bootApp, renderPage, tap, teardownApp, typeInto, waitForText } from './harness'

jest.setTimeout(20000)

describe('text fields on a phone', () => {
  beforeEach(() =>
    bootApp({
      mockWx: (wx) => {
        ;(wx.cloud as Record<string, unknown>).callFunction = async (o: {
          name: string
          data: { action: string }
        }) => ({
          result: {
            ok: true,
            // The staff pages learn who the caller is from whoami.
            data: o.name === 'user' && o.data.action === 'whoami' ? whoAmIAs('district_admin') : { items: [] }
          }
        })
      }
    })
  )
  afterEach(teardownApp)

  it('政策内容: a whole new version pasted as JSON is read in full and previewed', async () => {
    const page = renderPage('pkg-staff/content/index')
    await waitForText(page, '政策内容')
    tap(page, '.segment-tabs__tab', 1)
    await waitForText(page, '新版本 JSON')
    const json = JSON.stringify({ ...policyDocument, version: `${policyDocument.version}-next` })
    expect(json.length).toBeGreaterThan(140)
    expect(typeInto(page, '.content-page__json .ui-field__textarea', json)).toBe(json)
    tap(page, '.content-page__check')
    await waitForText(page, '的改动')
  })

  it('a field stops at its limit from src/domain, not before', async () => {
    const page = renderPage('pkg-staff/content/index')
    await waitForText(page, '政策内容')
    tap(page, '.segment-tabs__tab', 1)
    await waitForText(page, '新版本 JSON')
    const typed = typeInto(page, '.content-page__json .ui-field__textarea', 'x'.repeat(POLICY_LIMITS.document + 5))
    expect(typed).toHaveLength(POLICY_LIMITS.document)
  })
})
