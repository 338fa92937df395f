// 读给我听: reads a text for children aloud (services/speech: the browser's speech synthesis, or
// WeChat's text-to-speech plugin when it is configured). Not shown where nothing can speak.
import { useEffect, useRef, useState } from 'react'
import { speakableText } from '../../domain/speech'
import { canSpeak, speak, stopSpeaking } from '../../services/speech'
import { toast } from '../../services/feedback'
import { Button } from '../ui/Button'

export function ReadAloud({ text, className = '' }: { text: string; className?: string }) {
  const [speaking, setSpeaking] = useState(false)
  const alive = useRef(true)
  useEffect(
    () => () => {
      alive.current = false
      stopSpeaking()
    },
    []
  )
  if (!canSpeak() || !speakableText(text)) return null

  const toggle = async () => {
    if (speaking) {
      stopSpeaking()
      setSpeaking(false)
      return
    }
    setSpeaking(true)
    try {
      await speak(text)
    } catch {
      toast('现在读不了，请稍后再试')
    } finally {
      if (alive.current) setSpeaking(false)
    }
  }

  return (
    <Button size='small' className={`read-aloud ${className}`} onClick={toggle}>
      {speaking ? '停下' : '🔊 读给我听'}
    </Button>
  )
}
