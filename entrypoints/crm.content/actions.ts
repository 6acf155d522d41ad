// The sidebar's page-side actions: insert into the reply editor (through the main-world bridge), copy, latency mark.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CrmAdapter } from '@/lib/crm/ticket';
import type { SidebarStore } from '@/lib/sidebar/store';
import { createFocusTracker } from '@/lib/insert/focus-tracker';
import { installInsertBridge, requestInsert } from '@/lib/insert/bridge';
import { copyToClipboard } from '@/lib/insert/clipboard';
import type { SidebarActions } from '@/components/Sidebar';

const isOurs = (el: Element) => Boolean(el.closest('[data-aiguilleur-host]'));

export function createSidebarActions(
  ctx: ContentScriptContext,
  adapter: CrmAdapter,
  store: SidebarStore,
): SidebarActions {
  const focus = createFocusTracker(document, { ignore: isOurs, signal: ctx.signal });
  // The main-world bridge loads in the background: the sidebar must not wait for it to mount.
  const bridge = installInsertBridge(ctx);
  return {
    async insert(content) {
      await bridge;
      const target = focus.lastEditor() ?? adapter.findEditor(document);
      if (!target) {
        const copied = await copyToClipboard(document, content.text, content.html);
        return {
          ok: false,
          message: copied
            ? "Aucun éditeur de réponse trouvé sur la page : le texte a été copié, collez-le avec Ctrl+V."
            : "Aucun éditeur de réponse trouvé sur la page, et la copie a échoué : sélectionnez le texte de l'aperçu et copiez-le.",
        };
      }
      focus.restore();
      const result = await requestInsert(document, target, content);
      if (result.ok) return { ok: true, message: 'Réponse insérée dans l’éditeur.' };
      return { ok: false, message: result.message ?? "L'insertion a échoué : le texte a été copié, collez-le avec Ctrl+V." };
    },
    async copy(text, html) {
      const ok = await copyToClipboard(document, text, html);
      return ok
        ? { ok: true, message: 'Réponse copiée dans le presse-papiers.' }
        : { ok: false, message: 'La copie a échoué : sélectionnez le texte de l’aperçu et copiez-le avec Ctrl+C.' };
    },
    returnFocus() {
      if (focus.restore()) return;
      // No editor used yet: leave the sidebar (the focus falls back to the page's body).
      const active = document.activeElement;
      if (active instanceof HTMLElement && isOurs(active)) active.blur();
    },
    rendered(ticketKey) {
      const host = document.querySelector('[data-aiguilleur-host]');
      host?.setAttribute('data-rendered', `${ticketKey}@${performance.now().toFixed(1)}@${store.getSnapshot().ticketReadAt.toFixed(1)}`);
    },
  };
}
