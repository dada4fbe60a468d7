import { Readability } from '@mozilla/readability';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerReadability } from '../page/engine-slot.ts';
import type { ReadabilityClass } from '../page/readability-body.ts';

// A part of the engine injected only into pages that do not mark their body plainly.
export default defineUnlistedScript(() => {
  offerReadability(globalThis, Readability as unknown as ReadabilityClass);
});
