// The ASN directory: personal data, so every read is scoped in the query and written to the audit log in
// the same transaction. An out-of-scope id answers exactly like a missing one.
import type { Actor } from '@netra/shared';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/route.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { createAsnRepo, type AsnRow, type AsnSearch } from './asn.repo.ts';

export interface AsnView {
  id: string;
  nip: string;
  name: string;
  sex: 'L' | 'P' | null;
  birthDate: string | null;
  employeeKind: 'pns' | 'pppk';
  position: string | null;
  positionType: string | null;
  roleTag: string | null;
  workUnit: string | null;
  agencyId: string | null;
  agencyName: string | null;
  regionCode: string;
  regionName: string;
}

const toView = (r: AsnRow): AsnView => ({
  id: r.id,
  nip: r.nip,
  name: r.name,
  sex: r.sex,
  birthDate: r.birth_date,
  employeeKind: r.employee_kind,
  position: r.position,
  positionType: r.position_type,
  roleTag: r.role_tag,
  workUnit: r.work_unit,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  regionCode: r.region_code,
  regionName: r.region_name,
});

export function createAsnService(deps: { db: Db; audit: AuditService }) {
  const repo = createAsnRepo();
  return {
    async searchAsn(
      actor: Actor,
      f: Omit<AsnSearch, 'limit' | 'offset'> & { page: number; pageSize: number },
    ) {
      return deps.db.tx(async (q) => {
        const { rows, total } = await repo.search(q, actor, {
          ...f,
          limit: f.pageSize,
          offset: (f.page - 1) * f.pageSize,
        });
        await deps.audit.record(q, actor, {
          action: 'asn.list',
          entity: 'asn',
          details: {
            q: f.q ?? null,
            regionCode: f.regionCode ?? null,
            agencyId: f.agencyId ?? null,
            total,
            ids: rows.map((r) => r.id),
          },
        });
        return { items: rows.map(toView), total, page: f.page, pageSize: f.pageSize };
      });
    },
    async getAsn(actor: Actor, id: string): Promise<AsnView> {
      return deps.db.tx(async (q) => {
        const row = await repo.get(q, actor, id);
        if (!row) throw notFound('ASN');
        await deps.audit.record(q, actor, {
          action: 'asn.read',
          entity: 'asn',
          entityId: id,
          regionCode: row.region_code,
        });
        return toView(row);
      });
    },
    countAsn: () => repo.count(deps.db),
    insertDemoAsn: repo.insertMany,
  };
}
export type AsnService = ReturnType<typeof createAsnService>;
