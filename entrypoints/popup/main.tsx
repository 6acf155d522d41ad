// Entry of the popup (« Nouvel appel »).
import { mountPage } from '@/components/mountPage';
import { App } from './App';

mountPage(App, { defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
