// X (Twitter) API v2 → Activity. A record is one API response page as archived by twarc2 (JSON Lines, one
// page per line, with `__twarc.url` naming the request): tweets with `includes` expansions
// (users, tweets, media), or user lists from /2/tweets/:id/liking_users, /2/tweets/:id/retweeted_by,
// /2/users/:id/following and /2/users/:id/followers. User lists carry no time: the act's time is unknown
// and `observed_at` (retrieved_at) is kept instead.
import {
  RecordError,
  asArray,
  asObject,
  optionalString,
  requireString,
  requireTime,
  type AccountRef,
  type ActivityInput,
  type Adapter,
  type AdapterOutput,
} from './activity.ts';

const SOURCE = 'x_api_v2';

function userRef(u: Record<string, any>, field: string): AccountRef {
  // Hot path (a million likes): well-formed users skip building the field paths for error messages.
  if (typeof u.id === 'string' && typeof u.username === 'string' && u.username && u.id) {
    return {
      platform: 'x',
      userId: u.id,
      handle: u.username.toLowerCase(),
      displayName: typeof u.name === 'string' ? u.name : null,
      bio: typeof u.description === 'string' && u.description ? u.description : null,
      imageUrl: typeof u.profile_image_url === 'string' ? u.profile_image_url : null,
    };
  }
  return {
    platform: 'x',
    userId: requireString(u.id, `${field}.id`),
    handle: requireString(u.username, `${field}.username`).toLowerCase(),
    displayName: optionalString(u.name, `${field}.name`),
    bio: optionalString(u.description, `${field}.description`),
    imageUrl: optionalString(u.profile_image_url, `${field}.profile_image_url`),
  };
}

function tweetActivities(
  t: Record<string, any>,
  field: string,
  users: Map<string, AccountRef>,
  tweets: Map<string, Record<string, any>>,
  media: Map<string, Record<string, any>>,
): ActivityInput[] {
  const id = requireString(t.id, `${field}.id`);
  const text = optionalString(t.text, `${field}.text`);
  const authorId = requireString(t.author_id, `${field}.author_id`);
  const occurredAt = requireTime(t.created_at, `${field}.created_at`);
  const actor = users.get(authorId) ?? { platform: 'x', userId: authorId };
  const refs = asArray(t.referenced_tweets, `${field}.referenced_tweets`).map((r, i) =>
    asObject(r, `${field}.referenced_tweets[${i}]`),
  );
  const retweet = refs.find((r) => r.type === 'retweeted');
  const reply = refs.find((r) => r.type === 'replied_to');
  const quote = refs.find((r) => r.type === 'quoted');
  const ref = retweet ?? reply ?? quote ?? null;
  const kind = retweet || quote ? 'share' : reply ? 'reply' : 'post';
  const targetPostId = ref ? requireString(ref.id, `${field}.referenced_tweets.id`) : null;
  const refAuthor = targetPostId ? tweets.get(targetPostId)?.author_id : null;
  const targetUserId = reply ? (t.in_reply_to_user_id ?? refAuthor ?? null) : (refAuthor ?? null);
  const target = targetUserId ? (users.get(String(targetUserId)) ?? { platform: 'x', userId: String(targetUserId) }) : null;
  const keys = asArray(t.attachments?.media_keys, `${field}.attachments.media_keys`);
  const out: ActivityInput[] = [
    {
      platform: 'x',
      platformId: id,
      kind,
      actor,
      target,
      targetPostId,
      text,
      media: keys.map((k) => {
        const m = media.get(String(k));
        return { type: m?.type ?? 'unknown', url: m?.url ?? m?.preview_image_url ?? null };
      }),
      occurredAt,
      source: SOURCE,
      raw: t,
    },
  ];
  asArray(t.entities?.mentions, `${field}.entities.mentions`).forEach((m: any, i) => {
    const username = requireString(m?.username, `${field}.entities.mentions[${i}].username`).toLowerCase();
    const mentioned = [...users.values()].find((u) => u.handle === username) ?? { platform: 'x', handle: username };
    out.push({
      platform: 'x',
      platformId: `mention:${id}:${username}`,
      kind: 'mention',
      actor,
      target: mentioned,
      targetPostId: id,
      text: null,
      media: [],
      occurredAt,
      source: SOURCE,
      raw: { tweet_id: id, mention: m },
    });
  });
  return out;
}

