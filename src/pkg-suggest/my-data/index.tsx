// 我的数据: everything kept linked to my WeChat account (src/domain/suggestions/my-data.ts), how
// long it is kept, a copy to save (a file sent to a chat on WeChat, a download in the browser),
// and one button that deletes all of it after one confirmation naming exactly what goes.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import type { CloudError } from '../../domain/errors'
import {
  deleteAllConfirmation,
  deletedMessage,
  holdsNothing,
  myDataCounts,
  myDataFile,
  myDataLines
} from '../../domain/suggestions/my-data'
import { retentionParagraph } from '../../domain/suggestions/retention-text'
import { useCalls } from '../../data/use-calls'
import { suggestionCalls, useMyData } from '../../data/suggestions'
import { discardExport, exportActionLabel, prepareExport, shareExport, type PreparedExport } from '../../services/files'
import { confirm, toast } from '../../services/feedback'
import './index.scss'

export default function MyDataPage() {
  const query = useMyData()
  const calls = useCalls(suggestionCalls)
  const { busy } = calls
  const [ready, setReady] = useState<PreparedExport | null>(null)
  const [deleted, setDeleted] = useState<string | null>(null)
  const [error, setError] = useState<CloudError | null>(null)
  const view = query.data && Array.isArray(query.data.suggestions) ? query.data : null
  const counts = view ? myDataCounts(view) : null

  // A copy of one's data not handed over leaves with the page (or with the next export).
  useEffect(
    () => () => {
      if (ready) discardExport(ready)
    },
    [ready]
  )

  // Two taps on WeChat: a file goes to a chat only from a tap, and it must exist by then.
  const save = () => {
    if (!view) return
    setReady(prepareExport(myDataFile(view)))
  }
  const share = () => {
    if (ready) void shareExport(ready).then((outcome) => toast(outcome))
  }
  const removeAll = async () => {
    if (!counts) return
    const yes = await confirm({ ...deleteAllConfirmation(counts), confirmText: '全部删除' })
    if (!yes) return
    const r = await calls.deleteAllMyData({ confirmed: true })
    if (!r.ok) return setError(r.error)
    setError(null)
    setReady(null)
    setDeleted(deletedMessage(r.data))
    await query.reload()
  }

  return (
    <PageShell className='my-data'>
      <Text className='muted my-data__intro'>
        这里是和你的微信账号关联的全部数据：你可以保存一份，也可以一次全部删除。
      </Text>
      <LoadState status={query.status} error={query.error} onRetry={query.reload} empty={!view} />
      {deleted ? (
        <View className='my-data__deleted' ariaRole='alert'>
          <Text>{deleted}</Text>
        </View>
      ) : null}
      {error ? (
        <View ariaRole='alert'>
          <Text className='my-data__error'>⚠ {error.message}</Text>
        </View>
      ) : null}
      {counts ? (
        <Card title='保存着的数据' className='my-data__kept'>
          {holdsNothing(counts) ? (
            <Text className='muted'>没有和你的微信账号关联的数据了。</Text>
          ) : (
            <View ariaRole='list'>
              {myDataLines(counts).map((line) => (
                <View key={line} ariaRole='listitem' className='my-data__line'>
                  <Text>{line}</Text>
                </View>
              ))}
            </View>
          )}
        </Card>
      ) : null}
      {counts && !holdsNothing(counts) ? (
        <View className='my-data__actions'>
          <Button className='my-data__export' onClick={save}>
            导出我的数据（JSON 文件）
          </Button>
          {ready ? (
            <View className='my-data__ready' ariaRole='alert'>
              <Text>已生成 {ready.filename}</Text>
              <Button className='my-data__share' variant='primary' onClick={share}>
                {exportActionLabel()}
              </Button>
            </View>
          ) : null}
          <Button className='my-data__delete' busy={busy} onClick={removeAll}>
            删除我的全部数据
          </Button>
        </View>
      ) : null}
      <Card title='保存多久' className='my-data__how-long'>
        <Text className='muted'>{retentionParagraph()}</Text>
      </Card>
    </PageShell>
  )
}
