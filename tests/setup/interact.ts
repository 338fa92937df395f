// Small helpers for the staff page tests (Taro's H5 inputs render their native field a moment later).
import type TestUtils from '@tarojs/test-utils-react'
import { waitUntil } from '../../../tests/setup/wait'

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
    u.fireEvent.input(input, { target: { value } } as never)
  })
}

/** The text shown right after an element (FieldError sits next to its field). */
export const fieldErrorAfter = (selector: string) => {
  const n = document.querySelector(selector)?.nextElementSibling
  return n?.classList.contains('field-error') ? n.textContent : null
}
