// One office on 社区通讯录: what citizens see now, and 修改 opening the place-edit fields (without a
// name or 停业) checked by the same rules as the server, each error beside its field.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PlaceEditFields } from '../components/PlaceEditFields'
import { Button, ButtonRow } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { chinaDateTime } from '../../domain/clock'
import { validateOffice, type OfficeForm, type StaffOffice } from '../../domain/places/offices'
import type { FieldError as Err } from '../../domain/suggestions/validate'

interface Props {
  office: StaffOffice
  today: string
  busy: boolean
  onSave: (form: OfficeForm) => Promise<Err | null>
}

export function OfficeEditor({ office, today, busy, onSave }: Props) {
  const [form, setForm] = useState<OfficeForm | null>(null)
  const [errors, setErrors] = useState<Err[]>([])
  const save = async () => {
    if (!form) return
    const checked = validateOffice(office.code, form, today)
    if (!checked.ok) return setErrors(checked.errors)
    const refused = await onSave(form)
    if (refused) return setErrors([refused])
    setErrors([])
    setForm(null)
  }
  return (
    <Card className='staff-office' title={office.name}>
      <Text className='muted'>
        {office.entered
          ? `电话 ${office.phones.join('、') || '暂无'} · 地址 ${office.address ?? '暂无'} · ${office.source}（${office.verifiedOn} 核实，${office.updatedByName ?? ''} ${chinaDateTime(office.updatedAt ?? '', false)} 录入）`
          : '还没有录入：居民看到的是“暂无”。'}
      </Text>
      {form ? (
        <View className='staff-office__form'>
          <PlaceEditFields
            form={{ ...form, name: office.name, closed: false }}
            hide={['name', 'closed']}
            creating={!office.entered}
            today={today}
            errors={errors}
            onChange={(patch) => setForm((f) => (f ? { ...f, ...patch } : f))}
          />
          <ButtonRow>
            <Button
              variant='primary'
              size='small'
              className='staff-office__save'
              busy={busy}
              onClick={() => void save()}
            >
              保存
            </Button>
            <Button size='small' variant='text' onClick={() => setForm(null)}>
              取消
            </Button>
          </ButtonRow>
        </View>
      ) : (
        <Button size='small' className='staff-office__edit' onClick={() => setForm(office.form)}>
          {office.entered ? '修改' : '录入'}
        </Button>
      )}
    </Card>
  )
}
