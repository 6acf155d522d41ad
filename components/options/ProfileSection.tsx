// Options page, section Profil: prénom, nom, e-mail, SIAO / département, profil, signature (saved at once in storage; state in useProfileForm).
import { useId } from 'react';
import { t } from '@/lib/i18n';
import { PROFILE_FIELDS, REQUIRED_PROFILE_FIELDS, type ProfileField } from '@/lib/onboarding/profile-form';
import { useProfileForm } from '../useProfileForm';

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

export function ProfileSection() {
  const id = useId();
  const { values, loading, errors, save, update, submit } = useProfileForm();

  return (
    <section id="profil" className="ag-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Profil</h2>
      <p className="ag-hint">Ces informations remplissent vos réponses (signature) et le formulaire d'escalade. Les champs marqués * sont obligatoires.</p>
      {loading ? (
        <p>Chargement…</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="profile-form">
          {PROFILE_FIELDS.map((f) => {
            const spec = LABELS[f];
            const fid = `${id}-${f}`;
            const key = errors[f];
            const err = key ? t(key) : undefined;
            const common = {
              id: fid,
              name: f,
              value: values[f],
              'aria-invalid': err ? true : undefined,
              'aria-describedby': err ? `${fid}-err` : undefined,
              onChange: (e: { target: { value: string } }) => update(f, e.target.value),
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
          <button type="submit" className="ag-btn" disabled={save.kind === 'saving'}>
            {save.kind === 'saving' ? 'Enregistrement…' : 'Enregistrer le profil'}
          </button>
          <div role="status" aria-live="polite" data-testid="profile-status">
            {save.kind === 'saved' && <p className="ag-alert ag-alert--success">Profil enregistré : il s'applique tout de suite.</p>}
            {save.kind === 'failed' && <p className="ag-alert ag-alert--error">Échec de l'enregistrement : {save.reason}</p>}
          </div>
        </form>
      )}
    </section>
  );
}
