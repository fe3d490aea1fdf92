// Stands in for `postal-mime` in the Worker's bundle (wrangler.toml [alias]). The resend SDK imports it
// only to parse received mail for `forwardPassthrough`, which this API never calls; sending is unaffected,
// and the bundle is 70 KiB (minified) lighter.
export default {
  parse(): never {
    throw new Error('parsing received mail is not part of this Worker (postal-mime is aliased away in wrangler.toml)');
  },
};
