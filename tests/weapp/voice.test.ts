/**
 * 说出来 on the built app, with a microphone that has not been allowed yet: the tap that opens
 * 说出来 asks for it, and a child who lets go while the prompt is still up leaves nothing
 * recording, so the next hold records (on a phone the recorder keeps going after a stop that came
 * before it began, and refuses a second start).
 */
import { newDevice, type Device } from './device'
import { bootQuiet, childAtSayStep, pause, renderPage, tap, teardownApp, until, waitForText } from './harness'

jest.setTimeout(20000)

async function atVoice(device: Device) {
  bootQuiet(device)
  const page = renderPage('pkg-suggest/write/index')
  await childAtSayStep(page)
  tap(page, '.segment-tabs__tab', 2)
  // The guardian agrees first; that tap asks for the microphone.
  await waitForText(page, '请家长来看一下')
  expect(device.mic.prompts).toBe(0)
  tap(page, '.voice-consent__agree')
  await waitForText(page, '按住说话')
  return page
}

const hold = (page: ReturnType<typeof renderPage>) => page.querySelector('.voice-recorder__hold')!

describe('说出来 on a phone, the first time', () => {
  afterEach(teardownApp)

  it('the tap that agrees to 说出来 asks for the microphone; the first hold then records at once', async () => {
    const device = newDevice()
    device.mic.permission = 'ask'
    device.mic.promptMs = 100
    const page = await atVoice(device)
    await until(() => device.mic.permission === 'granted', 'the answer to the microphone prompt')
    expect(device.mic.prompts).toBe(1)
    expect(device.mic.starts).toHaveLength(0)
    hold(page).dispatchEvent('touchstart')
    await waitForText(page, '还剩 60 秒')
    hold(page).dispatchEvent('touchend')
    await waitForText(page, '录好了')
    expect(device.mic.prompts).toBe(1)
    expect(device.violations).toEqual([])
  })

  it('let go while the prompt is still up: nothing is left recording, and the next hold records', async () => {
    const device = newDevice()
    device.mic.permission = 'ask'
    device.mic.promptMs = 400
    const page = await atVoice(device)
    // The child holds and lets go before answering the prompt.
    hold(page).dispatchEvent('touchstart')
    await pause(60)
    hold(page).dispatchEvent('touchend')
    await until(() => device.mic.permission === 'granted', 'the answer to the microphone prompt')
    await pause(100)
    hold(page).dispatchEvent('touchstart')
    await waitForText(page, '还剩 60 秒')
    hold(page).dispatchEvent('touchend')
    await waitForText(page, '录好了')
    expect(device.violations).toEqual([])
  })
})
