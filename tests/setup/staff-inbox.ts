// The staff inbox page's test kit: its answers, cards and chips, and how Taro opens it.
import type TestUtils from '@tarojs/test-utils-react'
import type { ResponseOf } from '../../src/domain/cloud-api'
import type { CloudResult } from '../../src/domain/errors'
import StaffInboxPage from '../../src/pkg-staff/inbox/index'
import type { callCloud } from '../../src/services/cloud'
import { useSessionStore } from '../../src/stores/useSessionStore'
import { useStaffStore } from '../../src/stores/useStaffStore'
import { inboxItem, whoAmIAs } from '../fixtures/staff'
import { answer, stubCloud } from './cloud-stub'
import { fireDidShow } from './interact'

export type InboxAnswer = CloudResult<ResponseOf<'staff', 'inbox'>>
export const page = (...items: ReturnType<typeof inboxItem>[]) =>
  answer('staff', 'inbox', { items, next: null, total: items.length, complete: true })
export const ALL = page(inboxItem('a', '路口需要护学岗'), inboxItem('b', '公园缺少饮水点', 'accepted'))
export const NEW_ONLY = page(inboxItem('a', '路口需要护学岗'))
export const cards = () => Array.from(document.querySelectorAll('.inbox-card')).map((c) => c.textContent ?? '')
export const statusChip = (label: string) =>
  // By its spoken name: the visible text of a chosen chip starts with ✓.
  Array.from(document.querySelectorAll('.ui-chip')).find((c) => c.getAttribute('aria-label') === label) as HTMLElement

/** Mounts and shows the page, as Taro does when it opens (mount, then the first onShow). */
export async function open(u: TestUtils) {
  await u.mount(StaffInboxPage, {})
  await u.act(async () => fireDidShow())
}

/** A community worker's inbox: 待受理 answers one row, everything else two. */
export function resetInbox(mockedCall: jest.MockedFunction<typeof callCloud>) {
  mockedCall.mockReset()
  useStaffStore.setState({ filter: {}, sort: 'newest' })
  useSessionStore.setState({ me: null, status: 'idle' })
  stubCloud(mockedCall, {
    user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
    staff: {
      inbox: (req) => (req.filter?.status?.includes('submitted') ? NEW_ONLY : ALL)
    }
  })
}
