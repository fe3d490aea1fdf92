import { z } from '@hono/zod-openapi';
import { changesSomething, CountryCode, Id, NOTHING_TO_CHANGE, Text, Timestamp } from './common';
import { MarketParam } from './markets';

// The admin's view of markets, currencies, exchange rates, price lists and prices.

/** An ISO 4217 currency code, upper-cased. */
export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
  .openapi({ example: 'EUR' });

const Locale = z.string().trim().max(35).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as en-IE').openapi({ example: 'en-IE' });
const Countries = z
  .array(CountryCode)
  .max(300)
  .refine((cs) => new Set(cs).size === cs.length, 'lists a country twice')
  .openapi({ description: 'ISO 3166-1 alpha-2 codes; a country belongs to at most one active market', example: ['DE', 'FR'] });

export const MarketInput = z
  .object({
    handle: MarketParam,
    name: Text(100),
    currency: CurrencyCode,
    countries: Countries.default([]),
    tax_inclusive: z.boolean().default(false),
    default_locale: Locale.default('en-US'),
    is_active: z.boolean().default(true),
    is_default: z.boolean().default(false).openapi({ description: 'Making a market the default takes it from the one before' }),
  })
  .strict()
  .openapi('MarketInput');
export type MarketInput = z.infer<typeof MarketInput>;

export const MarketUpdate = z
  .object({
    name: Text(100).optional(),
    currency: CurrencyCode.optional(),
    countries: Countries.optional(),
    tax_inclusive: z.boolean().optional(),
    default_locale: Locale.optional(),
    is_active: z.boolean().optional(),
    is_default: z.literal(true).optional().openapi({ description: 'Makes this market the default (another must be made the default to change it)' }),
  })
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('MarketUpdate');
export type MarketUpdate = z.infer<typeof MarketUpdate>;

