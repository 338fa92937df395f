// 快问快答 for citizens: say whether a child or a grown-up is answering (nothing else is asked: a
// child needs no personal data here), answer the open polls that ask them with one tap on a
// picture, and read the closed ones' results. One answer per person; a vote sent again after a
// lost answer is counted once (the server's rule), so 投票 may simply be tapped again.
import { Text, View } from '@tarojs/components'
import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { ChipGroup } from '../../components/ui/Chip'
import { asksRespondent, type Respondent } from '../../domain/polls/model'
import { pollCalls, usePolls } from '../../data/polls'
import { useCalls } from '../../data/use-calls'
import { PollCard } from './PollCard'
import { PollResults } from './PollResults'
import './index.scss'

const WHO: Array<{ key: Respondent; label: string }> = [
  { key: 'child', label: '我是小朋友' },
  { key: 'parent', label: '我是家长' }
]

export default function PollsPage() {
  const [as, setAs] = useState<Respondent>('child')
  const polls = usePolls()
  const calls = useCalls(pollCalls)
  useDidShow(() => void polls.reload())
  usePullDownRefresh(() => void polls.reload().finally(() => stopPullDownRefresh()))
  const open = (polls.data?.open ?? []).filter((p) => asksRespondent(p.audience, as))
  const closed = polls.data?.closed ?? []

  const answer = async (pollId: string, option: number) => {
    const r = await calls.answerPoll({ pollId, option, as })
    if (!r.ok) return r.error.message
    polls.setData((d) => ({ ...d, open: d.open.map((p) => (p.id === pollId ? r.data.poll : p)) }))
    return null
  }

  return (
    <PageShell className='polls'>
      <Text className='polls__intro'>选一张图，告诉区里你的想法。每人每次投票只能选一次，不用留名字。</Text>
      <ChipGroup label='谁在投票' options={WHO} isOn={(k) => k === as} onPick={setAs} className='polls__who' />
      <Text className='section-title'>正在进行</Text>
      <LoadState
        status={polls.status}
        error={polls.error}
        onRetry={polls.reload}
        empty={open.length === 0}
        emptyText={as === 'child' ? '现在没有问小朋友的投票，过几天再来看看吧。' : '现在没有问家长的投票。'}
      />
      <View className='polls__list'>
        {open.map((p) => (
          <PollCard key={p.id} poll={p} as={as} busy={calls.busy} onAnswer={(o) => answer(p.id, o)} />
        ))}
      </View>
      {closed.length ? <Text className='section-title'>已结束，看看结果</Text> : null}
      <View className='polls__list'>
        {closed.map((p) => (
          <PollResults key={p.id} poll={p} as={as} />
        ))}
      </View>
    </PageShell>
  )
}
