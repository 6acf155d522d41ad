// Hooks of the options page's pack section: installing a file (with downgrade confirmation) and the URL source, refreshed by the background.
import { useEffect, useState, type ChangeEvent } from 'react';
import { saveSettings, packSourceSchema, type PackSource } from '@/lib/settings';
import type { PackInstallResult } from '@/lib/pack/protocol';
import { useInstallPack, useRefreshPack } from './queries';

function confirmDowngrade(result: PackInstallResult): boolean {
  return (
    result.status === 'downgrade' &&
    window.confirm(`Installer la version ${result.version}, plus ancienne que la version ${result.currentVersion} en cours ?`)
  );
}

/** A pack read from a file: parsed here, validated and installed by the background; the file source is saved once installed. */
export function usePackFile() {
  const install = useInstallPack();
  const [result, setResult] = useState<PackInstallResult | null>(null);
  const [pending, setPending] = useState<{ raw: unknown; name: string } | null>(null);

  async function installFile(raw: unknown, name: string, allowDowngrade = false) {
    const r = await install.mutateAsync({ raw, source: { kind: 'file', name }, ...(allowDowngrade ? { allowDowngrade: true } : {}) });
    setResult(r);
    setPending(r.status === 'downgrade' ? { raw, name } : null);
    if (r.status === 'installed' || r.status === 'unchanged') await saveSettings({ packSource: { kind: 'file', name } });
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      setResult({ status: 'error', message: `Le fichier « ${file.name} » n'est pas du JSON valide. Le pack précédent reste utilisé.`, retryable: false });
      return;
    }
    await installFile(raw, file.name);
  }

  async function confirmFileDowngrade() {
    if (!pending || !result || !confirmDowngrade(result)) return;
    await installFile(pending.raw, pending.name, true);
  }

  return { result, checking: install.isPending, onFile, confirmFileDowngrade };
}

/** The URL source: the address typed, saved to the settings, then checked by the background (the only fetcher of the pack URL). */
export function usePackUrl(source: PackSource) {
  const refresh = useRefreshPack();
  const url = source.kind === 'url' ? source.url : null;
  const [urlInput, setUrlInput] = useState(url ?? '');
  const [urlError, setUrlError] = useState<string | null>(null);

  useEffect(() => {
    if (source.kind === 'url') setUrlInput(source.url);
  }, [source]);

  async function saveUrl() {
    const parsed = packSourceSchema.safeParse({ kind: 'url', url: urlInput.trim() });
    if (!parsed.success) {
      setUrlError('Adresse invalide : saisissez une adresse complète en http:// ou https://.');
      return;
    }
    setUrlError(null);
    await saveSettings({ packSource: parsed.data });
    refresh.mutate({});
  }

  async function confirmUrlDowngrade() {
    if (!refresh.data || !confirmDowngrade(refresh.data)) return;
    await refresh.mutateAsync({ allowDowngrade: true }).catch(() => {});
  }

  return {
    url,
    urlInput,
    setUrlInput,
    urlError,
    saveUrl,
    update: () => refresh.mutate({}),
    confirmUrlDowngrade,
    checking: refresh.isPending,
    failureCount: refresh.failureCount,
    error: refresh.isError ? refresh.error : null,
    result: refresh.data ?? null,
  };
}
