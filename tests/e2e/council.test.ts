/**
 * 儿童议事会 journey: a street admin adds a representative with the guardian's consent and reads
 * the invitation code; a district admin opens the quarter's round; the child joins with the code
 * and picks two of the street's suggestions; the round closes (the picks counted once and made
 * public); the district answers one; the public council page shows the picks and the answer. Two
 * suggestions of the street are written first through the API (their titles name this test:
 * e2e files share one backend).
 */
import type { Browser } from 'playwright-core'
import { backendUrl, cloud, launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(180000)

const STREET = '500103003'
const TAG = Date.now().toString(36).slice(-4)
const FIRST = `校门口加一条斑马线（议事会 e2e ${TAG}）`
const SECOND = `公园里多放几个秋千（议事会 e2e ${TAG}）`

async function suggest(title: string, n: number) {
  const sent = await cloud(
    'citizen',
    'suggestions',
    {
      action: 'submit',
      suggestion: {
        id: `e2e-council-${TAG}-${n}`,
        mode: 'adult',
        topic: 'play',
        title,
        text: `${title}：放学后孩子们都想去。`,
        photoFileIds: [],
        street: STREET,
        onBehalfOfChild: false
      }
    },
    `dev-council-author-${n}`
  )
  expect(sent).toMatchObject({ ok: true })
}

describe('儿童议事会 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a representative added with consent joins, picks two, the round closes, the district answers, everyone reads it', async () => {
    await suggest(FIRST, 1)
    await suggest(SECOND, 2)
    const { page, context, errors } = await phone(browser)

    // The street admin adds the representative: refused without the guardian's consent first.
    await switchIdentity(page, '街道管理员')
    await openStaffTool(page, '儿童议事会')
    await page.locator('.rep-fields__nickname input').fill('小星星')
    await page.locator('.rep-fields__age .ui-chip', { hasText: '10—13岁' }).click()
    await page.locator('.rep-fields__relation .ui-chip', { hasText: '妈妈' }).click()
    await page.locator('.rep-fields__phone input').fill('13812345678')
    await page.locator('.staff-council__save').click()
    await page.getByText('请确认监护人已经同意孩子担任小代表').waitFor()
    await page.locator('.rep-fields__consent').click()
    await page.locator('.staff-council__save').click()
    const rep = page.locator('.staff-council__rep', { hasText: '小星星' }).first()
    const invite = await rep.locator('.staff-council__invite').textContent()
    const code = /邀请码 ([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(invite ?? '')![1]
    expect(await rep.textContent()).toContain('监护人：妈妈 138****5678')
    await screenshot(page, 'council-staff')
    expect(await seriousViolations(page)).toEqual([])

    // The district opens this quarter's round.
    await switchIdentity(page, '区级管理员')
    await page.goto(`${backendUrl()}/#/pkg-staff/council/index`)
    await page.locator('.staff-council__open').click()
    await page.locator('.staff-council__round', { hasText: '进行中' }).waitFor()

    // The child joins with the code (typed with the guardian, in small letters) and picks two.
    await switchIdentity(page, '居民')
    await page.locator('.mine__council').click()
    await page.locator('.council-join__code input').fill(code.toLowerCase())
    await page.locator('.council-join__send').click()
    await page.getByText('你好，小星星！').waitFor()
    await page.locator('.council-picks__item', { hasText: FIRST }).click()
    await page.locator('.council-picks__item', { hasText: SECOND }).click()
    await page.locator('.council-picks__save').click()
    await page.getByText('保存好啦！你选了 2 条。').waitFor()
    await screenshot(page, 'council-picks')
    expect(await seriousViolations(page)).toEqual([])
    // Picks are private while the round runs: nothing is counted in public.
    const running = await cloud('citizen', 'policy', { action: 'council' })
    expect(JSON.stringify(running.data)).not.toContain(FIRST)

    // The district closes the round (after asking) and answers the first picked suggestion.
    await switchIdentity(page, '区级管理员')
    await page.goto(`${backendUrl()}/#/pkg-staff/council/index`)
    await page.locator('.staff-council__close').click()
    await page.locator('.taro-modal__foot', { hasText: '结束' }).getByText('结束', { exact: true }).click()
    const item = page.locator('.staff-council__item', { hasText: FIRST })
    await item.getByText('1 位小代表选了它', { exact: false }).waitFor()
    await item.locator('.council-answer__words textarea').fill('区城管局将在公园东侧增设两组秋千（示例）。')
    await item.locator('.council-answer__kids input').fill('公园里会多两个秋千啦！（示例）')
    // The day it will be done: picked (none is offered), here the picker's first, today.
    await item.locator('.council-answer__by .date-field__value').click()
    await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
    await item.locator('.council-answer__by .date-field__value', { hasNotText: '请选择' }).waitFor()
    await item.locator('.council-answer__send').click()
    await item.getByText('已答复（会做', { exact: false }).waitFor()

    // Anyone reads it on the council page: the picks, the answer in child and adult words.
    await switchIdentity(page, '邻居家长', '居民')
    await page.goto(`${backendUrl()}/#/pkg-polls/council/index`)
    const shown = page.locator('.council-item', { hasText: FIRST })
    await shown.getByText('1 位小代表选了它').waitFor()
    await shown.getByText('给小朋友：公园里会多两个秋千啦！（示例）').waitFor()
    expect(await shown.textContent()).toContain('区城管局将在公园东侧增设两组秋千（示例）。')
    await page.locator('.council-item', { hasText: SECOND }).getByText('区里正在准备答复。').waitFor()
    // Nobody's nickname, phone or account on the public page.
    const publicText = (await page.locator('.council').textContent()) ?? ''
    for (const secret of ['小星星', '13812345678', '138****5678']) expect(publicText).not.toContain(secret)
    await screenshot(page, 'council-results')
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
