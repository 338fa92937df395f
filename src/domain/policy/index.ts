/** Policy Q&A content: the official interpretation, facts read from it, search, kids' texts. */
export {
  POLICY_SECTION_IDS,
  policyDocument,
  getPolicySection,
  policyTextLines,
  type PolicyDocument,
  type PolicyExpertView,
  type PolicyMeta,
  type PolicyOriginalDocument,
  type PolicyQA,
  type PolicySection,
  type PolicySectionId,
  type PolicySubsection
} from './content'
export { validatePolicyDocument, type PolicyValidation } from './validate'
export {
  extractAreas,
  extractMilestones,
  extractPaths,
  extractPolicyFacts,
  extractTargets,
  policyFacts,
  targetsByTopic,
  type Comparator,
  type ImplementationPath,
  type PolicyArea,
  type PolicyFacts,
  type PolicyMilestone,
  type PolicyTarget,
  type TargetTopic
} from './facts'
export { kidsAnswerFor, kidsAnswers, kidsPlanSummary, kidsSentences, type KidsAnswer } from './kids'
export { MAX_QUERY_LENGTH, normalizeQuery, normalizeText, tokenize } from './normalize'
export {
  buildPolicySearchIndex,
  defaultPolicySearchIndex,
  highlight,
  policySearchItems,
  searchPolicy,
  substringScan,
  toSegments,
  type HighlightSegment,
  type PolicySearchIndex,
  type SearchItem,
  type SearchItemKind,
  type SearchOptions,
  type SearchResult,
  type TextRange
} from './search'
export {
  PLAN_END_DATE,
  formatChineseDate,
  policyCountdown,
  type CountdownState,
  type PolicyCountdown
} from './countdown'
export { choosePolicy, type ChosenPolicy, type PolicySource } from './versions'
export { excerpt, type Excerpt } from './excerpt'
