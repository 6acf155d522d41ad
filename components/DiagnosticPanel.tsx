// Diagnostic view of the sidebar: each field the adapter tried to read, its hook and length (never the content), teach and copy.
import { useEffect, useMemo, useState } from 'react';
import type { Ticket } from '@/lib/crm/ticket';
import { FIELD_LABELS, formatReport, type ReadReport } from '@/lib/crm/report';
import { learnableFieldSchema, type LearnableField } from '@/lib/crm/read-context';

export interface DiagnosticActions {
  /** Reads the page again with a hook recorder. */
  diagnose(): { report: ReadReport; version: string };
  /** Lets the référent point at the field on the page; stores the learnt selector for this host. */
  teach(field: LearnableField): Promise<{ ok: boolean; message: string }>;
  copyDiagnostic(text: string): Promise<boolean>;
}

interface Props {
  actions: DiagnosticActions;
  /** The ticket on screen: a new reading refreshes the diagnostic. */
  ticket: Ticket | null;
  adapterLabel: string;
}

function found(f: ReadReport['fields'][number]): string {
  if (!f.found) return 'non trouvé';
  return f.length === null ? 'trouvé' : `${f.length} caractère${f.length > 1 ? 's' : ''}`;
}

export function DiagnosticPanel({ actions, ticket, adapterLabel }: Props) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [picking, setPicking] = useState<LearnableField | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `ticket` and `round` are the reasons to read the page again.
  const diag = useMemo(() => (open ? actions.diagnose() : null), [open, ticket, round, actions]);
  useEffect(() => setStatus(null), [open]);

  const teach = async (field: LearnableField) => {
    setPicking(field);
    setStatus(null);
    try {
      setStatus(await actions.teach(field));
    } finally {
      setPicking(null);
      setRound((r) => r + 1);
    }
  };
  const copy = async () => {
    if (!diag) return;
    const ok = await actions.copyDiagnostic(formatReport(diag.report, { version: diag.version, adapterLabel }));
    setStatus(
      ok
        ? { ok: true, message: 'Diagnostic copié : collez-le dans votre signalement. Il ne contient aucun texte du ticket.' }
        : { ok: false, message: 'La copie a échoué.' },
    );
  };

  return (
    <>
      <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" aria-expanded={open} data-testid="diagnostic-toggle" onClick={() => setOpen(!open)}>
        Diagnostic
      </button>
      {open && diag && (
        <section className="ag-diag" aria-labelledby="ag-diag-title" data-testid="diagnostic">
          <div className="ag-sidebar__header">
            <h2 id="ag-diag-title" className="ag-sidebar__title">Diagnostic de la page</h2>
            <button type="button" className="ag-btn ag-btn--tertiary ag-btn--sm" onClick={() => setOpen(false)}>
              Retour
            </button>
          </div>
          <div className="ag-sidebar__body">
            <p className="ag-hint" data-testid="diagnostic-meta">
              {diag.report.host} · adaptateur {adapterLabel} · version {diag.version}
            </p>
            <p className="ag-hint">Ce que l’extension a lu sur la page, champ par champ, avec le repère qui l’a trouvé. Seules les longueurs sont affichées, jamais le contenu.</p>
            <table className="ag-diag__table">
              <thead>
                <tr>
                  <th scope="col">Champ</th>
                  <th scope="col">Lu</th>
                  <th scope="col">Repère</th>
                </tr>
              </thead>
              <tbody>
                {diag.report.fields.map((f) => {
                  const learnable = learnableFieldSchema.safeParse(f.field);
                  return (
                    <tr key={f.field} data-testid={`diag-${f.field}`} data-found={f.found} className={f.found ? undefined : 'ag-diag__missing'}>
                      <th scope="row">{FIELD_LABELS[f.field]}</th>
                      <td>{found(f)}</td>
                      <td>
                        {f.hook && <code className="ag-diag__hook">{f.hook}</code>}
                        {f.learnt && <span className="ag-badge ag-badge--success"> appris</span>}
                        {!f.found && learnable.success && (
                          <button
                            type="button"
                            className="ag-btn ag-btn--secondary ag-btn--sm"
                            data-testid={`teach-${f.field}`}
                            disabled={picking !== null}
                            onClick={() => void teach(learnable.data)}
                          >
                            {picking === f.field ? 'Cliquez sur la page…' : 'Montrer sur la page'}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <div className="ag-actions">
              <button type="button" className="ag-btn ag-btn--sm" data-testid="diagnostic-copy" onClick={() => void copy()}>
                Copier le diagnostic
              </button>
            </div>
            {status && (
              <p className={`ag-alert ${status.ok ? 'ag-alert--success' : 'ag-alert--warning'}`} role="status" data-testid="diagnostic-status">
                {status.message}
              </p>
            )}
          </div>
        </section>
      )}
    </>
  );
}
