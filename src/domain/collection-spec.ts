// Shapes of a collection declaration (see collections.ts).

export interface IndexField {
  field: string
  direction: 'asc' | 'desc'
}

export interface IndexSpec {
  name: string
  fields: IndexField[]
  unique?: boolean
}

/** CloudBase "custom security rule" (安全规则) JSON. */
export interface SecurityRule {
  read: boolean | string
  write: boolean | string
}

export interface CollectionSpec {
  name: string
  purpose: string
  indexes: IndexSpec[]
  rule: SecurityRule
}

export const CLOUD_FUNCTIONS_ONLY: SecurityRule = { read: false, write: false }
