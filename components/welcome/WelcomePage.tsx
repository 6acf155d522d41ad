// The welcome page: profile form, the three things to know, keyboard shortcuts, where to try Aiguilleur.
import { PageLayout } from '@/components/PageLayout';
import { t } from '@/lib/i18n';
import { ProfileForm } from './ProfileForm';
import { ThreeThings } from './ThreeThings';
import { ShortcutsTable } from './ShortcutsTable';
import { TryIt } from './TryIt';
import { useShortcuts } from './useShortcuts';

export function WelcomePage() {
  const shortcuts = useShortcuts();
  return (
    <PageLayout title={t('welcomeTitle')} current="welcome">
      <p className="fr-text--lead">{t('welcomeIntro')}</p>
      <ProfileForm />
      <ThreeThings shortcuts={shortcuts} />
      <ShortcutsTable shortcuts={shortcuts} />
      <TryIt />
    </PageLayout>
  );
}
