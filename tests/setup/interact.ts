// Small helpers for page tests: clicks and typing in act(), and Taro's page show (Taro's H5
// inputs render their native field a moment later; mount() renders outside a real page).
import { getPageInstance } from '@tarojs/runtime'
import type TestUtils from '@tarojs/test-utils-react'
import { waitUntil } from './wait'

export const click = async (u: TestUtils, el: Element | null | undefined) => {
  if (!el) throw new Error('element not found')
  await u.act(async () => u.fireEvent.click(el as HTMLElement))
}

export const byText = (selector: string, text: string) =>
  Array.from(document.querySelectorAll(selector)).find((n) => n.textContent?.includes(text))

export const type = async (u: TestUtils, selector: string, value: string) => {
  await waitUntil(() => document.querySelector(`${selector} input, ${selector} textarea`), `${selector} to render`)
  const input = document.querySelector(`${selector} input, ${selector} textarea`) as HTMLInputElement
  await u.act(async () => {
    input.value = value
    u.fireEvent.input(input, { target: { value } } as unknown as Event)
  })
}

/** A day picked in a DateField (its Picker reports the change as WeChat's does: detail.value). */
export const pickDate = async (u: TestUtils, selector: string, value: string) => {
  const picker = document.querySelector(`${selector} taro-picker-core`)
  if (!picker) throw new Error(`${selector}: no date picker`)
  await u.act(async () => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
}

/** The text shown right after an element (FieldError sits next to its field). */
export const fieldErrorAfter = (selector: string) => {
  const n = document.querySelector(selector)?.nextElementSibling
  return n?.classList.contains('field-error') ? n.textContent : null
}

/**
 * What showing the page does. mount() renders outside a page, so Taro's page hooks (useDidShow)
 * register on the app-level instance; calling its componentDidShow list fires them.
 */
export const fireDidShow = () => {
  const list = (getPageInstance('taro-app') as unknown as Record<string, unknown> | undefined)?.componentDidShow
  for (const fn of Array.isArray(list) ? list : [list]) if (typeof fn === 'function') fn()
}
