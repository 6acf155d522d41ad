// Entry of the options page: mounts components/options/OptionsPage.
import { mountPage } from '@/components/mountPage';
import { OptionsPage } from '@/components/options/OptionsPage';

mountPage(OptionsPage, { defaultOptions: { queries: { refetchOnWindowFocus: true, staleTime: 30_000 } } });
