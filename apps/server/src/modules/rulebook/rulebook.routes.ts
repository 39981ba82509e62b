import { z } from 'zod';
import { PUBLIC, badRequest, conflict, defineRoute, roles } from '../../http/route.ts';
import { PackFileError, PackVersionError, summarizePack, type RulebookService } from './rulebook.service.ts';

export function rulebookRoutes(service: RulebookService) {
  const getRulebook = defineRoute({
    method: 'get',
    path: '/api/rulebook',
    summary: 'The neutrality rulebook (items, ladders, applicability), public',
    tags: ['rulebook'],
    access: PUBLIC(60),
    handler: async () => {
      await service.ensureRulebookStored();
      return service.getRulebook();
    },
  });
  const listElections = defineRoute({
    method: 'get',
    path: '/api/elections',
    summary: 'Election packs (shipped and imported) with contests, pairs and parties, public',
    tags: ['rulebook'],
    access: PUBLIC(60),
    query: z.object({ summary: z.enum(['1', 'true']).optional() }),
    handler: async ({ query }) => {
      const packs = await service.listPacks();
      return query.summary ? { packs: packs.map(summarizePack) } : { packs };
    },
  });
  const importElection = defineRoute({
    method: 'post',
    path: '/api/elections/import',
    summary: 'Import an election pack (YAML or JSON text); refuses a malformed pack naming each bad field',
    tags: ['rulebook'],
    access: roles('admin'),
    body: z.object({
      content: z.string().min(1).max(2_000_000),
      fileName: z.string().max(200).default('pack.yaml'),
    }),
    handler: async ({ body, actor }) => {
      try {
        return await service.importPack(body.content, body.fileName, actor!);
      } catch (e) {
        if (e instanceof PackFileError)
          throw badRequest(`Paket pemilu tidak valid (${e.file})`, { errors: e.errors });
        if (e instanceof PackVersionError) throw conflict(e.message);
        throw e;
      }
    },
  });
  return [getRulebook, listElections, importElection];
}
