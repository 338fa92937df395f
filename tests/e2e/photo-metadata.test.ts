/**
 * Photos leave the phone without EXIF: a parent adds a JPEG carrying GPS and device tags, and the
 * file the backend stores from the upload holds none of it (real Chromium canvas).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { backendUrl, launch, phone, screenshot } from './browser'
import { EXIF_MAKE, contains, exifGpsSegment, hasExif, jpegSegments, withSegment } from './jpeg-meta'

jest.setTimeout(90000)

describe('photo metadata in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('uploads a re-encoded photo: no Exif segment, no GPS, no device name', async () => {
    const { page, errors, context } = await phone(browser)
    // A citizen of its own: the shared 居民 may have spent its submissions for the hour in the
    // journeys that ran before (e2e files share one backend and run in any order).
    const author = `dev-photo-meta-${Date.now()}`
    await context.setExtraHTTPHeaders({ 'x-dev-openid': author })
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)

    // A real JPEG from the browser's encoder, then the phone's Exif segment put in front.
    const plain = Uint8Array.from(
      await page.evaluate(async () => {
        const c = document.createElement('canvas')
        c.width = 64
        c.height = 48
        const g = c.getContext('2d')!
        g.fillStyle = '#3a7'
        g.fillRect(0, 0, 64, 48)
        const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.9))
        return [...new Uint8Array(await blob.arrayBuffer())]
      })
    )
    const photo = withSegment(plain, exifGpsSegment())
    expect(hasExif(photo)).toBe(true)
    expect(contains(photo, EXIF_MAKE)).toBe(true)
    const file = join(mkdtempSync(join(tmpdir(), 'yimi-exif-')), 'phone-photo.jpg')
    writeFileSync(file, photo)

    // Playwright gives no body for a Blob upload: the bytes are read back from the backend.
    let uploads = 0
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/cloud/_files')) uploads += 1
    })

    await page.locator('.mode-chooser__option', { hasText: '我是家长' }).click()
    await page.locator('[data-topic="school_way"]').click()
    await page.locator('.adult-form .ui-field__input input').first().fill('路口照片里没有位置')
    await page
      .locator('.adult-form .ui-field__textarea textarea')
      .fill('附上一张路口的照片，希望早高峰有人护学，谢谢。')
    const chooser = page.waitForEvent('filechooser')
    await page.locator('.adult-form__add').click()
    await (await chooser).setFiles(file)
    await page.locator('.adult-form__thumb').first().waitFor()
    await page.locator('.adult-form__submit').click()
    await page.locator('.submit-result .ui-status-tag').first().waitFor({ timeout: 30000 })
    await screenshot(page, 'suggest-photo-sent')

    expect(uploads).toBe(1)

    // The file the backend stored from that upload.
    const r = await fetch(`${backendUrl()}/cloud/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': author },
      body: JSON.stringify({ action: 'listMine' })
    })
    const mine = ((await r.json()).data.items as Array<{ id: string; title: string }>).filter(
      (s) => s.title === '路口照片里没有位置'
    )
    expect(mine).toHaveLength(1)
    // Storage is private: the author's link from imageUrls.
    const links = await fetch(`${backendUrl()}/cloud/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': author },
      body: JSON.stringify({ action: 'imageUrls', id: mine[0].id })
    })
    const [link] = (await links.json()).data.photos as string[]
    const stored = new Uint8Array(await (await fetch(`${backendUrl()}${link}`)).arrayBuffer())
    expect(jpegSegments(stored).length).toBeGreaterThan(0) // still a JPEG
    expect(hasExif(stored)).toBe(false)
    expect(contains(stored, 'Exif')).toBe(false)
    expect(contains(stored, EXIF_MAKE)).toBe(false)
    expect(errors).toEqual([])
    await context.close()
  })
})
