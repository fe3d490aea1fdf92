// Cloudinary delivery URLs for the sizes the API offers. A URL that is not a Cloudinary delivery
// URL (an external image) is returned unchanged for every size.

export const TRANSFORMATIONS = {
  thumbnail: 'c_thumb,w_150,h_150,g_auto/f_auto,q_auto',
  medium: 'c_fit,w_400,h_400/f_auto,q_auto',
  large: 'c_fit,w_800,h_800/f_auto,q_auto',
} as const;

const UPLOAD_SEGMENT = '/image/upload/';

/** Inserts `transformation` right after `/image/upload/` of a Cloudinary URL. */
export function transformedUrl(url: string, transformation: string): string {
  const at = url.indexOf(UPLOAD_SEGMENT);
  if (at < 0) return url;
  const head = url.slice(0, at + UPLOAD_SEGMENT.length);
  return `${head}${transformation}/${url.slice(head.length)}`;
}

export function imageSizes(url: string) {
  return {
    thumbnail_url: transformedUrl(url, TRANSFORMATIONS.thumbnail),
    medium_url: transformedUrl(url, TRANSFORMATIONS.medium),
    large_url: transformedUrl(url, TRANSFORMATIONS.large),
  };
}
