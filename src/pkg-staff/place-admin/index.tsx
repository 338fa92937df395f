// 地点信息 (district admins): edit a place directly (?id=, from the place's page) or add a new one
// (工作台 → 新增地点) — the fields a 纠错 fix asks, and for childcare the facts a parent decides on
// (fees, hours, meals, 余位 with its date). Every save names its source and the day the facts were
// checked; checked here by the server's rules (validatePlaceEdit) so an error shows by its field.
// A new place keeps the id made when the page opened, so a retried save finds the first. An existing
// place's photos are their own card (PlacePhotosCard) with their own save.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState, type ComponentProps } from 'react'
import { ChildcareFactsFields } from '../components/ChildcareFactsFields'
import { RecordLoadState } from '../../components/LoadState'
import { PlaceEditFields } from '../components/PlaceEditFields'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import { chinaDate } from '../../domain/clock'
import { newClientId } from '../../domain/ids'
import type { Place } from '../../domain/places/model'
import {
  editFormOf,
  placeFormField,
  placeFormShows,
  validatePlaceEdit,
  type PlaceEditForm
} from '../../domain/places/place-edit'
import { placeAdminCalls, usePlaceToEdit } from '../../data/place-admin'
import { useCalls } from '../../data/use-calls'
import { useStaffMe } from '../../stores/useSessionStore'
import { StaffOnly } from '../components/StaffOnly'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { NEW_PLACE_FIELDS, NewPlaceHead, type NewPlaceArea } from './NewPlaceHead'
import { PlacePhotosCard } from './PlacePhotosCard'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

const blank = (category: Place['category']): Place => ({
  id: '',
  name: '',
  category,
  phones: [],
  facilities: [],
  source: ''
})

const openPlace = (id: string) => void Taro.navigateTo({ url: `/pkg-places/detail/index?id=${encodeURIComponent(id)}` })

const REFUSAL = '只有区级管理员可以新增或修改地点。发现地点信息不对，可以在地点页点“信息有误？纠错”告诉区里。'
/** Every state of the page in one frame: district admins only; anyone else is told where to report. */
function PlaceAdminFrame({ me, children }: Pick<ComponentProps<typeof StaffOnly>, 'me' | 'children'>) {
  return (
    <StaffOnly className='place-admin' me={me} may='correctPlaces' refusal={REFUSAL}>
      {children}
    </StaffOnly>
  )
}

export default function PlaceAdminPage() {
  const { params } = useRouter()
  const editing = decodeURIComponent(params.id ?? '')
  const today = chinaDate(Date.now())
  const me = useStaffMe()
  const query = usePlaceToEdit(editing || null)
  const calls = useCalls(placeAdminCalls)
  const [newId] = useState(() => newClientId('place', Date.now()))
  const [area, setArea] = useState<NewPlaceArea>({ category: null })
  const [form, setForm] = useState<PlaceEditForm | null>(null)
  const { errors, setErrors, error, refuse, clear } = useFormErrors()
  const [saved, setSaved] = useState<Place | null>(null)

  const stored = query.data?.place ?? null
  useEffect(() => {
    if (stored) setForm(editFormOf(stored, today))
  }, [stored, today])

  const pickArea = (next: NewPlaceArea) => {
    setArea(next)
    // A new category asks its own questions (only childcare has 托育信息); what was typed stays.
    if (next.category && next.category !== area.category) {
      const fresh = editFormOf(blank(next.category), today)
      setForm(form ? { ...form, childcare: fresh.childcare } : fresh)
    }
  }

  const save = async () => {
    if (!editing && !area.category) return setErrors([{ field: 'category', message: '请选择地点类别' }])
    const checked = form ? validatePlaceEdit(form, today) : null
    if (!checked || !checked.ok) return setErrors(checked ? checked.errors : [])
    clear()
    const r = await calls.savePlace(
      editing
        ? { id: editing, update: form }
        : {
            id: newId,
            create: true,
            category: area.category!,
            street: area.street,
            community: area.community,
            update: form
          }
    )
    if (!r.ok)
      return refuse(
        r.error,
        (f) => placeFormShows(form)(f) || (!editing && NEW_PLACE_FIELDS.includes(f)),
        placeFormField
      )
    usePlacesStore.getState().upsert(r.data.place)
    setSaved(r.data.place)
  }

  if (editing && !stored)
    return (
      <PlaceAdminFrame me={me}>
        <RecordLoadState query={query} />
      </PlaceAdminFrame>
    )
  if (saved)
    return (
      <PlaceAdminFrame me={me}>
        <Card tone='green' className='place-admin__done'>
          <View ariaRole='alert'>
            <Text className='place-admin__done-text'>
              “{saved.name}”已{editing ? '保存' : '添加'}，居民现在就能在地图和列表里看到。
            </Text>
          </View>
          <Button block className='place-admin__open' onClick={() => openPlace(saved.id)}>
            查看这个地点
          </Button>
        </Card>
      </PlaceAdminFrame>
    )

  return (
    <PlaceAdminFrame me={me}>
      <Text className='muted place-admin__intro'>
        {editing
          ? '改动会直接显示给居民。未核实的信息请留空，页面会显示“暂无”，不要估计。'
          : '新增一个地图上的地点。未核实的信息请留空，页面会显示“暂无”，不要估计。'}
      </Text>
      {editing ? null : <NewPlaceHead value={area} errors={errors} onChange={pickArea} />}
      {form ? (
        <Card title={stored ? `修改“${stored.name}”` : '地点信息'}>
          {stored ? (
            <Text className='muted place-admin__was'>
              现在的来源：{stored.source}
              {stored.verifiedAt ? `（${stored.verifiedAt} 核实）` : ''}
            </Text>
          ) : null}
          <PlaceEditFields
            form={form}
            today={today}
            errors={errors}
            creating={!editing}
            // A place being added is open: 已停业 is for one that closed since.
            hide={editing ? [] : ['closed']}
            onChange={(patch) => setForm({ ...form, ...patch })}
          />
        </Card>
      ) : null}
      {form?.childcare ? (
        <Card title='托育信息（家长据此选择）'>
          <ChildcareFactsFields
            form={form.childcare}
            today={today}
            errors={errors}
            onChange={(patch) => setForm({ ...form, childcare: { ...form.childcare!, ...patch } })}
          />
        </Card>
      ) : null}
      {error ? <ErrorState message={error} /> : null}
      {form ? (
        <Button variant='primary' block busy={calls.busy} className='place-admin__save' onClick={() => void save()}>
          {editing ? '保存' : '添加地点'}
        </Button>
      ) : (
        <Text className='muted'>先选择类别。</Text>
      )}
      {/* Photos are saved on their own (a new place gets them once it exists). */}
      {editing ? <PlacePhotosCard placeId={editing} /> : null}
    </PlaceAdminFrame>
  )
}
