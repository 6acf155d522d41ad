// Shared sample solicitations for the tracking unit tests.
import type { SolicitationRow } from '@/lib/tracking/solicitation';

export function sampleRow(over: Partial<SolicitationRow> = {}): SolicitationRow {
  return {
    channel: 'telephone', date: '2025-03-26T10:15:00+01:00', phone: '0656844329', structure: 'CHU', durationMinutes: 7,
    niveau: 1, rowId: 'acces.connexion.mdp', thematique: 'ACCÈS ET AUTHENTIFICATION', motif: 'Problème de connexion au SI SIAO',
    sousMotif: 'Réinitialisation mot de passe', status: 'oui', escalated: false, note: '', ...over,
  };
}
