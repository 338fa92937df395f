/**
 * A child's voice suggestion in Chromium with a fake microphone (a test tone): the child holds
 * 说出来's button (a click starts and a click ends it here), sees the level move and the seconds
 * count down, listens back and sends while offline; back online the outbox delivers it once; a
 * street admin plays it on the case page and writes down what was said.
 */
import type { Browser, Page } from 'playwright-core'
import { AUDIO_LIMITS } from '../../src/domain/suggestions/audio'
import { backendUrl, cloud, launch, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(120000)

// Every <audio> play is recorded with its outcome: the page builds its player in code.
const RECORD_PLAYS = () => {
  const plays: Array<{ src: string; ok: boolean }> = []
  ;(window as unknown as { __plays: typeof plays }).__plays = plays
  const play = HTMLMediaElement.prototype.play
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    const p = play.call(this)
    p.then(
      () => plays.push({ src: this.currentSrc || this.src, ok: true }),
      () => plays.push({ src: this.currentSrc || this.src, ok: false })
    )
    return p
  }
}
const plays = (page: Page) =>
  page.evaluate(() => (window as unknown as { __plays: Array<{ src: string; ok: boolean }> }).__plays)

describe('a voice suggestion in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a child records, sends offline, reconnects, and a street admin plays it', async () => {
    const { page, context, errors } = await phone(browser, { permissions: ['microphone'] })
    await context.addInitScript(RECORD_PLAYS)
    const before = new Set(
      ((await cloud('citizen', 'suggestions', { action: 'listMine' })).data.items as Array<{ id: string }>).map(
        (s) => s.id
      )
    )

    await switchIdentity(page, '居民')
    await page.locator('.weui-tabbar__item', { hasText: '提建议' }).click()
    await page.locator('.mode-chooser__option', { hasText: '我是小朋友' }).click()
    await page.locator('[data-topic="toilets_water"]').click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.segment-tabs__tab', { hasText: '说出来' }).click()
    // A parent reads what the recording is for and agrees before the child talks.
    await page.locator('.voice-consent__agree').click()
    const hold = page.locator('.voice-recorder__hold')
    await hold.filter({ hasText: '按住说话' }).waitFor()

    await hold.click()
    await page.locator('.voice-recorder__countdown', { hasText: '还剩' }).waitFor()
    // The fake microphone's tone moves the meter; the countdown runs.
    await page.waitForFunction(() => {
      const el = document.querySelector('.voice-recorder__level') as HTMLElement | null
      return Boolean(el && parseFloat(el.style.width) > 0)
    })
    await page.locator('.voice-recorder__countdown', { hasText: /还剩 (5[0-8]) 秒/ }).waitFor({ timeout: 10000 })
    await screenshot(page, 'voice-recording')
    await hold.click()
    await page.locator('.voice-recorder__saved', { hasText: '录好了' }).waitFor()
    await screenshot(page, 'voice-recorded')

    await page.locator('.voice-recorder__listen').click()
    await page.waitForFunction(() => (window as unknown as { __plays: unknown[] }).__plays.length > 0)
    expect((await plays(page))[0]).toMatchObject({ src: expect.stringMatching(/^blob:/), ok: true })

    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__question', { hasText: '在哪个街道' }).waitFor()
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__age', { hasText: '6岁以下' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__review', { hasText: '我录了一段话' }).waitFor()

    // No signal: the recording waits in the outbox with the suggestion.
    await context.setOffline(true)
    await page.locator('.child-wizard__send').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '待发送' }).waitFor()
    await screenshot(page, 'voice-offline')
    await context.setOffline(false)
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor({ timeout: 30000 })

    const mine = (await cloud('citizen', 'suggestions', { action: 'listMine' })).data.items as Array<{
      id: string
      audioFileId?: string
      audioDurationMs?: number
      visibility: string
    }>
    const sent = mine.filter((s) => !before.has(s.id) && s.audioFileId)
    expect(sent).toHaveLength(1)
    const [voice] = sent
    expect(voice.audioFileId).toMatch(/^local:\/\/files\/[0-9a-f-]{36}\.(webm|ogg|m4a)$/)
    expect(voice.audioDurationMs).toBeGreaterThanOrEqual(1_000)
    expect(voice.audioDurationMs).toBeLessThanOrEqual(AUDIO_LIMITS.maxDurationMs)
    // The stored file is what the browser recorded, well under the limit.
    const links = await cloud('citizen', 'suggestions', { action: 'imageUrls', id: voice.id })
    const file = await fetch(`${backendUrl()}${links.data.audio}`)
    expect(file.headers.get('content-type')).toMatch(/^audio\/(webm|ogg|mp4)/)
    const bytes = (await file.arrayBuffer()).byteLength
    expect(bytes).toBeGreaterThan(0)
    expect(bytes).toBeLessThan(AUDIO_LIMITS.maxBytes)

    // The street's admin opens the case, plays the recording and writes down what was said.
    await switchIdentity(page, '街道管理员')
    await page.goto(`${backendUrl()}/#/pkg-staff/case/index?id=${voice.id}`)
    const play = page.locator('.case-recording__play', { hasText: '播放录音' })
    await play.waitFor()
    await play.click()
    await page.waitForFunction(() =>
      (window as unknown as { __plays: Array<{ src: string }> }).__plays.some((p) => p.src.includes('/_files/'))
    )
    expect((await plays(page)).find((p) => p.src.includes('/_files/'))).toMatchObject({ ok: true })
    await page.locator('.case-recording__transcript textarea').fill('厕所的洗手池太高了，我够不着')
    await page.locator('.case-recording__save').click()
    await page.locator('.case-recording__save.ui-button--disabled').waitFor()
    await screenshot(page, 'voice-staff-case')
    const staffView = await cloud('street', 'staff', { action: 'get', id: voice.id })
    expect(staffView.data).toMatchObject({ transcript: '厕所的洗手池太高了，我够不着', audioFileId: voice.audioFileId })
    // The local stand-in of WeChat's audio check has answered by now (about a second after the
    // submit), as the push would: the row no longer waits for review.
    for (let i = 0; i < 50; i++) {
      const row = await cloud('street', 'staff', { action: 'get', id: voice.id })
      if (row.data.audioCheck?.verdict) break
      await new Promise((r) => setTimeout(r, 100))
    }
    expect((await cloud('street', 'staff', { action: 'get', id: voice.id })).data).toMatchObject({
      visibility: 'visible',
      audioCheck: { verdict: 'pass' }
    })
    expect(errors).toEqual([])
    await context.close()
  })
})
