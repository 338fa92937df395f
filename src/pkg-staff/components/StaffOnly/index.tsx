// A gated staff page's frame: who the caller is (asked once, useStaffMe), then the page itself only
// for a role that may use it; anyone else reads, in words, who can and whom to ask. The server
// refuses the calls anyway: this is so nobody fills in a form the server will not take.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { LoadState } from '../../../components/LoadState'
import { PageShell } from '../../../components/PageShell'
import type { StaffMe } from '../../../domain/staff/api'
import type { StaffAction } from '../../../domain/staff/permissions'
import './index.scss'

interface Props {
  className: string
  me: StaffMe | null
  /** What the page is for; a role without it is refused. */
  may: StaffAction
  /** Who can, and whom to ask instead. */
  refusal: string
  children: ReactNode
}

export function StaffOnly({ className, me, may, refusal, children }: Props) {
  return (
    <PageShell className={className}>
      {!me ? (
        <LoadState status='loading' empty />
      ) : me.can[may] ? (
        children
      ) : (
        <View className='staff-only__refusal' ariaRole='alert'>
          <Text>{refusal}</Text>
        </View>
      )}
    </PageShell>
  )
}
