// WeChat: the page's canvas that photos are redrawn on before they are kept (services/media,
// services/photo-clean). canvasToTempFilePath exports a canvas component of the page, so a page
// that lets people add photos renders this once. It sits in its own CustomWrapper: its node is
// queried in that scope, however deep it is on the page.
import { Canvas, CustomWrapper } from '@tarojs/components'
import type { MutableRefObject } from 'react'
import { PHOTO_CANVAS_ID } from '../../services/photo-clean'
import type { PhotoCanvasProps } from './types'
import './index.scss'

export function PhotoCanvas({ host }: PhotoCanvasProps) {
  return (
    <CustomWrapper ref={host as MutableRefObject<null>}>
      <Canvas id={PHOTO_CANVAS_ID} type='2d' className='photo-canvas' />
    </CustomWrapper>
  )
}
