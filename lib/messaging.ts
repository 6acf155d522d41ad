// The one typed message protocol between background, content scripts and extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PackProtocol } from './pack/protocol';
import type { TemplatesProtocol } from './templates/protocol';
import type { ClassifyProtocol } from './classify/protocol';
import type { TrackingProtocol } from './tracking/protocol';
import type { EscalationProtocol } from './escalation/protocol';
import type { SidebarProtocol } from './sidebar/protocol';

export interface ProtocolMap extends PackProtocol,
    TemplatesProtocol,
    ClassifyProtocol,
    TrackingProtocol,
    EscalationProtocol,
    SidebarProtocol {}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
