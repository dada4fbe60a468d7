import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEngineSlot } from '../page/loader/engine-slot.ts';
import { startEngine } from '../page/engine/engine.ts';

// Injected by the background (scripting.executeScript) into a page the loader chose.
export default defineUnlistedScript(() => {
  const slot = readEngineSlot(globalThis);
  // Without the loader's slot (injected twice, or by hand) there is nothing to serve.
  if (!slot || slot.signal.aborted) return;
  startEngine(slot, window, document).catch((error: unknown) => console.warn('Sourcelight could not start here:', error));
});
