/** An input the scanner cannot scan; its message says why, in words for the person running it. */
export class InputError extends Error {}
