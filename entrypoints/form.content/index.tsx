// Content script on the national support form: fills it from the pending escalation draft and shows a banner; never submits.
// World choice: the isolated world. Values are set through the native prototype setters and real DOM events, which the page's
// React (HubSpot forms) registers from Chrome's isolated world; the form's same-origin iframe is reached from the top frame,
// hence no `allFrames`. `fillSupportForm` takes a Document argument and can also run in the main world if a browser needs it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRoot, type Root } from 'react-dom/client';
import { sendMessage } from '@/lib/messaging';
import { fillSupportForm } from '@/lib/escalation';
import type { PendingEscalation } from '@/lib/escalation/protocol';
import { EscalationBanner, type EscalationBannerProps } from '@/components/EscalationBanner';
import '@/components/theme.css';
import './banner.css';

/** Asks the background for this tab's draft; retries briefly because the tab may load before the draft is stored. */
async function askPending(): Promise<PendingEscalation | null> {
  for (let i = 0; i < 8; i++) {
    try {
      const p = await sendMessage('getPendingEscalation', undefined);
      if (p) return p;
    } catch {
      // background waking up
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  return null;
}

async function mountBanner(ctx: ContentScriptContext) {
  let root: Root | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'aiguilleur-escalation',
    position: 'inline',
    anchor: 'body',
    append: 'first',
    onMount(container) {
      root = createRoot(container);
      return root;
    },
    onRemove(r) {
      r?.unmount();
    },
  });
  ui.mount();
  const render = (props: EscalationBannerProps) => root?.render(<EscalationBanner {...props} onClose={() => ui.remove()} />);
  return { render };
}

export default defineContentScript({
  matches: ['https://basedeconnaissances.sisiao.dihal.gouv.fr/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const pending = await askPending();
    if (!pending || ctx.isInvalid) return;
    const banner = await mountBanner(ctx);
    banner.render({ status: 'filling' });
    try {
      const report = await fillSupportForm(document, pending.draft);
      banner.render({ status: 'done', ...report });
      await sendMessage('reportEscalationFill', { recordId: pending.recordId, filled: report.filled, missing: report.missing });
    } catch (e) {
      banner.render({ status: 'error', error: `Le formulaire n’a pas pu être rempli : ${String(e)}` });
    }
  },
});
