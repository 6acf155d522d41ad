// Welcome page: the three things to know (open the sidebar, insert a réponse type, escalate to national), as DSFR cards.
import { t, type MessageKey } from '@/lib/i18n';
import { shortcutOf, TOGGLE_SIDEBAR_COMMAND, type ShortcutsState } from './useShortcuts';

function Card({ title, children }: { title: MessageKey; children: React.ReactNode }) {
  return (
    <li className="fr-col-12 fr-col-md-4">
      <div className="fr-card fr-card--no-arrow">
        <div className="fr-card__body">
          <div className="fr-card__content">
            <h3 className="fr-card__title">{t(title)}</h3>
            <p className="fr-card__desc">{children}</p>
          </div>
        </div>
      </div>
    </li>
  );
}

export function ThreeThings({ shortcuts }: { shortcuts: ShortcutsState }) {
  const key = shortcutOf(shortcuts, TOGGLE_SIDEBAR_COMMAND);
  return (
    <section className="fr-mt-6w" aria-labelledby="trois-choses">
      <h2 id="trois-choses">{t('thingsTitle')}</h2>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        <Card title="thingOpenTitle">
          {key ? t('thingOpenText', key) : t('thingOpenTextNoShortcut')}
        </Card>
        <Card title="thingInsertTitle">{t('thingInsertText')}</Card>
        <Card title="thingEscalateTitle">{t('thingEscalateText')}</Card>
      </ul>
    </section>
  );
}
