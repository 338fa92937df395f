// 我是小代表: the invitation code the street's staff gave the child's guardian, typed once with a
// grown-up. Nothing else is asked: the street already knows the child by a nickname.
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { Field } from '../../components/ui/Field'

interface Props {
  busy: boolean
  onJoin: (code: string) => Promise<string | null>
}

export function CouncilJoin({ busy, onJoin }: Props) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | undefined>()
  const join = async () => setError((await onJoin(code)) ?? undefined)
  return (
    <Card title='我是小代表' className='council-join'>
      <Text className='council-join__how'>
        小代表由街道工作人员在爸爸妈妈同意后邀请。请和爸爸妈妈一起，输入工作人员给的邀请码。
      </Text>
      <Field
        label='邀请码'
        className='council-join__code'
        placeholder='如 ABCD-EFGH'
        maxLength={12}
        value={code}
        error={error}
        onInput={setCode}
        confirmType='done'
        onConfirm={() => void join()}
      />
      <Button variant='primary' block className='council-join__send' busy={busy} onClick={() => void join()}>
        加入儿童议事会
      </Button>
    </Card>
  )
}
