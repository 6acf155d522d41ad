// Form of one solicitation (new, proposed or edited): channel, date, duration, number, structure, nomenclature, status, escalation, note.
import { useId, useState, type FormEvent } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import {
  CHANNEL_LABELS,
  channelSchema,
  solicitationInputSchema,
  type SolicitationInput,
} from '@/lib/tracking/solicitation';
import { localIsoDateTime } from '@/lib/tracking/dates';
import { NomenclatureSelect } from './NomenclatureSelect';
import { StatusFieldset } from './StatusFieldset';

export interface SuiviEntryFormProps {
  nomenclature: readonly NomenclatureRow[];
  initial: Partial<SolicitationInput>;
  submitLabel: string;
  onSubmit: (input: SolicitationInput) => Promise<void> | void;
  onCancel?: () => void;
  /** Accessible name of the form. */
  label: string;
}

const FIELD_NAMES: Record<string, string> = {
  date: 'date',
  durationMinutes: 'durée',
  niveau: 'niveau',
  thematique: 'thématique',
  motif: 'motif',
  sousMotif: 'sous-motif',
  channel: 'canal',
  status: 'problème résolu ?',
};

export function SuiviEntryForm({ nomenclature, initial, submitLabel, onSubmit, onCancel, label }: SuiviEntryFormProps) {
  const id = useId();
  const [v, setV] = useState<Partial<SolicitationInput>>(() => ({
    channel: 'telephone',
    date: localIsoDateTime(new Date()),
    status: 'oui',
    escalated: false,
    structure: '',
    note: '',
    rowId: '',
    ...initial,
  }));
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<SolicitationInput>) => setV((old) => ({ ...old, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const candidate = { ...v, rowId: v.rowId ?? '', phone: v.phone?.trim() || undefined };
    const p = solicitationInputSchema.safeParse(candidate);
    if (!p.success || !candidate.sousMotif) {
      const fields = new Set(p.success ? [] : p.error.issues.map((i) => FIELD_NAMES[String(i.path[0])] ?? String(i.path[0])));
      if (!candidate.sousMotif) fields.add('sous-motif');
      setErrors([`Champs à compléter ou à corriger : ${[...fields].join(', ')}.`]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await onSubmit(p.data);
    } catch (err) {
      setErrors([err instanceof Error ? err.message : String(err)]);
    } finally {
      setBusy(false);
    }
  };

  const day = (v.date ?? '').slice(0, 10);
  return (
    <form aria-label={label} onSubmit={(e) => void submit(e)} noValidate>
      {errors.length > 0 && (
        <div className="ag-alert ag-alert--error" role="alert">
          {errors.map((e) => <p key={e}>{e}</p>)}
        </div>
      )}
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-channel`}>Canal</label>
        <select id={`${id}-channel`} className="ag-select" value={v.channel} onChange={(e) => set({ channel: channelSchema.parse(e.target.value) })}>
          {channelSchema.options.map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c]}</option>)}
        </select>
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-date`}>Date</label>
        <input
          id={`${id}-date`}
          type="date"
          className="ag-input"
          value={day}
          required
          onChange={(e) => set({ date: e.target.value ? `${e.target.value}${(v.date ?? '').slice(10)}` : '' })}
        />
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-duration`}>Durée de traitement (minutes)</label>
        <input
          id={`${id}-duration`}
          type="number"
          min={0}
          step={1}
          className="ag-input"
          value={v.durationMinutes ?? ''}
          onChange={(e) => set({ durationMinutes: e.target.value === '' ? undefined : Number(e.target.value) })}
        />
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-phone`}>Numéro de téléphone <span className="ag-hint">(facultatif)</span></label>
        <input id={`${id}-phone`} type="tel" className="ag-input" value={v.phone ?? ''} autoComplete="off" onChange={(e) => set({ phone: e.target.value })} />
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-structure`}>Structure</label>
        <input id={`${id}-structure`} className="ag-input" value={v.structure ?? ''} onChange={(e) => set({ structure: e.target.value })} />
      </div>
      <NomenclatureSelect rows={nomenclature} value={v} onChange={(c) => set(c)} />
      {!v.rowId && v.sousMotif && (
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-niveau`}>Niveau</label>
          <select id={`${id}-niveau`} className="ag-select" value={v.niveau ?? ''} onChange={(e) => set({ niveau: Number(e.target.value) as 1 | 2 })}>
            <option value="">— choisir —</option>
            <option value="1">Niveau 1</option>
            <option value="2">Niveau 2</option>
          </select>
        </div>
      )}
      <StatusFieldset name={`${id}-status`} value={v.status} onChange={(status) => set({ status })} />
      <div className="ag-field">
        <label>
          <input type="checkbox" checked={v.escalated ?? false} onChange={(e) => set({ escalated: e.target.checked })} /> Escaladé au national
        </label>
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} className="ag-textarea" value={v.note ?? ''} onChange={(e) => set({ note: e.target.value })} />
      </div>
      <button type="submit" className="ag-btn" disabled={busy}>{submitLabel}</button>{' '}
      {onCancel && <button type="button" className="ag-btn ag-btn--secondary" onClick={onCancel}>Annuler</button>}
    </form>
  );
}
