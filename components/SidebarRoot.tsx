// What the content script mounts in its shadow root: the launcher at the page edge and the sidebar.
import { useSyncExternalStore } from 'react';
import { Sidebar, type SidebarProps } from './Sidebar';

export function SidebarRoot({ store, actions }: SidebarProps) {
  const { open } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return (
    <>
      <button
        type="button"
        className="ag-root ag-launcher"
        data-testid="launcher"
        aria-expanded={open}
        aria-label={open ? 'Fermer la barre Aiguilleur' : 'Ouvrir la barre Aiguilleur (Alt+Maj+S)'}
        title="Aiguilleur (Alt+Maj+S)"
        onClick={() => store.set({ open: !open })}
      >
        <span aria-hidden="true">⇄</span>
        <span className="ag-launcher__label">Aiguilleur</span>
      </button>
      <Sidebar store={store} actions={actions} />
    </>
  );
}
