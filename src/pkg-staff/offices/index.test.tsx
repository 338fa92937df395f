import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { OFFICES } from '../../../tests/fixtures/places'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { officeFormOf, type StaffOffice } from '../../domain/places/offices'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import StaffOfficesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

const staffOffice = (o: (typeof OFFICES)[number], over: Partial<StaffOffice> = {}): StaffOffice => ({
  ...o,
  updatedAt: null,
  updatedByName: null,
  form: officeFormOf(undefined, '2026-12-07'),
  ...over
})

describe('社区通讯录 (staff)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('a street admin enters their street office: a missing source is refused beside its field, then saved', async () => {
    let attempts = 0
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('street_admin', '示例街道管理员')) },
      places: {
        staffOffices: answer('places', 'staffOffices', { offices: OFFICES.map((o) => staffOffice(o)) }),
        saveOffice: (req) =>
          ++attempts === 1
            ? failure('VALIDATION', '电话“123”格式不对', 'phones')
            : answer('places', 'saveOffice', {
                office: staffOffice(OFFICES[0], {
                  entered: true,
                  phones: ['023-63000000'],
                  source: String((req.office as { source: string }).source),
                  verifiedOn: '2026-12-07',
                  updatedAt: '2026-12-07T02:00:00.000Z',
                  updatedByName: '示例街道管理员'
                })
              })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffOfficesPage, {})
    await waitUntil(() => text().includes('解放碑街道办事处'), 'the street’s offices')
    expect(requestsTo(mockedCall, 'places', 'staffOffices')).toEqual([{ street: '500103003' }])
    // A street admin is not offered other streets.
    expect(document.querySelector('.street-picker')).toBeNull()
    await click(u, document.querySelector('.staff-office__edit'))
    expect(document.querySelector('.place-edit-fields__name')).toBeNull()
    expect(document.querySelector('.place-edit-fields__closed')).toBeNull()
    await type(u, '.place-edit-fields__phones', '023-63000000')
    await click(u, document.querySelector('.staff-office__save'))
    expect(text()).toContain('请写明信息来源')
    expect(requestsTo(mockedCall, 'places', 'saveOffice')).toEqual([])
    await type(u, '.place-edit-fields__source', '街道公告（示例）')
    await click(u, document.querySelector('.staff-office__save'))
    await waitUntil(() => text().includes('电话“123”格式不对'), 'the server’s refusal')
    await click(u, document.querySelector('.staff-office__save'))
    await waitUntil(() => text().includes('电话 023-63000000'), 'saved')
    expect(requestsTo(mockedCall, 'places', 'saveOffice')[0]).toMatchObject({
      code: '500103003',
      office: { phones: '023-63000000', source: '街道公告（示例）' }
    })
    expect(byText('.staff-office', '解放碑街道办事处')?.textContent).toContain('街道公告（示例）')
  })

  it('tells a community worker who keeps the directory, and asks nothing of the page', async () => {
    stubCloud(mockedCall, { user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) } })
    const u = new TestUtils()
    await u.mount(StaffOfficesPage, {})
    await waitUntil(() => text().includes('只有街道和区级管理员可以修改社区通讯录'), 'the refusal')
    expect(requestsTo(mockedCall, 'places', 'staffOffices')).toEqual([])
  })
})
