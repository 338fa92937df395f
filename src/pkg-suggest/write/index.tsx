// 一米建议, the form: write, draw or say it, then send. It lives in a subpackage (the 提建议 tab only
// chooses who is writing), so its code does not weigh on the main package. The draft lives in a
// persisted store; sending goes through the outbox, so a suggestion written without signal is
// sent later, exactly once.
import { Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { AdultForm } from '../../components/AdultForm'
import { ChildWizard } from '../../components/ChildWizard'
import { ModeChooser } from '../../components/ModeChooser'
import { PageShell } from '../../components/PageShell'
import { SubmitResult } from '../../components/SubmitResult'
import { draftForValidation } from '../../domain/suggestions/draft'
import { findDanger } from '../../domain/suggestions/safeguarding'
import { validateSuggestion, type FieldError } from '../../domain/suggestions/validate'
import { askForStatusUpdates } from '../../services/subscribe'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { useSessionStore } from '../../stores/useSessionStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import './index.scss'

export default function WritePage() {
  const draft = useSuggestDraftStore()
  const submitToOutbox = useOutboxStore((s) => s.submit)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [sent, setSent] = useState<{ id: string; child: boolean; danger: boolean } | null>(null)

  useShareAppMessage(() => ({ title: '从一米高度看城市：说出你的建议', path: '/pages/suggest/index' }))

  const validate = () => {
    const r = validateSuggestion(draftForValidation(useSuggestDraftStore.getState().toDraft()))
    return r.ok ? [] : r.errors
  }

  const submit = async () => {
    const found = validate()
    setErrors(found)
    if (found.length) return
    // WeChat shows the subscribe request only from the tap itself: ask before any await.
    void askForStatusUpdates(useSessionStore.getState().me?.subscribeTemplateId)
    const ready = useSuggestDraftStore.getState().toDraft()
    // The same words the server flags: the help stays on screen after sending (SubmitResult).
    const danger = findDanger(ready.input.title, ready.input.text).length > 0
    setSent({ id: ready.input.id, child: ready.input.mode === 'child', danger })
    // The draft is now in the outbox (persisted): the form starts afresh, where and how old kept.
    draft.startNext()
    await submitToOutbox(ready)
  }

  if (sent) {
    return (
      <PageShell>
        <SubmitResult
          id={sent.id}
          child={sent.child}
          danger={sent.danger}
          onAnother={() => setSent(null)}
          onMine={() => Taro.switchTab({ url: '/pages/mine/index' })}
        />
      </PageShell>
    )
  }

  return (
    <PageShell className='suggest'>
      {draft.mode ? (
        <View className='suggest__bar'>
          <Text className='suggest__who'>{draft.mode === 'child' ? '🧒 我是小朋友' : '👨‍👩‍👧 我是家长/居民'}</Text>
          <Text
            className='suggest__switch'
            onClick={() => draft.update({ mode: draft.mode === 'child' ? 'adult' : 'child', step: 0 })}
          >
            切换
          </Text>
        </View>
      ) : (
        <Text className='suggest__intro'>告诉街道：城市哪里可以变得更好？</Text>
      )}
      {draft.prefill ? (
        <View className='suggest__prefill'>
          <Text>
            关于：{draft.prefill.about}
            {draft.location?.source === 'place' ? '（已附位置）' : ''}
          </Text>
          <Text
            className='suggest__switch'
            onClick={() =>
              draft.update({
                prefill: undefined,
                ...(draft.location?.source === 'place' ? { location: undefined } : {})
              })
            }
          >
            移除
          </Text>
        </View>
      ) : null}

      {!draft.mode ? <ModeChooser onChoose={(mode) => draft.update({ mode, step: 0 })} /> : null}
      {draft.mode === 'child' ? <ChildWizard errors={errors} validate={validate} onSubmit={submit} /> : null}
      {draft.mode === 'adult' ? <AdultForm errors={errors} onSubmit={submit} /> : null}
    </PageShell>
  )
}
