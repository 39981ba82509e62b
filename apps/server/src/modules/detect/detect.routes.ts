import { detectTextRequestSchema, postDetectionSchema } from '@netra/shared';
import { defineRoute, roles } from '../../http/route.ts';
import type { DetectService } from './detect.service.ts';

export function detectRoutes(service: DetectService) {
  const detectText = defineRoute({
    method: 'post',
    path: '/api/detect/text',
    summary: 'Analyse one post: stance, target, score, evidence spans, rule item and explanation',
    tags: ['detect'],
    access: roles('admin', 'supervisor', 'analyst'),
    body: detectTextRequestSchema,
    response: postDetectionSchema,
    handler: ({ body }) => service.detectText(body.text, { date: body.date, id: body.id }),
  });
  return [detectText];
}
