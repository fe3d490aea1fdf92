export { type ResendFault, type ResendStandin, type ResendStandinOptions, type SentMail, startResendStandin } from './server';
