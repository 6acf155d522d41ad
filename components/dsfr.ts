// Loads the DSFR (Système de Design de l'État) on an extension page: styles, Marianne fonts, system icons, then our tokens.
// Import it once from the page's entry (PageLayout already does). Never import it from a content script: it styles the whole document.
import '@/lib/zod-config';
import '@gouvfr/dsfr/dist/dsfr.main.min.css';
import '@gouvfr/dsfr/dist/utility/icons/icons-system/icons-system.main.min.css';
import './theme.css';
