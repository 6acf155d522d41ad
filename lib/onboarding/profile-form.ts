// The welcome page's profile form: zod schema of what the référent types, with i18n message keys as error messages.
import { z } from 'zod';
import type { Profil } from '@/lib/settings';
import type { MessageKey } from '@/lib/i18n';

const LINE_MAX = 500;
const SIGNATURE_MAX = 2000;

const line = z.string().trim().max(LINE_MAX, { error: 'errTooLong' satisfies MessageKey });

export const profileFormSchema = z.object({
  prenom: line.min(1, { error: 'errPrenomRequired' satisfies MessageKey }),
  nom: line.min(1, { error: 'errNomRequired' satisfies MessageKey }),
  email: z
    .string()
    .trim()
    .min(1, { error: 'errEmailRequired' satisfies MessageKey })
    .pipe(z.email({ error: 'errEmailInvalid' satisfies MessageKey })),
  siao: line,
  siaoEmail: z
    .string()
    .trim()
    .pipe(z.union([z.literal(''), z.email({ error: 'errEmailInvalid' satisfies MessageKey })], { error: 'errEmailInvalid' satisfies MessageKey })),
  departement: line,
  profil: line,
  signature: z.string().max(SIGNATURE_MAX, { error: 'errSignatureTooLong' satisfies MessageKey }),
});
export type ProfileForm = z.infer<typeof profileFormSchema>;
export type ProfileField = keyof ProfileForm;

/** Order of the fields on the page (also the order of the error summary). */
export const PROFILE_FIELDS: readonly ProfileField[] = ['prenom', 'nom', 'email', 'siao', 'siaoEmail', 'departement', 'profil', 'signature'];
export const REQUIRED_PROFILE_FIELDS: ReadonlySet<ProfileField> = new Set(['prenom', 'nom', 'email']);

export type ProfileFormResult =
  | { ok: true; profil: Profil }
  | { ok: false; errors: Partial<Record<ProfileField, MessageKey>> };

/** Validates the typed values; on failure gives the first error of each field as a message key, in field order. */
export function parseProfileForm(values: Record<ProfileField, string>): ProfileFormResult {
  const parsed = profileFormSchema.safeParse(values);
  if (parsed.success) return { ok: true, profil: parsed.data };
  const errors: Partial<Record<ProfileField, MessageKey>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ProfileField | undefined;
    if (field && !(field in errors)) errors[field] = issue.message as MessageKey;
  }
  const ordered: Partial<Record<ProfileField, MessageKey>> = {};
  for (const f of PROFILE_FIELDS) if (errors[f]) ordered[f] = errors[f];
  return { ok: false, errors: ordered };
}

/** Form values from a stored profile (every field as a string). */
export function profileToForm(profil: Profil): Record<ProfileField, string> {
  return {
    prenom: profil.prenom,
    nom: profil.nom,
    email: profil.email,
    siao: profil.siao,
    siaoEmail: profil.siaoEmail,
    departement: profil.departement,
    profil: profil.profil,
    signature: profil.signature,
  };
}
