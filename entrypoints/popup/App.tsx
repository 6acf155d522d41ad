// The popup: « Nouvel appel » mode and a link to the Suivi page.
import { browser } from 'wxt/browser';
import { CallPanel } from '@/components/CallPanel';
import '@/components/theme.css';
import './popup.css';

export function App() {
  return (
    <div className="ag-root ag-popup">
      <h1 className="ag-popup__title">Aiguilleur</h1>
      <CallPanel />
      <p>
        <a href={browser.runtime.getURL('/suivi.html')} target="_blank" rel="noreferrer">Ouvrir le suivi</a>
      </p>
    </div>
  );
}
