// Hook of the référent's profile form (welcome page and options page): load once, edit, validate, save, with its French error path.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { loadSettings, saveSettings, type Settings } from '@/lib/settings';
import type { MessageKey } from '@/lib/i18n';
import { parseProfileForm, profileToForm, type ProfileField } from '@/lib/onboarding/profile-form';

export type ProfileValues = Record<ProfileField, string>;
export type ProfileErrors = Partial<Record<ProfileField, MessageKey>>;
export type ProfileSaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

const EMPTY: ProfileValues = { prenom: '', nom: '', email: '', siao: '', siaoEmail: '', departement: '', profil: '', signature: '' };

/** `extra` is saved with the profile (the welcome page marks the référent as onboarded). */
export function useProfileForm(extra: Partial<Settings> = {}) {
  const [values, setValues] = useState<ProfileValues>(EMPTY);
  const [loading, setLoading] = useState(true);
  const [loadFailed, setLoadFailed] = useState(false);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [save, setSave] = useState<ProfileSaveState>({ kind: 'idle' });
  const touched = useRef(false);

  useEffect(() => {
    let alive = true;
    loadSettings().then(
      (s) => {
        if (!alive) return;
        if (!touched.current) setValues(profileToForm(s.profil));
        setLoading(false);
      },
      () => {
        if (!alive) return;
        setLoadFailed(true);
        setLoading(false);
      },
    );
    return () => {
      alive = false;
    };
  }, []);

  function update(field: ProfileField, value: string) {
    touched.current = true;
    setValues((v) => ({ ...v, [field]: value }));
    if (save.kind === 'saved' || save.kind === 'failed') setSave({ kind: 'idle' });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseProfileForm(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setSave({ kind: 'idle' });
      return;
    }
    setErrors({});
    setSave({ kind: 'saving' });
    try {
      await saveSettings({ profil: parsed.profil, ...extra });
      setSave({ kind: 'saved' });
    } catch (err) {
      setSave({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
    }
  }

  return { values, loading, loadFailed, errors, save, update, submit };
}
