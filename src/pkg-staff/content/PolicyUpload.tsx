// A new policy version: the JSON from the district's content team, pasted here, checked with the
// server's own rule (validatePolicyForPublish), shown as what it changes against the version in
// use, and only then published.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { Field } from '../../components/ui/Field'
import { policyChanges, type PolicyChange } from '../../domain/policy/changes'
import type { PolicyDocument } from '../../domain/policy/content'
import { POLICY_LIMITS, validatePolicyForPublish } from '../../domain/policy/validate'
import { useCalls } from '../../data/use-calls'
import { policyCalls } from '../../data/policy'
import { toast } from '../../services/feedback'
import { ErrorList } from './ErrorList'
import { usePolicyStore } from '../../stores/usePolicyStore'

const KIND = { added: '新增', removed: '删除', changed: '修改' } as const

type Checked = { doc: PolicyDocument; changes: PolicyChange[] }

export function PolicyUpload() {
  const current = usePolicyStore((s) => s.value)
  const [json, setJson] = useState('')
  const [errors, setErrors] = useState<string[]>([])
  const [checked, setChecked] = useState<Checked | null>(null)
  const calls = useCalls(policyCalls)
  const { busy } = calls

  const check = () => {
    setChecked(null)
    let parsed: unknown
    try {
      parsed = JSON.parse(json)
    } catch {
      return setErrors(['不是有效的 JSON，请检查是否完整复制'])
    }
    const v = validatePolicyForPublish(parsed)
    if (!v.ok) return setErrors(v.errors.slice(0, 5))
    if (v.doc.version === current.version)
      return setErrors([`版本号 ${v.doc.version} 与正在使用的相同，请换一个新的版本号`])
    setErrors([])
    setChecked({ doc: v.doc, changes: policyChanges(current, v.doc) })
  }
  const publish = async () => {
    if (!checked) return
    const r = await calls.publishPolicy({ document: checked.doc })
    if (!r.ok) return setErrors([r.error.message])
    toast(`已发布版本 ${r.data.version}`)
    setChecked(null)
    setJson('')
  }

  return (
    <View className='content-page__policy'>
      <Text className='muted'>
        正在使用：版本 {current.version}（{current.updatedAt}）。粘贴新版本的完整 JSON，先检查，看清改动后再发布。
      </Text>
      <Field
        label='新版本 JSON'
        className='content-page__json'
        multiline
        maxLength={POLICY_LIMITS.document}
        value={json}
        placeholder='{"version": "…", "updatedAt": "…", …}'
        onInput={(v) => {
          setJson(v)
          setChecked(null)
        }}
      />
      <ErrorList errors={errors} />
      <Button block className='content-page__check' onClick={check} disabled={!json.trim()}>
        检查并预览改动
      </Button>
      {checked ? (
        <Card title={`版本 ${checked.doc.version}（${checked.doc.updatedAt}）的改动`} className='content-page__preview'>
          {checked.changes.length === 0 ? <Text className='muted'>内容与正在使用的版本相同。</Text> : null}
          {checked.changes.map((c) => (
            <Text key={`${c.kind}${c.what}`} className='content-page__change'>
              {KIND[c.kind]}：{c.what}
            </Text>
          ))}
          <Button variant='primary' block busy={busy} className='content-page__publish-policy' onClick={publish}>
            发布这个版本
          </Button>
        </Card>
      ) : null}
    </View>
  )
}
