import { Readability } from '@mozilla/readability';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerPart } from '../page/loader/engine-slot.ts';
import type { ReadabilityClass } from '../page/body/readability-body.ts';

// A part of the engine injected only into pages that do not mark their body plainly.
export default defineUnlistedScript(() => {
  offerPart(globalThis, 'readability', Readability as unknown as ReadabilityClass);
});
