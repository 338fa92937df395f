// The place's position without typing numbers: the phone's own position for a worker standing at
// the door, or a point picked on WeChat's map (its address fills an empty 地址). Both answer
// GCJ-02, the datum the fields and the map use. The browser build has no map picker
// (services/pick-location.h5), so there only the phone's position is offered.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { isInsideYuzhong, OUTSIDE_YUZHONG, type LatLng } from '../../../domain/places'
import type { PlaceEditForm } from '../../../domain/places/place-edit'
import { locate } from '../../../services/location'
import { MAP_PICKER, pickOnMap } from '../../../services/pick-location'
import { Button, ButtonRow } from '../../../components/ui/Button'
import { locateProblem } from '../../../components/LocationField/locate-problem'

interface Props {
  form: PlaceEditForm
  onChange: (patch: Partial<PlaceEditForm>) => void
}

/** What else there is: WeChat's map, and the two fields above. */
const OTHER_WAYS = MAP_PICKER ? '在地图上选，或直接填写经纬度' : '直接填写经纬度'
/** A phone fix less sure than this is said, so the worker checks it on the map. */
const ROUGH_FIX_M = 50
/** Six decimals are about 0.1 m: as fine as a phone or the map can tell. */
const coordinate = (n: number) => n.toFixed(6)

function formPoint(form: PlaceEditForm): LatLng | undefined {
  const latitude = Number(form.latitude)
  const longitude = Number(form.longitude)
  return form.latitude && form.longitude && isInsideYuzhong(latitude, longitude) ? { latitude, longitude } : undefined
}

/** What the buttons last said, and about which point in the fields: typed anew, it no longer holds. */
interface Said {
  text: string
  latitude: string
  longitude: string
}

export function PositionActions({ form, onChange }: Props) {
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<Said | null>(null)
  const setProblem = (text: string | null, at: Pick<PlaceEditForm, 'latitude' | 'longitude'> = form) =>
    setSaid(text ? { text, latitude: at.latitude, longitude: at.longitude } : null)
  const problem = said && said.latitude === form.latitude && said.longitude === form.longitude ? said.text : null

  const here = async () => {
    setBusy(true)
    setProblem(null)
    const r = await locate()
    setBusy(false)
    if (!r.ok) return setProblem(locateProblem(r.reason, OTHER_WAYS))
    const { latitude, longitude } = r.point
    if (!isInsideYuzhong(latitude, longitude)) return setProblem(`你现在不在渝中区：请到现场再定位，或${OTHER_WAYS}`)
    const point = { latitude: coordinate(latitude), longitude: coordinate(longitude) }
    onChange(point)
    // Said beside the fields while they hold this point: a public position is worth a second look.
    if (r.accuracyM && r.accuracyM > ROUGH_FIX_M)
      setProblem(`定位误差约 ${Math.round(r.accuracyM)} 米，请核对后再保存`, point)
  }
  const onMap = async () => {
    setProblem(null)
    const r = await pickOnMap(formPoint(form))
    if (!r.ok)
      return r.reason === 'cancel' || r.reason === 'unsupported'
        ? undefined
        : setProblem(locateProblem(r.reason, '直接填写经纬度'))
    const { latitude, longitude, address } = r.picked
    if (!isInsideYuzhong(latitude, longitude)) return setProblem(OUTSIDE_YUZHONG)
    onChange({
      latitude: coordinate(latitude),
      longitude: coordinate(longitude),
      ...(!form.address.trim() && address ? { address } : {})
    })
  }

  return (
    <>
      <ButtonRow>
        <Button size='small' className='place-edit-fields__here' busy={busy} onClick={() => void here()}>
          使用我的位置
        </Button>
        {MAP_PICKER ? (
          <Button size='small' className='place-edit-fields__on-map' onClick={() => void onMap()}>
            在地图上选
          </Button>
        ) : null}
      </ButtonRow>
      {problem ? (
        <View ariaRole='alert'>
          <Text className='place-edit-fields__problem'>{problem}</Text>
        </View>
      ) : null}
    </>
  )
}
