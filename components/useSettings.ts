// React hook: the référent's settings, kept up to date when they change elsewhere (options page, welcome page).
import { useEffect, useState } from 'react';
import { defaultSettings, loadSettings, watchSettings, type Settings } from '@/lib/settings';

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    let alive = true;
    loadSettings().then((s) => alive && setSettings(s), () => {});
    const unwatch = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
