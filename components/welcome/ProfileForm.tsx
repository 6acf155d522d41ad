// Welcome page: the référent's profile form in DSFR markup (error summary, keyboard-friendly), saved with onboarded: true (state in useProfileForm).
import { useEffect, useRef } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { PROFILE_FIELDS, REQUIRED_PROFILE_FIELDS, type ProfileField } from '@/lib/onboarding/profile-form';
import { useProfileForm } from '../useProfileForm';

interface FieldSpec {
  label: MessageKey;
  hint?: MessageKey;
  type?: 'text' | 'email';
  autoComplete?: string;
  multiline?: boolean;
}

const FIELDS: Record<ProfileField, FieldSpec> = {
  prenom: { label: 'fieldPrenom', autoComplete: 'given-name' },
  nom: { label: 'fieldNom', autoComplete: 'family-name' },
  email: { label: 'fieldEmail', hint: 'fieldEmailHint', type: 'email', autoComplete: 'email' },
  siao: { label: 'fieldSiao', hint: 'fieldSiaoHint', autoComplete: 'organization' },
  siaoEmail: { label: 'fieldSiaoEmail', hint: 'fieldSiaoEmailHint', type: 'email' },
  departement: { label: 'fieldDepartement', hint: 'fieldDepartementHint' },
  profil: { label: 'fieldProfil', hint: 'fieldProfilHint', autoComplete: 'organization-title' },
  signature: { label: 'fieldSignature', hint: 'fieldSignatureHint', multiline: true },
};

const fieldId = (f: ProfileField) => `profil-${f}`;

const ONBOARDED = { onboarded: true } as const;

export function ProfileForm() {
  const { values, loadFailed, errors, save, update, submit } = useProfileForm(ONBOARDED);
  const summary = useRef<HTMLDivElement>(null);
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errors, errorCount]);

  return (
    <section className="fr-mt-6w" aria-labelledby="profil-titre">
      <h2 id="profil-titre">{t('profileTitle')}</h2>
      <p>{t('profileIntro')}</p>
      {loadFailed && (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
          <p>{t('profileLoadError')}</p>
        </div>
      )}
      {errorCount > 0 && (
        <div className="fr-alert fr-alert--error fr-mb-3w" ref={summary} tabIndex={-1} role="alert" data-testid="profile-errors">
          <h3 className="fr-alert__title">{t('profileErrorsTitle', String(errorCount))}</h3>
          <p>{t('profileErrorsIntro')}</p>
          <ul>
            {PROFILE_FIELDS.filter((f) => errors[f]).map((f) => (
              <li key={f}>
                <a href={`#${fieldId(f)}`}>
                  {t('profileErrorsItem', [t(FIELDS[f].label), t(errors[f]!)])}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="profil-titre">
        <p className="fr-hint-text">{t('profileRequiredHint')}</p>
        {PROFILE_FIELDS.map((f) => (
          <Field key={f} field={f} spec={FIELDS[f]} value={values[f]} error={errors[f]} onChange={(v) => update(f, v)} />
        ))}
        <button type="submit" className="fr-btn" disabled={save.kind === 'saving'}>
          {save.kind === 'saving' ? t('profileSaving') : t('profileSubmit')}
        </button>
      </form>
      <div role="status" aria-live="polite" className="fr-mt-2w" data-testid="profile-status">
        {save.kind === 'saved' && (
          <div className="fr-alert fr-alert--success fr-alert--sm">
            <p>{t('profileSaved')}</p>
          </div>
        )}
      </div>
      <div aria-live="assertive">
        {save.kind === 'failed' && (
          <div className="fr-alert fr-alert--error fr-alert--sm">
            <p>{t('profileSaveError', save.reason)}</p>
          </div>
        )}
      </div>
    </section>
  );
}

interface FieldProps {
  field: ProfileField;
  spec: FieldSpec;
  value: string;
  error?: MessageKey;
  onChange: (value: string) => void;
}

function Field({ field, spec, value, error, onChange }: FieldProps) {
  const id = fieldId(field);
  const required = REQUIRED_PROFILE_FIELDS.has(field);
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  // The hint is part of the label (DSFR); only the error is added to the description.
  const describedBy = errorId;
  const common = {
    id,
    name: field,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {t(spec.label)}
        {required && <span aria-hidden="true"> *</span>}
        {spec.hint && (
          <span className="fr-hint-text" id={hintId}>
            {t(spec.hint)}
          </span>
        )}
      </label>
      {spec.multiline ? (
        <textarea {...common} className={`fr-input${error ? ' fr-input--error' : ''}`} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          className={`fr-input${error ? ' fr-input--error' : ''}`}
          type={spec.type ?? 'text'}
          autoComplete={spec.autoComplete ?? 'off'}
          spellCheck={spec.type === 'email' ? false : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {error && (
        <p className="fr-error-text" id={errorId}>
          {t(error)}
        </p>
      )}
    </div>
  );
}
