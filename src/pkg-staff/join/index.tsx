// 我是工作人员: a district admin prepared a place (role, area, name) and gave this person a code;
// typed here, the place becomes theirs and 工作台 opens with it. Anyone may open the page; only a
// valid, unused code within its days does anything.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { InviteCodeForm } from '../../components/InviteCodeForm'
import { STAFF_INVITE_DAYS } from '../../domain/staff/invites'
import { joinStaff } from '../../data/user'
import { useSessionStore } from '../../stores/useSessionStore'
import './index.scss'

interface Joined {
  roleLabel: string
  name: string
  scopeLabel: string
}

export default function JoinStaffPage() {
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [joined, setJoined] = useState<Joined | null>(null)
  const load = useSessionStore((s) => s.load)

  const join = async (code: string) => {
    setBusy(true)
    const r = await joinStaff({ code })
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    setError(undefined)
    setJoined(r.data)
    // Who-am-I again: 工作台 and every staff page read the role from it.
    await load()
  }

  return (
    <PageShell className='join-staff'>
      {joined ? (
        <Card title='已加入' className='join-staff__done'>
          <View ariaRole='status'>
            <Text className='join-staff__who'>
              你好，{joined.name}！你现在是{joined.scopeLabel}的{joined.roleLabel}。
            </Text>
          </View>
          <Button
            variant='primary'
            block
            className='join-staff__open'
            onClick={() => void Taro.redirectTo({ url: '/pkg-staff/inbox/index' })}
          >
            进入工作台
          </Button>
        </Card>
      ) : (
        <Card title='输入邀请码' className='join-staff__form'>
          <Text className='join-staff__how'>
            区里的管理员为你添加工作人员身份后，会给你一个邀请码（{STAFF_INVITE_DAYS}{' '}
            天内有效）。在这里输入，这个微信就能以工作人员身份处理建议。
          </Text>
          <InviteCodeForm
            block='join-staff'
            buttonLabel='加入'
            busy={busy}
            error={error}
            onSubmit={(code) => void join(code)}
          />
        </Card>
      )}
    </PageShell>
  )
}
