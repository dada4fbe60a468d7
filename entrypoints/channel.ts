import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { openLoaderChannel } from '../page/loader/loader-channel.ts';
import { readLoaderCore } from '../page/loader/loader-slot.ts';

// Injected by the background with the engine, or by a sender that found nothing listening in a
// page that is no article (contract/messaging.ts). Without the loader's core (a tab opened before
// the install) there is nothing to serve, and the sender keeps the browser's error.
export default defineUnlistedScript(() => {
  const core = readLoaderCore(globalThis);
  if (core) openLoaderChannel(core);
});
