// Meta → Activity. Three record shapes, one per line or array element:
//  - Graph API page feed: {data:[post…], paging} with `fields=id,message,created_time,from,permalink_url,
//    comments{id,message,created_time,from},reactions{id,name,type}`;
//  - Instagram Graph media: {data:[{id, caption, media_type, media_url, permalink, timestamp, username,
//    comments{data:[{id, text, timestamp, username, from}]}}]};
//  - Content Library export rows: {id, creation_time, text, post_owner:{id,name,username?}, statistics, multimedia}.
// Reactions carry no time; their key is 'reaction:<post>:<user>'.
import {
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

const SOURCE_GRAPH = 'meta_graph';
const SOURCE_CL = 'meta_content_library';

function fbUser(from: unknown, field: string): AccountRef | null {
  if (!from) return null;
  const f = asObject(from, field);
  return {
    platform: 'facebook',
    userId: requireString(f.id, `${field}.id`),
    handle: f.username ? String(f.username).toLowerCase() : null,
    displayName: optionalString(f.name, `${field}.name`),
  };
}

function igUser(o: Record<string, any>, field: string): AccountRef | null {
  const username = o.username ?? o.from?.username;
  if (!username) return null;
  return {
    platform: 'instagram',
    handle: requireString(username, `${field}.username`).toLowerCase(),
    userId: o.from?.id ? String(o.from.id) : null,
  };
}

function mapFacebookPost(p: Record<string, any>, field: string, out: AdapterOutput) {
  const id = requireString(p.id, `${field}.id`);
  const author = fbUser(p.from, `${field}.from`);
  if (author) out.accounts.push(author);
  out.activities.push({
    platform: 'facebook',
    platformId: id,
    kind: 'post',
    actor: author,
    target: null,
    targetPostId: null,
    text: optionalString(p.message, `${field}.message`),
    media: p.full_picture ? [{ type: 'photo', url: String(p.full_picture) }] : [],
    occurredAt: requireTime(p.created_time, `${field}.created_time`),
    source: SOURCE_GRAPH,
    raw: { ...p, comments: undefined, reactions: undefined },
  });
  asArray(p.comments?.data, `${field}.comments.data`).forEach((c0, i) => {
    const f = `${field}.comments.data[${i}]`;
    const c = asObject(c0, f);
    const actor = fbUser(c.from, `${f}.from`);
    if (actor) out.accounts.push(actor);
    out.activities.push({
      platform: 'facebook',
      platformId: requireString(c.id, `${f}.id`),
      kind: c.parent?.id ? 'reply' : 'comment',
      actor,
      target: author,
      targetPostId: c.parent?.id ? String(c.parent.id) : id,
      text: optionalString(c.message, `${f}.message`),
      media: [],
      occurredAt: requireTime(c.created_time, `${f}.created_time`),
      source: SOURCE_GRAPH,
      raw: c,
    });
  });
  asArray(p.reactions?.data, `${field}.reactions.data`).forEach((r0, i) => {
    const f = `${field}.reactions.data[${i}]`;
    const r = asObject(r0, f);
    const actor = fbUser(r, f)!;
    out.accounts.push(actor);
    out.activities.push({
      platform: 'facebook',
      platformId: `reaction:${id}:${actor.userId}`,
      kind: 'like',
      actor,
      target: author,
      targetPostId: id,
      text: null,
      media: [],
      occurredAt: null,
      source: SOURCE_GRAPH,
      raw: r,
    });
  });
}

function mapInstagramMedia(m: Record<string, any>, field: string, out: AdapterOutput) {
  const id = requireString(m.id, `${field}.id`);
  const author = igUser(m, field);
  if (author) out.accounts.push(author);
  out.activities.push({
    platform: 'instagram',
    platformId: id,
    kind: 'post',
    actor: author,
    target: null,
    targetPostId: null,
    text: optionalString(m.caption, `${field}.caption`),
    media: m.media_type ? [{ type: String(m.media_type).toLowerCase(), url: m.media_url ?? null }] : [],
    occurredAt: requireTime(m.timestamp, `${field}.timestamp`),
    source: SOURCE_GRAPH,
    raw: { ...m, comments: undefined },
  });
  asArray(m.comments?.data, `${field}.comments.data`).forEach((c0, i) => {
    const f = `${field}.comments.data[${i}]`;
    const c = asObject(c0, f);
    const actor = igUser(c, f);
    if (actor) out.accounts.push(actor);
    out.activities.push({
      platform: 'instagram',
      platformId: requireString(c.id, `${f}.id`),
      kind: 'comment',
      actor,
      target: author,
      targetPostId: id,
      text: optionalString(c.text, `${f}.text`),
      media: [],
      occurredAt: requireTime(c.timestamp, `${f}.timestamp`),
      source: SOURCE_GRAPH,
      raw: c,
    });
  });
}

function mapContentLibrary(r: Record<string, any>, field: string, out: AdapterOutput) {
  const owner = asObject(r.post_owner, `${field}.post_owner`);
  const url = String(r.url ?? r.permalink ?? '');
  const platform = /instagram\.com/.test(url) || owner.type === 'INSTAGRAM_USER' ? 'instagram' : 'facebook';
  const actor: AccountRef = {
    platform,
    userId: requireString(owner.id, `${field}.post_owner.id`),
    handle: owner.username ? String(owner.username).toLowerCase() : null,
    displayName: optionalString(owner.name, `${field}.post_owner.name`),
  };
  out.accounts.push(actor);
  out.activities.push({
    platform,
    platformId: requireString(r.id, `${field}.id`),
    kind: 'post',
    actor,
    target: null,
    targetPostId: null,
    text: optionalString(r.text, `${field}.text`),
    media: asArray(r.multimedia, `${field}.multimedia`).map((x: any) => ({ type: String(x?.type ?? 'unknown'), url: x?.url ?? null })),
    occurredAt: requireTime(r.creation_time, `${field}.creation_time`),
    source: SOURCE_CL,
    raw: r,
  });
}

function mapItem(item: unknown, field: string, out: AdapterOutput) {
  const o = asObject(item, field);
  if (o.post_owner) mapContentLibrary(o, field, out);
  else if ('caption' in o || 'media_type' in o || ('timestamp' in o && 'username' in o)) mapInstagramMedia(o, field, out);
  else mapFacebookPost(o, field, out);
}

export const metaAdapter: Adapter = {
  source: SOURCE_GRAPH,
  map(record): AdapterOutput {
    const out: AdapterOutput = { activities: [] as ActivityInput[], accounts: [] };
    const o = asObject(record, 'record');
    if (Array.isArray(o.data)) o.data.forEach((item: unknown, i: number) => mapItem(item, `data[${i}]`, out));
    else mapItem(o, 'record', out);
    return out;
  },
};
