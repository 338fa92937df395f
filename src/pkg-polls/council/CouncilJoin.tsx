// 我是小代表: the invitation code the street's staff gave the child's guardian, typed once with a
// grown-up. Nothing else is asked: the street already knows the child by a nickname.
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { InviteCodeForm } from '../../components/InviteCodeForm'
import { Card } from '../../components/ui/Card'

interface Props {
  busy: boolean
  onJoin: (code: string) => Promise<string | null>
}

export function CouncilJoin({ busy, onJoin }: Props) {
  const [error, setError] = useState<string | undefined>()
  const join = async (code: string) => setError((await onJoin(code)) ?? undefined)
  return (
    <Card title='我是小代表' className='council-join'>
      <Text className='council-join__how'>
        小代表由街道工作人员在爸爸妈妈同意后邀请。请和爸爸妈妈一起，输入工作人员给的邀请码。
      </Text>
      <InviteCodeForm
        block='council-join'
        buttonLabel='加入儿童议事会'
        busy={busy}
        error={error}
        onSubmit={(code) => void join(code)}
      />
    </Card>
  )
}
