// "Proposer au national": the ready-to-send text of a custom template with its sous-motif, to copy, or as a JSON file.
import { useEffect, useId, useMemo, useState } from 'react';
import type { NomenclatureRow } from '@/lib/pack/schema';
import { buildTemplateProposal, proposalFileName, proposalText, type CustomTemplateRow } from '@/lib/templates/custom';

export interface TemplateProposalProps {
  template: CustomTemplateRow;
  row?: NomenclatureRow | undefined;
  packVersion?: string;
  auteur?: { nom: string; siao: string };
  onClose: () => void;
}

export function TemplateProposal({ template, row, packVersion, auteur, onClose }: TemplateProposalProps) {
  const id = useId();
  const proposal = useMemo(
    () => buildTemplateProposal({ template, row, ...(packVersion ? { packVersion } : {}), ...(auteur ? { auteur } : {}) }),
    [template, row, packVersion, auteur],
  );
  const text = useMemo(() => proposalText(proposal), [proposal]);
  const [href, setHref] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(proposal, null, 2)], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [proposal]);

  return (
    <div className="ag-proposal" data-testid="template-proposal">
      <h3>Proposer « {template.title} » au niveau national</h3>
      <p className="ag-hint">Copiez ce texte dans un message à l'assistance nationale, ou joignez le fichier.</p>
      <label className="ag-label" htmlFor={`${id}-text`}>
        Texte de la proposition
      </label>
      <textarea id={`${id}-text`} className="ag-textarea" rows={14} readOnly value={text} data-testid="proposal-text" />
      <p>
        <button
          type="button"
          className="ag-btn"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(text);
              setCopied('Texte copié.');
            } catch {
              setCopied('Copie impossible : sélectionnez le texte puis Ctrl + C.');
            }
          }}
        >
          Copier le texte
        </button>{' '}
        {href && (
          <a className="ag-btn ag-btn--secondary" href={href} download={proposalFileName(proposal)}>
            Télécharger le fichier (JSON)
          </a>
        )}{' '}
        <button type="button" className="ag-btn ag-btn--tertiary" onClick={onClose}>
          Fermer
        </button>
      </p>
      <p role="status" aria-live="polite">
        {copied}
      </p>
    </div>
  );
}
