import { activityForm } from '../../../tests/fixtures/activities'
import { toStaffActivity } from './egress'
import { activityFormOf } from './form'
import type { Activity } from './model'
import { validateActivity } from './validate'

describe('the staff form of a published activity', () => {
  it('is what was typed, in China time, so an untouched save changes nothing', () => {
    const now = Date.parse('2026-11-28T02:00:00.000Z')
    const checked = validateActivity(activityForm('act-form-0001', { feeYuan: '20', feeNote: '材料费' }), now)
    if (!checked.ok) throw new Error('the fixture is valid')
    const v = checked.value
    const stored: Activity = {
      _id: v.id,
      title: v.title,
      description: v.description,
      place: { kind: 'address', address: '大井巷社区活动室' },
      street: v.street,
      community: v.community,
      startAt: v.startAt,
      endAt: v.endAt,
      ageMin: v.ageMin,
      ageMax: v.ageMax,
      capacity: v.capacity,
      fee: v.fee,
      howToSignUp: v.howToSignUp,
      status: 'published',
      createdAt: '2026-11-28T02:00:00.000Z',
      createdBy: 'o-staff',
      createdByName: '张社工',
      updatedAt: '2026-11-28T02:00:00.000Z',
      rev: 1
    }
    const form = activityFormOf(toStaffActivity(stored, { confirmed: 0, waitlisted: 0 }))
    expect(form).toEqual(activityForm('act-form-0001', { feeYuan: '20', feeNote: '材料费' }))
  })
})
