// Whether a requester's display name is a person (« Bonjour Julie, ») or a mailbox / organisation (« Bonjour, »).
import { fold } from './row-filter';

/** Words that name a service or an organisation, not a person. */
const ORGANISATION_WORDS = [
  'accueil', 'secretariat', 'service', 'siao', 'chrs', 'ccas', 'cada', 'huda', 'association', 'asso', 'mairie', 'centre',
  'foyer', 'equipe', 'standard', 'contact', 'support', 'direction', 'pole', 'residence', 'maison', 'plateforme', 'admin',
  'info', 'noreply', 'no-reply', 'ne-pas-repondre', 'les', 'la', 'le', 'du', 'des', 'de', 'hebergement', 'urgence', 'samu',
  'social', 'sociale', 'departement', 'conseil', 'agence', 'groupe', 'fondation', 'croix', 'secours', 'emmaus',
];

export function isPersonName(name: string, structure = ''): boolean {
  const clean = name.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  if (!clean || clean.includes('@') || /\d/.test(clean)) return false;
  // « Les Lilas - Accueil », « CHRS – Standard »
  if (/\s[-–—/|]\s|[()]/.test(clean)) return false;
  if (structure.trim() && fold(clean) === fold(structure.trim())) return false;
  const words = fold(clean).split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => ORGANISATION_WORDS.includes(w))) return false;
  // A single all-caps word of 2–6 letters is an acronym (« SIAO », « CCAS »), not a first name.
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(clean)) return false;
  return true;
}
