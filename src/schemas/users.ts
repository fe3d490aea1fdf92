import { z } from '@hono/zod-openapi';
import { PostalAddress } from './addresses';
import { Text, Timestamp } from './common';

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email()).openapi({ example: 'ada@example.com' });
export const Password = z.string().min(10, 'must be at least 10 characters').max(256).openapi({ example: 'correct horse battery' });
const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, 'must be 3-32 letters, digits, dots, dashes or underscores')
  .openapi({ example: 'ada' });
const DateOfBirth = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10), 'must be a past date')
  .openapi({ example: '1990-12-10' });

const PreferencesInput = z
  .object({
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').optional(),
    language: z.string().trim().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag').optional(),
    newsletter_subscribed: z.boolean().optional(),
    marketing_emails: z.boolean().optional(),
  })
  .strict();
export type PreferencesInput = z.infer<typeof PreferencesInput>;

const profileFields = {
  first_name: Text(100).nullish(),
  last_name: Text(100).nullish(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,20}$/, 'must be a phone number').nullish(),
  date_of_birth: DateOfBirth.nullish(),
  preferences: PreferencesInput.optional(),
};

export const RegisterBody = z
  .object({ email: Email, password: Password, username: Username.optional(), ...profileFields })
  .strict()
  .refine((b) => b.password.trim().toLowerCase() !== b.email, { path: ['password'], message: 'must not be the email address' })
  .openapi('RegisterBody', { example: { email: 'ada@example.com', password: 'correct horse battery', first_name: 'Ada' } });
export type RegisterBody = z.infer<typeof RegisterBody>;

export const LoginBody = z
  .object({ email: z.string().trim().toLowerCase().max(254).optional(), username: z.string().trim().max(32).optional(), password: z.string().min(1).max(256) })
  .strict()
  .refine((b) => (b.email === undefined) !== (b.username === undefined), { message: 'give either email or username' })
  .openapi('LoginBody', { example: { email: 'ada@example.com', password: 'correct horse battery' } });
export type LoginBody = z.infer<typeof LoginBody>;

export const ProfileUpdate = z
  .object({ username: Username.nullish(), ...profileFields })
  .strict()
  .openapi('ProfileUpdate', { example: { first_name: 'Ada', preferences: { currency: 'EUR', newsletter_subscribed: true } } });
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;

export const PasswordChange = z
  .object({ current_password: z.string().min(1).max(256), new_password: Password })
  .strict()
  .openapi('PasswordChange');

export const RefreshBody = z.object({ refresh_token: z.string().min(16).max(200) }).strict().openapi('RefreshBody', { example: { refresh_token: 'rt_Zk3qV9xW2mN8pL4sT6yB1cD5fG7hJ0aE' } });
export const TokenBody = z.object({ token: z.string().min(16).max(200) }).strict().openapi('TokenBody', { example: { token: 'vt_Qm4nP8rS2tU6wX0yZ3aB5cD7eF9gH1jK' } });
export const ForgotBody = z.object({ email: Email }).strict().openapi('ForgotPasswordBody');
export const ResetBody = z.object({ token: z.string().min(16).max(200), new_password: Password }).strict().openapi('ResetPasswordBody');

export const User = z
  .object({
    id: z.number().int(),
    email: z.string(),
    username: z.string().nullable(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    phone: z.string().nullable(),
    date_of_birth: z.string().nullable(),
    shipping_address: PostalAddress.nullable(),
    billing_address: PostalAddress.nullable(),
    preferences: z.object({
      currency: z.string(),
      language: z.string(),
      newsletter_subscribed: z.boolean(),
      marketing_emails: z.boolean(),
    }),
    is_active: z.boolean(),
    is_admin: z.boolean(),
    role: z.enum(['customer', 'staff', 'admin']).openapi({ description: 'admin: everything; staff: orders and fulfilment, customers and catalogue read-only' }),
    is_verified: z.boolean(),
    last_login: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('User');
export type User = z.infer<typeof User>;

export const AuthResponse = z
  .object({
    access_token: z.string(),
    refresh_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().openapi({ example: 900 }),
    user: User,
  })
  .openapi('AuthResponse');
export type AuthResponse = z.infer<typeof AuthResponse>;
