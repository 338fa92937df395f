// The author's own say over one suggestion (我的建议): take it back while the district is still on
// it (撤回), and delete what they gave (删除我的个人信息) at any time. Each asks first, since neither
// can be undone; the server checks again that the row is the caller's own.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError, CloudResult } from '../../domain/errors'
import type { MySuggestion } from '../../domain/suggestions/model'
import { isWithdrawn } from '../../domain/suggestions/status'
import { canWithdraw, holdsAuthorData } from '../../domain/suggestions/withdraw'
import { useCalls } from '../../data/use-calls'
import { suggestionCalls } from '../../data/suggestions'
import { confirm, toast } from '../../services/feedback'
import './index.scss'
import { Button } from '../ui/Button'

interface Props {
  item: MySuggestion
  onChanged: (next: MySuggestion) => void
}

export function MyDataActions({ item, onChanged }: Props) {
  const child = item.mode === 'child'
  const calls = useCalls(suggestionCalls)
  const { busy } = calls
  const [error, setError] = useState<CloudError | null>(null)

  const done = (r: CloudResult<MySuggestion>, message: string) => {
    if (!r.ok) return setError(r.error)
    setError(null)
    onChanged(r.data)
    toast(message)
  }
  const withdraw = async () => {
    const yes = await confirm({
      title: '撤回这条建议？',
      content: child
        ? '撤回后，工作人员不再处理它。你写的字、画和照片都会删掉，不能找回。'
        : '撤回后不再办理，内容、图片、联系方式和位置都会删除，不能恢复。',
      confirmText: '撤回'
    })
    if (yes) done(await calls.withdraw({ id: item.id }), '已撤回')
  }
  const remove = async () => {
    const yes = await confirm({
      title: child ? '删掉你写的内容？' : '删除我的个人信息？',
      content: child
        ? '你写的字、画、照片和留的电话都会删掉，不能找回。工作人员的回信还在。'
        : '将删除内容、图片（含已存的文件）、联系方式和位置，不能恢复；处理进度和回复保留。',
      confirmText: '删除'
    })
    if (yes) done(await calls.deleteMyData({ id: item.id }), '已删除')
  }

  const withdrawable = canWithdraw(item)
  const holds = holdsAuthorData(item)
  return (
    <View className='my-data-actions' ariaRole='region' ariaLabel='撤回和删除'>
      {isWithdrawn(item.status) ? (
        <Text className='muted my-data-actions__done'>
          {child ? '这条建议已经撤回了，你写的内容都删掉了。' : '这条建议已撤回，其中的个人信息已删除。'}
        </Text>
      ) : item.authorDeletedAt && !holds ? (
        <Text className='muted my-data-actions__done'>{child ? '你写的内容都删掉了。' : '你的个人信息已删除。'}</Text>
      ) : null}
      {error ? (
        <View ariaRole='alert'>
          <Text className='my-data-actions__error'>⚠ {error.message}</Text>
        </View>
      ) : null}
      {withdrawable || holds ? (
        <View className='my-data-actions__buttons'>
          {withdrawable ? (
            <Button size='small' className='my-data-actions__withdraw' busy={busy} onClick={withdraw}>
              撤回这条建议
            </Button>
          ) : null}
          {holds ? (
            <Button size='small' className='my-data-actions__delete' busy={busy} onClick={remove}>
              {child ? '删掉我写的内容' : '删除我的个人信息'}
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
