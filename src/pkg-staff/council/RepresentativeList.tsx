// The street's representatives: the invitation code to read out to the guardian until the child
// has joined, the guardian masked (联系监护人 opens the number, logged), and 不再担任.
import { Text, View } from '@tarojs/components'
import { Button, ButtonRow } from '../../components/ui/Button'
import { StatusTag } from '../../components/ui/StatusTag'
import { chinaDateTime } from '../../domain/clock'
import type { StaffRepresentative } from '../../domain/council/egress'
import { COUNCIL_INVITE_DAYS, GUARDIAN_RELATIONS } from '../../domain/council/model'
import { AGE_GROUPS } from '../../domain/suggestions/model'

interface Props {
  representatives: StaffRepresentative[]
  busy: boolean
  onContact: (r: StaffRepresentative) => void
  onEnd: (r: StaffRepresentative) => void
}

const ageLabel = (key: string) => AGE_GROUPS.find((a) => a.key === key)?.label ?? ''

function state(r: StaffRepresentative) {
  if (!r.active) return <StatusTag label='已卸任' tone='neutral' />
  return r.joinedAt ? <StatusTag label='已加入' tone='good' /> : <StatusTag label='待加入' tone='waiting' />
}

export function RepresentativeList({ representatives, busy, onContact, onEnd }: Props) {
  return (
    <View className='staff-council__reps' ariaRole='list'>
      {representatives.map((r) => (
        <View key={r.id} className='staff-council__rep' ariaRole='listitem'>
          <View className='staff-council__head'>
            {state(r)}
            <Text className='staff-council__name'>{r.nickname}</Text>
            <Text className='muted'>
              {r.streetLabel} · {ageLabel(r.ageGroup)}
            </Text>
          </View>
          {r.invite ? (
            <Text className='staff-council__invite'>
              邀请码 {r.invite}（请告诉监护人，和孩子一起在“儿童议事会”页面输入）
            </Text>
          ) : null}
          {r.inviteExpired ? (
            <Text className='staff-council__invite'>
              邀请码已过期（{COUNCIL_INVITE_DAYS} 天内没有使用）：请先“不再担任”，征得监护人同意后重新添加
            </Text>
          ) : null}
          {r.guardian ? (
            <Text className='muted'>
              监护人：{GUARDIAN_RELATIONS[r.guardian.relation]} {r.guardian.phone} · {r.guardian.agreedOn} 同意 ·{' '}
              {r.guardian.recordedByName} 登记
            </Text>
          ) : (
            <Text className='muted'>监护人电话已按保存期限删除</Text>
          )}
          {r.endedAt ? (
            <Text className='muted'>
              {chinaDateTime(r.endedAt, false)} 卸任（{r.endedByName}）
            </Text>
          ) : null}
          {r.active ? (
            <ButtonRow>
              {r.guardian ? (
                <Button size='small' className='staff-council__contact' busy={busy} onClick={() => onContact(r)}>
                  联系监护人
                </Button>
              ) : null}
              <Button size='small' variant='text' className='staff-council__end' busy={busy} onClick={() => onEnd(r)}>
                不再担任
              </Button>
            </ButtonRow>
          ) : null}
        </View>
      ))}
    </View>
  )
}
