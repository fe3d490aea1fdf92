import { button, formatDateTime, html, layout, type MailContext, type RenderedMail, textLayout } from './html';

export interface AccountMailInput {
  /** The link with its single-use token. */
  link: string;
  expiresAt: string;
}

export function verifyEmail(ctx: MailContext, input: AccountMailInput): RenderedMail {
  const heading = 'Confirm your email address';
  const expires = formatDateTime(input.expiresAt);
  return {
    subject: `Confirm your email for ${ctx.storeName}`,
    html: layout(ctx, {
      preheader: 'One click to finish setting up your account.',
      heading,
      body: html`<p>Welcome to ${ctx.storeName}. Confirm that this address is yours to finish setting up your account.</p>
${button(input.link, 'Confirm email')}
<p style="color:#6b7280;font-size:13px">The link works once, until ${expires}. If you did not create an account, ignore this message.</p>`,
    }),
    text: textLayout(ctx, heading, [
      `Welcome to ${ctx.storeName}. Confirm that this address is yours to finish setting up your account:`,
      '',
      input.link,
      '',
      `The link works once, until ${expires}. If you did not create an account, ignore this message.`,
    ]),
  };
}

export function passwordReset(ctx: MailContext, input: AccountMailInput): RenderedMail {
  const heading = 'Reset your password';
  const expires = formatDateTime(input.expiresAt);
  return {
    subject: `Reset your ${ctx.storeName} password`,
    html: layout(ctx, {
      preheader: 'A link to choose a new password.',
      heading,
      body: html`<p>Someone asked to reset the password of your ${ctx.storeName} account. Choose a new one here:</p>
${button(input.link, 'Choose a new password')}
<p style="color:#6b7280;font-size:13px">The link works once, until ${expires}, and signs out every session. If you did not ask for it, ignore this message: your password stays as it is.</p>`,
    }),
    text: textLayout(ctx, heading, [
      `Someone asked to reset the password of your ${ctx.storeName} account. Choose a new one here:`,
      '',
      input.link,
      '',
      `The link works once, until ${expires}, and signs out every session. If you did not ask for it, ignore this message: your password stays as it is.`,
    ]),
  };
}
