// Where every "提建议" leads: the form page in pkg-suggest. It is a subpackage page (the tab only
// asks who is writing), so callers navigate to it; the draft store carries what it is about.
import Taro from '@tarojs/taro'
import type { Mode } from '../../domain/suggestions/model'
import { useSuggestDraftStore, type SuggestionPrefill } from '../../stores/useSuggestDraftStore'

export const WRITE_PAGE = '/pkg-suggest/write/index'

/** Opens the form as `mode` (a started draft keeps its words; only who writes changes). */
export function writeAs(mode?: Mode): void {
  const draft = useSuggestDraftStore.getState()
  if (mode && draft.mode !== mode) draft.update({ mode, step: 0 })
  void Taro.navigateTo({ url: WRITE_PAGE })
}

/** Opens the form about a policy answer or a place. */
export function writeAbout(prefill: SuggestionPrefill): void {
  useSuggestDraftStore.getState().about(prefill)
  void Taro.navigateTo({ url: WRITE_PAGE })
}
