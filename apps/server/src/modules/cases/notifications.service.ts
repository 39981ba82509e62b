// In-app notifications and the e-mail outbox. Both are keyed by a dedupe key, so a job that runs twice
// (crash, retry) neither notifies twice nor mails twice. Mail goes out over SMTP (SMTP_URL) after the
// transaction that queued it; without SMTP_URL messages stay in the outbox (and the log says so).
import nodemailer, { type Transporter } from 'nodemailer';
import type { NotificationKind } from '@netra/shared';
import type { Config } from '../../config/config.ts';
import type { Db, Queryable } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Logger } from '../../platform/logger.ts';

export interface NewNotification {
  userIds: string[];
  kind: NotificationKind;
  title: string;
  body: string;
  caseId: string | null;
  dedupeKey: string;
}

export function createNotificationsService(deps: { db: Db; clock: Clock; config: Config; logger: Logger }) {
  let transport: Transporter | null = null;
  const mailer = () => {
    if (!deps.config.smtpUrl) return null;
    transport ??= nodemailer.createTransport(deps.config.smtpUrl);
    return transport;
  };
  return {
    async notify(q: Queryable, n: NewNotification): Promise<void> {
      const users = [...new Set(n.userIds)];
      for (const u of users) {
        await q.query(
          `INSERT INTO notification (user_id, kind, title, body, case_id, dedupe_key, created_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (dedupe_key) DO NOTHING`,
          [u, n.kind, n.title, n.body, n.caseId, `${n.dedupeKey}|${u}`, deps.clock.now()],
        );
        const email = await q.query<{ email: string | null }>(
          'SELECT email FROM app_user WHERE id = $1 AND active',
          [u],
        );
        const addr = email.rows[0]?.email;
        if (addr)
          await this.queueEmail(q, {
            to: addr,
            subject: n.title,
            body: n.body,
            dedupeKey: `${n.dedupeKey}|${u}`,
          });
      }
    },
    async queueEmail(
      q: Queryable,
      m: { to: string; subject: string; body: string; dedupeKey: string },
    ): Promise<void> {
      await q.query(
        `INSERT INTO outbound_email (to_address, subject, body, dedupe_key, created_at) VALUES ($1,$2,$3,$4,$5)
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [m.to, m.subject, m.body, m.dedupeKey, deps.clock.now()],
      );
    },
    /** Sends pending mail; each message is stamped sent only after the SMTP server accepted it. */
    async flushEmails(limit = 50): Promise<{ sent: number; failed: number }> {
      const t = mailer();
      if (!t) return { sent: 0, failed: 0 };
      const pending = await deps.db.query<{ id: string; to_address: string; subject: string; body: string }>(
        `SELECT id, to_address, subject, body FROM outbound_email WHERE sent_at IS NULL AND attempts < 5 ORDER BY created_at LIMIT $1`,
        [limit],
      );
      let sent = 0;
      let failed = 0;
      for (const m of pending.rows) {
        try {
          await t.sendMail({
            from: deps.config.smtpFrom,
            to: m.to_address,
            subject: m.subject,
            text: m.body,
          });
          await deps.db.query(
            'UPDATE outbound_email SET sent_at = $2, attempts = attempts + 1 WHERE id = $1',
            [m.id, deps.clock.now()],
          );
          sent++;
        } catch (e: any) {
          failed++;
          deps.logger.warn(`mail to ${m.to_address} failed: ${e?.message ?? e}`);
          await deps.db.query(
            'UPDATE outbound_email SET attempts = attempts + 1, last_error = $2 WHERE id = $1',
            [m.id, String(e?.message ?? e)],
          );
        }
      }
      return { sent, failed };
    },
    async list(userId: string, unreadOnly: boolean) {
      const r = await deps.db.query<any>(
        `SELECT id, kind, title, body, case_id, created_at, read_at FROM notification
         WHERE user_id = $1 AND ($2::boolean = false OR read_at IS NULL) ORDER BY created_at DESC LIMIT 200`,
        [userId, unreadOnly],
      );
      const unread = await deps.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL',
        [userId],
      );
      return {
        items: r.rows.map((x) => ({
          id: x.id,
          kind: x.kind,
          title: x.title,
          body: x.body,
          caseId: x.case_id,
          createdAt: new Date(x.created_at).toISOString(),
          readAt: x.read_at ? new Date(x.read_at).toISOString() : null,
        })),
        unread: unread.rows[0].n,
      };
    },
    async markRead(userId: string, id: string | null): Promise<number> {
      const r = await deps.db.query(
        `UPDATE notification SET read_at = $3 WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid IS NULL OR id = $2::uuid)`,
        [userId, id, deps.clock.now()],
      );
      return r.rowCount;
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
