// A suggestion's title and text with what looks personal marked (name after 我叫, school, house
// number, phone…: findPersonalInfo), each hit with 隐去: one tap sends it to the moderation's
// redaction. Used by the 公开 review and the moderation page; the server checks everything again.
import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/ui/Button'
import { findPersonalInfo, markPersonalInfo } from '../../../domain/staff/mask'
import { Highlighted } from '../../../components/Highlighted'
import './index.scss'

export type RedactField = 'title' | 'text'

const FIELDS = [
  { key: 'title', label: '标题' },
  { key: 'text', label: '内容' }
] as const

/** Each field's hits, for a caller that also needs to know whether anything was found. */
export const personalHits = (item: { title: string; text: string }) =>
  FIELDS.map((f) => ({ ...f, spans: findPersonalInfo(item[f.key]) }))

interface Props {
  item: { title: string; text: string }
  /** Without it the hits are only marked (the caller may not moderate). */
  onRedact?: (field: RedactField, spans: string[]) => void
  busy: boolean
}

export function RedactionHits({ item, onRedact, busy }: Props) {
  return (
    <View className='redaction-hits'>
      {personalHits(item).map((f) =>
        item[f.key] ? (
          <View key={f.key} className='redaction-hits__field' data-field={f.key}>
            <Text className='redaction-hits__label'>{f.label}</Text>
            <Highlighted className='redaction-hits__text' segments={markPersonalInfo(item[f.key])} />
            {onRedact
              ? f.spans.map((span) => (
                  <View key={span} className='redaction-hits__hit'>
                    <Text>“{span}”像是个人信息</Text>
                    <Button
                      size='small'
                      className='redaction-hits__redact'
                      disabled={busy}
                      onClick={() => onRedact(f.key, [span])}
                    >
                      隐去
                    </Button>
                  </View>
                ))
              : null}
          </View>
        ) : null
      )}
    </View>
  )
}
