// 地点详情: everything known about one place, with call, navigate, save, share, and
// "对这里提建议", which opens the suggestion form about this place, pinned to its location, and
// 信息有误？纠错 (components/CorrectionSheet), whose outcome shows on 我的纠错 (pkg-places/corrections);
// a childcare centre's 预约参观 (pkg-places/visit).
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CategoryIcon } from '../../components/CategoryIcon'
import { CorrectionSheet } from '../../components/CorrectionSheet'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button, ButtonRow } from '../../components/ui/Button'
import { PlaceBadges, UNKNOWN } from '../../components/PlaceCard'
import type { CloudError } from '../../domain/errors'
import { distanceM, formatDistance } from '../../domain/places'
import { distanceFrom } from '../../domain/places/origin'
import { visitRefusal } from '../../domain/places/visit-refusal'
import { usePlaceOrigin } from '../../hooks/usePlaceOrigin'
import { copyText } from '../../services/clipboard'
import { imageSrc } from '../../services/upload'
import { fetchPlace } from '../../data/places'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { useSessionStore } from '../../stores/useSessionStore'
import { Actions } from './Actions'
import { PlaceActivities } from './PlaceActivities'
import { Photos } from './Photos'
import { ChildcareSection, FacilitiesSection, HoursSection, Row, SourceSection } from './sections'
import { suggestAbout } from './suggest'
import './index.scss'

const editPlace = (id: string) =>
  void Taro.navigateTo({ url: `/pkg-staff/place-admin/index?id=${encodeURIComponent(id)}` })
const openMyCorrections = () => void Taro.navigateTo({ url: '/pkg-places/corrections/index' })
const askToVisit = (id: string) =>
  void Taro.navigateTo({ url: `/pkg-places/visit/index?placeId=${encodeURIComponent(id)}` })

export default function PlaceDetailPage() {
  const { params } = useRouter()
  const id = decodeURIComponent(params.id ?? '')
  const local = usePlacesStore((s) => s.places.find((p) => p.id === id))
  const origin = usePlaceOrigin()
  const [error, setError] = useState<CloudError | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const [correcting, setCorrecting] = useState(false)
  const [photos, setPhotos] = useState<string[]>([])
  // District admins fix a record here directly; everyone else reports it (纠错). Read, not asked:
  // who-am-I is answered once staff open 我的 or 工作台, and a citizen's page asks nothing more.
  const canEdit = useSessionStore((s) => s.me?.staff?.can.correctPlaces === true)

  const load = () => {
    setError(null)
    // The list's copy shows at once; the cloud's answer replaces it (a shared link may name a
    // place the cached list does not have). Offline, the local copy simply stays.
    void fetchPlace(id).then((r) => {
      if (r.ok) {
        usePlacesStore.getState().upsert(r.data.place)
        setPhotos((r.data.photos ?? []).map(imageSrc))
      } else if (!usePlacesStore.getState().places.some((p) => p.id === id)) setError(r.error)
    })
  }
  useEffect(load, [id])
  useDidShow(() => setNow(Date.now()))
  useShareAppMessage(() => ({
    title: local ? `${local.name} · 渝中 · 一米高度` : '渝中 · 一米高度',
    path: `/pkg-places/detail/index?id=${encodeURIComponent(id)}`
  }))

  if (!local) {
    return (
      <PageShell className='place-detail'>
        <LoadState
          status={error ? 'error' : 'loading'}
          error={error?.code === 'NOT_FOUND' ? { ...error, message: '没有找到这个地点，它可能已被删除。' } : error}
          onRetry={error?.code === 'NOT_FOUND' ? undefined : load}
          empty
        />
      </PageShell>
    )
  }

  const place = local
  // From the same point as the list's order: the user, a chosen street, or the district centre.
  const away = place.location ? distanceFrom(origin, formatDistance(distanceM(origin.point, place.location))) : null
  const copyAddress = async () => {
    if (place.address && (await copyText(place.address))) void Taro.showToast({ title: '地址已复制', icon: 'none' })
  }

  return (
    <PageShell className='place-detail'>
      <View className='place-detail__head'>
        <CategoryIcon category={place.category} />
        <View className='place-detail__titles'>
          <Text className='place-detail__name'>{place.name}</Text>
          {place.alias ? <Text className='muted'>又名：{place.alias}</Text> : null}
          <PlaceBadges place={place} />
        </View>
      </View>
      {place.demo ? (
        <View className='place-detail__demo' ariaRole='note'>
          <Text>示例：这是本地开发用的演示数据，并非真实机构，请勿前往或拨打。</Text>
        </View>
      ) : null}

      <Photos name={place.name} urls={photos} />
      <Actions place={place} />

      <View className='place-detail__card'>
        <Row
          label='地址'
          action={
            place.address ? (
              <View className='place-detail__copy' ariaRole='button' ariaLabel='复制地址' onClick={copyAddress}>
                复制
              </View>
            ) : undefined
          }
        >
          <Text>{place.address ?? UNKNOWN}</Text>
          {away ? <Text className='place-detail__hint'>{away}</Text> : null}
        </Row>
        <HoursSection place={place} now={now} />
        <Row label='电话'>
          <Text>{place.phones.length ? place.phones.join('、') : UNKNOWN}</Text>
        </Row>
        {place.free ? (
          <Row label='费用'>
            <Text>免费</Text>
          </Row>
        ) : null}
        <FacilitiesSection place={place} />
      </View>

      <ChildcareSection place={place} now={now} />
      <PlaceActivities placeId={place.id} />
      {!visitRefusal(place) ? (
        <View className='place-detail__visit'>
          <Button block className='place-detail__visit-button' onClick={() => askToVisit(place.id)}>
            预约参观
          </Button>
          <Text className='place-detail__hint'>工作人员先和机构约好时间，再联系你。</Text>
        </View>
      ) : null}
      <SourceSection place={place} />

      <Button variant='primary' block className='place-detail__suggest' onClick={() => suggestAbout(place)}>
        对这里提建议
      </Button>
      {canEdit ? (
        <Button variant='text' block className='place-detail__admin-edit' onClick={() => editPlace(place.id)}>
          修改地点信息（区级管理员）
        </Button>
      ) : null}
      <ButtonRow className='place-detail__correct-row'>
        <Button className='place-detail__correct' onClick={() => setCorrecting(true)}>
          信息有误？纠错
        </Button>
        <Button variant='text' className='place-detail__my-corrections' onClick={openMyCorrections}>
          我的纠错
        </Button>
      </ButtonRow>
      <CorrectionSheet
        place={place}
        open={correcting}
        onClose={() => setCorrecting(false)}
        onMine={() => {
          setCorrecting(false)
          openMyCorrections()
        }}
      />
    </PageShell>
  )
}
