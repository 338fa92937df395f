// This quarter's round: a district admin opens it (representatives can pick from then on) and
// closes it (the picks are counted and made public); everyone else sees where it stands.
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { StatusTag } from '../../components/ui/StatusTag'
import { chinaDateTime } from '../../domain/clock'
import type { StaffRound } from '../../domain/council/egress'

interface Props {
  rounds: StaffRound[]
  leads: boolean
  busy: boolean
  onOpen: () => void
  onClose: (round: StaffRound) => void
}

export function CouncilRoundsCard({ rounds, leads, busy, onOpen, onClose }: Props) {
  const open = rounds.find((r) => r.status === 'open')
  return (
    <Card title='每季度议事' className='staff-council__rounds'>
      {rounds.length === 0 ? <Text className='muted'>还没有开始过议事。</Text> : null}
      <View ariaRole='list'>
        {rounds.map((r) => (
          <View key={r.id} className='staff-council__round' ariaRole='listitem'>
            <StatusTag
              label={r.status === 'open' ? '进行中' : '已结束'}
              tone={r.status === 'open' ? 'active' : 'good'}
            />
            <Text className='staff-council__round-name'>{r.label}</Text>
            <Text className='muted'>
              {chinaDateTime(r.openedAt, false)} 由{r.openedByName}开始
              {r.closedAt ? `，${chinaDateTime(r.closedAt, false)} 由${r.closedByName ?? ''}结束` : ''}
            </Text>
            {leads && r.status === 'open' ? (
              <Button size='small' className='staff-council__close' busy={busy} onClick={() => onClose(r)}>
                结束议事并公布
              </Button>
            ) : null}
          </View>
        ))}
      </View>
      {leads && !open ? (
        <Button variant='primary' block className='staff-council__open' busy={busy} onClick={onOpen}>
          开始本季度议事
        </Button>
      ) : null}
    </Card>
  )
}
