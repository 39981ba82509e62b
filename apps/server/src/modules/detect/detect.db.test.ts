// POST /api/detect/text: analysts, supervisors and admins get the PostDetection with spans that point into
// the text they sent; other roles and anonymous callers are refused; bad bodies get a 400 naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAndSignIn } from '../../testing/sign-in.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/test-runtime.ts';

describe('POST /api/detect/text', () => {
  let rt: TestRuntime;
  let analyst: string;
  let viewer: string;
  beforeAll(async () => {
    rt = await createTestRuntime({ now: '2024-01-20T03:00:00Z' });
    analyst = (await createAndSignIn(rt, { username: 'analis.detect', role: 'analyst' })).cookie;
    viewer = (await createAndSignIn(rt, { username: 'viewer.detect', role: 'viewer' })).cookie;
  });
  afterAll(async () => {
    await rt.close();
  });

  const post = (json: unknown, cookie?: string) =>
    rt.request('/api/detect/text', { method: 'POST', json, headers: cookie ? { cookie } : {} });

  it('flags a campaign post with evidence spans, the discipline item after penetapan, and an Indonesian explanation', async () => {
    const text = 'Bismillah, ayo coblos 02 Prabowo-Gibran satu putaran ✌️';
    const res = await post({ text }, analyst);
    expect(res.status).toBe(200);
    const d = await res.json();
    expect(d.stance).toBe('support');
    expect(d.target).toBe('02');
    expect(d.rule.id).toBe('skb-d02');
    expect(d.explanation).toMatch(/mendukung/);
    for (const e of d.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(d.evidence.map((e: any) => e.text)).toContain('Prabowo-Gibran');
  });

  it('maps the same post before penetapan to the ethics item', async () => {
    const d = await (
      await post({ text: 'Ayo dukung Prabowo Gibran, coblos 02!', date: '2023-10-01' }, analyst)
    ).json();
    expect(d.stance).toBe('support');
    expect(d.rule.id).toBe('skb-e02');
  });

  it('keeps an official-duty post neutral', async () => {
    const d = await (
      await post(
        {
          text: 'Mendampingi Bapak Wali Kota meninjau banjir di Kelurahan Sempaja, bantuan logistik sudah disalurkan.',
        },
        analyst,
      )
    ).json();
    expect(d.stance).toBe('neutral');
    expect(d.rule).toBeNull();
  });

  it('refuses other roles, anonymous callers and empty text', async () => {
    expect((await post({ text: 'coblos 02' })).status).toBe(401);
    expect((await post({ text: 'coblos 02' }, viewer)).status).toBe(403);
    const bad = await post({ text: '' }, analyst);
    expect(bad.status).toBe(400);
  });
});
