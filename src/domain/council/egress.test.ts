/**
 * Each way out lets out only what the council's tables say: records whose every field holds a
 * value no other field has, through every projection. Property-based: whatever a representative
 * record holds (joined or not, ended or not, purged or not), the account never leaves, the phone
 * leaves in full only through the guardian projection, and the code only while it can still be used.
 */
import fc from 'fast-check'
import {
  BALLOT_FIELDS,
  COUNCIL_EGRESS,
  ITEM_FIELDS,
  REPRESENTATIVE_FIELDS,
  ROUND_FIELDS,
  toGuardianContact,
  toMyPicks,
  toPublicItem,
  toPublicRound,
  toSelfRepresentative,
  toStaffItem,
  toStaffRepresentative,
  toStaffRound,
  type CouncilEgress
} from './egress'
import { DAY_MS } from '../clock'
import {
  COUNCIL_INVITE_DAYS,
  type CouncilBallot,
  type CouncilItem,
  type CouncilRound,
  type Representative
} from './model'

/** A day after FULL_REP was added: its code still works. */
const SOON = Date.parse('2026-11-02T01:01:01.001Z')

const FULL_REP: Required<Representative> = {
  _id: 'Frepid0001',
  street: '500103003',
  nickname: 'Fnickname',
  ageGroup: '10to13',
  guardian: { relation: 'mother', phone: '13912345678', agreedOn: '2026-11-01', recordedByName: 'Frecorder' },
  inviteCode: 'FCODE234',
  openid: 'Fchildopenid',
  joinedAt: '2026-11-02T02:02:02.002Z',
  createdAt: '2026-11-01T01:01:01.001Z',
  createdBy: 'Fcreatoropenid',
  createdByName: 'Fcreatorname',
  endedAt: '2026-11-03T03:03:03.003Z',
  endedByName: 'Fendername'
}
const FULL_ROUND: Required<CouncilRound> = {
  _id: '2026-Q4',
  from: '2026-10-01',
  to: '2026-12-31',
  openedAt: '2026-10-02T02:02:02.002Z',
  openedByName: 'Fopener',
  closedAt: '2026-12-20T03:03:03.003Z',
  closedByName: 'Fcloser',
  talliedAt: '2026-12-20T04:04:04.004Z',
  ballotsDeletedAt: '2026-12-21T05:05:05.005Z'
}
const FULL_BALLOT: Required<CouncilBallot> = {
  _id: 'Fballotid',
  roundId: 'Fballotround',
  representativeId: 'Fballotrep',
  street: '500103001',
  picks: ['Fpickone'],
  at: '2026-11-05T05:05:05.005Z'
}
const FULL_ITEM: Required<CouncilItem> = {
  _id: 'Fitemround:Fitemsugg',
  roundId: 'Fitemround',
  street: '500103002',
  suggestionId: 'Fitemsugg',
  picks: 70001,
  answer: {
    plan: 'will',
    byOn: '2027-03-31',
    words: 'Fanswerwords',
    wordsForChildren: 'Fanswerkids',
    answeredAt: '2026-12-22T06:06:06.006Z',
    answeredByName: 'Fanswerer'
  }
}

/** Every marker-like value a field holds (strings and numbers). */
function markers(value: unknown): string[] {
  if (typeof value === 'number') return [String(value)]
  if (typeof value === 'string') return value.length > 3 && !/^(mother|will|10to13)$/.test(value) ? [value] : []
  if (Array.isArray(value)) return value.flatMap(markers)
  if (value && typeof value === 'object') return Object.values(value).flatMap(markers)
  return []
}

function letsOutOnly(egress: CouncilEgress, answer: unknown, record: object, table: Record<string, readonly string[]>) {
  const json = JSON.stringify(answer)
  for (const [field, ways] of Object.entries(table)) {
    if (ways.includes(egress)) continue
    for (const m of markers((record as Record<string, unknown>)[field]))
      if (json.includes(m)) throw new Error(`${egress} carries ${field} (${m}) without a line in its table`)
  }
}

