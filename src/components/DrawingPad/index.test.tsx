import { Current } from '@tarojs/runtime'
import TestUtils from '@tarojs/test-utils-react'
import { drawStroke, fakeCanvases, pageContainer } from '../../../tests/setup/canvas'
import { waitUntil } from '../../../tests/setup/wait'
import { PALETTE, PEN_SIZES, type Stroke } from '../../domain/drawing'
import { DrawingPad, type DrawingPadHandle, type DrawingPadState } from './index'

let fakes: ReturnType<typeof fakeCanvases>
let handle: DrawingPadHandle | null = null

function Harness(props: { onChange: (s: DrawingPadState) => void; initialStrokes?: readonly Stroke[] }) {
  return <DrawingPad ref={(h) => (handle = h)} ariaLabel='我的画：公园' {...props} />
}

const PAGE_PATH = '/pkg-suggest/write/index'
const q = (selector: string) => document.querySelector(selector) as HTMLElement

async function mountPad(initialStrokes?: readonly Stroke[]) {
  const onChange = jest.fn<void, [DrawingPadState]>()
  const u = new TestUtils()
  await u.mount(Harness, { props: { onChange, initialStrokes }, container: pageContainer(PAGE_PATH) })
  // Ready once the service found the inner <canvas> and took its context.
  await waitUntil(() => fakes.state.contexts > 0, 'the canvas to open')
  const canvas = q('#drawing-pad')
  const stroke = async (points: Array<[number, number]>) => {
    await u.act(async () => drawStroke(canvas, points))
  }
  const click = (selector: string) => u.act(async () => void u.fireEvent.click(q(selector)))
  return { u, onChange, canvas, stroke, click }
}

