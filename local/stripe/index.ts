export { type StripeFault, type StripeStandin, type StripeStandinOptions, startStripeStandin } from './server';
export { signature } from './webhooks';
