/**
 * Delivery: parsing `<transformations…>/v<version>/<public_id>.<ext>` and applying the
 * transformations for real with sharp, with Cloudinary's crop-mode semantics.
 *
 * Applied: c_ (scale, fit, limit, mfit, fill, lfill, thumb, crop, pad, lpad), w_, h_ (pixels, or a
 * fraction such as w_0.5), g_ (compass; auto/face/faces use sharp's attention strategy, as no face
 * detection exists offline), b_ (pad colour), q_ and f_. Every other parameter (e_, r_, ar_, dpr_,
 * fl_, l_, o_, x_, y_, z_, …) is recognised as a transformation and ignored: the project's
 * URLs do not use them, and a faithful imitation would need Cloudinary's whole renderer.
 * Animated GIFs keep only their first frame once transformed (sharp reads one page by default).
 */
import sharp, { type Color, type Sharp } from 'sharp';
import { CloudinaryError } from './http';

export const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};
const EXTENSIONS: Record<string, string> = { jpg: 'jpg', jpeg: 'jpg', jpe: 'jpg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' };

// Cloudinary's URL parameter names; a path segment made only of these is a transformation, not a folder.
const PARAM_KEYS = new Set(
  'a ac af ar b bo br c co cs d dl dn dpr du e eo f fl fn fps g h if ki l o p pg q r so sp t u vc vs w x y z'.split(' '),
);
const CROP_MODES = new Set(['scale', 'fit', 'limit', 'mfit', 'fill', 'lfill', 'thumb', 'crop', 'pad', 'lpad']);
const QUALITY_PRESETS: Record<string, number> = { best: 90, good: 80, eco: 65, low: 50 };
// Cloudinary's default quality for lossy formats.
const DEFAULT_QUALITY = 80;
// The free plan's cap on a derived image (25 megapixels); it also keeps w_99999 from exhausting memory.
const MAX_PIXELS = 25_000_000;

export interface DeliveryRequest {
  components: Map<string, string>[];
  publicId: string;
  version?: number;
  /** The format the extension asks for, if the last segment carries a known image extension. */
  extension?: string;
}

function parseComponent(segment: string): Map<string, string> | undefined {
  const params = new Map<string, string>();
  for (const part of segment.split(',')) {
    const m = /^([a-z]{1,3})_(.+)$/.exec(part);
    if (!m?.[1] || !m[2] || !PARAM_KEYS.has(m[1])) return undefined;
    params.set(m[1], m[2]);
  }
  return params;
}

/** Splits the path after `/<cloud>/image/upload/`; undefined when no public_id remains. */
export function parseDeliveryPath(rest: string): DeliveryRequest | undefined {
  const segments = rest.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const components: Map<string, string>[] = [];
  let i = 0;
  // Transformations come first; a `v<digits>` segment, when present, ends them.
  for (; i < segments.length; i++) {
    const parsed = parseComponent(segments[i] ?? '');
    if (!parsed) break;
    components.push(parsed);
  }
  let version: number | undefined;
  const v = /^v(\d+)$/.exec(segments[i] ?? '');
  if (v && i < segments.length - 1) {
    version = Number(v[1]);
    i++;
  }
  let publicId = segments.slice(i).join('/');
  if (!publicId) return undefined;
  const ext = /\.([a-z0-9]+)$/i.exec(publicId);
  const extension = ext?.[1] ? EXTENSIONS[ext[1].toLowerCase()] : undefined;
  // An unknown suffix is part of the public_id (ids may contain dots).
  if (extension) publicId = publicId.slice(0, -(ext?.[0].length ?? 0));
  return { components, publicId, version, extension };
}

type Position = string | number;
function gravity(value: string | undefined): Position {
  if (!value) return 'centre';
  if (/^(auto|face|faces|adv_face|adv_faces)/.test(value)) return sharp.strategy.attention;
  const compass: Record<string, string> = {
    center: 'centre', north: 'north', south: 'south', east: 'east', west: 'west',
    north_east: 'northeast', north_west: 'northwest', south_east: 'southeast', south_west: 'southwest',
  };
  return compass[value] ?? 'centre';
}

