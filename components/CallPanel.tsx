// « Nouvel appel »: running timer, number and structure, notes classified while listening, the rendered réponse type to
// read out or e-mail, and a one-click end of call that logs one row per request (popup and sidebar; the call survives closing the popup).
import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { STATUS_LABELS, statusSchema, type SolicitationStatus } from '@/lib/tracking/solicitation';
import { newCall, rowsFromCall, type CallDraft, type CallRequest } from '@/lib/tracking/call';
import { loadCall, saveCall, watchCall } from '@/lib/tracking/call-storage';
import { formatElapsed } from '@/lib/tracking/visit';
import { reformulation } from '@/lib/templates/practices';
import { NomenclatureSelect, type NomenclatureChoice } from './NomenclatureSelect';
import { useRowTemplates } from './useRowTemplates';
import { CallAnswer } from './CallAnswer';
import { SOLICITATIONS_QUERY_KEY, errorText, usePack, withTimeout } from './SuiviData';

export interface CallPanelProps {
  /** Called after the call is logged, with the number of rows written. */
  onLogged?: (count: number) => void;
}

interface Current {
  choice: Partial<NomenclatureChoice>;
  status: SolicitationStatus;
  escalated: boolean;
}
const emptyCurrent: Current = { choice: {}, status: 'oui', escalated: false };

