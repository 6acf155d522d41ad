// Options page, section Modèles: the référent's own réponses types (create, edit, delete) and "Proposer au national".
import { useId, useMemo, useState } from 'react';
import { TemplateEditor, rowLabel } from '@/components/options/TemplateEditor';
import { TemplateProposal } from '@/components/options/TemplateProposal';
import type { CustomTemplateRow } from '@/lib/templates/custom';
import { useSettings } from '@/components/useSettings';
import { useCustomTemplates, useDeleteCustomTemplate, useSaveCustomTemplate } from '../useCustomTemplates';
import { usePack } from '../queries';

type Mode = { kind: 'list' } | { kind: 'edit'; row: CustomTemplateRow | null } | { kind: 'propose'; row: CustomTemplateRow };

export function TemplatesSection() {
  const id = useId();
  const pack = usePack();
  const list = useCustomTemplates();
  const save = useSaveCustomTemplate();
  const del = useDeleteCustomTemplate();
  const settings = useSettings();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [notice, setNotice] = useState<string | null>(null);
  const rows = useMemo(() => pack.data?.nomenclature ?? [], [pack.data]);
  const rowById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);

  return (
    <section id="modeles" className="ag-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Modèles</h2>
      <p className="ag-hint">
        Vos propres réponses types, par sous-motif ou libres. Elles apparaissent en premier dans la barre latérale. Proposez au niveau national
        celles qui répondent à une demande récurrente.
      </p>
      <div role="status" aria-live="polite">
        {notice && <p className="ag-alert ag-alert--success">{notice}</p>}
      </div>
      {list.isError && <p className="ag-alert ag-alert--error">Impossible de lire vos modèles : {list.error.message}</p>}
      {mode.kind === 'edit' && (
        <TemplateEditor
          rows={rows}
          initial={mode.row}
          onCancel={() => setMode({ kind: 'list' })}
          onSave={async (input) => {
            const r = await save.mutateAsync(input);
            if (r.ok) {
              setNotice(`Modèle « ${r.row.title} » enregistré.`);
              setMode({ kind: 'list' });
              return { ok: true };
            }
            return r;
          }}
        />
      )}
      {mode.kind === 'propose' && (
        <TemplateProposal
          template={mode.row}
          row={mode.row.rowId ? rowById.get(mode.row.rowId) : undefined}
          {...(pack.data ? { packVersion: pack.data.version } : {})}
          auteur={{ nom: [settings.profil.prenom, settings.profil.nom].filter(Boolean).join(' '), siao: settings.profil.siao }}
          onClose={() => setMode({ kind: 'list' })}
        />
      )}
      {mode.kind === 'list' && (
        <>
          <button type="button" className="ag-btn" onClick={() => { setNotice(null); setMode({ kind: 'edit', row: null }); }}>
            Nouveau modèle
          </button>
          {list.data && list.data.length === 0 && <p>Vous n'avez pas encore de modèle personnel.</p>}
          {list.data && list.data.length > 0 && (
            <ul className="ag-template-list" data-testid="custom-templates">
              {list.data.map((c) => {
                const row = c.rowId ? rowById.get(c.rowId) : undefined;
                return (
                  <li key={c.id} data-template-id={c.id}>
                    <strong>{c.title}</strong>{' '}
                    <span className="ag-hint">
                      {c.rowId ? (row ? rowLabel(row) : `sous-motif inconnu du pack (${c.rowId})`) : 'Modèle libre'} · modifié le{' '}
                      {new Date(c.updatedAt).toLocaleDateString('fr-FR')}
                    </span>{' '}
                    <button type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={() => { setNotice(null); setMode({ kind: 'edit', row: c }); }}>
                      Modifier
                    </button>{' '}
                    <button type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={() => { setNotice(null); setMode({ kind: 'propose', row: c }); }}>
                      Proposer au national
                    </button>{' '}
                    <button
                      type="button"
                      className="ag-btn ag-btn--tertiary ag-btn--sm"
                      onClick={async () => {
                        if (!window.confirm(`Supprimer le modèle « ${c.title} » ?`)) return;
                        await del.mutateAsync(c.id);
                        setNotice(`Modèle « ${c.title} » supprimé.`);
                      }}
                    >
                      Supprimer
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
