import { Image } from '@tarojs/components'
import type { PlaceCategory } from '../../domain/places'
import { categoryIcon } from './icons'
import './index.scss'

// Decorative: the category is always written next to it. alt="" tells the browser build's
// screen readers to skip the inner <img> (nativeProps reaches it; WeChat ignores the prop).
const DECORATIVE = { alt: '' }

/** The category's map pin. */
export function CategoryIcon({ category, size = 'normal' }: { category: PlaceCategory; size?: 'small' | 'normal' }) {
  return (
    <Image
      className={`category-icon category-icon--${size}`}
      src={categoryIcon(category)}
      mode='aspectFit'
      nativeProps={DECORATIVE}
    />
  )
}
