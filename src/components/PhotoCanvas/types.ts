import type { CanvasHost } from '../../services/canvas-query'

/** Shared by index.weapp.tsx and index.h5.tsx. */
export interface PhotoCanvasProps {
  /** Receives the canvas's scope: pass the same ref to choosePhotos. */
  host: CanvasHost & { current: unknown }
}
