import { describe, expect, it } from 'vitest';
import { CASE_STATES, ROLES, type CaseState, type Role, type TransitionFields } from '@netra/shared';
import {
  TransitionError,
  allowedTransitions,
  decideTransition,
  ruleBetween,
  type CaseFacts,
} from './state-machine.ts';

// Written out by hand from the procedure (not derived from the table under test).
const S: Role[] = ['admin', 'supervisor', 'analyst'];
const EXPECTED: Record<string, Role[]> = {
  'received>verification': S,
  'verification>clarification': S,
  'verification>study': S,
  'clarification>study': S,
  'study>recommendation': S,
  'recommendation>ppk_decision': ['admin', 'ppk'],
  'ppk_decision>sanction_executed': ['admin', 'ppk'],
  'sanction_executed>monitoring': S,
  'monitoring>closed': S,
  'received>dismissed': S,
  'verification>dismissed': S,
  'clarification>dismissed': S,
  'study>dismissed': S,
  'verification>forwarded': S,
  'clarification>forwarded': S,
  'study>forwarded': S,
  'dismissed>verification': ['admin', 'supervisor'],
  'forwarded>verification': ['admin', 'supervisor'],
};

const FULL: TransitionFields = {
  hearingAt: '2024-10-10T02:00:00Z',
  hearingPlace: 'Kantor Bawaslu Kota Samarinda',
  ruleIds: ['skb-d02'],
  track: 'discipline',
  sanctionLevel: 'disiplin_berat',
  sanctionOption: 'pp94_demotion_12m',
  decisionNumber: '800/123/BKPSDM',
  decidedAt: '2024-11-20',
  executedAt: '2024-11-25',
  dismissalReason: 'not_proven',
  forwardedTo: 'Sentra Gakkumdu Kota Samarinda',
};
const FACTS: CaseFacts = {
  hearingRecorded: true,
  sanctionOptions: ['pp94_demotion_12m', 'pp94_honourable_dismissal'],
};

describe('case state machine: every (from, to) pair for every role', () => {
  const pairs: [CaseState, CaseState][] = CASE_STATES.flatMap((f) =>
    CASE_STATES.map((t) => [f, t] as [CaseState, CaseState]),
  );
  it('covers 121 pairs', () => expect(pairs.length).toBe(121));

  for (const [from, to] of pairs) {
    const expectedRoles = EXPECTED[`${from}>${to}`] ?? [];
    it(`${from} → ${to}: ${expectedRoles.length ? expectedRoles.join(',') : 'refused'}`, () => {
      const rule = ruleBetween(from, to);
      if (!expectedRoles.length) {
        expect(rule).toBeNull();
        // No transition name reaches `to` from `from`.
        for (const role of ROLES) {
          for (const r of allowedTransitions(from, role)) expect(r.to).not.toBe(to);
        }
        return;
      }
      expect(rule).not.toBeNull();
      for (const role of ROLES) {
        const run = () =>
          decideTransition({
            from,
            transition: rule!.transition,
            role,
            fields: FULL,
            reason: 'alasan tertulis',
            facts: FACTS,
          });
        if (expectedRoles.includes(role)) expect(run().to).toBe(to);
        else expect(run).toThrow(expect.objectContaining({ code: 'role_not_allowed' }));
      }
    });
  }
});

describe('case state machine: fields, reasons, preconditions', () => {
  const base = { role: 'analyst' as Role, facts: FACTS, reason: null };
  const err = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(TransitionError);
      return e as TransitionError;
    }
    throw new Error('expected a TransitionError');
  };
  it('summon needs the hearing date and place', () => {
    const e = err(() =>
      decideTransition({
        ...base,
        from: 'verification',
        transition: 'summon',
        fields: { hearingPlace: 'x' },
      }),
    );
    expect([e.code, e.field]).toEqual(['missing_field', 'hearingAt']);
    const e2 = err(() =>
      decideTransition({
        ...base,
        from: 'verification',
        transition: 'summon',
        fields: { hearingAt: 'besok', hearingPlace: 'x' },
      }),
    );
    expect([e2.code, e2.field]).toEqual(['invalid_field', 'hearingAt']);
  });
  it('dismissal needs a closed-set reason and a written reason', () => {
    const e = err(() =>
      decideTransition({
        ...base,
        from: 'study',
        transition: 'dismiss',
        fields: { dismissalReason: 'bored' as any },
        reason: 'x',
      }),
    );
    expect(e.code).toBe('invalid_field');
    const e2 = err(() =>
      decideTransition({
        ...base,
        from: 'study',
        transition: 'dismiss',
        fields: { dismissalReason: 'not_asn' },
      }),
    );
    expect(e2.code).toBe('reason_required');
  });
  it('skipping clarification needs a reason; leaving clarification needs the minutes', () => {
    expect(
      err(() => decideTransition({ ...base, from: 'verification', transition: 'begin_study', fields: {} }))
        .code,
    ).toBe('reason_required');
    expect(
      err(() =>
        decideTransition({
          ...base,
          from: 'clarification',
          transition: 'begin_study',
          fields: {},
          facts: { ...FACTS, hearingRecorded: false },
        }),
      ).code,
    ).toBe('precondition');
  });
  it('the PPK may only pick a sanction on the case ladder', () => {
    const e = err(() =>
      decideTransition({
        ...base,
        role: 'ppk',
        from: 'recommendation',
        transition: 'record_ppk_decision',
        fields: { ...FULL, sanctionOption: 'moral_open' },
      }),
    );
    expect([e.code, e.field]).toEqual(['invalid_field', 'sanctionOption']);
  });
  it('a transition name used from the wrong state is refused', () => {
    expect(
      err(() => decideTransition({ ...base, from: 'closed', transition: 'recommend', fields: FULL })).code,
    ).toBe('not_allowed_from');
  });
});
