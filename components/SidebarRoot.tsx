// What the content script mounts in its shadow root: the rail at the page edge (with the launcher) and the docked sidebar.
import { useSyncExternalStore } from 'react';
import { Sidebar, type SidebarProps } from './Sidebar';

export function SidebarRoot({ store, actions }: SidebarProps) {
  const { open } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return (
    <>
      <div className="ag-root ag-rail" data-testid="rail">
        <button
          type="button"
          className="ag-launcher"
          data-testid="launcher"
          aria-expanded={open}
          aria-label={open ? 'Replier la barre Aiguilleur (Échap)' : 'Ouvrir la barre Aiguilleur (Alt+Maj+S)'}
          title={open ? 'Replier Aiguilleur (Échap)' : 'Aiguilleur (Alt+Maj+S)'}
          onClick={() => {
            store.set({ open: !open });
            if (open) actions.returnFocus();
          }}
        >
          <span aria-hidden="true">{open ? '»' : '«'}</span>
          <span className="ag-launcher__label">Aiguilleur</span>
        </button>
      </div>
      <Sidebar store={store} actions={actions} />
    </>
  );
}
