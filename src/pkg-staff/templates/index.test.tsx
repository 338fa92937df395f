import TestUtils from '@tarojs/test-utils-react'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { useStaffStore } from '../../stores/useStaffStore'
import { click, fieldErrorAfter, type } from '../entry/testing'
import StaffTemplatesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/media', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const tpl = (id: string, title: string, active = true) => ({
  _id: id,
  title,
  text: '你的建议已转交{街道}办理，谢谢你。',
  textForChildren: '谢谢你的好主意！',
  topics: [],
  active,
  updatedAt: '2026-11-28T02:00:00Z',
  updatedBy: '示例管理员'
})
const me = (role: string, manageTemplates: boolean) => ({
  role,
  roleLabel: role === 'district_admin' ? '区级管理员' : '社区工作者',
  scope: {},
  can: { manageTemplates },
  transitions: []
})

const setup = (role: string, manage: boolean, save?: unknown) =>
  mockedCall.mockImplementation((async (_n: string, p: { action: string; includeInactive?: boolean }) => {
    if (p.action === 'me') return { ok: true, data: me(role, manage) }
    if (p.action === 'listTemplates')
      return {
        ok: true,
        data: { items: p.includeInactive ? [tpl('a', '已转交'), tpl('b', '旧模板', false)] : [tpl('a', '已转交')] }
      }
    return save
  }) as never)

describe('reply templates', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useStaffStore.setState({ me: null })
  })

  it('a worker reads the active templates and gets no form', async () => {
    setup('community_worker', false)
    const u = new TestUtils()
    await u.mount(StaffTemplatesPage, {})
    await u.queries.waitForQueryByText('已转交')
    expect(mockedCall).toHaveBeenCalledWith('staff', { action: 'listTemplates', includeInactive: false })
    expect(document.querySelector('.template-form')).toBeNull()
    expect(document.body.textContent).toContain('模板由区级管理员维护')
  })

  it('a district admin sees inactive ones and gets the server’s field error next to the field', async () => {
    setup('district_admin', true, {
      ok: false,
      error: { code: 'VALIDATION', message: '不认识的占位符 {学校}', field: 'text' }
    })
    const u = new TestUtils()
    await u.mount(StaffTemplatesPage, {})
    await waitUntil(() => document.body.textContent?.includes('旧模板（已停用）'), 'inactive template')
    await type(u, '.template-form__title', '已安排处理')
    await type(u, '.template-form__text', '你的建议已经安排{社区}处理，请留意后续。')
    await type(u, '.template-form__children', '大人们会去办的！')
    await click(u, document.querySelector('.template-form__save'))
    await waitUntil(() => document.body.textContent?.includes('不认识的占位符 {学校}'), 'the server error')
    expect(fieldErrorAfter('.template-form__text')).toContain('不认识的占位符 {学校}')
    expect(mockedCall).toHaveBeenCalledWith('staff', {
      action: 'saveTemplate',
      template: {
        title: '已安排处理',
        text: '你的建议已经安排{社区}处理，请留意后续。',
        textForChildren: '大人们会去办的！',
        topics: [],
        active: true
      }
    })
  })

  it('a saved template joins the list', async () => {
    setup('district_admin', true, { ok: true, data: tpl('c', '已安排处理') })
    const u = new TestUtils()
    await u.mount(StaffTemplatesPage, {})
    await waitUntil(() => document.querySelector('.template-form'), 'the form')
    await type(u, '.template-form__title', '已安排处理')
    await type(u, '.template-form__text', '你的建议已经安排{社区}处理，请留意后续。')
    await type(u, '.template-form__children', '大人们会去办的！')
    await click(u, document.querySelector('.template-form__save'))
    await waitUntil(() => document.querySelectorAll('.staff-templates__item').length === 3, 'three templates')
  })
})
