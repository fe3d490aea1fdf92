import type { Env } from '../lib/env';
import type { Logger } from '../lib/logger';

export interface MailMessage {
  /** The recipient; never logged. */
  to: string;
  subject: string;
  /** The one link the message carries (verification, reset). */
  link: string;
}

/** Sends transactional mail. A real provider plugs in here; none is wired yet. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Development and test: the link is written to the log so it can be followed by hand. */
class LogMailer implements Mailer {
  constructor(private readonly log: Logger) {}
  async send(message: MailMessage): Promise<void> {
    this.log.info('mail (dev: not sent)', { subject: message.subject, link: message.link });
  }
}

/** Production without a provider: say so, but never log the link (it carries a secret token). */
class DisabledMailer implements Mailer {
  constructor(private readonly log: Logger) {}
  async send(message: MailMessage): Promise<void> {
    this.log.warn('mail not sent: no mail provider is configured', { subject: message.subject });
  }
}

export function createMailer(env: Env, log: Logger): Mailer {
  return env.ENVIRONMENT === 'production' ? new DisabledMailer(log) : new LogMailer(log);
}
