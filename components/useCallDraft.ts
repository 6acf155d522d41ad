// The call in progress behind « Nouvel appel »: storage sync with the other contexts (popup ⇄ sidebar), timer, notes
// classified while listening, the request being qualified, and the end of call that logs one row per request.
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import type { NomenclatureRow } from '@/lib/pack/schema';
import type { SolicitationStatus } from '@/lib/tracking/solicitation';
import { newCall, rowsFromCall, type CallDraft, type CallRequest } from '@/lib/tracking/call';
import { loadCall, saveCall, watchCall } from '@/lib/tracking/call-storage';
import type { NomenclatureChoice } from './NomenclatureSelect';
import { useRowTemplates } from './useRowTemplates';
import { CLASSIFY_QUERY_KEY, SOLICITATIONS_QUERY_KEY, errorText, withTimeout } from './queries';

export interface CurrentRequest {
  choice: Partial<NomenclatureChoice>;
  status: SolicitationStatus;
  escalated: boolean;
}
const emptyCurrent: CurrentRequest = { choice: {}, status: 'oui', escalated: false };

export type CallMessage = { kind: 'success' | 'error' | 'warning'; text: string };

/** `onLogged` is called after the call is logged, with the number of rows written. */
export function useCallDraft(nomenclature: readonly NomenclatureRow[], onLogged?: (count: number) => void) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CallDraft | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [current, setCurrent] = useState<CurrentRequest>(emptyCurrent);
  const [now, setNow] = useState(() => Date.now());
  const [message, setMessage] = useState<CallMessage | null>(null);
  const [classifyText, setClassifyText] = useState('');
  // Values this hook wrote: their storage echoes are ignored (only other contexts' changes are applied).
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
    queryKey: [...CLASSIFY_QUERY_KEY, classifyText],
    queryFn: () => withTimeout(sendMessage('classify', { subject: '', body: classifyText }), 4000),
    enabled: classifyText.length >= 8,
    retry: false,
    staleTime: Infinity,
  });

  const selectedRow = nomenclature.find((r) => r.id === current.choice.rowId) ?? null;
  // The pack's templates and the référent's own, as in the sidebar; the first is logged with the request.
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

  return {
    loaded,
    draft,
    /** Milliseconds since the call started (ticks every second). */
    elapsed: draft ? now - draft.startedAt : 0,
    message,
    classification,
    current,
    setCurrent,
    selectedRow,
    templates,
    pick,
    /** Changes the call's fields (number, structure, notes); saved for the other contexts. */
    edit: (patch: Partial<CallDraft>) => draft && update({ ...draft, ...patch }),
    start: () => {
      setMessage(null);
      update(newCall(Date.now()));
    },
    abandon: () => {
      update(null);
      setCurrent(emptyCurrent);
      setMessage(null);
    },
    addRequest,
    endCall,
    ending: end.isPending,
  };
}
