import { Text, View } from '@tarojs/components'
import type { Mode } from '../../domain/suggestions/model'
import './index.scss'

/** The first question of the suggestion form: who is writing. Each option's name is its visible text. */
export function ModeChooser({ onChoose }: { onChoose: (mode: Mode) => void }) {
  return (
    <View className='mode-chooser'>
      <View
        className='mode-chooser__option mode-chooser__option--child'
        ariaRole='button'
        onClick={() => onChoose('child')}
      >
        <Text className='mode-chooser__emoji'>🧒</Text>
        <Text className='mode-chooser__title'>我是小朋友</Text>
        <Text className='mode-chooser__hint'>选图片、画一画，不用写名字</Text>
      </View>
      <View className='mode-chooser__option' ariaRole='button' onClick={() => onChoose('adult')}>
        <Text className='mode-chooser__emoji'>👨‍👩‍👧</Text>
        <Text className='mode-chooser__title'>我是家长/居民</Text>
        <Text className='mode-chooser__hint'>文字、照片和位置，也可以替孩子提</Text>
      </View>
    </View>
  )
}
