/**
 * Rows fetched and rendered at a time: the DOM stays small even with ten thousand notes. The
 * popup shows about six notes at once, so a page of 25 fills it four times over; more load as
 * the reader scrolls.
 */
export const PAGE_SIZE = 25;
