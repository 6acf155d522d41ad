// Entry of the popup (« Nouvel appel »): Marianne declared for the page, then the app.
import { mountPage } from '@/components/mountPage';
import { addSidebarFontFaces } from '@/components/sidebar-fonts';
import { App } from './App';

addSidebarFontFaces(document);
mountPage(App, { defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
