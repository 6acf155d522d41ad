// Options page, section Sites autorisés: Zendesk, Freshdesk (optional host permissions asked with an explanation).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { OPTIONAL_SITES, type OptionalSite } from '@/lib/sidebar/sites';

async function grantedIds(): Promise<Set<string>> {
  const origins = new Set((await browser.permissions.getAll()).origins ?? []);
  return new Set(OPTIONAL_SITES.filter((s) => s.origins.every((o) => origins.has(o))).map((s) => s.id));
}

export function SitesSection() {
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void grantedIds().then(setGranted, () => {});
  }, []);

  async function toggle(site: OptionalSite, allow: boolean) {
    try {
      const done = allow
        ? await browser.permissions.request({ origins: site.origins })
        : await browser.permissions.remove({ origins: site.origins });
      setGranted(await grantedIds());
      setMessage(
        done
          ? { ok: true, text: allow ? `Aiguilleur est autorisé sur ${site.label}.` : `Autorisation retirée pour ${site.label}.` }
          : { ok: false, text: 'Le navigateur n’a pas accordé l’autorisation : rien n’a changé.' },
      );
    } catch (err) {
      setMessage({ ok: false, text: `L’autorisation n’a pas pu être modifiée (${err instanceof Error ? err.message : String(err)}).` });
    }
  }

  return (
    <section id="sites" className="ag-section" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites autorisés</h2>
      <p className="ag-hint">
        Aiguilleur lit la page du ticket pour le qualifier ; il n’envoie rien. HubSpot est autorisé d’office. Pour un autre outil de
        ticket, autorisez-le ici : la barre apparaîtra sur ses pages. Sur tout autre site, le raccourci Alt+Maj+S l’ouvre à la demande
        sur l’onglet en cours.
      </p>
      <ul className="ag-sites">
        {OPTIONAL_SITES.map((site) => {
          const on = granted.has(site.id);
          return (
            <li key={site.id}>
              <strong>{site.label}</strong> <span className="ag-hint">({site.origins.join(', ')})</span>{' '}
              <button type="button" className={on ? 'ag-btn ag-btn--secondary ag-btn--sm' : 'ag-btn ag-btn--sm'} onClick={() => void toggle(site, !on)}>
                {on ? 'Retirer l’autorisation' : 'Autoriser'}
              </button>
            </li>
          );
        })}
      </ul>
      {message && (
        <p className={`ag-alert ${message.ok ? 'ag-alert--success' : 'ag-alert--error'}`} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
