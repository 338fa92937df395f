// 回复模板: every worker reads the templates; district admins also see inactive ones and add new.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { headingProps } from '../../components/a11y'
import { PageShell } from '../../components/PageShell'
import type { ReplyTemplate } from '../../domain/staff/templates'
import { callCloud } from '../../services/cloud'
import { useStaffStore } from '../../stores/useStaffStore'
import '../entry/form.scss'
import { TemplateForm } from './TemplateForm'
import './index.scss'

export default function StaffTemplatesPage() {
  const { me, loadMe } = useStaffStore()
  const [items, setItems] = useState<ReplyTemplate[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const canManage = me?.can.manageTemplates === true

  useEffect(() => {
    if (!me) void loadMe()
  }, [me, loadMe])

  useEffect(() => {
    if (!me) return
    void callCloud('staff', { action: 'listTemplates', includeInactive: canManage }).then((r) => {
      if (r.ok) setItems(r.data.items)
      else setError(r.error.message)
    })
  }, [me, canManage])

  const onSaved = (t: ReplyTemplate) => setItems((list) => [t, ...(list ?? []).filter((x) => x._id !== t._id)])

  return (
    <PageShell className='staff-templates'>
      {error ? (
        <View ariaRole='alert'>
          <Text className='muted'>{error}</Text>
        </View>
      ) : null}
      {items === null && !error ? <Text className='muted'>正在加载…</Text> : null}
      {items?.length === 0 ? <Text className='muted'>还没有回复模板。</Text> : null}
      <View className='staff-templates__list'>
        {(items ?? []).map((t) => (
          <View key={t._id} className='staff-form__row staff-templates__item'>
            <Text className='staff-templates__title' {...headingProps(3)}>
              {t.title}
              {t.active ? '' : '（已停用）'}
            </Text>
            <Text className='staff-templates__text'>{t.text}</Text>
            <Text className='muted'>给小朋友：{t.textForChildren}</Text>
          </View>
        ))}
      </View>
      {canManage ? (
        <View className='staff-templates__new'>
          <Text className='staff-templates__heading' {...headingProps(2)}>
            新增模板
          </Text>
          <TemplateForm onSaved={onSaved} />
        </View>
      ) : me ? (
        <Text className='muted'>模板由区级管理员维护。</Text>
      ) : null}
    </PageShell>
  )
}
