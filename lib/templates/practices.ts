// The seed's « 5 bonnes pratiques » where a value decides: vague ticket subjects, the paragraph inviting explicit ones, the call's reformulation.
import { foldCase } from '../classify/normalize';
import type { NomenclatureRow } from '../pack/schema';

/** Words that say nothing of the request on their own (folded: lower case, no accents). */
const VAGUE_WORDS = new Set([
  'mdp', 'mot', 'de', 'passe', 'probleme', 'problemes', 'pb', 'pbm', 'souci', 'soucis', 'urgent', 'urgence', 'tres', 'svp',
  'aide', 'help', 'question', 'questions', 'demande', 'bug', 'bugs', 'erreur', 'info', 'infos', 'information', 'bonjour',
  'si', 'siao', 'sisiao', 'le', 'la', 'un', 'une', 'mon', 'ma', 'a', 'au', 'en', 're', 'tr', 'fw', 'fwd', 'important',
]);

/** True when the subject is only vague words (« mdp », « Problème », « URGENT !! », « Re: question »), at most 4 of them. */
export function isVagueSubject(subject: string): boolean {
  const words = foldCase(subject).split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 && words.length <= 4 && words.every((w) => VAGUE_WORDS.has(w));
}

/** The paragraph that invites users to write explicit subjects next time. */
export function explicitSubjectParagraph(subject: string): string {
  const quoted = subject.trim().replace(/\s+/g, ' ');
  return (
    `Pour que vos prochaines demandes soient traitées plus vite, merci d’indiquer dans l’objet ce qui se passe et où ` +
    `(par exemple « Réinitialisation du mot de passe : lien expiré » plutôt que « ${quoted} »).`
  );
}

/** The line the référent reads back to the caller before answering (« Toujours reformuler la demande »). */
export function reformulation(row: Pick<NomenclatureRow, 'motif' | 'sousMotif'>): string {
  return `Si je reformule : votre demande concerne « ${row.sousMotif} » (${row.motif}). C’est bien cela ?`;
}
