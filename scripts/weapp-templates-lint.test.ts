/**
 * What the WeChat build leaves out is refused where it would be written (eslint.config.mjs,
 * WEAPP_TEMPLATES): a page that set HTML, used ScrollView or catchMove, or had a field without its
 * limit would build and then show nothing, or cut text, on a phone.
 */
import { lintAll, type Message } from '../tests/setup/lint-text'

const templateMessages = (messages: Message[]) =>
  messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)

const PAGE = 'src/pages/home/Example.tsx'

describe('what the WeChat build leaves out (lint)', () => {
  const results = lintAll({
    html: {
      path: PAGE,
      text: `import { View } from '@tarojs/components'
export const Rich = ({ html }: { html: string }) => <View dangerouslySetInnerHTML={{ __html: html }} />
`
    },
    scroll: {
      path: PAGE,
      text: `import { ScrollView } from '@tarojs/components'
export const List = () => <ScrollView />
`
    },
    field: {
      path: PAGE,
      text: `import { Input } from '@tarojs/components'
export const Name = () => <Input value='' />
`
    },
    fine: {
      path: PAGE,
      text: `import { Input, Text, View } from '@tarojs/components'
const NAME_MAX = 20
export const Name = () => (
  <View>
    <Text>名字</Text>
    <Input value='' maxlength={NAME_MAX} />
  </View>
)
`
    }
  })

  it('refuses HTML set on a view, naming the build that leaves it out', () => {
    expect(templateMessages(results.html)).toEqual([expect.stringContaining('sets no HTML')])
  })

  it('refuses a ScrollView and a field without its limit', () => {
    expect(templateMessages(results.scroll)).toEqual([expect.stringContaining('no scroll-view template')])
    expect(templateMessages(results.field)).toEqual([expect.stringContaining('maxlength')])
  })

  it('accepts a view built from components with its limits', () => {
    expect(templateMessages(results.fine)).toEqual([])
  })
})
