// The 提建议 tab asks who is writing and opens the form (a subpackage page) as that person.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { byText, click } from '../../../tests/setup/interact'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import SuggestPage from './index'

describe('提建议 tab', () => {
  let navigateTo: jest.SpyInstance
  beforeEach(() => {
    navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    useSuggestDraftStore.getState().reset(null)
  })
  afterEach(() => navigateTo.mockRestore())

  it('a child taps 我是小朋友 and the form opens in child mode', async () => {
    const u = new TestUtils()
    await u.mount(SuggestPage, {})
    expect(document.body.textContent).not.toContain('接着写')
    await click(u, byText('.mode-chooser__option', '我是小朋友'))
    expect(useSuggestDraftStore.getState().mode).toBe('child')
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-suggest/write/index' })
  })

  it('offers to go on with a started draft, and switching who writes keeps its words', async () => {
    useSuggestDraftStore.getState().update({ mode: 'adult', text: '路口需要红绿灯' })
    useSuggestDraftStore.getState().about({ source: 'policy', refId: 'q3', about: '托育服务怎么找？' })
    const u = new TestUtils()
    await u.mount(SuggestPage, {})
    expect(document.body.textContent).toContain('家长/居民的建议，关于：托育服务怎么找？')
    await click(u, byText('.ui-button', '接着写'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pkg-suggest/write/index' })
    expect(useSuggestDraftStore.getState().mode).toBe('adult')

    await click(u, byText('.mode-chooser__option', '我是小朋友'))
    expect(useSuggestDraftStore.getState()).toMatchObject({ mode: 'child', step: 0, text: '路口需要红绿灯' })
    expect(navigateTo).toHaveBeenCalledTimes(2)
  })

  it('after a sent suggestion, says nothing is left unwritten (the next one keeps street and age)', async () => {
    useSuggestDraftStore.getState().reset('child')
    useSuggestDraftStore
      .getState()
      .update({ topic: 'parks_green', text: '想要秋千', street: '500103003', ageGroup: '6to9' })
    useSuggestDraftStore.getState().startNext()
    const u = new TestUtils()
    await u.mount(SuggestPage, {})
    expect(document.body.textContent).not.toContain('还有一条没写完')
    expect(useSuggestDraftStore.getState()).toMatchObject({
      mode: 'child',
      street: '500103003',
      ageGroup: '6to9',
      text: ''
    })
  })
})
