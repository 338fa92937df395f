import TestUtils from '@tarojs/test-utils-react'
import { replyTemplate, whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud, type CloudAnswers } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { Role } from '../../domain/roles'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import StaffTemplatesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const setup = (role: Role, saveTemplate?: NonNullable<CloudAnswers['staff']>['saveTemplate']) =>
  stubCloud(mockedCall, {
    user: { whoami: answer('user', 'whoami', whoAmIAs(role)) },
    staff: {
      listTemplates: (req) =>
        answer('staff', 'listTemplates', {
          items: req.includeInactive
            ? [replyTemplate('a', '已转交'), replyTemplate('b', '旧模板', false)]
            : [replyTemplate('a', '已转交')]
        }),
      ...(saveTemplate ? { saveTemplate } : {})
    }
  })

async function fillForm(u: TestUtils) {
  await type(u, '.template-form__title', '已安排处理')
  await type(u, '.template-form__text', '你的建议已经安排{社区}处理，请留意后续。')
  await type(u, '.template-form__children', '大人们会去办的！')
  await click(u, document.querySelector('.template-form__save'))
}

describe('reply templates', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('a worker reads the active templates and gets no form', async () => {
    setup('community_worker')
    const u = new TestUtils()
    await u.mount(StaffTemplatesPage, {})
    await u.queries.waitForQueryByText('已转交')
    // Asked once, after `me` said what the caller may see.
    expect(requestsTo(mockedCall, 'staff', 'listTemplates')).toEqual([{ includeInactive: false }])
    expect(document.querySelector('.template-form')).toBeNull()
    expect(document.body.textContent).toContain('模板由区级管理员维护')
  })

  it('says so when there are no templates yet', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
      staff: {
        listTemplates: answer('staff', 'listTemplates', { items: [] })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffTemplatesPage, {})
    await u.queries.waitForQueryByText('还没有回复模板。')
    expect(document.querySelector('.ui-loading')).toBeNull()
  })

  it('a district admin sees inactive ones and gets the server’s field error next to the field', async () => {
    setup('district_admin', failure('VALIDATION', '不认识的占位符 {学校}', 'text'))
    const u = new TestUtils()
    await u.mount(StaffTemplatesPage, {})
    await waitUntil(() => document.body.textContent?.includes('旧模板（已停用）'), 'inactive template')
    await fillForm(u)
    await waitUntil(() => document.body.textContent?.includes('不认识的占位符 {学校}'), 'the server error')
    expect(document.querySelector('.template-form__text .ui-field__error')?.textContent).toContain(
      '不认识的占位符 {学校}'
    )
    expect(requestsTo(mockedCall, 'staff', 'saveTemplate')).toEqual([
      {
        template: {
          title: '已安排处理',
          text: '你的建议已经安排{社区}处理，请留意后续。',
          textForChildren: '大人们会去办的！',
          topics: [],
          active: true
        }
      }
    ])
  })

  it('a saved template joins the list', async () => {
    setup('district_admin', answer('staff', 'saveTemplate', replyTemplate('c', '已安排处理')))
    const u = new TestUtils()
    await u.mount(StaffTemplatesPage, {})
    await waitUntil(() => document.querySelectorAll('.staff-templates__item').length === 2, 'the list')
    await fillForm(u)
    await waitUntil(() => document.querySelectorAll('.staff-templates__item').length === 3, 'three templates')
    expect(document.querySelector('.staff-templates__item')?.textContent).toContain('已安排处理')
  })
})
