// The suggestion being written, kept on the device so closing the app loses nothing.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Stroke } from '../domain/drawing'
import { newClientId } from '../domain/ids'
import { CONSENT_VERSION, VOICE_CONSENT_VERSION } from '../domain/suggestions/consent-rule'
import { withCurrentCommunity } from '../domain/migrations/device-migrations'
import type { SuggestionDraft } from '../domain/suggestions/draft'
import {
  isPreciseLocation,
  type AgeGroup,
  type Mode,
  type SuggestionLocation,
  type Topic
} from '../domain/suggestions/model'
import { fileExists } from '../services/files'
import { taroStorage } from '../services/storage'

export type SayWith = 'write' | 'draw' | 'voice'

export interface DraftFields {
  id: string
  mode: Mode | null
  step: number
  topic: Topic | null
  title: string
  text: string
  /** How the child answers: in words, with a drawing, or by talking. */
  sayWith: SayWith
  drawingPath?: string
  /** The drawing as strokes: a WeChat temp file may be gone after a restart, the strokes are not. */
  strokes?: Stroke[]
  photoPaths: string[]
  /** Photos of this draft that WeChat deleted (temporary files) before it was sent: said once. */
  lostPhotos?: number
  /** The child's recording (a temporary file until the outbox keeps a copy) and its length. */
  audioPath?: string
  audioDurationMs?: number
  street?: string
  community?: string
  location?: SuggestionLocation
  ageGroup?: AgeGroup
  onBehalfOfChild: boolean
  contactName: string
  contactPhone: string
  /** When the guardian ticked the consent (on this phone only: the server records its own time). */
  consentAcceptedAt?: string
  /**
   * The voice consent text the guardian agreed to before 说出来 (VOICE_CONSENT_VERSION); sent only
   * while it is the current one, so a changed text is agreed to again.
   */
  voiceConsentVersion?: string
  prefill?: { source: 'policy' | 'place'; refId: string; about: string }
}

/** What a suggestion started from a policy answer or a place card is about. */
export interface SuggestionPrefill {
  source: 'policy' | 'place'
  /** Id of the policy answer or place the suggestion is about. */
  refId: string
  /** What the suggestion is about in words, shown to the user (not a topic: the form asks that). */
  about: string
  /** Where it is: a place card passes the place's own point (GCJ-02), source 'place'. */
  location?: SuggestionLocation
}

interface DraftState extends DraftFields {
  update(fields: Partial<DraftFields>): void
  /** The draft is now about a policy answer or a place (a grown-up writes unless a mode is chosen). */
  about(prefill: SuggestionPrefill): void
  /** A new, empty draft (keeps the chosen mode unless told otherwise). */
  reset(mode?: Mode | null): void
  /** After a send: a new, empty draft that remembers who writes, the street and the child's age. */
  startNext(): void
  toDraft(): SuggestionDraft
}

const empty = (mode: Mode | null = null): DraftFields => ({
  id: newClientId('sug', Date.now()),
  mode,
  step: 0,
  topic: null,
  title: '',
  text: '',
  sayWith: 'write',
  photoPaths: [],
  onBehalfOfChild: false,
  contactName: '',
  contactPhone: '',
  // Named so that reset clears them: zustand merges, and a field left out would carry the last
  // suggestion's drawing or recording into the next one.
  drawingPath: undefined,
  strokes: undefined,
  audioPath: undefined,
  audioDurationMs: undefined,
  street: undefined,
  community: undefined,
  location: undefined,
  ageGroup: undefined,
  consentAcceptedAt: undefined,
  voiceConsentVersion: undefined,
  prefill: undefined,
  lostPhotos: undefined
})

/**
 * Whether the draft holds something the writer started and has not sent (what 还有一条没写完
 * offers to finish): the street and age kept from the last send do not count.
 */
export function hasUnsentWork(
  d: Pick<DraftFields, 'topic' | 'title' | 'text' | 'drawingPath' | 'audioPath' | 'photoPaths' | 'step'>
): boolean {
  return Boolean(
    d.topic || d.title.trim() || d.text.trim() || d.drawingPath || d.audioPath || d.photoPaths.length || d.step > 0
  )
}

/** The guardian agreed to the current voice consent text on this draft. */
export const hasVoiceConsent = (d: Pick<DraftFields, 'voiceConsentVersion'>) =>
  d.voiceConsentVersion === VOICE_CONSENT_VERSION

const DRAFT_VERSION = 2

/**
 * A draft persisted by an earlier version of the app, brought up to date, one version at a time:
 * 1, the current community codes and no consent time; 2, what a started-from draft is about is
 * named `about` (was `topic`, beside the topic the form asks).
 */
