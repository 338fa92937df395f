// One 预约参观 request: the centre, where it stands in words, what the parent asked for, and the
// staff answer once there is one. The parent's pages and the staff list show the same card; staff
// add the contact and the answer form below it (children).
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { chinaDateTime } from '../../domain/clock'
import type { MyVisit, StaffVisit } from '../../domain/places/visit-egress'
import { visitChildAgeLabel, visitSlotLabel, visitStatusLabel, VISIT_TONE } from '../../domain/places/visit-words'
import { Card } from '../ui/Card'
import { StatusTag } from '../ui/StatusTag'
import './index.scss'

interface Props {
  visit: MyVisit | StaffVisit
  /** The name and phone to show (the parent's own, or staff's masked or opened copy). */
  contact?: { guardianName: string; guardianPhone: string }
  children?: ReactNode
}

export function VisitCard({ visit, contact, children }: Props) {
  const answeredBy = 'answeredBy' in visit ? visit.answeredBy : undefined
  return (
    <Card className='visit-card'>
      <View className='visit-card__head'>
        <Text className='visit-card__place'>{visit.placeName}</Text>
        <StatusTag label={visitStatusLabel(visit.status)} tone={VISIT_TONE[visit.status]} />
      </View>
      <Text className='visit-card__line'>孩子年龄：{visitChildAgeLabel(visit.childAge)}</Text>
      <Text className='visit-card__line'>方便的时间：{visitSlotLabel(visit.slot)}</Text>
      {visit.note ? <Text className='visit-card__line'>想了解：{visit.note}</Text> : null}
      {contact ? (
        <Text className='visit-card__line visit-card__contact'>
          {contact.guardianName} · {contact.guardianPhone}
        </Text>
      ) : null}
      <Text className='muted visit-card__when'>预约于 {chinaDateTime(visit.createdAt)}</Text>
      {visit.answer ? (
        <Text className='visit-card__answer'>
          {answeredBy ? `${answeredBy}答复：` : '答复：'}
          {visit.answer}
        </Text>
      ) : null}
      {children}
    </Card>
  )
}
