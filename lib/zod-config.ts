// Global zod settings for every extension context: no `new Function` probe (our CSP forbids eval; the probe would report a violation).
import { z } from 'zod';

z.config({ jitless: true });

export const ZOD_JITLESS = true;
