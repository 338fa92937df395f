import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { policyDocument } from '../../domain/policy/content'
import { waitUntil } from '../../../tests/setup/wait'
import PolicyQaPage from './index'

const question = (id: string) => policyDocument.qa.find((q) => q.id === id)!.question

async function type(u: TestUtils, value: string) {
  const input = document.querySelector('.qa__input input, input') as HTMLInputElement
  // The event helper sets target.value as testing-library does, though its type omits target.
  const init: InputEventInit & { target: { value: string } } = { target: { value } }
  await u.act(async () => {
    input.value = value
    u.fireEvent.input(input, init)
  })
}

describe('policy Q&A list', () => {
  it('lists all five questions, then filters and ranks as the user types', async () => {
    const u = new TestUtils()
    await u.mount(PolicyQaPage, {})
    await u.queries.waitForQueryByText(question('q1'))
    expect(document.querySelectorAll('.qa-card')).toHaveLength(5)

    await type(u, '托育')
    await waitUntil(() => document.querySelector('.qa__count'), 'the result count')
    const cards = document.querySelectorAll('.qa-card')
    expect(cards.length).toBeGreaterThanOrEqual(1)
    expect(cards.length).toBeLessThan(5)
    expect(cards[0].getAttribute('aria-label') ?? cards[0].textContent).toContain(question('q3'))
    // The hit is marked in the answer excerpt.
    expect(Array.from(cards[0].querySelectorAll('.highlighted__hit')).map((n) => n.textContent)).toContain('托育')
  })

  it('shows an empty state with suggestions that search when tapped', async () => {
    const u = new TestUtils()
    await u.mount(PolicyQaPage, {})
    await type(u, 'zzzz')
    await u.queries.waitForQueryByText('没有找到和“zzzz”有关的回答')
    const chip = Array.from(document.querySelectorAll('.qa__chip')).find((c) => c.textContent === '资金') as HTMLElement
    await u.act(() => u.fireEvent.click(chip))
    await waitUntil(() => document.querySelector('.qa__count'), 'the result count')
    expect(document.querySelector('.qa-card')?.textContent).toContain(question('q5'))
  })

  it('opens the answer with the query carried along', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }))
    const u = new TestUtils()
    await u.mount(PolicyQaPage, {})
    await type(u, '公园')
    await waitUntil(() => document.querySelector('.qa__count'), 'the result count')
    await u.act(() => u.fireEvent.click(document.querySelector('.qa-card') as HTMLElement))
    expect(navigateTo).toHaveBeenCalledWith({
      url: `/pkg-policy/qa-detail/index?id=q2&q=${encodeURIComponent('公园')}`
    })
    navigateTo.mockRestore()
  })
})
