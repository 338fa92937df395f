// One button that plays a recording and stops it again (services/recorder's player); while the
// link is still loading it says so and waits.
import { useEffect, useRef, useState } from 'react'
import { playAudio, type Playback } from '../../services/recorder'
import { Button } from '../ui/Button'

interface Props {
  /** A local path or a short-lived link (imageUrls); absent while it loads. */
  src?: string
  label: string
  className?: string
  variant?: 'primary' | 'secondary'
}

export function PlayButton({ src, label, className = '', variant = 'primary' }: Props) {
  const [playing, setPlaying] = useState(false)
  const playback = useRef<Playback | null>(null)
  useEffect(() => () => playback.current?.stop(), [])
  const toggle = () => {
    if (playback.current) return playback.current.stop()
    if (!src) return
    setPlaying(true)
    playback.current = playAudio(src, () => {
      playback.current = null
      setPlaying(false)
    })
  }
  return (
    <Button variant={variant} className={className} disabled={!src} onClick={toggle}>
      {playing ? '⏹ 停下' : src ? `▶️ ${label}` : '录音加载中…'}
    </Button>
  )
}
