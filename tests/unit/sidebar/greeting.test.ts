// Requester names that are people, and mailboxes that are not.
import { describe, expect, it } from 'vitest';
import { isPersonName } from '@/lib/sidebar/greeting';

describe('isPersonName', () => {
  it('accepts people, hyphenated first names included', () => {
    for (const n of ['Camille Martin', 'Jean-Pierre Roux', 'MARTIN Julie', 'Sabrina K.']) expect(isPersonName(n), n).toBe(true);
  });
  it('rejects organisations and shared mailboxes', () => {
    for (const n of ['Les Lilas - Accueil', 'Accueil', 'SIAO 93', 'CCAS', 'Secrétariat CHRS', 'contact@siao.fr', 'Mairie de Lyon'])
      expect(isPersonName(n), n).toBe(false);
    expect(isPersonName('Le Phare', 'Le Phare')).toBe(false);
  });
});
