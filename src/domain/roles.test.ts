import { callerFrom, isStaff, type StaffRecord } from './roles'

const staff: StaffRecord = {
  _id: 's1',
  openid: 'o-worker',
  role: 'community_worker',
  scope: { street: '500103003', communities: ['500103003019'] },
  name: '王社工',
  active: true
}

describe('callerFrom', () => {
  it('gives an active staff member their role and scope', () => {
    expect(callerFrom('o-worker', staff)).toEqual({
      openid: 'o-worker',
      role: 'community_worker',
      scope: staff.scope,
      name: '王社工'
    })
  })

  it('treats inactive or mismatched staff records as citizens', () => {
    expect(callerFrom('o-worker', { ...staff, active: false }).role).toBe('citizen')
    expect(callerFrom('someone-else', staff).role).toBe('citizen')
    expect(callerFrom(null, staff)).toEqual({ openid: null, role: 'citizen', scope: {} })
  })

  it('knows who is staff', () => {
    expect(isStaff('citizen')).toBe(false)
    expect(isStaff('district_admin')).toBe(true)
  })
})
