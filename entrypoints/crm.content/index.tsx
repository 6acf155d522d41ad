// Content script on CRM pages: reads the ticket through the help desk's adapter, mounts the sidebar in a shadow root, docks it.
import '@/lib/zod-config';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { onMessage } from '@/lib/messaging';
import { storage } from 'wxt/utils/storage';
import { adapterFor, trackGenericPage, withSelectionFallbackAdapter } from '@/lib/crm';
import { createSidebarStore, SIDEBAR_DEFAULTS } from '@/lib/sidebar/store';
import { applyDock, clampWidth, dockOffset, removeDock } from '@/lib/sidebar/dock';
import { createTicketWatcher } from '@/lib/sidebar/ticket-watcher';
import { followPackCrmFields } from '@/lib/sidebar/crm-fields';
import { controlSignal } from '@/lib/crm/controls';
import { SidebarRoot } from '@/components/SidebarRoot';
import { createSidebarActions } from './actions';
import { SIDEBAR_CSS } from '@/components/sidebar-css';
import { injectSidebarFonts } from '@/components/sidebar-fonts';
import { hooksFor, loadLearntStore, watchLearntStore } from '@/lib/crm/learnt-selectors';
import type { LearntHooks } from '@/lib/crm/read-context';

export default defineContentScript({
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  // Styles are inlined in the shadow root: no CSS file to fetch, so the same script works on any host it is injected into.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const pageAdapter = adapterFor(new URL(location.href));
    // Remember the référent's selection and last editor before the sidebar takes the focus: on any other page the selection is
    // the request, and on a help desk whose markup the adapter no longer reads it stands in (withSelectionFallbackAdapter).
    ctx.onInvalidated(trackGenericPage(document));
    let readsSelection = pageAdapter.source === 'generic';
    const adapter = withSelectionFallbackAdapter(pageAdapter, (needs) => void (readsSelection = needs));
    let refresh = () => {};
    const store = createSidebarStore({ open: false, ticket: null, ticketReadAt: 0, adapterLabel: adapter.label });
    // Selectors the référent taught on this host come before the adapter's own hooks.
    let learnt: LearntHooks = hooksFor(await loadLearntStore().catch(() => ({})), location.hostname);
    const reading = { learnt: () => learnt, setLearnt: (h: LearntHooks) => void (learnt = h), refresh: () => refresh() };
    const actions = createSidebarActions(ctx, adapter, store, reading);
    // The sidebar stays open from one page load to the next when the référent left it open.
    const openItem = storage.defineItem<boolean>('local:sidebarOpen', { fallback: false });
    // Its width too (dragged by the référent).
    const widthItem = storage.defineItem<number>('local:sidebarWidth', { fallback: SIDEBAR_DEFAULTS.width });
    const [wasOpenStored, storedWidth] = await Promise.all([
      openItem.getValue().catch(() => false),
      widthItem.getValue().catch(() => SIDEBAR_DEFAULTS.width),
    ]);
    store.set({ open: wasOpenStored, width: clampWidth(storedWidth, window.innerWidth) });
    let wasOpen = store.getSnapshot().open;
    const stopPersist = store.subscribe(() => {
      const { open } = store.getSnapshot();
      if (open && !wasOpen) refresh();
      if (open !== wasOpen) void openItem.setValue((wasOpen = open)).catch(() => {});
    });
    // The page is pushed aside, not covered: its layout width shrinks by the rail and the open sidebar.
    const dock = () => {
      const { open, width } = store.getSnapshot();
      applyDock(document, dockOffset(open, width));
    };
    dock();
    const stopDock = store.subscribe(dock);
    ctx.addEventListener(window, 'resize', () => store.set({ width: clampWidth(store.getSnapshot().width, window.innerWidth) }));
    // The width is saved once the drag settles.
    let savedWidth = store.getSnapshot().width;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const stopWidth = store.subscribe(() => {
      const { width } = store.getSnapshot();
      if (width === savedWidth) return;
      savedWidth = width;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => {
        saveTimer = undefined;
        void widthItem.setValue(width).catch(() => {});
      }, 250);
    });
    // Leaving the page right after a drag still keeps the new width.
    ctx.addEventListener(window, 'pagehide', () => {
      if (saveTimer === undefined) return;
      clearTimeout(saveTimer);
      saveTimer = undefined;
      void widthItem.setValue(savedWidth).catch(() => {});
    });

    injectSidebarFonts(document);
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'aiguilleur-sidebar',
      css: SIDEBAR_CSS,
      position: 'inline',
      // Beside the body, not in it: the body may get layout containment when docked (lib/sidebar/dock.ts).
      anchor: 'html',
      append: 'last',
      onMount(container, _shadow, host) {
        host.setAttribute('data-aiguilleur-host', '');
        // French whatever the CRM page's language (screen readers, hyphenation, spell check).
        host.setAttribute('lang', 'fr');
        const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
        const root = createRoot(container);
        root.render(
          <QueryClientProvider client={queryClient}>
            <SidebarRoot store={store} actions={actions} />
          </QueryClientProvider>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();

    const watcher = createTicketWatcher({
      doc: document,
      adapter,
      signal: ctx.signal,
      context: () => ({ learnt }),
      onTicket: (ticket, readAt) => store.set({ ticket, ticketReadAt: readAt }),
    });
    refresh = () => watcher.refresh();
    const stopLearnt = watchLearntStore((all) => {
      learnt = hooksFor(all, location.hostname);
      watcher.refresh();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.refresh());
    // The CRM's own send and close controls: a ticket answered without a template (or closed) is logged too.
    ctx.addEventListener(
      document,
      'click',
      (e) => {
        const kind = controlSignal(e.target, adapter.controls);
        const { ticket } = store.getSnapshot();
        if (kind && ticket) store.set({ crmSignal: { kind, ticketKey: ticket.key || ticket.url, at: Date.now() } });
      },
      { capture: true },
    );
    // A selection is read as the request only where the adapter needs it: read it again as the référent selects.
    ctx.addEventListener(document, 'selectionchange', () => readsSelection && watcher.refreshSoon());
    const stopCrmFields = followPackCrmFields(() => watcher.refresh());
    // Keyboard commands: opening by the command hands the focus to the sidebar; the insert command opens it if needed.
    const stopToggle = onMessage('toggleSidebar', () => {
      const { open, focusRequest } = store.getSnapshot();
      store.set(open ? { open: false } : { open: true, focusRequest: focusRequest + 1 });
      if (open) actions.returnFocus();
    });
    const stopInsert = onMessage('insertAnswer', () => store.set({ open: true, insertRequested: true }));
    ctx.onInvalidated(() => {
      stopToggle();
      stopInsert();
      stopPersist();
      stopLearnt();
      stopCrmFields();
      stopDock();
      stopWidth();
      removeDock(document);
      ui.remove();
    });
    // Without a newer script to announce it (extension disabled or removed), notice the dead context when the référent comes back
    // to the page or touches it: reading `ctx.isValid` invalidates it, which removes the sidebar.
    const check = () => void ctx.isValid;
    ctx.addEventListener(document, 'visibilitychange', check);
    ctx.addEventListener(window, 'focus', check);
    ctx.addEventListener(window, 'pointerdown', check, { capture: true });
  },
});
