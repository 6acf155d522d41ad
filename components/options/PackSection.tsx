// Options page, section Pack de données: source (intégré, fichier, adresse), "Mettre à jour" (asked of the background) with progress and result, version, last error.
import { useEffect, useId, useState } from 'react';
import { saveSettings, type PackSource } from '@/lib/settings';
import type { PackInstallResult } from '@/lib/pack/protocol';
import { useSettings } from '@/components/useSettings';
import { usePackStatus } from './queries';
import { usePackFile, usePackUrl } from './usePackSource';

const SOURCE_LABEL: Record<PackSource['kind'], string> = {
  bundled: 'pack intégré à l’extension',
  file: 'fichier',
  url: 'adresse (URL)',
};

function formatDate(iso?: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('fr-FR');
}

function ResultView({ result, onConfirmDowngrade }: { result: PackInstallResult; onConfirmDowngrade?: () => void }) {
  const tone =
    result.status === 'refused' || result.status === 'error'
      ? 'ag-alert--error'
      : result.status === 'downgrade'
        ? 'ag-alert--warning'
        : 'ag-alert--success';
  return (
    <div className={`ag-alert ${tone}`} data-testid="pack-result" data-status={result.status}>
      <p>{result.message}</p>
      {result.status === 'refused' && (
        <ul>
          {result.errors.slice(0, 20).map((e) => (
            <li key={e.path + e.message}>
              <code>{e.path || '(pack)'}</code> : {e.message}
            </li>
          ))}
          {result.errors.length > 20 && <li>… et {result.errors.length - 20} autres problèmes.</li>}
        </ul>
      )}
      {result.status === 'downgrade' && onConfirmDowngrade && (
        <button type="button" className="ag-btn ag-btn--secondary ag-btn--sm" onClick={onConfirmDowngrade}>
          Installer quand même la version {result.version}
        </button>
      )}
    </div>
  );
}

export function PackSection() {
  const id = useId();
  const settings = useSettings();
  const status = usePackStatus();
  const source = settings.packSource;
  const file = usePackFile();
  const remote = usePackUrl(source);
  const [kind, setKind] = useState<PackSource['kind']>(source.kind);

  useEffect(() => setKind(source.kind), [source]);

  async function chooseBundled() {
    setKind('bundled');
    await saveSettings({ packSource: { kind: 'bundled' } });
  }

  const s = status.data;
  return (
    <section id="pack" className="ag-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Pack de données</h2>
      <p className="ag-hint">
        Le pack contient la nomenclature, les réponses types et le catalogue de la base de connaissances. L'équipe nationale peut le mettre à
        jour sans nouvelle version de l'extension.
      </p>
      <dl className="ag-pack-status" data-testid="pack-status">
        <dt>Pack en cours</dt>
        <dd>
          {s ? (
            <>
              {s.id} version <strong data-testid="pack-version">{s.version}</strong>
            </>
          ) : status.isError ? (
            'inconnu'
          ) : (
            'chargement…'
          )}
        </dd>
        <dt>Source</dt>
        <dd>{s ? `${SOURCE_LABEL[s.source]}${s.origin ? ` — ${s.origin}` : ''}` : '—'}</dd>
        <dt>Chargé le</dt>
        <dd>{formatDate(s?.loadedAt)}</dd>
        {s?.checkedAt && (
          <>
            <dt>Dernière vérification</dt>
            <dd>{formatDate(s.checkedAt)}</dd>
          </>
        )}
      </dl>
      {s?.lastError && (
        <div className="ag-alert ag-alert--error" data-testid="pack-last-error">
          <p>
            <strong>Dernière erreur :</strong> {s.lastError}
          </p>
        </div>
      )}

      <fieldset className="ag-field">
        <legend className="ag-label">Source du pack</legend>
        <label>
          <input type="radio" name={`${id}-src`} checked={kind === 'bundled'} onChange={() => void chooseBundled()} /> Pack intégré à
          l'extension
        </label>
        <label>
          <input type="radio" name={`${id}-src`} checked={kind === 'file'} onChange={() => setKind('file')} /> Fichier
        </label>
        <label>
          <input type="radio" name={`${id}-src`} checked={kind === 'url'} onChange={() => setKind('url')} /> Adresse (URL)
        </label>
      </fieldset>

      {kind === 'bundled' && <p className="ag-hint">Le pack intégré est mis à jour avec l'extension.</p>}

      {kind === 'file' && (
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-file`}>
            Fichier de pack (.json)
          </label>
          <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void file.onFile(e)} data-testid="pack-file" />
          {file.checking && <p role="status">Vérification du fichier…</p>}
          {file.result && <ResultView result={file.result} onConfirmDowngrade={() => void file.confirmFileDowngrade()} />}
        </div>
      )}

      {kind === 'url' && (
        <div className="ag-field">
          <label className="ag-label" htmlFor={`${id}-url`}>
            Adresse du pack
          </label>
          <input
            id={`${id}-url`}
            className="ag-input"
            type="url"
            value={remote.urlInput}
            placeholder="https://…/sisiao.fr.json"
            aria-invalid={remote.urlError ? true : undefined}
            onChange={(e) => remote.setUrlInput(e.target.value)}
          />
          {remote.urlError && <p className="ag-error-text">{remote.urlError}</p>}
          <p>
            <button type="button" className="ag-btn ag-btn--secondary" onClick={() => void remote.saveUrl()}>
              Enregistrer l'adresse
            </button>{' '}
            <button
              type="button"
              className="ag-btn"
              disabled={!remote.url || remote.checking}
              onClick={remote.update}
            >
              Mettre à jour
            </button>
          </p>
          <div role="status" aria-live="polite" data-testid="pack-progress">
            {remote.checking && (
              <p>
                <progress aria-label="Mise à jour du pack" />{' '}
                {remote.failureCount > 0 ? `Nouvelle tentative (${remote.failureCount}/3)…` : 'Vérification de l’adresse…'}
              </p>
            )}
          </div>
          {remote.error && !remote.checking && (
            <div className="ag-alert ag-alert--error" data-testid="pack-result" data-status="error">
              <p>{remote.error.message} Le pack précédent reste utilisé.</p>
            </div>
          )}
          {remote.result && !remote.error && <ResultView result={remote.result} onConfirmDowngrade={() => void remote.confirmUrlDowngrade()} />}
        </div>
      )}
    </section>
  );
}
