// A suggestion's images (and a child's recording) for a screen. Storage is private, so the links come from a function that
// checks the caller (the author: suggestions.imageUrls; staff: staff.imageUrls) and expire: the
// hook asks again shortly before they do, and when the row's images change (a photo removed).
import { useEffect, useRef } from 'react'
import type { FollowUp } from '../domain/suggestions/model'
import { followUpDrawings } from '../domain/suggestions/retention'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { imageSrc } from '../services/upload'

/** Asked this long before the links expire, so an image opened late still loads. */
const REFRESH_EARLY_MS = 60_000
// setTimeout fires at once past 2^31 − 1 ms.
const MAX_TIMER_MS = 2 ** 31 - 1

export interface ShownImages {
  drawing?: string
  photos: string[]
  /** The recording's link, for the player (never shown to anyone but staff and the author). */
  audio?: string
  /** A child's drawings with 还没有 (解决了吗), by file id. */
  followUpDrawings: Record<string, string>
}

interface WithFiles {
  id: string
  photoFileIds: readonly string[]
  drawingFileId?: string
  audioFileId?: string
  followUps?: readonly FollowUp[]
}

/** My own suggestion's files (suggestions.imageUrls checks I wrote it). */
export const useMyImages = (row: WithFiles | null) => useImageUrls('suggestions', row)
/** A suggestion's files for staff (staff.imageUrls checks the area). */
export const useStaffImages = (row: WithFiles | null) => useImageUrls('staff', row)

function useImageUrls(fn: 'suggestions' | 'staff', row: WithFiles | null): ShownImages {
  const answered = row ? followUpDrawings(row) : []
  const files = row ? [row.drawingFileId ?? '', row.audioFileId ?? '', ...row.photoFileIds, ...answered].join('|') : ''
  const hasImages = Boolean(row && (row.drawingFileId || row.audioFileId || row.photoFileIds.length || answered.length))
  // Both functions answer imageUrls with the same shape; the cast only picks one contract to type it.
  const query = useCloudQuery(fn as 'suggestions', hasImages ? { action: 'imageUrls' as const, id: row!.id } : null)
  const { reload } = query
  const expiresAt = query.data?.expiresAt

  // The first answer comes with the query itself; only a later change of the files asks again.
  const seen = useRef(files)
  useEffect(() => {
    const before = seen.current
    seen.current = files
    if (before && before !== files) void reload()
  }, [files, reload])

  useEffect(() => {
    if (!expiresAt) return
    const timer = setTimeout(
      () => void reload(),
      Math.min(MAX_TIMER_MS, Math.max(0, Date.parse(expiresAt) - Date.now() - REFRESH_EARLY_MS))
    )
    return () => clearTimeout(timer)
  }, [expiresAt, reload])

  if (!hasImages || !query.data) return { photos: [], followUpDrawings: {} }
  const { drawing, photos, audio } = query.data
  return {
    ...(drawing ? { drawing: imageSrc(drawing) } : {}),
    ...(audio ? { audio: imageSrc(audio) } : {}),
    photos: photos.map(imageSrc),
    followUpDrawings: Object.fromEntries(
      Object.entries(query.data.followUpDrawings ?? {}).map(([fileId, url]) => [fileId, imageSrc(url)])
    )
  }
}
