// 说出来: a child who cannot write yet says it. Hold the big button to talk (or tap it to start
// and tap again to stop), see the level and the seconds left, listen back, record again. If the
// microphone is refused, say so plainly: writing and drawing are still there.
import { Text, View } from '@tarojs/components'
import { useRef } from 'react'
import { AUDIO_LIMITS, formatDuration, secondsLeft } from '../../domain/suggestions/audio'
import { MIC_SETTINGS_HINT, type RecorderFailure } from '../../services/recorder'
import { useSuggestDraftStore, type SayWith } from '../../stores/useSuggestDraftStore'
import { Button, ButtonRow } from '../ui/Button'
import { useVoiceRecorder } from './useVoiceRecorder'
import './index.scss'

const FAILURE_TEXT: Record<RecorderFailure, string> = {
  denied: `没有打开麦克风，所以不能录音。${MIC_SETTINGS_HINT}`,
  unsupported: '这里不能录音。',
  failed: '录音没有成功，请再试一次。'
}

// A tap arrives right after a hold ends: within this time it is the same finger, not a new tap.
const TAP_AFTER_HOLD_MS = 700

export function VoiceRecorder() {
  const update = useSuggestDraftStore((s) => s.update)
  const v = useVoiceRecorder()
  const lastHoldEnd = useRef(0)
  const held = useRef(false)

  const pressStart = () => {
    held.current = true
    v.start()
  }
  const pressEnd = () => {
    if (!held.current) return
    held.current = false
    lastHoldEnd.current = Date.now()
    v.stop()
  }
  // Mouse, keyboard and screen readers: tap to start, tap again to stop.
  const tap = () => {
    if (Date.now() - lastHoldEnd.current < TAP_AFTER_HOLD_MS) return
    if (v.phase === 'recording') v.stop()
    else v.start()
  }
  const switchTo = (sayWith: SayWith) => update({ sayWith })

  if (v.failure) {
    return (
      <View className='voice-recorder voice-recorder--failed'>
        <View className='voice-recorder__failure' ariaRole='alert'>
          🎤 {FAILURE_TEXT[v.failure]}
        </View>
        <Text className='voice-recorder__hint'>你也可以写下来，或者画出来：</Text>
        <ButtonRow>
          <Button className='voice-recorder__write' onClick={() => switchTo('write')}>
            ✏️ 写下来
          </Button>
          <Button className='voice-recorder__draw' onClick={() => switchTo('draw')}>
            🎨 画出来
          </Button>
        </ButtonRow>
        <Button variant='text' className='voice-recorder__again' onClick={v.start}>
          再试一次录音
        </Button>
      </View>
    )
  }

  if (v.phase === 'recorded' || v.phase === 'playing') {
    return (
      <View className='voice-recorder voice-recorder--done'>
        <Text className='voice-recorder__saved'>✓ 录好了（{formatDuration(v.durationMs ?? 0)}）</Text>
        <ButtonRow>
          <Button variant='primary' className='voice-recorder__listen' onClick={v.listen}>
            {v.phase === 'playing' ? '⏹ 停下' : '▶️ 听一听'}
          </Button>
          <Button className='voice-recorder__redo' onClick={v.discard}>
            🔁 重新录
          </Button>
        </ButtonRow>
        <Text className='voice-recorder__hint'>满意就点“下一步”。只有工作人员会听你的录音，不会公开。</Text>
      </View>
    )
  }

  const recording = v.phase === 'recording'
  const left = secondsLeft(v.elapsedMs)
  return (
    <View className={`voice-recorder ${recording ? 'voice-recorder--recording' : ''}`}>
      <Button
        variant='primary'
        block
        className='voice-recorder__hold'
        onPressStart={pressStart}
        onPressEnd={pressEnd}
        onClick={tap}
      >
        {recording ? '⏹ 说完了：松开或点一下' : '🎤 按住说话'}
      </Button>
      <View
        className='voice-recorder__meter'
        ariaRole='progressbar'
        ariaLabel={recording ? `声音大小 ${Math.round(v.level * 100)}%` : '声音大小'}
      >
        <View className='voice-recorder__level' style={{ width: `${Math.round(v.level * 100)}%` }} />
      </View>
      <View className='voice-recorder__countdown' ariaRole='timer'>
        {recording ? `还剩 ${left} 秒` : `最多说 ${AUDIO_LIMITS.maxDurationMs / 1000} 秒`}
      </View>
      {v.problem ? (
        <View className='voice-recorder__problem' ariaRole='alert'>
          {v.problem}
        </View>
      ) : null}
      <Text className='voice-recorder__hint'>按住按钮说话，松开就录好了；也可以点一下开始，再点一下结束。</Text>
    </View>
  )
}