export function migrateDraft(persisted: unknown, fromVersion: number): DraftFields {
  let d = persisted as DraftFields
  if (fromVersion < 1) {
    const { consentAcceptedAt: _c, ...rest } = withCurrentCommunity(d)
    d = rest
  }
  if (fromVersion < 2) {
    const old = d.prefill as (Omit<NonNullable<DraftFields['prefill']>, 'about'> & { topic?: string }) | undefined
    if (old) {
      const { topic, ...rest } = old
      d = { ...d, prefill: { ...rest, about: topic ?? '' } }
    }
  }
  return d
}

export const useSuggestDraftStore = create<DraftState>()(
  persist(
    (set, get) => ({
      ...empty(),
      update: (fields) => set(fields),
      about(prefill) {
        // A place card sends its point too: the suggestion is pinned to that place (and an earlier
        // place's point never stays behind on a suggestion about another one).
        const { location, ...about } = prefill
        const d = get()
        const kept = d.location?.source === 'place' ? undefined : d.location
        set({ prefill: about, location: location ?? kept, ...(d.mode ? {} : { mode: 'adult' as const }) })
      },
      reset: (mode) => set(empty(mode === undefined ? get().mode : mode)),
      startNext: () => {
        const { mode, street, community, ageGroup } = get()
        set({ ...empty(mode), street, community, ageGroup })
      },
      toDraft() {
        const d = get()
        const hasContact = Boolean(d.contactName.trim() || d.contactPhone.trim())
        return {
          input: {
            id: d.id,
            mode: d.mode ?? 'adult',
            topic: d.topic ?? ('' as Topic),
            title: d.title,
            // A child's words and drawing go together; a recording goes alone (staff write down
            // what it says, and words typed before it are not what the child chose to send).
            text: d.sayWith === 'voice' && d.mode === 'child' ? '' : d.text,
            onBehalfOfChild: d.onBehalfOfChild,
            ...(d.street ? { street: d.street } : {}),
            ...(d.community ? { community: d.community } : {}),
            // A child gives a street or a place, never their own position (one picked as an adult
            // before switching to 我是小朋友 stays behind).
            ...(d.location && !(d.mode === 'child' && isPreciseLocation(d.location)) ? { location: d.location } : {}),
            ...(d.ageGroup ? { ageGroup: d.ageGroup } : {}),
            ...(hasContact ? { contact: { name: d.contactName.trim(), phone: d.contactPhone.trim() } } : {}),
            ...(hasContact && d.consentAcceptedAt ? { consent: { version: CONSENT_VERSION } } : {}),
            ...(d.mode === 'child' && d.sayWith === 'voice' && d.audioPath && hasVoiceConsent(d)
              ? { voiceConsent: { version: VOICE_CONSENT_VERSION } }
              : {}),
            ...(d.prefill ? { prefill: { source: d.prefill.source, refId: d.prefill.refId } } : {})
          },
          ...(d.mode === 'child' && d.sayWith !== 'voice' && d.drawingPath ? { drawingPath: d.drawingPath } : {}),
          ...(d.mode === 'child' && d.sayWith === 'voice' && d.audioPath
            ? { audioPath: d.audioPath, audioDurationMs: d.audioDurationMs }
            : {}),
          photoPaths: d.photoPaths
        }
      }
    }),
    {
      name: 'suggestion-draft',
      storage: createJSONStorage(() => taroStorage),
      // 1: community codes of the old list mapped; a consent ticked under the earlier text dropped
      // (the guardian confirms the current text again).
      version: DRAFT_VERSION,
      migrate: migrateDraft,
      partialize: ({ update: _u, about: _a, reset: _r, toDraft: _t, ...fields }) => fields,
      // A chosen photo (or a recording) is a temporary file until 提交 queues it (the outbox keeps a copy), and
      // WeChat may delete temporary files when the mini-program restarts: a photo that is gone
      // leaves the draft, and the form says so instead of showing an empty frame.
      onRehydrateStorage: () => (state) => {
        if (!state) return
        const kept = state.photoPaths.filter((p) => fileExists(p))
        const lost = state.photoPaths.length - kept.length
        if (lost > 0) state.update({ photoPaths: kept, lostPhotos: (state.lostPhotos ?? 0) + lost })
        // A recording too: the voice step then simply offers to record again.
        if (state.audioPath && !fileExists(state.audioPath))
          state.update({ audioPath: undefined, audioDurationMs: undefined })
        // A drawing's image too: its strokes stay, and the pad exports it again.
        if (state.drawingPath && !fileExists(state.drawingPath)) state.update({ drawingPath: undefined })
      }
    }
  )
)
