/**
 * 机构照片 journey: a district admin opens a childcare centre's edit page, adds a photo from the
 * phone, is asked to confirm it may be public, confirms and saves; a parent opens the centre and
 * sees the photo, named for a screen reader. axe: 0 serious on both pages.
 */
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { backendUrl, launch, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(120000)

const CENTRE = 'demo-childcare-07'
const PHOTO = join(__dirname, '..', 'fixtures', 'images', 'photo.jpg')

describe('机构照片 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a district admin adds a confirmed photo; a parent sees it on the centre’s page', async () => {
    const { page, context, errors } = await phone(browser)
    await switchIdentity(page, '区级管理员')
    await page.goto(`${backendUrl()}/#/pkg-staff/place-admin/index?id=${CENTRE}`)
    await page.locator('.place-photos__add').waitFor()
    const chooser = page.waitForEvent('filechooser')
    await page.locator('.place-photos__add').click()
    await (await chooser).setFiles(PHOTO)
    await page.locator('.place-photos__thumb').first().waitFor()
    await page.locator('.place-photos__save').click()
    await page.getByText('请先确认照片可以公开').waitFor()
    await page.locator('.place-photos__confirm').click()
    await page.locator('.place-photos__save').click()
    await page.locator('.place-photos__intro', { hasText: '确认。' }).waitFor()
    await page.locator('.taro__toast').waitFor({ state: 'hidden', timeout: 5000 })
    await page.locator('.place-photos').scrollIntoViewIfNeeded()
    await screenshot(page, 'place-photos-staff')
    const found = { staff: await seriousViolations(page) }

    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pkg-places/detail/index?id=${CENTRE}`)
    const photo = page.locator('.place-detail__photo img')
    await photo.first().waitFor()
    expect(await photo.first().getAttribute('alt')).toMatch(/的照片 1$/)
    await page.waitForFunction(() => {
      const img = document.querySelector('.place-detail__photo img') as HTMLImageElement | null
      return Boolean(img?.complete && img.naturalWidth > 0)
    })
    await screenshot(page, 'place-photos-detail')
    Object.assign(found, { detail: await seriousViolations(page) })
    expect(found).toEqual({ staff: [], detail: [] })
    expect(errors).toEqual([])
    await context.close()
  })
})
