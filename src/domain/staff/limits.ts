// Sizes the staff pages and the staff function must agree on, said once (a page asking for
// fewer or more than the function gives is how an export quietly came out at half its size).

/** Rows in one 批量代录 batch: the form stops adding at this many, the function refuses more. */
export const MAX_BATCH_ROWS = 100
/** Inbox rows per page when the page does not say, and the most it may ask for. */
export const INBOX_PAGE_SIZE = 20
export const INBOX_MAX_PAGE_SIZE = 50
/** Rows in one export (CSV or Open311; 10k rows of CSV are a few MB: see the bench); when more match, the export says it was cut. */
export const EXPORT_MAX_ROWS = 10_000
/** Rows a report counts (the newest); when more match, the report says so. */
export const REPORT_MAX_ROWS = 5_000
