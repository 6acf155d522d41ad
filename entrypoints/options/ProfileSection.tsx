// Options page, section Profil: prénom, nom, e-mail, SIAO / département, profil, signature (saved at once in storage).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { loadSettings, saveSettings } from '@/lib/settings';
import { t } from '@/lib/i18n';
import { parseProfileForm, profileToForm, PROFILE_FIELDS, REQUIRED_PROFILE_FIELDS, type ProfileField } from '@/lib/onboarding/profile-form';

const LABELS: Record<ProfileField, { label: string; hint?: string; type?: string; multiline?: boolean; autoComplete?: string }> = {
  prenom: { label: 'Prénom', autoComplete: 'given-name' },
  nom: { label: 'Nom', autoComplete: 'family-name' },
  email: { label: 'E-mail', type: 'email', autoComplete: 'email' },
  siao: { label: 'SIAO', hint: 'ex. SIAO 75' },
  siaoEmail: { label: 'Adresse e-mail d’assistance du SIAO local', hint: 'adresse à laquelle les utilisateurs écrivent en priorité ({{siao.email}} dans les réponses types)', type: 'email' },
  departement: { label: 'Département', hint: 'tel que demandé par le formulaire de support, ex. 75 - Paris' },
  profil: { label: 'Profil', hint: 'ex. Référent SI SIAO' },
  signature: { label: 'Signature', hint: 'ajoutée en fin de réponse ({{referent.signature}}) ; vide : « Prénom Nom » et le SIAO', multiline: true },
};

type Values = Record<ProfileField, string>;

export function ProfileSection() {
  const id = useId();
  const [values, setValues] = useState<Values | null>(null);
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { failed: string }>('idle');
  const touched = useRef(false);

  useEffect(() => {
    let alive = true;
    loadSettings().then(
      (s) => alive && !touched.current && setValues(profileToForm(s.profil)),
      () => alive && setValues(profileToForm({ prenom: '', nom: '', email: '', siao: '', siaoEmail: '', departement: '', profil: '', signature: '' })),
    );
    return () => {
      alive = false;
    };
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!values) return;
    const parsed = parseProfileForm(values);
    if (!parsed.ok) {
      const errs: Partial<Record<ProfileField, string>> = {};
      for (const [f, key] of Object.entries(parsed.errors) as [ProfileField, Parameters<typeof t>[0]][]) errs[f] = t(key);
      setErrors(errs);
      setState('idle');
      return;
    }
    setErrors({});
    setState('saving');
    try {
      await saveSettings({ profil: parsed.profil });
      setState('saved');
    } catch (err) {
      setState({ failed: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <section id="profil" className="ag-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Profil</h2>
      <p className="ag-hint">Ces informations remplissent vos réponses (signature) et le formulaire d'escalade. Les champs marqués * sont obligatoires.</p>
      {values === null ? (
        <p>Chargement…</p>
      ) : (
        <form onSubmit={submit} noValidate data-testid="profile-form">
          {PROFILE_FIELDS.map((f) => {
            const spec = LABELS[f];
            const fid = `${id}-${f}`;
            const err = errors[f];
            const common = {
              id: fid,
              name: f,
              value: values[f],
              'aria-invalid': err ? true : undefined,
              'aria-describedby': err ? `${fid}-err` : undefined,
              onChange: (e: { target: { value: string } }) => {
                touched.current = true;
                setValues((v) => (v ? { ...v, [f]: e.target.value } : v));
                if (state !== 'saving') setState('idle');
              },
            };
            return (
              <div className="ag-field" key={f}>
                <label className="ag-label" htmlFor={fid}>
                  {spec.label}
                  {REQUIRED_PROFILE_FIELDS.has(f) && <span aria-hidden="true"> *</span>}
                  {spec.hint && <span className="ag-hint"> — {spec.hint}</span>}
                </label>
                {spec.multiline ? (
                  <textarea className="ag-textarea" rows={4} {...common} />
                ) : (
                  <input className="ag-input" type={spec.type ?? 'text'} autoComplete={spec.autoComplete ?? 'off'} {...common} />
                )}
                {err && (
                  <p className="ag-error-text" id={`${fid}-err`}>
                    {err}
                  </p>
                )}
              </div>
            );
          })}
          <button type="submit" className="ag-btn" disabled={state === 'saving'}>
            {state === 'saving' ? 'Enregistrement…' : 'Enregistrer le profil'}
          </button>
          <div role="status" aria-live="polite" data-testid="profile-status">
            {state === 'saved' && <p className="ag-alert ag-alert--success">Profil enregistré : il s'applique tout de suite.</p>}
            {typeof state === 'object' && <p className="ag-alert ag-alert--error">Échec de l'enregistrement : {state.failed}</p>}
          </div>
        </form>
      )}
    </section>
  );
}
