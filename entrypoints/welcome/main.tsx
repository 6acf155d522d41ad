// Entry of the welcome page: sets the document language and mounts the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { messagesLanguage } from '@/lib/i18n';
import { WelcomePage } from '@/components/welcome/WelcomePage';

document.documentElement.lang = messagesLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WelcomePage />
  </StrictMode>,
);