describe('DrawingPad', () => {
  beforeEach(() => {
    handle = null
    fakes = fakeCanvases()
  })
  afterEach(() => {
    Current.page = null
    fakes.restore()
  })

  it('labels the picture and its controls, and offers nothing to undo or clear while empty', async () => {
    const { onChange, click } = await mountPad()
    expect(q('.drawing-pad__paper').getAttribute('aria-label')).toBe('我的画：公园')
    expect(q('#drawing-pad').tagName.toLowerCase()).toBe('taro-canvas-core')
    const swatches = Array.from(document.querySelectorAll('.drawing-pad__swatch'))
    expect(swatches.map((s) => s.textContent)).toEqual(PALETTE.map((c) => c.name))
    expect(swatches[0].getAttribute('aria-label')).toBe('黑色')
    expect(swatches.map((s) => s.getAttribute('aria-checked'))).toEqual(PALETTE.map((_, i) => String(i === 0)))

    const undo = q('.drawing-pad__undo')
    const clear = q('.drawing-pad__clear')
    expect(undo.textContent).toContain('撤销')
    expect(clear.textContent).toContain('清空')
    expect(undo.getAttribute('data-disabled')).toBe('true')
    expect(clear.getAttribute('data-disabled')).toBe('true')
    expect(undo.className).toContain('drawing-pad__action--disabled')

    await click('.drawing-pad__undo')
    await click('.drawing-pad__clear')
    expect(onChange).not.toHaveBeenCalled()
    await expect(handle!.exportImage()).rejects.toThrow('还没有画画')
  })

  it('draws a stroke with touches, reports it, and undo brings the pad back to empty', async () => {
    const { onChange, stroke, click } = await mountPad()
    await stroke([
      [10, 10],
      [30, 10],
      [50, 20]
    ])
    expect(onChange).toHaveBeenLastCalledWith({ empty: false, strokes: 1 })
    expect(handle!.getStrokes()).toHaveLength(1)
    // jsdom lays nothing out, so the canvas sits at 0,0 and client coordinates are canvas ones.
    expect(handle!.getStrokes()[0].points).toEqual([
      { x: 10, y: 10 },
      { x: 30, y: 10 },
      { x: 50, y: 20 }
    ])
    expect(fakes.state.painted.some((p) => p.kind === 'line')).toBe(true)
    expect(q('.drawing-pad__undo').getAttribute('data-disabled')).toBe('false')
    expect(q('.drawing-pad__clear').getAttribute('data-disabled')).toBe('false')

    await click('.drawing-pad__undo')
    expect(onChange).toHaveBeenLastCalledWith({ empty: true, strokes: 0 })
    expect(handle!.getStrokes()).toHaveLength(0)
    expect(q('.drawing-pad__undo').getAttribute('data-disabled')).toBe('true')
  })

  it('turns browser touches into canvas coordinates, wherever the canvas sits on the page', async () => {
    const rect = jest.spyOn(HTMLCanvasElement.prototype, 'getBoundingClientRect').mockReturnValue({
      left: 100,
      top: 50,
      width: 300,
      height: 200,
      right: 400,
      bottom: 250,
      x: 100,
      y: 50,
      toJSON: () => ({})
    })
    try {
      const { stroke } = await mountPad()
      await stroke([
        [110, 60],
        [150, 90]
      ])
      expect(handle!.getStrokes()[0].points).toEqual([
        { x: 10, y: 10 },
        { x: 50, y: 40 }
      ])
    } finally {
      rect.mockRestore()
    }
  })

  it('paints the next stroke in the colour and pen the child picked', async () => {
    const { stroke, click } = await mountPad()
    await stroke([
      [10, 10],
      [40, 10]
    ])
    await click('.drawing-pad__swatch[data-color="red"]')
    await click('.drawing-pad__pen[data-pen="thick"]')
    expect(q('.drawing-pad__swatch[data-color="red"]').getAttribute('aria-checked')).toBe('true')
    expect(q('.drawing-pad__swatch[data-color="black"]').getAttribute('aria-checked')).toBe('false')
    fakes.state.painted.length = 0
    await stroke([
      [10, 60],
      [40, 60]
    ])

    const red = PALETTE.find((c) => c.id === 'red')!.color
    const thick = PEN_SIZES.find((p) => p.id === 'thick')!.width
    const [first, second] = handle!.getStrokes()
    expect(first.color).toBe(PALETTE[0].color)
    expect(second).toMatchObject({ color: red, width: thick })
    expect(fakes.state.painted.filter((p) => p.kind === 'line')).toContainEqual({
      kind: 'line',
      color: red,
      width: thick
    })
    expect(fakes.state.painted.every((p) => p.color === red)).toBe(true)
  })

  it('clears without asking, says how to get the picture back, and undo restores it', async () => {
    const { onChange, stroke, click } = await mountPad()
    await stroke([
      [10, 10],
      [40, 40]
    ])
    await stroke([[60, 60]]) // a tap is a dot
    expect(onChange).toHaveBeenLastCalledWith({ empty: false, strokes: 2 })

    await click('.drawing-pad__clear')
    expect(onChange).toHaveBeenLastCalledWith({ empty: true, strokes: 0 })
    expect(document.body.textContent).toContain('点“撤销”可以把画找回来')
    expect(q('.drawing-pad__undo').getAttribute('data-disabled')).toBe('false')

    await click('.drawing-pad__undo')
    expect(onChange).toHaveBeenLastCalledWith({ empty: false, strokes: 2 })
    expect(document.body.textContent).not.toContain('点“撤销”可以把画找回来')
  })

  it('shows strokes saved from an earlier pad again, and they stay undoable', async () => {
    const saved: Stroke[] = [
      {
        color: PALETTE[1].color,
        width: 6,
        points: [
          { x: 10, y: 10 },
          { x: 40, y: 10 }
        ]
      },
      { color: PALETTE[4].color, width: 16, points: [{ x: 10, y: 50 }] }
    ]
    const { onChange, click } = await mountPad(saved)
    expect(handle!.getStrokes()).toEqual(saved)
    expect(fakes.state.painted).toEqual(
      expect.arrayContaining([
        { kind: 'line', color: PALETTE[1].color, width: 6 },
        { kind: 'dot', color: PALETTE[4].color, width: 0 }
      ])
    )
    expect(q('.drawing-pad__undo').getAttribute('data-disabled')).toBe('false')
    expect(onChange).not.toHaveBeenCalled()
    await click('.drawing-pad__undo')
    expect(onChange).toHaveBeenLastCalledWith({ empty: false, strokes: 1 })
  })

  it('exports the drawing as a PNG data URL in the browser build', async () => {
    const { stroke } = await mountPad()
    await stroke([
      [10, 10],
      [40, 40]
    ])
    await expect(handle!.exportImage()).resolves.toBe('data:image/png;base64,AAAA')
    expect(fakes.toDataURL).toHaveBeenCalledWith('image/png')
  })

  it('draws with a mouse in the browser build', async () => {
    const { u, onChange } = await mountPad()
    const inner = q('#drawing-pad canvas')
    await u.act(async () => {
      u.fireEvent.mouseDown(inner, { button: 0, clientX: 5, clientY: 5 })
      // Move and up are watched on the window, so a stroke that leaves the canvas still ends.
      window.dispatchEvent(new MouseEvent('mousemove', { clientX: 25, clientY: 5 }))
      window.dispatchEvent(new MouseEvent('mouseup'))
    })
    expect(onChange).toHaveBeenLastCalledWith({ empty: false, strokes: 1 })
    expect(handle!.getStrokes()[0].points).toEqual([
      { x: 5, y: 5 },
      { x: 25, y: 5 }
    ])
  })
})
