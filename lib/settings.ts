// The référent's settings (profile, pack source, escalation, privacy): zod schema and typed storage items.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { safeUnwatch } from './safe-unwatch';

export const profilSchema = z.object({
  prenom: z.string().default(''),
  nom: z.string().default(''),
  email: z.string().default(''),
  /** SIAO or département label, e.g. "SIAO 75" */
  siao: z.string().default(''),
  /** The local SIAO's support address users should write to first (`{{siao.email}}` in templates). */
  siaoEmail: z.string().default(''),
  /** Département number or name as asked by the support form ("75 - Paris"). */
  departement: z.string().default(''),
  /** Profil as asked by the support form (« Quel est votre profil ? »), e.g. "Référent SI SIAO". */
  profil: z.string().default('Référent SI SIAO'),
  signature: z.string().default(''),
});
export type Profil = z.infer<typeof profilSchema>;

export const packSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bundled') }),
  z.object({ kind: z.literal('file'), name: z.string() }),
  z.object({ kind: z.literal('url'), url: z.url({ protocol: /^https?$/ }) }),
]);
export type PackSource = z.infer<typeof packSourceSchema>;

export const DEFAULT_SUPPORT_FORM_URL =
  'https://basedeconnaissances.sisiao.dihal.gouv.fr/support/kb-tickets/new';

export const settingsSchema = z.object({
  profil: profilSchema.default(profilSchema.parse({})),
  packSource: packSourceSchema.default({ kind: 'bundled' }),
  supportFormUrl: z.url({ protocol: /^https?$/ }).default(DEFAULT_SUPPORT_FORM_URL),
  consentCommunications: z.boolean().default(false),
  attachScreenshot: z.boolean().default(false),
  retentionMonths: z.number().int().min(1).max(120).default(13),
  onboarded: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Parses stored settings, falling back field by field to defaults so that a bad value never blocks the sidebar. */
export function parseSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(obj[key]);
    out[key] = field.success ? field.data : defaultSettings[key];
  }
  return settingsSchema.parse(out);
}

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return safeUnwatch(settingsItem.watch((v) => cb(parseSettings(v))));
}
