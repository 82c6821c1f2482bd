import type { ContactId, Task } from './types';

/** Lines added to outage and maintenance banners for the task the Veteran came for. MyVA411 is always added too. */
export const TASK_CONTACTS = {
  'direct-deposit': ['benefits'],
  claims: ['benefits'],
  health: ['health-benefits', 'mhv'],
  education: ['gi-bill'],
  general: [],
} as const satisfies Record<Task, readonly ContactId[]>;
