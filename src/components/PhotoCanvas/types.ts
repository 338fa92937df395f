import type { Implements } from '../../platform-contract'
import type { CanvasHost } from '../../services/canvas-query'

/** Shared by index.weapp.tsx and index.h5.tsx. */
export interface PhotoCanvasProps {
  /** Receives the canvas's scope: pass the same ref to choosePhotos. */
  host: CanvasHost & { current: unknown }
}

export interface PhotoCanvasPlatform {
  PhotoCanvas: (props: PhotoCanvasProps) => JSX.Element | null
}

export type PhotoCanvasPlatforms = [
  Implements<PhotoCanvasPlatform, typeof import('./index.weapp')>,
  Implements<PhotoCanvasPlatform, typeof import('./index.h5')>
]
