// YouTube Data API v3 commentThreads.list → Activity. A record is one youtube#commentThreadListResponse
// page ({kind, nextPageToken, pageInfo, items:[youtube#commentThread]}) or one thread. Top-level comments
// target the video (snippet.videoId) whose channel is snippet.channelId; replies target their parent comment.
// authorDisplayName is the channel's '@handle' on current data; older data falls back to the channel id.
import {
  RecordError,
  asArray,
  asObject,
  optionalString,
  requireString,
  requireTime,
  type AccountRef,
  type Adapter,
  type AdapterOutput,
} from './activity.ts';

const SOURCE = 'youtube_data_v3';

function author(s: Record<string, any>, field: string): AccountRef {
  const channelId = requireString(s.authorChannelId?.value, `${field}.authorChannelId.value`);
  const name = optionalString(s.authorDisplayName, `${field}.authorDisplayName`);
  return {
    platform: 'youtube',
    userId: channelId,
    handle: name && name.startsWith('@') ? name.slice(1).toLowerCase() : null,
    displayName: name,
    imageUrl: optionalString(s.authorProfileImageUrl, `${field}.authorProfileImageUrl`),
  };
}

function mapThread(t: Record<string, any>, field: string, out: AdapterOutput) {
  if (t.kind !== 'youtube#commentThread') throw new RecordError(`${field}.kind`, `harus "youtube#commentThread", bukan "${t.kind}"`);
  const snippet = asObject(t.snippet, `${field}.snippet`);
  const videoId = requireString(snippet.videoId, `${field}.snippet.videoId`);
  const channel: AccountRef | null = snippet.channelId ? { platform: 'youtube', userId: String(snippet.channelId) } : null;
  const top = asObject(snippet.topLevelComment, `${field}.snippet.topLevelComment`);
  const topId = requireString(top.id, `${field}.snippet.topLevelComment.id`);
  const ts = asObject(top.snippet, `${field}.snippet.topLevelComment.snippet`);
  const topAuthor = author(ts, `${field}.snippet.topLevelComment.snippet`);
  out.accounts.push(topAuthor);
  out.activities.push({
    platform: 'youtube',
    platformId: topId,
    kind: 'comment',
    actor: topAuthor,
    target: channel,
    targetPostId: videoId,
    text: optionalString(ts.textOriginal ?? ts.textDisplay, `${field}.snippet.topLevelComment.snippet.textOriginal`),
    media: [],
    occurredAt: requireTime(ts.publishedAt, `${field}.snippet.topLevelComment.snippet.publishedAt`),
    source: SOURCE,
    raw: { ...t, replies: undefined },
  });
  asArray(t.replies?.comments, `${field}.replies.comments`).forEach((r0, i) => {
    const f = `${field}.replies.comments[${i}]`;
    const r = asObject(r0, f);
    const rs = asObject(r.snippet, `${f}.snippet`);
    const a = author(rs, `${f}.snippet`);
    out.accounts.push(a);
    out.activities.push({
      platform: 'youtube',
      platformId: requireString(r.id, `${f}.id`),
      kind: 'reply',
      actor: a,
      target: topAuthor,
      targetPostId: String(rs.parentId ?? topId),
      text: optionalString(rs.textOriginal ?? rs.textDisplay, `${f}.snippet.textOriginal`),
      media: [],
      occurredAt: requireTime(rs.publishedAt, `${f}.snippet.publishedAt`),
      source: SOURCE,
      raw: r,
    });
  });
}

export const youtubeAdapter: Adapter = {
  source: SOURCE,
  map(record): AdapterOutput {
    const out: AdapterOutput = { activities: [], accounts: [] };
    const o = asObject(record, 'record');
    if (o.kind === 'youtube#commentThreadListResponse')
      asArray(o.items, 'items').forEach((t, i) => mapThread(asObject(t, `items[${i}]`), `items[${i}]`, out));
    else mapThread(o, 'record', out);
    return out;
  },
};
