// Main-world script injected by the CRM content script: serves insertion requests so editors see page-made events.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { NONCE_ATTR } from '@/lib/insert/bridge-protocol';
import { serveInsertBridge } from '@/lib/insert/bridge-server';

export default defineUnlistedScript(() => {
  const script = document.currentScript;
  const nonce = script?.getAttribute(NONCE_ATTR);
  if (!nonce) return;
  script?.removeAttribute(NONCE_ATTR);
  serveInsertBridge(window, nonce);
});
