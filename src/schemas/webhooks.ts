import { z } from '@hono/zod-openapi';
import { WEBHOOK_TOPICS } from '../events/catalog';
import { changesSomething, NOTHING_TO_CHANGE, Text, Timestamp } from './common';
import { PageQuery } from './pagination';

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Where deliveries go; the target rules (public https in production) are checked on save too. */
const WebhookUrl = Text(2048)
  .refine(isHttpUrl, 'must be an http(s) URL')
  .openapi({ format: 'uri', example: 'https://erp.example.com/hooks/shop' });

const Topic = z.enum(WEBHOOK_TOPICS as [string, ...string[]]).openapi({ description: 'An event type, a family (`order.*`) or `*`' });
const Topics = z
  .array(Topic)
  .min(1)
  .max(50)
  .transform((t) => [...new Set(t)])
  .openapi({ example: ['order.*', 'inventory.low'] });

export const WebhookEndpointInput = z
  .object({
    url: WebhookUrl,
    topics: Topics,
    description: Text(500).optional(),
    active: z.boolean().default(true),
  })
  .strict()
  .openapi('WebhookEndpointInput');
export type WebhookEndpointInput = z.infer<typeof WebhookEndpointInput>;

export const WebhookEndpointUpdate = z
  .object({
    url: WebhookUrl.optional(),
    topics: Topics.optional(),
    description: Text(500).nullable().optional(),
    active: z.boolean().optional().openapi({ description: 'true also re-enables an endpoint switched off for failing' }),
  })
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('WebhookEndpointUpdate');
export type WebhookEndpointUpdate = z.infer<typeof WebhookEndpointUpdate>;

export const WebhookEndpoint = z
  .object({
    id: z.number().int(),
    url: z.string(),
    topics: z.array(z.string()),
    description: z.string().nullable(),
    active: z.boolean(),
    failing_since: Timestamp.nullable().openapi({ description: 'Every delivery has failed since then' }),
    disabled_at: Timestamp.nullable().openapi({ description: 'Switched off after failing for 3 days' }),
    disabled_reason: z.string().nullable(),
    previous_secret_expires_at: Timestamp.nullable().openapi({ description: 'Until then the previous secret signs too' }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('WebhookEndpoint');
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

const Secret = z.string().openapi({ description: 'The signing secret (`whsec_<base64>`); shown only now', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });

export const CreatedWebhookEndpoint = WebhookEndpoint.extend({ secret: Secret }).openapi('CreatedWebhookEndpoint');

export const RotatedSecret = z
  .object({
    secret: Secret,
    previous_secret_expires_at: Timestamp.openapi({ description: 'Deliveries are signed with both secrets until then' }),
  })
  .openapi('RotatedWebhookSecret');

export const WebhookEndpointList = z.object({ data: z.array(WebhookEndpoint), next_cursor: z.string().nullable() }).openapi('WebhookEndpointList');

export const DeliveryStatus = z.enum(['pending', 'succeeded', 'dead']);

export const WebhookDelivery = z
  .object({
    id: z.number().int(),
    endpoint_id: z.number().int(),
    event_id: z.string(),
    event_type: z.string(),
    status: DeliveryStatus.openapi({ description: 'pending (first attempt or a retry to come), succeeded, or dead (retries spent, refused or the endpoint off)' }),
    attempts: z.number().int(),
    next_attempt_at: Timestamp.nullable().openapi({ description: 'When a pending delivery is tried next' }),
    last_attempt_at: Timestamp.nullable(),
    response_status: z.number().int().nullable(),
    response_ms: z.number().int().nullable(),
    response_body: z.string().nullable().openapi({ description: 'The start of the answer (at most 1 KB)' }),
    error: z.string().nullable(),
    created_at: Timestamp,
    completed_at: Timestamp.nullable(),
  })
  .openapi('WebhookDelivery');
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryList = z.object({ data: z.array(WebhookDelivery), next_cursor: z.string().nullable() }).openapi('WebhookDeliveryList');

export const DeliveryQuery = PageQuery.extend({ status: DeliveryStatus.optional() });
