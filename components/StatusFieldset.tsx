// The « Problème résolu ? » radio group (oui / non / en cours) of every form that logs a solicitation.
import { STATUS_LABELS, statusSchema, type SolicitationStatus } from '@/lib/tracking/solicitation';

export function StatusFieldset({ name, value, onChange }: { name: string; value: SolicitationStatus | undefined; onChange: (s: SolicitationStatus) => void }) {
  return (
    <fieldset className="ag-field">
      <legend className="ag-label">Problème résolu ?</legend>
      {statusSchema.options.map((s) => (
        <label key={s}>
          <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} /> {STATUS_LABELS[s]}
        </label>
      ))}
    </fieldset>
  );
}
