// Options page, section Pack de données: source (intégré, fichier, adresse), "Mettre à jour" with progress and result, version, last error.
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { saveSettings, packSourceSchema, type PackSource } from '@/lib/settings';
import type { PackInstallResult } from '@/lib/pack/protocol';
import { useSettings } from '@/components/useSettings';
import { useInstallPack, usePackStatus, useRemotePack } from './queries';

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
  const install = useInstallPack();
  const source = settings.packSource;
  const url = source.kind === 'url' ? source.url : null;
  const remote = useRemotePack(url, status.data);
  const [kind, setKind] = useState<PackSource['kind']>(source.kind);
  const [urlInput, setUrlInput] = useState(url ?? '');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [fileResult, setFileResult] = useState<PackInstallResult | null>(null);
  const [fileRaw, setFileRaw] = useState<{ raw: unknown; name: string } | null>(null);
  const [confirmed, setConfirmed] = useState<PackInstallResult | null>(null);

  useEffect(() => {
    setKind(source.kind);
    if (source.kind === 'url') setUrlInput(source.url);
  }, [source]);

  async function chooseBundled() {
    setKind('bundled');
    await saveSettings({ packSource: { kind: 'bundled' } });
  }

  async function saveUrl() {
    const parsed = packSourceSchema.safeParse({ kind: 'url', url: urlInput.trim() });
    if (!parsed.success) {
      setUrlError('Adresse invalide : saisissez une adresse complète en http:// ou https://.');
      return;
    }
    setUrlError(null);
    setConfirmed(null);
    await saveSettings({ packSource: parsed.data });
  }

  async function installFile(raw: unknown, name: string, allowDowngrade = false) {
    const result = await install.mutateAsync({ raw, source: { kind: 'file', name }, ...(allowDowngrade ? { allowDowngrade: true } : {}) });
    setFileResult(result);
    setFileRaw(result.status === 'downgrade' ? { raw, name } : null);
    if (result.status === 'installed' || result.status === 'unchanged') await saveSettings({ packSource: { kind: 'file', name } });
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      setFileResult({ status: 'error', message: `Le fichier « ${file.name} » n'est pas du JSON valide. Le pack précédent reste utilisé.`, retryable: false });
      return;
    }
    await installFile(raw, file.name);
  }

  async function confirmRemoteDowngrade() {
    const data = remote.data;
    if (!data?.raw || data.result.status !== 'downgrade' || !url) return;
    if (!window.confirm(`Installer la version ${data.result.version}, plus ancienne que la version ${data.result.currentVersion} en cours ?`)) return;
    setConfirmed(
      await install.mutateAsync({ raw: data.raw, source: { kind: 'url', url }, ...(data.etag ? { etag: data.etag } : {}), allowDowngrade: true }),
    );
  }

  async function confirmFileDowngrade() {
    if (!fileRaw || fileResult?.status !== 'downgrade') return;
    if (!window.confirm(`Installer la version ${fileResult.version}, plus ancienne que la version ${fileResult.currentVersion} en cours ?`)) return;
    await installFile(fileRaw.raw, fileRaw.name, true);
  }

  const s = status.data;
  const remoteResult = confirmed ?? remote.data?.result;
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
          <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} data-testid="pack-file" />
          {install.isPending && <p role="status">Vérification du fichier…</p>}
          {fileResult && <ResultView result={fileResult} onConfirmDowngrade={() => void confirmFileDowngrade()} />}
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
            value={urlInput}
            placeholder="https://…/sisiao.fr.json"
            aria-invalid={urlError ? true : undefined}
            onChange={(e) => setUrlInput(e.target.value)}
          />
          {urlError && <p className="ag-error-text">{urlError}</p>}
          <p>
            <button type="button" className="ag-btn ag-btn--secondary" onClick={() => void saveUrl()}>
              Enregistrer l'adresse
            </button>{' '}
            <button
              type="button"
              className="ag-btn"
              disabled={!url || remote.isFetching}
              onClick={() => {
                setConfirmed(null);
                void remote.refetch();
              }}
            >
              Mettre à jour
            </button>
          </p>
          <div role="status" aria-live="polite" data-testid="pack-progress">
            {remote.isFetching && (
              <p>
                <progress aria-label="Mise à jour du pack" />{' '}
                {remote.failureCount > 0 ? `Nouvelle tentative (${remote.failureCount}/3)…` : 'Vérification de l’adresse…'}
              </p>
            )}
          </div>
          {remote.isError && !remote.isFetching && (
            <div className="ag-alert ag-alert--error" data-testid="pack-result" data-status="error">
              <p>{remote.error.message} Le pack précédent reste utilisé.</p>
            </div>
          )}
          {remoteResult && !remote.isError && <ResultView result={remoteResult} onConfirmDowngrade={() => void confirmRemoteDowngrade()} />}
          {remote.data && <p className="ag-hint">Vérifié le {formatDate(remote.data.checkedAt)}.</p>}
        </div>
      )}
    </section>
  );
}
