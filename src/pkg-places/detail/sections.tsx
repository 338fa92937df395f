// The detail page's sections. Every fact shown is the record's own; what the record does not
// know reads "暂无" (never a guess), and 示例 / 大致位置 are said in words.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ageText, UNKNOWN } from '../../components/PlaceCard'
import { StatusTag } from '../../components/ui/StatusTag'
import { CARE_TYPES, describeHours, FACILITIES, labelOf, openState, type Place } from '../../domain/places'
import { citizenSource } from '../../domain/citizen-text'
import { chinaDate } from '../../domain/clock'
import { describeFees, describeFreePlaces, freePlacesState } from '../../domain/places/childcare-facts'

export function Row({ label, children, action }: { label: string; children: ReactNode; action?: ReactNode }) {
  return (
    <View className='place-detail__row'>
      <Text className='place-detail__label'>{label}</Text>
      <View className='place-detail__value'>{children}</View>
      {action}
    </View>
  )
}

/** "营业中 · 22:00 关门" / "已关门 · 明天 08:00 开门" (dayjs, China time), then the week. */
export function HoursSection({ place, now }: { place: Place; now: number }) {
  if (!place.hours) {
    return (
      <Row label='开放时间'>
        <Text>{place.hoursNote ?? UNKNOWN}</Text>
        {place.hoursNote ? (
          <Text className='place-detail__hint'>未核实到按星期的开放时间，出发前请先确认。</Text>
        ) : null}
      </Row>
    )
  }
  const state = openState(place.hours, now)
  return (
    <Row label='开放时间'>
      <StatusTag label={state.label} tone={state.open ? 'good' : 'waiting'} />
      {describeHours(place.hours).map((line) => (
        <Text key={line} className='place-detail__line'>
          {line}
        </Text>
      ))}
      {place.hoursNote ? <Text className='place-detail__hint'>{place.hoursNote}</Text> : null}
    </Row>
  )
}

export function FacilitiesSection({ place }: { place: Place }) {
  return (
    <Row label='设施'>
      <Text>{place.facilities.length ? place.facilities.map((f) => labelOf(FACILITIES, f)).join('、') : UNKNOWN}</Text>
    </Row>
  )
}

const yesNo = (value: boolean | undefined, yes: string, no: string) =>
  value === undefined ? UNKNOWN : value ? yes : no

export function ChildcareSection({ place, now }: { place: Place; now: number }) {
  const c = place.childcare
  if (!c && place.category !== 'childcare') return null
  const fees = describeFees(c?.fees)
  const free = freePlacesState(c, chinaDate(now))
  return (
    <View className='place-detail__card'>
      <Text className='place-detail__card-title'>托育信息</Text>
      <Row label='托育类型'>
        <Text>{c?.careTypes.length ? c.careTypes.map((t) => labelOf(CARE_TYPES, t)).join('、') : UNKNOWN}</Text>
      </Row>
      <Row label='招收月龄'>
        <Text>{ageText(c?.ageMonths) ?? UNKNOWN}</Text>
      </Row>
      <Row label='托位'>
        <Text>{c?.capacity !== undefined ? `${c.capacity} 个` : UNKNOWN}</Text>
      </Row>
      <Row label='收费'>
        {fees.length ? (
          fees.map((line) => (
            <Text key={line} className='place-detail__line'>
              {line}
            </Text>
          ))
        ) : (
          <Text>{UNKNOWN}</Text>
        )}
      </Row>
      <Row label='余位'>
        <Text className={free && !free.fresh ? 'place-detail__stale' : ''}>
          {free ? describeFreePlaces(free) : UNKNOWN}
        </Text>
      </Row>
      <Row label='托育时间'>
        {c?.careHours?.length ? (
          c.careHours.map((h) => (
            <Text key={h.careType} className='place-detail__line'>
              {labelOf(CARE_TYPES, h.careType)} {h.text}
            </Text>
          ))
        ) : (
          <Text>{UNKNOWN}</Text>
        )}
      </Row>
      <Row label='餐食'>
        <Text>{c?.meals ?? UNKNOWN}</Text>
      </Row>
      <Row label='普惠'>
        <Text>{yesNo(c?.publicBenefit, '是（普惠托育）', '否')}</Text>
      </Row>
      <Row label='备案'>
        <Text>{yesNo(c?.registered, '已备案', '未备案')}</Text>
        {c?.registeredAt ? <Text className='place-detail__hint'>备案时间：{c.registeredAt}</Text> : null}
      </Row>
      {c?.qualityGrade ? (
        <Row label='质量等级'>
          <Text>{c.qualityGrade} 级</Text>
        </Row>
      ) : null}
      {c?.registryCode ? (
        <Row label='信用代码'>
          <Text>{c.registryCode}</Text>
        </Row>
      ) : null}
    </View>
  )
}

export function SourceSection({ place }: { place: Place }) {
  return (
    <View className='place-detail__source'>
      <Text className='muted'>来源：{citizenSource(place.source)}</Text>
      <Text className='muted'>最后核实：{place.verifiedAt ?? UNKNOWN}</Text>
    </View>
  )
}
