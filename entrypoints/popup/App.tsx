// The popup: « Nouvel appel » mode and a link to the Suivi page, within Chrome's 600 px popup height (the call scrolls inside).
import { browser } from 'wxt/browser';
import { CallPanel } from '@/components/CallPanel';
import '@/components/theme.css';
import './popup.css';

export function App() {
  return (
    <div className="ag-root ag-popup">
      <h1 className="ag-popup__title">Aiguilleur</h1>
      <div className="ag-popup__body" data-testid="popup-body">
        <CallPanel />
      </div>
      <p className="ag-popup__footer">
        <a href={browser.runtime.getURL('/suivi.html')} target="_blank" rel="noreferrer">Ouvrir le suivi</a>
      </p>
    </div>
  );
}
