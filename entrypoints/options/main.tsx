// Entry of the options page.
import { mountPage } from '@/components/mountPage';
import { App } from './App';

mountPage(App, { defaultOptions: { queries: { refetchOnWindowFocus: true, staleTime: 30_000 } } });
