// Every store of personal data on the poste, with this context's database (background: retention purge, « Tout supprimer »).
import { db } from '../db';
import type { PersonalStores } from './retention';

export function localPersonalStores(rest: Omit<PersonalStores, 'db'>): PersonalStores {
  return { db: db(), ...rest };
}
