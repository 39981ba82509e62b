// The shipped stance model: a stance classifier (neutral | support | oppose) and a target classifier
// (01 | 02 | 03 | party | cakada | caleg) over the same hashed features, plus the metadata needed to
// rebuild its features. Binary layout: "NSTM" | u32 header length | JSON header | pad to 4 | float32
// stance weights | float32 target weights (little-endian).
import { createLinearModel, type LinearModel } from './linear-model.ts';

export const STANCE_CLASSES = ['neutral', 'support', 'oppose'] as const;
export const TARGET_CLASSES = ['01', '02', '03', 'party', 'cakada', 'caleg'] as const;
export type TargetClass = (typeof TARGET_CLASSES)[number];

export interface StanceModelMeta {
  version: 1;
  featureBits: number;
  stanceBits: number;
  targetBits: number;
  stem: boolean;
  /** partisan score at or above which a post is support/oppose (picked on the validation split) */
  threshold: number;
  /** what the model was trained on, for the report */
  training: Record<string, unknown>;
}

export interface StanceModel {
  meta: StanceModelMeta;
  stance: LinearModel;
  target: LinearModel;
}

const MAGIC = [0x4e, 0x53, 0x54, 0x4d];

export function emptyStanceModel(meta: Omit<StanceModelMeta, 'version'>): StanceModel {
  return {
    meta: { version: 1, ...meta },
    stance: createLinearModel(STANCE_CLASSES, meta.stanceBits),
    target: createLinearModel(TARGET_CLASSES, meta.targetBits),
  };
}

export function encodeStanceModel(m: StanceModel): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify(m.meta));
  const headEnd = 8 + header.length;
  const pad = (4 - (headEnd % 4)) % 4;
  const total = headEnd + pad + (m.stance.weights.length + m.target.weights.length) * 4;
  const out = new Uint8Array(total);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  const floats = new DataView(out.buffer, headEnd + pad);
  let o = 0;
  for (const w of [m.stance.weights, m.target.weights])
    for (let i = 0; i < w.length; i++, o += 4) floats.setFloat32(o, w[i], true);
  return out;
}

export function decodeStanceModel(bytes: Uint8Array): StanceModel {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b))
    throw new Error('not a Netra stance model file (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = view.getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + hlen))) as StanceModelMeta;
  if (meta.version !== 1) throw new Error(`unsupported stance model version ${meta.version}`);
  const m = emptyStanceModel(meta);
  const headEnd = 8 + hlen;
  let o = headEnd + ((4 - (headEnd % 4)) % 4);
  const need = o + (m.stance.weights.length + m.target.weights.length) * 4;
  if (bytes.length !== need) throw new Error(`stance model file has ${bytes.length} bytes, expected ${need}`);
  for (const w of [m.stance.weights, m.target.weights])
    for (let i = 0; i < w.length; i++, o += 4) w[i] = view.getFloat32(o, true);
  return m;
}
