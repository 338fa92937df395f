// 儿童议事会 for everyone: what the council is, the round under way, the results of the closed
// rounds with the district's answers; for a representative (joined with the code their guardian
// got from the street), the round's suggestions to pick from.
import { Text } from '@tarojs/components'
import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { councilCalls, useCouncil, useCouncilMe } from '../../data/council'
import { useCalls } from '../../data/use-calls'
import { toast } from '../../services/feedback'
import { CouncilJoin } from './CouncilJoin'
import { CouncilPicks } from './CouncilPicks'
import { CouncilRounds } from './CouncilRounds'
import './index.scss'

export default function CouncilPage() {
  const council = useCouncil()
  const me = useCouncilMe()
  const calls = useCalls(councilCalls)
  const [justSaved, setJustSaved] = useState<string | null>(null)
  const reload = () => Promise.all([council.reload(), me.reload()])
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => stopPullDownRefresh()))
  const current = council.data?.current ?? null
  const rounds = council.data?.rounds ?? []
  const mine = me.data?.representative ?? null

  const join = async (code: string) => {
    const r = await calls.joinCouncil({ code })
    if (!r.ok) return r.error.message
    toast('欢迎加入儿童议事会！')
    await me.reload()
    return null
  }

  const save = async (picks: string[]) => {
    const round = me.data?.round
    if (!round) return '现在没有进行中的议事'
    const r = await calls.pickCouncil({ roundId: round.id, picks })
    if (!r.ok) return r.error.message
    me.setData((d) => ({ ...d, picks: r.data.picks }))
    setJustSaved(r.data.picks.join(','))
    return null
  }

  return (
    <PageShell className='council'>
      <Text className='council__intro'>
        每个街道都有小代表。每个季度，小代表们读一读大家的建议，一起选出最想让区里做的事；区里对每一条被选中的建议都会公开答复。
      </Text>
      {current ? (
        <Text className='council__current'>{current.label}议事正在进行，区里结束这一次议事后公布大家的选择。</Text>
      ) : null}
      {mine && me.data ? (
        <CouncilPicks
          key={`${me.data.round?.id ?? ''}:${me.data.picks.join(',')}`}
          me={mine}
          round={me.data.round}
          candidates={me.data.candidates}
          saved={me.data.picks}
          justSaved={justSaved === me.data.picks.join(',')}
          busy={calls.busy}
          onSave={save}
        />
      ) : me.status === 'ready' ? (
        <CouncilJoin busy={calls.busy} onJoin={join} />
      ) : (
        <LoadState status={me.status} error={me.error} onRetry={me.reload} empty={false} />
      )}
      <Text className='section-title'>议事结果</Text>
      <LoadState
        status={council.status}
        error={council.error}
        onRetry={council.reload}
        empty={rounds.length === 0}
        emptyText='还没有结束的议事。每一季结束后，这里会公布小代表们的选择和区里的答复。'
      />
      <CouncilRounds rounds={rounds} />
    </PageShell>
  )
}
