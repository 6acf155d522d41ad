// Entry of the Suivi page: its style sheet, then components/suivi/SuiviPage.
import { mountPage } from '@/components/mountPage';
import { SuiviPage } from '@/components/suivi/SuiviPage';
import './suivi.css';

mountPage(SuiviPage, { defaultOptions: { queries: { retry: 1 } } });
