/**
 * The privacy sheet on the built app, with a user who has not agreed yet: the first privacy
 * interface waits while the sheet is open, 同意并继续 lets it go on only through the button's own
 * agree event (WeChat checks that button was pressed), 不同意 fails it and adds nothing.
 */
import { newDevice, type Device } from './device'
import { bootQuiet, pressAgree, renderPage, tap, teardownApp, until, waitForText } from './harness'

jest.setTimeout(20000)

async function adultForm(device: Device) {
  bootQuiet(device)
  const page = renderPage('pkg-suggest/write/index')
  await waitForText(page, '我是小朋友')
  tap(page, '.mode-chooser__option', 1)
  await waitForText(page, '标题')
  return page
}

describe('the privacy sheet on a phone', () => {
  afterEach(teardownApp)

  it('a photo waits for 同意并继续; the agree event lets it go on', async () => {
    const device = newDevice()
    device.privacy.agreed = false
    const page = await adultForm(device)
    tap(page, '.adult-form__add')
    await waitForText(page, '隐私保护提示')
    expect(page.querySelectorAll('.adult-form__thumb')).toHaveLength(0)
    pressAgree(page)
    await until(() => page.querySelectorAll('.adult-form__thumb').length === 1, 'the photo after agreeing')
    await until(() => !page.dom.textContent?.includes('隐私保护提示'), 'the sheet closed')
    expect(device.privacy.agreed).toBe(true)
    expect(device.violations).toEqual([])
  })

  it('不同意: the photo is not taken and the sheet closes', async () => {
    const device = newDevice()
    device.privacy.agreed = false
    const page = await adultForm(device)
    tap(page, '.adult-form__add')
    await waitForText(page, '隐私保护提示')
    tap(page, '.privacy-sheet__disagree')
    await until(() => !page.dom.textContent?.includes('隐私保护提示'), 'the sheet closed')
    expect(page.querySelectorAll('.adult-form__thumb')).toHaveLength(0)
    expect(device.privacy.agreed).toBe(false)
  })
})
