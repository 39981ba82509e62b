// TikTok Research API → Activity. Records are responses of /v2/research/video/query/
// ({data:{videos:[…], cursor, has_more, search_id}, error:{code:'ok'}}) and /v2/research/video/comment/list/
// ({data:{comments:[…], cursor, has_more}, error}), or their items one per line. Comment objects carry no
// author (the API's field list is id, video_id, text, like_count, reply_count, parent_comment_id,
// create_time), so comments are stored unattributed: their text still counts for partisan detection.
import {
  RecordError,
  asArray,
  asObject,
  optionalString,
  requireString,
  requireUnixTime,
  type Adapter,
  type AdapterOutput,
} from './activity.ts';

const SOURCE = 'tiktok_research';

function mapVideo(v: Record<string, any>, field: string, out: AdapterOutput) {
  const username = requireString(v.username, `${field}.username`).toLowerCase();
  const actor = { platform: 'tiktok', handle: username };
  out.accounts.push(actor);
  out.activities.push({
    platform: 'tiktok',
    platformId: requireString(v.id, `${field}.id`),
    kind: 'post',
    actor,
    target: null,
    targetPostId: null,
    text: optionalString(v.video_description, `${field}.video_description`),
    media: [{ type: 'video', url: null }],
    occurredAt: requireUnixTime(v.create_time, `${field}.create_time`),
    source: SOURCE,
    raw: v,
  });
}

function mapComment(c: Record<string, any>, field: string, out: AdapterOutput) {
  const videoId = requireString(c.video_id, `${field}.video_id`);
  const parent = c.parent_comment_id != null ? String(c.parent_comment_id) : videoId;
  out.activities.push({
    platform: 'tiktok',
    platformId: requireString(c.id, `${field}.id`),
    kind: parent === videoId ? 'comment' : 'reply',
    actor: null,
    target: null,
    targetPostId: parent,
    text: optionalString(c.text, `${field}.text`),
    media: [],
    occurredAt: requireUnixTime(c.create_time, `${field}.create_time`),
    source: SOURCE,
    raw: c,
  });
}

export const tiktokAdapter: Adapter = {
  source: SOURCE,
  map(record): AdapterOutput {
    const out: AdapterOutput = { activities: [], accounts: [] };
    const o = asObject(record, 'record');
    if (o.error && o.error.code && o.error.code !== 'ok')
      throw new RecordError('error.code', `respons TikTok berisi galat "${o.error.code}": ${o.error.message ?? ''}`);
    if (o.data) {
      const d = asObject(o.data, 'data');
      asArray(d.videos, 'data.videos').forEach((v, i) => mapVideo(asObject(v, `data.videos[${i}]`), `data.videos[${i}]`, out));
      asArray(d.comments, 'data.comments').forEach((c, i) =>
        mapComment(asObject(c, `data.comments[${i}]`), `data.comments[${i}]`, out),
      );
      return out;
    }
    if ('video_id' in o) mapComment(o, 'record', out);
    else if ('username' in o) mapVideo(o, 'record', out);
    else throw new RecordError('record', 'bukan video maupun komentar TikTok Research API');
    return out;
  },
};
