// Content script on CRM pages: mounts the Aiguilleur sidebar in a shadow root.
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://app.hubspot.com/*'],
  main() {},
});
