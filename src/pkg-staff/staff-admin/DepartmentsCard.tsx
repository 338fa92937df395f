// 接收转办的部门: the district admin adds the departments suggestions can be handed to (区教委,
// 交巡警 …) with the topics each usually handles (offered first on the case page), and switches
// one off when it should no longer receive any. What was handed to it stays where it is.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { headingProps } from '../../components/a11y'
import { LoadState } from '../../components/LoadState'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import { newClientId } from '../../domain/ids'
import { DEPARTMENT_NAME, type Department } from '../../domain/staff/routing'
import { TOPICS, topicLabel, type Topic } from '../../domain/suggestions/model'
import type { CloudError } from '../../domain/errors'
import { staffCalls, useDepartments } from '../../data/staff'
import { useCalls } from '../../data/use-calls'
import { toast } from '../../services/feedback'

const newSaveId = () => newClientId('dept', Date.now())

const TOPIC_OPTIONS = TOPICS.map((t) => ({ key: t.key as Topic, label: `${t.emoji} ${t.label}`, name: t.label }))

export function DepartmentsCard() {
  const query = useDepartments()
  const calls = useCalls(staffCalls)
  const [name, setName] = useState('')
  const [topics, setTopics] = useState<Topic[]>([])
  const [error, setError] = useState<CloudError | null>(null)
  // Kept until the add succeeds: the same add sent again is stored once.
  const [saveId, setSaveId] = useState(newSaveId)
  const items = query.data?.items ?? []

  const upsert = (d: Department) => query.setData((q) => ({ items: [...q.items.filter((x) => x._id !== d._id), d] }))
  const add = async () => {
    const r = await calls.saveDepartment({ department: { id: saveId, create: true, name: name.trim(), topics } })
    if (!r.ok) return setError(r.error)
    setError(null)
    setSaveId(newSaveId())
    setName('')
    setTopics([])
    upsert(r.data)
    toast('已添加部门')
  }
  const toggle = async (d: Department) => {
    const r = await calls.saveDepartment({
      department: { id: d._id, name: d.name, topics: d.topics, active: !d.active }
    })
    if (r.ok) upsert(r.data)
    else toast(r.error.message)
  }

  return (
    <View className='departments'>
      <Text className='staff-admin__heading' {...headingProps(2)}>
        接收转办的部门
      </Text>
      <LoadState status={query.status} error={query.error} onRetry={query.reload} empty={!query.data} />
      {items.map((d) => (
        <Card key={d._id} className='departments__item'>
          <Text className='staff-admin__name' {...headingProps(3)}>
            {d.name}
          </Text>
          <Text className='muted'>
            {d.topics.length ? `常办：${d.topics.map(topicLabel).join('、')}` : '未设常办类别'} ·{' '}
            {d.active ? '接收转办' : '已停用'}
          </Text>
          <Button
            size='small'
            className='departments__toggle'
            ariaLabel={`${d.active ? '停用' : '启用'}部门：${d.name}`}
            onClick={() => void toggle(d)}
          >
            {d.active ? '停用' : '启用'}
          </Button>
        </Card>
      ))}
      <Card className='departments__new' title='添加部门'>
        <Field
          label='部门名称'
          className='departments__name'
          value={name}
          maxLength={DEPARTMENT_NAME.max}
          placeholder='如：区教委'
          error={error?.field === 'name' ? error.message : undefined}
          onInput={setName}
        />
        <ChipGroup
          multi
          wrap
          showLabel
          label='常办的建议类别（转办时排在前面）'
          className='departments__topics'
          options={TOPIC_OPTIONS}
          isOn={(k) => topics.includes(k)}
          onPick={(k) => setTopics((list) => (list.includes(k) ? list.filter((t) => t !== k) : [...list, k]))}
        />
        {error && error.field !== 'name' ? <Text className='departments__error'>{error.message}</Text> : null}
        <Button variant='primary' block className='departments__add' busy={calls.busy} onClick={add}>
          添加部门
        </Button>
      </Card>
    </View>
  )
}
