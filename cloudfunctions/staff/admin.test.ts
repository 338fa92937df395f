// me (what the pages may show), reply templates and the staff allowlist.
import { COMMUNITY_A, staffKit, type StaffKit } from '../../tests/server/test-kit'

describe('staff: me, templates, allowlist', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  it('me tells the pages the role, area, abilities and workflow steps', async () => {
    const worker = await k.me('workerA')
    expect(worker).toMatchObject({
      ok: true,
      data: {
        role: 'community_worker',
        name: '示例社工 · 大井巷',
        scope: { label: '解放碑街道 · 大井巷社区' },
        can: { reply: true, manageStaff: false, viewOriginal: false }
      }
    })
    expect(worker.ok && worker.data.transitions).toEqual([
      { from: 'submitted', to: 'accepted', reasonRequired: false },
      { from: 'accepted', to: 'in_progress', reasonRequired: false },
      { from: 'in_progress', to: 'answered', reasonRequired: false },
      { from: 'answered', to: 'closed', reasonRequired: true }
    ])
    const citizen = await k.me('citizen')
    expect(citizen.ok && Object.values(citizen.data.can).some(Boolean)).toBe(false)
    expect(await k.me('street')).toMatchObject({
      ok: true,
      data: {
        role: 'street_admin',
        transitions: expect.arrayContaining([{ from: 'in_progress', to: 'rejected', reasonRequired: true }])
      }
    })
  })

  it('lists active templates to staff; district admins create, edit and retire them', async () => {
    const listed = await k.call('workerA', 'listTemplates')
    expect(listed.ok && listed.data.items.map((t: { _id: string }) => t._id).sort()).toEqual([
      'demo-tpl-adopted',
      'demo-tpl-park',
      'demo-tpl-received'
    ])
    const created = await k.call('district', 'saveTemplate', {
      template: {
        title: '转交部门',
        text: '您好，您的建议涉及{街道}以外的部门，我们已转交办理。',
        textForChildren: '我们把你的建议交给了负责的叔叔阿姨。',
        topics: ['safety']
      }
    })
    expect(created).toMatchObject({
      ok: true,
      data: { _id: expect.stringMatching(/^tpl-/), updatedBy: '示例区级管理员', active: true }
    })
    const id = created.ok ? created.data._id : ''
    expect(
      await k.call('district', 'saveTemplate', {
        template: {
          id,
          title: '转交部门',
          text: '您好，您的建议已转交相关部门办理。',
          textForChildren: '交给负责的叔叔阿姨啦。',
          active: false
        }
      })
    ).toMatchObject({ ok: true, data: { _id: id, active: false } })
    // A worker asking for inactive templates still gets the active ones only.
    const asWorker = await k.call('workerA', 'listTemplates', { includeInactive: true })
    expect(asWorker.ok && asWorker.data.items).toHaveLength(3)
    const asAdmin = await k.call('district', 'listTemplates', { includeInactive: true })
    expect(asAdmin.ok && asAdmin.data.items).toHaveLength(4)
    expect(
      await k.call('district', 'saveTemplate', {
        template: {
          id: 'missing-id',
          title: '转交部门',
          text: '您好，您的建议已转交相关部门办理。',
          textForChildren: '交给负责的叔叔阿姨啦。'
        }
      })
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(
      await k.call('district', 'saveTemplate', { template: { title: '坏', text: '', textForChildren: '' } })
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'title' } })
    expect(await k.call('workerA', 'reply', { id: 'x', templateId: id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  it('manages the allowlist: a new worker gets their rights at once, openids never leave the server', async () => {
    const listed = await k.call('district', 'listStaff')
    expect(listed.ok && listed.data.items).toHaveLength(5)
    expect(JSON.stringify(listed)).not.toContain('dev-worker-jiefangbei')
    expect(listed.ok && listed.data.items.find((s: { id: string }) => s.id === 'demo-staff-worker')).toMatchObject({
      openidHint: '…gbei',
      roleLabel: '社区工作者',
      scope: { label: '解放碑街道 · 大井巷社区' }
    })

    expect(await k.call('dev-new-worker', 'inbox')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const saved = await k.call('district', 'saveStaff', {
      staff: {
        openid: 'dev-new-worker',
        role: 'community_worker',
        name: '新社工',
        scope: { communities: [COMMUNITY_A] }
      }
    })
    expect(saved).toMatchObject({ ok: true, data: { role: 'community_worker', active: true, name: '新社工' } })
    expect(await k.call('dev-new-worker', 'inbox')).toMatchObject({ ok: true })
    expect(
      await k.call('district', 'saveStaff', {
        staff: { openid: 'dev-new-worker', role: 'street_admin', name: '新社工', scope: { street: '500103003' } }
      })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    const id = saved.ok ? saved.data.id : ''
    expect(
      await k.call('district', 'saveStaff', {
        staff: { id, role: 'community_worker', name: '新社工', scope: { communities: [COMMUNITY_A] }, active: false }
      })
    ).toMatchObject({ ok: true, data: { active: false } })
    expect(await k.call('dev-new-worker', 'inbox')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(
      await k.call('district', 'saveStaff', {
        staff: {
          id,
          openid: 'dev-someone-else',
          role: 'community_worker',
          name: '新社工',
          scope: { communities: [COMMUNITY_A] }
        }
      })
    ).toMatchObject({ ok: false, error: { field: 'openid' } })
    expect(await k.repo.collection('audit_log').count({ kind: 'save_staff' })).toBe(2)
  })

  it('does not let a district admin lock themselves out', async () => {
    const self = { id: 'demo-staff-district', role: 'district_admin', name: '示例区级管理员' }
    expect(await k.call('district', 'saveStaff', { staff: { ...self, active: false } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(
      await k.call('district', 'saveStaff', {
        staff: { ...self, role: 'street_admin', scope: { street: '500103003' } }
      })
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await k.call('district', 'saveStaff', { staff: { ...self, name: '区妇儿工委办' } })).toMatchObject({
      ok: true,
      data: { name: '区妇儿工委办' }
    })
  })
})
