// 回复模板: every worker reads the templates; district admins also see inactive ones and add new.
import { Text, View } from '@tarojs/components'
import { headingProps } from '../../components/a11y'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Card } from '../../components/ui/Card'
import type { ReplyTemplate } from '../../domain/staff/templates'
import { useTemplates } from '../../data/staff'
import { useStaffMe } from '../../stores/useSessionStore'
import { TemplateForm } from './TemplateForm'
import './index.scss'

export default function StaffTemplatesPage() {
  const me = useStaffMe()
  const canManage = me?.can.manageTemplates === true
  // Who I am decides whether inactive templates are asked for: wait for it.
  const query = useTemplates(me ? { includeInactive: canManage } : null)
  const items = query.data?.items ?? []

  const onSaved = (t: ReplyTemplate) =>
    query.setData((d) => ({ items: [t, ...d.items.filter((x) => x._id !== t._id)] }))

  return (
    <PageShell className='staff-templates'>
      <LoadState
        status={query.status}
        error={query.error}
        onRetry={query.reload}
        empty={items.length === 0}
        emptyText='还没有回复模板。'
      />
      <View className='staff-templates__list'>
        {items.map((t) => (
          <Card key={t._id} className='staff-templates__item'>
            <Text className='staff-templates__title' {...headingProps(3)}>
              {t.title}
              {t.active ? '' : '（已停用）'}
            </Text>
            <Text className='staff-templates__text'>{t.text}</Text>
            <Text className='muted'>给小朋友：{t.textForChildren}</Text>
          </Card>
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
