// All the sidebar's styles as one string, injected into its shadow root (nothing leaks to or from the CRM page).
import theme from './theme.css?inline';
import sidebar from './Sidebar.css?inline';

export const SIDEBAR_CSS = `${theme}\n${sidebar}`;
