// 有什么变化, edited row by row: what home shows now (the published list, or the bundled one),
// checked here with the same rule as the server (validateNews), then published as one list.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button, ButtonRow } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { Field } from '../../components/ui/Field'
import { chooseNews, DISTRICT_EXAMPLES, NEWS_LIMITS, validateNews, type DistrictExample } from '../../domain/news'
import { useCalls } from '../../data/use-calls'
import { newsCalls, useNews } from '../../data/news'
import { toast } from '../../services/feedback'
import { ErrorList } from './ErrorList'

type Row = Omit<DistrictExample, 'date'> & { date: string }

const toRows = (items: DistrictExample[]): Row[] => items.map((e) => ({ ...e, date: e.date ?? '' }))

export function NewsEditor() {
  const current = useNews()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [errors, setErrors] = useState<string[]>([])
  const calls = useCalls(newsCalls)
  const { busy } = calls

  // The rows start from what home shows once the cloud has answered (or failed: the bundled list).
  const settled = current.status === 'ready' || current.status === 'error'
  useEffect(() => {
    if (settled && rows === null) setRows(toRows(chooseNews(DISTRICT_EXAMPLES, current.data?.items)))
  }, [settled, rows, current.data])
  if (!rows) return <Text className='muted'>正在读取首页现在的内容…</Text>

  const edit = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const add = () => setRows([{ id: `news-${rows.length + 1}`, date: '', title: '', text: '', source: '' }, ...rows])
  const publish = async () => {
    const checked = validateNews(rows)
    if (!checked.ok) return setErrors(checked.errors)
    const r = await calls.publishNews({ items: checked.items })
    if (!r.ok) return setErrors([r.error.message])
    setErrors([])
    toast(`已发布 ${r.data.count} 条`)
  }

  return (
    <View className='content-page__news'>
      <Text className='muted'>
        首页“有什么变化”的条目。发布后所有人打开首页就能看到；没有发布过时显示小程序内置的条目。
      </Text>
      <ErrorList errors={errors} />
      <Button block className='content-page__add' onClick={add} disabled={rows.length >= NEWS_LIMITS.items}>
        添加一条
      </Button>
      {rows.map((r, i) => (
        <Card key={i} className='content-page__item'>
          <Field
            label='标题'
            className='content-page__title'
            value={r.title}
            maxLength={NEWS_LIMITS.title}
            onInput={(v) => edit(i, { title: v })}
          />
          <Field
            label='内容'
            className='content-page__text'
            multiline
            counter
            value={r.text}
            maxLength={NEWS_LIMITS.text}
            onInput={(v) => edit(i, { text: v })}
          />
          <Field
            label='年月'
            className='content-page__date'
            value={r.date}
            maxLength={NEWS_LIMITS.date}
            placeholder='如 2025-12，可留空'
            onInput={(v) => edit(i, { date: v })}
          />
          <Field
            label='来源'
            className='content-page__source'
            value={r.source}
            maxLength={NEWS_LIMITS.source}
            onInput={(v) => edit(i, { source: v })}
          />
          <Field
            label='编号'
            className='content-page__id'
            value={r.id}
            maxLength={NEWS_LIMITS.id}
            hint='小写字母、数字和连字符，不重复'
            onInput={(v) => edit(i, { id: v })}
          />
          <ButtonRow>
            <Button
              variant='text'
              className='content-page__remove'
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              删除这条
            </Button>
          </ButtonRow>
        </Card>
      ))}
      <Button variant='primary' block busy={busy} className='content-page__publish-news' onClick={publish}>
        发布到首页
      </Button>
    </View>
  )
}
