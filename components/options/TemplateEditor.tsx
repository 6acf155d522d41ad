// Form to write or edit a référent's own réponse type (title, sous-motif or free, text) with a check of its marks.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { analyzeTemplate, KNOWN_VARIABLES } from '@/lib/pack/template-language';
import type { CustomTemplateInput, CustomTemplateRow } from '@/lib/templates/custom';

export interface TemplateEditorProps {
  rows: readonly NomenclatureRow[];
  /** The template being edited; none to create one. */
  initial?: CustomTemplateRow | null;
  /** Preselected sous-motif for a new template. */
  defaultRowId?: string | null;
  /** Saves; resolves with field errors (French) when refused. */
  onSave: (input: CustomTemplateInput) => Promise<{ ok: true } | { ok: false; errors: { path: string; message: string }[] }>;
  onCancel: () => void;
}

const STARTER = 'Bonjour {{usager.prenom}},\n\n{{curseur}}\n\nPour aller plus loin, consultez la base de connaissances du SI SIAO : {{kb.lien}}\n\nCordialement,\n{{referent.signature}}';

export function rowLabel(r: NomenclatureRow): string {
  return r.motif === r.sousMotif ? `${r.thematique} › ${r.sousMotif}` : `${r.thematique} › ${r.motif} › ${r.sousMotif}`;
}

export function TemplateEditor({ rows, initial, defaultRowId, onSave, onCancel }: TemplateEditorProps) {
  const id = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [rowId, setRowId] = useState(initial ? initial.rowId ?? '' : defaultRowId ?? '');
  const [text, setText] = useState(initial?.text ?? STARTER);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [saving, setSaving] = useState(false);
  const analysis = useMemo(() => analyzeTemplate(text), [text]);
  const fieldError = (f: string) => errors.find((e) => e.path === f)?.message;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    try {
      const r = await onSave({
        ...(initial ? { id: initial.id } : {}),
        ...(rowId ? { rowId } : {}),
        title,
        text,
      });
      setErrors(r.ok ? [] : r.errors);
    } catch (err) {
      setErrors([{ path: '', message: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setSaving(false);
    }
  }

  const byThematique = useMemo(() => {
    const m = new Map<string, NomenclatureRow[]>();
    for (const r of rows) m.set(r.thematique, [...(m.get(r.thematique) ?? []), r]);
    return [...m.entries()];
  }, [rows]);

  return (
    <form className="ag-template-editor" onSubmit={submit} noValidate data-testid="template-editor">
      {errors.some((e) => !['title', 'text'].includes(e.path)) && (
        <div className="ag-alert ag-alert--error" role="alert">
          {errors.filter((e) => !['title', 'text'].includes(e.path)).map((e) => (
            <p key={e.path + e.message}>{e.message}</p>
          ))}
        </div>
      )}
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-title`}>
          Titre du modèle
        </label>
        <input
          id={`${id}-title`}
          className="ag-input"
          value={title}
          aria-invalid={fieldError('title') ? true : undefined}
          aria-describedby={fieldError('title') ? `${id}-title-err` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {fieldError('title') && <p id={`${id}-title-err`} className="ag-error-text">{fieldError('title')}</p>}
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-row`}>
          Sous-motif
        </label>
        <select id={`${id}-row`} className="ag-select" value={rowId} onChange={(e) => setRowId(e.target.value)}>
          <option value="">Modèle libre (sans sous-motif)</option>
          {byThematique.map(([th, rs]) => (
            <optgroup key={th} label={th}>
              {rs.map((r) => (
                <option key={r.id} value={r.id}>
                  {`N${r.niveau} · ${r.motif === r.sousMotif ? r.sousMotif : `${r.motif} › ${r.sousMotif}`}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="ag-field">
        <label className="ag-label" htmlFor={`${id}-text`}>
          Texte du modèle
          <span className="ag-hint" id={`${id}-text-hint`}>
            {' '}
            Variables : {KNOWN_VARIABLES.map((v) => `{{${v}}}`).join(', ')} ; champ à remplir : {'{{saisie:Nom du champ}}'} ; position du
            curseur : {'{{curseur}}'}. Une ligne vide sépare les paragraphes ; les adresses deviennent des liens.
          </span>
        </label>
        <textarea
          id={`${id}-text`}
          className="ag-textarea"
          rows={12}
          value={text}
          aria-invalid={fieldError('text') ? true : undefined}
          aria-describedby={`${id}-text-hint`}
          onChange={(e) => setText(e.target.value)}
        />
        {fieldError('text') && <p className="ag-error-text">{fieldError('text')}</p>}
        {analysis.unknown.length > 0 && (
          <p className="ag-alert ag-alert--warning" data-testid="template-unknown">
            Variable{analysis.unknown.length > 1 ? 's' : ''} inconnue{analysis.unknown.length > 1 ? 's' : ''} :{' '}
            {analysis.unknown.map((u) => `{{${u}}}`).join(', ')}.{' '}
            {analysis.unknown.length > 1 ? 'Elles resteront visibles telles quelles' : 'Elle restera visible telle quelle'} dans la réponse.
          </p>
        )}
        {analysis.fillIns.length > 0 && (
          <p className="ag-hint">Champs demandés avant insertion : {analysis.fillIns.join(', ')}.</p>
        )}
      </div>
      <div className="ag-actions">
        <button type="submit" className="ag-btn" disabled={saving}>
          {saving ? 'Enregistrement…' : 'Enregistrer le modèle'}
        </button>{' '}
        <button type="button" className="ag-btn ag-btn--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
