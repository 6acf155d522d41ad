// The sidebar's page-side actions: insert into the reply editor (through the main-world bridge), copy, latency mark, diagnostic and teaching.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CrmAdapter } from '@/lib/crm/ticket';
import type { SidebarStore } from '@/lib/sidebar/store';
import { createFocusTracker } from '@/lib/insert/focus-tracker';
import { installInsertBridge, requestInsert } from '@/lib/insert/bridge';
import { copyToClipboard } from '@/lib/insert/clipboard';
import type { SidebarActions } from '@/components/Sidebar';
import { browser } from 'wxt/browser';
import { diagnose, FIELD_LABELS } from '@/lib/crm/report';
import type { LearntHooks } from '@/lib/crm/read-context';
import { robustSelector } from '@/lib/crm/selector';
import { learnSelector } from '@/lib/crm/learnt-selectors';
import { pickElement } from '@/components/element-picker';
import { switchToComment } from '@/lib/crm/controls';

/** The learnt selectors of this host, as the content script keeps them, and how to read the page again. */
export interface PageReading {
  learnt(): LearntHooks;
  setLearnt(hooks: LearntHooks): void;
  refresh(): void;
}

const isOurs = (el: Element) => Boolean(el.closest('[data-aiguilleur-host]'));

export function createSidebarActions(
  ctx: ContentScriptContext,
  adapter: CrmAdapter,
  store: SidebarStore,
  reading: PageReading,
): SidebarActions {
  const focus = createFocusTracker(document, { ignore: isOurs, signal: ctx.signal });
  // The main-world bridge loads in the background: the sidebar must not wait for it to mount.
  const bridge = installInsertBridge(ctx);
  return {
    async insert(content) {
      await bridge;
      const target = focus.lastEditor() ?? adapter.findEditor(document, { learnt: reading.learnt() });
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
    async insertNote(content) {
      await bridge;
      // Only into the CRM's internal-comment composer: never into the e-mail to the requester.
      const switched = await switchToComment(document, adapter.controls);
      const target = switched ? adapter.findEditor(document, { learnt: reading.learnt() }) : null;
      if (target) {
        const result = await requestInsert(document, target, content);
        if (result.ok) return { ok: true, message: 'Note interne insérée dans l’onglet « Commentaire » du ticket : relisez-la puis ajoutez le commentaire.' };
      }
      const copied = await copyToClipboard(document, content.text, content.html);
      const why = switched ? 'l’éditeur du commentaire n’a pas pu la recevoir' : 'Aiguilleur ne sait pas ouvrir l’onglet de commentaire interne de ce CRM';
      return {
        ok: false,
        message: copied
          ? `Note interne non insérée (${why}) ; jamais dans la réponse, elle partirait chez le demandeur. Elle est copiée : collez-la avec Ctrl+V dans l’onglet « Commentaire » du ticket.`
          : `Note interne non insérée (${why}), et la copie a échoué : recopiez-la dans l’onglet « Commentaire » du ticket.`,
      };
    },
    async copy(text, html) {
      const ok = await copyToClipboard(document, text, html);
      return ok
        ? { ok: true, message: 'Réponse copiée dans le presse-papiers.' }
        : { ok: false, message: 'La copie a échoué : sélectionnez le texte de l’aperçu et copiez-le avec Ctrl+C.' };
    },
    diagnose() {
      return { report: diagnose(adapter, document, new URL(location.href), reading.learnt()), version: browser.runtime.getManifest().version };
    },
    async teach(field) {
      const el = await pickElement(document, { instruction: `Cliquez sur : ${FIELD_LABELS[field].toLowerCase()}`, ignore: isOurs, signal: ctx.signal });
      if (!el) return { ok: false, message: 'Sélection annulée : rien n’a été appris.' };
      const scope = adapter.scope?.(document, new URL(location.href));
      const selector = robustSelector(el, scope?.contains(el) ? scope : document);
      const hooks = { ...reading.learnt(), [field]: selector };
      const check = diagnose(adapter, document, new URL(location.href), hooks).fields.find((f) => f.field === field);
      if (!check?.learnt) return { ok: false, message: 'Rien de lisible dans cet élément : montrez un élément qui contient le texte (ou l’éditeur) lui-même.' };
      await learnSelector(location.hostname, field, selector);
      reading.setLearnt(hooks);
      reading.refresh();
      return { ok: true, message: `${FIELD_LABELS[field]} appris pour ${location.hostname} : ${selector}. Réinitialisable dans les options.` };
    },
    async copyDiagnostic(text) {
      return copyToClipboard(document, text);
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
