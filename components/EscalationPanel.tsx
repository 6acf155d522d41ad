// Sidebar panel for niveau 2: the escalation draft to edit and the button that opens the national support form (state in useEscalationDraft).
import { useId } from 'react';
import type { Ticket } from '@/lib/crm/ticket';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { internalNoteText } from '@/lib/escalation';
import type { EscalationRecord } from '@/lib/escalation/record';
import { useEscalationDraft } from './useEscalationDraft';
import { EscalationReason } from './EscalationReason';

export interface EscalationPanelProps {
  ticket: Ticket | null;
  row: NomenclatureRow | null;
  onEscalated?: (record: EscalationRecord) => void;
  onInsertNote?: (text: string) => void;
}

type TextKey = 'prenom' | 'nom' | 'email' | 'profil' | 'departement' | 'thematique' | 'motif' | 'sousMotif' | 'subject';

const TEXT_FIELDS: { key: TextKey; label: string }[] = [
  { key: 'prenom', label: 'Prénom' },
  { key: 'nom', label: 'Nom' },
  { key: 'email', label: 'E-mail' },
  { key: 'profil', label: 'Quel est votre profil ?' },
  { key: 'departement', label: 'Quel est votre département ?' },
  { key: 'thematique', label: 'Thématique' },
  { key: 'motif', label: 'Motif' },
  { key: 'sousMotif', label: 'Sous-motif' },
  { key: 'subject', label: 'Objet' },
];

function frDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('fr-FR');
}

export function EscalationPanel({ ticket, row, onEscalated, onInsertNote }: EscalationPanelProps) {
  const idPrefix = useId();
  const { draft, invalid, record, askingReason, setAskingReason, start, set, submit, cancel, open, previous, profileIncomplete } =
    useEscalationDraft(ticket, row, onEscalated);
  if (!row) return null;

  return (
    <section className="ag-section" aria-labelledby={`${idPrefix}-title`} data-testid="escalation-panel">
      <h2 id={`${idPrefix}-title`}>
        Escalade au national {row.niveau === 2 && <span className="ag-badge ag-badge--n2">Niveau 2</span>}
      </h2>
      {row.niveau === 2 && !draft && <p className="ag-hint">Sollicitation de niveau 2 : l’escalade à l’assistance nationale est recommandée.</p>}
      {previous.length > 0 && (
        <p className="ag-hint" data-testid="escalation-history">
          Déjà escaladé le {previous.map((r) => frDate(r.createdAt)).join(', ')}.
        </p>
      )}
      {!draft && !askingReason && (
        <button type="button" className={row.niveau === 2 ? 'ag-btn' : 'ag-btn ag-btn--secondary'} onClick={() => (row.niveau === 1 ? setAskingReason(true) : start())}>
          Escalader au national
        </button>
      )}
      {!draft && askingReason && <EscalationReason onContinue={start} onCancel={() => setAskingReason(false)} />}
      {draft && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          data-testid="escalation-draft"
        >
          {profileIncomplete && (
            <p className="ag-alert ag-alert--warning">
              Votre profil (prénom, nom, e-mail) est incomplet dans les options d’Aiguilleur : complétez-le ici ou dans les options.
            </p>
          )}
          {TEXT_FIELDS.map(({ key, label }) => (
            <div className="ag-field" key={key}>
              <label className="ag-label" htmlFor={`${idPrefix}-${key}`}>
                {label}
              </label>
              <input
                id={`${idPrefix}-${key}`}
                name={key}
                className="ag-input"
                type={key === 'email' ? 'email' : 'text'}
                value={draft[key] ?? ''}
                onChange={set(key)}
              />
            </div>
          ))}
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${idPrefix}-description`}>
              Description de votre demande d’assistance
            </label>
            <textarea
              id={`${idPrefix}-description`}
              name="description"
              className="ag-textarea"
              rows={12}
              value={draft.description}
              onChange={set('description')}
            />
          </div>
          <div className="ag-field">
            <label>
              <input type="checkbox" name="consentRetourEmail" checked={draft.consentRetourEmail} onChange={set('consentRetourEmail')} />{' '}
              J’accepte de recevoir un retour par e-mail suite à ma demande d’assistance (obligatoire)
            </label>
            <label>
              <input
                type="checkbox"
                name="consentCommunications"
                checked={draft.consentCommunications}
                onChange={set('consentCommunications')}
              />{' '}
              J’accepte de recevoir les autres communications de l’équipe SI SIAO
            </label>
          </div>
          {invalid && (
            <p className="ag-alert ag-alert--error" role="alert">
              {invalid}
            </p>
          )}
          {open.isError && (
            <p className="ag-alert ag-alert--error" role="alert">
              Le service d’Aiguilleur ne répond pas ({open.error.message}) : le brouillon est conservé, réessayez.
            </p>
          )}
          {open.data && !open.data.ok && (
            <p className="ag-alert ag-alert--error" role="alert">
              {open.data.error}
            </p>
          )}
          <button type="submit" className="ag-btn" disabled={open.isPending}>
            {open.isPending ? 'Ouverture…' : 'Ouvrir le formulaire'}
          </button>{' '}
          <button type="button" className="ag-btn ag-btn--tertiary" onClick={cancel}>
            Annuler
          </button>
        </form>
      )}
      {record && (
        <div className="ag-alert ag-alert--success" role="status" data-testid="escalation-opened">
          <p>
            Formulaire ouvert dans un nouvel onglet et rempli par Aiguilleur : vérifiez chaque champ puis cliquez vous-même sur
            « Soumettre ».
          </p>
          {onInsertNote && (
            <button type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={() => onInsertNote(internalNoteText(record))}>
              Insérer la note interne
            </button>
          )}
        </div>
      )}
    </section>
  );
}
