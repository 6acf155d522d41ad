// Options page, section Repères appris: the selectors the référent taught with « Montrer sur la page », one reset per entry.
import { useEffect, useId, useState } from 'react';
import { FIELD_LABELS } from '@/lib/crm/report';
import { forgetSelector, listLearnt, loadLearntStore, watchLearntStore, type LearntStore } from '@/lib/crm/learnt-selectors';

export function LearntSelectorsSection() {
  const id = useId();
  const [store, setStore] = useState<LearntStore | null>(null);
  useEffect(() => {
    void loadLearntStore().then(setStore);
    return watchLearntStore(setStore);
  }, []);
  const entries = store ? listLearnt(store) : [];
  return (
    <section id="reperes" className="ag-section" aria-labelledby={`${id}-title`} data-testid="learnt-selectors">
      <h2 id={`${id}-title`}>Repères appris</h2>
      <p className="ag-hint">
        Quand la barre ne trouve pas un champ sur une page, « Montrer sur la page » (dans le diagnostic de la barre) lui apprend où le lire sur ce site.
        Ces repères passent avant ceux de l’extension et sont conservés lors des mises à jour.
      </p>
      {store && entries.length === 0 && <p data-testid="learnt-empty">Aucun repère appris.</p>}
      {entries.length > 0 && (
        <table className="fr-table ag-table">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Champ</th>
              <th scope="col">Sélecteur</th>
              <th scope="col">Appris le</th>
              <th scope="col"><span className="ag-visually-hidden">Action</span></th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ host, field, entry }) => (
              <tr key={`${host}/${field}`} data-testid={`learnt-${host}-${field}`}>
                <td>{host}</td>
                <td>{FIELD_LABELS[field]}</td>
                <td><code>{entry.selector}</code></td>
                <td>{new Date(entry.learntAt).toLocaleDateString('fr-FR')}</td>
                <td>
                  <button
                    type="button"
                    className="ag-btn ag-btn--secondary ag-btn--sm"
                    aria-label={`Réinitialiser le repère ${FIELD_LABELS[field].toLowerCase()} de ${host}`}
                    onClick={() => void forgetSelector(host, field).then(setStore)}
                  >
                    Réinitialiser
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