export const AdminMarket = z
  .object({
    id: z.number().int(),
    handle: z.string(),
    name: z.string(),
    currency: z.string(),
    countries: z.array(z.string()),
    tax_inclusive: z.boolean(),
    default_locale: z.string(),
    is_active: z.boolean(),
    is_default: z.boolean(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('AdminMarket');
export type AdminMarket = z.infer<typeof AdminMarket>;
export const AdminMarketList = z.object({ data: z.array(AdminMarket) }).openapi('AdminMarketList');

export const CurrencyInput = z
  .object({
    rounding_increment: z.number().int().min(1).max(1_000_000).default(1).openapi({ example: 100, description: 'Converted prices round up to a multiple of this many minor units (100 for whole euros)' }),
    rounding_ending: z.number().int().min(0).max(999_999).default(0).openapi({ description: 'then end in this many minor units within the increment (99 with 100: x.99)' }),
  })
  .strict()
  .refine((v) => v.rounding_ending < v.rounding_increment, { message: 'must be smaller than rounding_increment', path: ['rounding_ending'] })
  .openapi('CurrencyInput');
export type CurrencyInput = z.infer<typeof CurrencyInput>;

export const Currency = z
  .object({
    code: z.string(),
    exponent: z.number().int().openapi({ description: 'ISO 4217 decimal places (0 for JPY); amounts of this currency have this many' }),
    rounding_increment: z.number().int(),
    rounding_ending: z.number().int(),
    updated_at: Timestamp,
  })
  .openapi('Currency');
export const CurrencyList = z.object({ data: z.array(Currency) }).openapi('CurrencyList');
export const CurrencyPath = z.object({ code: CurrencyCode.openapi({ param: { name: 'code', in: 'path' } }) });

/** A positive decimal with at most 9 integer and 10 fractional digits, kept exact as text. */
const RateText = z
  .union([z.string().trim(), z.number().finite()])
  .transform((v) => (typeof v === 'number' ? v.toString() : v))
  .pipe(z.string().regex(/^\d{1,9}(\.\d{1,10})?$/, 'must be a positive decimal with at most 10 places').refine((s) => /[1-9]/.test(s), 'must be above 0'))
  .openapi({ type: 'string', description: 'Units of `quote` one unit of `base` buys, as a decimal string (numbers are accepted)', example: '0.92' });

export const ExchangeRateInput = z.object({ rate: RateText }).strict().openapi('ExchangeRateInput');
export const ExchangeRate = z.object({ base: z.string(), quote: z.string(), rate: z.string(), updated_at: Timestamp }).openapi('ExchangeRate');
export const ExchangeRateList = z.object({ data: z.array(ExchangeRate) }).openapi('ExchangeRateList');
export const RatePath = z
  .object({
    base: CurrencyCode.openapi({ param: { name: 'base', in: 'path' } }),
    quote: CurrencyCode.openapi({ param: { name: 'quote', in: 'path' } }),
  })
  .refine((p) => p.base !== p.quote, { message: 'must differ from base', path: ['quote'] });

const When = z.iso.datetime({ offset: true }).openapi({ example: '2026-12-01T00:00:00Z' });
const PriceListKind = z.enum(['price', 'sale']).openapi({ description: '`price`: the one list of explicit prices per currency; `sale`: overrides while it runs' });

export const PriceListInput = z
  .object({
    name: Text(100),
    kind: PriceListKind,
    currency: CurrencyCode,
    starts_at: When.optional(),
    ends_at: When.optional(),
    is_active: z.boolean().default(true),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'sale' && !v.starts_at) ctx.addIssue({ code: 'custom', path: ['starts_at'], message: 'a sale needs a start' });
    if (v.kind === 'price' && (v.starts_at || v.ends_at)) ctx.addIssue({ code: 'custom', path: ['starts_at'], message: 'a price list has no window' });
    if (v.starts_at && v.ends_at && Date.parse(v.ends_at) <= Date.parse(v.starts_at)) ctx.addIssue({ code: 'custom', path: ['ends_at'], message: 'must be after starts_at' });
  })
  .openapi('PriceListInput');
export type PriceListInput = z.infer<typeof PriceListInput>;

export const PriceListUpdate = z
  .object({
    name: Text(100).optional(),
    starts_at: When.optional(),
    ends_at: When.nullable().optional(),
    is_active: z.boolean().optional(),
  })
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('PriceListUpdate');
export type PriceListUpdate = z.infer<typeof PriceListUpdate>;

export const PriceList = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: PriceListKind,
    currency: z.string(),
    starts_at: Timestamp.nullable(),
    ends_at: Timestamp.nullable(),
    is_active: z.boolean(),
    running: z.boolean().openapi({ description: 'Active, and (for a sale) inside its window now' }),
    price_count: z.number().int(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('PriceList');
export type PriceList = z.infer<typeof PriceList>;
export const PriceListPage = z.object({ data: z.array(PriceList), next_cursor: z.string().nullable() }).openapi('PriceListPage');
export const PriceListQuery = z.object({
  currency: CurrencyCode.optional(),
  kind: PriceListKind.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2048).optional(),
});

/** An amount in the list's currency as a decimal; its places are checked against the currency. */
const Amount = z.number().min(0).max(1_000_000_000).openapi({ description: "In the list's currency, with at most its decimal places (none for JPY)", example: 24.99 });
const PriceTarget = { product_id: Id, variant_id: Id.nullable().default(null).openapi({ description: "null: the product's own price" }) };

export const PriceItem = z.object({ ...PriceTarget, amount: Amount, compare_at_amount: Amount.nullable().default(null) }).strict();
export const PricesSet = z
  .object({ items: z.array(PriceItem).min(1).max(1000) })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.items.forEach((it, i) => {
      const key = `${it.product_id}/${it.variant_id}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['items', i], message: 'names a product or variant twice' });
      seen.add(key);
    });
  })
  .openapi('PricesSet');
export type PricesSet = z.infer<typeof PricesSet>;
export const PricesDelete = z
  .object({ items: z.array(z.object(PriceTarget).strict()).min(1).max(1000) })
  .strict()
  .openapi('PricesDelete', { example: { items: [{ product_id: 42, variant_id: null }] } });
export type PricesDelete = z.infer<typeof PricesDelete>;

export const Price = z
  .object({
    product_id: z.number().int(),
    variant_id: z.number().int().nullable(),
    amount: z.number(),
    compare_at_amount: z.number().nullable(),
    currency: z.string(),
    updated_at: Timestamp,
  })
  .openapi('Price');
export const PricePage = z.object({ data: z.array(Price), next_cursor: z.string().nullable() }).openapi('PricePage');
export const PricesWritten = z.object({ written: z.number().int(), product_ids: z.array(z.number().int()) }).openapi('PricesWritten', { example: { written: 2, product_ids: [42, 43] } });
export const PriceQuery = z.object({
  product_id: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(2048).optional(),
});

/** The store's markets as a storefront sees them, and the one this request was given. */
export const PublicMarketList = z
  .object({
    data: z.array(
      z.object({ handle: z.string(), name: z.string(), currency: z.string(), currency_exponent: z.number().int(), tax_inclusive: z.boolean(), locale: z.string(), countries: z.array(z.string()), is_default: z.boolean() }),
    ),
    current: z.string().openapi({ description: 'The handle this request was given (X-Market, preference, country, else the default)' }),
  })
  .openapi('MarketList', {
    example: { data: [{ handle: 'eu', name: 'Euro area', currency: 'EUR', currency_exponent: 2, tax_inclusive: true, locale: 'en-IE', countries: ['DE', 'FR'], is_default: false }], current: 'eu' },
  });