describe('council egress: every field decided, every way out an allow-list', () => {
  it('the tables name exactly the fields of the records', () => {
    expect(Object.keys(REPRESENTATIVE_FIELDS).sort()).toEqual(Object.keys(FULL_REP).sort())
    expect(Object.keys(ROUND_FIELDS).sort()).toEqual(Object.keys(FULL_ROUND).sort())
    expect(Object.keys(BALLOT_FIELDS).sort()).toEqual(Object.keys(FULL_BALLOT).sort())
    expect(Object.keys(ITEM_FIELDS).sort()).toEqual(Object.keys(FULL_ITEM).sort())
  })

  it('never lets out an account or who added, picked or answered, outside staff', () => {
    for (const field of ['openid', 'createdBy'] as const) expect(REPRESENTATIVE_FIELDS[field]).toEqual([])
    expect(BALLOT_FIELDS.representativeId).toEqual([])
    expect(Object.keys(COUNCIL_EGRESS).sort()).toEqual(['guardian', 'public', 'self', 'staff'])
  })

  it('each projection lets out only the fields its line names', () => {
    const active = { ...FULL_REP, endedAt: null, openid: null }
    letsOutOnly('self', toSelfRepresentative(FULL_REP), FULL_REP, REPRESENTATIVE_FIELDS)
    letsOutOnly('staff', toStaffRepresentative(active, SOON), active, REPRESENTATIVE_FIELDS)
    letsOutOnly('guardian', toGuardianContact(FULL_REP), FULL_REP, REPRESENTATIVE_FIELDS)
    letsOutOnly('public', toPublicRound(FULL_ROUND), FULL_ROUND, ROUND_FIELDS)
    letsOutOnly('staff', toStaffRound(FULL_ROUND), FULL_ROUND, ROUND_FIELDS)
    letsOutOnly('self', toMyPicks(FULL_BALLOT), FULL_BALLOT, BALLOT_FIELDS)
    letsOutOnly('public', toPublicItem(FULL_ITEM, null), FULL_ITEM, ITEM_FIELDS)
    letsOutOnly('staff', toStaffItem(FULL_ITEM, null), FULL_ITEM, ITEM_FIELDS)
    // The public answer does not name who wrote it; staff see that.
    expect(JSON.stringify(toPublicItem(FULL_ITEM, null))).not.toContain('Fanswerer')
    expect(JSON.stringify(toStaffItem(FULL_ITEM, null))).toContain('Fanswerer')
  })

  it('for any representative record: no account ever, the phone masked to staff, the code only while usable', () => {
    const maybe = <T>(v: T) => fc.option(fc.constant(v), { nil: null })
    fc.assert(
      fc.property(
        fc.record({
          openid: maybe('Fchildopenid'),
          inviteCode: maybe('FCODE234'),
          endedAt: maybe('2026-11-03T03:03:03.003Z'),
          guardian: maybe(FULL_REP.guardian)
        }),
        (over) => {
          const r = { ...FULL_REP, ...over }
          const views = [toSelfRepresentative(r), toStaffRepresentative(r, SOON)]
          const json = JSON.stringify(views)
          expect(json).not.toContain('Fchildopenid')
          expect(json).not.toContain('13912345678')
          const staff = toStaffRepresentative(r, SOON)
          const waiting = r.inviteCode !== null && r.openid === null && r.endedAt === null
          expect(staff.invite !== null).toBe(waiting)
          // Past COUNCIL_INVITE_DAYS the code is shown no more, only that it expired.
          const late = toStaffRepresentative(r, Date.parse(r.createdAt) + (COUNCIL_INVITE_DAYS + 1) * DAY_MS)
          expect([late.invite, late.inviteExpired]).toEqual([null, waiting])
          expect(staff.active).toBe(r.endedAt === null)
          expect(toGuardianContact(r)?.phone ?? null).toBe(r.guardian ? '13912345678' : null)
        }
      )
    )
  })
})
