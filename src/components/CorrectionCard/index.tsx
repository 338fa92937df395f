// One 纠错 report: which place, what was wrong, its status in words, and the district's answer
// once there is one. The reporter's list and the staff queue show the same card; staff tap it.
import { Text, View } from '@tarojs/components'
import { chinaDateTime } from '../../domain/clock'
import { CORRECTION_TONE, correctionKindLabel, correctionStatusLabel } from '../../domain/places/correction-words'
import type { CorrectionView } from '../../domain/places/corrections'
import { Card } from '../ui/Card'
import { StatusTag } from '../ui/StatusTag'
import './index.scss'

interface Props {
  item: CorrectionView
  /** Staff: what the fix changed and who answered. */
  staff?: boolean
  onClick?: () => void
}

export function CorrectionCard({ item, staff = false, onClick }: Props) {
  return (
    <Card className='correction-card' onClick={onClick}>
      <View className='correction-card__head' data-id={item.id}>
        <Text className='correction-card__place'>{item.placeName}</Text>
        <StatusTag label={correctionStatusLabel(item.status)} tone={CORRECTION_TONE[item.status]} />
      </View>
      <Text className='correction-card__kind'>
        {correctionKindLabel(item.kind)}
        {item.note ? `：${item.note}` : ''}
      </Text>
      <Text className='muted correction-card__when'>提交于 {chinaDateTime(item.createdAt)}</Text>
      {item.answer ? (
        <Text className='correction-card__answer'>
          {staff && item.resolvedBy ? `${item.resolvedBy}答复：` : '答复：'}
          {item.answer}
        </Text>
      ) : null}
      {staff && item.changed?.length ? (
        <Text className='muted correction-card__changed'>已修改：{item.changed.join('、')}</Text>
      ) : null}
    </Card>
  )
}
