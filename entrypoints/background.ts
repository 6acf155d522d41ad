// Background: owner of storage, pack and classifier; answers the typed messages and the keyboard command.
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // wired in lib/background
});
