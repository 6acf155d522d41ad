// The ticket as read from the page: subject, requester, first message, requester's own classification, unread parts.
import type { Ticket } from '@/lib/crm/ticket';
import { MISSING } from '@/lib/crm/build';

export function TicketSummary({ ticket, adapterLabel }: { ticket: Ticket | null; adapterLabel: string }) {
  if (!ticket) return <p className="ag-hint">Lecture de la page…</p>;
  const choice = ticket.requesterChoice;
  return (
    <section className="ag-section" aria-labelledby="ag-ticket-title">
      <h2 id="ag-ticket-title">
        Demande{ticket.id ? ` n° ${ticket.id}` : ''} <span className="ag-hint">({adapterLabel})</span>
      </h2>
      {ticket.subject && <p className="ag-ticket-subject" data-testid="ticket-subject"><strong>{ticket.subject}</strong></p>}
      {(ticket.requester.name || ticket.requester.email) && (
        <p className="ag-hint" data-testid="ticket-requester">
          {ticket.requester.name}
          {ticket.requester.email && ` <${ticket.requester.email}>`}
          {ticket.structure && ` · ${ticket.structure}`}
        </p>
      )}
      {ticket.firstMessage && (
        <details className="ag-ticket-message">
          <summary>Premier message</summary>
          <p className="ag-pre">{ticket.firstMessage.slice(0, 2000)}</p>
        </details>
      )}
      {choice && (choice.thematique || choice.sousMotif) && (
        <p className="ag-hint" data-testid="requester-choice">
          Choix du demandeur : {[choice.thematique, choice.motif, choice.sousMotif].filter(Boolean).join(' › ')}
        </p>
      )}
      {ticket.missing.length > 0 && (
        <div className="ag-alert ag-alert--warning" role="status" data-testid="ticket-missing">
          Non lu sur la page : {ticket.missing.filter((m) => m !== MISSING.selection).join(', ') || 'la demande'}.{' '}
          {ticket.missing.includes(MISSING.selection)
            ? 'Sélectionnez sur la page le texte de la demande (objet et message) : Aiguilleur le lira à la place. Vous pouvez aussi qualifier la demande à la main ci-dessous, ou montrer les champs à Aiguilleur depuis « Diagnostic ».'
            : 'Qualifiez la demande à la main ci-dessous.'}
        </div>
      )}
    </section>
  );
}
