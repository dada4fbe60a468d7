import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountCard } from '../page/card/card-host.ts';
import { offerPart } from '../page/loader/engine-slot.ts';

// A part of the engine injected when the reader first points at a flag (or a command needs it):
// the card and its UI toolkit cost a page nothing until then.
export default defineUnlistedScript(() => {
  offerPart(globalThis, 'card', mountCard);
});