const USER_LIST = /\/2\/(tweets|users)\/(\d+)\/(liking_users|retweeted_by|following|followers)\b/;

export const xAdapter: Adapter = {
  source: SOURCE,
  map(record, ctx): AdapterOutput {
    const page = asObject(record, 'record');
    const meta = page.__twarc ? asObject(page.__twarc, '__twarc') : null;
    const observedAt = meta?.retrieved_at ? requireTime(meta.retrieved_at, '__twarc.retrieved_at') : ctx.observedAt;
    const includes = page.includes ? asObject(page.includes, 'includes') : {};
    const users = new Map<string, AccountRef>();
    asArray(includes.users, 'includes.users').forEach((u, i) => {
      const ref = userRef(asObject(u, `includes.users[${i}]`), `includes.users[${i}]`);
      users.set(ref.userId!, ref);
    });
    const tweets = new Map<string, Record<string, any>>();
    asArray(includes.tweets, 'includes.tweets').forEach((t, i) => {
      const o = asObject(t, `includes.tweets[${i}]`);
      tweets.set(requireString(o.id, `includes.tweets[${i}].id`), o);
    });
    const media = new Map<string, Record<string, any>>();
    asArray(includes.media, 'includes.media').forEach((m, i) => {
      const o = asObject(m, `includes.media[${i}]`);
      media.set(requireString(o.media_key, `includes.media[${i}].media_key`), o);
    });
    if (page.data === undefined) {
      if (page.errors || page.meta) return { activities: [], accounts: [...users.values()] };
      throw new RecordError('data', 'wajib ada (respons X API v2)');
    }
    const data = Array.isArray(page.data) ? page.data : [asObject(page.data, 'data')];
    const activities: ActivityInput[] = [];
    const accounts = [...users.values()];
    const isUsers = data.length > 0 && data.every((d: any) => d && typeof d === 'object' && 'username' in d && !('text' in d));
    if (isUsers) {
      const url = meta?.url ? String(meta.url) : '';
      const m = USER_LIST.exec(url);
      if (!m)
        throw new RecordError(
          '__twarc.url',
          'daftar pengguna tanpa URL permintaan (liking_users/retweeted_by/following/followers): tidak diketahui suka/ikuti apa',
        );
      const [, , subjectId, edge] = m;
      data.forEach((u: any, i: number) => {
        const user = userRef(u && typeof u === 'object' ? u : asObject(u, `data[${i}]`), `data[${i}]`);
        accounts.push(user);
        const subject: AccountRef = { platform: 'x', userId: subjectId };
        const base = { platform: 'x', text: null, media: [], occurredAt: null, source: SOURCE, raw: { endpoint: edge, subject_id: subjectId, user: u, retrieved_at: observedAt } };
        if (edge === 'liking_users' || edge === 'retweeted_by') {
          const post = tweets.get(subjectId);
          activities.push({
            ...base,
            platformId: `${edge === 'liking_users' ? 'like' : 'share'}:${subjectId}:${user.userId}`,
            kind: edge === 'liking_users' ? 'like' : 'share',
            actor: user,
            target: post?.author_id ? (users.get(String(post.author_id)) ?? { platform: 'x', userId: String(post.author_id) }) : null,
            targetPostId: subjectId,
          });
        } else {
          const follower = edge === 'following' ? subject : user;
          const followed = edge === 'following' ? user : subject;
          activities.push({
            ...base,
            platformId: `follow:${follower.userId}:${followed.userId}`,
            kind: 'follow',
            actor: follower,
            target: followed,
            targetPostId: null,
          });
        }
      });
    } else {
      data.forEach((t: any, i: number) => {
        activities.push(...tweetActivities(asObject(t, `data[${i}]`), `data[${i}]`, users, tweets, media));
      });
      // Expanded tweets (the ones replied to, quoted or retweeted) are posts too: engagement is judged on them.
      for (const [id, t] of tweets) {
        if (data.some((d: any) => d?.id === id)) continue;
        activities.push(...tweetActivities(t, `includes.tweets(${id})`, users, tweets, media));
      }
    }
    return { activities, accounts };
  },
};
