// Public tracking pages of the carriers we know; any other carrier is shown without a link.
const TRACKING_URLS: Record<string, (n: string) => string> = {
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  dhl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}`,
  royal_mail: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  canada_post: (n) => `https://www.canadapost-postescanada.ca/track-reperage/en#/details/${n}`,
  australia_post: (n) => `https://auspost.com.au/mypost/track/details/${n}`,
};

/** Normalises a carrier name to a key: "Royal Mail" → royal_mail, "FedEx" → fedex. */
export function carrierKey(carrier: string): string {
  return carrier.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The carrier's tracking page for a tracking number, or null for an unknown carrier. */
export function trackingUrl(carrier: string | null, trackingNumber: string | null): string | null {
  if (!carrier || !trackingNumber) return null;
  const build = TRACKING_URLS[carrierKey(carrier)];
  return build ? build(encodeURIComponent(trackingNumber)) : null;
}
