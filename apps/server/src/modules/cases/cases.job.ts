// Job definitions of case handling (handlers are wired in cases.module.ts startWorkers).
import { z } from 'zod';
import { defineJob } from '../../jobs/queue.ts';

export const deadlineScanJob = defineJob({
  name: 'cases.deadline-scan',
  payload: z.object({ at: z.string().optional() }),
});
export const sendMailJob = defineJob({ name: 'cases.send-mail', payload: z.object({}) });
