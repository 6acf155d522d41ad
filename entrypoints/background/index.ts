// Background: owner of storage, pack and classifier; registers each area's message handlers and the keyboard command.
import '@/lib/zod-config';
import { defineBackground } from 'wxt/utils/define-background';
import { registerPackHandlers } from './pack';
import { registerTemplateHandlers } from './templates';
import { registerClassifyHandlers } from './classify';
import { registerTrackingHandlers } from './tracking';
import { registerEscalationHandlers } from './escalation';
import { registerCommandHandlers } from './commands';
import { registerSiteHandlers } from './sites';
import { registerInstallHandlers } from './install';
import { registerReminderHandlers } from './reminder';

export default defineBackground(() => {
  registerPackHandlers();
  registerTemplateHandlers();
  registerClassifyHandlers();
  registerTrackingHandlers();
  registerEscalationHandlers();
  registerCommandHandlers();
  registerSiteHandlers();
  registerInstallHandlers();
  registerReminderHandlers();
});