export function CallPanel({ onLogged }: CallPanelProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const pack = usePack();
  const [draft, setDraft] = useState<CallDraft | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [current, setCurrent] = useState<Current>(emptyCurrent);
  const [now, setNow] = useState(() => Date.now());
  const [message, setMessage] = useState<{ kind: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const [classifyText, setClassifyText] = useState('');
  // Values this panel wrote: their storage echoes are ignored (only other contexts' changes are applied).
  const written = useRef<string[]>([]);

  useEffect(() => {
    void loadCall().then((d) => {
      setDraft(d);
      setLoaded(true);
    });
    return watchCall((d) => {
      if (!written.current.includes(JSON.stringify(d))) setDraft(d);
    });
  }, []);
  useEffect(() => {
    if (!draft) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [draft]);

  const update = (next: CallDraft | null) => {
    setDraft(next);
    written.current = [...written.current.slice(-30), JSON.stringify(next)];
    void saveCall(next);
  };

  // Classify what the référent typed, once they pause typing.
  useEffect(() => {
    const body = draft?.text.trim() ?? '';
    const t = setTimeout(() => setClassifyText(body), 600);
    return () => clearTimeout(t);
  }, [draft?.text]);
  const classification = useQuery({
    queryKey: ['classify', classifyText],
    queryFn: () => withTimeout(sendMessage('classify', { subject: '', body: classifyText }), 4000),
    enabled: classifyText.length >= 8,
    retry: false,
    staleTime: Infinity,
  });

  const nomenclature: readonly NomenclatureRow[] = pack.data?.nomenclature ?? [];
  const selectedRow = nomenclature.find((r) => r.id === current.choice.rowId) ?? null;
  // The pack's templates and the référent's own, as in the sidebar.
  const templates = useRowTemplates(selectedRow?.id ?? null);

  const pick = (r: NomenclatureRow) =>
    setCurrent((c) => ({
      ...c,
      choice: { rowId: r.id, niveau: r.niveau, thematique: r.thematique, motif: r.motif, sousMotif: r.sousMotif },
    }));

  const currentRequest = (at: number): CallRequest | null => {
    const c = current.choice;
    if (!c.sousMotif || !c.niveau || !c.thematique || !c.motif) return null;
    return {
      rowId: c.rowId ?? '',
      niveau: c.niveau,
      thematique: c.thematique,
      motif: c.motif,
      sousMotif: c.sousMotif,
      ...(templates[0] ? { templateId: templates[0].id } : {}),
      status: current.status,
      escalated: current.escalated,
      note: '',
      addedAt: at,
    };
  };

  const addRequest = () => {
    if (!draft) return;
    const r = currentRequest(Date.now());
    if (!r) {
      setMessage({ kind: 'error', text: 'Choisissez le sous-motif de cette demande.' });
      return;
    }
    update({ ...draft, text: '', requests: [...draft.requests, r] });
    setCurrent(emptyCurrent);
    setMessage({ kind: 'success', text: 'Demande ajoutée : qualifiez la suivante.' });
  };

  const end = useMutation({
    mutationFn: async (d: CallDraft) => {
      const rows = rowsFromCall(d, Date.now());
      for (const row of rows) await sendMessage('logSolicitation', row);
      return rows.length;
    },
    onSuccess: (count) => {
      update(null);
      setCurrent(emptyCurrent);
      setMessage({ kind: 'success', text: `Appel enregistré : ${count} sollicitation${count > 1 ? 's' : ''} dans le suivi.` });
      void queryClient.invalidateQueries({ queryKey: SOLICITATIONS_QUERY_KEY });
      onLogged?.(count);
    },
    onError: (err) => setMessage({ kind: 'error', text: `Enregistrement impossible : ${errorText(err)}` }),
  });

  const endCall = () => {
    if (!draft) return;
    const last = currentRequest(Date.now());
    const requests = last ? [...draft.requests, last] : draft.requests;
    if (requests.length === 0) {
      setMessage({ kind: 'error', text: 'Choisissez le sous-motif de la demande avant de terminer l’appel.' });
      return;
    }
    end.mutate({ ...draft, requests });
  };

  if (!loaded) return null;
  return (
    <section className="ag-section" aria-labelledby={`${id}-title`} data-testid="call-panel">
      <h2 id={`${id}-title`}>Appel téléphonique</h2>
      {message && (
        <div className={`ag-alert ag-alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      )}
      {!draft ? (
        <button type="button" className="ag-btn" onClick={() => { setMessage(null); update(newCall(Date.now())); }}>
          Nouvel appel
        </button>
      ) : (
        <>
          <p>
            Durée de l’appel : <span role="timer" aria-label="Durée de l’appel">{formatElapsed(now - draft.startedAt)}</span>
          </p>
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-phone`}>Numéro de téléphone</label>
            <input id={`${id}-phone`} type="tel" className="ag-input" autoComplete="off" value={draft.phone} onChange={(e) => update({ ...draft, phone: e.target.value })} />
          </div>
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-structure`}>Structure</label>
            <input id={`${id}-structure`} className="ag-input" value={draft.structure} onChange={(e) => update({ ...draft, structure: e.target.value })} />
          </div>
          {draft.requests.length > 0 && (
            <div>
              <p className="ag-label">Demandes déjà qualifiées dans cet appel :</p>
              <ol aria-label="Demandes de l’appel">
                {draft.requests.map((r, i) => (
                  <li key={`${r.rowId}-${i}`}>
                    {r.thematique} - {r.motif} - {r.sousMotif} ({STATUS_LABELS[r.status].toLowerCase()}{r.escalated ? ', escaladée' : ''})
                  </li>
                ))}
              </ol>
            </div>
          )}
          <div className="ag-field">
            <label className="ag-label" htmlFor={`${id}-text`}>Ce que dit l’appelant</label>
            <span className="ag-hint" id={`${id}-text-hint`}>Notez quelques mots : Aiguilleur propose un sous-motif. Ce texte n’est pas enregistré.</span>
            <textarea id={`${id}-text`} aria-describedby={`${id}-text-hint`} className="ag-textarea" value={draft.text} onChange={(e) => update({ ...draft, text: e.target.value })} />
          </div>
          {classification.isError && <p className="ag-hint">Suggestions indisponibles : choisissez le sous-motif ci-dessous.</p>}
          {classification.data && classification.data.suggestions.length > 0 && (
            <fieldset className="ag-field">
              <legend className="ag-label">Sous-motifs proposés</legend>
              {classification.data.suggestions.map((s) => {
                const r = nomenclature.find((x) => x.id === s.rowId);
                return (
                  <label key={s.rowId}>
                    <input type="radio" name={`${id}-suggestion`} checked={current.choice.rowId === s.rowId} onChange={() => r && pick(r)} />{' '}
                    {s.thematique} - {s.motif} - {s.sousMotif}
                  </label>
                );
              })}
            </fieldset>
          )}
          <NomenclatureSelect rows={nomenclature} value={current.choice} onChange={(c) => setCurrent((x) => ({ ...x, choice: c }))} />
          {selectedRow && (
            <p className="ag-call-reformulation" data-testid="call-reformulation">
              <strong>Reformulation :</strong> {reformulation(selectedRow)}
            </p>
          )}
          {selectedRow && pack.data && <CallAnswer pack={pack.data} row={selectedRow} templates={templates} draft={draft} />}
          <fieldset className="ag-field">
            <legend className="ag-label">Problème résolu ?</legend>
            {statusSchema.options.map((s) => (
              <label key={s}>
                <input type="radio" name={`${id}-status`} checked={current.status === s} onChange={() => setCurrent((c) => ({ ...c, status: s }))} /> {STATUS_LABELS[s]}
              </label>
            ))}
          </fieldset>
          <div className="ag-field">
            <label>
              <input type="checkbox" checked={current.escalated} onChange={(e) => setCurrent((c) => ({ ...c, escalated: e.target.checked }))} /> Escaladé au national
            </label>
          </div>
          <p>
            <button type="button" className="ag-btn" disabled={end.isPending} onClick={endCall}>
              Terminer l’appel et enregistrer
            </button>{' '}
            <button type="button" className="ag-btn ag-btn--secondary" onClick={addRequest}>
              Ajouter une autre demande
            </button>{' '}
            <button type="button" className="ag-btn ag-btn--tertiary" onClick={() => { update(null); setCurrent(emptyCurrent); setMessage(null); }}>
              Abandonner l’appel
            </button>
          </p>
        </>
      )}
    </section>
  );
}
