// One sign-up on the staff list: where it stands, the child's age, the guardian masked (the whole
// name and phone only after 查看联系方式, which the server logs first), and for a seat, attendance
// (marked only while the page allows it).
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/ui/Button'
import { StatusTag } from '../../components/ui/StatusTag'
import type { StaffSignUp } from '../../domain/activities/egress'
import { standingLabel } from '../../domain/activities/model'
import { chinaDateTime } from '../../domain/clock'

interface Props {
  n: number
  row: StaffSignUp
  contact?: { guardianName: string; guardianPhone: string }
  busy: boolean
  /** Whether attendance can be marked now (the page says why not: domain attendanceRefusal). */
  marking: boolean
  onOpenContact: () => void
  onAttended: (attended: boolean) => void
}

const attendanceLabel = (a: boolean | null) => (a === null ? '未签到' : a ? '已到' : '没到')

export function SignUpRow({ n, row, contact, busy, marking, onOpenContact, onAttended }: Props) {
  const standing = standingLabel(row)
  return (
    <View className='signup-row' ariaRole='listitem'>
      <View className='signup-row__head'>
        <Text className='signup-row__n'>{n}.</Text>
        <StatusTag
          label={standing}
          tone={row.standing === 'confirmed' ? 'good' : row.standing === 'cancelled' ? 'neutral' : 'waiting'}
        />
        {row.standing === 'confirmed' ? (
          <Text className='signup-row__attended'>{attendanceLabel(row.attended)}</Text>
        ) : null}
      </View>
      <Text className='signup-row__line'>
        孩子 {row.childAge} 岁 · {contact ? contact.guardianName : row.guardianName} ·{' '}
        {contact ? contact.guardianPhone : row.guardianPhone}
      </Text>
      <Text className='signup-row__line muted'>报名于 {chinaDateTime(row.signedAt)}</Text>
      <View className='signup-row__actions'>
        {!contact ? (
          <Button variant='text' size='small' className='signup-row__contact' busy={busy} onClick={onOpenContact}>
            查看联系方式（会留下记录）
          </Button>
        ) : null}
        {row.standing === 'confirmed' && marking ? (
          <>
            <Button size='small' className='signup-row__came' busy={busy} onClick={() => onAttended(true)}>
              到了
            </Button>
            <Button size='small' className='signup-row__absent' busy={busy} onClick={() => onAttended(false)}>
              没到
            </Button>
          </>
        ) : null}
      </View>
    </View>
  )
}
