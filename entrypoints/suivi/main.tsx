// Entry of the Suivi page.
import { mountPage } from '@/components/mountPage';
import { App } from './App';

mountPage(App, { defaultOptions: { queries: { retry: 1 } } });
