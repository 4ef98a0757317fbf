import { shorten } from '../text';

/** A value as messages quote it, shortened so a pasted paragraph does not flood the list of problems. */
export const q = (v: string) => `"${shorten(v)}"`;