function background(value: string | undefined): Color {
  if (!value || value === 'white') return '#ffffff';
  if (value === 'black') return '#000000';
  if (value === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  const rgb = /^rgb:([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value);
  if (rgb?.[1]) {
    const byte = (i: number) => parseInt(rgb[1]?.slice(i, i + 2) ?? '0', 16);
    return { r: byte(0), g: byte(2), b: byte(4), alpha: rgb[2] ? parseInt(rgb[2], 16) / 255 : 1 };
  }
  return '#ffffff';
}

/** Delivery refusals: an empty 400 with the reason in X-Cld-Error, as Cloudinary's CDN answers. */
function invalid(reason: string): CloudinaryError {
  return new CloudinaryError(400, 'Invalid transformation', { 'x-cld-error': reason });
}

/** `w_400` is pixels; `w_0.5` (a decimal up to 1) is relative to the current size, as in Cloudinary. */
function dimension(value: string | undefined, current: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw invalid(`Invalid dimension ${value}`);
  return Math.max(1, Math.round(value.includes('.') && n <= 1 ? n * current : n));
}

/** Applies one resize/crop component to an image of size `size`. */
function resize(img: Sharp, size: { width: number; height: number }, p: Map<string, string>): Sharp {
  const w = dimension(p.get('w'), size.width);
  const h = dimension(p.get('h'), size.height);
  const mode = p.get('c') ?? 'scale';
  if (!CROP_MODES.has(mode)) throw invalid(`Invalid crop mode - ${mode}`);
  if (w === undefined && h === undefined) return img;
  const both = w !== undefined && h !== undefined;
  // The largest output any mode can give: both sides, or one side and the kept aspect ratio.
  const outW = w ?? Math.round(((h ?? 1) * size.width) / size.height);
  const outH = h ?? Math.round(((w ?? 1) * size.height) / size.width);
  if (outW * outH > MAX_PIXELS) throw invalid(`Maximum image size is 25 Megapixels. Requested ${outW}x${outH}`);
  const position = gravity(p.get('g'));
  switch (mode) {
    case 'crop': {
      // Cuts a region at gravity without scaling; attention needs a resize, so auto crops centre.
      const cw = Math.min(w ?? size.width, size.width);
      const ch = Math.min(h ?? size.height, size.height);
      const anchor = typeof position === 'string' ? position : 'centre';
      const spareX = size.width - cw;
      const spareY = size.height - ch;
      const left = anchor.includes('west') ? 0 : anchor.includes('east') ? spareX : Math.floor(spareX / 2);
      const top = anchor.startsWith('north') ? 0 : anchor.startsWith('south') ? spareY : Math.floor(spareY / 2);
      return img.extract({ left, top, width: cw, height: ch });
    }
    // fit scales up or down to fit inside w×h; limit only ever shrinks; mfit only ever grows.
    case 'fit':
    case 'limit':
    case 'mfit':
      return img.resize(w, h, { fit: 'inside', withoutEnlargement: mode === 'limit', withoutReduction: mode === 'mfit' });
    // fill covers w×h exactly and crops the overflow at gravity; lfill never enlarges. thumb is
    // fill aimed at faces: without face detection, attention (or the given gravity) picks the crop.
    case 'fill':
    case 'lfill':
    case 'thumb':
      if (!both) return img.resize(w, h);
      return img.resize(w, h, { fit: 'cover', position, withoutEnlargement: mode === 'lfill' });
    case 'pad':
    case 'lpad': {
      if (!both) return img.resize(w, h);
      const bg = background(p.get('b'));
      // lpad never enlarges: a smaller image is only centred on a w×h canvas.
      if (mode === 'lpad' && size.width <= w && size.height <= h) {
        const left = Math.floor((w - size.width) / 2);
        const top = Math.floor((h - size.height) / 2);
        return img.extend({ left, top, right: w - size.width - left, bottom: h - size.height - top, background: bg });
      }
      return img.resize(w, h, { fit: 'contain', background: bg });
    }
    default:
      // scale: both sides → exact size, aspect ratio not kept; one side → the other follows.
      return img.resize(w, h, { fit: both ? 'fill' : 'cover' });
  }
}

function quality(value: string | undefined): number {
  if (!value) return DEFAULT_QUALITY;
  if (value.startsWith('auto')) return QUALITY_PRESETS[value.split(':')[1] ?? 'good'] ?? DEFAULT_QUALITY;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 && n <= 100 ? n : DEFAULT_QUALITY;
}

/** The output format: f_ wins over the extension, which wins over the stored format. */
export function outputFormat(req: DeliveryRequest, original: string, accept: string): { format: string; negotiated: boolean } {
  let f: string | undefined;
  for (const c of req.components) f = c.get('f') ?? f;
  if (f === 'auto') {
    // WebP wherever the browser says it takes it; AVIF is not picked, as its encoding is slow and
    // the project's clients only rely on "a modern format when accepted".
    return { format: /image\/webp/i.test(accept) ? 'webp' : (req.extension ?? original), negotiated: true };
  }
  const explicit = f ? EXTENSIONS[f] : undefined;
  return { format: explicit ?? req.extension ?? original, negotiated: false };
}

/** Renders a delivery request; returns the original bytes untouched when nothing changes. */
export async function render(original: Buffer, storedFormat: string, req: DeliveryRequest, format: string): Promise<Buffer> {
  const resizing = req.components.filter((c) => c.has('w') || c.has('h') || c.has('c'));
  const q = req.components.reduce<string | undefined>((acc, c) => c.get('q') ?? acc, undefined);
  if (resizing.length === 0 && q === undefined && format === storedFormat) return original;

  // Each component works on the previous one's output (sharp applies only one resize per pipeline).
  let current = await sharp(original).autoOrient().raw().toBuffer({ resolveWithObject: true });
  for (const component of resizing) {
    const img = sharp(current.data, { raw: current.info });
    current = await resize(img, current.info, component).raw().toBuffer({ resolveWithObject: true });
  }
  const out = sharp(current.data, { raw: current.info });
  const level = quality(q);
  switch (format) {
    case 'jpg':
      // JPEG has no alpha; Cloudinary flattens transparency onto white.
      return out.flatten({ background: '#ffffff' }).jpeg({ quality: level }).toBuffer();
    case 'png':
      return out.png().toBuffer();
    case 'webp':
      return out.webp({ quality: level }).toBuffer();
    case 'avif':
      return out.avif({ quality: level }).toBuffer();
    default:
      return out.gif().toBuffer();
  }
}
