// Unit tests of lib/onboarding/profile-form.ts: required fields, e-mail format, trimming, error order.
import { describe, expect, it } from 'vitest';
import { parseProfileForm, profileToForm, PROFILE_FIELDS } from '@/lib/onboarding/profile-form';
import { defaultSettings } from '@/lib/settings';
import { FRENCH_MESSAGES } from '@/lib/i18n';

const valid = {
  prenom: ' Camille ',
  nom: 'Martin',
  email: 'camille.martin@siao75.fr',
  siao: 'SIAO 75',
  siaoEmail: '',
  departement: '75 - Paris',
  profil: 'Référent SI SIAO',
  signature: 'Camille Martin\nRéférente SI SIAO',
};

describe('parseProfileForm', () => {
  it('accepts a complete profile and trims single-line fields', () => {
    const r = parseProfileForm(valid);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.profil.prenom).toBe('Camille');
      expect(r.profil.signature).toBe('Camille Martin\nRéférente SI SIAO');
    }
  });

  it('reports the three required fields, in page order, with known message keys', () => {
    const r = parseProfileForm({ ...valid, prenom: '  ', nom: '', email: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors)).toEqual(['prenom', 'nom', 'email']);
      expect(r.errors.email).toBe('errEmailRequired');
      for (const key of Object.values(r.errors)) expect(FRENCH_MESSAGES[key!]).toBeDefined();
    }
  });

  it('rejects a malformed e-mail with its own message', () => {
    const r = parseProfileForm({ ...valid, email: 'camille.martin' });
    expect(r).toEqual({ ok: false, errors: { email: 'errEmailInvalid' } });
  });

  it('accepts an empty local SIAO address but rejects a malformed one', () => {
    expect(parseProfileForm({ ...valid, siaoEmail: ' assistance@siao75.fr ' })).toMatchObject({ ok: true, profil: { siaoEmail: 'assistance@siao75.fr' } });
    expect(parseProfileForm({ ...valid, siaoEmail: 'siao75' })).toEqual({ ok: false, errors: { siaoEmail: 'errEmailInvalid' } });
  });

  it('rejects an over-long signature', () => {
    const r = parseProfileForm({ ...valid, signature: 'x'.repeat(2001) });
    expect(r).toEqual({ ok: false, errors: { signature: 'errSignatureTooLong' } });
  });

  it('optional fields may stay empty', () => {
    expect(parseProfileForm({ ...valid, siao: '', departement: '', profil: '', signature: '' }).ok).toBe(true);
  });
});

describe('profileToForm', () => {
  it('gives every field of the form', () => {
    expect(Object.keys(profileToForm(defaultSettings.profil)).sort()).toEqual([...PROFILE_FIELDS].sort());
  });
});
