import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, NullableJson, NullableTimestamp, Timestamp } from './columns';

// Accounts: users, their addresses, sessions, password resets and idempotency keys.

export type Role = 'customer' | 'staff' | 'admin';

export interface AddressJson {
  first_name?: string | null;
  last_name?: string | null;
  company?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postal_code: string;
  country: string;
  phone?: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  username: string | null;
  password_hash: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  date_of_birth: ColumnType<Date | null, string | null | undefined, string | null>;
  shipping_address: NullableJson<AddressJson>;
  billing_address: NullableJson<AddressJson>;
  preferred_currency: Generated<string>;
  preferred_language: Generated<string>;
  newsletter_subscribed: Generated<boolean>;
  marketing_emails: Generated<boolean>;
  is_active: Generated<boolean>;
  is_admin: Generated<boolean>;
  /** Kept in step with is_admin by a trigger (migration 0017). */
  role: ColumnType<Role, Role | undefined, Role>;
  is_verified: Generated<boolean>;
  verification_token_hash: string | null;
  verification_token_expires_at: NullableTimestamp;
  last_login: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AddressesTable {
  id: Generated<number>;
  user_id: number;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postal_code: string;
  country: string;
  phone: string | null;
  is_default_shipping: Generated<boolean>;
  is_default_billing: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type RevokedReason = 'rotated' | 'reused' | 'logout' | 'password_changed' | 'password_reset' | 'account_disabled';

export interface RefreshTokensTable {
  id: Generated<number>;
  user_id: number;
  family_id: string;
  token_hash: string;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  revoked_reason: RevokedReason | null;
  created_at: CreatedAt;
}

export interface PasswordResetsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  response_status: number | null;
  response_body: NullableJson<Record<string, unknown>>;
  order_id: number | null;
  created_at: CreatedAt;
}
