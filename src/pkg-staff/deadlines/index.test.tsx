import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import StaffDeadlinesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const errorOf = (key: string) => document.querySelector(`.staff-deadlines__${key} .ui-field__error`)?.textContent
const valueOf = (key: string) => document.querySelector<HTMLInputElement>(`.staff-deadlines__${key} input`)?.value

describe('处理期限', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows the limits in force, refuses a bad number beside its field, then saves', async () => {
    stubCloud(mockedCall, {
      staff: {
        deadlines: answer('staff', 'deadlines', { acceptDays: 2, answerDays: 10 }),
        saveDeadlines: (r) =>
          answer('staff', 'saveDeadlines', {
            ...(r.limits as { acceptDays: number; answerDays: number }),
            updatedAt: '2026-12-06T02:00:00.000Z',
            updatedBy: '李管理员'
          })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffDeadlinesPage, {})
    await waitUntil(() => valueOf('answerDays') === '10', 'the limits')
    expect(document.body.textContent).toContain('还没有设置过，正在使用默认期限')
    await type(u, '.staff-deadlines__answerDays', '0')
    await click(u, document.querySelector('.staff-deadlines__save'))
    expect(errorOf('answerDays')).toContain('答复期限请填 1—30 之间的整数（工作日）')
    expect(requestsTo(mockedCall, 'staff', 'saveDeadlines')).toEqual([])
    await type(u, '.staff-deadlines__answerDays', '15')
    await click(u, document.querySelector('.staff-deadlines__save'))
    await waitUntil(() => document.body.textContent?.includes('李管理员 修改于'), 'saved')
    expect(requestsTo(mockedCall, 'staff', 'saveDeadlines')).toEqual([{ limits: { acceptDays: 2, answerDays: 15 } }])
    expect(errorOf('answerDays')).toBeUndefined()
  })

  it('shows the server’s refusal', async () => {
    stubCloud(mockedCall, {
      staff: {
        deadlines: answer('staff', 'deadlines', { acceptDays: 2, answerDays: 10 }),
        saveDeadlines: failure('FORBIDDEN', '只有区级管理员可以修改处理期限')
      }
    })
    const u = new TestUtils()
    await u.mount(StaffDeadlinesPage, {})
    await waitUntil(() => valueOf('acceptDays') === '2', 'the limits')
    await click(u, document.querySelector('.staff-deadlines__save'))
    await waitUntil(() => document.body.textContent?.includes('只有区级管理员可以修改处理期限'), 'the refusal')
  })
})
