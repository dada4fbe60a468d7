/** Typing settles this long before the search runs. */
export const SEARCH_DEBOUNCE_MS = 100;

/** User Timing marks the benchmarks read. */
export const NOTES_RENDERED_MARK = 'sourcelight-notes-rendered';
export const SEARCH_RENDERED_MARK = 'sourcelight-search-rendered';
/** When the typed words, debounced, go to the store: a search's time runs from here to rendered. */
export const SEARCH_STARTED_MARK = 'sourcelight-search-started';
