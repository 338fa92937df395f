import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import JoinStaffPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('我是工作人员 (join with a code)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('a wrong code is refused beside the field; the right one says who they are now and opens 工作台', async () => {
    let joined = false
    stubCloud(mockedCall, {
      user: {
        whoami: () => answer('user', 'whoami', whoAmIAs(joined ? 'community_worker' : 'citizen', '王社工')),
        joinStaff: (req) => {
          if (req.code !== 'ABCD-EFGH')
            return failure('NOT_FOUND', '没有找到这个邀请码，请向给你邀请码的管理员确认', 'code')
          joined = true
          return answer('user', 'joinStaff', {
            roleLabel: '社区工作者',
            name: '王社工',
            scopeLabel: '解放碑街道 · 大井巷社区',
            replayed: false
          })
        }
      }
    })
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never)
    const u = new TestUtils()
    await u.mount(JoinStaffPage, {})
    await waitUntil(() => text().includes('7 天内有效'), 'the form')
    await type(u, '.join-staff__code', 'zzzz-zzzz')
    await click(u, document.querySelector('.join-staff__send'))
    await waitUntil(() => text().includes('没有找到这个邀请码'), 'the refusal')
    expect(document.querySelector('.join-staff__code .ui-field__error')).not.toBeNull()
    await type(u, '.join-staff__code', 'ABCD-EFGH')
    await click(u, document.querySelector('.join-staff__send'))
    await waitUntil(() => text().includes('你好，王社工！你现在是解放碑街道 · 大井巷社区的社区工作者。'), 'joined')
    // Who-am-I was asked again: the staff pages read the new role from it.
    await waitUntil(() => useSessionStore.getState().me?.role === 'community_worker', 'the new role')
    expect(requestsTo(mockedCall, 'user', 'joinStaff')).toEqual([{ code: 'zzzz-zzzz' }, { code: 'ABCD-EFGH' }])
    await click(u, document.querySelector('.join-staff__open'))
    expect(redirect).toHaveBeenCalledWith({ url: '/pkg-staff/inbox/index' })
    redirect.mockRestore()
  })
})
