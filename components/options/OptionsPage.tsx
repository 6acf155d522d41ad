// Options page: Profil, Modèles (custom réponses types), Pack de données, Sites autorisés, Repères appris, Suivi et confidentialité.
import { PageLayout } from '@/components/PageLayout';
import { ProfileSection } from './ProfileSection';
import { TemplatesSection } from './TemplatesSection';
import { PackSection } from './PackSection';
import { SitesSection } from './SitesSection';
import { PrivacySection } from './PrivacySection';
import { LearntSelectorsSection } from './LearntSelectorsSection';
import { usePackStatusWatch } from './queries';

export function OptionsPage() {
  usePackStatusWatch();
  return (
    <PageLayout title="Options">
      <nav aria-label="Sections de la page" className="ag-options-nav">
        <ul>
          <li><a href="#profil">Profil</a></li>
          <li><a href="#modeles">Modèles</a></li>
          <li><a href="#pack">Pack de données</a></li>
          <li><a href="#sites">Sites autorisés</a></li>
          <li><a href="#reperes">Repères appris</a></li>
          <li><a href="#confidentialite">Suivi et confidentialité</a></li>
        </ul>
      </nav>
      <ProfileSection />
      <TemplatesSection />
      <PackSection />
      <SitesSection />
      <LearntSelectorsSection />
      <PrivacySection />
    </PageLayout>
  );
}
