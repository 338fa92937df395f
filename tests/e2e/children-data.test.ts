/**
 * A child's data, from the guardian's yes to the guardian's delete, in Chromium against the local
 * backend: before 说出来 the guardian reads what a recording is for (and the 儿童个人信息保护规则
 * it links to) and agrees; the child records and sends; the server keeps the agreement with the
 * recording. Then on 我的 → 我的数据 the guardian sees everything linked to the account and deletes
 * all of it with one confirmation: the suggestion's recording and its file are gone.
 */
import type { Browser } from 'playwright-core'
import { backendUrl, cloud, launch, phone, screenshot } from './browser'

jest.setTimeout(120000)

describe('a child’s data, with the guardian', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the guardian agrees, the child records and sends, the guardian deletes everything', async () => {
    const { page, context, errors } = await phone(browser, { permissions: ['microphone'] })
    // A citizen of its own: its data and rate limits are nobody else's.
    const family = `dev-family-${Date.now()}`
    await context.setExtraHTTPHeaders({ 'x-dev-openid': family })
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)
    await page.locator('.mode-chooser__option', { hasText: '我是小朋友' }).click()
    await page.locator('[data-topic="play"]').click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.segment-tabs__tab', { hasText: '说出来' }).click()

    // The guardian's step comes before any recording.
    await page.locator('.voice-consent', { hasText: '请家长来看一下' }).waitFor()
    expect(await page.locator('.voice-recorder__hold').count()).toBe(0)
    await screenshot(page, 'children-voice-consent')
    // The rules it links to say what is kept of a child and how a guardian deletes it.
    await page.locator('.voice-consent__rules').click()
    await page.locator('.section-title', { hasText: '从孩子那里收集什么' }).waitFor()
    await page.locator('.about__body', { hasText: '我的 → 我的数据' }).first().waitFor()
    await screenshot(page, 'children-rules')
    await page.goBack()
    await page.locator('.voice-consent__agree').click()

    const hold = page.locator('.voice-recorder__hold')
    await hold.filter({ hasText: '按住说话' }).waitFor()
    await hold.click()
    await page.locator('.voice-recorder__countdown', { hasText: /还剩 (5[0-8]) 秒/ }).waitFor({ timeout: 10000 })
    await hold.click()
    await page.locator('.voice-recorder__saved', { hasText: '录好了' }).waitFor()
    await page.locator('.child-wizard__next').click()
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__age', { hasText: '6—9岁' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__send').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor({ timeout: 30000 })

    const [sent] = (await cloud('citizen', 'suggestions', { action: 'listMine' }, family)).data.items as Array<{
      id: string
      audioFileId?: string
    }>
    expect(sent.audioFileId).toMatch(/^local:\/\/files\//)
    // The agreement is kept with the row, where staff see it.
    const staffView = await cloud('street', 'staff', { action: 'get', id: sent.id })
    expect(staffView.data.voiceConsent).toMatchObject({ version: expect.stringMatching(/^guardian-voice-/) })
    const links = await cloud('citizen', 'suggestions', { action: 'imageUrls', id: sent.id }, family)
    const fileUrl = `${backendUrl()}${links.data.audio}`
    expect((await fetch(fileUrl)).status).toBe(200)

    // 我的 → 我的数据: everything linked to the account, deleted with one confirmation.
    // A fresh load: a hash-only change would stack pages in Taro's router.
    await page.goto('about:blank')
    await page.goto(`${backendUrl()}/#/pkg-suggest/my-data/index`)
    await page.locator('.my-data__kept', { hasText: '录音' }).waitFor()
    await screenshot(page, 'children-my-data')
    await page.locator('.my-data__delete').click()
    const modal = page.locator('.taro-modal__foot', { hasText: '全部删除' })
    await page.locator('.taro-modal__content', { hasText: '录音' }).waitFor()
    await modal.getByText('全部删除', { exact: true }).click()
    await page.locator('.my-data__kept', { hasText: '没有和你的微信账号关联的数据了' }).waitFor()
    await screenshot(page, 'children-my-data-deleted')

    const after = await cloud('citizen', 'suggestions', { action: 'myData' }, family)
    expect(after.data.suggestions).toEqual([])
    const row = await cloud('street', 'staff', { action: 'get', id: sent.id })
    expect(row.data).not.toHaveProperty('audioFileId')
    expect(row.data).not.toHaveProperty('voiceConsent')
    expect((await fetch(fileUrl)).status).toBe(404)
    expect(errors).toEqual([])
  })
})
